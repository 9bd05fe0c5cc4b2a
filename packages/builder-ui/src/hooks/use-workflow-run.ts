import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { paddockKeys } from '@paddock/client-sdk';
import type { Span, Workflow, WorkflowRun, WorkflowStreamEvent } from '@paddock/client-sdk';
import { isTerminalRunStatus } from '../core/workflow-graph.js';
import { createWorkflowRunStore, type WorkflowRunStoreState } from '../core/workflow-run-store.js';
import { useBuilderContext } from '../provider/builder-context.js';

/** A workflow's info (step graph, schemas) from `client.workflows.retrieve`. */
export function useWorkflowInfo(workflowId: string | undefined) {
  const { client, queryClient } = useBuilderContext('useWorkflowInfo');
  return useQuery<Workflow>(
    {
      enabled: !!workflowId,
      queryKey: paddockKeys.workflows.detail(client.baseUrl, workflowId ?? ''),
      queryFn: ({ signal }) => client.workflows.retrieve(workflowId ?? '', { signal }),
      staleTime: 60_000,
    },
    queryClient,
  );
}

export interface UseWorkflowRunResult {
  state: WorkflowRunStoreState;
  /** The stored run as last fetched. */
  query: ReturnType<typeof useQuery<WorkflowRun>>;
  /** Feeds records of a stream (e.g. a resume) into the view. */
  follow(stream: AsyncIterable<WorkflowStreamEvent>): Promise<void>;
  /** True while a stream is being read. */
  live: boolean;
}

/**
 * One run, live: the stored run, then (while it is not finished) its records through `observe` with
 * reconnects at the right offset. The store drops records it has already applied, so a replay after a dropped
 * connection shows nothing twice.
 */
export function useWorkflowRun(
  workflowId: string,
  runId: string,
  { follow: followLive = true } = {},
): UseWorkflowRunResult {
  const { client, queryClient } = useBuilderContext('useWorkflowRun');
  const [store] = useState(createWorkflowRunStore);
  const state = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
  const query = useQuery<WorkflowRun>(
    {
      queryKey: paddockKeys.workflows.run(client.baseUrl, workflowId, runId),
      queryFn: ({ signal }) =>
        client.workflows.retrieveRun(
          workflowId,
          runId,
          { fields: ['result', 'error', 'payload', 'steps', 'activeStepsPath', 'serializedStepGraph'] },
          { signal },
        ),
      // The SDK already retries a GET on connection errors and 5xx; retrying a 403, a 404 or a body that
      // fails validation again here would only delay the error the user has to see.
      retry: false,
    },
    queryClient,
  );

  useEffect(() => {
    if (query.data) store.load(query.data as Parameters<typeof store.load>[0]);
  }, [query.data, store]);

  const follow = useCallback(
    async (stream: AsyncIterable<WorkflowStreamEvent>) => {
      store.setLive(true);
      try {
        for await (const event of stream) store.apply(event as Parameters<typeof store.apply>[0]);
      } finally {
        store.setLive(false);
      }
    },
    [store],
  );

  const status = query.data?.status;
  useEffect(() => {
    if (!followLive || !status || isTerminalRunStatus(status) || status === 'suspended') return;
    const controller = new AbortController();
    const options = { signal: controller.signal };
    const stream = client.workflows.observeWithReconnect(workflowId, runId, options);
    void follow(stream)
      .catch(() => undefined)
      .finally(() => {
        if (!controller.signal.aborted) void query.refetch();
      });
    return () => controller.abort();
    // Re-attach only when the run's stored status changes, not on every refetch.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [client, workflowId, runId, status, followLive, follow]);

  return { state, query, follow, live: state.live };
}

/**
 * Every span of the run's traces (a resumed run gets a second trace), for retry attempts and span selection.
 * A store without trace queries, or a run without a trace (scheduled runs have none), gives `[]`.
 */
export function useWorkflowRunSpans(runId: string, { enabled = true, refreshKey = '' } = {}) {
  const { client, queryClient } = useBuilderContext('useWorkflowRunSpans');
  return useQuery<Span[]>(
    {
      enabled,
      queryKey: ['paddock', client.baseUrl, 'workflow-run-spans', runId, refreshKey],
      queryFn: async ({ signal }) => {
        const roots = await client.observability.listTraces({ filters: { runId }, perPage: 20 }, { signal });
        const traceIds = [...new Set(roots.spans.map((span) => span.traceId))];
        const traces = await Promise.all(
          traceIds.map((id) => client.observability.retrieveTrace(id, undefined, { signal })),
        );
        return traces.flatMap((trace) => trace.spans);
      },
      retry: false,
    },
    queryClient,
  );
}

/** Resume and cancel, streaming the rest of a resumed run into the view. */
export function useWorkflowRunActions(
  workflowId: string,
  runId: string,
  follow: UseWorkflowRunResult['follow'],
) {
  const { client, queryClient } = useBuilderContext('useWorkflowRunActions');
  const runKey = paddockKeys.workflows.run(client.baseUrl, workflowId, runId);
  const refresh = () => queryClient.invalidateQueries({ queryKey: runKey });
  const resume = useMutation(
    {
      mutationFn: async ({ step, resumeData }: { step: string[]; resumeData: unknown }) => {
        const stream = await client.workflows.resumeStream(workflowId, runId, { step, resumeData });
        await follow(stream);
      },
      onSettled: refresh,
    },
    queryClient,
  );
  const cancel = useMutation(
    { mutationFn: () => client.workflows.cancel(workflowId, runId), onSettled: refresh },
    queryClient,
  );
  return { resume, cancel };
}
