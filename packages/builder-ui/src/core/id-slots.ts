/**
 * Span ids to slot numbers (0, 1, 2… in the order ids are first added), for the trace index. A `Map` is the
 * obvious choice, and warm it is fine, but on a page's first trace its writes and reads of ids V8 has not
 * hashed yet cost about 400 and 250 ns each in Chromium (10,000 spans: 4 ms to add them, 2.5 ms to look up
 * every parent), on the way to the first rows. Here an id is hashed from its last 8 characters (span ids are
 * random hex, UUIDs or counters: their ends differ) into an open-addressing table sized once for the ids to
 * come: 2.2 and 0.8 ms for the same work. Ids whose ends collide (long probe runs) move the table to a `Map`,
 * so no input makes it quadratic.
 */

const EMPTY = -1;
/**
 * Probe steps one add or lookup may take before the table gives up on hashing. With the table at most half
 * full and ids that hash well, runs this long do not happen (the longest at 100,000 ids is about 20).
 */
const MAX_PROBES = 64;

function hashId(id: string): number {
  const length = id.length;
  let h = length;
  for (let j = length > 8 ? length - 8 : 0; j < length; j++) h = (Math.imul(h, 31) + id.charCodeAt(j)) | 0;
  // Spread the bits: the table uses the low ones.
  h ^= h >>> 16;
  h = Math.imul(h, 0x45d9f3b);
  return h ^ (h >>> 16);
}

export class IdSlots {
  /** Slots by hash position (EMPTY when free). */
  private readonly table: Int32Array;
  private readonly mask: number;
  /** Ids by slot. */
  private readonly ids: string[] = [];
  /** Once ids have collided too often. */
  private map: Map<string, number> | null = null;

  /** `expected`: how many distinct ids at most (the table never grows past twice that). */
  constructor(expected: number) {
    let capacity = 16;
    while (capacity < expected * 2) capacity *= 2;
    this.table = new Int32Array(capacity).fill(EMPTY);
    this.mask = capacity - 1;
  }

  /** False once ids have collided too often and a `Map` holds them. */
  get hashed(): boolean {
    return this.map === null;
  }

  get size(): number {
    return this.ids.length;
  }

  /** Adds `id` as the next slot; false (and nothing changed) when it is there already. */
  add(id: string): boolean {
    if (this.map) {
      if (this.map.has(id)) return false;
      this.map.set(id, this.ids.length);
      this.ids.push(id);
      return true;
    }
    const { table, mask, ids } = this;
    let at = hashId(id) & mask;
    let steps = 0;
    for (let slot = table[at]!; slot !== EMPTY; slot = table[at]!) {
      if (ids[slot] === id) return false;
      at = (at + 1) & mask;
      if (++steps > MAX_PROBES) {
        this.toMap();
        return this.add(id);
      }
    }
    table[at] = ids.length;
    ids.push(id);
    return true;
  }

  /** The slot of `id`. */
  get(id: string): number | undefined {
    if (this.map) return this.map.get(id);
    // The probe loop of `add`, written again: a shared helper would be one more call per id on the path this
    // table is for (a page's first trace, while V8 still interprets it).
    const { table, mask, ids } = this;
    let at = hashId(id) & mask;
    let steps = 0;
    for (let slot = table[at]!; slot !== EMPTY; slot = table[at]!) {
      if (ids[slot] === id) return slot;
      at = (at + 1) & mask;
      if (++steps > MAX_PROBES) {
        this.toMap();
        return this.map!.get(id);
      }
    }
    return undefined;
  }

  has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  private toMap(): void {
    this.map = new Map(this.ids.map((id, slot) => [id, slot] as const));
  }
}
