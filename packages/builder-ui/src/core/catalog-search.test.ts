import { describe, expect, it } from 'vitest';
import { makeItem } from '../testing/catalog-fixtures.js';
import { createCatalogIndex, highlightSegments, searchCatalog } from './catalog-search.js';

const items = [
  makeItem({ id: 'send-email', name: 'Send email', description: 'Sends a message to a customer.' }),
  makeItem({
    id: 'web-search',
    name: 'Web search',
    description: 'Searches the web.',
    annotations: { tags: ['research'], sideEffects: [], requiresApproval: false },
  }),
  makeItem({ id: 'email-digest', name: 'Digest', description: 'Summarises the email inbox.' }),
  makeItem({ id: 'research-notes', name: 'Notes', description: 'Keeps notes.' }),
];
const index = createCatalogIndex(items);
const ids = (query: string) => searchCatalog(index, query).map((r) => r.item.id);

describe('given a catalog and a search query', () => {
  it('keeps the catalog order when the query is empty', () => {
    expect(ids('  ')).toEqual(['send-email', 'web-search', 'email-digest', 'research-notes']);
  });

  it('ranks a name match above an id match above a description match', () => {
    expect(ids('email')).toEqual(['send-email', 'email-digest']);
    expect(ids('digest')).toEqual(['email-digest']);
  });

  it('searches tags', () => {
    // "research" is a tag of web-search and a word of research-notes' id; the id prefix ranks higher.
    expect(ids('research')).toEqual(['research-notes', 'web-search']);
  });

  it('requires every term to match somewhere', () => {
    expect(ids('send customer')).toEqual(['send-email']);
    expect(ids('send nothing-like-this')).toEqual([]);
  });

  it('reports the ranges to highlight per field', () => {
    const [first] = searchCatalog(index, 'mail');
    expect(first?.item.id).toBe('send-email');
    expect(first?.match.name).toEqual([[6, 10]]);
    expect(first?.match.id).toEqual([[6, 10]]);
  });

  it('matches loosely on scattered name letters only as a last resort', () => {
    expect(ids('websrch')).toEqual(['web-search']);
    expect(ids('zzz')).toEqual([]);
  });

  it('accepts scattered letters up to half the term in pieces, not one piece more', () => {
    const scattered = createCatalogIndex([
      makeItem({ id: 'x1', name: 'ab-cd-ef', description: '' }),
      makeItem({ id: 'x2', name: 'ab-c-d-e', description: '' }),
    ]);
    // "abcde": three pieces (ab, cd, e) in the first name, four (ab, c, d, e) in the second; at most three.
    const found = searchCatalog(scattered, 'abcde');
    expect(found.map((r) => r.item.id)).toEqual(['x1']);
    expect(found[0]?.match.name).toEqual([
      [0, 2],
      [3, 5],
      [6, 7],
    ]);
    // Two letters are never matched loosely.
    expect(searchCatalog(scattered, 'ae')).toEqual([]);
  });
});

describe('highlightSegments', () => {
  it('splits text into plain and matched pieces and merges overlapping ranges', () => {
    expect(
      highlightSegments('Send email', [
        [5, 8],
        [6, 10],
      ]),
    ).toEqual([
      { text: 'Send ', match: false },
      { text: 'email', match: true },
    ]);
  });

  it('returns the text untouched without ranges and clamps out-of-range ones', () => {
    expect(highlightSegments('<b>x</b>', [])).toEqual([{ text: '<b>x</b>', match: false }]);
    expect(
      highlightSegments('abc', [
        [-3, 1],
        [2, 99],
      ]),
    ).toEqual([
      { text: 'a', match: true },
      { text: 'b', match: false },
      { text: 'c', match: true },
    ]);
  });
});
