import { describe, expect, it } from 'vitest';
import { makeLargeTrace, span } from '../testing/trace-fixtures.js';
import {
  ALL_EXPANDED,
  TRACE_ISSUE,
  ancestorIds,
  buildTraceTree,
  buildTraceTreeHead,
  childCount,
  childSpans,
  sortedChildren,
  completeTraceTree,
  deriveSpanStatus,
  expandedIdList,
  expansionOf,
  findErrorSpan,
  flattenTraceTree,
  isExpanded,
  setExpanded,
  spanCategory,
  toEpochMs,
  treeKeyAction,
  type TraceNode,
  type TraceSpanLike,
  type TraceTree,
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

  it('lists byId like a Map of the ids: first arrival order, each id once, the last copy', () => {
    const input = [
      span('b', 'a', 5, 6),
      span('a', null, 0, 10),
      null as never,
      span('b', 'a', 5, 7),
      span('c', 'a', 1, 2),
      span('a', null, 0, 11),
    ];
    const tree = buildTraceTree(input);
    const byMap = new Map(input.filter(Boolean).map((s) => [s.spanId, s] as const));
    expect([...tree.byId.keys()]).toEqual([...byMap.keys()]);
    expect([...tree.byId.entries()].map(([id, node]) => [id, node.span])).toEqual([...byMap.entries()]);
    expect([...tree.byId.values()].map((node) => node.span)).toEqual([...byMap.values()]);
    const seen: string[] = [];
    tree.byId.forEach((node, id) => seen.push(`${id}:${node.id}`));
    expect(seen).toEqual(['b:b', 'a:a', 'c:c']);
    expect(tree.byId.size).toBe(3);
    expect(tree.byId.has('c') && !tree.byId.has('d')).toBe(true);
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

  it('orders siblings by start, unparseable starts last, ties by arrival', () => {
    // Against a plain reference sort, on sibling lists in order, reversed, tied and with garbled starts.
    let state = 11;
    const random = () => {
      state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
      return state / 2 ** 31;
    };
    for (let round = 0; round < 60; round++) {
      const count = 2 + Math.floor(random() * 12);
      const starts = Array.from({ length: count }, (_, i) =>
        round % 4 === 0 ? i : round % 4 === 1 ? count - i : Math.floor(random() * 4),
      );
      const garbled = new Set(
        round % 3 === 0 ? [] : [Math.floor(random() * count), Math.floor(random() * count)],
      );
      const kids = starts.map((start, i) => {
        const kid = span(`k${i}`, 'root', start, start + 1);
        return garbled.has(i) ? { ...kid, startedAt: 'garbled' } : kid;
      });
      const tree = buildTraceTree([span('root', null, 0, 100), ...kids], { now: NOW });
      const key = (i: number) => (garbled.has(i) ? Number.POSITIVE_INFINITY : starts[i]!);
      const expected = kids
        .map((_, i) => i)
        .sort((a, b) => key(a) - key(b) || a - b)
        .map((i) => `k${i}`);
      expect(ids(tree.roots[0]!.children)).toEqual(expected);
    }
  });

  it('builds the same tree whether parents arrive before their children or not', () => {
    // Parents first (as a server listing by start time sends them) takes a one-pass route; any other order
    // walks from the roots. Distinct starts, so sibling order does not depend on arrival.
    let state = 7;
    const random = () => {
      state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
      return state / 2 ** 31;
    };
    const inOrder: TraceSpanLike[] = [span('s0', null, 0, 5_000)];
    for (let i = 1; i < 2_000; i++) {
      const roll = random();
      const parent = roll < 0.01 ? `missing-${i}` : roll < 0.02 ? null : `s${Math.floor(random() * i)}`;
      inOrder.push(
        span(`s${i}`, parent, i, roll < 0.05 ? null : i + 10, {
          error: random() < 0.03 ? { message: `boom ${i}` } : null,
        }),
      );
    }
    const shuffled = [...inOrder];
    for (let i = shuffled.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
    }
    const expected = buildTraceTree(inOrder, { now: NOW });
    expect(expected.counts.orphans).toBeGreaterThan(0);
    expect(expected.counts.errors).toBeGreaterThan(0);
    for (const other of [shuffled, [...inOrder].reverse()]) {
      const tree = buildTraceTree(other, { now: NOW });
      expect(summary(tree)).toEqual(summary(expected));
      expect(tree.order.map((n) => project(n))).toEqual(expected.order.map((n) => project(n)));
    }
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

describe('times', () => {
  const edges = [
    '2026-11-20T09:30:00.123Z',
    '2024-02-29T23:59:59.999Z',
    '2023-02-29T00:00:00.000Z',
    '2024-04-31T00:00:00.000Z',
    '2024-13-01T00:00:00.000Z',
    '2024-01-00T00:00:00.000Z',
    '2024-01-01T24:00:00.000Z',
    '2024-01-01T23:60:00.000Z',
    '0000-01-01T00:00:00.000Z',
    '0099-12-31T00:00:00.000Z',
    '2024x01-01T00:00:00.000Z',
    '2024-01-01T00:00:00.00aZ',
    '2024-01-01T00:00:00Z',
    '+002024-01-01T00:00:00.000Z',
    'not a date',
    '',
  ];

  it('toEpochMs reads a string as Date.parse does', () => {
    for (const text of edges) expect(toEpochMs(text), text).toBe(Date.parse(text));
  });

  it('a large trace, read by the hand-written parser, gets the times Date.parse gives', () => {
    // Fields mostly in range (so most strings are dates), sometimes just past it; every year from 0000.
    let state = 3;
    const below = (n: number) => {
      state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
      return Math.floor((state / 2 ** 31) * n);
    };
    const pad = (value: number, width: number) => String(value).padStart(width, '0');
    const texts = [...edges];
    while (texts.length < 40_000) {
      const year = pad(texts.length % 10 === 0 ? below(200) : below(10_000), 4);
      const [month, day, hour, minute, second] = [13, 32, 25, 61, 61].map((n) => pad(below(n), 2));
      texts.push(`${year}-${month}-${day}T${hour}:${minute}:${second}.${pad(below(1000), 3)}Z`);
    }
    // As ends (reported as sent, never repaired), under one root: 40,000 spans is past where the whole tree's
    // times go through the hand-written parser.
    const spans = [
      span('root', null, 0, 1),
      ...texts.map((text, i) => ({ ...span(`s${i}`, 'root', 0, 0), endedAt: text })),
    ];
    const tree = buildTraceTree(spans, { now: NOW });
    texts.forEach((text, i) => {
      const parsed = Date.parse(text);
      expect(tree.byId.get(`s${i}`)!.endMs, text).toBe(Number.isNaN(parsed) ? null : parsed);
    });
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

/* -------------------------------------------------------------------------------------------------
 * Heads: the first rows now, the rest later, the same tree in the end
 * -----------------------------------------------------------------------------------------------*/

const NOW = Date.UTC(2026, 0, 5, 9, 0, 0) + 1_000_000;

/**
 * Everything a row shows of a node, and where it sits, less what a head documents as provisional (`exact`
 * false): the bar of a span without an end, and the times of a tree under a root whose own start is
 * unreadable (it is placed at the trace's earliest start, not known yet).
 */
function project(node: TraceNode, exact = true) {
  let root = node;
  while (root.parent) root = root.parent;
  const timesFinal = exact || !(root.issues & TRACE_ISSUE.invalidTime);
  const barFinal = timesFinal && (exact || node.endMs !== null);
  return {
    id: node.id,
    parent: node.parent?.id ?? null,
    children: node.children.map((c) => c.id),
    depth: node.depth,
    position: node.position,
    index: node.index,
    status: node.status,
    category: node.category,
    isEvent: node.isEvent,
    hasErrorBelow: node.hasErrorBelow,
    endMs: node.endMs,
    ...(timesFinal ? { startMs: node.startMs, issues: node.issues } : {}),
    ...(barFinal ? { displayEndMs: node.displayEndMs } : {}),
  };
}

function summary(tree: TraceTree) {
  return {
    startMs: tree.startMs,
    endMs: tree.endMs,
    durationMs: tree.durationMs,
    finished: tree.finished,
    status: tree.status,
    counts: tree.counts,
    errorIndexes: tree.errorIndexes,
    invalidEntries: tree.invalidEntries,
    roots: ids(tree.roots),
    size: tree.byId.size,
  };
}

function expectHeadMatches<S extends TraceSpanLike>(spans: readonly S[], rows: number) {
  const full = buildTraceTree(spans, { now: NOW });
  const head = buildTraceTreeHead(spans, { rows, now: NOW });
  const shown = Math.min(rows, full.order.length);
  expect(head.complete).toBe(full.order.length <= rows);
  expect(head.order).toHaveLength(shown);
  head.order.forEach((node, i) => expect(project(node, false)).toEqual(project(full.order[i]!, false)));
  // Whole-trace figures that need no times are final already.
  expect(head.counts.spans).toBe(full.counts.spans);
  expect(head.counts.errors).toBe(full.counts.errors);
  expect(head.counts.running).toBe(full.counts.running);
  expect(head.counts.orphans).toBe(full.counts.orphans);
  expect(head.counts.cycles).toBe(full.counts.cycles);
  expect(head.finished).toBe(full.finished);
  expect(head.status).toBe(full.status);
  expect(head.invalidEntries).toBe(full.invalidEntries);
  expect(ids(head.roots)).toEqual(ids(full.roots));

  // Any node, looked up or reached by position, is the one the full tree has there.
  for (const [id, node] of full.byId) {
    expect(project(head.byId.get(id)!, false)).toEqual(project(node, false));
  }
  for (let i = 0; i < full.order.length; i += Math.max(1, Math.floor(full.order.length / 50)))
    expect(head.nodeAt(i)!.id).toBe(full.order[i]!.id);
  expect(head.nodeAt(-1)).toBeUndefined();
  expect(head.nodeAt(full.order.length)).toBeUndefined();

  // Completing it gives the full tree, with the head's nodes (brought up to date) in it.
  const complete = completeTraceTree(head);
  expect(complete.complete).toBe(true);
  expect(completeTraceTree(head)).toBe(complete);
  expect(completeTraceTree(complete)).toBe(complete);
  expect(summary(complete)).toEqual(summary(full));
  expect(complete.order.map((n) => project(n))).toEqual(full.order.map((n) => project(n)));
  head.order.forEach((node, i) => expect(complete.order[i]).toBe(node));
  expect(flattenTraceTree(complete).map((n) => n.id)).toEqual(ids(full.order));
}

/** Seeded random traces with every kind of damage: missing parents, loops, duplicates, bad times, junk. */
function damagedTrace(seed: number, count: number): TraceSpanLike[] {
  let state = seed;
  const random = () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
  const spans: TraceSpanLike[] = [];
  for (let i = 0; i < count; i++) {
    const roll = random();
    const parent =
      i === 0 || roll < 0.04
        ? null
        : roll < 0.08
          ? `missing-${i}`
          : roll < 0.1
            ? `s${Math.floor(random() * count)}` // may point forward, at itself, or close a loop
            : `s${Math.floor(random() * i)}`;
    const start = Math.floor(random() * 1000);
    const end = random() < 0.1 ? null : start + Math.floor(random() * 200) - 20;
    const base = span(`s${i}`, parent, start, end, {
      spanType: random() < 0.05 ? 'brand_new_type' : random() < 0.5 ? 'tool_call' : 'model_step',
      isEvent: random() < 0.05,
      error: random() < 0.05 ? { message: `boom ${i}` } : null,
    });
    spans.push(random() < 0.03 ? { ...base, startedAt: 'not a date' } : base);
    if (random() < 0.02) spans.push({ ...base, endedAt: null }); // a resend of the same span
    if (random() < 0.01) spans.push(null as never);
  }
  return spans;
}

describe('buildTraceTreeHead', () => {
  const cases: Record<string, TraceSpanLike[]> = {
    nested: [
      span('c2', 'root', 30, 40),
      span('root', null, 0, 100),
      span('c1', 'root', 10, 20),
      span('g1', 'c1', 11, 12),
    ],
    orphans: [span('root', null, 0, 10), span('lost', 'nowhere', 5, 6), span('lost2', 'gone', -5, 2)],
    cycles: [
      span('a', 'c', 0, 10),
      span('b', 'a', 1, 9),
      span('c', 'b', 2, 8),
      span('self', 'self', 3, 4),
      span('root', null, 0, 20),
    ],
    skew: [
      span('root', null, 100, 200),
      span('early', 'root', 50, 120),
      span('late', 'root', 150, 260),
      span('backwards', 'root', 180, 170),
    ],
    'unfinished on a finished trace': [
      span('root', null, 0, 100),
      span('never', 'root', 10, null),
      span('below', 'never', 20, null),
    ],
    'running on a live trace': [
      span('root', null, 0, null),
      span('child', 'root', 10, null),
      span('done', 'root', 5, 8),
    ],
    events: [span('root', null, 0, 10), span('ev', 'root', 4, null, { isEvent: true })],
    'unknown types': [
      span('root', null, 0, 10, { spanType: 'quantum_entanglement' }),
      span('x', 'root', 1, 2),
    ],
    'bad starts': [
      span('root', null, 10, 100),
      { ...span('bad', 'root', 0, 50), startedAt: 'yesterday-ish' },
      { ...span('none', 'root', 0, 50), startedAt: undefined as unknown as string },
      { ...span('lostroot', null, 0, 50), startedAt: 'never' },
    ],
    'duplicates and junk': [
      span('root', null, 0, null),
      span('root', null, 0, 100),
      null as never,
      { spanId: 42 } as never,
      span('k', 'root', 1, 2),
      span('k', 'root', 1, 3),
    ],
    errors: [
      span('root', null, 0, 10),
      span('mid', 'root', 1, 9),
      span('leaf', 'mid', 2, 3, { error: { message: 'boom' } }),
      span('e2', 'root', 5, 6, { error: { message: 'x' } }),
    ],
    empty: [],
  };

  for (const [name, spans] of Object.entries(cases)) {
    it(`matches the full tree: ${name}`, () => {
      for (const rows of [0, 1, 2, 3, 100]) expectHeadMatches(spans, rows);
    });
  }

  it('matches the full tree for 10,000 children under one parent and a 10,000-deep chain', () => {
    const wide = [span('root', null, 0, 20_000)];
    for (let i = 10_000; i > 0; i--) wide.push(span(`c${i}`, 'root', i, i + 1));
    expectHeadMatches(wide, 40);
    const deep = [span('d0', null, 0, 20_000)];
    for (let i = 1; i < 10_000; i++) deep.push(span(`d${i}`, `d${i - 1}`, i, 20_000 - i));
    expectHeadMatches(deep, 40);
    // A head of a deep chain reaches its last span without recursion.
    expect(buildTraceTreeHead(deep, { rows: 5 }).byId.get('d9999')!.depth).toBe(9_999);
  });

  it('matches the full tree on large and on damaged traces', () => {
    expectHeadMatches(makeLargeTrace(5_000), 60);
    for (let seed = 1; seed <= 25; seed++) expectHeadMatches(damagedTrace(seed, 300), 1 + (seed % 7) * 9);
  });

  it('makes nodes only for its rows (and what is looked up)', () => {
    const spans = makeLargeTrace(20_000, 5);
    const head = buildTraceTreeHead(spans, { rows: 30 });
    expect(head.complete).toBe(false);
    expect(head.order).toHaveLength(30);
    expect(head.errorIndexes).toEqual([]);
    expect(head.counts.spans).toBe(20_000);
    const full = buildTraceTree(spans);
    // The root spans the whole trace here, so even the provisional extent is the final one.
    expect([head.startMs, head.endMs]).toEqual([full.startMs, full.endMs]);
    expect(findErrorSpan(head, null, 'next')!.id).toBe(findErrorSpan(full, null, 'next')!.id);
    expect(expandedIdList(head, ALL_EXPANDED)).toEqual(expandedIdList(full, ALL_EXPANDED));
  });

  it('comes back complete for a trace of at most `rows` spans', () => {
    const spans = [span('r', null, 0, 10), span('c', 'r', 1, 2)];
    const head = buildTraceTreeHead(spans, { rows: 2 });
    expect(head.complete).toBe(true);
    expect(completeTraceTree(head)).toBe(head);
    expect(() => completeTraceTree({ ...head, complete: false })).toThrow();
  });
});

describe('childCount and childSpans', () => {
  it("match each node's children on heads, whole trees and trees built by hand, duplicates included", () => {
    const spans = [
      ...makeLargeTrace(500),
      // A later copy of a span replaces the first: its children are read from the last copy.
      span('late-root', null, 0, 10, { name: 'first copy' }),
      span('late-child', 'late-root', 1, 2),
      span('late-root', null, 0, 10, { name: 'last copy' }),
    ];
    const head = buildTraceTreeHead(spans, { rows: 20 });
    const whole = buildTraceTree(spans);
    const sorted = (list: readonly TraceSpanLike[]) => list.map((s) => s.spanId).sort();
    for (const tree of [head, whole]) {
      for (const id of [...whole.byId.keys()].slice(0, 200).concat('late-root')) {
        const node = tree.byId.get(id)!;
        // Read before the children are made, then after: the same answers.
        const count = childCount(node);
        const kids = sorted(childSpans(node));
        expect(count).toBe(node.children.length);
        expect(kids).toEqual(sorted(node.children.map((c) => c.span)));
        // The very span objects the nodes hold (the last copy of a duplicated id).
        expect(childSpans(node).every((s) => node.children.some((c) => c.span === s))).toBe(true);
      }
    }
    // In order, one at a time, before any child node is made on a fresh head: what node.children holds.
    const fresh = buildTraceTreeHead(spans, { rows: 5 });
    for (const id of [...whole.byId.keys()].slice(0, 200)) {
      const node = fresh.byId.get(id)!;
      const view = sortedChildren(node);
      const read = Array.from({ length: view.length }, (_, i) => [
        view.span(i),
        view.status(i),
        view.isEvent(i),
      ]);
      const made = Array.from({ length: view.length }, (_, i) => view.node(i));
      expect(made).toEqual(node.children);
      made.forEach((kid, i) => expect(kid).toBe(node.children[i]));
      expect(read).toEqual(node.children.map((c) => [c.span, c.status, c.isEvent]));
    }
    expect(childSpans(head.byId.get('late-root')!)).toHaveLength(1);
    expect(head.byId.get('late-root')!.span.name).toBe('last copy');
    // A tree made by hand (not from an index) answers from its children.
    const leaf: TraceNode = { ...whole.roots[0]!, children: [] };
    const hand: TraceNode = { ...whole.roots[0]!, children: [leaf, leaf] };
    expect(childCount(hand)).toBe(2);
    expect(childSpans(hand)).toEqual([leaf.span, leaf.span]);
  });
});
