import { describe, expect, it } from 'vitest';
import { IdSlots } from './id-slots.js';

/** Deterministic pseudo-random hex, like OpenTelemetry span ids. */
function hexIds(count: number, length = 16, seed = 7): string[] {
  let state = seed;
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state;
  };
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let id = '';
    while (id.length < length) id += next().toString(16).padStart(8, '0');
    out.push(id.slice(0, length));
  }
  return out;
}

/** What a Map from each id to its first-arrival number gives. */
function expectLikeMap(slots: IdSlots, map: Map<string, number>, probes: readonly string[]) {
  expect(slots.size).toBe(map.size);
  for (const id of probes) {
    expect(slots.get(id)).toBe(map.get(id));
    expect(slots.has(id)).toBe(map.has(id));
  }
}

describe('IdSlots', () => {
  it('numbers ids in the order first added, like a Map: misses undefined, any string an id', () => {
    const ids = ['a', '', 'é', '🙂', 'span-1', 'span-10', 'span-01', '0123456789abcdef', ' 0123456789abcdef'];
    const slots = new IdSlots(ids.length * 2);
    const map = new Map<string, number>();
    ids.forEach((id, i) => {
      expect(slots.add(id)).toBe(true);
      map.set(id, i);
    });
    // A second add of an id changes nothing, as the index expects (it then sorts duplicates out itself).
    expect(slots.add('span-1')).toBe(false);
    expect(slots.add('')).toBe(false);
    expectLikeMap(slots, map, [...ids, 'b', 'span-2', '0123456789abcdeF', 'SPAN-1']);
    expect(slots.hashed).toBe(true);
  });

  it('keeps hashing 100,000 random hex ids and counters (no long probe runs)', () => {
    for (const ids of [
      hexIds(100_000),
      Array.from({ length: 100_000 }, (_, i) => `span-${i}`),
      Array.from({ length: 100_000 }, (_, i) => `${i}`),
    ]) {
      const slots = new IdSlots(ids.length);
      const map = new Map<string, number>();
      ids.forEach((id, i) => {
        slots.add(id);
        map.set(id, i);
      });
      expectLikeMap(slots, map, [...ids.slice(0, 2000), ...hexIds(2000, 16, 99), 'x']);
      expect(slots.hashed).toBe(true);
    }
  });

  it('moves to a Map when ids share their endings, and still answers right', () => {
    // Every id ends in the same 8 characters: one hash for all of them.
    const ids = Array.from({ length: 5000 }, (_, i) => `${i}-same-tail-12345678`);
    const slots = new IdSlots(ids.length);
    const map = new Map<string, number>();
    ids.forEach((id, i) => {
      expect(slots.add(id)).toBe(true);
      map.set(id, i);
    });
    expect(slots.hashed).toBe(false);
    expect(slots.add(ids[10]!)).toBe(false);
    // Slots keep counting after the move.
    expect(slots.add('one-more')).toBe(true);
    map.set('one-more', ids.length);
    expectLikeMap(slots, map, [...ids, 'nope-same-tail-12345678']);
  });

  it('takes more ids than it was sized for', () => {
    const ids = hexIds(300);
    const slots = new IdSlots(10);
    ids.forEach((id) => slots.add(id));
    expectLikeMap(slots, new Map(ids.map((id, i) => [id, i])), ids);
  });
});
