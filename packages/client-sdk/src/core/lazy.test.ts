import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MastraCore } from '../core-client.js';
import { collect, json, mockFetch } from '../testing/mock-fetch.js';
import { records, superjson } from '../testing/routes.js';
import { APIConnectionError, errorKindOf, isRetryableError } from './errors.js';
import { lazyImpl } from './lazy.js';
import type { ImplContext, ResourceImpl } from './lazy.js';

/** A promise settled from outside, to hold a load open while more calls arrive. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** A stand-in for a resource class: only its async methods matter to the loader. */
interface Echo {
  say(word: string, times?: number): Promise<string>;
}

const client = { baseUrl: 'http://mastra.test' } as MastraCore;

describe('lazyImpl', () => {
  it('concurrent first calls share one load, later calls reuse it, and each body sees its client and resource', async () => {
    const seen: ImplContext<Echo>[] = [];
    const impl: ResourceImpl<Echo> = {
      async say(word, times = 1) {
        seen.push(this);
        return word.repeat(times);
      },
    };
    const load = deferred<ResourceImpl<Echo>>();
    let loads = 0;
    const run = lazyImpl<Echo>('echo', () => {
      loads++;
      return load.promise;
    });
    const a: Echo = { say: (word, times) => run(a, client, 'say', word, times) };
    const b: Echo = { say: (word, times) => run(b, client, 'say', word, times) };

    const pending = Promise.all([a.say('x', 2), a.say('y'), b.say('z', 3)]);
    expect(loads).toBe(1);
    load.resolve(impl);
    expect(await pending).toEqual(['xx', 'y', 'zzz']);
    expect(await b.say('w')).toBe('w');
    expect(loads).toBe(1);
    expect(seen.map((ctx) => [ctx.client, ctx.resource])).toEqual([
      [client, a],
      [client, a],
      [client, b],
      [client, b],
    ]);
  });

  it('a failed load rejects every waiting call with a retryable APIConnectionError, and the next call loads again', async () => {
    const cause = new TypeError('Failed to fetch dynamically imported module: /assets/echo-impl.js');
    const first = deferred<ResourceImpl<Echo>>();
    const loaders = [() => first.promise, async () => ({ say: async (word: string) => word })];
    let loads = 0;
    const run = lazyImpl<Echo>('echo', () => loaders[loads++]!());
    const echo: Echo = { say: (word, times) => run(echo, client, 'say', word, times) };

    const waiting = [echo.say('a'), echo.say('b')].map((p) => p.catch((error: unknown) => error));
    first.reject(cause);
    const [e1, e2] = await Promise.all(waiting);
    expect(e1).toBeInstanceOf(APIConnectionError);
    expect(e2).toBe(e1);
    const error = e1 as APIConnectionError;
    expect(error.kind).toBe('connection');
    expect(error.retryable).toBe(true);
    expect(errorKindOf(error)).toBe('connection');
    expect(isRetryableError(error)).toBe(true);
    expect(error.cause).toBe(cause);
    expect(error.message).toBe(
      "Could not load the SDK's echo code (a separately loaded chunk): Failed to fetch dynamically imported module: /assets/echo-impl.js",
    );
    expect(loads).toBe(1);

    expect(await echo.say('again')).toBe('again');
    expect(loads).toBe(2);
  });
});

// Through `MastraClient`, with the module graph re-imported per test so that every lazy loader starts cold and
// `vi.doMock` can stand in for the chunk a host's bundler would emit for `resources/impls.ts`.
describe('MastraClient resources that load on first call', () => {
  const IMPL = '../resources/impls.js';
  const schema = { type: 'object', properties: { n: { type: 'number' } } };
  const workflow = { name: 'wf', steps: {}, stepGraph: [], inputSchema: superjson(schema) };
  /** Modules of the SDK as a host would import them, fresh for this test. */
  const freshSdk = () => import('../index.js');

  beforeEach(() => {
    vi.resetModules();
  });
  afterEach(() => {
    vi.doUnmock(IMPL);
  });

  it('loads a resource with its first call, not before; the call works as before', async () => {
    const loaded: string[] = [];
    vi.doMock(IMPL, async (importOriginal) => {
      loaded.push('impls');
      return importOriginal();
    });
    const { MastraClient, Workflows } = await freshSdk();
    const fetch = mockFetch((req) =>
      req.url.pathname === '/api/workflows'
        ? json({ wf: workflow })
        : records([{ type: 'workflow-finish', payload: { workflowStatus: 'success' } }]),
    );
    const client = new MastraClient({ baseUrl: 'http://mastra.test', fetch });

    expect(client.workflows).toBeInstanceOf(Workflows);
    // The reconnecting stream is returned synchronously, before anything loaded.
    const events = client.workflows.streamWithReconnect('wf', 'r1', { inputData: {} });
    expect(loaded).toEqual([]);
    expect(fetch.calls).toHaveLength(0);

    const list = await client.workflows.list();
    expect(list['wf']?.inputSchema).toEqual(schema); // decoded by the lazily loaded schema
    expect(loaded).toEqual(['impls']);
    expect((await collect(events)).map((e) => e.type)).toEqual(['workflow-finish']);
    expect(fetch.calls.map((c) => `${c.method} ${c.url.pathname}`)).toEqual([
      'GET /api/workflows',
      'POST /api/workflows/wf/stream',
    ]);
  });

  it('a chunk that fails to load rejects the call with a typed, retryable error before anything is sent; the next call loads again', async () => {
    vi.doMock(IMPL, () => {
      throw new TypeError('Failed to fetch dynamically imported module: /assets/impls.js');
    });
    const sdk = await freshSdk();
    const fetch = mockFetch(() => json({ wf: workflow }));
    const client = new sdk.MastraClient({ baseUrl: 'http://mastra.test', fetch });

    const error = await client.workflows.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(sdk.APIConnectionError);
    expect(error).toBeInstanceOf(sdk.MastraClientError);
    expect(sdk.errorKindOf(error)).toBe('connection');
    expect(sdk.isRetryableError(error)).toBe(true);
    expect((error as Error).message).toMatch(/^Could not load the SDK's workflows code/);
    expect((error as Error).cause).toBeDefined();
    // A reconnecting stream fails the same way when iterated, without trying to re-attach.
    const streamed = await collect(client.workflows.streamWithReconnect('wf', 'r1')).catch((e: unknown) => e);
    expect(sdk.errorKindOf(streamed)).toBe('connection');
    expect(fetch.calls).toHaveLength(0);

    vi.doUnmock(IMPL);
    expect((await client.workflows.list())['wf']?.inputSchema).toEqual(schema);
    expect(fetch.calls).toHaveLength(1);
  });

  it('concurrent first calls from several clients all succeed, each sending its own request once', async () => {
    let loads = 0;
    vi.doMock(IMPL, async (importOriginal) => {
      loads++;
      return importOriginal();
    });
    const { MastraClient } = await freshSdk();
    const fetch = mockFetch((req) =>
      json(req.url.pathname === '/api/workflows' ? { wf: workflow } : workflow),
    );
    const one = new MastraClient({ baseUrl: 'http://mastra.test', fetch });
    const two = one.withOptions({ headers: { authorization: 'Bearer two' } });

    const [list, retrieved, other] = await Promise.all([
      one.workflows.list(),
      one.workflows.retrieve('wf'),
      two.workflows.list(),
    ]);
    expect(list['wf']?.inputSchema).toEqual(schema);
    expect(retrieved.inputSchema).toEqual(schema);
    expect(other).toEqual(list);
    expect(loads).toBe(1);
    expect(fetch.calls.map((c) => [c.url.pathname, c.headers.get('authorization')])).toEqual([
      ['/api/workflows', null],
      ['/api/workflows/wf', null],
      ['/api/workflows', 'Bearer two'],
    ]);
  });
});
