import { safeParse } from 'zod/mini';
import type * as z from 'zod/mini';
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
  MastraClientError,
  ResponseValidationError,
} from './core/errors.js';
import type { RequestOptions } from './core/request-options.js';
import { Stream, iterateRecords, iterateSSEJson, newStreamProgress } from './core/streaming.js';
import { mergeHeaders } from './internal/headers.js';
import { toValidationIssues } from './internal/issues.js';
import type { HeadersInput } from './internal/headers.js';
import { buildQuery } from './internal/path.js';
import type { QueryValue } from './internal/path.js';
import {
  MAX_RETRY_AFTER_MS,
  backoffDelayMs,
  requestedRetryAfterMs,
  retryAfterMs,
  sleep,
} from './internal/retry.js';

export type { RequestOptions } from './core/request-options.js';

/** The subset of `fetch` the client calls: an absolute URL string and a `RequestInit`; must honour `init.signal`. */
export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

/** Options for `new MastraClient(...)`. */
export interface ClientOptions {
  /** Server origin, e.g. `http://127.0.0.1:4111` (no `/api`). */
  baseUrl: string;
  /** Prefix of Mastra's routes. @default '/api' */
  apiPrefix?: string | undefined;
  /** Headers sent with every request, e.g. `{ authorization: 'Bearer ...' }`. */
  headers?: Record<string, string> | undefined;
  /**
   * Called before every attempt; its headers override `headers`. Use it for tokens that refresh.
   * Tokens always travel in headers, never in the URL.
   */
  getHeaders?: (() => Promise<Record<string, string>> | Record<string, string>) | undefined;
  /** A `fetch` implementation (tests, proxies, Node without a global fetch). @default globalThis.fetch */
  fetch?: FetchLike | undefined;
  /** `fetch` credentials mode; `'include'` sends session cookies cross-origin. @default undefined (fetch's default) */
  credentials?: RequestCredentials | undefined;
  /** Milliseconds per attempt before `APIConnectionTimeoutError`. @default 60000 */
  timeout?: number | undefined;
  /**
   * Retries for idempotent requests. A `Retry-After` of up to 60 s is waited out; a longer one stops the
   * retries and throws (`RateLimitError.retryAfterMs` says how long the server asked for). @default 2
   */
  maxRetries?: number | undefined;
  /** First retry delay in ms; doubles per attempt, with up to 25 % jitter. @default 500 */
  retryDelay?: number | undefined;
  /** Cap of the retry delay in ms. @default 8000 */
  maxRetryDelay?: number | undefined;
  /**
   * Throw `ResponseValidationError` when a response does not fit its schema. When false, fitting responses are
   * still normalised (dates, decoded schemas) and misfits are returned as raw JSON. @default true
   */
  validate?: boolean | undefined;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** One HTTP call as the resources describe it. */
export interface FinalRequest<S extends z.core.$ZodType = z.core.$ZodType> {
  method: Method;
  /** Route path, already encoded (use the `path` tag). */
  path: string;
  query?: Record<string, QueryValue> | undefined;
  body?: unknown;
  /** Response schema; omit for `unknown`. */
  schema?: S | undefined;
  /** Set to false for routes outside the API prefix (`/health`). @default true */
  prefixed?: boolean | undefined;
  options?: RequestOptions | undefined;
}

const IDEMPOTENT: ReadonlySet<Method> = new Set(['GET', 'PUT', 'DELETE']);

/**
 * The request pipeline of a Mastra client without any resource: headers, timeouts, retries, error mapping,
 * validation and streams. Resource classes are built over it (`new Agents(core)`), so a host that needs only
 * some resources bundles only those; `MastraClient` is this plus all eleven resources.
 *
 * ```ts
 * const core = createClient({ baseUrl: 'http://127.0.0.1:4111' });
 * const agents = await new Agents(core).list();
 * ```
 */
export class MastraCore {
  readonly baseUrl: string;
  readonly apiPrefix: string;
  readonly timeout: number;
  readonly maxRetries: number;
  readonly validate: boolean;
  /** The options this client was made with (`withOptions` copies and overrides them). */
  protected readonly _options: ClientOptions;
  private readonly _fetch: FetchLike;

  constructor(options: ClientOptions) {
    if (!options || typeof options.baseUrl !== 'string' || !/^https?:\/\//i.test(options.baseUrl)) {
      throw new MastraClientError(
        'A Mastra client needs an absolute http(s) `baseUrl`, e.g. http://127.0.0.1:4111.',
      );
    }
    this._options = { ...options };
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    const prefix = (options.apiPrefix ?? '/api').replace(/\/+$/, '');
    this.apiPrefix = prefix === '' || prefix.startsWith('/') ? prefix : `/${prefix}`;
    this.timeout = options.timeout ?? 60_000;
    this.maxRetries = options.maxRetries ?? 2;
    this.validate = options.validate ?? true;
    const custom = options.fetch;
    this._fetch = custom ?? ((input, init) => globalThis.fetch(input, init));
  }

  /** A copy of this client with some options replaced (e.g. another token or a shorter timeout). */
  withOptions(options: Partial<ClientOptions>): this {
    const Ctor = this.constructor as new (options: ClientOptions) => this;
    return new Ctor({ ...this._options, ...options });
  }

  /** Full URL for a route. Refuses `apiKey` query parameters: tokens belong in headers, not in logs. */
  buildUrl(path: string, query?: Record<string, QueryValue>, prefixed = true): string {
    if (query && Object.keys(query).some((k) => k.toLowerCase() === 'apikey')) {
      throw new MastraClientError('Tokens are never sent in the URL; pass them as headers instead.');
    }
    return `${this.baseUrl}${prefixed ? this.apiPrefix : ''}${path}${buildQuery(query, path)}`;
  }

  /** GET `path` (already encoded, under `apiPrefix`); retried as idempotent; parsed with `init.schema`. */
  async get<S extends z.core.$ZodType>(
    path: string,
    init?: Omit<FinalRequest<S>, 'method' | 'path'>,
  ): Promise<z.output<S>> {
    return this.request({ ...init, method: 'GET', path });
  }
  /** POST `path`; not retried unless `init.options.idempotent`; parsed with `init.schema`. */
  async post<S extends z.core.$ZodType>(
    path: string,
    init?: Omit<FinalRequest<S>, 'method' | 'path'>,
  ): Promise<z.output<S>> {
    return this.request({ ...init, method: 'POST', path });
  }
  /** PATCH `path`; not retried unless `init.options.idempotent`; parsed with `init.schema`. */
  async patch<S extends z.core.$ZodType>(
    path: string,
    init?: Omit<FinalRequest<S>, 'method' | 'path'>,
  ): Promise<z.output<S>> {
    return this.request({ ...init, method: 'PATCH', path });
  }
  /** PUT `path`; retried as idempotent; parsed with `init.schema`. */
  async put<S extends z.core.$ZodType>(
    path: string,
    init?: Omit<FinalRequest<S>, 'method' | 'path'>,
  ): Promise<z.output<S>> {
    return this.request({ ...init, method: 'PUT', path });
  }
  /** DELETE `path`; retried as idempotent; parsed with `init.schema`. */
  async delete<S extends z.core.$ZodType>(
    path: string,
    init?: Omit<FinalRequest<S>, 'method' | 'path'>,
  ): Promise<z.output<S>> {
    return this.request({ ...init, method: 'DELETE', path });
  }

  /** Sends a request and returns the parsed, validated JSON body. */
  async request<S extends z.core.$ZodType>(req: FinalRequest<S>): Promise<z.output<S>> {
    const { body } = await this.send(req, false);
    return this.parse(req, body);
  }

  /** Validates `data` with the request's schema, honouring `validate`. */
  parse<S extends z.core.$ZodType>(
    req: Pick<FinalRequest<S>, 'schema' | 'path' | 'options'>,
    data: unknown,
  ): z.output<S> {
    if (!req.schema) return data as z.output<S>;
    const result = safeParse(req.schema, data);
    if (result.success) return result.data;
    if (!(req.options?.validate ?? this.validate)) return data as z.output<S>;
    throw new ResponseValidationError({
      path: req.path,
      body: data,
      issues: toValidationIssues(result.error.issues),
    });
  }

  /**
   * Opens a streaming response and parses it with the given framing. Streams are never retried once the
   * response has arrived; the request itself is retried only when idempotent.
   */
  async stream<T>(
    req: FinalRequest,
    framing: 'sse' | 'records',
    map?: (chunk: unknown) => T,
  ): Promise<Stream<T>> {
    const { response, controller, release } = await this.send(req, true);
    const body = response.body;
    const signal = controller.signal;
    const parse = framing === 'sse' ? iterateSSEJson : iterateRecords;
    const progress = newStreamProgress();
    return new Stream<T>(
      async function* () {
        try {
          if (!body) return;
          for await (const chunk of parse(body, signal, progress)) yield map ? map(chunk) : (chunk as T);
        } finally {
          release();
        }
      },
      controller,
      response,
      progress,
    );
  }

  /**
   * The fetch loop: headers, timeout, abort, retries, error mapping. For JSON requests it also reads the body
   * inside the attempt so that the timeout covers it.
   */
  async send(
    req: FinalRequest,
    streaming: boolean,
  ): Promise<{ response: Response; body: unknown; controller: AbortController; release: () => void }> {
    const options = req.options ?? {};
    const idempotent = options.idempotent ?? IDEMPOTENT.has(req.method);
    const maxRetries = idempotent ? Math.max(0, options.maxRetries ?? this.maxRetries) : 0;
    const timeout = options.timeout ?? this.timeout;
    const url = this.buildUrl(req.path, req.query, req.prefixed ?? true);
    const userSignal = options.signal;

    for (let attempt = 0; ; attempt++) {
      if (userSignal?.aborted) throw new APIUserAbortError(undefined, { cause: userSignal.reason });
      const controller = new AbortController();
      let timedOut = false;
      const onUserAbort = () => controller.abort(userSignal?.reason);
      userSignal?.addEventListener('abort', onUserAbort, { once: true });
      const timer = setTimeout(() => {
        timedOut = true;
        controller.abort();
      }, timeout);
      const release = () => {
        clearTimeout(timer);
        userSignal?.removeEventListener('abort', onUserAbort);
      };

      let retryError: MastraClientError;
      let retryHeaders: Headers | undefined;
      try {
        const init = await this.buildInit(req, controller.signal);
        // getHeaders may take a while (token refresh); do not start a request that is already cancelled.
        controller.signal.throwIfAborted();
        const response = await this._fetch(url, init);
        if (response.ok) {
          if (streaming) {
            clearTimeout(timer);
            return { response, body: undefined, controller, release };
          }
          const body = await readBody(response);
          release();
          return { response, body, controller, release: () => undefined };
        }
        const errorBody = await readBody(response).catch(() => undefined);
        const error = APIError.from({
          status: response.status,
          body: errorBody,
          headers: response.headers,
          method: req.method,
          path: req.path,
        });
        release();
        if (!error.retryable || attempt >= maxRetries) throw error;
        // A server that asks for more than the cap wants us gone for a while: retrying after the short backoff
        // would ignore it, and sleeping for minutes inside a call would hang the caller. Hand it over instead.
        if ((requestedRetryAfterMs(response.headers) ?? 0) > MAX_RETRY_AFTER_MS) throw error;
        retryError = error;
        retryHeaders = response.headers;
      } catch (error) {
        release();
        if (error instanceof APIError || error instanceof ResponseValidationError) throw error;
        if (userSignal?.aborted) throw new APIUserAbortError(undefined, { cause: error });
        const mapped =
          error instanceof MastraClientError
            ? error
            : timedOut
              ? new APIConnectionTimeoutError(`Request timed out after ${timeout} ms.`, { cause: error })
              : new APIConnectionError(`Connection error: ${describe(error)}`, { cause: error });
        if (!mapped.retryable || attempt >= maxRetries) throw mapped;
        retryError = mapped;
      }
      const delay =
        retryAfterMs(retryHeaders) ??
        backoffDelayMs(attempt + 1, {
          initialDelayMs: this._options.retryDelay ?? 500,
          maxDelayMs: this._options.maxRetryDelay ?? 8000,
        });
      try {
        await sleep(delay, userSignal);
      } catch {
        throw new APIUserAbortError(undefined, { cause: retryError });
      }
    }
  }

  private async buildInit(req: FinalRequest, signal: AbortSignal): Promise<RequestInit> {
    let dynamic: Record<string, string> | undefined;
    try {
      dynamic = this._options.getHeaders ? await this._options.getHeaders() : undefined;
    } catch (error) {
      throw new MastraClientError(`getHeaders() failed: ${describe(error)}`, { cause: error });
    }
    const hasBody = req.body !== undefined;
    const raw = hasBody && isRawBody(req.body);
    const headers = mergeHeaders(
      { accept: 'application/json, text/event-stream;q=0.9, */*;q=0.8' },
      hasBody && !raw ? { 'content-type': 'application/json' } : undefined,
      this._options.headers,
      dynamic,
      req.options?.headers as HeadersInput,
    );
    const init: RequestInit = { method: req.method, headers, signal };
    if (hasBody) {
      try {
        init.body = raw ? (req.body as BodyInit) : JSON.stringify(req.body);
      } catch (error) {
        throw new MastraClientError(`The request body is not serialisable: ${describe(error)}`, {
          cause: error,
        });
      }
    }
    if (this._options.credentials) init.credentials = this._options.credentials;
    return init;
  }
}

function isRawBody(body: unknown): boolean {
  return (
    (typeof FormData !== 'undefined' && body instanceof FormData) ||
    (typeof Blob !== 'undefined' && body instanceof Blob) ||
    body instanceof URLSearchParams ||
    body instanceof ArrayBuffer ||
    typeof body === 'string'
  );
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** JSON when it parses, the text otherwise, `null` for an empty body. */
async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/**
 * A client without resources, for hosts that import only the resources they use (they stay out of the
 * bundle otherwise): `new Agents(createClient({ baseUrl })).list()`.
 */
export function createClient(options: ClientOptions): MastraCore {
  return new MastraCore(options);
}
