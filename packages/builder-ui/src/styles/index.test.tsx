import { describe, expect, it } from 'vitest';
import { paddockCss } from './index.js';
import { ROOT_ATTRIBUTE } from './base.js';

/** Every complex selector of the sheet as Chromium parsed it (rules inside `@media` included). */
function parsedSelectors(css: string): string[] {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  const selectors: string[] = [];
  const walk = (rules: CSSRuleList) => {
    for (const rule of rules) {
      if (rule instanceof CSSStyleRule) selectors.push(...splitSelectorList(rule.selectorText));
      else if (rule instanceof CSSGroupingRule) walk(rule.cssRules);
    }
  };
  walk(sheet.cssRules);
  return selectors;
}

/** Splits a selector list at its top-level commas (not those inside `:where(…)` or `:not(…)`). */
function splitSelectorList(list: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    const char = list[i];
    if (char === '(') depth++;
    else if (char === ')') depth--;
    else if (char === ',' && depth === 0) {
      parts.push(list.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(list.slice(start).trim());
  return parts;
}

describe('the kit stylesheet', () => {
  const selectors = parsedSelectors(paddockCss);

  it('is parsed by Chromium whole', () => {
    // A sanity floor: a sheet the browser rejected (or an empty join) would make the checks below vacuous.
    expect(selectors.length).toBeGreaterThan(400);
  });

  it('names the kit root once in every selector', () => {
    // A selector naming the root twice (`root [part-a] root [part-b]`) only matches with a kit root nested
    // between the two parts, which the kit never renders: such a rule is silently dead. It happened to every
    // "state of a parent styles a child" rule (a failed run's status in red, search matches highlighted).
    const root = `[${ROOT_ATTRIBUTE}]`;
    const offenders = selectors.filter((s) => s.split(root).length - 1 !== 1);
    expect(offenders).toEqual([]);
  });
});
