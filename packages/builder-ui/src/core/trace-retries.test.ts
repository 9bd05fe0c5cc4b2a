import { describe, expect, it } from 'vitest';
import { span } from '../testing/trace-fixtures.js';
import { collectRetryGroups } from './trace-retries.js';
import { buildTraceTree } from './trace-tree.js';

describe('retry grouping', () => {
  it('groups attempt child spans under their step, with delays and errors (the playground onboarding shape)', () => {
    const tree = buildTraceTree([
      span('run', null, 0, 300, { spanType: 'workflow_run' }),
      span('step', 'run', 1, 250, {
        spanType: 'workflow_step',
        name: "workflow step: 'provision-workspace'",
      }),
      span('a1', 'step', 2, 4, { name: 'provisioning attempt 1', error: { message: 'timed out' } }),
      span('a2', 'step', 204, 205, { name: 'provisioning attempt 2' }),
    ]);
    const index = collectRetryGroups(tree);
    expect(index.groups).toHaveLength(1);
    const group = index.byOwnerId.get('step')![0]!;
    expect(group.kind).toBe('attempt-spans');
    expect(group.label).toBe('provisioning');
    expect(group.outcome).toBe('success');
    expect(group.attempts.map((a) => [a.number, a.status, a.delayBeforeMs, a.errorMessage])).toEqual([
      [1, 'error', null, 'timed out'],
      [2, 'success', 200, null],
    ]);
    expect(group.totalDelayMs).toBe(200);
    expect(index.byAttemptId.get('a2')!.attempt.number).toBe(2);
  });

  it('reads the attempt number from metadata when the name has none', () => {
    const tree = buildTraceTree([
      span('step', null, 0, 100),
      span('x', 'step', 1, 2, { name: 'call', metadata: { attempt: 1 }, error: { message: 'e' } }),
      span('y', 'step', 5, 6, { name: 'call', metadata: { attempt: 2 } }),
    ]);
    expect(collectRetryGroups(tree).groups[0]!.attempts.map((a) => a.id)).toEqual(['x', 'y']);
  });

  it('groups a step that ran again as a sibling after failing, but not successful repeats (loops)', () => {
    const step = (id: string, start: number, failed: boolean) =>
      span(id, 'run', start, start + 5, {
        spanType: 'workflow_step',
        entityId: 'charge-card',
        name: "workflow step: 'charge-card'",
        error: failed ? { message: `declined ${id}` } : null,
      });
    const tree = buildTraceTree([
      span('run', null, 0, 1000, { spanType: 'workflow_run' }),
      step('r1', 10, true),
      step('r2', 30, true),
      step('r3', 60, false),
      span('loop', null, 0, 100),
      span('i1', 'loop', 1, 2, { spanType: 'workflow_step', entityId: 'iterate' }),
      span('i2', 'loop', 3, 4, { spanType: 'workflow_step', entityId: 'iterate' }),
    ]);
    const index = collectRetryGroups(tree);
    expect(index.groups).toHaveLength(1);
    const group = index.groups[0]!;
    expect(group.kind).toBe('repeated-spans');
    expect(group.ownerId).toBe('run');
    expect(group.attempts.map((a) => [a.id, a.number, a.delayBeforeMs])).toEqual([
      ['r1', 1, null],
      ['r2', 2, 15],
      ['r3', 3, 25],
    ]);
    expect(index.byAttemptId.has('i1')).toBe(false);
  });

  it('reports a step whose every attempt failed', () => {
    const tree = buildTraceTree([
      span('step', null, 0, 100),
      span('a1', 'step', 1, 2, { name: 'attempt 1', error: { message: 'a' } }),
      span('a2', 'step', 3, 4, { name: 'attempt 2', error: { message: 'b' } }),
    ]);
    expect(collectRetryGroups(tree).groups[0]!.outcome).toBe('error');
  });

  it('ignores a lone first attempt and events', () => {
    const tree = buildTraceTree([
      span('step', null, 0, 100),
      span('a1', 'step', 1, 2, { name: 'attempt 1' }),
      span('e1', 'step', 3, null, { isEvent: true, error: { message: 'x' } }),
      span('e2', 'step', 4, null, { isEvent: true }),
    ]);
    expect(collectRetryGroups(tree).groups).toEqual([]);
  });
});
