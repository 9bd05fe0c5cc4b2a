/** The minimal external-store contract React's `useSyncExternalStore` needs. */
export interface Store<S> {
  getSnapshot(): S;
  subscribe(listener: () => void): () => void;
}

/** A tiny observable state cell: snapshots are immutable, `set` notifies only on change. */
export function createStateCell<S>(initial: S) {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    getSnapshot: () => state,
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set(next: S) {
      if (Object.is(next, state)) return;
      state = next;
      listeners.forEach((l) => l());
    },
  };
}
