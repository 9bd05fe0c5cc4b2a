import { describe, expect, it } from 'vitest';
import { makeItem } from '../testing/catalog-fixtures.js';
import { EMPTY_FILTERS, getFacets, matchesFilters, toggleFilter } from './catalog-filters.js';
import { computePickerResults, scopeItems } from './picker-results.js';
import { createCatalogIndex } from './catalog-search.js';

const annotations = (risk: 'low' | 'high' | undefined, owner?: string) => ({
  ...(risk ? { risk } : {}),
  ...(owner ? { owner } : {}),
  sideEffects: [],
  requiresApproval: false,
  tags: [],
});

const items = [
  makeItem({ id: 'a', kind: 'tool', annotations: annotations('low', 'Search') }),
  makeItem({ id: 'b', kind: 'tool', annotations: annotations('high', 'Comms') }),
  makeItem({ id: 'c', kind: 'agent', annotations: annotations(undefined, 'Search') }),
  makeItem({
    id: 'd',
    kind: 'workflow',
    available: false,
    unavailableReason: 'not-allow-listed',
    annotations: annotations('low'),
  }),
];

describe('filters', () => {
  it('ORs values inside a facet and ANDs facets', () => {
    const filters = toggleFilter(
      toggleFilter(toggleFilter(EMPTY_FILTERS, 'kind', 'tool'), 'kind', 'agent'),
      'owner',
      'Search',
    );
    expect(items.filter((i) => matchesFilters(i, filters)).map((i) => i.id)).toEqual(['a', 'c']);
  });

  it('treats an undeclared risk as "unknown", never as low', () => {
    const filters = toggleFilter(EMPTY_FILTERS, 'risk', 'unknown');
    expect(items.filter((i) => matchesFilters(i, filters)).map((i) => i.id)).toEqual(['c']);
  });

  it('toggling a value twice removes it', () => {
    expect(toggleFilter(toggleFilter(EMPTY_FILTERS, 'risk', 'high'), 'risk', 'high').risk).toEqual([]);
  });

  it('offers only the facet values that occur, owners sorted and without the empty owner', () => {
    const facets = getFacets(items);
    expect(facets.kind.map((o) => o.value)).toEqual(['tool', 'agent', 'workflow']);
    expect(facets.risk).toEqual([
      { value: 'low', count: 2 },
      { value: 'high', count: 1 },
      { value: 'unknown', count: 1 },
    ]);
    expect(facets.owner.map((o) => o.value)).toEqual(['Comms', 'Search']);
  });
});

describe('picker results', () => {
  const index = createCatalogIndex(items);

  it('hides unavailable items unless asked to show them', () => {
    const base = { query: '', filters: EMPTY_FILTERS };
    expect(computePickerResults(index, { ...base, showUnavailable: false }).map((r) => r.item.id)).toEqual([
      'a',
      'b',
      'c',
    ]);
    expect(computePickerResults(index, { ...base, showUnavailable: true }).map((r) => r.item.id)).toEqual([
      'a',
      'b',
      'c',
      'd',
    ]);
  });

  it('restricts to the given kinds before the user filters', () => {
    expect(
      scopeItems(items, { showUnavailable: true, kinds: ['agent', 'workflow'] }).map((i) => i.id),
    ).toEqual(['c', 'd']);
  });
});
