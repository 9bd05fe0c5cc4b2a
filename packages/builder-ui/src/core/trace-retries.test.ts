import { describe, expect, it } from 'vitest';
import { makeLargeTrace, span } from '../testing/trace-fixtures.js';
import { collectRetryGroups, groupRetryAttempts, mayHoldRetries, type RetryGroup } from './trace-retries.js';
import { buildTraceTree, buildTraceTreeHead, type TraceNode, type TraceTree } from './trace-tree.js';

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

/** The index the eager way: every owner's groups, in a walk of the tree (roots first, then preorder). */
function eagerIndex(tree: TraceTree) {
  const groups: RetryGroup[] = [];
  const owners = [null, ...tree.order] as (TraceNode | null)[];
  for (const owner of owners) {
    if (owner) groups.push(...groupRetryAttempts(owner, owner.children));
    else if (tree.roots.length > 1) groups.push(...groupRetryAttempts(null, tree.roots));
  }
  return groups;
}

/** Steps retried every way the grouping knows, between ordinary spans, some under several roots. */
function retriedTrace() {
  const spans = [span('run', null, 0, 10_000, { spanType: 'workflow_run' })];
  for (let s = 0; s < 40; s++) {
    const step = `step${s}`;
    spans.push(span(step, 'run', s * 200, s * 200 + 150, { spanType: 'workflow_step', name: `step ${s}` }));
    for (let a = 1; a <= (s % 4) + 1; a++)
      spans.push(
        span(`${step}-a${a}`, step, s * 200 + a * 10, s * 200 + a * 10 + 5, {
          name: `call attempt ${a}`,
          error: a <= s % 4 ? { message: `failed ${a}` } : null,
        }),
      );
    if (s % 5 === 0)
      for (let r = 0; r < 3; r++)
        spans.push(
          span(`${step}-r${r}`, 'run', s * 200 + 160 + r * 10, s * 200 + 165 + r * 10, {
            spanType: 'workflow_step',
            entityId: `charge-${s}`,
            error: r < 2 ? { message: 'declined' } : null,
          }),
        );
  }
  spans.push(
    span('run2', null, 1, 5),
    span('x1', null, 2, 3, { name: 'attempt 1', error: { message: 'a' } }),
  );
  spans.push(span('x2', null, 4, 5, { name: 'attempt 2' }));
  return spans;
}

describe('the retry index, per span on demand', () => {
  it('answers per span exactly what the whole index holds, and lists the groups in walk order', () => {
    for (const tree of [buildTraceTree(retriedTrace()), buildTraceTree(makeLargeTrace(3_000))]) {
      const expected = eagerIndex(tree);
      const lazy = collectRetryGroups(tree);
      for (const node of tree.order) {
        const owned = expected.filter((g) => g.ownerId === node.id);
        expect(lazy.byOwnerId.get(node.id)).toEqual(owned.length > 0 ? owned : undefined);
        expect(lazy.byOwnerId.has(node.id)).toBe(owned.length > 0);
        const group = expected.find((g) => g.attempts.some((a) => a.id === node.id));
        const attempt = group?.attempts.find((a) => a.id === node.id);
        expect(lazy.byAttemptId.get(node.id)).toEqual(group ? { group, attempt } : undefined);
      }
      expect(lazy.byOwnerId.get('no such span')).toBeUndefined();
      expect(lazy.byAttemptId.get('no such span')).toBeUndefined();
      // Everything at once: the same groups, in the same order, and maps holding them all.
      const whole = collectRetryGroups(tree);
      expect(whole.groups).toEqual(expected);
      expect(whole.byAttemptId.size).toBe(expected.reduce((n, g) => n + g.attempts.length, 0));
      expect([...whole.byOwnerId.keys()]).toEqual([
        ...new Set(expected.filter((g) => g.ownerId !== null).map((g) => g.ownerId)),
      ]);
    }
  });

  it("works on a head, grouping only what is asked, with the whole trace's answers", () => {
    const spans = retriedTrace();
    const full = collectRetryGroups(buildTraceTree(spans));
    const head = buildTraceTreeHead(spans, { rows: 5 });
    const lazy = collectRetryGroups(head);
    expect(lazy.byOwnerId.get('step3')).toEqual(full.byOwnerId.get('step3'));
    expect(lazy.byAttemptId.get('step2-a3')).toEqual(full.byAttemptId.get('step2-a3'));
    expect(lazy.byAttemptId.get('x2')).toEqual(full.byAttemptId.get('x2'));
    expect(head.complete).toBe(false);
    expect(lazy.groups).toEqual(full.groups);
  });
});

describe('mayHoldRetries (the check before grouping a long sibling list)', () => {
  it('is false only where groupRetryAttempts finds no group, whatever the order of the spans', () => {
    const cases: Record<string, ReturnType<typeof span>[]> = {
      'attempt in the name': [span('a', 'p', 1, 2, { name: 'fetch attempt 2' })],
      'attempt in metadata': [span('a', 'p', 1, 2, { name: 'call', metadata: { attempt: 1 } })],
      'failed, then the same step': [
        span('a', 'p', 1, 2, { name: 'step', error: { message: 'x' } }),
        span('b', 'p', 3, 4, { name: 'step' }),
      ],
      'the same step twice, both fine (a loop)': [
        span('a', 'p', 1, 2, { name: 'step' }),
        span('b', 'p', 3, 4, { name: 'step' }),
      ],
      'failed, then another step': [
        span('a', 'p', 1, 2, { name: 'step', error: { message: 'x' } }),
        span('b', 'p', 3, 4, { name: 'other' }),
      ],
      'failed, then an event of the same name': [
        span('a', 'p', 1, 2, { name: 'step', error: { message: 'x' } }),
        span('b', 'p', 3, 3, { name: 'step', isEvent: true }),
      ],
      nothing: [],
    };
    const expected: Record<string, boolean> = {
      'attempt in the name': true,
      'attempt in metadata': true,
      'failed, then the same step': true,
      'the same step twice, both fine (a loop)': false,
      'failed, then another step': false,
      'failed, then an event of the same name': false,
      nothing: false,
    };
    for (const [name, children] of Object.entries(cases)) {
      for (const order of [children, [...children].reverse()]) {
        expect(mayHoldRetries(order), name).toBe(expected[name]);
        const tree = buildTraceTree([span('p', null, 0, 10), ...order]);
        const groups = groupRetryAttempts(tree.roots[0]!, tree.roots[0]!.children);
        // Never a false "no": whenever a group exists, the check said there might be one.
        if (groups.length > 0) expect(mayHoldRetries(order), name).toBe(true);
      }
    }
  });
});
