import { describe, expect, it } from 'vitest';
import { makeItem } from '../testing/catalog-fixtures.js';
import { pruneSelection, toggleSelection } from './selection.js';

describe('selection', () => {
  it('adds and removes keys in multiple mode', () => {
    expect(toggleSelection(['tool:a'], 'tool:b', { multiple: true })).toEqual(['tool:a', 'tool:b']);
    expect(toggleSelection(['tool:a', 'tool:b'], 'tool:a', { multiple: true })).toEqual(['tool:b']);
  });

  it('replaces the selection in single mode', () => {
    expect(toggleSelection(['tool:a'], 'tool:b', { multiple: false })).toEqual(['tool:b']);
    expect(toggleSelection(['tool:b'], 'tool:b', { multiple: false })).toEqual([]);
  });

  it('prunes keys that are unavailable or gone, keeping the same array when nothing changes', () => {
    const items = [
      makeItem({ id: 'a' }),
      makeItem({ id: 'b', available: false, unavailableReason: 'not-allow-listed' }),
    ];
    const value = ['tool:a'];
    expect(pruneSelection(value, items)).toBe(value);
    expect(pruneSelection(['tool:a', 'tool:b', 'tool:gone'], items)).toEqual(['tool:a']);
  });
});
