import { panelBoxCss, R } from './base.js';
import { token as t } from './tokens.js';

/** A part by its slot alone: for the second part of a descendant rule, which the first has already scoped. */
const slot = (part: string) => `[data-slot="paddock-queue-${part}"]`;
const Q = (part: string) => `${R} ${slot(part)}`;

/**
 * ReviewQueue styles, apart from the review panel's so a page with only the queue ships only these; the two
 * share a look (the same box, lists, badges and risk colours). Every selector is scoped under the kit root.
 */
export const reviewQueueCss = `
${panelBoxCss(Q('root'))}
${Q('empty')} { color: ${t('muted-foreground')}; }
${Q('drift')} { color: ${t('danger')}; font-weight: 600; }
${Q('entries')}, ${Q('unreviewed')} { list-style: none; display: flex; flex-direction: column; gap: 6px; }
${Q('filter')}:focus-within { outline: 2px solid ${t('ring')}; outline-offset: 2px; }
${Q('risk')} {
  font-size: 12px; padding: 0 6px; margin-inline-start: 6px; border-radius: 999px; border: 1px solid currentColor;
  color: ${t('risk-high')};
}
${Q('counts')}, ${Q('filters')} { display: flex; flex-wrap: wrap; gap: 6px 12px; }
${Q('count')} { font-size: 13px; color: ${t('muted-foreground')}; }
${Q('filter')} { display: inline-flex; align-items: center; gap: 4px; cursor: pointer; }
${Q('filter')} input { appearance: auto; }
${Q('entry')} { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; padding: 6px 8px; border: 1px solid ${t('border')}; border-radius: calc(${t('radius')} * 0.75); }
${Q('entry')} a { color: ${t('primary')}; text-decoration: underline; font-weight: 600; }
${Q('entry-state')} { font-size: 12px; padding: 0 6px; border-radius: 999px; background: ${t('accent')}; color: ${t('accent-foreground')}; }
${Q('entry')}[data-state="stale"] ${slot('entry-state')} { background: ${t('status-waiting')}; color: ${t('surface')}; }
${Q('entry-by')} { font-size: 12px; color: ${t('muted-foreground')}; }
`;
