import { panelBoxCss, R } from './base.js';
import { token as t } from './tokens.js';

/** A part by its slot alone: for the second part of a descendant rule, which the first has already scoped. */
const slot = (part: string) => `[data-slot="paddock-review-${part}"]`;
const P = (part: string) => `${R} ${slot(part)}`;

/** PublishReviewPanel styles (the ReviewQueue has its own sheet); every selector is scoped under the kit root. */
export const publishReviewCss = `
${panelBoxCss(P('root'))}
${P('heading')} { font-weight: 600; font-size: 15px; margin-block-end: 6px; }
${P('subheading')} { font-weight: 600; font-size: 13px; margin-block: 6px 4px; }
${P('empty')} { color: ${t('muted-foreground')}; }
${P('status')} {
  display: flex; flex-direction: column; gap: 4px;
  padding: 10px; border-radius: calc(${t('radius')} * 0.75); background: ${t('muted')};
}
${P('stale')} { color: ${t('status-waiting')}; font-weight: 600; }
${P('drift')}[data-state="unreviewed"] { color: ${t('danger')}; font-weight: 600; }
${P('drift')}[data-state="reviewed"] { color: ${t('status-success')}; }
${P('version-list')}, ${P('check-list')}, ${P('binding-list')}, ${P('audit-list')} {
  list-style: none; display: flex; flex-direction: column; gap: 6px;
}
${P('version')} {
  display: flex; flex-wrap: wrap; gap: 4px 10px; align-items: center;
  padding: 6px 8px; border: 1px solid ${t('border')}; border-radius: calc(${t('radius')} * 0.75);
}
${P('version')}[data-selected] { border-color: ${t('primary')}; }
${P('version-label')} { font-weight: 600; }
${P('version-badge')} { font-size: 12px; padding: 0 6px; border-radius: 999px; background: ${t('accent')}; color: ${t('accent-foreground')}; }
${P('version-badge')}[data-state="active"] { background: ${t('primary')}; color: ${t('primary-foreground')}; }
${P('version-time')}, ${P('version-message')} { font-size: 12px; color: ${t('muted-foreground')}; }
${P('version-actions')} { display: inline-flex; flex-wrap: wrap; gap: 4px; margin-inline-start: auto; }
${P('button')} {
  display: inline-flex; align-items: center; height: 28px; padding: 0 10px; cursor: pointer;
  border: 1px solid ${t('border')}; border-radius: calc(${t('radius')} * 0.75);
  background: ${t('surface')}; color: ${t('surface-foreground')};
}
${P('button')}[data-variant="primary"] { background: ${t('primary')}; color: ${t('primary-foreground')}; border-color: ${t('primary')}; }
${P('button')}[aria-pressed="true"] { background: ${t('accent')}; color: ${t('accent-foreground')}; }
${P('button')}:disabled { opacity: 0.55; cursor: not-allowed; }
${P('button')}:focus-visible, ${P('note')}:focus-visible { outline: 2px solid ${t('ring')}; outline-offset: 2px; }
${P('binding')}[data-state="added"] ${slot('binding-change')} { color: ${t('status-success')}; font-weight: 600; }
${P('binding')}[data-state="removed"] ${slot('binding-change')} { color: ${t('danger')}; font-weight: 600; }
${P('risk')} { font-size: 12px; padding: 0 6px; margin-inline-start: 6px; border-radius: 999px; border: 1px solid currentColor; }
${P('risk')}[data-risk="high"] { color: ${t('risk-high')}; }
${P('risk')}[data-risk="medium"] { color: ${t('risk-medium')}; }
${P('risk')}[data-risk="low"] { color: ${t('risk-low')}; }
${P('risk')}[data-risk="approval"] { color: ${t('approval')}; }
${P('instructions')} {
  white-space: pre-wrap; overflow-wrap: anywhere; font-family: ${t('font-family-mono')}; font-size: 13px;
  padding: 8px; border: 1px solid ${t('border')}; border-radius: calc(${t('radius')} * 0.75);
}
${P('text')}[data-state="added"] { background: ${t('highlight')}; color: ${t('highlight-foreground')}; text-decoration: underline; }
${P('text')}[data-state="removed"] { color: ${t('danger')}; text-decoration: line-through; }
${P('check')} { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; }
${P('check')}[data-state="blocking"] ${slot('check-severity')} { color: ${t('danger')}; font-weight: 600; }
${P('check')}[data-state="warning"] ${slot('check-severity')} { color: ${t('status-waiting')}; font-weight: 600; }
${P('check')}[data-state="acknowledged"] ${slot('check-severity')} { color: ${t('status-success')}; font-weight: 600; }
${P('actions')} { display: flex; flex-direction: column; gap: 8px; }
${P('note')} {
  width: 100%; padding: 6px 8px; border: 1px solid ${t('border')}; border-radius: calc(${t('radius')} * 0.75);
  background: ${t('surface')}; color: ${t('surface-foreground')};
}
${P('buttons')} { display: flex; flex-wrap: wrap; gap: 10px; }
${P('action')} { display: inline-flex; flex-direction: column; gap: 2px; max-width: 280px; }
${P('reason')} { font-size: 12px; color: ${t('muted-foreground')}; }
${P('error')} { color: ${t('danger')}; font-weight: 600; }
${P('audit-export')} { display: flex; gap: 6px; margin-block-end: 6px; }
${P('audit-entry')} { font-size: 13px; }
${P('audit-entry')}[data-state="ignored"] { color: ${t('muted-foreground')}; }
${P('audit-note')} { margin-inline-start: 6px; font-style: italic; }
`;
