/* Whether the server can be reached, and when to try again: the store's connectivity seam. Injected, so tests
   and hosts without a window drive it themselves. */

export interface Connectivity {
  isOnline(): boolean;
  subscribe(onChange: () => void): () => void;
}

/** `navigator.onLine` plus the window's online/offline events; always online where there is no window. */
export function browserConnectivity(): Connectivity {
  return {
    isOnline: () => (typeof navigator === 'undefined' ? true : navigator.onLine !== false),
    subscribe: (onChange) => {
      if (typeof window === 'undefined') return () => {};
      window.addEventListener('online', onChange);
      window.addEventListener('offline', onChange);
      return () => {
        window.removeEventListener('online', onChange);
        window.removeEventListener('offline', onChange);
      };
    },
  };
}

export interface Scheduler {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const defaultScheduler: Scheduler = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** Waits between automatic retries while offline: quick at first, then at most every 30 s. */
export const OFFLINE_RETRY_MS: readonly number[] = [2000, 4000, 8000, 15000, 30000];

/** The wait before automatic retry number `attempt` (0-based) while the server cannot be reached. */
export function offlineRetryDelay(attempt: number): number {
  return OFFLINE_RETRY_MS[Math.min(Math.max(attempt, 0), OFFLINE_RETRY_MS.length - 1)]!;
}
