import { describe, expect, it } from 'vitest';
import { MastraClientError, RequestValidationError } from '../core/errors.js';
import { mergeHeaders } from './headers.js';
import { buildQuery, encodeRequestContext, path, requestContextQuery } from './path.js';
import { backoffDelayMs, requestedRetryAfterMs, retryAfterMs, sleep } from './retry.js';

describe('path', () => {
  it('encodes every parameter', () => {
    expect(path`/agents/${'a/b?c#d e'}/tools/${'ü'}`).toBe('/agents/a%2Fb%3Fc%23d%20e/tools/%C3%BC');
    expect(path`/runs/${42}`).toBe('/runs/42');
  });
  it('refuses empty, "." and ".." segments with a RequestValidationError naming the route pattern', () => {
    for (const bad of ['', '.', '..']) {
      let caught: unknown;
      try {
        void path`/agents/${'a1'}/tools/${bad}/execute`;
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(RequestValidationError);
      expect(caught).toBeInstanceOf(MastraClientError);
      expect((caught as RequestValidationError).path).toBe('/agents/:1/tools/:2/execute');
      expect((caught as RequestValidationError).issues[0]?.path).toEqual([1]);
    }
  });
});

describe('buildQuery', () => {
  it('drops nullish values, repeats arrays, JSON-encodes objects, ISO-encodes dates', () => {
    const q = buildQuery({
      a: 1,
      b: undefined,
      c: null,
      d: ['x', 'y'],
      e: { field: 'createdAt' },
      f: new Date('2026-01-01T00:00:00.000Z'),
      g: false,
    });
    expect(q).toBe(
      '?a=1&d=x&d=y&e=%7B%22field%22%3A%22createdAt%22%7D&f=2026-01-01T00%3A00%3A00.000Z&g=false',
    );
    expect(buildQuery({})).toBe('');
    expect(buildQuery(undefined)).toBe('');
  });
});

describe('request context', () => {
  it('refuses a context JSON cannot encode with a RequestValidationError for the route', () => {
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    for (const context of [circular, { n: 1n }]) {
      const error = (() => {
        try {
          return requestContextQuery(context, '/agents');
        } catch (e) {
          return e;
        }
      })();
      expect(error).toBeInstanceOf(RequestValidationError);
      expect((error as RequestValidationError).path).toBe('/agents');
      expect((error as RequestValidationError).issues[0]?.path).toEqual(['requestContext']);
    }
  });

  it('is base64 of UTF-8 JSON', () => {
    const encoded = encodeRequestContext({ user: 'Zoë', n: 1 });
    const bytes = Uint8Array.from(atob(encoded), (c) => c.charCodeAt(0));
    expect(JSON.parse(new TextDecoder().decode(bytes))).toEqual({ user: 'Zoë', n: 1 });
    expect(requestContextQuery(undefined)).toBeUndefined();
    expect(requestContextQuery({ a: 1 })).toEqual({ requestContext: encodeRequestContext({ a: 1 }) });
  });
});

describe('headers', () => {
  it('merges left to right, null deletes, accepts Headers and tuples', () => {
    const h = mergeHeaders({ a: '1', b: '2' }, new Headers({ c: '3' }), [['a', '9']], {
      b: null,
      d: undefined,
    });
    expect(Object.fromEntries(h.entries())).toEqual({ a: '9', c: '3' });
  });
});

describe('retry policy', () => {
  it('Retry-After in ms, seconds and HTTP date; absurd values ignored', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(retryAfterMs(new Headers({ 'retry-after-ms': '250' }), now)).toBe(250);
    expect(retryAfterMs(new Headers({ 'retry-after': '2' }), now)).toBe(2000);
    expect(retryAfterMs(new Headers({ 'retry-after': 'Thu, 01 Jan 2026 00:00:03 GMT' }), now)).toBe(3000);
    expect(retryAfterMs(new Headers({ 'retry-after': 'Wed, 31 Dec 2025 00:00:00 GMT' }), now)).toBe(0);
    expect(retryAfterMs(new Headers({ 'retry-after': '3600' }), now)).toBeUndefined();
    expect(retryAfterMs(new Headers({ 'retry-after': 'soon' }), now)).toBeUndefined();
    expect(retryAfterMs(new Headers(), now)).toBeUndefined();
    expect(retryAfterMs(undefined)).toBeUndefined();
    // The uncapped reading is what the client compares with the cap before giving up on retries.
    expect(requestedRetryAfterMs(new Headers({ 'retry-after': '3600' }), now)).toBe(3_600_000);
    expect(requestedRetryAfterMs(new Headers({ 'retry-after-ms': '90000' }), now)).toBe(90_000);
    expect(requestedRetryAfterMs(new Headers({ 'retry-after': 'soon' }), now)).toBeUndefined();
  });

  it('exponential backoff with up to 25 % jitter, capped', () => {
    expect(backoffDelayMs(1, { random: () => 0 })).toBe(500);
    expect(backoffDelayMs(2, { random: () => 0 })).toBe(1000);
    expect(backoffDelayMs(3, { random: () => 0.999999 })).toBeCloseTo(1500, 0);
    expect(backoffDelayMs(10, { random: () => 0 })).toBe(8000);
    expect(backoffDelayMs(2, { initialDelayMs: 10, maxDelayMs: 15, random: () => 0 })).toBe(15);
  });

  it('sleep rejects as soon as the signal aborts', async () => {
    const controller = new AbortController();
    const pending = sleep(600_000, controller.signal);
    controller.abort(new Error('stop'));
    await expect(pending).rejects.toThrow('stop');
    await expect(sleep(0)).resolves.toBeUndefined();
  });
});

describe('issue messages without a zod locale', () => {
  it('words the common codes and keeps messages the schemas set', async () => {
    const z = await import('zod/mini');
    const { toValidationIssues } = await import('./issues.js');
    const schema = z.object({
      a: z.string(),
      b: z.int().check(z.minimum(1)),
      c: z.string().check(z.maxLength(2)),
      d: z.enum(['x', 'y']),
      e: z.string().check(z.refine((v) => v.trim() !== '', { error: 'Name is required.' })),
    });
    const result = z.safeParse(schema, { a: 1, b: 0, c: 'long', d: 'z', e: ' ' });
    expect(result.success).toBe(false);
    expect(toValidationIssues(result.error!.issues).map((i) => [i.path.join('.'), i.message])).toEqual([
      ['a', 'expected string'],
      ['b', 'must be at least 1'],
      ['c', 'must have at most 2 characters'],
      ['d', 'expected one of "x", "y"'],
      ['e', 'Name is required.'],
    ]);
  });
});
