import { describe, expect, it } from 'vitest';
import { createListNavigation } from './list-navigation.js';

const entries = [
  { key: 'tool:alpha', label: 'Alpha' },
  { key: 'tool:beta', label: 'Beta' },
  { key: 'tool:bravo', label: 'Bravo' },
  { key: 'tool:charlie', label: 'Charlie' },
];

describe('given a list navigator', () => {
  it('moves with next/previous and stops at the ends without loop', () => {
    const nav = createListNavigation();
    expect(nav.move('next', entries)).toBe('tool:alpha');
    expect(nav.move('previous', entries)).toBe('tool:alpha');
    nav.move('last', entries);
    expect(nav.move('next', entries)).toBe('tool:charlie');
    expect(nav.move('first', entries)).toBe('tool:alpha');
  });

  it('wraps around with loop', () => {
    const nav = createListNavigation({ loop: true });
    nav.move('last', entries);
    expect(nav.move('next', entries)).toBe('tool:alpha');
    expect(nav.move('previous', entries)).toBe('tool:charlie');
  });

  it('type-ahead finds by prefix, grows the word, and cycles on a repeated letter', () => {
    const nav = createListNavigation();
    expect(nav.typeahead('b', entries, 1000)).toBe('tool:beta');
    expect(nav.typeahead('r', entries, 1100)).toBe('tool:bravo');
    // After a pause a new word starts.
    expect(nav.typeahead('c', entries, 5000)).toBe('tool:charlie');
    expect(nav.typeahead('b', entries, 9000)).toBe('tool:beta');
    expect(nav.typeahead('b', entries, 9100)).toBe('tool:bravo');
    expect(nav.typeahead('b', entries, 9200)).toBe('tool:beta');
  });

  it('keeps the active entry on a miss', () => {
    const nav = createListNavigation();
    nav.setActive('tool:beta');
    expect(nav.typeahead('z', entries, 0)).toBeNull();
    expect(nav.getSnapshot().activeKey).toBe('tool:beta');
  });

  it('sync falls back to the first entry when the active one disappears, and notifies subscribers', () => {
    const nav = createListNavigation();
    const seen: (string | null)[] = [];
    nav.subscribe(() => seen.push(nav.getSnapshot().activeKey));
    nav.setActive('tool:charlie');
    expect(nav.sync(entries.slice(0, 2))).toBe('tool:alpha');
    expect(nav.sync([])).toBeNull();
    expect(seen).toEqual(['tool:charlie', 'tool:alpha', null]);
  });
});
