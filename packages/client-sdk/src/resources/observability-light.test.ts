import { describe, expect, it } from 'vitest';
import { ResponseValidationError } from '../core/errors.js';
import { routeClient } from '../testing/routes.js';
import { parseLightTrace, retrieveLightTrace } from './observability-light.js';

// What Mastra 1.71 on LibSQL answers on the per-trace light route: no status, no inputPreview, extra fields.
const light = (spanId: string, extra: Record<string, unknown> = {}) => ({
  traceId: 't1',
  spanId,
  parentSpanId: null,
  name: `span ${spanId}`,
  spanType: 'workflow_step',
  isEvent: false,
  startedAt: '2026-01-01T00:00:00.000Z',
  endedAt: null,
  entityType: 'workflow_step',
  entityId: 'provision',
  entityName: 'provision',
  error: null,
  requestContext: { user: { id: 'u1' } },
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: null,
  ...extra,
});

describe('retrieveLightTrace', () => {
  it('fetches the light route, keeps timestamps as strings and extra fields', async () => {
    const { client, last } = routeClient({
      'GET /api/observability/traces/t%2F1/light': {
        traceId: 't/1',
        spans: [light('a'), light('b', { parentSpanId: 'a' })],
      },
    });
    const trace = await retrieveLightTrace(client, 't/1');
    expect(last().url.pathname).toBe('/api/observability/traces/t%2F1/light');
    expect(trace.spans).toHaveLength(2);
    expect(trace.spans[0]!.startedAt).toBe('2026-01-01T00:00:00.000Z');
    expect(trace.spans[1]!['requestContext']).toEqual({ user: { id: 'u1' } });
  });

  it('refuses a misfit with the span schema’s issue, pointing at the span', async () => {
    const { client } = routeClient({
      'GET /api/observability/traces/t1/light': {
        traceId: 't1',
        spans: [light('a'), light('b', { spanId: 7 })],
      },
    });
    const error = await retrieveLightTrace(client, 't1').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect((error as ResponseValidationError).issues[0]!.path).toEqual(['spans', 1, 'spanId']);
  });

  it('with validate: false drops misfits instead of throwing', async () => {
    const { client } = routeClient({
      'GET /api/observability/traces/t1/light': {
        traceId: 't1',
        spans: [light('a'), { spanId: 'x' }, 'junk'],
      },
    });
    const trace = await retrieveLightTrace(client, 't1', { validate: false });
    expect(trace.spans.map((s) => s.spanId)).toEqual(['a']);
  });
});

describe('parseLightTrace', () => {
  it('accepts what the span schema accepts on the fields it checks', () => {
    const ok = parseLightTrace(
      {
        traceId: 't',
        spans: [light('a', { endedAt: 1_700_000_000_000, status: 'error', error: { message: 'x' } })],
      },
      '/r',
    );
    expect(ok.spans).toHaveLength(1);
  });

  it.each([
    ['a missing envelope', null],
    ['spans not an array', { traceId: 't', spans: {} }],
    ['a garbled start', { traceId: 't', spans: [light('a', { startedAt: { when: 'now' } })] }],
    ['an array as error', { traceId: 't', spans: [light('a', { error: ['x'] })] }],
    ['a numeric parent', { traceId: 't', spans: [light('a', { parentSpanId: 3 })] }],
    ['a string isEvent', { traceId: 't', spans: [light('a', { isEvent: 'yes' })] }],
  ])('refuses %s', (_label, body) => {
    expect(() => parseLightTrace(body, '/r')).toThrow(ResponseValidationError);
  });
});
