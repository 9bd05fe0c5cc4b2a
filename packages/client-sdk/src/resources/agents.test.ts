import { describe, expect, it } from 'vitest';
import {
  APIConnectionError,
  NotFoundError,
  RequestValidationError,
  ToolExecutionError,
} from '../core/errors.js';
import { chunkedBody, collect } from '../testing/mock-fetch.js';
import { routeClient, sse, superjson } from '../testing/routes.js';
import { reconnecting } from './agents.js';

const inputSchema = { type: 'object', properties: { q: { type: 'string' } }, required: ['q'] };
const agent = {
  name: 'Helper',
  instructions: 'be nice',
  tools: { search: { id: 'search', description: 'Searches', inputSchema: superjson(inputSchema) } },
  agents: {},
  workflows: {},
  provider: 'mock',
  modelId: 'm1',
  newServerField: { x: 1 },
};

/** The error a call rejects with (the test fails if it resolves). */
const rejection = (promise: Promise<unknown>) =>
  promise.then(
    () => expect.unreachable('the call should have been refused'),
    (error: unknown) => error as RequestValidationError,
  );

describe('agents', () => {
  it('list decodes tool schemas and keeps unknown fields', async () => {
    const { client, last } = routeClient({ 'GET /api/agents': { helper: agent } });
    const agents = await client.agents.list({ partial: true, requestContext: { tenant: 'ü' } });
    expect(agents['helper']?.tools['search']?.inputSchema).toEqual(inputSchema);
    expect(agents['helper']?.['newServerField']).toEqual({ x: 1 });
    const url = last().url;
    expect(url.searchParams.get('partial')).toBe('true');
    const ctx = JSON.parse(
      new TextDecoder().decode(
        Uint8Array.from(atob(url.searchParams.get('requestContext')!), (c) => c.charCodeAt(0)),
      ),
    );
    expect(ctx).toEqual({ tenant: 'ü' });
  });

  it('retrieve encodes the id and passes status / versionId', async () => {
    const { client, last } = routeClient({ 'GET /api/agents/a%2Fb%20c': agent });
    await client.agents.retrieve('a/b c', { status: 'draft' });
    expect(last().url.search).toBe('?status=draft');
    await client.agents.retrieve('a/b c', { versionId: 'v1' });
    expect(last().url.searchParams.get('versionId')).toBe('v1');
  });

  it('retrieve of a missing agent is NotFoundError', async () => {
    const { client } = routeClient({});
    await expect(client.agents.retrieve('nope')).rejects.toBeInstanceOf(NotFoundError);
  });

  it('providers', async () => {
    const { client } = routeClient({
      'GET /api/agents/providers': {
        providers: [{ id: 'mock', name: 'Mock', connected: true, models: ['m1'] }],
      },
    });
    expect((await client.agents.providers()).providers[0]).toMatchObject({ id: 'mock', connected: true });
  });

  it('generate moves versionId into requestContext.agentVersionId', async () => {
    const { client, last } = routeClient({ 'POST /api/agents/x/generate': { text: 'hi', traceId: 't1' } });
    const result = await client.agents.generate('x', {
      messages: 'yo',
      versionId: 'v9',
      requestContext: { a: 1 },
    });
    expect(result.text).toBe('hi');
    expect(last().body).toEqual({ messages: 'yo', requestContext: { a: 1, agentVersionId: 'v9' } });
  });

  it('a known type whose fields misfit arrives as UnknownChunk, never typed and never thrown', async () => {
    const { client } = routeClient({
      'POST /api/agents/x/stream': sse([
        { type: 'text-delta', runId: 'r', payload: { id: '1' } },
        { type: 'tool-call', payload: { toolName: 'n' } },
        { type: 'data-progress', payload: { pct: 5 } },
        { type: 'text-delta', payload: { text: 'ok', extra: true }, future: 1 },
      ]),
    });
    const chunks = await (await client.agents.stream('x', { messages: 'hi' })).toArray();
    expect(chunks.map((c) => c.type)).toEqual(['unknown', 'unknown', 'unknown', 'text-delta']);
    const [misfit, , custom, fits] = chunks;
    expect(misfit).toEqual({
      type: 'unknown',
      originalType: 'text-delta',
      payload: { id: '1' },
      runId: 'r',
      raw: { type: 'text-delta', runId: 'r', payload: { id: '1' } },
    });
    expect(custom?.type === 'unknown' && custom.originalType).toBe('data-progress');
    // Loose schemas keep fields the SDK does not know.
    expect(fits).toMatchObject({ payload: { text: 'ok', extra: true }, future: 1 });
  });

  it('stream yields typed chunks, passes unknown types through and stops at [DONE]', async () => {
    const { client, last } = routeClient({
      'POST /api/agents/x/stream': sse([
        { type: 'start', runId: 'r', payload: {} },
        { type: 'text-delta', runId: 'r', payload: { id: '1', text: 'Hel' } },
        { type: 'text-delta', runId: 'r', payload: { id: '1', text: 'lo' } },
        { type: 'data-custom', payload: { n: 1 } },
        { noType: true },
        { type: 'finish', runId: 'r', payload: { stepResult: { reason: 'stop' } } },
      ]),
    });
    const stream = await client.agents.stream('x', { messages: 'hi' });
    let text = '';
    const types: string[] = [];
    for await (const chunk of stream) {
      types.push(chunk.type);
      if (chunk.type === 'text-delta') text += chunk.payload.text;
    }
    expect(text).toBe('Hello');
    // A type the SDK does not model and a record without a type both arrive as UnknownChunk, originals kept.
    expect(types).toEqual(['start', 'text-delta', 'text-delta', 'unknown', 'unknown', 'finish']);
    expect(last().headers.get('accept')).toContain('text/event-stream');
  });

  it('approve/decline tool call, resume-stream and observe post to their routes', async () => {
    const { client, fetch } = routeClient({
      'POST /api/agents/x/approve-tool-call': sse([
        { type: 'tool-result', payload: { toolCallId: 't', toolName: 'n', result: 1 } },
      ]),
      'POST /api/agents/x/decline-tool-call': sse([{ type: 'finish', payload: {} }]),
      'POST /api/agents/x/resume-stream': sse([{ type: 'finish', payload: {} }]),
      'POST /api/agents/x/observe': sse([{ type: 'start', payload: {} }]),
    });
    expect(
      (await (await client.agents.approveToolCall('x', { runId: 'r', toolCallId: 't' })).toArray())[0]?.type,
    ).toBe('tool-result');
    await (await client.agents.declineToolCall('x', { runId: 'r', toolCallId: 't' })).toArray();
    await (await client.agents.resumeStream('x', { runId: 'r', resumeData: { ok: true } })).toArray();
    await (await client.agents.observe('x', { runId: 'r', offset: 3 })).toArray();
    expect(fetch.calls.map((c) => [c.url.pathname, c.body])).toEqual([
      ['/api/agents/x/approve-tool-call', { runId: 'r', toolCallId: 't' }],
      ['/api/agents/x/decline-tool-call', { runId: 'r', toolCallId: 't' }],
      ['/api/agents/x/resume-stream', { runId: 'r', resumeData: { ok: true } }],
      ['/api/agents/x/observe', { runId: 'r', offset: 3 }],
    ]);
  });

  it('executeTool unwraps results and turns a 200 validation body into ToolExecutionError', async () => {
    const { client } = routeClient({
      'POST /api/agents/x/tools/ok/execute': { value: 1 },
      'POST /api/agents/x/tools/bad/execute': {
        error: true,
        message: 'Tool input validation failed for bad',
        validationErrors: { errors: [], fields: { q: { errors: ['Required'], fields: {} } } },
      },
    });
    expect(await client.agents.executeTool('x', 'ok', { data: { q: 'a' } })).toEqual({ value: 1 });
    const error = (await client.agents
      .executeTool('x', 'bad', { data: {} })
      .catch((e: unknown) => e)) as ToolExecutionError;
    expect(error).toBeInstanceOf(ToolExecutionError);
    expect(error.toolId).toBe('bad');
    expect(error.validationErrors).toMatchObject({ fields: { q: { errors: ['Required'] } } });
  });

  it('retrieveTool and enhanceInstructions', async () => {
    const { client } = routeClient({
      'GET /api/agents/x/tools/search': { id: 'search', inputSchema: superjson(inputSchema) },
      'POST /api/agents/x/instructions/enhance': { explanation: 'e', new_prompt: 'p' },
    });
    expect((await client.agents.retrieveTool('x', 'search')).inputSchema).toEqual(inputSchema);
    expect(await client.agents.enhanceInstructions('x', { instructions: 'a', comment: 'b' })).toMatchObject({
      new_prompt: 'p',
    });
  });

  it('streamWithReconnect re-attaches through observe at the next unseen offset', async () => {
    const enc = new TextEncoder();
    const { client, fetch } = routeClient({
      'POST /api/agents/x/stream': () =>
        new Response(
          chunkedBody(
            [enc.encode('data: {"type":"start"}\n\ndata: {"type":"text-delta","payload":{"text":"a"}}\n\n')],
            {
              failAfter: true,
            },
          ),
        ),
      'POST /api/agents/x/observe': sse([{ type: 'finish', payload: {} }]),
    });
    const types: string[] = [];
    for await (const chunk of client.agents.streamWithReconnect('x', { messages: 'hi', runId: 'run-1' }))
      types.push(chunk.type);
    expect(types).toEqual(['start', 'text-delta', 'finish']);
    expect(fetch.calls[1]?.body).toEqual({ runId: 'run-1', offset: 2 });
  });

  it('streamWithReconnect ends with APIConnectionError when observe answers 200 and then stays silent', async () => {
    // What Mastra does for agents without a durable stream: SSE headers, then nothing, never closed.
    const silent = (req: { signal: AbortSignal | undefined }) =>
      new Response(
        new ReadableStream<Uint8Array>({
          start(controller) {
            req.signal?.addEventListener('abort', () => controller.error(req.signal?.reason));
          },
        }),
        { headers: { 'content-type': 'text/event-stream' } },
      );
    const { client, fetch } = routeClient({
      'POST /api/agents/x/stream': () => sse([{ type: 'start', payload: {} }], false),
      'POST /api/agents/x/observe': silent,
    });
    const error = await collect(
      client.agents.streamWithReconnect(
        'x',
        { messages: 'hi', runId: 'r1' },
        { timeout: 50, maxReconnects: 2 },
      ),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(error).toMatchObject({ kind: 'timeout', retryable: true });
    expect(fetch.calls.map((c) => c.url.pathname)).toEqual([
      '/api/agents/x/stream',
      '/api/agents/x/observe',
      '/api/agents/x/observe',
    ]);
    // Every silent observe was cancelled, not left hanging.
    expect(fetch.calls.slice(1).every((c) => c.signal?.aborted)).toBe(true);
  });

  it('streamWithReconnect treats a stream that ends without [DONE] as a drop and re-attaches', async () => {
    const { client, fetch } = routeClient({
      // The server closes without [DONE] when the run throws; so does a proxy that cuts the connection.
      'POST /api/agents/x/stream': () => sse([{ type: 'start', payload: {} }], false),
      'POST /api/agents/x/observe': sse([
        { type: 'text-delta', payload: { text: 'a' } },
        { type: 'finish', payload: {} },
      ]),
    });
    const types: string[] = [];
    for await (const chunk of client.agents.streamWithReconnect('x', { messages: 'hi', runId: 'r1' }))
      types.push(chunk.type);
    expect(types).toEqual(['start', 'text-delta', 'finish']);
    expect(fetch.calls.map((c) => c.url.pathname)).toEqual(['/api/agents/x/stream', '/api/agents/x/observe']);
    expect(fetch.calls[1]?.body).toEqual({ runId: 'r1', offset: 1 });
  });

  it('streamWithReconnect does not re-attach after [DONE] or a terminal chunk', async () => {
    const { client, fetch } = routeClient({
      'POST /api/agents/x/stream': () => sse([{ type: 'start', payload: {} }], true),
      'POST /api/agents/y/stream': () => sse([{ type: 'finish', payload: {} }], false),
    });
    await collect(client.agents.streamWithReconnect('x', { messages: 'hi', runId: 'r1' }));
    await collect(client.agents.streamWithReconnect('y', { messages: 'hi', runId: 'r1' }));
    expect(fetch.calls).toHaveLength(2);
  });

  it('streamWithReconnect counts unparsable events in the re-attach offset', async () => {
    const enc = new TextEncoder();
    const { client, fetch } = routeClient({
      'POST /api/agents/x/stream': () =>
        new Response(
          chunkedBody(
            [enc.encode('data: {"type":"start"}\n\ndata: {not json\n\ndata: {"type":"step-start"}\n\n')],
            {
              failAfter: true,
            },
          ),
        ),
      'POST /api/agents/x/observe': sse([{ type: 'finish', payload: {} }]),
    });
    const types = (
      await collect(client.agents.streamWithReconnect('x', { messages: 'hi', runId: 'r1' }))
    ).map((c) => c.type);
    expect(types).toEqual(['start', 'step-start', 'finish']);
    // Three raw events were sent; re-attaching at 2 would replay step-start.
    expect(fetch.calls[1]?.body).toEqual({ runId: 'r1', offset: 3 });
  });

  it('streamWithReconnect adds the observed events to the offset across several re-attaches', async () => {
    let observes = 0;
    const { client, fetch } = routeClient({
      'POST /api/agents/x/stream': () => sse([{ type: 'start' }, { type: 'step-start' }], false),
      'POST /api/agents/x/observe': () =>
        ++observes === 1 ? sse([{ type: 'text-start' }], false) : sse([{ type: 'finish', payload: {} }]),
    });
    const types = (
      await collect(client.agents.streamWithReconnect('x', { messages: 'hi', runId: 'r1' }))
    ).map((c) => c.type);
    expect(types).toEqual(['start', 'step-start', 'text-start', 'finish']);
    expect(fetch.calls.slice(1).map((c) => (c.body as { offset: number }).offset)).toEqual([2, 3]);
  });

  it('streamWithReconnect without a runId fails on iteration with RequestValidationError, not at call time', async () => {
    const { client, fetch } = routeClient({});
    let iterable: AsyncIterable<unknown> | undefined;
    expect(() => {
      iterable = client.agents.streamWithReconnect('x', { messages: 'hi' } as never);
    }).not.toThrow();
    const error = await collect(iterable!).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestValidationError);
    expect((error as RequestValidationError).issues[0]?.path).toEqual(['runId']);
    expect(fetch.calls).toHaveLength(0);
  });

  it('streamWithReconnect throws APIConnectionError when every re-attach ends cut', async () => {
    const { client, fetch } = routeClient({
      'POST /api/agents/x/stream': () => sse([{ type: 'start' }], false),
      'POST /api/agents/x/observe': () => sse([], false),
    });
    const error = await collect(
      client.agents.streamWithReconnect('x', { messages: 'hi', runId: 'r1' }, { maxReconnects: 2 }),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(fetch.calls).toHaveLength(3);
  });

  it('reconnecting gives up after maxReconnects and rethrows non-connection errors at once', async () => {
    const failing = async function* () {
      yield 1;
      throw new APIConnectionError();
    };
    const seen: number[] = [];
    const error = await (async () => {
      for await (const v of reconnecting(
        async () => failing(),
        async () => failing(),
        1,
      ))
        seen.push(v);
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(seen).toEqual([1, 1]);
    const other = async function* () {
      yield 1;
      throw new TypeError('bug');
    };
    await expect(
      (async () => {
        for await (const _ of reconnecting(
          async () => other(),
          async () => other(),
          5,
        ))
          void _;
      })(),
    ).rejects.toBeInstanceOf(TypeError);
  });

  it('refuses ill-typed params with RequestValidationError naming the field, before sending', async () => {
    const { client, fetch } = routeClient({
      'GET /api/agents/a%2Fb': agent,
      'POST /api/agents/a1/generate': { text: 'ok' },
    });
    const status = await rejection(client.agents.retrieve('a/b', { status: 'live' as never }));
    expect(status).toBeInstanceOf(RequestValidationError);
    expect(status.path).toBe('/agents/a%2Fb');
    expect(status.issues.map((issue) => issue.path)).toEqual([['status']]);
    const messages = await rejection(client.agents.generate('a1', { messages: 42 as never }));
    expect(messages.path).toBe('/agents/a1/generate');
    expect(messages.issues[0]?.path).toEqual(['messages']);
    const steps = await rejection(
      client.agents.stream('a1', { messages: 'hi', maxSteps: 0, toolChoice: 'sometimes' as never }),
    );
    expect(steps.issues.map((issue) => issue.path[0]).sort()).toEqual(['maxSteps', 'toolChoice']);
    const offset = await rejection(client.agents.observe('a1', { runId: 'r1', offset: -1 }));
    expect(offset.issues[0]?.path).toEqual(['offset']);
    const decision = await rejection(client.agents.approveToolCall('a1', { runId: 'r1' } as never));
    expect(decision.issues[0]?.path).toEqual(['toolCallId']);
    expect(fetch.calls).toHaveLength(0);

    // Keys the SDK does not know are the server's business: they pass through untouched.
    await client.agents.generate('a1', { messages: 'hi', experimentalFlag: { on: true } });
    expect(fetch.calls[0]?.body).toEqual({ messages: 'hi', experimentalFlag: { on: true } });
  });

  it('retrieve refuses status and versionId together (they select exclusive configurations)', async () => {
    const { client, fetch } = routeClient({});
    const error = await rejection(client.agents.retrieve('a1', { status: 'draft', versionId: 'v1' }));
    expect(error).toBeInstanceOf(RequestValidationError);
    expect(error.issues[0]?.path).toEqual(['versionId']);
    expect(fetch.calls).toHaveLength(0);
  });

  it('enhanceInstructions needs instructions and a comment', async () => {
    const { client, fetch } = routeClient({});
    const error = await rejection(
      client.agents.enhanceInstructions('a1', { instructions: 'Be brief.' } as never),
    );
    expect(error.path).toBe('/agents/a1/instructions/enhance');
    expect(error.issues[0]?.path).toEqual(['comment']);
    expect(fetch.calls).toHaveLength(0);
  });
});
