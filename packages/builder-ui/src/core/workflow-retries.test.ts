import { describe, expect, it } from 'vitest';
import { groupRunAttempts, groupStepAttempts, type AttemptSpanInput } from './workflow-retries.js';

const stepSpan: AttemptSpanInput = {
  spanId: 's-step',
  name: "workflow step: 'provision-workspace'",
  spanType: 'workflow_step',
  startedAt: 1000,
  endedAt: 1400,
};
const attempt = (n: number, start: number, end: number, error?: string): AttemptSpanInput => ({
  spanId: `a${n}`,
  parentSpanId: 's-step',
  name: `provisioning attempt ${n}`,
  spanType: 'generic',
  startedAt: new Date(start),
  endedAt: new Date(end).toISOString(),
  metadata: { attempt: n, retryCount: n - 1 },
  ...(error ? { error: { message: error }, status: 'error' } : { status: 'success' }),
});

describe('groupStepAttempts', () => {
  it('groups attempt spans under their step with delays and errors; success after a retry is flagged', () => {
    const summary = groupStepAttempts(
      'provision-workspace',
      { status: 'success', startedAt: 1000, endedAt: 1400 },
      [
        attempt(2, 1210, 1220),
        stepSpan,
        attempt(1, 1000, 1010, 'Provisioning API timed out'),
        { ...attempt(9, 0, 1), parentSpanId: 'elsewhere' },
      ],
    );
    expect(summary.source).toBe('trace');
    expect(summary.attempts).toEqual([
      { attempt: 1, status: 'failed', startedAt: 1000, endedAt: 1010, error: 'Provisioning API timed out' },
      { attempt: 2, status: 'success', startedAt: 1210, endedAt: 1220, delayBeforeMs: 200, error: undefined },
    ]);
    expect(summary.retried).toBe(true);
    expect(summary.succeededAfterRetry).toBe(true);
  });

  it('0-based retryCount metadata is read as attempt numbers', () => {
    const span = { ...attempt(1, 0, 5), metadata: { retryCount: 2 } };
    expect(groupStepAttempts('provision-workspace', undefined, [stepSpan, span]).attempts[0]?.attempt).toBe(
      3,
    );
  });

  it('without attempt spans the record gives one attempt: a first-time success is not "after retry"', () => {
    const summary = groupStepAttempts('validate', { status: 'success', startedAt: 1, endedAt: 2 });
    expect(summary).toMatchObject({ source: 'record', retried: false, succeededAfterRetry: false });
    expect(summary.attempts).toHaveLength(1);
    const failed = groupStepAttempts('validate', { status: 'failed', error: { message: 'not found' } });
    expect(failed.attempts[0]).toMatchObject({ status: 'failed', error: 'not found' });
  });

  it('all attempts failing is retried but not succeededAfterRetry; suspended steps have no attempts', () => {
    const summary = groupStepAttempts('provision-workspace', { status: 'failed' }, [
      stepSpan,
      attempt(1, 0, 10, 'boom'),
      attempt(2, 20, 30, 'boom again'),
    ]);
    expect(summary).toMatchObject({ retried: true, succeededAfterRetry: false });
    expect(groupStepAttempts('approve', { status: 'suspended' }).source).toBe('none');
  });
});

describe('groupRunAttempts', () => {
  it('keys by the run record key and matches nested steps by their own id', () => {
    const result = groupRunAttempts(
      { 'outer.provision-workspace': { status: 'success' }, other: { status: 'success' } },
      [stepSpan, attempt(1, 0, 10, 'x'), attempt(2, 20, 30)],
    );
    expect(result['outer.provision-workspace']).toMatchObject({
      stepId: 'outer.provision-workspace',
      retried: true,
    });
    expect(result['other']?.retried).toBe(false);
  });
});

describe('step <-> span selection', () => {
  it('a step selects its step span and everything below; a span maps back to its step', async () => {
    const { stepSpanIds, stepIdForSpan } = await import('./workflow-retries.js');
    const spans: AttemptSpanInput[] = [
      { spanId: 'root', name: 'run', spanType: 'workflow_run', startedAt: 0 },
      { ...stepSpan, parentSpanId: 'root' },
      attempt(1, 0, 1, 'x'),
      { spanId: 'deep', parentSpanId: 'a1', name: 'http', spanType: 'generic', startedAt: 0 },
      {
        spanId: 'other',
        parentSpanId: 'root',
        name: "workflow step: 'send'",
        spanType: 'workflow_step',
        startedAt: 0,
      },
    ];
    expect(stepSpanIds('outer.provision-workspace', spans)).toEqual(['s-step', 'a1', 'deep']);
    expect(stepIdForSpan('deep', spans)).toBe('provision-workspace');
    expect(stepIdForSpan('root', spans)).toBeUndefined();
  });
});
