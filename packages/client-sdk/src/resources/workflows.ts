import type { MastraCore } from '../core-client.js';
import { lazyImpl } from '../core/lazy.js';
import { APIResource } from '../core/resource.js';
import type { RequestOptions } from '../core/request-options.js';
import type { Stream } from '../core/streaming.js';
import type { MessageResponse } from '../schemas/common.js';
import { chunkTypeOf } from '../schemas/stream-chunks.js';
import type { WorkflowStreamEvent } from '../schemas/stream-chunks.js';
import type {
  CreateRunResponse,
  Workflow,
  WorkflowMap,
  WorkflowCreateRunParams,
  WorkflowListParams,
  WorkflowObserveParams,
  WorkflowResult,
  WorkflowResumeParams,
  WorkflowRun,
  WorkflowRunCounts,
  WorkflowRunList,
  WorkflowRunListParams,
  WorkflowRunRetrieveParams,
  WorkflowStartParams,
} from '../schemas/workflows.js';
import { canonicalJson, reconnecting } from './agents.js';

/** The method bodies and the workflow schemas, loaded with the first call (see `lazyImpl`). */
const run = /* @__PURE__ */ lazyImpl<Workflows>('workflows', () =>
  import('./impls.js').then((m) => m.workflowsImpl),
);

/**
 * Records after which a workflow stream has nothing more to send. The record framing has no terminator of its
 * own, so a stream that ends without one of these (or a suspension, which closes the stream while the run
 * waits for `resume`) was cut and is re-attached through `observe`.
 */
const WORKFLOW_TERMINAL_TYPES: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'workflow-finish',
  'workflow-canceled',
  'workflow-paused',
  'workflow-step-suspended',
]);

function isWorkflowTerminal(event: WorkflowStreamEvent): boolean {
  return WORKFLOW_TERMINAL_TYPES.has(chunkTypeOf(event) ?? '');
}

/** Code and dynamic workflows, their runs and streams (`\x1E`-framed records). */
export class Workflows extends APIResource {
  /** Registration key -> workflow, schemas decoded to plain JSON Schema. */
  list(params?: WorkflowListParams, options?: RequestOptions): Promise<WorkflowMap> {
    return run(this, this._client, 'list', params, options);
  }

  /** One workflow with its steps, step graph and schemas decoded to plain JSON Schema. */
  retrieve(workflowId: string, options?: RequestOptions): Promise<Workflow> {
    return run(this, this._client, 'retrieve', workflowId, options);
  }

  /** Running and suspended run counts per workflow. */
  runCounts(options?: RequestOptions): Promise<WorkflowRunCounts> {
    return run(this, this._client, 'runCounts', options);
  }

  /** Creates a run id without starting it. */
  createRun(
    workflowId: string,
    params?: WorkflowCreateRunParams,
    options?: RequestOptions,
  ): Promise<CreateRunResponse> {
    return run(this, this._client, 'createRun', workflowId, params, options);
  }

  /** Starts a run and returns at once (fire and forget). */
  start(
    workflowId: string,
    runId: string,
    params?: WorkflowStartParams,
    options?: RequestOptions,
  ): Promise<MessageResponse> {
    return run(this, this._client, 'start', workflowId, runId, params, options);
  }

  /** Starts a run and waits until it finishes or suspends. `runId` is optional (the server makes one). */
  startAndWait(
    workflowId: string,
    params?: WorkflowStartParams & { runId?: string },
    options?: RequestOptions,
  ): Promise<WorkflowResult> {
    return run(this, this._client, 'startAndWait', workflowId, params, options);
  }

  /** Starts a run and streams its events. */
  stream(
    workflowId: string,
    runId: string,
    params?: WorkflowStartParams & { closeOnSuspend?: boolean },
    options?: RequestOptions,
  ): Promise<Stream<WorkflowStreamEvent>> {
    return run(this, this._client, 'stream', workflowId, runId, params, options);
  }

  /** Resumes a suspended run without waiting. */
  resume(
    workflowId: string,
    runId: string,
    params: WorkflowResumeParams,
    options?: RequestOptions,
  ): Promise<MessageResponse> {
    return run(this, this._client, 'resume', workflowId, runId, params, options);
  }

  /** Resumes and waits for the run to finish or suspend again. */
  resumeAndWait(
    workflowId: string,
    runId: string,
    params: WorkflowResumeParams,
    options?: RequestOptions,
  ): Promise<WorkflowResult> {
    return run(this, this._client, 'resumeAndWait', workflowId, runId, params, options);
  }

  /** Resumes and streams the rest of the run. */
  resumeStream(
    workflowId: string,
    runId: string,
    params: WorkflowResumeParams,
    options?: RequestOptions,
  ): Promise<Stream<WorkflowStreamEvent>> {
    return run(this, this._client, 'resumeStream', workflowId, runId, params, options);
  }

  /** Re-attaches to a run: replays from event `offset` (0-based), then follows it live. */
  observe(
    workflowId: string,
    runId: string,
    params?: WorkflowObserveParams,
    options?: RequestOptions,
  ): Promise<Stream<WorkflowStreamEvent>> {
    return run(this, this._client, 'observe', workflowId, runId, params, options);
  }

  /**
   * `stream()` that re-attaches through `observe` when the connection drops. Every event is delivered exactly
   * once: Mastra's `observe?offset=N` may send records from N and then the whole run again from 0, so events
   * are de-duplicated on their content (key order aside; identical events that really repeat are kept).
   */
  streamWithReconnect(
    workflowId: string,
    runId: string,
    params?: WorkflowStartParams,
    options?: RequestOptions & { maxReconnects?: number },
  ): AsyncIterable<WorkflowStreamEvent> {
    return reconnecting(
      () => this.stream(workflowId, runId, params, options),
      (offset) => this.observe(workflowId, runId, { offset }, options),
      options?.maxReconnects ?? 3,
      reconnectOptions(this._client, options),
    );
  }

  /**
   * Follows a run that is already going (`observe` from offset 0), re-attaching from the last delivered record
   * when the connection drops, with the same exactly-once delivery as `streamWithReconnect`. For viewers that
   * open a run someone else started.
   */
  observeWithReconnect(
    workflowId: string,
    runId: string,
    options?: RequestOptions & { maxReconnects?: number },
  ): AsyncIterable<WorkflowStreamEvent> {
    return reconnecting(
      () => this.observe(workflowId, runId, { offset: 0 }, options),
      (offset) => this.observe(workflowId, runId, { offset }, options),
      options?.maxReconnects ?? 3,
      reconnectOptions(this._client, options),
    );
  }

  /**
   * Cancels a running or suspended run; its status becomes `canceled`. Retried like a GET: cancelling twice
   * has the same effect as once.
   */
  cancel(workflowId: string, runId: string, options?: RequestOptions): Promise<MessageResponse> {
    return run(this, this._client, 'cancel', workflowId, runId, options);
  }

  /** Runs of a workflow, newest first, paged and filterable by status, resource and dates. */
  listRuns(
    workflowId: string,
    params?: WorkflowRunListParams,
    options?: RequestOptions,
  ): Promise<WorkflowRunList> {
    return run(this, this._client, 'listRuns', workflowId, params, options);
  }

  /** One run's state; `fields` limits what the server loads (e.g. `['result', 'steps']`). */
  retrieveRun(
    workflowId: string,
    runId: string,
    params?: WorkflowRunRetrieveParams,
    options?: RequestOptions,
  ): Promise<WorkflowRun> {
    return run(this, this._client, 'retrieveRun', workflowId, runId, params, options);
  }

  /** Deletes a run's stored state; retrieving it afterwards is a `NotFoundError`. */
  deleteRun(workflowId: string, runId: string, options?: RequestOptions): Promise<MessageResponse> {
    return run(this, this._client, 'deleteRun', workflowId, runId, options);
  }
}

function reconnectOptions(client: MastraCore, options: RequestOptions | undefined) {
  return {
    isTerminal: isWorkflowTerminal,
    identity: canonicalJson,
    reattachTimeoutMs: options?.timeout ?? client.timeout,
  };
}
