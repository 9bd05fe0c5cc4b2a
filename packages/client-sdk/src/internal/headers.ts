export type HeadersInput =
  Record<string, string | null | undefined> | Headers | [string, string][] | undefined;

/**
 * Merges header sets left to right. A `null` value removes a header set earlier, so a per-call option can drop a
 * client default (e.g. `{ authorization: null }`).
 */
export function mergeHeaders(...sets: HeadersInput[]): Headers {
  const out = new Headers();
  for (const set of sets) {
    if (!set) continue;
    const entries: [string, string | null | undefined][] =
      set instanceof Headers ? [...set.entries()] : Array.isArray(set) ? set : Object.entries(set);
    for (const [key, value] of entries) {
      if (value === null) out.delete(key);
      else if (value !== undefined) out.set(key, value);
    }
  }
  return out;
}
