/**
 * Step-level retry grouping. Mastra keeps only a step's final attempt in the run record, so earlier attempts are
 * read from the trace: a step reports each attempt as a child span of its step span carrying `metadata.attempt`
 * (1-based) or `metadata.retryCount` (0-based), as the playground's onboarding step does. When no attempt spans
 * exist, the step record alone gives one attempt.
 */

/** What this module reads of a span (the SDK's `Span` fits). */
export interface AttemptSpanInput {
  spanId: string;
  parentSpanId?: string | null | undefined;
  name: string;
  spanType: string;
  status?: string | null | undefined;
  startedAt: Date | string | number;
  endedAt?: Date | string | number | null | undefined;
  entityId?: string | null | undefined;
  metadata?: Record<string, unknown> | null | undefined;
  attributes?: Record<string, unknown> | null | undefined;
  error?: { message?: string | undefined } | null | undefined;
}

/** What this module reads of a step record. */
export interface StepRecordInput {
  status?: string | undefined;
  startedAt?: number | undefined;
  endedAt?: number | undefined;
  error?: unknown;
}

export type AttemptStatus = 'success' | 'failed' | 'running';

export interface StepAttempt {
  /** 1-based. */
  attempt: number;
  status: AttemptStatus;
  startedAt?: number | undefined;
  endedAt?: number | undefined;
  /** Milliseconds between the previous attempt's end and this one's start (the retry delay). */
  delayBeforeMs?: number | undefined;
  error?: string | undefined;
}

export interface StepRetrySummary {
  stepId: string;
  attempts: StepAttempt[];
  /** More than one attempt ran. */
  retried: boolean;
  /** Succeeded, but only after at least one failed attempt. */
  succeededAfterRetry: boolean;
  /** Where the attempts came from. */
  source: 'trace' | 'record' | 'none';
}

function ms(value: Date | string | number | null | undefined): number | undefined {
  if (value === null || value === undefined) return undefined;
  const n = value instanceof Date ? value.getTime() : typeof value === 'number' ? value : Date.parse(value);
  return Number.isFinite(n) ? n : undefined;
}

/** Mastra names a step span `workflow step: '<id>'`; some stores also set `entityId`. */
export function isStepSpan(span: AttemptSpanInput, stepId: string): boolean {
  if (span.spanType !== 'workflow_step') return false;
  return span.entityId === stepId || span.name === `workflow step: '${stepId}'`;
}

function attemptNumber(span: AttemptSpanInput): number | undefined {
  const meta = span.metadata ?? {};
  if (typeof meta['attempt'] === 'number' && meta['attempt'] >= 1) return meta['attempt'];
  if (typeof meta['retryCount'] === 'number' && meta['retryCount'] >= 0) return meta['retryCount'] + 1;
  return undefined;
}

function errorText(error: unknown): string | undefined {
  if (!error) return undefined;
  if (typeof error === 'string') return error;
  if (typeof error === 'object' && typeof (error as { message?: unknown }).message === 'string')
    return (error as { message: string }).message;
  return undefined;
}

function spanStatus(span: AttemptSpanInput): AttemptStatus {
  if (span.error || span.status === 'error' || span.status === 'failed') return 'failed';
  if (span.endedAt === null || span.endedAt === undefined || span.status === 'running') return 'running';
  return 'success';
}

/** Attempts of one step, oldest first, with the delays between them. */
export function groupStepAttempts(
  stepId: string,
  record: StepRecordInput | undefined,
  spans: readonly AttemptSpanInput[] = [],
): StepRetrySummary {
  const stepSpanIds = new Set(spans.filter((span) => isStepSpan(span, stepId)).map((span) => span.spanId));
  const byAttempt = new Map<number, StepAttempt>();
  for (const span of spans) {
    if (!span.parentSpanId || !stepSpanIds.has(span.parentSpanId)) continue;
    const attempt = attemptNumber(span);
    if (attempt === undefined) continue;
    // A resumed step can report the same attempt again: the later span wins.
    const previous = byAttempt.get(attempt);
    const startedAt = ms(span.startedAt);
    if (previous && (previous.startedAt ?? 0) > (startedAt ?? 0)) continue;
    byAttempt.set(attempt, {
      attempt,
      status: spanStatus(span),
      startedAt,
      endedAt: ms(span.endedAt),
      error: span.error?.message ?? undefined,
    });
  }

  let attempts: StepAttempt[];
  let source: StepRetrySummary['source'];
  if (byAttempt.size > 0) {
    attempts = [...byAttempt.values()].sort((a, b) => a.attempt - b.attempt);
    source = 'trace';
  } else if (record && record.status && ['success', 'failed', 'running'].includes(record.status)) {
    attempts = [
      {
        attempt: 1,
        status: record.status as AttemptStatus,
        startedAt: record.startedAt,
        endedAt: record.endedAt,
        error: errorText(record.error),
      },
    ];
    source = 'record';
  } else {
    attempts = [];
    source = 'none';
  }

  for (let i = 1; i < attempts.length; i++) {
    const before = attempts[i - 1]?.endedAt;
    const start = attempts[i]?.startedAt;
    if (before !== undefined && start !== undefined) attempts[i]!.delayBeforeMs = Math.max(0, start - before);
  }
  const last = attempts[attempts.length - 1];
  const retried = attempts.length > 1;
  return {
    stepId,
    attempts,
    retried,
    succeededAfterRetry: retried && last?.status === 'success' && attempts.some((a) => a.status === 'failed'),
    source,
  };
}

/** `groupStepAttempts` for every step of a run that has a record or attempt spans. */
export function groupRunAttempts(
  steps: Record<string, StepRecordInput | undefined> | undefined,
  spans: readonly AttemptSpanInput[] = [],
): Record<string, StepRetrySummary> {
  const out: Record<string, StepRetrySummary> = {};
  for (const [stepId, record] of Object.entries(steps ?? {})) {
    out[stepId] = groupStepAttempts(stepId.split('.').pop() ?? stepId, record, spans);
    out[stepId].stepId = stepId;
  }
  return out;
}

/**
 * The spans that belong to a step (its step spans and everything below them), so selecting a node can select
 * its spans in a trace viewer. `stepKey` may be a nested key (`outer.inner`); the step's own id is matched.
 */
export function stepSpanIds(stepKey: string, spans: readonly AttemptSpanInput[]): string[] {
  const stepId = stepKey.split('.').pop() ?? stepKey;
  const ids = new Set(spans.filter((span) => isStepSpan(span, stepId)).map((span) => span.spanId));
  let grew = true;
  while (grew) {
    grew = false;
    for (const span of spans)
      if (span.parentSpanId && ids.has(span.parentSpanId) && !ids.has(span.spanId)) {
        ids.add(span.spanId);
        grew = true;
      }
  }
  return spans.filter((span) => ids.has(span.spanId)).map((span) => span.spanId);
}

/** The step (by id) a span belongs to: its nearest `workflow_step` ancestor-or-self. */
export function stepIdForSpan(spanId: string, spans: readonly AttemptSpanInput[]): string | undefined {
  const byId = new Map(spans.map((span) => [span.spanId, span]));
  let current = byId.get(spanId);
  const guard = new Set<string>();
  while (current && !guard.has(current.spanId)) {
    guard.add(current.spanId);
    if (current.spanType === 'workflow_step') {
      if (current.entityId) return current.entityId;
      const match = /^workflow step: '(.*)'$/.exec(current.name);
      if (match) return match[1];
    }
    current = current.parentSpanId ? byId.get(current.parentSpanId) : undefined;
  }
  return undefined;
}
