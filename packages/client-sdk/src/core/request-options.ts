import type { HeadersInput } from '../internal/headers.js';

/** Options every SDK method accepts as its last argument. */
export interface RequestOptions {
  /** Cancels the request (and an open stream). */
  signal?: AbortSignal | undefined;
  /**
   * Milliseconds per attempt. For streams it bounds the wait for the response headers only.
   * @default the client's `timeout`
   */
  timeout?: number | undefined;
  /**
   * Retries after the first attempt. Applies only to idempotent requests (GET, PUT, DELETE) or to ones marked
   * `idempotent`. @default the client's `maxRetries`
   */
  maxRetries?: number | undefined;
  /** Mark a POST as safe to repeat so it may be retried. @default false for POST/PATCH */
  idempotent?: boolean | undefined;
  /** Extra headers for this call; `null` removes a client default. */
  headers?: HeadersInput;
  /**
   * Throw `ResponseValidationError` when a response does not fit its schema. When false, a fitting response is
   * still normalised (dates, decoded schemas) and a non-fitting one is returned as raw JSON.
   * @default the client's `validate`
   */
  validate?: boolean | undefined;
}
