import { expect, test } from 'vitest';
import { makeLargeCatalog } from '../testing/catalog-fixtures.js';
import { createCatalogIndex, searchCatalog } from './catalog-search.js';

// The picker re-runs search on every keystroke: on 10,000 items one search must fit well inside a 16 ms frame.
const FRAME_MS = 16;
const items = makeLargeCatalog(10_000);
const index = createCatalogIndex(items);

test('catalog search over 10,000 items stays inside a frame', async ({ bench }) => {
  const results = await bench.compare(
    bench('build the index', () => {
      createCatalogIndex(items);
    }),
    bench('one-term query', () => {
      searchCatalog(index, 'primitive');
    }),
    bench('two-term query, few matches', () => {
      searchCatalog(index, 'group-7 load');
    }),
    bench('no match', () => {
      searchCatalog(index, 'zzzz-nothing');
    }),
    { time: 500 },
  );
  for (const name of ['one-term query', 'two-term query, few matches', 'no match'] as const) {
    expect(results.get(name).latency.mean).toBeLessThan(FRAME_MS);
  }
});
