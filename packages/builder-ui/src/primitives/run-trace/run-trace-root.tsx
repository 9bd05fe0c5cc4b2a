import {
  useCallback,
  useDeferredValue,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type HTMLAttributes,
  type ReactNode,
  type Ref,
} from 'react';
import type { LightSpan, Span } from '@paddock/client-sdk';
import {
  ALL_EXPANDED,
  ancestorIds,
  completeTraceTree,
  expandedIdList,
  expansionOf,
  findErrorSpan,
  flattenTraceTree,
  isExpanded,
  setExpanded,
  type TraceExpansion,
  type TraceNode,
  type TraceTree,
} from '../../core/trace-tree.js';
import { searchTrace, type TraceSearchResult } from '../../core/trace-search.js';
import { collectRetryGroups, type TraceRetryIndex } from '../../core/trace-retries.js';
import type { TokenUsage } from '../../core/trace-details.js';
import { useMessages } from '../../hooks/use-builder.js';
import { usePermission, type PermissionState } from '../../hooks/use-permission.js';
import { useRunTrace, useTraceTree } from '../../hooks/use-run-trace.js';
import { runTraceViewerMessages, type RunTraceViewerMessages } from '../../i18n/run-trace-viewer.en-US.js';
import type { CommonMessages } from '../../i18n/common.en-US.js';
import { cn } from '../../utils/cn.js';
import { createContext } from '../../utils/create-context.js';
import { Slot } from '../../utils/slot.js';
import { useControllableState } from '../../utils/use-controllable-state.js';

export type RunTraceStatus = 'idle' | 'loading' | 'error' | 'forbidden' | 'empty' | 'ready';

/** What a host link for an entity needs: agent or workflow id and the stored version that ran. */
export interface RunTraceEntity {
  type: string;
  id: string;
  name: string | null;
  versionId: string | null;
}

export interface RunTraceContextValue {
  traceId: string | null;
  status: RunTraceStatus;
  error: unknown;
  permission: PermissionState;
  retry: () => void;
  tree: TraceTree<LightSpan> | null;
  retries: TraceRetryIndex | null;
  fullSpans: ReadonlyMap<string, Span> | null;
  usage: TokenUsage | null;
  /** The rows to render (after expansion and search). */
  rows: TraceNode<LightSpan>[];
  /**
   * How many rows the tree has in all. More than `rows.length` only while a large trace is still being built
   * (`tree.complete` false): the rows past `rows` arrive with the next render.
   */
  rowCount: number;
  selectedSpanId: string | null;
  select: (spanId: string | null) => void;
  /** Selects a span, opens its ancestors and asks the tree to scroll to it and focus it. */
  reveal: (spanId: string) => void;
  expanded: (spanId: string) => boolean;
  setOpen: (spanIds: Iterable<string>, open: boolean) => void;
  search: string;
  setSearch: (value: string) => void;
  searchResult: TraceSearchResult<LightSpan> | null;
  goToError: (direction: 'next' | 'previous') => void;
  /** A span the tree should scroll to (error navigation, search, deep links); `seq` makes repeats distinct. */
  revealRequest: { id: string; seq: number } | null;
  entityHref: ((entity: RunTraceEntity) => string | undefined) | undefined;
  messages: CommonMessages & RunTraceViewerMessages;
  live: boolean;
  /** Whether span details are fetched on selection. */
  fetchSpans: boolean;
}

export const [RunTraceContext, useRunTraceContext, useRunTraceContextOptional] =
  createContext<RunTraceContextValue>('RunTracePrimitive.Root');

/** The trace viewer's state, for custom parts. */
export function useRunTraceViewer(consumerName = 'useRunTraceViewer'): RunTraceContextValue {
  return useRunTraceContext(consumerName);
}

export interface RunTracePrimitiveRootProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  /** The trace to show; `null` shows the "choose a run" state. */
  traceId: string | null;
  /**
   * Spans to show instead of fetching them (fixtures, stories, a host that already has them). With this the
   * Root never calls the server for the list; span details still come from `retrieveSpan` unless `fetchSpans`
   * is false. `null`: the host is still getting them (the loading state, no request); `undefined`: the Root
   * fetches the trace itself. @default undefined
   */
  spans?: readonly LightSpan[] | null | undefined;
  /** Fetch full span details on selection. @default true */
  fetchSpans?: boolean | undefined;
  /** The selected span (controlled). */
  selectedSpanId?: string | null | undefined;
  /** @default null */
  defaultSelectedSpanId?: string | null | undefined;
  onSelectedSpanIdChange?: ((spanId: string | null) => void) | undefined;
  /** Expanded span ids (controlled). */
  expandedIds?: readonly string[] | undefined;
  /** Uncontrolled start: an id list, or `'all'` (every span open, including spans that arrive later). @default 'all' */
  defaultExpandedIds?: readonly string[] | 'all' | undefined;
  onExpandedIdsChange?: ((expandedIds: string[]) => void) | undefined;
  /** Poll interval (ms) while the trace runs; `false` turns live updates off. @default 1500 */
  pollInterval?: number | false | undefined;
  /** App path for an entity (agent, workflow, tool) and the version that ran; links go through the provider's link component. */
  entityHref?: ((entity: RunTraceEntity) => string | undefined) | undefined;
  asChild?: boolean | undefined;
  children?: ReactNode;
  ref?: Ref<HTMLDivElement> | undefined;
}

const EMPTY_ROWS: TraceNode<LightSpan>[] = [];

/**
 * Loads a trace (light spans first; full spans for small traces, one span on selection), builds its tree in
 * `core/`, and holds selection, expansion and search. Renders one `div`.
 *
 * @selector [data-slot="paddock-trace-root"]
 * @selector [data-state="idle" | "loading" | "error" | "forbidden" | "empty" | "ready"]
 * @selector [data-status="success" | "error" | "running"] (the trace's status, once loaded)
 */
export function RunTracePrimitiveRoot({
  traceId,
  spans,
  fetchSpans = true,
  selectedSpanId: selectedProp,
  defaultSelectedSpanId = null,
  onSelectedSpanIdChange,
  expandedIds: expandedProp,
  defaultExpandedIds = 'all',
  onExpandedIdsChange,
  pollInterval = 1500,
  entityHref,
  asChild,
  className,
  children,
  ref,
  ...props
}: RunTracePrimitiveRootProps) {
  const messages = useMessages(runTraceViewerMessages);
  // `null` is the host's own loading state: spans are still the host's to give, so nothing is fetched here.
  const given = spans !== undefined;
  // Spans in hand need no read permission: asking the server (a request at mount) would only delay the rows.
  const permission = usePermission('observability:read', { enabled: !given });
  const remote = useRunTrace(traceId, {
    enabled: !given && permission.status !== 'pending' && permission.allowed,
    pollInterval,
    fullTraceLimit: fetchSpans ? 2000 : 0,
  });
  const givenTree = useTraceTree(given ? spans : null, traceId ?? '');
  const givenRetries = useMemo(() => (givenTree ? collectRetryGroups(givenTree) : null), [givenTree]);
  const retries = given ? givenRetries : remote.retries;
  const built = given ? givenTree : remote.tree;

  const [selectedSpanId, setSelected] = useControllableState<string | null>({
    prop: selectedProp,
    defaultProp: defaultSelectedSpanId,
    onChange: onSelectedSpanIdChange,
    caller: 'RunTracePrimitive.Root',
  });

  const [uncontrolledExpansion, setUncontrolledExpansion] = useState<TraceExpansion>(() =>
    defaultExpandedIds === 'all' ? ALL_EXPANDED : expansionOf(defaultExpandedIds),
  );
  const controlledExpansion = useMemo(
    () => (expandedProp === undefined ? null : expansionOf(expandedProp)),
    [expandedProp],
  );
  const expansion = controlledExpansion ?? uncontrolledExpansion;
  const expansionRef = useRef(expansion);
  const treeRef = useRef(built);
  useLayoutEffect(() => {
    expansionRef.current = expansion;
    treeRef.current = built;
  });

  const setOpen = useCallback(
    (ids: Iterable<string>, open: boolean) => {
      const next = setExpanded(expansionRef.current, ids, open);
      if (next === expansionRef.current) return;
      expansionRef.current = next;
      if (expandedProp === undefined) setUncontrolledExpansion(next);
      if (onExpandedIdsChange && treeRef.current) onExpandedIdsChange(expandedIdList(treeRef.current, next));
    },
    [expandedProp, onExpandedIdsChange],
  );

  const [search, setSearch] = useState('');
  // Typing stays responsive on huge traces: filtering runs at lower priority than the input's own update.
  const deferredSearch = useDeferredValue(search);
  const searching = deferredSearch.trim() !== '';
  // A search needs every span: a tree still arriving in two steps is completed now rather than shown unfiltered.
  const tree = useMemo(() => (built && searching ? completeTraceTree(built) : built), [built, searching]);
  const searchResult = useMemo(
    () => (tree && searching ? searchTrace(tree, deferredSearch) : null),
    [tree, searching, deferredSearch],
  );
  const rows = useMemo(
    () =>
      tree
        ? flattenTraceTree(tree, { expansion, visibleIds: searchResult ? searchResult.visibleIds : null })
        : EMPTY_ROWS,
    [tree, expansion, searchResult],
  );
  // A head shows its first rows; with everything open, the rest (as many as spans) come with the whole tree.
  const allOpen = expansion.mode === 'all-except' && expansion.ids.size === 0 && !searchResult;
  const rowCount = tree && !tree.complete && allOpen ? tree.counts.spans : rows.length;

  const [revealRequest, setRevealRequest] = useState<{ id: string; seq: number } | null>(() =>
    defaultSelectedSpanId ? { id: defaultSelectedSpanId, seq: 0 } : null,
  );
  const reveal = useCallback(
    (spanId: string) => {
      const node = treeRef.current?.byId.get(spanId);
      if (!node) return;
      const closed = ancestorIds(node).filter((id) => !isExpanded(expansionRef.current, id));
      if (closed.length > 0) setOpen(closed, true);
      setRevealRequest((previous) => ({ id: spanId, seq: (previous?.seq ?? 0) + 1 }));
      setSelected(spanId);
    },
    [setOpen, setSelected],
  );
  const goToError = useCallback(
    (direction: 'next' | 'previous') => {
      const current = treeRef.current;
      if (!current) return;
      const target = findErrorSpan(current, selectedSpanId, direction);
      if (target) {
        if (searchResult && !searchResult.visibleIds.has(target.id)) setSearch('');
        reveal(target.id);
      }
    },
    [reveal, selectedSpanId, searchResult],
  );

  const query = remote.query;
  let status: RunTraceStatus;
  if (traceId === null && !spans) status = 'idle';
  else if (!given && permission.status === 'ready' && !permission.allowed) status = 'forbidden';
  else if (tree) status = tree.counts.spans === 0 ? 'empty' : 'ready';
  else if (!given && query.isError) status = 'error';
  else status = 'loading';

  const live = !!tree && !tree.finished && pollInterval !== false && !given;
  const value: RunTraceContextValue = {
    traceId,
    status,
    error: query.error,
    permission,
    retry: () => void query.refetch(),
    tree,
    retries,
    fullSpans: given ? null : remote.fullSpans,
    usage: given ? null : remote.usage,
    rows,
    rowCount,
    selectedSpanId,
    select: setSelected,
    reveal,
    expanded: (id) => isExpanded(expansion, id),
    setOpen,
    search,
    setSearch,
    searchResult,
    goToError,
    revealRequest,
    entityHref,
    messages,
    live,
    fetchSpans,
  };
  const Comp = asChild ? Slot : 'div';
  return (
    <RunTraceContext value={value}>
      <Comp
        data-slot="paddock-trace-root"
        data-state={status}
        data-status={tree?.status}
        data-live={live ? '' : undefined}
        aria-label={messages['runTrace.label']}
        role="region"
        {...props}
        ref={ref as Ref<HTMLElement & HTMLDivElement>}
        className={cn(className)}
      >
        {children}
      </Comp>
    </RunTraceContext>
  );
}
