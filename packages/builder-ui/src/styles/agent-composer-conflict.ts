import { R } from './base.js';
import { token as t } from './tokens.js';

/**
 * The composer's conflict resolver CSS, injected by the resolver when it first loads (only when someone else's
 * save conflicts with the user's edit), not with every composer.
 */
export const agentComposerConflictCss = `${R} [data-slot="paddock-composer-conflict"] {
  display: flex;
  flex-direction: column;
  gap: 10px;
  padding: 12px;
  border: 2px solid ${t('status-waiting')};
  border-radius: ${t('radius')};
}
${R} [data-slot="paddock-composer-conflict-title"],
${R} [data-slot="paddock-composer-conflict-announce"] { font-weight: 600; }
${R} [data-slot="paddock-composer-conflict-table"] { width: 100%; border-collapse: collapse; table-layout: fixed; }
${R} [data-slot="paddock-composer-conflict-table"] th,
${R} [data-slot="paddock-composer-conflict-table"] td {
  padding: 6px;
  border-top: 1px solid ${t('border')};
  vertical-align: top;
  text-align: start;
  overflow-wrap: anywhere;
  white-space: pre-wrap;
}
${R} [data-slot="paddock-composer-conflict-kind"] { display: block; font-weight: 400; font-size: 0.85em; color: ${t('muted-foreground')}; }
${R} [data-slot="paddock-composer-conflict-choices"] { display: flex; flex-direction: column; gap: 2px; margin-top: 4px; font-weight: 400; }
${R} [data-slot="paddock-composer-conflict-choice"] { display: flex; gap: 6px; align-items: center; }
${R} [data-slot="paddock-composer-conflict-choice"] input { appearance: auto; }
`;
