import { useEffect, useMemo, useState } from 'react';
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import {
  paddockKeys,
  retrieveLightTrace,
  type LightSpan,
  type LightTrace,
  type Span,
} from '@paddock/client-sdk';
import {
  buildTraceTree,
  buildTraceTreeHead,
  completeTraceTree,
  traceLooksFinished,
  type TraceSpanLike,
  type TraceTree,
} from '../core/trace-tree.js';
import { collectRetryGroups, type TraceRetryIndex } from '../core/trace-retries.js';
import { sumTraceUsage, type TokenUsage } from '../core/trace-details.js';
import { useBuilderContext } from '../provider/builder-context.js';

export interface UseRunTraceOptions {
  /** Poll interval in ms while the trace is still running (live traces). `false` turns polling off. @default 1500 */
  pollInterval?: number | false | undefined;
  /**
   * Also fetch the full spans (input, output, attributes) when the trace has at most this many spans: token
   * totals, suspension events and payload details then come without a request per span. @default 2000
   */
  fullTraceLimit?: number | undefined;
  /** @default true */
  enabled?: boolean | undefined;
}

export interface RunTraceData {
  query: UseQueryResult<LightTrace>;
  tree: TraceTree<LightSpan> | null;
  retries: TraceRetryIndex | null;
  /** Full spans by id, when the trace was small enough to fetch whole (see `fullTraceLimit`). */
  fullSpans: ReadonlyMap<string, Span> | null;
  /** Token totals from the full spans; null when none reported or not fetched. */
  usage: TokenUsage | null;
}

/**
 * A trace's light span list as a tree (`useTraceTree`, once per fetch), its retry groups, and — for small
 * traces — the full spans. Polls while the trace is running, so spans appear as they are exported.
 */
export function useRunTrace(
  traceId: string | null | undefined,
  options: UseRunTraceOptions = {},
): RunTraceData {
  const { client, queryClient } = useBuilderContext('useRunTrace');
  const { pollInterval = 1500, fullTraceLimit = 2000, enabled = true } = options;
  const id = traceId ?? '';

  const query = useQuery(
    {
      enabled: enabled && id !== '',
      queryKey: paddockKeys.observability.trace(client.baseUrl, id, true),
      queryFn: ({ signal }) => retrieveLightTrace(client, id, { signal }),
      refetchInterval: (q) => {
        if (pollInterval === false) return false;
        const data = q.state.data;
        if (!data) return false;
        return traceLooksFinished(data.spans) ? false : pollInterval;
      },
    },
    queryClient,
  );

  const data = query.data;
  const tree = useTraceTree(data?.spans, id);
  const retries = useMemo(() => (tree ? collectRetryGroups(tree) : null), [tree]);

  const spanCount = data?.spans.length ?? 0;
  const full = useQuery(
    {
      enabled: enabled && id !== '' && spanCount > 0 && spanCount <= fullTraceLimit,
      // The span count is part of the key: a live trace that grew refetches its full spans.
      queryKey: [...paddockKeys.observability.trace(client.baseUrl, id, false), spanCount],
      queryFn: ({ signal }) => client.observability.retrieveTrace(id, undefined, { signal }),
      placeholderData: (previous) => previous,
    },
    queryClient,
  );
  const fullData = full.data;
  const fullSpans = useMemo(
    () => (fullData ? new Map(fullData.spans.map((s) => [s.spanId, s] as const)) : null),
    [fullData],
  );
  const usage = useMemo(() => (fullData ? sumTraceUsage(fullData.spans) : null), [fullData]);
  return { query, tree, retries, fullSpans, usage };
}

/** From this many spans, a trace is shown in two steps: its first rows at once, the rest after that paint. */
const HEAD_FROM_SPANS = 2_000;
/** Rows of the first step: a tall screen of rows, with room to spare. */
const HEAD_ROWS = 100;

/** Runs `callback` once the next frame has been painted (a task queued from an animation frame). */
function afterNextPaint(callback: () => void): () => void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    callback();
  };
  const channel = new MessageChannel();
  channel.port1.onmessage = run;
  const frame = requestAnimationFrame(() => channel.port2.postMessage(null));
  // A hidden tab paints no frames: the rest of the tree still arrives.
  const timer = setTimeout(run, 250);
  return () => {
    done = true;
    cancelAnimationFrame(frame);
    clearTimeout(timer);
    channel.port1.close();
  };
}

/**
 * A span list as a tree. A large trace seen for the first time comes in two steps: a head
 * (`buildTraceTreeHead`: the whole structure, nodes and times for the first rows only) for this render, then
 * the complete tree once that has been painted, so the first rows show before 100,000 spans are parsed and
 * made into nodes. Later span lists for the same `key` (a live trace's polls) are built whole at once, so
 * rows the user is looking at never blink.
 */
export function useTraceTree<S extends TraceSpanLike>(
  spans: readonly S[] | null | undefined,
  key: string,
): TraceTree<S> | null {
  const [current, setCurrent] = useState<{
    spans: readonly S[] | null | undefined;
    key: string;
    tree: TraceTree<S> | null;
  }>({ spans: null, key, tree: null });
  let tree = current.tree;
  if (current.spans !== spans) {
    // A new span list. For the trace already on screen (a live trace's poll) it is built whole at once.
    const sameTrace = current.key === key && current.tree !== null;
    tree = !spans
      ? null
      : spans.length < HEAD_FROM_SPANS || sameTrace
        ? buildTraceTree(spans)
        : buildTraceTreeHead(spans, { rows: HEAD_ROWS });
    setCurrent({ spans, key, tree });
  }
  const head = tree && !tree.complete ? tree : null;
  useEffect(() => {
    if (!head) return;
    return afterNextPaint(() =>
      setCurrent((now) => (now.tree === head ? { ...now, tree: completeTraceTree(head) } : now)),
    );
  }, [head]);
  return tree;
}

/** One span with input, output and attributes (`retrieveSpan`), fetched when selected. */
export function useTraceSpan(
  traceId: string | null | undefined,
  spanId: string | null | undefined,
  options: { enabled?: boolean | undefined } = {},
): UseQueryResult<Span> {
  const { client, queryClient } = useBuilderContext('useTraceSpan');
  return useQuery(
    {
      enabled: (options.enabled ?? true) && !!traceId && !!spanId,
      queryKey: paddockKeys.observability.span(client.baseUrl, traceId ?? '', spanId ?? ''),
      queryFn: async ({ signal }) =>
        (await client.observability.retrieveSpan(traceId ?? '', spanId ?? '', { signal })).span,
      staleTime: 10_000,
    },
    queryClient,
  );
}
