/**
 * A workflow run's live state: the stored run (`retrieveRun`) plus the stream records that follow it (`observe`,
 * `resumeStream`). Records are applied idempotently (a step's state is set, never accumulated), and each record
 * is remembered by its identity, so a record replayed after a reconnect is neither shown twice nor lost.
 */
import { createStateCell } from './store.js';
import type { Store } from './store.js';

export interface RunStepRecord {
  status?: string | undefined;
  startedAt?: number | undefined;
  endedAt?: number | undefined;
  suspendedAt?: number | undefined;
  resumedAt?: number | undefined;
  payload?: unknown;
  output?: unknown;
  error?: unknown;
  suspendPayload?: unknown;
  resumePayload?: unknown;
  [key: string]: unknown;
}

export interface WorkflowRunState {
  runId: string;
  status?: string | undefined;
  steps: Record<string, RunStepRecord>;
  result?: unknown;
  error?: unknown;
  serializedStepGraph?: unknown[] | undefined;
}

export interface WorkflowRunStoreState {
  run?: WorkflowRunState | undefined;
  /** Records applied to this run, in order, each once. */
  events: { key: string; type: string; stepId?: string | undefined; status?: string | undefined }[];
  /** True while a stream is attached. */
  live: boolean;
}

/** What the store reads of a stream record (the SDK's `WorkflowStreamEvent` fits). */
export interface RunEventInput {
  type: string;
  payload?: unknown;
  runId?: string | undefined;
  originalType?: string | undefined;
}

export interface WorkflowRunStore extends Store<WorkflowRunStoreState> {
  load(run: {
    runId: string;
    status?: string | undefined;
    steps?: Record<string, unknown> | undefined;
    result?: unknown;
    error?: unknown;
    serializedStepGraph?: unknown;
  }): void;
  apply(event: RunEventInput): boolean;
  setLive(live: boolean): void;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return !!value && typeof value === 'object' && !Array.isArray(value);
}

const STEP_EVENTS = new Set([
  'workflow-step-start',
  'workflow-step-result',
  'workflow-step-suspended',
  'workflow-step-waiting',
]);

/** A record's identity: type + step + call + status (a step's start and result differ; a replay does not). */
export function eventKey(event: RunEventInput): string {
  const type = event.type === 'unknown' ? (event.originalType ?? 'unknown') : event.type;
  const p = isRecord(event.payload) ? event.payload : {};
  return [type, p['id'] ?? '', p['stepCallId'] ?? '', p['status'] ?? p['workflowStatus'] ?? '']
    .map(String)
    .join('|');
}

export function createWorkflowRunStore(): WorkflowRunStore {
  const cell = createStateCell<WorkflowRunStoreState>({ events: [], live: false });
  const seen = new Set<string>();

  const update = (fn: (run: WorkflowRunState) => WorkflowRunState) => {
    const state = cell.getSnapshot();
    if (!state.run) return;
    cell.set({ ...state, run: fn(state.run) });
  };

  return {
    getSnapshot: cell.getSnapshot,
    subscribe: cell.subscribe,
    load(run) {
      const steps: Record<string, RunStepRecord> = {};
      for (const [id, record] of Object.entries(run.steps ?? {}))
        if (isRecord(record)) steps[id] = { ...record };
      // A fresher snapshot of the same run keeps the record memory: a record replayed after the reload is still
      // one already shown. Another run starts afresh.
      const sameRun = cell.getSnapshot().run?.runId === run.runId;
      if (!sameRun) seen.clear();
      cell.set({
        ...cell.getSnapshot(),
        events: sameRun ? cell.getSnapshot().events : [],
        run: {
          runId: run.runId,
          status: run.status,
          steps,
          result: run.result,
          error: run.error,
          serializedStepGraph: Array.isArray(run.serializedStepGraph) ? run.serializedStepGraph : undefined,
        },
      });
    },
    apply(event) {
      const type = event.type === 'unknown' ? (event.originalType ?? 'unknown') : event.type;
      const key = eventKey(event);
      if (seen.has(key)) return false;
      seen.add(key);
      const p = isRecord(event.payload) ? event.payload : {};
      const stepId = typeof p['id'] === 'string' ? p['id'] : undefined;
      if (STEP_EVENTS.has(type) && stepId) {
        update((run) => {
          const previous = run.steps[stepId] ?? {};
          const { id: _id, stepCallId: _call, ...fields } = p;
          const status =
            type === 'workflow-step-start'
              ? 'running'
              : type === 'workflow-step-suspended'
                ? 'suspended'
                : type === 'workflow-step-waiting'
                  ? 'waiting'
                  : typeof p['status'] === 'string'
                    ? p['status']
                    : previous.status;
          const now = Date.now();
          const next: RunStepRecord = { ...previous, ...fields, status };
          if (type === 'workflow-step-start' && next.startedAt === undefined) next.startedAt = now;
          if (type === 'workflow-step-result' && next.endedAt === undefined) next.endedAt = now;
          return {
            ...run,
            // A step that starts again after a suspension is the run moving on.
            status:
              run.status === 'suspended' && type === 'workflow-step-start'
                ? 'running'
                : run.status === 'pending'
                  ? 'running'
                  : run.status,
            steps: { ...run.steps, [stepId]: next },
          };
        });
      } else if (type === 'workflow-start') {
        update((run) => ({ ...run, status: 'running' }));
      } else if (type === 'workflow-finish' && typeof p['workflowStatus'] === 'string') {
        const status = p['workflowStatus'];
        update((run) => ({ ...run, status, result: p['finalWorkflowResult'] ?? run.result }));
      } else if (type === 'workflow-canceled') {
        update((run) => ({ ...run, status: 'canceled' }));
      } else if (type === 'workflow-paused') {
        update((run) => ({ ...run, status: 'paused' }));
      }
      const state = cell.getSnapshot();
      cell.set({
        ...state,
        events: [
          ...state.events,
          { key, type, stepId, status: typeof p['status'] === 'string' ? p['status'] : undefined },
        ],
      });
      return true;
    },
    setLive(live) {
      const state = cell.getSnapshot();
      if (state.live !== live) cell.set({ ...state, live });
    },
  };
}
