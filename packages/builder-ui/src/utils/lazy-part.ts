import { useEffect, useSyncExternalStore } from 'react';

/** What a part loaded on demand is at the moment: its module, still loading (`undefined`), or `'failed'`. */
export type LazyPartState<T> = T | 'failed' | undefined;

export interface LazyPart<T> {
  /** Starts loading (once; again after a failure, which is not cached). */
  load(): Promise<void>;
  /**
   * The module once loaded; the component re-renders when it arrives or fails. `wanted` starts loading after
   * the render that wants it (an effect), so a part that is never shown is never fetched.
   */
  use(wanted: boolean): LazyPartState<T>;
}

/**
 * A chunk behind a dynamic `import()`, shared by every instance of a part. Unlike `React.lazy` it renders
 * synchronously once loaded (a part preloaded before it is shown never flashes a fallback), and a failed load
 * is a state the part shows with a retry, not an error thrown to a boundary the host may not have.
 *
 * The module loaded this way should import nothing of the kit but types, and take what it needs (context value,
 * helpers, components) as props from the part that renders it: a bundler puts every module that both the page
 * and a lazy chunk import into a chunk of its own, and a page of many small chunks compresses worse than one.
 */
export function lazyPart<T>(importer: () => Promise<T>): LazyPart<T> {
  let loaded: T | undefined;
  let failed = false;
  let loading: Promise<void> | undefined;
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const listener of listeners) listener();
  };
  const subscribe = (listener: () => void) => {
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  };
  const snapshot = (): LazyPartState<T> => loaded ?? (failed ? 'failed' : undefined);
  const load = () => {
    if (!loading) {
      if (failed) {
        failed = false;
        notify();
      }
      loading = importer().then(
        (module) => {
          loaded = module;
          notify();
        },
        () => {
          failed = true;
          loading = undefined;
          notify();
        },
      );
    }
    return loading;
  };
  return {
    load,
    use(wanted) {
      const state = useSyncExternalStore(subscribe, snapshot, snapshot);
      useEffect(() => {
        if (wanted && state === undefined) void load();
      }, [wanted, state]);
      return state;
    },
  };
}
