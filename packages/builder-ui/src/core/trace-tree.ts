/**
 * Span tree building for the RunTraceViewer: from the flat span list the observability store returns (parents by
 * `parentSpanId`) to a tree with preorder indexes, depths, derived status and timing, in linear time apart from
 * sorting siblings that arrive out of order. Nothing here trusts the server: missing parents, cycles, clock
 * skew, `endedAt: null`, unknown span types and duplicate ids all produce a sensible tree, never a throw.
 */

import { IdSlots } from './id-slots.js';

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
  /** Every root, by start time. */
  roots: TraceNode<S>[];
  /** Every span by id (nodes are made on first access while the tree is not `complete`). */
  byId: ReadonlyMap<string, TraceNode<S>>;
  /**
   * Every node in preorder (roots by start time, children by start time); while the tree is not `complete`,
   * only the first rows of it (`buildTraceTreeHead`).
   */
  order: TraceNode<S>[];
  /**
   * False for a head (`buildTraceTreeHead`): `order` holds only the first rows. Everything else (`roots`,
   * `byId`, each node's `parent` and `children`, the counts, times and status) is already the whole trace's.
   */
  complete: boolean;
  /** The node at a preorder position (`node.index`); past a head's `order` it completes the tree first. */
  nodeAt(index: number): TraceNode<S> | undefined;
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
  return epochMs(value, false);
}

/**
 * `toEpochMs`, with strings read by the hand-written parser when `bulk` (a whole trace of many spans, see
 * `BULK_PARSE_FROM`), else by `Date.parse`, which needs no warming up. Both give the same number for every string.
 */
function epochMs(value: string | number | Date | null | undefined, bulk: boolean): number {
  if (typeof value === 'number') return Number.isFinite(value) ? value : Number.NaN;
  if (typeof value === 'string') return bulk ? parseIsoUtc(value) : Date.parse(value);
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

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * `Date.parse` for the exact `YYYY-MM-DDTHH:MM:SS.sssZ` shape servers send (JSON dates), without going through
 * the general parser: at 100,000 spans, two timestamps each, this is a large share of tree building. Anything
 * else, and any date engines could read differently, goes to `Date.parse`: the result is always its result.
 */
function parseIsoUtc(text: string): number {
  if (
    text.length !== 24 ||
    text.charCodeAt(23) !== 90 /* Z */ ||
    text.charCodeAt(10) !== 84 /* T */ ||
    text.charCodeAt(4) !== 45 /* - */ ||
    text.charCodeAt(7) !== 45 ||
    text.charCodeAt(13) !== 58 /* : */ ||
    text.charCodeAt(16) !== 58 ||
    text.charCodeAt(19) !== 46 /* . */
  ) {
    return Date.parse(text);
  }
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  const hour = digits(text, 11, 2);
  const minute = digits(text, 14, 2);
  const second = digits(text, 17, 2);
  const ms = digits(text, 20, 3);
  // Years below 100 too: Date.UTC reads them as 1900-1999.
  if (year < 100 || month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 23)
    return Date.parse(text);
  if (minute < 0 || minute > 59 || second < 0 || second > 59 || ms < 0) return Date.parse(text);
  // Past the month's last day, engines differ (V8 rolls over, others refuse): theirs decides.
  if (day > 28 && day > daysInMonth(year, month)) return Date.parse(text);
  return Date.UTC(year, month - 1, day, hour, minute, second, ms);
}

/**
 * A span's status: the reported one when it is one of the three, upgraded to `error` when an error is
 * attached; derived (error → `error`, no end → `running`, else `success`) when absent or unknown, as on
 * Mastra's per-trace light route which omits it.
 */
export function deriveSpanStatus(span: TraceSpanLike): TraceSpanStatus {
  return STATUSES[spanStatusCode(span)]!;
}

/** `deriveSpanStatus` as a code (what the index stores): one call per span while indexing. */
function spanStatusCode(span: TraceSpanLike): number {
  if (span.error) return STATUS_ERROR;
  const status = span.status;
  if (status === 'success') return STATUS_SUCCESS;
  if (status === 'error') return STATUS_ERROR;
  if (status === 'running') return STATUS_RUNNING;
  return span.endedAt == null && !span.isEvent ? STATUS_RUNNING : STATUS_SUCCESS;
}

/*
 * How the tree is built. First an index with one typed-array slot per span id: the structure (ids, repaired
 * parents, children, roots, depths, subtree sizes) and what each span says of itself (status, type, event),
 * without reading a single timestamp. Times, sibling order, preorder positions and the repairs that need times
 * are then worked out per node when it is first needed: a head (`buildTraceTreeHead`) needs them for its
 * first rows only, so a viewer paints its first screen before the other 99,900 spans of a large trace are
 * parsed, sorted or turned into objects. `completeTraceTree` does the whole trace, from the same index, with
 * the same nodes.
 */

const STATUS_SUCCESS = 0;
const STATUS_ERROR = 1;
const STATUS_RUNNING = 2;
const STATUSES: readonly TraceSpanStatus[] = ['success', 'error', 'running'];
const CATEGORIES: readonly TraceSpanCategory[] = [
  'agent',
  'model',
  'tool',
  'workflow',
  'memory',
  'processor',
  'other',
];
const CATEGORY_CODE = /* @__PURE__ */ new Map(CATEGORIES.map((c, i) => [c, i] as const));
/** `flags` bits. */
const IS_EVENT = 1;
const ERROR_BELOW = 2;
const RESOLVED = 4;
const TIMES_READ = 8;
const GROUP_SORTED = 16;
/** The issue bits that depend on times (the others are known from the structure alone). */
const TIME_ISSUES = TRACE_ISSUE.skew | TRACE_ISSUE.unfinished | TRACE_ISSUE.invalidTime;

/** One slot per distinct span id, numbered `k` in order of first arrival. */
interface TraceIndex<S extends TraceSpanLike> {
  size: number;
  /** The last copy of each id (the input itself when it holds one copy of each and nothing else). */
  spans: S[];
  /** Slot by id; slot k's id is `spans[k].spanId`. */
  ids: IdSlots;
  /** The parent after repairs, -1 for a root. */
  parent: Int32Array;
  issues: Uint8Array;
  status: Uint8Array;
  /** Once RESOLVED. */
  category: Uint8Array;
  /** IS_EVENT, ERROR_BELOW, and per-slot progress: RESOLVED, TIMES_READ, GROUP_SORTED (its children). */
  flags: Uint8Array;
  depth: Int32Array;
  /** Spans in the subtree, the span included: preorder positions follow from these without a walk. */
  subtree: Int32Array;
  /** Children of k are `childList[childStart[k] .. childStart[k + 1])`, by start time once GROUP_SORTED. */
  childStart: Int32Array;
  childList: Int32Array;
  roots: Int32Array;
  rootsSorted: boolean;
  /** Times as sent (NaN when missing or unparseable), once TIMES_READ. */
  sentStart: Float64Array;
  sentEnd: Float64Array;
  /** Once RESOLVED: preorder position, position among siblings, start after repairs, bar end. */
  rank: Int32Array;
  position: Int32Array;
  startMs: Float64Array;
  displayEndMs: Float64Array;
  /** Earliest start and latest time read so far (the whole trace's once `complete`). */
  minStart: number;
  maxEnd: number;
  finished: boolean;
  now: number;
  complete: boolean;
  /** Entries dropped because they were not objects with a string `spanId`. */
  invalidEntries: number;
  /** `skewed` counts the slots resolved so far (all of them once complete). */
  counts: TraceTree['counts'];
  /** Once complete. */
  errorIndexes: number[];
  nodes: (IndexedTraceNode<S> | undefined)[];
  /** The complete tree, once made. */
  whole: TraceTree<S> | undefined;
}

function compareStart(a: number, b: number): number {
  // NaN starts (repaired later) sort last among their siblings.
  const an = Number.isNaN(a);
  const bn = Number.isNaN(b);
  if (an || bn) return an === bn ? 0 : an ? 1 : -1;
  return a - b;
}

function readTimes<S extends TraceSpanLike>(index: TraceIndex<S>, k: number, bulk = false): void {
  if (index.flags[k]! & TIMES_READ) return;
  index.flags[k]! |= TIMES_READ;
  const span = index.spans[k]!;
  const start = epochMs(span.startedAt, bulk);
  const end = epochMs(span.endedAt, bulk);
  index.sentStart[k] = start;
  index.sentEnd[k] = end;
  if (!Number.isNaN(start)) {
    if (start < index.minStart) index.minStart = start;
    if (start > index.maxEnd) index.maxEnd = start;
  }
  if (end > index.maxEnd) index.maxEnd = end;
}

/** The trace's extent as far as times have been read: [start, end] of the timeline. */
function extent<S extends TraceSpanLike>(index: TraceIndex<S>): { start: number; end: number } {
  let start = index.minStart;
  let end = index.maxEnd;
  if (start === Number.POSITIVE_INFINITY) start = end === Number.NEGATIVE_INFINITY ? 0 : end;
  if (end === Number.NEGATIVE_INFINITY) end = start;
  return { start, end: Math.max(end, index.finished ? end : index.now) };
}

/**
 * Orders the children of `g` (-1: the roots) by start, then arrival, and gives each its position among them
 * and its preorder position (the parent's, plus one, plus the subtrees of the siblings before it). The parent
 * must be resolved.
 */
function sortGroup<S extends TraceSpanLike>(index: TraceIndex<S>, g: number): void {
  let list: Int32Array;
  let from: number;
  let to: number;
  let next: number;
  if (g < 0) {
    if (index.rootsSorted) return;
    index.rootsSorted = true;
    list = index.roots;
    from = 0;
    to = list.length;
    next = 0;
  } else {
    if (index.flags[g]! & GROUP_SORTED) return;
    index.flags[g]! |= GROUP_SORTED;
    list = index.childList;
    from = index.childStart[g]!;
    to = index.childStart[g + 1]!;
    next = index.rank[g]! + 1;
  }
  for (let j = from; j < to; j++) readTimes(index, list[j]!);
  const start = index.sentStart;
  const compare = (a: number, b: number) => compareStart(start[a]!, start[b]!) || a - b;
  // Siblings usually arrive in start order (servers list spans by start time): checked without a call per
  // pair, since a root may have thousands of children. Out of order: `compare` (NaN last, then arrival).
  let previous = start[list[from]!]!;
  for (let j = from + 1; j < to; j++) {
    const current = start[list[j]!]!;
    // `compare(list[j - 1], list[j]) <= 0`, written out.
    const inOrder =
      previous < current ||
      (previous === current
        ? list[j - 1]! < list[j]!
        : Number.isNaN(current) && (!Number.isNaN(previous) || list[j - 1]! < list[j]!));
    if (!inOrder) {
      list.subarray(from, to).sort(compare);
      break;
    }
    previous = current;
  }
  for (let j = from; j < to; j++) {
    const k = list[j]!;
    index.position[k] = j - from;
    index.rank[k] = next;
    next += index.subtree[k]!;
  }
}

/** Category, start repair, time issues and bar end of k, whose parent is resolved and whose group is sorted. */
function resolveSlot<S extends TraceSpanLike>(index: TraceIndex<S>, k: number, liveEnd: number): void {
  const p = index.parent[k]!;
  const finished = index.finished;
  if (index.flags[k]! & RESOLVED && index.issues[k]! & TRACE_ISSUE.skew) index.counts.skewed--;
  let issue = index.issues[k]! & ~(TIME_ISSUES | TRACE_ISSUE.unknownType);
  const type = index.spans[k]!.spanType;
  const code = typeCode(typeof type === 'string' ? type : '');
  index.category[k] = code & 127;
  if (code & 128) issue |= TRACE_ISSUE.unknownType;
  let start = index.sentStart[k]!;
  if (Number.isNaN(start)) {
    issue |= TRACE_ISSUE.invalidTime;
    start = p >= 0 ? index.startMs[p]! : extent(index).start;
  }
  index.startMs[k] = start;
  const end = index.sentEnd[k]!;
  const ended = !Number.isNaN(end);
  if (ended && end < start) issue |= TRACE_ISSUE.skew;
  if (p >= 0) {
    const parentEnd = index.sentEnd[p]!;
    if (start < index.startMs[p]!) issue |= TRACE_ISSUE.skew;
    else if (ended && !Number.isNaN(parentEnd) && end > parentEnd) issue |= TRACE_ISSUE.skew;
  }
  const event = (index.flags[k]! & IS_EVENT) !== 0;
  if (!ended && !event && finished) issue |= TRACE_ISSUE.unfinished;
  if (issue & TRACE_ISSUE.skew) index.counts.skewed++;
  index.issues[k] = issue;
  // Running on a live trace: up to now. Never ended on a finished trace: up to its parent's end (or the
  // trace's), so the bar shows "somewhere in there" without stretching past what the parent covers.
  let displayEnd: number;
  if (ended) displayEnd = Math.max(start, end);
  else if (event) displayEnd = start;
  else if (!finished) displayEnd = Math.max(start, liveEnd);
  else displayEnd = Math.max(start, p >= 0 ? index.displayEndMs[p]! : liveEnd);
  index.displayEndMs[k] = displayEnd;
  index.flags[k]! |= RESOLVED;
}

/** Resolves k and, first, every ancestor of it not resolved yet (top down, without recursion). */
function resolve<S extends TraceSpanLike>(index: TraceIndex<S>, k: number): void {
  if (index.flags[k]! & RESOLVED) return;
  const chain: number[] = [];
  for (let a = k; a >= 0 && (index.flags[a]! & RESOLVED) === 0; a = index.parent[a]!) chain.push(a);
  for (let i = chain.length - 1; i >= 0; i--) {
    const slot = chain[i]!;
    sortGroup(index, index.parent[slot]!);
    resolveSlot(index, slot, extent(index).end);
  }
}

/** Per span type: its category code, plus 128 when this kit does not know the type. Types repeat a lot. */
const typeCodes = /* @__PURE__ */ new Map<string, number>();
function typeCode(type: string): number {
  let code = typeCodes.get(type);
  if (code === undefined) {
    code = CATEGORY_CODE.get(spanCategory(type))! | (KNOWN_SPAN_TYPES.has(type) ? 0 : 128);
    // Bounded: a server inventing a new type per span must not grow this forever.
    if (typeCodes.size < 512) typeCodes.set(type, code);
  }
  return code;
}

/** What `readSpans` finds: one slot per span, in the order given. */
interface SpanLinks {
  ids: IdSlots;
  status: Uint8Array;
  flags: Uint8Array;
  parent: Int32Array;
  childStart: Int32Array;
  depth: Int32Array;
  errors: number;
  running: number;
  rootCount: number;
  orphans: number;
  cycles: number;
  parentsFirst: boolean;
}

/**
 * One pass over the spans, each read once: its id, what it says of itself, and its parent. A server listing
 * spans by start time sends every parent before its children, so the parent is found among the ids already
 * seen, and its depth is known; spans whose parent has not come yet (an orphan, or a list in another order)
 * are linked after the pass. Everything later reads typed arrays only. `null` as soon as an entry is not a span
 * or an id comes a second time.
 */
function readSpans<S extends TraceSpanLike>(spans: readonly S[], issues: Uint8Array): SpanLinks | null {
  const size = spans.length;
  const ids = new IdSlots(size);
  const status = new Uint8Array(size);
  const flags = new Uint8Array(size);
  const parent = new Int32Array(size);
  const childStart = new Int32Array(size + 1);
  const depth = new Int32Array(size);
  let errors = 0;
  let running = 0;
  let rootCount = 0;
  let orphans = 0;
  let cycles = 0;
  let parentsFirst = true;
  const parentLater: number[] = [];
  for (let k = 0; k < size; k++) {
    const span = spans[k];
    if (!span || typeof span !== 'object' || typeof span.spanId !== 'string' || !ids.add(span.spanId))
      return null;
    flags[k] = span.isEvent === true ? IS_EVENT : 0;
    const code = spanStatusCode(span);
    status[k] = code;
    if (code === STATUS_ERROR) errors++;
    else if (code === STATUS_RUNNING) running++;
    const parentId = span.parentSpanId;
    if (parentId == null || parentId === '') {
      parent[k] = -1;
      rootCount++;
      continue;
    }
    const p = ids.get(parentId);
    if (p === undefined) parentLater.push(k);
    else if (p === k) {
      issues[k]! |= TRACE_ISSUE.cycle;
      cycles++;
      parent[k] = -1;
      rootCount++;
    } else {
      parent[k] = p;
      childStart[p + 1]!++;
      depth[k] = depth[p]! + 1;
    }
  }
  for (const k of parentLater) {
    const p = ids.get(spans[k]!.parentSpanId!);
    if (p === undefined) {
      issues[k]! |= TRACE_ISSUE.orphan;
      orphans++;
      parent[k] = -1;
      rootCount++;
    } else {
      parent[k] = p;
      childStart[p + 1]!++;
      parentsFirst = false;
    }
  }
  return {
    ids,
    status,
    flags,
    parent,
    childStart,
    depth,
    errors,
    running,
    rootCount,
    orphans,
    cycles,
    parentsFirst,
  };
}

function indexTrace<S extends TraceSpanLike>(
  input: readonly S[],
  options: BuildTraceTreeOptions,
): TraceIndex<S> {
  let spans = input as S[];
  let issues = new Uint8Array(input.length);
  let invalidEntries = 0;
  let read = readSpans(spans, issues);
  if (!read) {
    // A second copy of an id, or an entry that is not a span: the last copy of an id wins, in the first copy's
    // place, and the list is read again without them.
    const seen = new IdSlots(input.length);
    const duplicates: number[] = [];
    spans = [];
    for (const span of input) {
      if (!span || typeof span !== 'object' || typeof span.spanId !== 'string') {
        invalidEntries++;
        continue;
      }
      const k = seen.get(span.spanId);
      if (k === undefined) {
        seen.add(span.spanId);
        spans.push(span);
      } else {
        spans[k] = span;
        duplicates.push(k);
      }
    }
    issues = new Uint8Array(spans.length);
    for (const k of duplicates) issues[k] = TRACE_ISSUE.duplicate;
    read = readSpans(spans, issues)!;
  }
  const { ids, status, flags, parent, childStart, depth, rootCount, parentsFirst, errors, running, orphans } =
    read;
  let { cycles } = read;

  // Child lists and subtree sizes. Parents first: one backward pass (each span's descendants come after it),
  // and no loop is possible. Otherwise a walk from the roots works them out (and finds spans hanging off a
  // loop).
  const size = spans.length;
  let childList: Int32Array;
  let roots: Int32Array;
  let subtree: Int32Array;
  if (parentsFirst) {
    for (let k = 0; k < size; k++) childStart[k + 1]! += childStart[k]!;
    childList = new Int32Array(size - rootCount);
    roots = new Int32Array(rootCount);
    subtree = new Int32Array(size);
    // Filled from the back, so each list keeps arrival order.
    const fill = childStart.slice(1);
    let r = rootCount;
    for (let k = size - 1; k >= 0; k--) {
      const spansBelow = ++subtree[k]!;
      const p = parent[k]!;
      if (p < 0) {
        roots[--r] = k;
        continue;
      }
      childList[--fill[p]!] = k;
      subtree[p]! += spansBelow;
      if (status[k] === STATUS_ERROR || (flags[k]! & ERROR_BELOW) !== 0) flags[p]! |= ERROR_BELOW;
    }
  } else {
    let links = linkChildren(parent);
    if (links.reached < size) {
      // Some spans hang off a loop (a → b → a), unreachable from any root: cut the loops, link again.
      cycles += breakCycles(parent, issues);
      links = linkChildren(parent);
    }
    ({ childList, roots } = links);
    childStart.set(links.childStart);
    depth.set(links.depth);
    // Subtree sizes and "an error below", bottom up (the reverse of a parent-first order).
    const walk = links.walk;
    subtree = new Int32Array(size).fill(1);
    for (let i = size - 1; i >= 0; i--) {
      const k = walk[i]!;
      const p = parent[k]!;
      if (p < 0) continue;
      subtree[p]! += subtree[k]!;
      if (status[k] === STATUS_ERROR || (flags[k]! & ERROR_BELOW) !== 0) flags[p]! |= ERROR_BELOW;
    }
  }

  const index: TraceIndex<S> = {
    size,
    spans,
    ids,
    parent,
    issues,
    status,
    category: new Uint8Array(size),
    flags,
    depth,
    subtree,
    childStart,
    childList,
    roots,
    rootsSorted: false,
    sentStart: new Float64Array(size),
    sentEnd: new Float64Array(size),
    rank: new Int32Array(size),
    position: new Int32Array(size),
    startMs: new Float64Array(size),
    displayEndMs: new Float64Array(size),
    minStart: Number.POSITIVE_INFINITY,
    maxEnd: Number.NEGATIVE_INFINITY,
    finished: true,
    now: options.now ?? Date.now(),
    complete: false,
    invalidEntries,
    counts: { spans: size, errors, running: 0, orphans, cycles, skewed: 0 },
    errorIndexes: [],
    nodes: new Array<IndexedTraceNode<S> | undefined>(size),
    whole: undefined,
  };
  // Whether the run is over depends on the roots alone: every real root has ended.
  for (let i = 0; i < roots.length; i++) {
    const k = roots[i]!;
    readTimes(index, k);
    if ((issues[k]! & (TRACE_ISSUE.orphan | TRACE_ISSUE.cycle)) !== 0) continue;
    if (Number.isNaN(index.sentEnd[k]!) && (flags[k]! & IS_EVENT) === 0) index.finished = false;
  }
  if (!index.finished) index.counts.running = running;
  return index;
}

/**
 * Children lists (compressed: one array for all of them) and roots, in arrival order until sorted; depths; and
 * the spans in a parent-first order (`walk`), as far as they are reached from the roots.
 */
function linkChildren(parent: Int32Array) {
  const size = parent.length;
  const childStart = new Int32Array(size + 1);
  let rootCount = 0;
  for (let k = 0; k < size; k++) {
    const p = parent[k]!;
    if (p < 0) rootCount++;
    else childStart[p + 1]!++;
  }
  for (let k = 0; k < size; k++) childStart[k + 1]! += childStart[k]!;
  const childList = new Int32Array(size - rootCount);
  const roots = new Int32Array(rootCount);
  const fill = childStart.slice(0, size);
  let r = 0;
  for (let k = 0; k < size; k++) {
    const p = parent[k]!;
    if (p < 0) roots[r++] = k;
    else childList[fill[p]!++] = k;
  }
  const depth = new Int32Array(size);
  const walk = new Int32Array(size);
  walk.set(roots);
  let reached = rootCount;
  for (let i = 0; i < reached; i++) {
    const k = walk[i]!;
    const d = depth[k]! + 1;
    const to = childStart[k + 1]!;
    for (let j = childStart[k]!; j < to; j++) {
      const c = childList[j]!;
      depth[c] = d;
      walk[reached++] = c;
    }
  }
  return { childStart, childList, roots, depth, walk, reached };
}

/**
 * Cuts every parent loop (a → b → a) so the walk terminates, and returns how many links it cut: each slot is
 * visited once (state per slot), and when a chain runs into a slot still on the current path, that slot's
 * parent link is cut and it becomes a root.
 */
function breakCycles(parent: Int32Array, issues: Uint8Array): number {
  const size = parent.length;
  const state = new Uint8Array(size); // 0 new, 1 on the current path, 2 done
  const path = new Int32Array(size);
  let cuts = 0;
  for (let start = 0; start < size; start++) {
    let k = start;
    let length = 0;
    while (k >= 0 && state[k] === 0) {
      state[k] = 1;
      path[length++] = k;
      k = parent[k]!;
    }
    if (k >= 0 && state[k] === 1) {
      parent[k] = -1;
      issues[k]! |= TRACE_ISSUE.cycle;
      cuts++;
    }
    for (let i = 0; i < length; i++) state[path[i]!] = 2;
  }
  return cuts;
}

/**
 * From this many spans the hand-written parser reads a trace's times. It spends a few ms getting optimized in a
 * page, then reads a timestamp in about half of `Date.parse`'s time (Chromium, a page's first run: 2,800 strings
 * 2.4 vs 0.5 ms, 20,000 strings 6.3 vs 4.8 ms, 200,000 strings 36 vs 42 ms).
 */
const BULK_PARSE_FROM = 30_000;

/** Reads every time, sorts every group and resolves every slot: the whole trace's figures. */
function completeIndex<S extends TraceSpanLike>(index: TraceIndex<S>): void {
  if (index.complete) return;
  const bulk = index.size >= BULK_PARSE_FROM;
  for (let k = 0; k < index.size; k++) readTimes(index, k, bulk);
  // The trace's extent is now final: slots resolved against a partial one are redone, in preorder.
  const liveEnd = extent(index).end;
  sortGroup(index, -1);
  const stack = new Int32Array(index.size);
  let sp = 0;
  for (let i = index.roots.length - 1; i >= 0; i--) stack[sp++] = index.roots[i]!;
  const errorIndexes: number[] = [];
  while (sp > 0) {
    const k = stack[--sp]!;
    resolveSlot(index, k, liveEnd);
    if (index.status[k] === STATUS_ERROR) errorIndexes.push(index.rank[k]!);
    sortGroup(index, k);
    for (let j = index.childStart[k + 1]! - 1; j >= index.childStart[k]!; j--)
      stack[sp++] = index.childList[j]!;
  }
  index.errorIndexes = errorIndexes;
  index.complete = true;
  // Nodes made before keep their identity; the fields that depended on the partial extent are refreshed.
  for (const node of index.nodes) node?.refresh();
}

/** A node made from its index slot; its children list is made when first read. */
class IndexedTraceNode<S extends TraceSpanLike> implements TraceNode<S> {
  id: string;
  span: S;
  parent: TraceNode<S> | null;
  depth: number;
  position: number;
  index: number;
  startMs: number;
  endMs: number | null;
  displayEndMs: number;
  status: TraceSpanStatus;
  isEvent: boolean;
  category: TraceSpanCategory;
  issues: number;
  hasErrorBelow: boolean;
  searchText: string | undefined;
  private kids: TraceNode<S>[] | undefined;
  private readonly source: TraceIndex<S>;
  private readonly slot: number;

  constructor(source: TraceIndex<S>, k: number, parent: TraceNode<S> | null) {
    const end = source.sentEnd[k]!;
    const flags = source.flags[k]!;
    this.id = source.spans[k]!.spanId;
    this.span = source.spans[k]!;
    this.parent = parent;
    this.depth = source.depth[k]!;
    this.position = source.position[k]!;
    this.index = source.rank[k]!;
    this.startMs = source.startMs[k]!;
    this.endMs = Number.isNaN(end) ? null : end;
    this.displayEndMs = source.displayEndMs[k]!;
    this.status = STATUSES[source.status[k]!]!;
    this.isEvent = (flags & IS_EVENT) !== 0;
    this.category = CATEGORIES[source.category[k]!]!;
    this.issues = source.issues[k]!;
    this.hasErrorBelow = (flags & ERROR_BELOW) !== 0;
    this.searchText = undefined;
    this.kids = undefined;
    this.source = source;
    this.slot = k;
  }

  /** Re-reads what a partial extent could have made provisional (start repairs of roots, bar ends). */
  refresh(): void {
    const k = this.slot;
    this.startMs = this.source.startMs[k]!;
    this.displayEndMs = this.source.displayEndMs[k]!;
    this.issues = this.source.issues[k]!;
  }

  get children(): TraceNode<S>[] {
    if (this.kids) return this.kids;
    const source = this.source;
    const from = source.childStart[this.slot]!;
    const to = source.childStart[this.slot + 1]!;
    if (from === to) return (this.kids = NO_CHILDREN as unknown as TraceNode<S>[]);
    sortGroup(source, this.slot);
    const kids = new Array<TraceNode<S>>(to - from);
    for (let j = from; j < to; j++) kids[j - from] = nodeOf(source, source.childList[j]!);
    return (this.kids = kids);
  }

  set children(value: TraceNode<S>[]) {
    this.kids = value;
  }

  /** How many children, without making their nodes. */
  childCount(): number {
    return this.kids
      ? this.kids.length
      : this.source.childStart[this.slot + 1]! - this.source.childStart[this.slot]!;
  }

  /** The children in order (by start), each read from the index; a child's node is made only when asked for. */
  sortedChildren(): TraceChildren<S> {
    if (this.kids) return childrenOfNodes(this.kids);
    const source = this.source;
    const from = source.childStart[this.slot]!;
    sortGroup(source, this.slot);
    const slotAt = (i: number) => source.childList[from + i]!;
    return {
      length: source.childStart[this.slot + 1]! - from,
      span: (i) => source.spans[slotAt(i)]!,
      status: (i) => STATUSES[source.status[slotAt(i)]!]!,
      isEvent: (i) => (source.flags[slotAt(i)]! & IS_EVENT) !== 0,
      node: (i) => nodeOf(source, slotAt(i)),
    };
  }

  /** The children's spans in no particular order, without sorting them or making their nodes. */
  childSpans(): S[] {
    if (this.kids) return this.kids.map((kid) => kid.span);
    const source = this.source;
    const from = source.childStart[this.slot]!;
    const to = source.childStart[this.slot + 1]!;
    const spans = new Array<S>(to - from);
    for (let j = from; j < to; j++) spans[j - from] = source.spans[source.childList[j]!]!;
    return spans;
  }
}

/**
 * How many children a node has. For a tree from `buildTraceTree(Head)` this reads the index and makes no child
 * node: a row showing `aria-setsize` under a parent of 10,000 children costs nothing more than its own node.
 */
export function childCount<S extends TraceSpanLike>(node: TraceNode<S>): number {
  return node instanceof IndexedTraceNode ? node.childCount() : node.children.length;
}

/** A node's children in order, read one at a time: what a check over a long sibling list needs without nodes. */
export interface TraceChildren<S extends TraceSpanLike = TraceSpanLike> {
  readonly length: number;
  span(i: number): S;
  status(i: number): TraceSpanStatus;
  isEvent(i: number): boolean;
  /** The child's node (made when first asked for, on a tree from `buildTraceTree(Head)`). */
  node(i: number): TraceNode<S>;
}

/** A list of nodes seen as `TraceChildren`. */
export function childrenOfNodes<S extends TraceSpanLike>(nodes: readonly TraceNode<S>[]): TraceChildren<S> {
  return {
    length: nodes.length,
    span: (i) => nodes[i]!.span,
    status: (i) => nodes[i]!.status,
    isEvent: (i) => nodes[i]!.isEvent,
    node: (i) => nodes[i]!,
  };
}

/**
 * A node's children in the order of `node.children`; for a built tree, each child's node is made only when
 * `node(i)` asks for it (a parent of 10,000 children costs 10,000 index reads, not 10,000 objects).
 */
export function sortedChildren<S extends TraceSpanLike>(node: TraceNode<S>): TraceChildren<S> {
  return node instanceof IndexedTraceNode ? node.sortedChildren() : childrenOfNodes(node.children);
}

/** The spans of a node's children, in no particular order; for a built tree, without making their nodes. */
export function childSpans<S extends TraceSpanLike>(node: TraceNode<S>): readonly S[] {
  return node instanceof IndexedTraceNode ? node.childSpans() : node.children.map((kid) => kid.span);
}

/** The node of slot k, made (with any ancestors not made yet) on first request. */
function nodeOf<S extends TraceSpanLike>(index: TraceIndex<S>, k: number): TraceNode<S> {
  const made = index.nodes[k];
  if (made) return made;
  resolve(index, k);
  const p = index.parent[k]!;
  if (p < 0 || index.nodes[p]) {
    const node = new IndexedTraceNode(index, k, p < 0 ? null : index.nodes[p]!);
    index.nodes[k] = node;
    return node;
  }
  // Ancestors first, top down, without recursion (a chain may be 10,000 deep).
  const missing: number[] = [];
  for (let a = k; a >= 0 && !index.nodes[a]; a = index.parent[a]!) missing.push(a);
  let node: IndexedTraceNode<S> | undefined;
  for (let i = missing.length - 1; i >= 0; i--) {
    const slot = missing[i]!;
    const p = index.parent[slot]!;
    node = new IndexedTraceNode(index, slot, p >= 0 ? index.nodes[p]! : null);
    index.nodes[slot] = node;
  }
  return node!;
}

/** `byId` over the index: no second map of 100,000 entries, nodes made when looked up. */
class NodeMap<S extends TraceSpanLike> implements ReadonlyMap<string, TraceNode<S>> {
  private readonly index: TraceIndex<S>;
  constructor(index: TraceIndex<S>) {
    this.index = index;
  }
  get size(): number {
    return this.index.size;
  }
  get(id: string): TraceNode<S> | undefined {
    const k = this.index.ids.get(id);
    return k === undefined ? undefined : nodeOf(this.index, k);
  }
  has(id: string): boolean {
    return this.index.ids.has(id);
  }
  // In slot order: the order in which each id first arrived, as a Map of the ids would iterate.
  forEach(
    callback: (value: TraceNode<S>, key: string, map: ReadonlyMap<string, TraceNode<S>>) => void,
    thisArg?: unknown,
  ): void {
    const { spans, size } = this.index;
    for (let k = 0; k < size; k++) callback.call(thisArg, nodeOf(this.index, k), spans[k]!.spanId, this);
  }
  *entries(): MapIterator<[string, TraceNode<S>]> {
    const { spans, size } = this.index;
    for (let k = 0; k < size; k++) yield [spans[k]!.spanId, nodeOf(this.index, k)];
  }
  *keys(): MapIterator<string> {
    const { spans, size } = this.index;
    for (let k = 0; k < size; k++) yield spans[k]!.spanId;
  }
  *values(): MapIterator<TraceNode<S>> {
    for (let k = 0; k < this.index.size; k++) yield nodeOf(this.index, k);
  }
  [Symbol.iterator](): MapIterator<[string, TraceNode<S>]> {
    return this.entries();
  }
}

const heads = new WeakMap<TraceTree<never>, TraceIndex<never>>();

/** The tree over an index: its first `rows` rows made (all of them once the index is complete). */
function treeOf<S extends TraceSpanLike>(index: TraceIndex<S>, rows: number): TraceTree<S> {
  sortGroup(index, -1);
  const roots = Array.from(index.roots, (k) => nodeOf(index, k));
  const order: TraceNode<S>[] = [];
  const count = index.complete ? index.size : Math.min(rows, index.size);
  const stack: number[] = [];
  for (let i = index.roots.length - 1; i >= 0; i--) stack.push(index.roots[i]!);
  while (order.length < count && stack.length > 0) {
    const k = stack.pop()!;
    order.push(nodeOf(index, k));
    sortGroup(index, k);
    for (let j = index.childStart[k + 1]! - 1; j >= index.childStart[k]!; j--)
      stack.push(index.childList[j]!);
  }
  const { errors } = index.counts;
  let status: TraceSpanStatus = 'success';
  if (errors > 0 && roots.some((root) => root.status === 'error')) status = 'error';
  else if (!index.finished) status = 'running';
  else if (errors > 0) status = 'error';
  const { start, end } = extent(index);
  const tree: TraceTree<S> = {
    roots,
    byId: new NodeMap(index),
    order,
    complete: order.length === index.size,
    // Past a head's rows, the position is the complete tree's (the same nodes).
    nodeAt: (i) =>
      i < order.length ? order[i] : i < index.size ? completeTraceTree(tree).order[i] : undefined,
    errorIndexes: index.errorIndexes.slice(),
    startMs: start,
    endMs: end,
    durationMs: Math.max(0, end - start),
    finished: index.finished,
    status,
    counts: { ...index.counts },
    invalidEntries: index.invalidEntries,
  };
  if (!tree.complete) heads.set(tree as TraceTree<never>, index as TraceIndex<never>);
  return tree;
}

/**
 * Builds the span tree. Linear in the number of spans, plus a sort only for sibling lists that arrive out of
 * start order. Later copies of a `spanId` replace earlier ones (live polling may resend a span once it ends).
 */
export function buildTraceTree<S extends TraceSpanLike>(
  spans: readonly S[],
  options: BuildTraceTreeOptions = {},
): TraceTree<S> {
  const index = indexTrace(spans, options);
  completeIndex(index);
  return treeOf(index, index.size);
}

export interface BuildTraceTreeHeadOptions extends BuildTraceTreeOptions {
  /** How many rows of `order` to make. @default 200 */
  rows?: number | undefined;
}

/**
 * The first `rows` rows of the tree `buildTraceTree` would build, for a first screen: the structure of the whole
 * trace (roots, parents, children, depths, counts of spans, errors and repairs of the structure), but times read,
 * siblings sorted and nodes made only on the way to those rows (and for whatever is looked up later). What needs
 * every span's times is provisional until `completeTraceTree`: `startMs`, `endMs` and `durationMs`, `errorIndexes`
 * (empty) and `counts.skewed` (the rows seen so far), and the bars of spans without an end (`displayEndMs`), which
 * reach to the end of the trace. A trace of at most `rows` spans comes back complete.
 */
export function buildTraceTreeHead<S extends TraceSpanLike>(
  spans: readonly S[],
  options: BuildTraceTreeHeadOptions = {},
): TraceTree<S> {
  const index = indexTrace(spans, options);
  const rows = Math.max(0, Math.floor(options.rows ?? 200));
  if (index.size <= rows) completeIndex(index);
  return treeOf(index, rows);
}

/**
 * The complete tree for a head: the same nodes (their provisional fields brought up to date), all of `order`,
 * the whole trace's figures. Made once per head; a complete tree is returned as it is.
 */
export function completeTraceTree<S extends TraceSpanLike>(tree: TraceTree<S>): TraceTree<S> {
  if (tree.complete) return tree;
  const index = heads.get(tree as TraceTree<never>) as TraceIndex<S> | undefined;
  if (!index) throw new Error('completeTraceTree: not a tree from buildTraceTreeHead');
  if (!index.whole) {
    completeIndex(index);
    index.whole = treeOf(index, index.size);
  }
  return index.whole;
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
  for (const node of completeTraceTree(tree).order)
    if (node.children.length > 0 && !expansion.ids.has(node.id)) ids.push(node.id);
  return ids;
}

export interface FlattenOptions {
  expansion?: TraceExpansion | undefined;
  /** Show only these ids (search matches and their ancestors); their ancestors are shown open. */
  visibleIds?: ReadonlySet<string> | null | undefined;
}

/**
 * The rows to render: preorder, skipping collapsed subtrees (and, with `visibleIds`, everything else). On a
 * head (not `complete`) with everything open, that is the head's rows: the first of them.
 */
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
  // A head's error positions are not known yet: they are the complete tree's (the same nodes).
  const whole = completeTraceTree(tree);
  const errors = whole.errorIndexes;
  if (errors.length === 0) return null;
  const from = fromId === null ? undefined : whole.byId.get(fromId);
  if (!from) return whole.nodeAt(direction === 'next' ? errors[0]! : errors[errors.length - 1]!)!;
  // Binary search for the first error index greater than (or last less than) the current one.
  let lo = 0;
  let hi = errors.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (errors[mid]! <= from.index) lo = mid + 1;
    else hi = mid;
  }
  if (direction === 'next') return whole.nodeAt(errors[lo % errors.length]!)!;
  let before = lo - 1;
  if (before >= 0 && errors[before] === from.index) before--;
  return whole.nodeAt(errors[(before + errors.length) % errors.length]!)!;
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
