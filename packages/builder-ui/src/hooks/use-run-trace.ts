import { useMemo } from 'react';
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import {
  paddockKeys,
  retrieveLightTrace,
  type LightSpan,
  type LightTrace,
  type Span,
} from '@paddock/client-sdk';
import { buildTraceTree, traceLooksFinished, type TraceTree } from '../core/trace-tree.js';
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
 * A trace's light span list as a tree (`buildTraceTree`, once per fetch), its retry groups, and — for small
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
  const tree = useMemo(() => (data ? buildTraceTree(data.spans) : null), [data]);
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
