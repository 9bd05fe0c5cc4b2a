/**
 * Longest server-requested wait the client sits out before retrying by itself. A longer `Retry-After` means
 * "come back much later": the client then stops retrying and throws, so the caller (who knows whether a user
 * is waiting) decides; retrying sooner would ignore the server and only earn more 429s.
 */
export const MAX_RETRY_AFTER_MS = 60_000;

/**
 * Delay requested by the server through `retry-after-ms`, or `retry-after` in seconds or as an HTTP date,
 * whatever its size. Undefined when absent or unparsable; a date in the past is 0.
 */
export function requestedRetryAfterMs(headers: Headers | undefined, now = Date.now()): number | undefined {
  if (!headers) return undefined;
  const ms = headers.get('retry-after-ms');
  if (ms !== null) {
    const value = Number(ms);
    if (Number.isFinite(value) && value >= 0) return value;
  }
  const raw = headers.get('retry-after');
  if (raw === null || raw.trim() === '') return undefined;
  const seconds = Number(raw);
  let delay: number;
  if (Number.isFinite(seconds)) delay = seconds * 1000;
  else {
    const date = Date.parse(raw);
    if (Number.isNaN(date)) return undefined;
    delay = date - now;
  }
  return delay < 0 ? 0 : delay;
}

/**
 * The server-requested delay when the client should wait it out: undefined when absent, unparsable or beyond
 * `MAX_RETRY_AFTER_MS` (the client then does not retry at all, see `requestedRetryAfterMs`).
 */
export function retryAfterMs(headers: Headers | undefined, now = Date.now()): number | undefined {
  const delay = requestedRetryAfterMs(headers, now);
  return delay !== undefined && delay <= MAX_RETRY_AFTER_MS ? delay : undefined;
}

export interface BackoffOptions {
  /** @default 500 */
  initialDelayMs?: number;
  /** @default 8000 */
  maxDelayMs?: number;
  /** Injected for tests; must return [0, 1). @default Math.random */
  random?: () => number;
}

/**
 * Exponential backoff with jitter: 0.5 s, 1 s, 2 s ... capped at 8 s, each reduced by up to 25 % so clients
 * that failed together do not retry in lockstep. `attempt` is 1 for the first retry.
 */
export function backoffDelayMs(attempt: number, options: BackoffOptions = {}): number {
  const initial = options.initialDelayMs ?? 500;
  const max = options.maxDelayMs ?? 8000;
  const random = options.random ?? Math.random;
  const base = Math.min(initial * 2 ** Math.max(0, attempt - 1), max);
  return base * (1 - random() * 0.25);
}

/** Resolves after `ms`, or rejects with the signal's reason as soon as it aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
