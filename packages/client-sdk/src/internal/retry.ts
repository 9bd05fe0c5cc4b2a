/** Statuses worth another attempt: timeouts, rate limits and server faults. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

const MAX_RETRY_AFTER_MS = 60_000;

/**
 * Delay requested by the server through `retry-after-ms`, or `retry-after` in seconds or as an HTTP date.
 * Returns undefined when absent, unparsable or beyond 60 s (then the normal backoff applies).
 */
export function retryAfterMs(headers: Headers | undefined, now = Date.now()): number | undefined {
  if (!headers) return undefined;
  const ms = headers.get('retry-after-ms');
  if (ms !== null) {
    const value = Number(ms);
    if (Number.isFinite(value) && value >= 0 && value <= MAX_RETRY_AFTER_MS) return value;
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
  if (delay < 0) return 0;
  return delay <= MAX_RETRY_AFTER_MS ? delay : undefined;
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
