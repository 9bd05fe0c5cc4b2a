import { describe, expect, it } from 'vitest';
import { makeLargeTrace, span } from '../testing/trace-fixtures.js';
import {
  ALL_EXPANDED,
  TRACE_ISSUE,
  ancestorIds,
  buildTraceTree,
  deriveSpanStatus,
  expandedIdList,
  expansionOf,
  findErrorSpan,
  flattenTraceTree,
  isExpanded,
  setExpanded,
  spanCategory,
  treeKeyAction,
} from './trace-tree.js';

const ids = (nodes: readonly { id: string }[]) => nodes.map((n) => n.id);

describe('buildTraceTree', () => {
  it('nests by parentSpanId, orders siblings by start, numbers rows in preorder', () => {
    const tree = buildTraceTree([
      span('c2', 'root', 30, 40),
      span('root', null, 0, 100),
      span('c1', 'root', 10, 20),
      span('g1', 'c1', 11, 12),
    ]);
    expect(ids(tree.roots)).toEqual(['root']);
    expect(ids(tree.order)).toEqual(['root', 'c1', 'g1', 'c2']);
    expect(tree.order.map((n) => n.depth)).toEqual([0, 1, 2, 1]);
    expect(tree.order.map((n) => n.index)).toEqual([0, 1, 2, 3]);
    expect(tree.durationMs).toBe(100);
    expect(tree.finished).toBe(true);
    expect(tree.status).toBe('success');
  });

  it('shows a span whose parent is missing as a root, flagged orphan', () => {
    const tree = buildTraceTree([span('root', null, 0, 10), span('lost', 'nowhere', 5, 6)]);
    expect(ids(tree.roots)).toEqual(['root', 'lost']);
    expect(tree.byId.get('lost')!.issues & TRACE_ISSUE.orphan).toBeTruthy();
    expect(tree.counts.orphans).toBe(1);
    // An orphan still ended: the trace counts as finished from its real root.
    expect(tree.finished).toBe(true);
  });

  it('breaks parent cycles instead of looping, and keeps every span', () => {
    const tree = buildTraceTree([
      span('a', 'c', 0, 10),
      span('b', 'a', 1, 9),
      span('c', 'b', 2, 8),
      span('self', 'self', 3, 4),
      span('root', null, 0, 20),
    ]);
    expect(tree.order).toHaveLength(5);
    expect(tree.counts.cycles).toBe(2);
    const a = tree.byId.get('a')!;
    // Exactly one link of the a→b→c→a loop was cut; the rest still hang together.
    const cut = ['a', 'b', 'c'].filter((id) => tree.byId.get(id)!.parent === null);
    expect(cut).toHaveLength(1);
    expect(a.depth + tree.byId.get('b')!.depth + tree.byId.get('c')!.depth).toBe(3);
    expect(tree.byId.get('self')!.parent).toBeNull();
    expect(tree.byId.get('self')!.issues & TRACE_ISSUE.cycle).toBeTruthy();
  });

  it('flags clock skew and never draws a bar that ends before it starts', () => {
    const tree = buildTraceTree([
      span('root', null, 100, 200),
      span('early', 'root', 50, 120),
      span('late', 'root', 150, 260),
      span('backwards', 'root', 180, 170),
    ]);
    for (const id of ['early', 'late', 'backwards']) {
      const node = tree.byId.get(id)!;
      expect(node.issues & TRACE_ISSUE.skew).toBeTruthy();
      expect(node.displayEndMs).toBeGreaterThanOrEqual(node.startMs);
    }
    // The timeline starts at the earliest start, even when that is a skewed child.
    expect(tree.startMs).toBe(tree.byId.get('early')!.startMs);
    expect(tree.counts.skewed).toBe(3);
  });

  it('treats endedAt null on a finished trace as unfinished, on a live trace as running up to now', () => {
    const finished = buildTraceTree([span('root', null, 0, 100), span('never', 'root', 10, null)]);
    const never = finished.byId.get('never')!;
    expect(never.issues & TRACE_ISSUE.unfinished).toBeTruthy();
    expect(never.status).toBe('running');
    expect(never.displayEndMs).toBe(finished.byId.get('root')!.displayEndMs);
    expect(finished.counts.running).toBe(0);

    const root = span('root', null, 0, null);
    const now = Date.parse(root.startedAt) + 500;
    const live = buildTraceTree([root, span('child', 'root', 10, null)], { now });
    expect(live.finished).toBe(false);
    expect(live.status).toBe('running');
    expect(live.byId.get('child')!.displayEndMs).toBe(now);
    expect(live.byId.get('child')!.issues & TRACE_ISSUE.unfinished).toBeFalsy();
    expect(live.counts.running).toBe(2);
  });

  it('treats an event (isEvent, no end) as a point, not as running', () => {
    const tree = buildTraceTree([span('root', null, 0, 10), span('ev', 'root', 4, null, { isEvent: true })]);
    const ev = tree.byId.get('ev')!;
    expect(ev.status).toBe('success');
    expect(ev.displayEndMs).toBe(ev.startMs);
    expect(ev.issues & TRACE_ISSUE.unfinished).toBeFalsy();
  });

  it('renders unknown span types generically', () => {
    const tree = buildTraceTree([span('root', null, 0, 10, { spanType: 'quantum_entanglement' })]);
    const node = tree.byId.get('root')!;
    expect(node.category).toBe('other');
    expect(node.issues & TRACE_ISSUE.unknownType).toBeTruthy();
    expect(spanCategory('tool_call')).toBe('tool');
    expect(spanCategory('mcp_tool_call')).toBe('tool');
    expect(spanCategory('model_step')).toBe('model');
    expect(spanCategory(undefined)).toBe('other');
  });

  it('places a span with a missing or garbled start at its parent start', () => {
    const tree = buildTraceTree([
      span('root', null, 10, 100),
      { ...span('bad', 'root', 0, 50), startedAt: 'yesterday-ish' },
      { ...span('none', 'root', 0, 50), startedAt: undefined as unknown as string },
    ]);
    for (const id of ['bad', 'none']) {
      const node = tree.byId.get(id)!;
      expect(node.issues & TRACE_ISSUE.invalidTime).toBeTruthy();
      expect(node.startMs).toBe(tree.byId.get('root')!.startMs);
    }
  });

  it('keeps the last copy of a duplicated span id and drops non-span entries', () => {
    const tree = buildTraceTree([
      span('root', null, 0, null),
      span('root', null, 0, 100),
      null as never,
      { spanId: 42 } as never,
    ]);
    expect(tree.order).toHaveLength(1);
    expect(tree.byId.get('root')!.endMs).not.toBeNull();
    expect(tree.byId.get('root')!.issues & TRACE_ISSUE.duplicate).toBeTruthy();
    expect(tree.invalidEntries).toBe(2);
  });

  it('copes with an empty list', () => {
    const tree = buildTraceTree([]);
    expect(tree.order).toEqual([]);
    expect(tree.durationMs).toBe(0);
    expect(tree.finished).toBe(true);
    expect(flattenTraceTree(tree)).toEqual([]);
  });

  it('handles 10,000 children under one parent, sorted, and a 10,000-deep chain without recursion', () => {
    const wide = [span('root', null, 0, 20_000)];
    for (let i = 10_000; i > 0; i--) wide.push(span(`c${i}`, 'root', i, i + 1));
    const tree = buildTraceTree(wide);
    expect(tree.byId.get('root')!.children).toHaveLength(10_000);
    expect(tree.order[1]!.id).toBe('c1');
    expect(tree.order[10_000]!.id).toBe('c10000');

    const deep = [span('d0', null, 0, 20_000)];
    for (let i = 1; i < 10_000; i++) deep.push(span(`d${i}`, `d${i - 1}`, i, 20_000 - i));
    const chain = buildTraceTree(deep);
    expect(chain.order[9_999]!.depth).toBe(9_999);
    expect(ancestorIds(chain.order[3]!)).toEqual(['d0', 'd1', 'd2']);
  });

  it('derives status where the light route omits it', () => {
    expect(deriveSpanStatus({ spanId: 'a', endedAt: null })).toBe('running');
    expect(deriveSpanStatus({ spanId: 'a', endedAt: 'x' })).toBe('success');
    expect(deriveSpanStatus({ spanId: 'a', endedAt: 'x', error: { message: 'boom' } })).toBe('error');
    expect(deriveSpanStatus({ spanId: 'a', status: 'success', error: { message: 'boom' } })).toBe('error');
    expect(deriveSpanStatus({ spanId: 'a', status: 'weird', endedAt: 'x' })).toBe('success');
  });

  it('propagates errors to ancestors and sets the trace status', () => {
    const tree = buildTraceTree([
      span('root', null, 0, 10),
      span('mid', 'root', 1, 9),
      span('leaf', 'mid', 2, 3, { error: { message: 'boom' } }),
    ]);
    expect(tree.byId.get('root')!.hasErrorBelow).toBe(true);
    expect(tree.byId.get('mid')!.hasErrorBelow).toBe(true);
    expect(tree.byId.get('leaf')!.hasErrorBelow).toBe(false);
    expect(tree.status).toBe('error');
    expect(tree.counts.errors).toBe(1);
  });
});

describe('expansion and flattening', () => {
  const tree = buildTraceTree([
    span('root', null, 0, 100),
    span('a', 'root', 1, 50),
    span('a1', 'a', 2, 3),
    span('b', 'root', 60, 70),
    span('b1', 'b', 61, 62),
  ]);

  it('shows everything by default and hides collapsed subtrees', () => {
    expect(ids(flattenTraceTree(tree))).toEqual(['root', 'a', 'a1', 'b', 'b1']);
    const collapsed = setExpanded(ALL_EXPANDED, ['a'], false);
    expect(ids(flattenTraceTree(tree, { expansion: collapsed }))).toEqual(['root', 'a', 'b', 'b1']);
    expect(expandedIdList(tree, collapsed)).toEqual(['root', 'b']);
  });

  it('a controlled list opens only what it names', () => {
    const only = expansionOf(['root', 'b']);
    expect(ids(flattenTraceTree(tree, { expansion: only }))).toEqual(['root', 'a', 'b', 'b1']);
    expect(isExpanded(only, 'a')).toBe(false);
    expect(setExpanded(only, ['root'], true)).toBe(only);
  });

  it('with a visible set shows only those rows, with their ancestors open', () => {
    const rows = flattenTraceTree(tree, {
      expansion: expansionOf([]),
      visibleIds: new Set(['root', 'b', 'b1']),
    });
    expect(ids(rows)).toEqual(['root', 'b', 'b1']);
  });

  it('flattens 100,000 spans', () => {
    const big = buildTraceTree(makeLargeTrace(100_000));
    expect(flattenTraceTree(big)).toHaveLength(100_000);
    const collapsed = setExpanded(ALL_EXPANDED, ['s0'], false);
    expect(flattenTraceTree(big, { expansion: collapsed })).toHaveLength(1);
  });
});

describe('findErrorSpan', () => {
  const tree = buildTraceTree([
    span('root', null, 0, 100),
    span('e1', 'root', 1, 2, { error: { message: 'x' } }),
    span('ok', 'root', 3, 4),
    span('e2', 'root', 5, 6, { error: { message: 'y' } }),
  ]);
  it('walks errors in preorder, wrapping around', () => {
    expect(findErrorSpan(tree, null, 'next')!.id).toBe('e1');
    expect(findErrorSpan(tree, null, 'previous')!.id).toBe('e2');
    expect(findErrorSpan(tree, 'e1', 'next')!.id).toBe('e2');
    expect(findErrorSpan(tree, 'e2', 'next')!.id).toBe('e1');
    expect(findErrorSpan(tree, 'ok', 'previous')!.id).toBe('e1');
    expect(findErrorSpan(tree, 'e1', 'previous')!.id).toBe('e2');
    expect(findErrorSpan(tree, 'root', 'next')!.id).toBe('e1');
  });
  it('is null without errors', () => {
    expect(findErrorSpan(buildTraceTree([span('r', null, 0, 1)]), null, 'next')).toBeNull();
  });
});

describe('treeKeyAction', () => {
  const tree = buildTraceTree([
    span('root', null, 0, 100),
    span('a', 'root', 1, 50),
    span('a1', 'a', 2, 3),
    span('b', 'root', 60, 70),
    span('b1', 'b', 61, 62),
  ]);
  const rows = flattenTraceTree(tree);
  const open = () => true;

  it('moves with arrows, Home and End', () => {
    expect(treeKeyAction('ArrowDown', rows, 0, open)).toEqual({ type: 'focus', index: 1 });
    expect(treeKeyAction('ArrowDown', rows, 4, open)).toEqual({ type: 'focus', index: 4 });
    expect(treeKeyAction('ArrowUp', rows, 0, open)).toEqual({ type: 'focus', index: 0 });
    expect(treeKeyAction('Home', rows, 3, open)).toEqual({ type: 'focus', index: 0 });
    expect(treeKeyAction('End', rows, 0, open)).toEqual({ type: 'focus', index: 4 });
  });

  it('Right opens a closed parent, then moves to its first child; Left closes, then moves to the parent', () => {
    expect(treeKeyAction('ArrowRight', rows, 1, () => false)).toEqual({ type: 'expand', id: 'a' });
    expect(treeKeyAction('ArrowRight', rows, 1, open)).toEqual({ type: 'focus', index: 2 });
    expect(treeKeyAction('ArrowRight', rows, 2, open)).toEqual({ type: 'none' });
    expect(treeKeyAction('ArrowLeft', rows, 1, open)).toEqual({ type: 'collapse', id: 'a' });
    expect(treeKeyAction('ArrowLeft', rows, 2, open)).toEqual({ type: 'focus', index: 1 });
    expect(treeKeyAction('ArrowLeft', rows, 0, () => false)).toEqual({ type: 'none' });
  });

  it('* opens every closed sibling; Enter activates', () => {
    expect(treeKeyAction('*', rows, 1, () => false)).toEqual({ type: 'expand-siblings', ids: ['a', 'b'] });
    expect(treeKeyAction('*', rows, 1, open)).toEqual({ type: 'none' });
    expect(treeKeyAction('Enter', rows, 3, open)).toEqual({ type: 'activate', id: 'b' });
    expect(treeKeyAction('x', rows, 3, open)).toEqual({ type: 'none' });
    expect(treeKeyAction('ArrowDown', [], 0, open)).toEqual({ type: 'none' });
  });
});

describe('traceLooksFinished', () => {
  it('is true once every root has ended', async () => {
    const { traceLooksFinished } = await import('./trace-tree.js');
    expect(traceLooksFinished([span('r', null, 0, 5), span('c', 'r', 1, null)])).toBe(true);
    expect(traceLooksFinished([span('r', null, 0, null), span('c', 'r', 1, 2)])).toBe(false);
    expect(traceLooksFinished([])).toBe(false);
    // Only orphans: nothing says the run is still going.
    expect(traceLooksFinished([span('c', 'gone', 1, null)])).toBe(true);
  });
});

describe('sibling positions', () => {
  it('numbers each span among its siblings', () => {
    const tree = buildTraceTree([
      span('r', null, 0, 9),
      span('b', 'r', 2, 3),
      span('a', 'r', 1, 2),
      span('r2', null, 5, 6),
    ]);
    expect(tree.order.map((n) => [n.id, n.position])).toEqual([
      ['r', 0],
      ['a', 0],
      ['b', 1],
      ['r2', 1],
    ]);
  });
});
