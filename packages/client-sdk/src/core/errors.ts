import { requestedRetryAfterMs } from '../internal/retry.js';

/**
 * Error hierarchy. Every failure the SDK raises is a `MastraClientError`, so a host can catch one class and
 * narrow with `instanceof`. Status-mapped classes follow the server's real error bodies (mastra-api §1.4).
 */

/** A field-level validation issue reported by the server (400 bodies carry `issues`). */
export interface FieldIssue {
  field: string;
  message: string;
}

/**
 * What went wrong, as one string a host can switch on. It is the one source of truth for sorting SDK errors:
 * class names differ between copies and minified builds, `kind` does not.
 */
export type MastraErrorKind =
  /** 400 */
  | 'bad-request'
  /** 401 */
  | 'authentication'
  /** 403 */
  | 'permission'
  /** 404 (also: hidden from the caller) */
  | 'not-found'
  /** 408 and `APIConnectionTimeoutError` */
  | 'timeout'
  /** 409 */
  | 'conflict'
  /** 413 */
  | 'payload-too-large'
  /** 422 that is not a model-policy refusal */
  | 'unprocessable'
  /** `ModelNotAllowedError` (422 `MODEL_NOT_ALLOWED`) */
  | 'model-not-allowed'
  /** 429 */
  | 'rate-limit'
  /** 501: the server cannot do this at all */
  | 'unsupported'
  /** other 5xx */
  | 'server'
  /** `APIConnectionError`: no response (network) */
  | 'connection'
  /** `APIUserAbortError` */
  | 'aborted'
  /** `RequestValidationError`: nothing was sent */
  | 'request-validation'
  /** `ResponseValidationError`: the server answered something malformed */
  | 'response-validation'
  /** `ToolExecutionError` */
  | 'tool-execution'
  /** a plain `APIError` with another status, or an SDK error outside the cases above */
  | 'unknown';

/** Every `MastraErrorKind`, e.g. to build a message dictionary that must cover them all. */
export const MASTRA_ERROR_KINDS: readonly MastraErrorKind[] = /* @__PURE__ */ Object.freeze([
  'bad-request',
  'authentication',
  'permission',
  'not-found',
  'timeout',
  'conflict',
  'payload-too-large',
  'unprocessable',
  'model-not-allowed',
  'rate-limit',
  'unsupported',
  'server',
  'connection',
  'aborted',
  'request-validation',
  'response-validation',
  'tool-execution',
  'unknown',
] as const);

/**
 * Kinds worth another attempt of the same request. 501 is an answer about the server's abilities: the same
 * request fails the same way again (Mastra's observability stores answer 501 for delta mode).
 */
const RETRYABLE_KINDS: ReadonlySet<MastraErrorKind> = /* @__PURE__ */ new Set<MastraErrorKind>([
  'connection',
  'timeout',
  'rate-limit',
  'server',
]);

/** Whether errors of this kind may succeed on a plain retry. */
export function isRetryableKind(kind: MastraErrorKind): boolean {
  return RETRYABLE_KINDS.has(kind);
}

/** Options every SDK error accepts. */
export interface MastraClientErrorOptions {
  cause?: unknown;
  /** @default 'unknown' (or the subclass's kind) */
  kind?: MastraErrorKind | undefined;
  /** @default whether `kind` is retryable (connection, timeout, rate-limit, server) */
  retryable?: boolean | undefined;
}

/** Root of every error thrown by `@paddock/client-sdk`. */
export class MastraClientError extends Error {
  override name = 'MastraClientError';
  /** What went wrong; switch on this rather than on the class name. */
  readonly kind: MastraErrorKind;
  /**
   * Whether the same request may succeed if sent again: only for `connection`, `timeout`, `rate-limit` and
   * `server` (5xx other than 501). The SDK's own retries use this same flag.
   */
  readonly retryable: boolean;
  constructor(message: string, options?: MastraClientErrorOptions) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.kind = options?.kind ?? 'unknown';
    this.retryable = (options?.retryable ?? true) && isRetryableKind(this.kind);
  }
}

const KIND_SET: ReadonlySet<string> = /* @__PURE__ */ new Set(MASTRA_ERROR_KINDS);

/**
 * The kind of an SDK error, by duck typing (`kind` + boolean `retryable`), so errors from a second copy of the
 * SDK are recognised too. Undefined for anything that is not an SDK error.
 */
export function errorKindOf(e: unknown): MastraErrorKind | undefined {
  if (!e || typeof e !== 'object') return undefined;
  const { kind, retryable } = e as { kind?: unknown; retryable?: unknown };
  return typeof kind === 'string' && KIND_SET.has(kind) && typeof retryable === 'boolean'
    ? (kind as MastraErrorKind)
    : undefined;
}

/** Whether `e` is an SDK error (from any copy of the SDK) that may succeed on a retry. */
export function isRetryableError(e: unknown): boolean {
  return errorKindOf(e) !== undefined && (e as { retryable: boolean }).retryable === true;
}

/** The kind an HTTP status (and, for 422, the body's code) maps to. */
export function kindOfStatus(status: number, body?: unknown): MastraErrorKind {
  switch (status) {
    case 400:
      return 'bad-request';
    case 401:
      return 'authentication';
    case 403:
      return 'permission';
    case 404:
      return 'not-found';
    case 408:
      return 'timeout';
    case 409:
      return 'conflict';
    case 413:
      return 'payload-too-large';
    case 422:
      return readMessage(body).code === 'MODEL_NOT_ALLOWED' ? 'model-not-allowed' : 'unprocessable';
    case 429:
      return 'rate-limit';
    case 501:
      return 'unsupported';
  }
  return status >= 500 && status <= 599 ? 'server' : 'unknown';
}

/** What `APIError` and its subclasses are built from: the response status, parsed body and request. */
export interface APIErrorInit {
  status: number;
  body: unknown;
  headers?: Headers | undefined;
  method?: string | undefined;
  path?: string | undefined;
  message?: string | undefined;
}

function readMessage(body: unknown): { error?: string; message?: string; code?: string } {
  if (typeof body === 'string') return { message: body };
  if (!body || typeof body !== 'object') return {};
  const record = body as Record<string, unknown>;
  const error = record['error'];
  const message = typeof record['message'] === 'string' ? record['message'] : undefined;
  if (error && typeof error === 'object') {
    // 422 model-policy bodies nest the detail: { error: { code, message } }.
    const nested = error as Record<string, unknown>;
    return {
      ...(typeof nested['message'] === 'string' ? { message: nested['message'] } : {}),
      ...(typeof nested['code'] === 'string' ? { code: nested['code'] } : {}),
    };
  }
  return {
    ...(typeof error === 'string' ? { error } : {}),
    ...(message !== undefined ? { message } : {}),
  };
}

/** An HTTP response with a non-2xx status. */
export class APIError extends MastraClientError {
  override name = 'APIError';
  /** HTTP status code. */
  readonly status: number;
  /** The parsed JSON body (or the raw text when it was not JSON). */
  readonly body: unknown;
  readonly headers: Headers | undefined;
  /** `x-request-id` when the server or a proxy sets one. */
  readonly requestId: string | undefined;
  /** HTTP method and path (without query) of the failed request. */
  readonly method: string | undefined;
  readonly path: string | undefined;

  constructor(init: APIErrorInit) {
    const parts = readMessage(init.body);
    const detail = parts.message ?? parts.error ?? (init.body === undefined ? 'no body' : 'request failed');
    // 505 (HTTP Version Not Supported) is about the server's abilities, like 501; `x-should-retry: false`
    // is the server saying the same for any status. Neither can make a non-retryable kind retryable.
    const vetoed = init.status === 505 || init.headers?.get('x-should-retry') === 'false';
    super(
      init.message ?? `${init.status} ${detail}${init.path ? ` (${init.method ?? 'GET'} ${init.path})` : ''}`,
      { kind: kindOfStatus(init.status, init.body), retryable: !vetoed },
    );
    this.status = init.status;
    this.body = init.body;
    this.headers = init.headers;
    this.requestId = init.headers?.get('x-request-id') ?? undefined;
    this.method = init.method;
    this.path = init.path;
  }

  /** Maps a status and body to the most specific subclass. */
  static from(init: APIErrorInit): APIError {
    const { status } = init;
    if (status === 400) return new BadRequestError(init);
    if (status === 401) return new AuthenticationError(init);
    if (status === 403) return new PermissionDeniedError(init);
    if (status === 404) return new NotFoundError(init);
    if (status === 408) return new RequestTimeoutError(init);
    if (status === 409) return new ConflictError(init);
    if (status === 413) return new PayloadTooLargeError(init);
    if (status === 422) {
      return readMessage(init.body).code === 'MODEL_NOT_ALLOWED'
        ? new ModelNotAllowedError(init)
        : new UnprocessableEntityError(init);
    }
    if (status === 429) return new RateLimitError(init);
    if (status >= 500 && status <= 599) return new InternalServerError(init);
    return new APIError(init);
  }
}

/** 400: invalid body, query or path parameters. `issues` lists the fields the server rejected. */
export class BadRequestError extends APIError {
  override name = 'BadRequestError';
  readonly issues: FieldIssue[];
  constructor(init: APIErrorInit) {
    super(init);
    const raw = (init.body as { issues?: unknown } | null)?.issues;
    this.issues = Array.isArray(raw)
      ? raw
          .filter((i): i is Record<string, unknown> => !!i && typeof i === 'object')
          .map((i) => ({ field: String(i['field'] ?? i['path'] ?? ''), message: String(i['message'] ?? '') }))
      : [];
  }
}

/** 401: missing, invalid or expired credentials. */
export class AuthenticationError extends APIError {
  override name = 'AuthenticationError';
}

/**
 * 403: the caller is authenticated but lacks a permission. `permission` is the first permission the server
 * named in `Missing required permission: a or b`; `permissions` lists all of them (any one would do).
 */
export class PermissionDeniedError extends APIError {
  override name = 'PermissionDeniedError';
  readonly permission: string | undefined;
  readonly permissions: string[];
  constructor(init: APIErrorInit) {
    super(init);
    const message = readMessage(init.body).message ?? '';
    const match = /missing required permission:\s*(.+)$/i.exec(message.trim());
    this.permissions = match?.[1]
      ? match[1]
          .split(/\s+or\s+/)
          .map((p) => p.trim())
          .filter(Boolean)
      : [];
    this.permission = this.permissions[0];
  }
}

/**
 * 404: the resource does not exist **or is hidden from the caller**. Mastra answers 404 rather than 403 for
 * stored agents the caller may not see (ownership/visibility) and for disabled builder features.
 */
export class NotFoundError extends APIError {
  override name = 'NotFoundError';
}

/** 408 from the server or a proxy. */
export class RequestTimeoutError extends APIError {
  override name = 'RequestTimeoutError';
}

/** 409: duplicate id, or a concurrent workflow resume that lost the race. */
export class ConflictError extends APIError {
  override name = 'ConflictError';
}

/** 413: request body larger than the server's `bodySizeLimit`. */
export class PayloadTooLargeError extends APIError {
  override name = 'PayloadTooLargeError';
}

/** 422 other than the model policy. */
export class UnprocessableEntityError extends APIError {
  override name = 'UnprocessableEntityError';
}

/** 422 `MODEL_NOT_ALLOWED`: the model is outside the builder's model policy. */
export class ModelNotAllowedError extends UnprocessableEntityError {
  override name = 'ModelNotAllowedError';
  readonly allowed: unknown;
  readonly attempted: unknown;
  /** Which model setting was refused (e.g. a fallback's label), when the server names it (mastra-api §1.4). */
  readonly offendingLabel: string | undefined;
  constructor(init: APIErrorInit) {
    super(init);
    const error = (init.body as { error?: Record<string, unknown> } | null)?.error;
    this.allowed = error?.['allowed'];
    this.attempted = error?.['attempted'];
    const label = error?.['offendingLabel'];
    this.offendingLabel = typeof label === 'string' ? label : undefined;
  }
}

/**
 * 429. Retried automatically (honouring `Retry-After`) before it reaches the caller, unless the server asks
 * for a wait longer than 60 s: then it is thrown at once, with `retryAfterMs` saying when to come back.
 */
export class RateLimitError extends APIError {
  override name = 'RateLimitError';
  /** Milliseconds the server asked the client to wait (`Retry-After`/`retry-after-ms`), if it said. */
  readonly retryAfterMs: number | undefined;
  constructor(init: APIErrorInit) {
    super(init);
    this.retryAfterMs = requestedRetryAfterMs(init.headers);
  }
}

/** 5xx. Retried automatically for idempotent requests. */
export class InternalServerError extends APIError {
  override name = 'InternalServerError';
}

/** The request never produced a response (DNS, refused connection, reset). */
export class APIConnectionError extends MastraClientError {
  override name = 'APIConnectionError';
  constructor(message = 'Connection error.', options?: { cause?: unknown; kind?: 'connection' | 'timeout' }) {
    super(message, { kind: 'connection', ...options });
  }
}

/** No response within `timeout` milliseconds. */
export class APIConnectionTimeoutError extends APIConnectionError {
  override name = 'APIConnectionTimeoutError';
  constructor(message = 'Request timed out.', options?: { cause?: unknown }) {
    super(message, { ...options, kind: 'timeout' });
  }
}

/** The caller aborted through its `signal`. */
export class APIUserAbortError extends MastraClientError {
  override name = 'APIUserAbortError';
  constructor(message = 'Request was aborted.', options?: { cause?: unknown }) {
    super(message, { kind: 'aborted', ...options });
  }
}

/** One schema misfit: where (`path` into the value), what, and zod's issue `code`. */
export interface ValidationIssue {
  path: (string | number)[];
  message: string;
  code?: string | undefined;
}

/**
 * Request parameters that do not fit the SDK's request schema; raised before anything is sent. `issues` name
 * the offending fields (`path[0]` is the parameter, e.g. `name`).
 */
export class RequestValidationError extends MastraClientError {
  override name = 'RequestValidationError';
  /** The route the request was for. */
  readonly path: string;
  readonly issues: ValidationIssue[];
  constructor(init: { path: string; issues: ValidationIssue[] }) {
    const first = init.issues[0];
    const where = first ? `${first.path.join('.') || '<root>'}: ${first.message}` : 'unknown issue';
    super(`Invalid request to ${init.path} (${where}).`, { kind: 'request-validation' });
    this.path = init.path;
    this.issues = init.issues;
  }
}

/** A 2xx response whose body does not fit the SDK's schema. Never retried. */
export class ResponseValidationError extends MastraClientError {
  override name = 'ResponseValidationError';
  /** Request path (without query) whose response failed validation. */
  readonly path: string;
  readonly issues: ValidationIssue[];
  /** The raw JSON body. */
  readonly body: unknown;
  constructor(init: { path: string; issues: ValidationIssue[]; body: unknown }) {
    const first = init.issues[0];
    const where = first ? `${first.path.join('.') || '<root>'}: ${first.message}` : 'unknown issue';
    super(`Response from ${init.path} did not match the expected shape (${where}).`, {
      kind: 'response-validation',
    });
    this.path = init.path;
    this.issues = init.issues;
    this.body = init.body;
  }
}

/**
 * A tool rejected its input. Mastra answers HTTP 200 with `{ error: true, message, validationErrors }` for this,
 * so the SDK turns that body into a typed error.
 */
export class ToolExecutionError extends MastraClientError {
  override name = 'ToolExecutionError';
  readonly toolId: string;
  /** `{ errors: string[]; fields: Record<string, {errors, fields}> }` as produced by Mastra. */
  readonly validationErrors: unknown;
  readonly body: unknown;
  constructor(init: { toolId: string; message: string; validationErrors: unknown; body: unknown }) {
    super(init.message, { kind: 'tool-execution' });
    this.toolId = init.toolId;
    this.validationErrors = init.validationErrors;
    this.body = init.body;
  }
}
