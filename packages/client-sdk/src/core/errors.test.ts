import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  MASTRA_ERROR_KINDS,
  MastraClientError,
  ModelNotAllowedError,
  NotFoundError,
  RequestValidationError,
  ResponseValidationError,
  ToolExecutionError,
  UnprocessableEntityError,
  errorKindOf,
  isRetryableError,
} from './errors.js';
import type { MastraErrorKind } from './errors.js';

const api = (status: number, body: unknown = { error: 'x' }, headers?: Record<string, string>) =>
  APIError.from({ status, body, headers: new Headers(headers) });

describe('error kinds', () => {
  it('maps every status to its kind and retryability', () => {
    const table: [number, MastraErrorKind, boolean][] = [
      [400, 'bad-request', false],
      [401, 'authentication', false],
      [403, 'permission', false],
      [404, 'not-found', false],
      [408, 'timeout', true],
      [409, 'conflict', false],
      [413, 'payload-too-large', false],
      [422, 'unprocessable', false],
      [429, 'rate-limit', true],
      [500, 'server', true],
      [501, 'unsupported', false],
      [502, 'server', true],
      [503, 'server', true],
      [504, 'server', true],
      [505, 'server', false],
      [418, 'unknown', false],
      [302, 'unknown', false],
    ];
    for (const [status, kind, retryable] of table) {
      const error = api(status);
      expect({ status, kind: error.kind, retryable: error.retryable }).toEqual({ status, kind, retryable });
    }
  });

  it('only a MODEL_NOT_ALLOWED 422 is a model-policy error; other 422s are unprocessable', () => {
    const policy = api(422, { error: { code: 'MODEL_NOT_ALLOWED', message: 'no', allowed: [] } });
    expect(policy).toBeInstanceOf(ModelNotAllowedError);
    expect(policy.kind).toBe('model-not-allowed');
    const other = api(422, { error: 'Unprocessable' });
    expect(other).toBeInstanceOf(UnprocessableEntityError);
    expect(other).not.toBeInstanceOf(ModelNotAllowedError);
    expect(other.kind).toBe('unprocessable');
  });

  it('bad-request and conflict are not retryable', () => {
    expect(api(400)).toBeInstanceOf(BadRequestError);
    expect(api(409)).toBeInstanceOf(ConflictError);
    expect(isRetryableError(api(400))).toBe(false);
    expect(isRetryableError(api(409))).toBe(false);
    expect(isRetryableError(api(503))).toBe(true);
  });

  it('non-HTTP SDK errors carry their kind', () => {
    const cases: [MastraClientError, MastraErrorKind, boolean][] = [
      [new APIConnectionError(), 'connection', true],
      [new APIConnectionTimeoutError(), 'timeout', true],
      [new APIUserAbortError(), 'aborted', false],
      [new RequestValidationError({ path: '/x', issues: [] }), 'request-validation', false],
      [new ResponseValidationError({ path: '/x', issues: [], body: null }), 'response-validation', false],
      [
        new ToolExecutionError({ toolId: 't', message: 'bad', validationErrors: {}, body: {} }),
        'tool-execution',
        false,
      ],
      [new MastraClientError('plain'), 'unknown', false],
      [new InternalServerError({ status: 500, body: null }), 'server', true],
      [new NotFoundError({ status: 404, body: null }), 'not-found', false],
    ];
    for (const [error, kind, retryable] of cases) {
      expect({ name: error.name, kind: error.kind, retryable: error.retryable }).toEqual({
        name: error.name,
        kind,
        retryable,
      });
      expect(errorKindOf(error)).toBe(kind);
      expect(isRetryableError(error)).toBe(retryable);
    }
  });

  it('x-should-retry: false makes a retryable status non-retryable', () => {
    expect(api(503, {}, { 'x-should-retry': 'false' }).retryable).toBe(false);
    expect(api(400, {}, { 'x-should-retry': 'true' }).retryable).toBe(false);
  });

  it('errorKindOf / isRetryableError duck-type, so a second copy of the SDK is understood', () => {
    const foreign = Object.assign(new Error('from another copy'), { kind: 'rate-limit', retryable: true });
    expect(errorKindOf(foreign)).toBe('rate-limit');
    expect(isRetryableError(foreign)).toBe(true);
    expect(errorKindOf({ kind: 'not-found', retryable: false })).toBe('not-found');
    // Not SDK errors: no kind, an unknown kind, or no boolean retryable.
    expect(errorKindOf(new TypeError('fetch failed'))).toBeUndefined();
    expect(errorKindOf({ kind: 'teapot', retryable: false })).toBeUndefined();
    expect(errorKindOf({ kind: 'server' })).toBeUndefined();
    expect(errorKindOf(null)).toBeUndefined();
    expect(errorKindOf('server')).toBeUndefined();
    expect(isRetryableError({ kind: 'server', retryable: 'yes' })).toBe(false);
  });

  it('MASTRA_ERROR_KINDS lists every kind exactly once', () => {
    expect(new Set(MASTRA_ERROR_KINDS).size).toBe(MASTRA_ERROR_KINDS.length);
    expect(MASTRA_ERROR_KINDS).toHaveLength(18);
    expect(Object.isFrozen(MASTRA_ERROR_KINDS)).toBe(true);
    expectTypeOf(MASTRA_ERROR_KINDS).toEqualTypeOf<readonly MastraErrorKind[]>();
    expectTypeOf<MastraClientError['kind']>().toEqualTypeOf<MastraErrorKind>();
    expectTypeOf<MastraClientError['retryable']>().toEqualTypeOf<boolean>();
    expectTypeOf(errorKindOf).returns.toEqualTypeOf<MastraErrorKind | undefined>();
  });
});
