import type { CatalogItem } from '@paddock/client-sdk';

/** A half-open `[start, end)` character range inside a field. */
export type MatchRange = readonly [start: number, end: number];

/** Why an item matched: where to highlight, and how well it matched (higher is better). */
export interface CatalogMatch {
  score: number;
  name: MatchRange[];
  id: MatchRange[];
  description: MatchRange[];
  /** Indexes into `annotations.tags` of the tags that matched. */
  tags: number[];
}

export interface CatalogSearchResult<T extends CatalogItem = CatalogItem> {
  item: T;
  match: CatalogMatch;
}

interface IndexedItem<T> {
  item: T;
  position: number;
  name: string;
  id: string;
  description: string;
  tags: string[];
}

/** Lower-cased search fields, computed once per catalog so each keystroke only compares strings. */
export interface CatalogIndex<T extends CatalogItem = CatalogItem> {
  readonly items: readonly T[];
  readonly entries: readonly IndexedItem<T>[];
}

export function createCatalogIndex<T extends CatalogItem>(items: readonly T[]): CatalogIndex<T> {
  return {
    items,
    entries: items.map((item, position) => ({
      item,
      position,
      name: item.name.toLowerCase(),
      id: item.id.toLowerCase(),
      description: item.description.toLowerCase(),
      tags: item.annotations.tags.map((t) => t.toLowerCase()),
    })),
  };
}

/** Splits a query into lower-case terms; every term has to match somewhere (AND). */
export function tokenizeQuery(query: string): string[] {
  return query.toLowerCase().split(/\s+/).filter(Boolean);
}

const WORD_BOUNDARY = /[\s\-_./:]/;

function isWordStart(text: string, index: number): boolean {
  if (index === 0) return true;
  const before = text[index - 1] ?? '';
  const at = text[index] ?? '';
  return WORD_BOUNDARY.test(before) || (before === before.toLowerCase() && at !== at.toLowerCase());
}

/** Best occurrence of `term` in `text`: a word start beats a mid-word hit. Returns the index or -1. */
function findBest(text: string, term: string): { index: number; wordStart: boolean } {
  let first = -1;
  for (let index = text.indexOf(term); index !== -1; index = text.indexOf(term, index + 1)) {
    if (first === -1) first = index;
    if (isWordStart(text, index)) return { index, wordStart: true };
  }
  return { index: first, wordStart: false };
}

/** Characters of `term` in order inside `text` (a loose "fuzzy" hit), as merged ranges. */
function subsequence(text: string, term: string): MatchRange[] | null {
  const ranges: [number, number][] = [];
  let from = 0;
  for (const char of term) {
    const index = text.indexOf(char, from);
    if (index === -1) return null;
    const last = ranges[ranges.length - 1];
    if (last && last[1] === index) last[1] = index + 1;
    else ranges.push([index, index + 1]);
    from = index + 1;
  }
  // Too scattered to be what the user meant.
  return ranges.length <= Math.max(2, Math.ceil(term.length / 2)) ? ranges : null;
}

/**
 * Whether `subsequence(text, term)` finds a hit, without building its ranges: the same walk, counting the
 * ranges it would make.
 */
function hasSubsequence(text: string, term: string): boolean {
  let ranges = 0;
  let end = -1;
  let from = 0;
  for (const char of term) {
    const index = text.indexOf(char, from);
    if (index === -1) return false;
    if (index !== end) ranges++;
    end = index + 1;
    from = index + 1;
  }
  return ranges <= Math.max(2, Math.ceil(term.length / 2));
}

/**
 * Whether `matchTerm` would score `term` above 0 for this entry, without allocating: most of a large catalog
 * misses a term, and building an empty match for each of them made every keystroke allocate tens of
 * thousands of objects.
 */
function mayMatchTerm(entry: IndexedItem<unknown>, term: string): boolean {
  if (entry.name.includes(term) || entry.id.includes(term) || entry.description.includes(term)) return true;
  for (const tag of entry.tags) if (tag.includes(term)) return true;
  return term.length > 2 && hasSubsequence(entry.name, term);
}

// Weights: name beats id beats tags beats description; exact beats prefix beats word start beats substring.
const SCORE = {
  nameExact: 100,
  namePrefix: 80,
  nameWord: 72,
  nameSub: 40,
  idExact: 90,
  idPrefix: 70,
  idWord: 50,
  idSub: 30,
  tagExact: 55,
  tagPrefix: 45,
  tagSub: 20,
  descWord: 15,
  descSub: 8,
  nameFuzzy: 4,
} as const;

function matchTerm(entry: IndexedItem<unknown>, term: string, match: CatalogMatch): number {
  let best = 0;
  const name = findBest(entry.name, term);
  if (name.index !== -1) {
    match.name.push([name.index, name.index + term.length]);
    best = Math.max(
      best,
      entry.name === term
        ? SCORE.nameExact
        : name.index === 0
          ? SCORE.namePrefix
          : name.wordStart
            ? SCORE.nameWord
            : SCORE.nameSub,
    );
  }
  const id = findBest(entry.id, term);
  if (id.index !== -1) {
    match.id.push([id.index, id.index + term.length]);
    best = Math.max(
      best,
      entry.id === term
        ? SCORE.idExact
        : id.index === 0
          ? SCORE.idPrefix
          : id.wordStart
            ? SCORE.idWord
            : SCORE.idSub,
    );
  }
  entry.tags.forEach((tag, index) => {
    const at = tag.indexOf(term);
    if (at === -1) return;
    if (!match.tags.includes(index)) match.tags.push(index);
    best = Math.max(best, tag === term ? SCORE.tagExact : at === 0 ? SCORE.tagPrefix : SCORE.tagSub);
  });
  const description = findBest(entry.description, term);
  if (description.index !== -1) {
    match.description.push([description.index, description.index + term.length]);
    best = Math.max(best, description.wordStart ? SCORE.descWord : SCORE.descSub);
  }
  if (best === 0 && term.length > 2) {
    const fuzzy = subsequence(entry.name, term);
    if (fuzzy) {
      match.name.push(...fuzzy);
      best = SCORE.nameFuzzy;
    }
  }
  return best;
}

function emptyMatch(): CatalogMatch {
  return { score: 0, name: [], id: [], description: [], tags: [] };
}

/**
 * Ranks the catalog against `query` over name, id, description and tags. Every term must match; items are
 * ordered by score, then by catalog order, so an empty query keeps the server's order.
 */
export function searchCatalog<T extends CatalogItem>(
  index: CatalogIndex<T>,
  query: string,
): CatalogSearchResult<T>[] {
  const terms = tokenizeQuery(query);
  if (terms.length === 0) return index.entries.map((entry) => ({ item: entry.item, match: emptyMatch() }));

  const results: { item: T; match: CatalogMatch; position: number }[] = [];
  entries: for (const entry of index.entries) {
    for (const term of terms) if (!mayMatchTerm(entry, term)) continue entries;
    const match = emptyMatch();
    let total = 0;
    let missed = false;
    for (const term of terms) {
      const score = matchTerm(entry, term, match);
      if (score === 0) {
        missed = true;
        break;
      }
      total += score;
    }
    if (missed) continue;
    match.score = total;
    results.push({ item: entry.item, match, position: entry.position });
  }
  results.sort((a, b) => b.match.score - a.match.score || a.position - b.position);
  return results.map(({ item, match }) => ({ item, match }));
}

/** A piece of text and whether it is part of a match. Render each piece as text, never as HTML. */
export interface HighlightSegment {
  text: string;
  match: boolean;
}

/** Cuts `text` into plain and matched segments; overlapping or touching ranges are merged. */
export function highlightSegments(text: string, ranges: readonly MatchRange[]): HighlightSegment[] {
  if (ranges.length === 0 || text === '') return [{ text, match: false }];
  const sorted = [...ranges]
    .map(([s, e]) => [Math.max(0, s), Math.min(text.length, e)] as [number, number])
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push(range);
  }
  const segments: HighlightSegment[] = [];
  let cursor = 0;
  for (const [start, end] of merged) {
    if (start > cursor) segments.push({ text: text.slice(cursor, start), match: false });
    segments.push({ text: text.slice(start, end), match: true });
    cursor = end;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor), match: false });
  return segments;
}
