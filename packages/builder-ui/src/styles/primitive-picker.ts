import { R } from './base.js';
import { token as t } from './tokens.js';

/** A part by its slot alone: for the second part of a descendant rule, which the first has already scoped. */
const slot = (part: string) => `[data-slot="paddock-picker-${part}"]`;
const P = (part: string) => `${R} ${slot(part)}`;

export const primitivePickerCss = `
${P('root')} {
  display: flex;
  flex-direction: column;
  gap: 10px;
  padding: 12px;
  background: ${t('surface')};
  color: ${t('surface-foreground')};
  border: 1px solid ${t('border')};
  border-radius: ${t('radius')};
}
${P('header')} { display: flex; flex-direction: column; gap: 8px; }
${P('search')} {
  display: block;
  width: 100%;
  height: 36px;
  padding: 0 10px;
  border: 1px solid ${t('border')};
  border-radius: calc(${t('radius')} * 0.75);
  background: ${t('surface')};
  color: ${t('surface-foreground')};
  appearance: none;
}
${P('search')}::placeholder { color: ${t('muted-foreground')}; opacity: 1; }
${P('filters')} { display: flex; flex-wrap: wrap; gap: 6px 14px; align-items: center; }
${P('filter-group')} { display: inline-flex; flex-wrap: wrap; gap: 4px; align-items: center; }
${P('filter-group-label')} { font-size: 12px; color: ${t('muted-foreground')}; margin-inline-end: 2px; }
${P('filter-option')} {
  display: inline-flex;
  align-items: center;
  gap: 4px;
  height: 24px;
  padding: 0 9px;
  border: 1px solid ${t('border')};
  border-radius: 999px;
  background: ${t('surface')};
  color: ${t('surface-foreground')};
  font-size: 12px;
  cursor: pointer;
}
${P('filter-option')}[data-state="on"] {
  background: ${t('primary')};
  border-color: ${t('primary')};
  color: ${t('primary-foreground')};
}
${P('status')} { font-size: 12px; color: ${t('muted-foreground')}; }
${P('list')} {
  position: relative;
  display: block;
  height: var(--paddock-picker-list-height, 380px);
  overflow: auto;
  overscroll-behavior: contain;
  border: 1px solid ${t('border')};
  border-radius: calc(${t('radius')} * 0.75);
  background: ${t('surface')};
}
${P('list-sizer')} { position: relative; width: 100%; }
${P('item')} {
  position: absolute;
  top: 0;
  left: 0;
  width: 100%;
  display: grid;
  grid-template-columns: 18px minmax(0, 1fr);
  gap: 4px 10px;
  padding: 10px 12px;
  border-bottom: 1px solid ${t('border')};
  cursor: pointer;
  background: ${t('surface')};
}
${P('item')}:hover { background: ${t('muted')}; }
${P('item')}[data-active] { background: ${t('muted')}; }
${P('item')}[data-state="checked"] { background: ${t('accent')}; color: ${t('accent-foreground')}; }
${P('item')}[data-disabled] { cursor: not-allowed; background: ${t('surface')}; }
${P('item')}[data-disabled] > * { opacity: 0.6; }
${P('item')}:focus-visible { outline: 2px solid ${t('ring')}; outline-offset: -2px; }
${P('item-indicator')} {
  grid-row: 1 / span 6;
  width: 16px;
  height: 16px;
  margin-top: 2px;
  border: 1.5px solid ${t('muted-foreground')};
  border-radius: 4px;
  display: inline-flex;
  align-items: center;
  justify-content: center;
}
${P('item-indicator')}[data-state="checked"] { background: ${t('primary')}; border-color: ${t('primary')}; }
${P('item-indicator')}[data-state="checked"]::after {
  content: "";
  width: 8px;
  height: 4px;
  border-left: 2px solid ${t('primary-foreground')};
  border-bottom: 2px solid ${t('primary-foreground')};
  transform: translateY(-1px) rotate(-45deg);
}
${P('item-heading')} { display: flex; flex-wrap: wrap; align-items: baseline; gap: 4px 8px; }
${P('item-name')} { font-weight: 600; }
${P('item-id')} { font-family: ${t('font-family-mono')}; font-size: 12px; color: ${t('muted-foreground')}; }
${P('item-kind')} {
  font-size: 11px;
  font-weight: 600;
  text-transform: uppercase;
  letter-spacing: 0.04em;
  color: ${t('muted-foreground')};
}
${P('item-description')} { color: ${t('muted-foreground')}; font-size: 13px; }
${P('item-meta')} { display: flex; flex-wrap: wrap; gap: 4px 10px; align-items: center; font-size: 12px; }
${P('item-owner')}, ${P('item-contact')}, ${P('item-tags')} { color: ${t('muted-foreground')}; }
${P('item-risk')}, ${P('item-approval')} {
  display: inline-flex;
  align-items: center;
  height: 20px;
  padding: 0 7px;
  border: 1px solid currentColor;
  border-radius: 999px;
  font-size: 11px;
  font-weight: 600;
}
${P('item-risk')}[data-risk="low"] { color: ${t('risk-low')}; }
${P('item-risk')}[data-risk="medium"] { color: ${t('risk-medium')}; }
${P('item-risk')}[data-risk="high"] { color: ${t('risk-high')}; }
${P('item-risk')}[data-risk="unknown"] { color: ${t('risk-unknown')}; border-style: dashed; }
${P('item-approval')} { color: ${t('approval')}; }
${P('item-side-effects')} { color: ${t('muted-foreground')}; }
${P('item-schema')} {
  font-family: ${t('font-family-mono')};
  font-size: 12px;
  color: ${t('muted-foreground')};
  overflow: hidden;
  text-overflow: ellipsis;
  white-space: nowrap;
}
${P('item-model-status')} { display: inline-flex; align-items: center; gap: 5px; font-size: 12px; }
${P('item-model-status')}::before {
  content: "";
  width: 7px;
  height: 7px;
  border-radius: 999px;
  background: ${t('status-cancelled')};
}
${P('item-model-status')}[data-state="connected"]::before { background: ${t('status-success')}; }
${P('item-unavailable-reason')} { font-size: 12px; font-weight: 600; color: ${t('danger')}; }
${P('empty')}, ${P('loading')}, ${P('error')} {
  display: flex;
  flex-direction: column;
  align-items: center;
  justify-content: center;
  gap: 8px;
  padding: 28px 16px;
  text-align: center;
  color: ${t('muted-foreground')};
}
${P('error')} { color: ${t('danger')}; }
${P('error-title')} { font-weight: 600; }
${P('footer')} { display: flex; flex-wrap: wrap; align-items: center; justify-content: flex-end; gap: 8px; }
${P('footer')} > [data-slot="paddock-picker-selection-count"] { margin-inline-end: auto; font-size: 13px; }
${P('dialog-overlay')} { position: fixed; inset: 0; background: ${t('overlay')}; z-index: 2147483000; }
${P('dialog-content')} {
  position: fixed;
  top: 50%;
  left: 50%;
  transform: translate(-50%, -50%);
  z-index: 2147483001;
  width: min(760px, calc(100vw - 32px));
  max-height: calc(100vh - 48px);
  display: flex;
  flex-direction: column;
  gap: 8px;
  padding: 16px;
  background: ${t('surface')};
  color: ${t('surface-foreground')};
  border: 1px solid ${t('border')};
  border-radius: ${t('radius')};
  box-shadow: 0 20px 50px rgba(0, 0, 0, 0.25);
}
${P('dialog-content')} ${slot('root')} { border: 0; padding: 0; }
${P('dialog-title')} { font-size: 16px; font-weight: 600; }
${P('dialog-description')} { font-size: 13px; color: ${t('muted-foreground')}; }
@media (prefers-reduced-motion: no-preference) {
  ${P('dialog-overlay')}[data-state="open"] { animation: paddock-fade-in 140ms ease-out; }
  ${P('dialog-content')}[data-state="open"] { animation: paddock-fade-in 140ms ease-out; }
}
@keyframes paddock-fade-in { from { opacity: 0; } to { opacity: 1; } }
`;
