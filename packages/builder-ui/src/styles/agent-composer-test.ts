import { R } from './base.js';
import { token as t } from './tokens.js';

/** The composer's test panel CSS, injected by the panel, which loads in a chunk of its own after the form. */
export const agentComposerTestCss = `${R} [data-slot="paddock-composer-test-input"] {
  width: 100%;
  padding: 7px 10px;
  border: 1px solid ${t('border')};
  border-radius: calc(${t('radius')} * 0.75);
  background: ${t('surface')};
}
${R} [data-slot="paddock-composer-test-tool-args"],
${R} [data-slot="paddock-composer-test-tool-result"] {
  font-family: ${t('font-family-mono')};
  font-size: 0.9em;
}
${R} [data-slot="paddock-composer-test-error"],
${R} [data-slot="paddock-composer-test-tool-error"] { color: ${t('danger')}; font-size: 0.9em; }
${R} [data-slot="paddock-composer-test-version"],
${R} [data-slot="paddock-composer-test-blocker"] { color: ${t('muted-foreground')}; font-size: 0.85em; }
/* A send that failed is an error the user must act on, unlike the other test-panel blockers (muted notes). */
${R} [data-slot="paddock-composer-test-blocker"][data-state="send-failed"] { color: ${t('danger')}; }
${R} [data-slot="paddock-composer-test-trace-id"] { font-family: ${t('font-family-mono')}; font-size: 0.85em; color: ${t('muted-foreground')}; }
${R} [data-slot="paddock-composer-test-transcript"] { display: flex; flex-direction: column; gap: 12px; max-height: 520px; overflow: auto; }
${R} [data-slot="paddock-composer-test-message"] { display: flex; flex-direction: column; gap: 4px; padding: 8px 10px; border-radius: calc(${t('radius')} * 0.75); }
${R} [data-slot="paddock-composer-test-message"][data-role="user"] { background: ${t('muted')}; }
${R} [data-slot="paddock-composer-test-message"][data-role="assistant"] { border: 1px solid ${t('border')}; }
${R} [data-slot="paddock-composer-test-author"] { font-size: 0.8em; font-weight: 600; color: ${t('muted-foreground')}; }
${R} [data-slot="paddock-composer-test-text"] { white-space: pre-wrap; overflow-wrap: anywhere; }
${R} [data-slot="paddock-composer-test-tool"] {
  display: flex;
  flex-direction: column;
  gap: 4px;
  padding: 8px;
  border-left: 3px solid ${t('span-tool')};
  background: ${t('muted')};
  border-radius: 4px;
}
${R} [data-slot="paddock-composer-test-tool"][data-state="awaiting-approval"] { border-left-color: ${t('approval')}; }
${R} [data-slot="paddock-composer-test-tool"][data-state="error"] { border-left-color: ${t('status-error')}; }
${R} [data-slot="paddock-composer-test-tool-title"] { font-weight: 600; }
${R} [data-slot="paddock-composer-test-tool-status"] { font-weight: 400; color: ${t('muted-foreground')}; }
${R} [data-slot="paddock-composer-test-tool-label"] { font-size: 0.8em; color: ${t('muted-foreground')}; }
${R} [data-slot="paddock-composer-test-tool-args"],
${R} [data-slot="paddock-composer-test-tool-result"] { white-space: pre-wrap; overflow-wrap: anywhere; max-height: 200px; overflow: auto; }
${R} [data-slot="paddock-composer-test-approval"] { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
${R} [data-slot="paddock-composer-test-trace"] { font-size: 0.85em; color: ${t('muted-foreground')}; }
`;
