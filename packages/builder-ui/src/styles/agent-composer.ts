import { R } from './base.js';
import { token as t } from './tokens.js';

/** The styled AgentComposer's CSS, scoped under the kit root like the rest of the kit's stylesheet. */
export const agentComposerCss = `${R}[data-slot="paddock-composer"] {
  display: grid;
  grid-template-columns: minmax(0, 3fr) minmax(280px, 2fr);
  gap: 20px;
  align-items: start;
}
@media (max-width: 900px) {
  ${R}[data-slot="paddock-composer"] { grid-template-columns: minmax(0, 1fr); }
}
${R} [data-slot="paddock-composer-root"] { display: contents; }
${R} [data-slot="paddock-composer-form"],
${R} [data-slot="paddock-composer-test"] {
  display: flex;
  flex-direction: column;
  gap: 16px;
  padding: 16px;
  border: 1px solid ${t('border')};
  border-radius: ${t('radius')};
  background: ${t('surface')};
}
${R} [data-slot="paddock-composer-header"] {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: 8px 12px;
}
${R} [data-slot="paddock-composer-title"] {
  font-size: 1.15em;
  font-weight: 600;
  margin-right: auto;
  min-width: 0;
  flex: 1 1 12em;
  display: -webkit-box;
  -webkit-box-orient: vertical;
  -webkit-line-clamp: 2;
  line-clamp: 2;
  overflow: hidden;
}
${R} [data-slot="paddock-composer-section"] {
  display: flex;
  flex-direction: column;
  gap: 6px;
  padding-top: 12px;
  border-top: 1px solid ${t('border')};
}
${R} [data-slot="paddock-composer-section-title"] { font-weight: 600; }
${R} [data-slot="paddock-composer-label"] { font-weight: 500; font-size: 0.95em; }
${R} [data-slot="paddock-composer-name"],
${R} [data-slot="paddock-composer-description"],
${R} [data-slot="paddock-composer-team"],
${R} [data-slot="paddock-composer-instructions"],
${R} [data-slot="paddock-composer-model"],
${R} [data-slot="paddock-composer-visibility"],
${R} [data-slot="paddock-composer-memory-input"][type="number"] {
  width: 100%;
  padding: 7px 10px;
  border: 1px solid ${t('border')};
  border-radius: calc(${t('radius')} * 0.75);
  background: ${t('surface')};
}
${R} [data-slot="paddock-composer-memory-input"][type="number"] { width: 6em; }
${R} [data-slot="paddock-composer-instructions"] {
  font-family: ${t('font-family-mono')};
  font-size: 0.9em;
  resize: vertical;
  min-height: 10em;
  line-height: 1.5;
}
${R} [data-state="invalid"][data-slot^="paddock-composer-"]:is(input, textarea, select) { border-color: ${t('danger')}; }
${R} [data-slot="paddock-composer-issues"],
${R} [data-slot="paddock-composer-binding-reason"] { color: ${t('danger')}; font-size: 0.9em; }
${R} [data-slot="paddock-composer-issues"][data-state="valid"] { display: none; }
${R} [data-slot="paddock-composer-load-error"] {
  display: flex;
  flex-direction: column;
  align-items: flex-start;
  gap: 6px;
  padding: 10px 12px;
  border: 1px solid ${t('danger')};
  border-radius: calc(${t('radius')} * 0.75);
}
${R} [data-slot="paddock-composer-load-error-title"] { font-weight: 600; color: ${t('danger')}; }
${R} [data-slot="paddock-composer-load-error-message"] { font-size: 0.9em; }
${R} [data-slot="paddock-composer-load-error"][data-state="retrying"] { opacity: 0.7; }
${R} [data-slot="paddock-composer-instructions-stats"],
${R} [data-slot="paddock-composer-model-lock"],
${R} [data-slot="paddock-composer-lock-reason"],
${R} [data-slot="paddock-composer-loading"],
${R} [data-slot="paddock-composer-review-reason"],
${R} [data-slot="paddock-composer-never-publishes"] { color: ${t('muted-foreground')}; font-size: 0.85em; }
${R} [data-slot="paddock-composer-save-status"] {
  font-size: 0.9em;
  padding: 2px 10px;
  border-radius: 999px;
  background: ${t('muted')};
}
/* Status colours mark the pill's border only: text stays on the muted surface, readable in every theme. */
${R} [data-slot="paddock-composer-save-status"] { border: 2px solid transparent; }
${R} [data-slot="paddock-composer-save-status"][data-state="saved"] { border-color: ${t('status-success')}; }
${R} [data-slot="paddock-composer-save-status"][data-state="saving"] { border-color: ${t('status-running')}; }
${R} [data-slot="paddock-composer-save-status"][data-state="offline"],
${R} [data-slot="paddock-composer-save-status"][data-state="conflict"] { border-color: ${t('status-waiting')}; }
${R} [data-slot="paddock-composer-save-status"][data-state="error"],
${R} [data-slot="paddock-composer-save-status"][data-state="invalid"] { border-color: ${t('status-error')}; }
${R} [data-slot="paddock-composer-read-only"],
${R} [data-slot="paddock-composer-restored"],
${R} [data-slot="paddock-composer-refusals"][data-state="refused"] {
  padding: 8px 12px;
  border-radius: calc(${t('radius')} * 0.75);
  background: ${t('muted')};
}
${R} [data-slot="paddock-composer-refusals"][data-state="empty"] { display: none; }
${R} [data-slot="paddock-composer-bindings"] { display: flex; flex-direction: column; gap: 4px; }
${R} [data-slot="paddock-composer-binding"] {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: 4px 8px;
  padding: 4px 4px 4px 10px;
  border: 1px solid ${t('border')};
  border-radius: calc(${t('radius')} * 0.75);
}
${R} [data-slot="paddock-composer-binding"][data-state="refused"] { border-color: ${t('danger')}; }
${R} [data-slot="paddock-composer-binding-remove"] { margin-left: auto; height: 26px; padding: 0 8px; }
${R} [data-slot="paddock-composer-binding-id"] { font-family: ${t('font-family-mono')}; font-size: 0.85em; color: ${t('muted-foreground')}; }
${R} [data-slot="paddock-composer-binding-risk"],
${R} [data-slot="paddock-composer-binding-approval"] {
  font-size: 0.8em;
  padding: 0 8px;
  border-radius: 999px;
  border: 1px solid ${t('border')};
}
${R} [data-slot="paddock-composer-binding-risk"][data-risk="low"] { border-color: ${t('risk-low')}; }
${R} [data-slot="paddock-composer-binding-risk"][data-risk="medium"] { border-color: ${t('risk-medium')}; }
${R} [data-slot="paddock-composer-binding-risk"][data-risk="high"] { border-color: ${t('risk-high')}; }
${R} [data-slot="paddock-composer-binding-approval"] { border-color: ${t('approval')}; }
${R} [data-slot="paddock-composer-bindings-empty"] { color: ${t('muted-foreground')}; }
/* The binding picker is a picker Root (its slot stays 'paddock-picker-root'); 'data-composer-kind' marks the
   composer's, and the extra attribute outranks the standalone picker's frame. */
${R} [data-slot="paddock-picker-root"][data-composer-kind] {
  border: 1px solid ${t('border')};
  border-radius: calc(${t('radius')} * 0.75);
  padding: 8px;
  display: flex;
  flex-direction: column;
  gap: 8px;
}
${R} [data-slot="paddock-picker-root"][data-composer-kind] [data-slot="paddock-picker-list"] { max-height: 280px; }
${R} [data-slot="paddock-composer-memory-option"] { display: flex; align-items: center; gap: 8px; }
${R} [data-slot="paddock-composer-memory-option"] input[type="checkbox"] { width: 16px; height: 16px; appearance: auto; }
${R} [data-slot="paddock-composer-actions"] { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
`;
