import { useEffect, useRef, useState } from 'react';
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { paddockKeys, type TraceList, type TraceListParams } from '@paddock/client-sdk';
import { useBuilderContext } from '../provider/builder-context.js';

export type RunListFilters = NonNullable<TraceListParams['filters']>;

export interface UseRunListOptions {
  filters?: RunListFilters | undefined;
  /** 0-based page. @default 0 */
  page?: number | undefined;
  /** @default 25 */
  perPage?: number | undefined;
  /** Check for new runs this often (ms); `false` turns live updates off. @default 3000 */
  pollInterval?: number | false | undefined;
}

export interface RunListData {
  query: UseQueryResult<TraceList>;
  /** How new runs are noticed: the store's trace delta, plain polling, or not yet known. */
  liveMode: 'delta' | 'polling' | 'unknown' | 'off';
}

/**
 * Recent runs (root spans, light fields), newest first. Live: asks the store's trace delta for anything newer
 * and refetches the page when there is; a store without delta (501, or any refusal) falls back to polling
 * the page itself, so LibSQL and DuckDB-like stores both stay current.
 */
export function useRunList(options: UseRunListOptions = {}): RunListData {
  const { client, queryClient } = useBuilderContext('useRunList');
  const { filters, page = 0, perPage = 25, pollInterval = 3000 } = options;
  const [deltaMode, setDeltaMode] = useState<'delta' | 'polling' | 'unknown'>('unknown');
  const params: TraceListParams = {
    filters,
    page,
    perPage,
    orderBy: { field: 'startedAt', direction: 'DESC' },
  };
  const key = paddockKeys.observability.tracesLight(client.baseUrl, params);
  const query = useQuery(
    {
      queryKey: key,
      queryFn: ({ signal }) => client.observability.listTracesLight(params, { signal }),
      refetchInterval: pollInterval !== false && deltaMode === 'polling' ? pollInterval : false,
      placeholderData: (previous) => previous,
    },
    queryClient,
  );

  const cursor = useRef<string | null>(null);
  const filterKey = JSON.stringify(filters ?? {});
  useEffect(() => {
    if (pollInterval === false || deltaMode === 'polling') return;
    cursor.current = null;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const controller = new AbortController();
    const tick = async () => {
      try {
        const result = await client.observability.listTraceDelta(
          { filters, after: cursor.current ?? undefined, limit: 50 },
          { signal: controller.signal, maxRetries: 0 },
        );
        if (stopped) return;
        if (!result.supported || !result.deltaCursor) {
          setDeltaMode('polling');
          return;
        }
        setDeltaMode('delta');
        const first = cursor.current === null;
        cursor.current = result.deltaCursor;
        if (!first && result.spans.length > 0) void queryClient.invalidateQueries({ queryKey: key });
      } catch {
        if (stopped) return;
        // A store that refuses delta with another status (400, 500) is treated like one without it.
        setDeltaMode('polling');
        return;
      }
      timer = setTimeout(() => void tick(), pollInterval);
    };
    void tick();
    return () => {
      stopped = true;
      controller.abort();
      if (timer) clearTimeout(timer);
    };
    // `key` and `filters` are covered by `filterKey`; re-running on every render would restart the cursor.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [client, queryClient, filterKey, pollInterval, deltaMode === 'polling']);

  return { query, liveMode: pollInterval === false ? 'off' : deltaMode };
}
