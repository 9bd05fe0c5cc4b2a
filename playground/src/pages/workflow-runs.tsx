import { useState } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { paddockKeys } from '@paddock/client-sdk';
import { RunTraceViewer, WorkflowRunViewer } from '@paddock/builder-ui';
import { useHostClient } from '../host-client';
import { hrefFor, useSearchParams } from '../router';

const EXAMPLES: Record<string, string> = {
  'customer-onboarding-workflow': '{"customerId":"C-1002","plan":"starter"}',
  'weekly-support-report-workflow': '{"team":"Support","weekOf":"2026-01-05"}',
  'renewal-reminder-workflow': '{"withinDays":30,"channel":"#renewals"}',
};

/** `#/workflow-runs?workflow=…&run=…` opens that run (schedule fires link here). */
function readOpenRun(params: URLSearchParams): { workflowId: string; runId: string } | null {
  const workflowId = params.get('workflow');
  const runId = params.get('run');
  return workflowId && runId ? { workflowId, runId } : null;
}

/**
 * Workflow runs: start a run, list your runs of a workflow (Mastra lists only the runs you started), and the
 * kit's WorkflowRunViewer for the open one. Starting and listing are the host's own code on the SDK.
 */
export function WorkflowRunsPage() {
  const client = useHostClient();
  const open = readOpenRun(useSearchParams());
  const workflows = useQuery({
    queryKey: paddockKeys.workflows.list(client.baseUrl),
    queryFn: () => client.workflows.list(),
  });
  const ids = Object.keys(workflows.data ?? {});
  const [workflowId, setWorkflowId] = useState('customer-onboarding-workflow');
  const [input, setInput] = useState(EXAMPLES['customer-onboarding-workflow'] ?? '{}');
  const runs = useQuery({
    queryKey: paddockKeys.workflows.runs(client.baseUrl, workflowId, { perPage: 10 }),
    queryFn: () => client.workflows.listRuns(workflowId, { perPage: 10 }),
  });
  // The run's trace next to its graph, one selection for both (a resumed run adds a second trace).
  const traces = useQuery({
    enabled: !!open,
    queryKey: ['acme', 'run-traces', open?.runId, open?.workflowId],
    queryFn: () => client.observability.listTraces({ filters: { runId: open?.runId ?? '' }, perPage: 10 }),
  });
  const oldestTrace = [...(traces.data?.spans ?? [])].sort(
    (a, b) => new Date(a.startedAt).getTime() - new Date(b.startedAt).getTime(),
  )[0]?.traceId;
  const [selection, setSelection] = useState<{ runId: string; traceId?: string; spanId: string | null }>({
    runId: '',
    spanId: null,
  });
  const current = selection.runId === open?.runId ? selection : { runId: open?.runId ?? '', spanId: null };
  const traceId = current.traceId ?? oldestTrace ?? null;
  const start = useMutation({
    mutationFn: async () => {
      const { runId } = await client.workflows.createRun(workflowId);
      // Waits until the run finishes or suspends; the viewer then shows it (and follows it if still running).
      await client.workflows.startAndWait(workflowId, { runId, inputData: JSON.parse(input) as unknown });
      return runId;
    },
    onSuccess: (runId) => {
      window.location.hash = hrefFor(
        `/workflow-runs?workflow=${encodeURIComponent(workflowId)}&run=${encodeURIComponent(runId)}`,
      );
      void runs.refetch();
    },
  });

  return (
    <section className="console-page" aria-labelledby="runs-title">
      <h1 id="runs-title">Workflow runs</h1>
      <form
        className="runs-start"
        aria-label="Start a run"
        onSubmit={(event) => {
          event.preventDefault();
          start.mutate();
        }}
      >
        <label>
          Workflow{' '}
          <select
            value={workflowId}
            onChange={(event) => {
              setWorkflowId(event.target.value);
              setInput(EXAMPLES[event.target.value] ?? '{}');
            }}
          >
            {(ids.length ? ids : [workflowId]).map((id) => (
              <option key={id} value={id}>
                {id}
              </option>
            ))}
          </select>
        </label>
        <label>
          Input (JSON){' '}
          <textarea
            rows={2}
            value={input}
            onChange={(event) => setInput(event.target.value)}
            spellCheck={false}
          />
        </label>
        <button type="submit" disabled={start.isPending}>
          {start.isPending ? 'Starting…' : 'Start run'}
        </button>
        {start.error ? <p role="alert">Could not start the run: {start.error.message}</p> : null}
      </form>
      <nav aria-label="Your recent runs" className="runs-list">
        <h2>Your recent runs of {workflowId}</h2>
        {runs.error ? <p role="alert">Could not list runs: {runs.error.message}</p> : null}
        <ul>
          {(runs.data?.runs ?? []).map((run) => (
            <li key={run.runId}>
              <a
                href={hrefFor(
                  `/workflow-runs?workflow=${encodeURIComponent(workflowId)}&run=${encodeURIComponent(run.runId)}`,
                )}
              >
                {run.runId}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {open ? (
        <>
          <h2>
            Run <code data-testid="open-run">{open.runId}</code> of {open.workflowId}
          </h2>
          <div className="workflow-run-layout">
            <WorkflowRunViewer
              key={`${open.workflowId}/${open.runId}`}
              workflowId={open.workflowId}
              runId={open.runId}
              selectedSpanId={current.spanId}
              onSelectedSpansChange={(spanIds, traceIds) =>
                setSelection({
                  runId: open.runId,
                  spanId: spanIds[0] ?? null,
                  traceId: traceIds[0] || traceId || undefined,
                })
              }
            />
            {traceId ? (
              <RunTraceViewer
                key={traceId}
                traceId={traceId}
                selectedSpanId={current.spanId}
                onSelectedSpanIdChange={(spanId) => setSelection({ runId: open.runId, traceId, spanId })}
              />
            ) : (
              <p>No trace for this run (runs started by a schedule have none).</p>
            )}
          </div>
        </>
      ) : (
        <p>Start a run or open one to see its step graph.</p>
      )}
    </section>
  );
}
