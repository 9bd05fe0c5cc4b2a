/** Synthetic traces for tests, benchmarks and stories: deterministic, shaped like Mastra's light spans. */

export interface FixtureSpan {
  traceId: string;
  spanId: string;
  parentSpanId: string | null;
  name: string;
  spanType: string;
  isEvent: boolean;
  startedAt: string;
  endedAt: string | null;
  status?: string | undefined;
  entityType: string | null;
  entityId: string | null;
  entityName: string | null;
  error: { message: string } | null;
  inputPreview?: unknown;
  metadata?: Record<string, unknown> | null;
}

const BASE = Date.UTC(2026, 0, 5, 9, 0, 0);

export function iso(offsetMs: number): string {
  return new Date(BASE + offsetMs).toISOString();
}

export function span(
  spanId: string,
  parentSpanId: string | null,
  startMs: number,
  endMs: number | null,
  extra: Partial<FixtureSpan> = {},
): FixtureSpan {
  return {
    traceId: 't1',
    spanId,
    parentSpanId,
    name: spanId,
    spanType: 'generic',
    isEvent: false,
    startedAt: iso(startMs),
    endedAt: endMs === null ? null : iso(endMs),
    entityType: null,
    entityId: null,
    entityName: null,
    error: null,
    ...extra,
  };
}

const TYPES = ['model_generation', 'model_step', 'tool_call', 'workflow_step', 'memory_operation', 'generic'];

/**
 * A large agent-like trace: one root, then blocks of `fanout` children each with nested grandchildren, to
 * `count` spans in all. Every 97th span fails. Span ids are `s<i>`.
 */
export function makeLargeTrace(count: number, fanout = 20): FixtureSpan[] {
  const spans: FixtureSpan[] = [
    span('s0', null, 0, count * 2, {
      name: "agent run: 'big'",
      spanType: 'agent_run',
      entityType: 'agent',
      entityId: 'big',
    }),
  ];
  const parents = ['s0'];
  for (let i = 1; i < count; i++) {
    const parent = parents[Math.floor((i - 1) / fanout)] ?? 's0';
    const type = TYPES[i % TYPES.length]!;
    const failed = i % 97 === 0;
    spans.push(
      // Ends shrink as ids grow, so every child's interval lies inside its parent's (no clock skew).
      span(`s${i}`, parent, i, 2 * count - i, {
        name: `${type.replace('_', ' ')} ${i}`,
        spanType: type,
        entityType: type === 'tool_call' ? 'tool' : 'agent',
        entityId: type === 'tool_call' ? `tool-${i % 13}` : 'big',
        error: failed ? { message: `failure ${i}` } : null,
        inputPreview: i % 5 === 0 ? `{"query":"customer ${i}"}` : undefined,
      }),
    );
    parents.push(`s${i}`);
  }
  return spans;
}
