import { expect, test } from 'vitest';
import { traceSchema } from '../schemas/observability.js';
import { parseLightTrace } from './observability-light.js';

// Opening a trace validates the light span list: the fast check must be far cheaper than the full zod parse
// (which also coerces every timestamp to a Date).
function lightBody(count: number) {
  const base = Date.UTC(2026, 0, 5);
  const spans = [];
  for (let i = 0; i < count; i++) {
    spans.push({
      traceId: 't1',
      spanId: `s${i}`,
      parentSpanId: i === 0 ? null : `s${Math.floor((i - 1) / 20)}`,
      name: `span ${i}`,
      spanType: 'tool_call',
      isEvent: false,
      startedAt: new Date(base + i).toISOString(),
      endedAt: new Date(base + i + 1).toISOString(),
      entityType: 'tool',
      entityId: `tool-${i % 13}`,
      entityName: `tool-${i % 13}`,
      error: null,
      createdAt: new Date(base + i).toISOString(),
      updatedAt: null,
    });
  }
  return { traceId: 't1', spans };
}

for (const size of [10_000, 100_000]) {
  test(`light trace check at ${size.toLocaleString('en-US')} spans`, async ({ bench }) => {
    const body = lightBody(size);
    const results = await bench.compare(
      bench('parseLightTrace', () => {
        parseLightTrace(body, '/r');
      }),
      bench('traceSchema.safeParse', () => {
        traceSchema.safeParse(body);
      }),
      { time: 1000 },
    );
    expect(results.get('parseLightTrace').latency.p50).toBeLessThan(
      results.get('traceSchema.safeParse').latency.p50 / 5,
    );
  });
}
