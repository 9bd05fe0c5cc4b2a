import { describe, expect, it } from 'vitest';
import { MastraClient } from '../client.js';
import {
  InternalServerError,
  PermissionDeniedError,
  RequestValidationError,
  ResponseValidationError,
} from '../core/errors.js';
import { json, mockFetch } from '../testing/mock-fetch.js';
import { routeClient } from '../testing/routes.js';

const span = {
  traceId: 't1',
  spanId: 's1',
  parentSpanId: null,
  name: 'agent run',
  spanType: 'agent_run',
  isEvent: false,
  status: 'success',
  startedAt: '2026-01-01T00:00:00.000Z',
  endedAt: '2026-01-01T00:00:01.000Z',
  attributes: { usage: { inputTokens: 3 } },
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: null,
};

/** The error a call rejects with (the test fails if it resolves). */
const rejection = (promise: Promise<unknown>) =>
  promise.then(
    () => expect.unreachable('the call should have been refused'),
    (error: unknown) => error as RequestValidationError,
  );

describe('observability', () => {
  it('listTraces flattens filters, JSON-encodes objects and maps orderBy', async () => {
    const { client, last } = routeClient({
      'GET /api/observability/traces': {
        pagination: { total: 1, page: 0, perPage: 10, hasMore: false },
        spans: [span],
      },
    });
    const list = await client.observability.listTraces({
      filters: { entityId: 'a1', status: 'error', tags: ['x', 'y'], startedAt: { start: '2026-01-01' } },
      page: 1,
      perPage: 10,
      orderBy: { field: 'startedAt', direction: 'DESC' },
    });
    expect(list.spans[0]?.startedAt).toBeInstanceOf(Date);
    const q = last().url.searchParams;
    expect(q.get('entityId')).toBe('a1');
    expect(q.getAll('tags')).toEqual(['x', 'y']);
    expect(JSON.parse(q.get('startedAt')!)).toEqual({ start: '2026-01-01' });
    expect([q.get('page'), q.get('perPage'), q.get('field'), q.get('direction')]).toEqual([
      '1',
      '10',
      'startedAt',
      'DESC',
    ]);
  });

  it('delta mode sends mode/after/limit and returns the next cursor', async () => {
    const { client, last } = routeClient({
      'GET /api/observability/traces': { delta: { limit: 5, hasMore: false }, deltaCursor: 'c2', spans: [] },
    });
    const page = await client.observability.listTraceDelta({ after: 'c1', limit: 5 });
    expect(page.supported && page.deltaCursor).toBe('c2');
    expect(last().url.search).toBe('?mode=delta&after=c1&limit=5');
  });

  it('delta mode unsupported (501) is { supported: false }, asked once (501 is never retried)', async () => {
    const fetch = mockFetch(() => json({ error: 'Delta mode not implemented' }, 501));
    const client = new MastraClient({ baseUrl: 'http://mastra.test', fetch, maxRetries: 2, retryDelay: 1 });
    expect(await client.observability.listTraceDelta()).toEqual({
      supported: false,
      status: 501,
      reason: expect.stringContaining('Delta mode not implemented') as unknown,
    });
    expect(fetch.calls).toHaveLength(1);
  });

  it('delta mode: other failures (a plain 500) still throw', async () => {
    const { client } = routeClient({
      'GET /api/observability/traces': () => json({ error: 'Delta mode not implemented' }, 500),
    });
    const error = (await client.observability
      .listTraceDelta()
      .catch((e: unknown) => e)) as InternalServerError;
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error.status).toBe(500);
  });

  it('light list, full and light trace, span, trajectory', async () => {
    const { client } = routeClient({
      'GET /api/observability/traces/light': { spans: [span] },
      'GET /api/observability/traces/t1': { traceId: 't1', spans: [span] },
      'GET /api/observability/traces/t1/light': { traceId: 't1', spans: [{ ...span, inputPreview: 'hi' }] },
      'GET /api/observability/traces/t1/spans/s1': { span },
      'GET /api/observability/traces/t1/trajectory': { steps: [] },
    });
    expect((await client.observability.listTracesLight()).spans).toHaveLength(1);
    expect((await client.observability.retrieveTrace('t1')).spans[0]?.attributes).toEqual({
      usage: { inputTokens: 3 },
    });
    expect((await client.observability.retrieveTrace('t1', { light: true })).spans[0]?.['inputPreview']).toBe(
      'hi',
    );
    expect((await client.observability.retrieveSpan('t1', 's1')).span.spanId).toBe('s1');
    expect(await client.observability.trajectory('t1')).toEqual({ steps: [] });
  });

  it('trajectory: nested steps are parsed; a malformed one is a ResponseValidationError', async () => {
    const trajectory = {
      steps: [
        {
          name: "llm: 'deterministic-v1'",
          stepType: 'model_generation',
          promptTokens: 20,
          children: [
            {
              name: 'crm-lookup-tool',
              stepType: 'tool_call',
              toolArgs: { customerId: 'C-1001' },
              toolResult: { found: true },
              success: true,
              futureField: 'kept',
            },
          ],
        },
      ],
      totalDurationMs: 290,
    };
    let body: unknown = trajectory;
    const { client } = routeClient({ 'GET /api/observability/traces/t1/trajectory': () => json(body) });
    const parsed = await client.observability.trajectory('t1');
    expect(parsed.steps[0]?.children?.[0]).toMatchObject({
      stepType: 'tool_call',
      success: true,
      futureField: 'kept',
    });
    body = { steps: [{ name: 'x', stepType: 'tool_call', children: 'not a list' }] };
    const error = await client.observability.trajectory('t1').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect((error as ResponseValidationError).path).toContain('/observability/traces/t1/trajectory');
  });

  it('metrics: supported result, and 500/501 become { supported: false }', async () => {
    let status = 200;
    const { client, last } = routeClient({
      'POST /api/observability/metrics/breakdown': () =>
        status === 200
          ? {
              groups: [
                { dimensions: { name: 'mastra_model_total_input_tokens' }, value: 10 },
                { dimensions: { name: 'mastra_model_total_output_tokens' }, value: 4 },
              ],
            }
          : json({ error: 'Metrics not supported' }, status),
    });
    expect(await client.observability.traceUsage('t1')).toEqual({
      supported: true,
      inputTokens: 10,
      outputTokens: 4,
    });
    expect(last().body).toMatchObject({ filters: { traceIds: ['t1'] }, aggregation: 'sum' });
    status = 501;
    expect(await client.observability.metrics('breakdown', { name: 'x' })).toMatchObject({
      supported: false,
      status: 501,
    });
    status = 500;
    expect(await client.observability.traceUsage('t1')).toMatchObject({ supported: false, status: 500 });
  });

  it('metrics: a 500 that does not say "unsupported" is a real failure and throws', async () => {
    let body: unknown = { error: 'TypeError: cannot read x' };
    const { client } = routeClient({
      'POST /api/observability/metrics/aggregate': () => json(body, 500),
    });
    const crash = await client.observability.metrics('aggregate', { name: 'x' }).catch((e: unknown) => e);
    expect(crash).toBeInstanceOf(InternalServerError);
    for (const message of [
      'This storage provider does not support metric aggregation',
      'Metrics are not supported by this store',
      'NOT IMPLEMENTED',
      'unsupported operation',
    ]) {
      body = { error: message };
      expect(await client.observability.metrics('aggregate', { name: 'x' }), message).toMatchObject({
        supported: false,
        status: 500,
      });
    }
  });

  it('metrics: other errors still throw', async () => {
    const { client } = routeClient({
      'POST /api/observability/metrics/aggregate': () =>
        json({ error: 'Forbidden', message: 'Missing required permission: observability:read' }, 403),
    });
    await expect(client.observability.metrics('aggregate', { name: 'x' })).rejects.toBeInstanceOf(
      PermissionDeniedError,
    );
  });

  it('refuses ill-typed params with RequestValidationError naming the field, before sending', async () => {
    const { client, fetch, last } = routeClient({
      'GET /api/observability/traces': { spans: [] },
      'POST /api/observability/metrics/aggregate': { groups: [] },
    });
    const status = await rejection(
      client.observability.listTraces({ filters: { status: 'done' as never }, perPage: 0 }),
    );
    expect(status).toBeInstanceOf(RequestValidationError);
    expect(status.path).toBe('/observability/traces');
    expect(status.issues.map((issue) => issue.path)).toEqual([['filters', 'status'], ['perPage']]);
    const order = await rejection(
      client.observability.listTracesLight({ orderBy: { direction: 'down' as never } }),
    );
    expect(order.path).toBe('/observability/traces/light');
    expect(order.issues[0]?.path).toEqual(['orderBy', 'direction']);
    const limit = await rejection(client.observability.listTraceDelta({ limit: 0 }));
    expect(limit.issues[0]?.path).toEqual(['limit']);
    const name = await rejection(client.observability.metrics('aggregate', {} as never));
    expect(name.path).toBe('/observability/metrics/aggregate');
    expect(name.issues[0]?.path).toEqual(['name']);
    expect(fetch.calls).toHaveLength(0);

    // Filters the SDK does not list (the server has many) are still flattened into the query.
    await client.observability.listTraces({ filters: { environment: 'prod' }, page: 0 });
    expect(last().url.search).toBe('?environment=prod&page=0');
  });

  it('retrieveTrace validates its params before choosing the route', async () => {
    const { client, fetch } = routeClient({
      'GET /api/observability/traces/t1': { traceId: 't1', spans: [] },
    });
    const light = await rejection(client.observability.retrieveTrace('t1', { light: 'true' as never }));
    expect(light.path).toBe('/observability/traces/t1');
    expect(light.issues[0]?.path).toEqual(['light']);
    expect(fetch.calls).toHaveLength(0);
  });
});
