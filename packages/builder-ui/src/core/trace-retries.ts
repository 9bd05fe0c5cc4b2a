import {
  childrenOfNodes,
  childSpans,
  completeTraceTree,
  deriveSpanStatus,
  sortedChildren,
  type TraceChildren,
  type TraceNode,
  type TraceSpanLike,
  type TraceSpanStatus,
  type TraceTree,
} from './trace-tree.js';

/** One execution of a retried step. */
export interface RetryAttempt {
  id: string;
  /** 1-based. */
  number: number;
  status: TraceSpanStatus;
  startMs: number;
  endMs: number | null;
  /** Time between the previous attempt's end and this one's start (the retry delay); null for the first. */
  delayBeforeMs: number | null;
  errorMessage: string | null;
}

/**
 * The attempts of one step, in order. `attempt-spans`: the step opened one child span per attempt (named
 * "… attempt N" or with `metadata.attempt`), the owner is that step. `repeated-spans`: the same step (same type
 * and entity) ran again as a sibling right after failing; the owner is their common parent.
 */
export interface RetryGroup {
  /** The first attempt's span id. */
  id: string;
  kind: 'attempt-spans' | 'repeated-spans';
  /** The span the attempts sit under (null when they are roots). */
  ownerId: string | null;
  /** What was retried: the attempt name without its number, or the step's name. */
  label: string;
  attempts: RetryAttempt[];
  /** The last attempt's status: did the retries pay off. */
  outcome: TraceSpanStatus;
  /** Sum of the delays between attempts. */
  totalDelayMs: number;
}

export interface TraceRetryIndex {
  groups: RetryGroup[];
  /** Attempt span id → its group and attempt. */
  byAttemptId: ReadonlyMap<string, { group: RetryGroup; attempt: RetryAttempt }>;
  /** Owner span id → the groups under it. */
  byOwnerId: ReadonlyMap<string, RetryGroup[]>;
}

const ATTEMPT_IN_NAME = /\b(?:attempt|retry|try)\s*#?\s*(\d+)\b/i;

function explicitAttempt(span: TraceSpanLike): number | null {
  const fromMeta = span.metadata?.['attempt'];
  if (typeof fromMeta === 'number' && Number.isInteger(fromMeta) && fromMeta >= 1) return fromMeta;
  const match = ATTEMPT_IN_NAME.exec(span.name ?? '');
  if (!match) return null;
  const n = Number(match[1]);
  return Number.isInteger(n) && n >= 1 ? n : null;
}

function errorMessage(span: TraceSpanLike): string | null {
  const message = span.error?.message;
  return typeof message === 'string' ? message : span.error ? '' : null;
}

function toGroup<S extends TraceSpanLike>(
  kind: RetryGroup['kind'],
  owner: TraceNode<S> | null,
  label: string,
  members: readonly TraceNode<S>[],
  numbers: readonly number[] | null,
): RetryGroup {
  const attempts: RetryAttempt[] = [];
  let totalDelayMs = 0;
  let previousEnd: number | null = null;
  members.forEach((node, i) => {
    const delay = previousEnd === null ? null : Math.max(0, node.startMs - previousEnd);
    if (delay !== null) totalDelayMs += delay;
    attempts.push({
      id: node.id,
      number: numbers ? numbers[i]! : i + 1,
      status: node.status,
      startMs: node.startMs,
      endMs: node.endMs,
      delayBeforeMs: delay,
      errorMessage: errorMessage(node.span),
    });
    previousEnd = node.endMs ?? node.displayEndMs;
  });
  return {
    id: members[0]!.id,
    kind,
    ownerId: owner?.id ?? null,
    label,
    attempts,
    outcome: attempts[attempts.length - 1]!.status,
    totalDelayMs,
  };
}

/** Same type and entity (or name): a sibling that ran "the same step again". */
function repeatIdentity(span: TraceSpanLike): string {
  return `${span.spanType ?? ''}\u0000${span.entityId ?? span.name ?? ''}`;
}

/**
 * Whether `groupRetryAttempts` could find any group among children with these spans (in any order): one of
 * them carries an attempt number, or a failed one has a sibling of the same identity. False means it finds
 * none, so a long sibling list is checked from its spans alone, without sorting it or making its nodes.
 */
export function mayHoldRetries(spans: readonly TraceSpanLike[]): boolean {
  let failed: Set<string> | null = null;
  for (const span of spans) {
    if (explicitAttempt(span) !== null) return true;
    if (span.isEvent !== true && deriveSpanStatus(span) === 'error')
      (failed ??= new Set()).add(repeatIdentity(span));
  }
  if (!failed) return false;
  const seen = new Set<string>();
  for (const span of spans) {
    if (span.isEvent === true) continue;
    const identity = repeatIdentity(span);
    if (!failed.has(identity)) continue;
    if (seen.has(identity)) return true;
    seen.add(identity);
  }
  return false;
}

/**
 * Finds retry attempts among one span's children (sorted by start, as `buildTraceTree` leaves them).
 *
 * 1. Children that carry an attempt number (`metadata.attempt`, or "attempt N" in the name), grouped by their
 *    name without the number: a group of two or more, or a lone attempt numbered above 1.
 * 2. Otherwise, consecutive children of the same type and entity where every one but the last failed: the
 *    engine ran the step again. Successful repeats (loop iterations) are never grouped.
 */
export function groupRetryAttempts<S extends TraceSpanLike>(
  owner: TraceNode<S> | null,
  children: readonly TraceNode<S>[],
): RetryGroup[] {
  return groupChildren(owner, childrenOfNodes(children));
}

/** `groupRetryAttempts` over children read one at a time: only the attempts' nodes are asked for. */
function groupChildren<S extends TraceSpanLike>(
  owner: TraceNode<S> | null,
  children: TraceChildren<S>,
): RetryGroup[] {
  const groups: RetryGroup[] = [];
  const explicit = new Map<string, { members: number[]; numbers: number[]; label: string }>();
  const taken = new Uint8Array(children.length);
  const nodes = (members: readonly number[]) => members.map((i) => children.node(i));
  for (let i = 0; i < children.length; i++) {
    const span = children.span(i);
    const n = explicitAttempt(span);
    if (n === null) continue;
    const name = span.name ?? '';
    const label = name.replace(ATTEMPT_IN_NAME, '').replace(/\s+/g, ' ').trim() || name;
    const key = `${span.spanType ?? ''}\u0000${label}`;
    let entry = explicit.get(key);
    if (!entry) explicit.set(key, (entry = { members: [], numbers: [], label }));
    entry.members.push(i);
    entry.numbers.push(n);
  }
  for (const entry of explicit.values()) {
    if (entry.members.length < 2 && entry.numbers[0]! < 2) continue;
    for (const m of entry.members) taken[m] = 1;
    groups.push(toGroup('attempt-spans', owner, entry.label, nodes(entry.members), entry.numbers));
  }

  let run: number[] = [];
  const flush = () => {
    if (run.length >= 2)
      groups.push(toGroup('repeated-spans', owner, children.span(run[0]!).name ?? '', nodes(run), null));
    run = [];
  };
  for (let i = 0; i < children.length; i++) {
    if (taken[i] || children.isEvent(i)) {
      flush();
      continue;
    }
    const last = run.length > 0 ? run[run.length - 1]! : -1;
    if (
      last >= 0 &&
      children.status(last) === 'error' &&
      repeatIdentity(children.span(last)) === repeatIdentity(children.span(i))
    )
      run.push(i);
    else {
      flush();
      run = [i];
    }
  }
  flush();
  return groups;
}

/**
 * Every retry group in the trace, indexed by attempt and by owner. Grouping happens per owner when first asked
 * (`byOwnerId.get`, `byAttemptId.get`): a viewer showing 30 rows of a 100,000-span trace groups the children of
 * those rows only. Reading `groups`, `size` or iterating the maps groups the whole trace (linear in spans), in
 * the same order as a walk of the tree: the roots' groups first, then each span's in preorder.
 */
export function collectRetryGroups<S extends TraceSpanLike>(tree: TraceTree<S>): TraceRetryIndex {
  const perOwner = new Map<TraceNode<S> | null, RetryGroup[]>();
  const groupsOf = (owner: TraceNode<S> | null): RetryGroup[] => {
    let found = perOwner.get(owner);
    if (!found) {
      if (owner) found = mayHoldRetries(childSpans(owner)) ? groupChildren(owner, sortedChildren(owner)) : [];
      else found = tree.roots.length > 1 ? groupRetryAttempts(null, tree.roots) : [];
      perOwner.set(owner, found);
    }
    return found;
  };
  let whole: { groups: RetryGroup[]; byAttemptId: AttemptMap; byOwnerId: Map<string, RetryGroup[]> } | null =
    null;
  const all = () => {
    if (whole) return whole;
    const groups: RetryGroup[] = [];
    const byAttemptId: AttemptMap = new Map();
    const byOwnerId = new Map<string, RetryGroup[]>();
    const add = (found: RetryGroup[]) => {
      for (const group of found) {
        groups.push(group);
        for (const attempt of group.attempts) byAttemptId.set(attempt.id, { group, attempt });
      }
      if (found.length > 0 && found[0]!.ownerId !== null) byOwnerId.set(found[0]!.ownerId, found);
    };
    add(groupsOf(null));
    const { order } = completeTraceTree(tree);
    for (const node of order) if (node.children.length > 0) add(groupsOf(node));
    return (whole = { groups, byAttemptId, byOwnerId });
  };
  const byOwnerId = lazyMap<RetryGroup[]>(
    (id) => {
      const node = tree.byId.get(id);
      const found = node ? groupsOf(node) : [];
      return found.length > 0 ? found : undefined;
    },
    () => all().byOwnerId,
  );
  const byAttemptId = lazyMap<{ group: RetryGroup; attempt: RetryAttempt }>(
    (id) => {
      const node = tree.byId.get(id);
      if (!node) return undefined;
      for (const group of groupsOf(node.parent))
        for (const attempt of group.attempts) if (attempt.id === id) return { group, attempt };
      return undefined;
    },
    () => all().byAttemptId,
  );
  return {
    get groups() {
      return all().groups;
    },
    byAttemptId,
    byOwnerId,
  };
}

type AttemptMap = Map<string, { group: RetryGroup; attempt: RetryAttempt }>;

/** A read-only map answering `get`/`has` one key at a time; anything touching every entry builds them all. */
function lazyMap<V>(
  lookup: (key: string) => V | undefined,
  every: () => ReadonlyMap<string, V>,
): ReadonlyMap<string, V> {
  return {
    get: lookup,
    has: (key) => lookup(key) !== undefined,
    get size() {
      return every().size;
    },
    forEach: (callback, thisArg) =>
      every().forEach((value, key) => callback.call(thisArg, value, key, every())),
    entries: () => every().entries(),
    keys: () => every().keys(),
    values: () => every().values(),
    [Symbol.iterator]: () => every()[Symbol.iterator](),
  };
}
