import { describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';
import { MastraClient } from './client.js';
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  MastraClientError,
  ModelNotAllowedError,
  NotFoundError,
  PayloadTooLargeError,
  PermissionDeniedError,
  RateLimitError,
  RequestTimeoutError,
  RequestValidationError,
  ResponseValidationError,
  UnprocessableEntityError,
} from './core/errors.js';
import { chunkedBody, json, mockFetch } from './testing/mock-fetch.js';

const BASE = 'http://mastra.test:4111';
const make = (
  fetch: ReturnType<typeof mockFetch>,
  extra: Partial<ConstructorParameters<typeof MastraClient>[0]> = {},
) => new MastraClient({ baseUrl: BASE, fetch, retryDelay: 1, maxRetryDelay: 2, ...extra });

describe('construction', () => {
  it('needs an absolute http(s) baseUrl', () => {
    expect(() => new MastraClient({ baseUrl: 'localhost:4111' })).toThrow(MastraClientError);
  });
  it('normalises trailing slashes and the api prefix', async () => {
    const fetch = mockFetch(() => json({ success: true }));
    const client = make(fetch, { baseUrl: `${BASE}///`, apiPrefix: 'v2/' });
    await client.system.packages().catch(() => undefined);
    expect(fetch.calls[0]!.url.href).toBe(`${BASE}/v2/system/packages`);
    await client.system.health();
    expect(fetch.calls[1]!.url.href).toBe(`${BASE}/health`);
  });
  it('withOptions returns a configured copy and leaves the original alone', () => {
    const client = new MastraClient({ baseUrl: BASE, timeout: 10 });
    const copy = client.withOptions({ timeout: 99 });
    expect(copy.timeout).toBe(99);
    expect(copy.baseUrl).toBe(BASE);
    expect(client.timeout).toBe(10);
  });
});

describe('headers and credentials', () => {
  it('merges static headers, getHeaders (per attempt) and per-call headers; null removes', async () => {
    let n = 0;
    const fetch = mockFetch(() => json({ success: true }));
    const client = make(fetch, {
      headers: { authorization: 'Bearer static', 'x-a': '1', 'x-drop': 'y' },
      getHeaders: async () => ({ authorization: `Bearer dynamic-${++n}` }),
      credentials: 'include',
    });
    await client.system.health({ headers: { 'x-b': '2', 'x-drop': null } });
    const { headers } = fetch.calls[0]!;
    expect(headers.get('authorization')).toBe('Bearer dynamic-1');
    expect(headers.get('x-a')).toBe('1');
    expect(headers.get('x-b')).toBe('2');
    expect(headers.has('x-drop')).toBe(false);
  });

  it('getHeaders runs again before every retry, so a refreshed token is used on the next attempt', async () => {
    let n = 0;
    const fetch = mockFetch((_req, attempt) =>
      attempt < 3 ? json({ error: 'busy' }, 503) : json({ success: true }),
    );
    const client = make(fetch, {
      maxRetries: 2,
      getHeaders: async () => ({ authorization: `Bearer token-${++n}` }),
    });
    await client.get('/x');
    expect(fetch.calls.map((c) => c.headers.get('authorization'))).toEqual([
      'Bearer token-1',
      'Bearer token-2',
      'Bearer token-3',
    ]);
  });

  it('a failing getHeaders or an unserialisable body is a MastraClientError, never retried', async () => {
    const fetch = mockFetch(() => json({}));
    const client = make(fetch, {
      maxRetries: 3,
      getHeaders: () => {
        throw new Error('refresh failed');
      },
    });
    const error = await client.get('/x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MastraClientError);
    expect(error).not.toBeInstanceOf(APIConnectionError);
    expect((error as Error).message).toContain('refresh failed');
    const circular: Record<string, unknown> = {};
    circular['self'] = circular;
    await expect(make(fetch).post('/x', { body: circular })).rejects.toBeInstanceOf(MastraClientError);
    expect(fetch.calls).toHaveLength(0);
  });

  it('passes the credentials mode to fetch', async () => {
    let seen: RequestCredentials | undefined;
    const client = new MastraClient({
      baseUrl: BASE,
      credentials: 'include',
      fetch: async (_url, init) => {
        seen = init.credentials;
        return json({ success: true });
      },
    });
    await client.system.health();
    expect(seen).toBe('include');
  });

  it('never puts a token in the URL', () => {
    const client = make(mockFetch(() => json({})));
    expect(() => client.buildUrl('/agents', { apiKey: 'secret' })).toThrow(MastraClientError);
  });

  it('sends JSON bodies with a content type', async () => {
    const fetch = mockFetch(() => json({ success: true }));
    await make(fetch).post('/x', { body: { a: 1 } });
    expect(fetch.calls[0]!.headers.get('content-type')).toBe('application/json');
    expect(fetch.calls[0]!.body).toEqual({ a: 1 });
  });
});

describe('error mapping', () => {
  const cases: [number, unknown, new (...args: never[]) => APIError][] = [
    [
      400,
      { error: 'Invalid request body', issues: [{ field: 'name', message: 'Required' }] },
      BadRequestError,
    ],
    [401, { error: 'Invalid or expired token' }, AuthenticationError],
    [
      403,
      { error: 'Forbidden', message: 'Missing required permission: stored-agents:publish' },
      PermissionDeniedError,
    ],
    [404, { error: 'Not found' }, NotFoundError],
    [408, { error: 'timeout' }, RequestTimeoutError],
    [409, { error: 'Agent with id a already exists' }, ConflictError],
    [413, { error: 'too large' }, PayloadTooLargeError],
    [
      422,
      { error: { code: 'MODEL_NOT_ALLOWED', message: 'no', allowed: [1], attempted: 2 } },
      ModelNotAllowedError,
    ],
    [422, { error: 'other' }, UnprocessableEntityError],
    [429, { error: 'slow down' }, RateLimitError],
    [500, { error: 'boom' }, InternalServerError],
    [503, 'plain text', InternalServerError],
    [418, null, APIError],
  ];
  it.each(cases)('%i maps to the right class', async (status, body, cls) => {
    const fetch = mockFetch(() =>
      typeof body === 'string' ? new Response(body, { status }) : json(body, status),
    );
    const error = await make(fetch, { maxRetries: 0 })
      .get('/thing')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(cls);
    expect(error).toBeInstanceOf(MastraClientError);
    expect((error as APIError).status).toBe(status);
    expect((error as APIError).path).toBe('/thing');
    expect((error as APIError).body).toEqual(body);
  });

  it('400 exposes field issues', async () => {
    const error = (await make(
      mockFetch(() => json({ error: 'Invalid', issues: [{ field: 'a', message: 'b' }] }, 400)),
    )
      .get('/x')
      .catch((e: unknown) => e)) as BadRequestError;
    expect(error.issues).toEqual([{ field: 'a', message: 'b' }]);
  });

  it('403 parses the missing permission, including any-of lists', async () => {
    const error = (await make(
      mockFetch(() =>
        json(
          {
            error: 'Forbidden',
            message: 'Missing required permission: workflows:write or workflows:execute',
          },
          403,
        ),
      ),
    )
      .get('/x')
      .catch((e: unknown) => e)) as PermissionDeniedError;
    expect(error.permission).toBe('workflows:write');
    expect(error.permissions).toEqual(['workflows:write', 'workflows:execute']);
    expect(error.message).toContain('Missing required permission');
  });

  it('403 without a permission message leaves permission undefined', async () => {
    const error = (await make(mockFetch(() => json({ error: 'Forbidden' }, 403)))
      .get('/x')
      .catch((e: unknown) => e)) as PermissionDeniedError;
    expect(error.permission).toBeUndefined();
  });

  it('422 MODEL_NOT_ALLOWED carries allowed and attempted', async () => {
    const error = (await make(
      mockFetch(() =>
        json(
          {
            error: {
              code: 'MODEL_NOT_ALLOWED',
              message: 'x',
              allowed: ['a'],
              attempted: 'b',
              offendingLabel: 'fallback #1',
            },
          },
          422,
        ),
      ),
    )
      .post('/x')
      .catch((e: unknown) => e)) as ModelNotAllowedError;
    expect(error.allowed).toEqual(['a']);
    expect(error.attempted).toBe('b');
    expect(error.offendingLabel).toBe('fallback #1');
    expect(error.message).toContain('x');
  });

  it('records x-request-id', async () => {
    const error = (await make(mockFetch(() => json({ error: 'no' }, 404, { 'x-request-id': 'req-1' })))
      .get('/x')
      .catch((e: unknown) => e)) as APIError;
    expect(error.requestId).toBe('req-1');
  });
});

describe('validation', () => {
  const schema = z.looseObject({ id: z.string(), at: z.coerce.date() });

  it('parses leniently: unknown fields pass, dates are coerced', async () => {
    const result = await make(
      mockFetch(() => json({ id: 'a', at: '2026-01-01T00:00:00.000Z', extra: 1 })),
    ).get('/x', {
      schema,
    });
    expect(result.at).toBeInstanceOf(Date);
    expect(result['extra']).toBe(1);
  });

  it('a misfit raises ResponseValidationError with path and issues', async () => {
    const error = (await make(mockFetch(() => json({ id: 1 })))
      .get('/things/1', { schema })
      .catch((e: unknown) => e)) as ResponseValidationError;
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(error.path).toBe('/things/1');
    expect(error.issues.map((i) => i.path.join('.'))).toContain('id');
    expect(error.body).toEqual({ id: 1 });
  });

  it('validate: false returns the raw body instead of throwing (client and per call)', async () => {
    const fetch = mockFetch(() => json({ id: 1 }));
    expect(await make(fetch, { validate: false }).get('/x', { schema })).toEqual({ id: 1 });
    expect(await make(fetch).get('/x', { schema, options: { validate: false } })).toEqual({ id: 1 });
  });

  it('a validation failure is never retried', async () => {
    const fetch = mockFetch(() => json({ id: 1 }));
    await make(fetch, { maxRetries: 3 })
      .get('/x', { schema })
      .catch(() => undefined);
    expect(fetch.calls).toHaveLength(1);
  });
});

describe('retries', () => {
  it('retries idempotent requests on 5xx, 408 and 429, then succeeds', async () => {
    const statuses = [503, 408, 429];
    const fetch = mockFetch((_req, attempt) =>
      attempt <= statuses.length ? json({ error: 'x' }, statuses[attempt - 1]!) : json({ ok: true }),
    );
    expect(await make(fetch, { maxRetries: 3 }).get('/x')).toEqual({ ok: true });
    expect(fetch.calls).toHaveLength(4);
  });

  it('gives up after maxRetries with the last error', async () => {
    const fetch = mockFetch(() => json({ error: 'x' }, 502));
    await expect(make(fetch, { maxRetries: 2 }).get('/x')).rejects.toBeInstanceOf(InternalServerError);
    expect(fetch.calls).toHaveLength(3);
  });

  it('never retries other 4xx', async () => {
    const fetch = mockFetch(() => json({ error: 'x' }, 404));
    await expect(make(fetch, { maxRetries: 3 }).get('/x')).rejects.toBeInstanceOf(NotFoundError);
    expect(fetch.calls).toHaveLength(1);
  });

  it('never retries a POST unless marked idempotent', async () => {
    const fetch = mockFetch(() => json({ error: 'x' }, 503));
    await expect(make(fetch, { maxRetries: 3 }).post('/x')).rejects.toBeInstanceOf(InternalServerError);
    expect(fetch.calls).toHaveLength(1);
    const fetch2 = mockFetch((_r, attempt) => (attempt === 1 ? json({ error: 'x' }, 503) : json({ ok: 1 })));
    expect(await make(fetch2).post('/x', { options: { idempotent: true } })).toEqual({ ok: 1 });
    expect(fetch2.calls).toHaveLength(2);
  });

  it('per-call maxRetries overrides the client', async () => {
    const fetch = mockFetch(() => json({ error: 'x' }, 500));
    await make(fetch, { maxRetries: 5 })
      .get('/x', { options: { maxRetries: 1 } })
      .catch(() => undefined);
    expect(fetch.calls).toHaveLength(2);
  });

  it('x-should-retry: false vetoes a retry; true cannot make a 400 retryable (retries follow error.retryable)', async () => {
    const no = mockFetch(() => json({ error: 'x' }, 500, { 'x-should-retry': 'false' }));
    const vetoed = await make(no, { maxRetries: 2 })
      .get('/x')
      .catch((e: unknown) => e);
    expect(no.calls).toHaveLength(1);
    expect(vetoed).toMatchObject({ kind: 'server', retryable: false });
    const yes = mockFetch((_r, a) =>
      a === 1 ? json({ error: 'x' }, 400, { 'x-should-retry': 'true' }) : json(1),
    );
    await expect(make(yes).get('/x')).rejects.toMatchObject({ kind: 'bad-request', retryable: false });
    expect(yes.calls).toHaveLength(1);
  });

  it('retries exactly the statuses whose error is retryable', async () => {
    for (const status of [400, 401, 403, 404, 408, 409, 413, 422, 429, 500, 501, 502, 503, 504, 505]) {
      const fetch = mockFetch(() => json({ error: 'x' }, status, { 'retry-after': '0' }));
      const error = (await make(fetch, { maxRetries: 1 })
        .get('/x')
        .catch((e: unknown) => e)) as APIError;
      expect(error.status).toBe(status);
      expect(fetch.calls.length, `status ${status}`).toBe(error.retryable ? 2 : 1);
      expect(error.retryable, `status ${status}`).toBe([408, 429, 500, 502, 503, 504].includes(status));
    }
  });

  it('honours Retry-After instead of the (here: enormous) backoff', async () => {
    const fetch = mockFetch((_r, a) =>
      a === 1 ? json({ error: 'x' }, 429, { 'retry-after': '0' }) : json({ ok: 1 }),
    );
    const client = make(fetch, { retryDelay: 600_000, maxRetryDelay: 600_000 });
    expect(await client.get('/x')).toEqual({ ok: 1 });
  });

  it('a Retry-After beyond 60 s stops the retries and throws RateLimitError with retryAfterMs', async () => {
    const cases: [Record<string, string>, number][] = [
      [{ 'retry-after': '120' }, 120_000],
      [{ 'retry-after-ms': '90000' }, 90_000],
    ];
    for (const [headers, expected] of cases) {
      const fetch = mockFetch(() => json({ error: 'slow down' }, 429, headers));
      const error = await make(fetch, { maxRetries: 3 })
        .get('/x')
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RateLimitError);
      expect((error as RateLimitError).retryAfterMs).toBe(expected);
      expect(fetch.calls).toHaveLength(1);
    }
    // A short one is still waited out and retried, and the error it would have thrown carries the value too.
    const short = mockFetch(() => json({ error: 'x' }, 429, { 'retry-after': '0' }));
    const last = await make(short, { maxRetries: 1 })
      .get('/x')
      .catch((e: unknown) => e);
    expect(short.calls).toHaveLength(2);
    expect((last as RateLimitError).retryAfterMs).toBe(0);
  });

  it('retries connection errors and maps the last one to APIConnectionError', async () => {
    const fetch = mockFetch(() => {
      throw new TypeError('fetch failed');
    });
    const error = await make(fetch, { maxRetries: 2 })
      .get('/x')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(fetch.calls).toHaveLength(3);
  });

  it('a stream request is not retried once the response arrived, even when idempotent', async () => {
    const enc = new TextEncoder();
    const fetch = mockFetch(
      () =>
        new Response(chunkedBody([enc.encode('data: {"type":"start"}\n\n')], { failAfter: true }), {
          status: 200,
        }),
    );
    const stream = await make(fetch, { maxRetries: 3 }).stream(
      { method: 'POST', path: '/s', options: { idempotent: true } },
      'sse',
    );
    const seen: unknown[] = [];
    const error = await (async () => {
      for await (const chunk of stream) seen.push(chunk);
    })().catch((e: unknown) => e);
    expect(seen).toEqual([{ type: 'start' }]);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(fetch.calls).toHaveLength(1);
  });
});

describe('timeouts and aborts', () => {
  const hanging = () =>
    mockFetch(
      (req) =>
        new Promise<Response>((_resolve, reject) => {
          if (req.signal?.aborted) reject(new DOMException('aborted', 'AbortError'));
          req.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
        }),
    );

  it('times out with APIConnectionTimeoutError (retried, then thrown)', async () => {
    const fetch = hanging();
    const error = await make(fetch, { timeout: 5, maxRetries: 1 })
      .get('/x')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIConnectionTimeoutError);
    expect(fetch.calls).toHaveLength(2);
  });

  it('a per-call timeout overrides the client one (and its message names it)', async () => {
    const fetch = hanging();
    // The client would wait a minute; the call gives up after 5 ms.
    const client = make(fetch, { timeout: 60_000, maxRetries: 0 });
    const error = await client.get('/x', { options: { timeout: 5 } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIConnectionTimeoutError);
    expect((error as Error).message).toContain('5 ms');
    expect(fetch.calls).toHaveLength(1);
  });

  it('an abort through signal is APIUserAbortError and is not retried', async () => {
    const fetch = hanging();
    const controller = new AbortController();
    const pending = make(fetch, { maxRetries: 3 }).get('/x', { options: { signal: controller.signal } });
    await vi.waitFor(() => expect(fetch.calls).toHaveLength(1));
    controller.abort();
    await expect(pending).rejects.toBeInstanceOf(APIUserAbortError);
    expect(fetch.calls).toHaveLength(1);
  });

  it('an already aborted signal fails before any request', async () => {
    const fetch = hanging();
    const controller = new AbortController();
    controller.abort();
    await expect(make(fetch).get('/x', { options: { signal: controller.signal } })).rejects.toBeInstanceOf(
      APIUserAbortError,
    );
    expect(fetch.calls).toHaveLength(0);
  });

  it('aborting during the retry wait stops the retries', async () => {
    const fetch = mockFetch(() => json({ error: 'x' }, 503));
    const controller = new AbortController();
    const pending = make(fetch, { retryDelay: 600_000, maxRetryDelay: 600_000 }).get('/x', {
      options: { signal: controller.signal },
    });
    await new Promise((r) => setTimeout(r, 0));
    controller.abort();
    await expect(pending).rejects.toBeInstanceOf(APIUserAbortError);
    expect(fetch.calls).toHaveLength(1);
  });

  it('aborting an open stream ends iteration with APIUserAbortError', async () => {
    const controller = new AbortController();
    const fetch = mockFetch(
      (req) =>
        new Response(
          new ReadableStream<Uint8Array>({
            start(c) {
              c.enqueue(new TextEncoder().encode('data: {"type":"start"}\n\n'));
              req.signal?.addEventListener('abort', () => c.error(new DOMException('aborted', 'AbortError')));
            },
          }),
        ),
    );
    const stream = await make(fetch).stream(
      { method: 'POST', path: '/s', options: { signal: controller.signal } },
      'sse',
    );
    const iterator = stream[Symbol.asyncIterator]();
    expect(await iterator.next()).toEqual({ done: false, value: { type: 'start' } });
    controller.abort();
    await expect(iterator.next()).rejects.toBeInstanceOf(APIUserAbortError);
  });

  it('a stream request that fails before the body rejects with the mapped error', async () => {
    const fetch = mockFetch(() =>
      json({ error: 'Forbidden', message: 'Missing required permission: agents:execute' }, 403),
    );
    const error = await make(fetch)
      .stream({ method: 'POST', path: '/s' }, 'sse')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PermissionDeniedError);
  });
});

describe('never a plain Error', () => {
  it('every id-taking method rejects (never throws synchronously) with RequestValidationError, sending nothing', async () => {
    const fetch = mockFetch(() => json({}));
    const client = new MastraClient({ baseUrl: 'http://mastra.test', fetch, maxRetries: 0 });
    const calls: [string, () => Promise<unknown>][] = [
      ['agents.retrieve', () => client.agents.retrieve('')],
      ['agents.retrieveTool', () => client.agents.retrieveTool('a', '..')],
      ['agents.executeTool', () => client.agents.executeTool('.', 't', { data: {} })],
      ['tools.retrieve', () => client.tools.retrieve('')],
      ['tools.execute', () => client.tools.execute('', { data: {} })],
      ['workflows.retrieve', () => client.workflows.retrieve('')],
      ['workflows.cancel', () => client.workflows.cancel('wf', '')],
      ['workflows.deleteRun', () => client.workflows.deleteRun('..', 'r')],
      ['workflows.retrieveRun', () => client.workflows.retrieveRun('wf', '.')],
      ['storedAgents.retrieve', () => client.storedAgents.retrieve('')],
      ['storedAgents.delete', () => client.storedAgents.delete('')],
      ['storedAgents.dependents', () => client.storedAgents.dependents('..')],
      ['versions.retrieve', () => client.storedAgents.versions.retrieve('a', '')],
      ['versions.activate', () => client.storedAgents.versions.activate('', 'v')],
      ['versions.restore', () => client.storedAgents.versions.restore('a', '.')],
      ['versions.delete', () => client.storedAgents.versions.delete('a', '')],
      ['observability.retrieveSpan', () => client.observability.retrieveSpan('t', '')],
      ['observability.trajectory', () => client.observability.trajectory('')],
      ['auth.rolePermissions', () => client.auth.rolePermissions('..')],
    ];
    for (const [name, call] of calls) {
      let promise: Promise<unknown> | undefined;
      expect(() => {
        promise = call();
      }, name).not.toThrow();
      const error = await promise?.catch((e: unknown) => e);
      expect(error, name).toBeInstanceOf(RequestValidationError);
    }
    expect(fetch.calls).toHaveLength(0);
  });

  it('a request context or query object JSON cannot encode rejects with RequestValidationError', async () => {
    const fetch = mockFetch(() => json({}));
    const client = new MastraClient({ baseUrl: 'http://mastra.test', fetch, maxRetries: 0 });
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    const context = await client.agents.list({ requestContext: circular }).catch((e: unknown) => e);
    expect(context).toBeInstanceOf(RequestValidationError);
    expect((context as RequestValidationError).path).toBe('/agents');
    const query = await client.get('/x', { query: { filter: { n: 1n } } }).catch((e: unknown) => e);
    expect(query).toBeInstanceOf(RequestValidationError);
    expect((query as RequestValidationError).issues[0]?.path).toEqual(['filter']);
    expect(fetch.calls).toHaveLength(0);
  });
});
