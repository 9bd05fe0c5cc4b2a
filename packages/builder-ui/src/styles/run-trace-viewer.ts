import { compactButton as button, R } from './base.js';
import { token as t } from './tokens.js';

/** A part by its slot alone: for the second part of a descendant rule, which the first has already scoped. */
const slot = (part: string) => `[data-slot="paddock-trace-${part}"]`;
const P = (part: string) => `${R} ${slot(part)}`;

/**
 * RunTraceViewer: every selector under the kit root, parts selected by data-slot. With no trace to show (none
 * chosen, none found, not allowed, failed), the search and the empty panes are hidden: the state line says what
 * to do.
 */
export const runTraceViewerCss = `
${P('root')} {
  display: flex;
  flex-direction: column;
  gap: 8px;
  min-height: 0;
  padding: 12px;
  background: ${t('surface')};
  color: ${t('surface-foreground')};
  border: 1px solid ${t('border')};
  border-radius: ${t('radius')};
}
${P('toolbar')} { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; }
${P('root')}:not([data-state=ready],[data-state=loading]) > :not(${slot('state')}) { display: none; }
${P('search')} {
  flex: 1 1 220px;
  height: 30px;
  padding: 0 10px;
  border: 1px solid ${t('border')};
  border-radius: calc(${t('radius')} * 0.75);
  background: ${t('surface')};
  color: ${t('surface-foreground')};
}
${P('search')}::placeholder { color: ${t('muted-foreground')}; opacity: 1; }
${P('previous-error')}, ${P('next-error')}, ${P('retry')}, ${P('json-more')} { ${button} }
${P('previous-error')}:disabled, ${P('next-error')}:disabled { opacity: 0.55; cursor: not-allowed; }
${P('search-status')} { font-size: 12px; color: ${t('muted-foreground')}; }
${P('summary')} { display: flex; flex-wrap: wrap; gap: 4px 14px; font-size: 12px; color: ${t('muted-foreground')}; }
${P('summary-item')}[data-kind="status"] { font-weight: 600; color: ${t('status-success')}; }
${P('summary')}[data-status="error"] ${slot('summary-item')}[data-kind="status"], ${P('summary-item')}[data-kind="errors"] { color: ${t('status-error')}; }
${P('summary')}[data-status="running"] ${slot('summary-item')}[data-kind="status"], ${P('summary-item')}[data-kind="live"] { color: ${t('status-running')}; }
${P('state')} { padding: 16px; color: ${t('muted-foreground')}; }
${P('state')}[data-state="error"], ${P('state')}[data-state="forbidden"] { color: ${t('status-error')}; }
${P('body')} {
  display: grid;
  grid-template-columns: minmax(0, 3fr) minmax(260px, 2fr);
  gap: 10px;
  min-height: 0;
  flex: 1 1 auto;
}
${P('tree')} {
  height: var(--paddock-trace-height, 520px);
  overflow: auto;
  overscroll-behavior: contain;
  border: 1px solid ${t('border')};
  border-radius: calc(${t('radius')} * 0.75);
  font-size: 13px;
}
${P('tree')}:focus-visible { outline: 2px solid ${t('ring')}; outline-offset: 1px; }
${P('row')} {
  display: grid;
  grid-template-columns: minmax(0, 55%) 72px minmax(0, 1fr);
  align-items: center;
  gap: 8px;
  padding: 0 8px 0 4px;
  cursor: pointer;
  white-space: nowrap;
}
${P('row')}:hover { background: ${t('muted')}; }
${P('row')}[data-state="selected"] { background: ${t('accent')}; color: ${t('accent-foreground')}; }
${P('row')}[data-match] ${slot('row-name')} { background: ${t('highlight')}; color: ${t('highlight-foreground')}; }
${P('row')}:focus-visible { outline: 2px solid ${t('ring')}; outline-offset: -2px; }
${P('row-label')} { display: flex; align-items: center; gap: 6px; min-width: 0; overflow: hidden; }
${P('row-toggle')} {
  flex: none;
  width: 16px;
  height: 16px;
  margin-inline-start: calc(var(--paddock-trace-depth, 0) * 14px);
  display: inline-flex;
  align-items: center;
  justify-content: center;
  color: ${t('muted-foreground')};
}
${P('row-toggle')}[data-state="closed"]::before { content: "▸"; }
${P('row-toggle')}[data-state="open"]::before { content: "▾"; }
${P('row-name')} { overflow: hidden; text-overflow: ellipsis; }
${P('row')}[data-status="error"] ${slot('row-name')} { color: ${t('status-error')}; font-weight: 600; }
${P('row-type')} {
  flex: none;
  font-size: 11px;
  padding: 0 6px;
  border-radius: 999px;
  border: 1px solid currentColor;
  color: ${t('span-other')};
}
${P('row-type')}[data-category="agent"] { color: ${t('span-agent')}; }
${P('row-type')}[data-category="model"] { color: ${t('span-model')}; }
${P('row-type')}[data-category="tool"] { color: ${t('span-tool')}; }
${P('row-type')}[data-category="workflow"] { color: ${t('span-workflow')}; }
${P('row')}[data-state="selected"] ${slot('row-type')} { color: inherit; }
${P('row-badges')} { display: inline-flex; gap: 4px; flex: none; }
${P('badge')} {
  font-size: 11px;
  padding: 0 6px;
  border-radius: 999px;
  background: ${t('muted')};
  color: ${t('muted-foreground')};
}
${P('badge')}[data-kind="error"] { background: ${t('status-error')}; color: ${t('danger-foreground')}; }
${P('badge')}[data-kind="declined"] { background: ${t('status-error')}; color: ${t('danger-foreground')}; }
${P('badge')}[data-kind="approval-requested"], ${P('badge')}[data-kind="suspended"] { background: ${t('approval')}; color: ${t('surface')}; }
${P('badge')}[data-kind="retries"], ${P('badge')}[data-kind="attempt"] { background: ${t('status-waiting')}; color: ${t('surface')}; }
${P('row-duration')} { text-align: end; font-variant-numeric: tabular-nums; color: ${t('muted-foreground')}; font-size: 12px; }
${P('row-timeline')} { position: relative; display: block; height: 12px; }
${P('row-bar')} {
  position: absolute;
  top: 2px;
  bottom: 2px;
  left: var(--paddock-trace-bar-start, 0%);
  width: max(2px, var(--paddock-trace-bar-width, 0%));
  border-radius: 3px;
  background: ${t('status-success')};
}
${P('row-bar')}[data-status="error"] { background: ${t('status-error')}; }
${P('row-bar')}[data-status="running"] { background: ${t('status-running')}; }
${P('row-bar')}[data-kind="open"] {
  background: repeating-linear-gradient(135deg, ${t('status-running')} 0 4px, transparent 4px 8px);
}
${P('row-bar')}[data-kind="point"] {
  width: 8px;
  height: 8px;
  top: 2px;
  margin-left: -4px;
  border-radius: 50%;
  background: ${t('status-waiting')};
}
${P('detail')} {
  height: var(--paddock-trace-height, 520px);
  overflow: auto;
  padding: 10px 12px;
  border: 1px solid ${t('border')};
  border-radius: calc(${t('radius')} * 0.75);
  display: flex;
  flex-direction: column;
  gap: 8px;
}
${P('detail-title')} { font-weight: 600; overflow-wrap: anywhere; }
${P('detail-empty')}, ${P('detail-loading')}, ${P('json-empty')} { color: ${t('muted-foreground')}; }
${P('detail-error')} { color: ${t('status-error')}; }
${P('tabs')} { display: flex; flex-wrap: wrap; gap: 2px; border-bottom: 1px solid ${t('border')}; }
${P('tab')} {
  padding: 4px 10px;
  border-bottom: 2px solid transparent;
  color: ${t('muted-foreground')};
  font-size: 13px;
}
${P('tab')}[data-state="active"] { border-bottom-color: ${t('primary')}; color: ${t('surface-foreground')}; font-weight: 600; }
${P('tab')}:focus-visible, ${P('json-more')}:focus-visible { outline: 2px solid ${t('ring')}; outline-offset: 1px; }
${P('fields')} { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: 4px 12px; font-size: 13px; }
${P('fields')} dt { color: ${t('muted-foreground')}; }
${P('fields')} dd { overflow-wrap: anywhere; }
${P('fields')} dd[data-status="error"] { color: ${t('status-error')}; }
${P('entity-link')} { color: ${t('primary')}; text-decoration: underline; }
${P('json')} summary { cursor: pointer; font-weight: 600; font-size: 13px; }
${P('json-body')} {
  margin-top: 4px;
  padding: 8px;
  border-radius: calc(${t('radius')} * 0.5);
  background: ${t('muted')};
  font-family: ${t('font-family-mono')};
  font-size: 12px;
  white-space: pre-wrap;
  overflow-wrap: anywhere;
}
${P('error-message')} { color: ${t('status-error')}; font-weight: 600; overflow-wrap: anywhere; }
${P('attempts')} h3, ${P('events')} h3 { font-size: 13px; font-weight: 600; margin-bottom: 4px; }
${P('attempts')} ol, ${P('events')} ul { list-style: none; display: flex; flex-direction: column; gap: 4px; font-size: 13px; }
${P('attempts')} button, ${P('events')} button { color: ${t('primary')}; text-decoration: underline; }
${P('attempt')}[data-status="error"] { color: ${t('status-error')}; }
${P('attempt-error')} { overflow-wrap: anywhere; }
@media (max-width: 760px) {
  ${P('body')} { grid-template-columns: minmax(0, 1fr); }
}
`;
