/**
 * Span tree building for the RunTraceViewer: from the flat span list the observability store returns (parents by
 * `parentSpanId`) to a tree with preorder indexes, depths, derived status and timing, in linear time apart from
 * sorting siblings that arrive out of order. Nothing here trusts the server: missing parents, cycles, clock
 * skew, `endedAt: null`, unknown span types and duplicate ids all produce a sensible tree, never a throw.
 */

/** The fields the tree reads; light spans (`/light`) and full spans both fit. */
export interface TraceSpanLike {
  spanId: string;
  parentSpanId?: string | null | undefined;
  name?: string | null | undefined;
  spanType?: string | null | undefined;
  /** ISO string, epoch ms or Date. */
  startedAt?: string | number | Date | null | undefined;
  endedAt?: string | number | Date | null | undefined;
  /** Absent on Mastra's per-trace light route: derived from `error` and `endedAt` then. */
  status?: string | null | undefined;
  isEvent?: boolean | null | undefined;
  entityType?: string | null | undefined;
  entityId?: string | null | undefined;
  entityName?: string | null | undefined;
  entityVersionId?: string | null | undefined;
  inputPreview?: unknown;
  error?: { message?: unknown } | null | undefined;
  metadata?: Record<string, unknown> | null | undefined;
}

export type TraceSpanStatus = 'success' | 'error' | 'running';

/** Broad family of a span type, for icons and colours. Unknown types fall into `other`. */
export type TraceSpanCategory = 'agent' | 'model' | 'tool' | 'workflow' | 'memory' | 'processor' | 'other';

/** Bit flags on `TraceNode.issues`: what the tree had to repair. */
export const TRACE_ISSUE = {
  /** `parentSpanId` names a span that is not in the trace: shown as a root. */
  orphan: 1,
  /** The parent chain looped back: the link that closed the loop was cut, this span is shown as a root. */
  cycle: 2,
  /** Starts before its parent, ends after it, or ends before it starts (clocks of different hosts). */
  skew: 4,
  /** `endedAt: null` although the trace has finished: no end was recorded. */
  unfinished: 8,
  /** `startedAt` missing or unparseable: placed at its parent's start. */
  invalidTime: 16,
  /** The same `spanId` arrived more than once: the last copy wins. */
  duplicate: 32,
  /** A span type this kit does not know (a newer server): rendered generically. */
  unknownType: 64,
} as const;

export interface TraceNode<S extends TraceSpanLike = TraceSpanLike> {
  id: string;
  span: S;
  /** The effective parent after repairs (null for roots, orphans and cut cycles). */
  parent: TraceNode<S> | null;
  children: TraceNode<S>[];
  depth: number;
  /** 0-based position among its siblings (for `aria-posinset`). */
  position: number;
  /** Position in the full preorder (`tree.order`). */
  index: number;
  startMs: number;
  /** Recorded end; null when the span has none (still running, an event, or never ended). */
  endMs: number | null;
  /** Where the bar ends on the timeline: the recorded end, else a sensible stand-in (never before `startMs`). */
  displayEndMs: number;
  status: TraceSpanStatus;
  isEvent: boolean;
  category: TraceSpanCategory;
  /** `TRACE_ISSUE` bits. */
  issues: number;
  /** Some descendant (not the span itself) has status `error`. */
  hasErrorBelow: boolean;
  /** Lower-cased text searched by `searchTrace`; filled on first search. */
  searchText: string | undefined;
}

export interface TraceTree<S extends TraceSpanLike = TraceSpanLike> {
  roots: TraceNode<S>[];
  byId: ReadonlyMap<string, TraceNode<S>>;
  /** Every node in preorder (roots by start time, children by start time). */
  order: TraceNode<S>[];
  /** Preorder positions of the spans with status `error`. */
  errorIndexes: number[];
  startMs: number;
  endMs: number;
  durationMs: number;
  /** All roots have ended (or there are none): `endedAt: null` below is then "unfinished", not "running". */
  finished: boolean;
  status: TraceSpanStatus;
  counts: { spans: number; errors: number; running: number; orphans: number; cycles: number; skewed: number };
  /** Entries dropped because they were not objects with a string `spanId`. */
  invalidEntries: number;
}

export interface BuildTraceTreeOptions {
  /** "Now" in epoch ms, for bars of running spans on a live trace. @default Date.now() */
  now?: number | undefined;
}

// Most spans are leaves: they share one frozen empty list instead of allocating 100,000 of them.
const NO_CHILDREN: TraceNode<never>[] = Object.freeze([]) as unknown as TraceNode<never>[];

const KNOWN_SPAN_TYPES: ReadonlySet<string> = new Set([
  'agent_run',
  'scorer_run',
  'classifier_evaluation',
  'scorer_step',
  'generic',
  'model_generation',
  'model_step',
  'model_inference',
  'model_chunk',
  'mcp_tool_call',
  'mcp_server_request',
  'processor_run',
  'tool_call',
  'client_tool_call',
  'provider_tool_call',
  'workflow_run',
  'workflow_step',
  'workflow_conditional',
  'workflow_conditional_eval',
  'workflow_parallel',
  'workflow_loop',
  'workflow_sleep',
  'workflow_wait_event',
  'memory_operation',
  'workspace_action',
  'rag_ingestion',
  'rag_embedding',
  'rag_vector_operation',
  'rag_action',
  'graph_action',
  'mapping',
  'skill_resolution',
  'skill_action',
  'agent_signal',
]);

/** Whether this kit knows the span type (Mastra 1.71's list, mastra-api §3.7). */
export function isKnownSpanType(spanType: string): boolean {
  return KNOWN_SPAN_TYPES.has(spanType);
}

/** The broad family of a span type; anything unrecognised is `other`. */
export function spanCategory(spanType: string | null | undefined): TraceSpanCategory {
  const type = spanType ?? '';
  if (type === 'agent_run' || type === 'agent_signal') return 'agent';
  if (type.startsWith('model_')) return 'model';
  if (type.endsWith('tool_call')) return 'tool';
  if (type.startsWith('workflow_')) return 'workflow';
  if (type === 'memory_operation') return 'memory';
  if (type === 'processor_run') return 'processor';
  return 'other';
}

/** Epoch ms of a wire timestamp; NaN when missing or unparseable. */
export function toEpochMs(value: string | number | Date | null | undefined): number {
  if (typeof value === 'number') return Number.isFinite(value) ? value : Number.NaN;
  if (typeof value === 'string') return parseIsoUtc(value);
  if (value instanceof Date) return value.getTime();
  return Number.NaN;
}

const DIGIT_0 = 48;

function digits(text: string, from: number, count: number): number {
  let value = 0;
  for (let i = from; i < from + count; i++) {
    const d = text.charCodeAt(i) - DIGIT_0;
    if (d < 0 || d > 9) return -1;
    value = value * 10 + d;
  }
  return value;
}

/**
 * `Date.parse` for the exact `YYYY-MM-DDTHH:MM:SS.sssZ` shape servers send (JSON dates), without going through
 * the general parser: at 100,000 spans, two timestamps each, this is a large share of tree building. Anything
 * else falls back to `Date.parse`.
 */
function parseIsoUtc(text: string): number {
  if (text.length !== 24 || text.charCodeAt(23) !== 90 /* Z */ || text.charCodeAt(10) !== 84 /* T */) {
    return Date.parse(text);
  }
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  const hour = digits(text, 11, 2);
  const minute = digits(text, 14, 2);
  const second = digits(text, 17, 2);
  const ms = digits(text, 20, 3);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 23)
    return Date.parse(text);
  if (minute < 0 || minute > 59 || second < 0 || second > 59 || ms < 0) return Date.parse(text);
  return Date.UTC(year, month - 1, day, hour, minute, second, ms);
}

/**
 * A span's status: the reported one when it is one of the three, upgraded to `error` when an error is
 * attached; derived (error → `error`, no end → `running`, else `success`) when absent or unknown, as on
 * Mastra's per-trace light route which omits it.
 */
export function deriveSpanStatus(span: TraceSpanLike): TraceSpanStatus {
  if (span.error) return 'error';
  const status = span.status;
  if (status === 'success' || status === 'error' || status === 'running') return status;
  if (span.endedAt == null && !span.isEvent) return 'running';
  return 'success';
}

/**
 * Builds the span tree. Linear in the number of spans, plus a sort only for sibling lists that arrive out of
 * start order. Later copies of a `spanId` replace earlier ones (live polling may resend a span once it ends).
 */
export function buildTraceTree<S extends TraceSpanLike>(
  spans: readonly S[],
  options: BuildTraceTreeOptions = {},
): TraceTree<S> {
  const byId = new Map<string, TraceNode<S>>();
  const nodes: TraceNode<S>[] = [];
  let invalidEntries = 0;

  for (const span of spans) {
    if (!span || typeof span !== 'object' || typeof span.spanId !== 'string') {
      invalidEntries++;
      continue;
    }
    const existing = byId.get(span.spanId);
    if (existing) {
      existing.span = span;
      existing.issues |= TRACE_ISSUE.duplicate;
      continue;
    }
    const node: TraceNode<S> = {
      id: span.spanId,
      span,
      parent: null,
      children: NO_CHILDREN as unknown as TraceNode<S>[],
      depth: 0,
      position: 0,
      index: 0,
      startMs: 0,
      endMs: null,
      displayEndMs: 0,
      status: 'success',
      isEvent: false,
      category: 'other',
      issues: 0,
      hasErrorBelow: false,
      searchText: undefined,
    };
    byId.set(span.spanId, node);
    nodes.push(node);
  }

  // Second pass (after duplicates settled): fields read from the final copy of each span.
  let minStart = Number.POSITIVE_INFINITY;
  let maxEnd = Number.NEGATIVE_INFINITY;
  // Until the preorder walk renumbers it, `index` holds the arrival order (ties in sorting, cycle marks).
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    const span = node.span;
    node.index = i;
    const type = typeof span.spanType === 'string' ? span.spanType : '';
    node.category = spanCategory(type);
    if (!KNOWN_SPAN_TYPES.has(type)) node.issues |= TRACE_ISSUE.unknownType;
    node.isEvent = span.isEvent === true;
    node.status = deriveSpanStatus(span);
    const start = toEpochMs(span.startedAt);
    const end = toEpochMs(span.endedAt);
    node.startMs = start;
    node.endMs = Number.isNaN(end) ? null : end;
    if (!Number.isNaN(start)) {
      if (start < minStart) minStart = start;
      if (start > maxEnd) maxEnd = start;
    }
    if (node.endMs !== null && node.endMs > maxEnd) maxEnd = node.endMs;

    const parentId = span.parentSpanId;
    if (parentId == null || parentId === '') continue;
    const parent = byId.get(parentId);
    if (!parent) node.issues |= TRACE_ISSUE.orphan;
    else if (parent === node) node.issues |= TRACE_ISSUE.cycle;
    else node.parent = parent;
  }
  if (minStart === Number.POSITIVE_INFINITY) minStart = maxEnd === Number.NEGATIVE_INFINITY ? 0 : maxEnd;
  if (maxEnd === Number.NEGATIVE_INFINITY) maxEnd = minStart;

  breakCycles(nodes);

  const roots: TraceNode<S>[] = [];
  for (const node of nodes) {
    const parent = node.parent;
    if (!parent) roots.push(node);
    else if ((parent.children as unknown) === NO_CHILDREN) parent.children = [node];
    else parent.children.push(node);
  }
  const byStart = (a: TraceNode<S>, b: TraceNode<S>) =>
    compareStart(a.startMs, b.startMs) || a.index - b.index;
  sortIfNeeded(roots, byStart);
  for (const node of nodes) if (node.children.length > 1) sortIfNeeded(node.children, byStart);

  let finished = true;
  for (const root of roots) {
    if ((root.issues & (TRACE_ISSUE.orphan | TRACE_ISSUE.cycle)) !== 0) continue;
    if (root.endMs === null && !root.isEvent) finished = false;
  }
  const now = options.now ?? Date.now();
  const liveEnd = Math.max(maxEnd, finished ? maxEnd : now);

  // Preorder walk with an explicit stack: depth, index, time repairs, flags. A 10,000-deep chain or
  // 100,000 siblings must not overflow the call stack.
  const order: TraceNode<S>[] = new Array<TraceNode<S>>(nodes.length);
  const errorIndexes: number[] = [];
  let orphans = 0;
  let cycles = 0;
  let skewed = 0;
  let running = 0;
  let errors = 0;
  const stack: TraceNode<S>[] = [];
  for (let i = roots.length - 1; i >= 0; i--) {
    roots[i]!.position = i;
    stack.push(roots[i]!);
  }
  let index = 0;
  while (stack.length > 0) {
    const node = stack.pop()!;
    const parent = node.parent;
    node.depth = parent ? parent.depth + 1 : 0;
    node.index = index;
    order[index++] = node;
    if (Number.isNaN(node.startMs)) {
      node.issues |= TRACE_ISSUE.invalidTime;
      node.startMs = parent ? parent.startMs : minStart;
    }
    if (node.endMs !== null && node.endMs < node.startMs) node.issues |= TRACE_ISSUE.skew;
    if (parent) {
      if (node.startMs < parent.startMs) node.issues |= TRACE_ISSUE.skew;
      else if (node.endMs !== null && parent.endMs !== null && node.endMs > parent.endMs)
        node.issues |= TRACE_ISSUE.skew;
    }
    if (node.endMs === null && !node.isEvent && finished) node.issues |= TRACE_ISSUE.unfinished;
    node.displayEndMs = displayEnd(node, parent, liveEnd, finished);
    if (node.issues & TRACE_ISSUE.orphan) orphans++;
    if (node.issues & TRACE_ISSUE.cycle) cycles++;
    if (node.issues & TRACE_ISSUE.skew) skewed++;
    if (node.status === 'error') {
      errors++;
      errorIndexes.push(node.index);
    } else if (node.status === 'running' && !finished) running++;
    const children = node.children;
    for (let i = children.length - 1; i >= 0; i--) {
      children[i]!.position = i;
      stack.push(children[i]!);
    }
  }

  // Reverse preorder visits children before parents: propagate "an error below".
  for (let i = order.length - 1; i >= 0; i--) {
    const node = order[i]!;
    const parent = node.parent;
    if (parent && (node.status === 'error' || node.hasErrorBelow)) parent.hasErrorBelow = true;
  }

  let status: TraceSpanStatus = 'success';
  if (errors > 0 && roots.some((r) => r.status === 'error')) status = 'error';
  else if (!finished) status = 'running';
  else if (errors > 0) status = 'error';

  return {
    roots,
    byId,
    order,
    errorIndexes,
    startMs: minStart,
    endMs: liveEnd,
    durationMs: Math.max(0, liveEnd - minStart),
    finished,
    status,
    counts: { spans: order.length, errors, running, orphans, cycles, skewed },
    invalidEntries,
  };
}

function compareStart(a: number, b: number): number {
  // NaN starts (repaired later) sort last among their siblings.
  const an = Number.isNaN(a);
  const bn = Number.isNaN(b);
  if (an || bn) return an === bn ? 0 : an ? 1 : -1;
  return a - b;
}

function sortIfNeeded<T>(list: T[], compare: (a: T, b: T) => number): void {
  for (let i = 1; i < list.length; i++) {
    if (compare(list[i - 1]!, list[i]!) > 0) {
      list.sort(compare);
      return;
    }
  }
}

/**
 * Cuts every parent loop (a → b → a) so the walk terminates: each node is visited once (state per node), and
 * when a chain runs into a node still on the current path, that node's parent link is cut and it becomes a root.
 */
function breakCycles<S extends TraceSpanLike>(nodes: readonly TraceNode<S>[]): void {
  const state = new Uint8Array(nodes.length); // 0 new, 1 on the current path, 2 done
  const path: TraceNode<S>[] = [];
  for (const start of nodes) {
    let node: TraceNode<S> | null = start;
    while (node && state[node.index] === 0) {
      state[node.index] = 1;
      path.push(node);
      node = node.parent;
    }
    if (node && state[node.index] === 1) {
      node.parent = null;
      node.issues |= TRACE_ISSUE.cycle;
    }
    for (const done of path) state[done.index] = 2;
    path.length = 0;
  }
}

function displayEnd<S extends TraceSpanLike>(
  node: TraceNode<S>,
  parent: TraceNode<S> | null,
  liveEnd: number,
  finished: boolean,
): number {
  if (node.endMs !== null) return Math.max(node.startMs, node.endMs);
  if (node.isEvent) return node.startMs;
  // Running on a live trace: up to now. Never ended on a finished trace: up to its parent's end (or the
  // trace's), so the bar shows "somewhere in there" without stretching past what the parent covers.
  if (!finished) return Math.max(node.startMs, liveEnd);
  const bound = parent ? parent.displayEndMs : liveEnd;
  return Math.max(node.startMs, bound);
}

/** The ids from the root down to (not including) the node: what must be expanded to reveal it. */
export function ancestorIds<S extends TraceSpanLike>(node: TraceNode<S>): string[] {
  const ids: string[] = [];
  for (let p = node.parent; p; p = p.parent) ids.push(p.id);
  return ids.reverse();
}

/* -------------------------------------------------------------------------------------------------
 * Expansion and flattening (the rows the virtualizer renders)
 * -----------------------------------------------------------------------------------------------*/

/**
 * Which nodes are expanded. `all-except` (everything open but `ids`) is the uncontrolled default, so spans that
 * arrive on a live trace open without anyone listing them; `only` is what a controlled `expandedIds` becomes.
 */
export interface TraceExpansion {
  readonly mode: 'all-except' | 'only';
  readonly ids: ReadonlySet<string>;
}

export const ALL_EXPANDED: TraceExpansion = { mode: 'all-except', ids: new Set() };

export function expansionOf(ids: Iterable<string>): TraceExpansion {
  return { mode: 'only', ids: new Set(ids) };
}

export function isExpanded(expansion: TraceExpansion, id: string): boolean {
  return expansion.mode === 'only' ? expansion.ids.has(id) : !expansion.ids.has(id);
}

/** A new expansion with `ids` opened or closed (the input is not mutated). */
export function setExpanded(expansion: TraceExpansion, ids: Iterable<string>, open: boolean): TraceExpansion {
  const next = new Set(expansion.ids);
  const add = expansion.mode === 'only' ? open : !open;
  let changed = false;
  for (const id of ids) {
    if (add ? !next.has(id) : next.has(id)) changed = true;
    if (add) next.add(id);
    else next.delete(id);
  }
  return changed ? { mode: expansion.mode, ids: next } : expansion;
}

/** The expanded parent ids, as a controlled `expandedIds` would list them. */
export function expandedIdList<S extends TraceSpanLike>(
  tree: TraceTree<S>,
  expansion: TraceExpansion,
): string[] {
  if (expansion.mode === 'only') return [...expansion.ids];
  const ids: string[] = [];
  for (const node of tree.order)
    if (node.children.length > 0 && !expansion.ids.has(node.id)) ids.push(node.id);
  return ids;
}

export interface FlattenOptions {
  expansion?: TraceExpansion | undefined;
  /** Show only these ids (search matches and their ancestors); their ancestors are shown open. */
  visibleIds?: ReadonlySet<string> | null | undefined;
}

/** The rows to render: preorder, skipping collapsed subtrees (and, with `visibleIds`, everything else). */
export function flattenTraceTree<S extends TraceSpanLike>(
  tree: TraceTree<S>,
  options: FlattenOptions = {},
): TraceNode<S>[] {
  const expansion = options.expansion ?? ALL_EXPANDED;
  const visible = options.visibleIds ?? null;
  if (!visible && expansion.mode === 'all-except' && expansion.ids.size === 0) return tree.order.slice();
  const rows: TraceNode<S>[] = [];
  const stack: TraceNode<S>[] = [];
  for (let i = tree.roots.length - 1; i >= 0; i--) stack.push(tree.roots[i]!);
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (visible && !visible.has(node.id)) continue;
    rows.push(node);
    const open = visible ? true : isExpanded(expansion, node.id);
    if (!open) continue;
    const children = node.children;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return rows;
}

/* -------------------------------------------------------------------------------------------------
 * Error navigation
 * -----------------------------------------------------------------------------------------------*/

/**
 * The next (or previous) span with status `error` after `fromId` in preorder, wrapping around; the first (or
 * last) error when `fromId` is null or unknown. Null when the trace has no error.
 */
export function findErrorSpan<S extends TraceSpanLike>(
  tree: TraceTree<S>,
  fromId: string | null,
  direction: 'next' | 'previous',
): TraceNode<S> | null {
  const errors = tree.errorIndexes;
  if (errors.length === 0) return null;
  const from = fromId === null ? undefined : tree.byId.get(fromId);
  if (!from) return tree.order[direction === 'next' ? errors[0]! : errors[errors.length - 1]!]!;
  // Binary search for the first error index greater than (or last less than) the current one.
  let lo = 0;
  let hi = errors.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (errors[mid]! <= from.index) lo = mid + 1;
    else hi = mid;
  }
  if (direction === 'next') return tree.order[errors[lo % errors.length]!]!;
  let before = lo - 1;
  if (before >= 0 && errors[before] === from.index) before--;
  return tree.order[errors[(before + errors.length) % errors.length]!]!;
}

/* -------------------------------------------------------------------------------------------------
 * Keyboard: WAI-ARIA tree pattern over the flattened rows
 * -----------------------------------------------------------------------------------------------*/

export type TreeKeyAction =
  | { type: 'focus'; index: number }
  | { type: 'expand'; id: string }
  | { type: 'collapse'; id: string }
  | { type: 'expand-siblings'; ids: string[] }
  | { type: 'activate'; id: string }
  | { type: 'none' };

/**
 * What a key does on the focused row (https://www.w3.org/WAI/ARIA/apg/patterns/treeview/): Down/Up move,
 * Right opens a closed parent or moves to the first child, Left closes an open parent or moves to the parent,
 * Home/End go to the first/last row, `*` opens every sibling, Enter activates.
 */
export function treeKeyAction<S extends TraceSpanLike>(
  key: string,
  rows: readonly TraceNode<S>[],
  index: number,
  expanded: (id: string) => boolean,
): TreeKeyAction {
  if (rows.length === 0) return { type: 'none' };
  const current = rows[Math.min(Math.max(index, 0), rows.length - 1)]!;
  const i = current === rows[index] ? index : rows.indexOf(current);
  switch (key) {
    case 'ArrowDown':
      return { type: 'focus', index: Math.min(i + 1, rows.length - 1) };
    case 'ArrowUp':
      return { type: 'focus', index: Math.max(i - 1, 0) };
    case 'Home':
      return { type: 'focus', index: 0 };
    case 'End':
      return { type: 'focus', index: rows.length - 1 };
    case 'ArrowRight': {
      if (current.children.length === 0) return { type: 'none' };
      if (!expanded(current.id)) return { type: 'expand', id: current.id };
      const next = rows[i + 1];
      return next && next.parent === current ? { type: 'focus', index: i + 1 } : { type: 'none' };
    }
    case 'ArrowLeft': {
      if (current.children.length > 0 && expanded(current.id)) return { type: 'collapse', id: current.id };
      const parent = current.parent;
      if (!parent) return { type: 'none' };
      for (let j = i - 1; j >= 0; j--) if (rows[j] === parent) return { type: 'focus', index: j };
      return { type: 'none' };
    }
    case '*': {
      const siblings = current.parent
        ? current.parent.children
        : rows.filter((r) => r.depth === current.depth);
      const ids = siblings.filter((s) => s.children.length > 0 && !expanded(s.id)).map((s) => s.id);
      return ids.length > 0 ? { type: 'expand-siblings', ids } : { type: 'none' };
    }
    case 'Enter':
      return { type: 'activate', id: current.id };
    default:
      return { type: 'none' };
  }
}

/**
 * Cheap "is this trace done" check for polling decisions, without building the tree: every root span has
 * ended. An empty list counts as not finished (a run that just started may not have exported its spans yet).
 */
export function traceLooksFinished(spans: readonly TraceSpanLike[]): boolean {
  let roots = 0;
  for (const span of spans) {
    if (!span || span.parentSpanId != null) continue;
    roots++;
    if (span.endedAt == null && span.isEvent !== true) return false;
  }
  return roots > 0 || spans.length > 0;
}
