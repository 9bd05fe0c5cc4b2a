import { compactButton as button, R } from './base.js';
import { token as t } from './tokens.js';

/** A part by its slot alone: for the second part of a descendant rule, which the first has already scoped. */
const slot = (part: string) => `[data-slot="paddock-run-list-${part}"]`;
const L = (part: string) => `${R} ${slot(part)}`;

/**
 * RunList: every selector under the kit root, parts selected by data-slot. In a narrow list the pager moves an
 * item to the next line rather than break its words ("Previou / s page").
 */
export const runListCss = `
${L('root')} {
  display: flex;
  flex-direction: column;
  gap: 8px;
  padding: 12px;
  background: ${t('surface')};
  color: ${t('surface-foreground')};
  border: 1px solid ${t('border')};
  border-radius: ${t('radius')};
}
${L('filters')} { display: flex; flex-wrap: wrap; gap: 6px 10px; align-items: end; }
${L('field')} { display: flex; flex-direction: column; gap: 2px; font-size: 12px; color: ${t('muted-foreground')}; }
${L('field')} input, ${L('field')} select {
  height: 30px;
  padding: 0 8px;
  border: 1px solid ${t('border')};
  border-radius: calc(${t('radius')} * 0.75);
  background: ${t('surface')};
  color: ${t('surface-foreground')};
  font-size: 13px;
}
${L('items')} { list-style: none; display: flex; flex-direction: column; gap: 2px; }
${L('item')} {
  display: grid;
  grid-template-columns: minmax(0, 1fr) auto;
  gap: 2px 10px;
  width: 100%;
  padding: 6px 8px;
  border-radius: calc(${t('radius')} * 0.75);
  background: transparent;
  color: inherit;
  text-align: start;
  cursor: pointer;
  font-size: 13px;
}
${L('item')}:hover { background: ${t('muted')}; }
${L('item')}[data-state="selected"] { background: ${t('accent')}; color: ${t('accent-foreground')}; }
${L('item')}:focus-visible, ${L('page-button')}:focus-visible { outline: 2px solid ${t('ring')}; outline-offset: 1px; }
${L('item-name')} { font-weight: 600; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
${L('item-status')} { font-size: 12px; color: ${t('status-success')}; }
${L('item')}[data-status="error"] ${slot('item-status')} { color: ${t('status-error')}; }
${L('item')}[data-status="running"] ${slot('item-status')} { color: ${t('status-running')}; }
${L('item-meta')} { grid-column: 1 / -1; font-size: 12px; color: ${t('muted-foreground')}; }
${L('item')}[data-state="selected"] ${slot('item-meta')}, ${L('item')}[data-state="selected"] ${slot('item-status')} { color: inherit; }
${L('pager')} { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; font-size: 12px; color: ${t('muted-foreground')}; }
${L('pager')} > * { flex: none; white-space: nowrap; }
${L('page-button')} { ${button} }
${L('page-button')}:disabled { opacity: 0.55; cursor: not-allowed; }
${L('state')} { padding: 12px; color: ${t('muted-foreground')}; }
${L('state')}[data-state="error"] { color: ${t('status-error')}; }
`;
