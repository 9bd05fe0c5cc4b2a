import { APIResource } from '../core/resource.js';
import type { RequestOptions } from '../core/request-options.js';
import type { Stream } from '../core/streaming.js';
import { parseOptionalParams, parseParams } from '../internal/params.js';
import { path } from '../internal/path.js';
import { messageResponseSchema } from '../schemas/common.js';
import type { MessageResponse } from '../schemas/common.js';
import { chunkTypeOf, toWorkflowStreamEvent } from '../schemas/stream-chunks.js';
import type { WorkflowStreamEvent } from '../schemas/stream-chunks.js';
import {
  createRunResponseSchema,
  workflowCreateRunParamsSchema,
  workflowListParamsSchema,
  workflowObserveParamsSchema,
  workflowMapSchema,
  workflowResultSchema,
  workflowResumeParamsSchema,
  workflowRunCountsSchema,
  workflowRunListParamsSchema,
  workflowRunListSchema,
  workflowRunRetrieveParamsSchema,
  workflowRunSchema,
  workflowSchema,
  workflowStartParamsSchema,
} from '../schemas/workflows.js';
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
  async list(params?: WorkflowListParams, options?: RequestOptions): Promise<WorkflowMap> {
    parseOptionalParams(workflowListParamsSchema, params, '/workflows');
    return this._client.get('/workflows', {
      query: { partial: params?.partial },
      schema: workflowMapSchema,
      options,
    });
  }

  /** One workflow with its steps, step graph and schemas decoded to plain JSON Schema. */
  async retrieve(workflowId: string, options?: RequestOptions): Promise<Workflow> {
    return this._client.get(path`/workflows/${workflowId}`, { schema: workflowSchema, options });
  }

  /** Running and suspended run counts per workflow. */
  async runCounts(options?: RequestOptions): Promise<WorkflowRunCounts> {
    return this._client.get('/workflows/run-counts', { schema: workflowRunCountsSchema, options });
  }

  /** Creates a run id without starting it. */
  async createRun(
    workflowId: string,
    params?: WorkflowCreateRunParams,
    options?: RequestOptions,
  ): Promise<CreateRunResponse> {
    const route = path`/workflows/${workflowId}/create-run`;
    parseOptionalParams(workflowCreateRunParamsSchema, params, route);
    const { runId, ...body } = params ?? {};
    return this._client.post(route, {
      query: { runId },
      body,
      schema: createRunResponseSchema,
      options,
    });
  }

  /** Starts a run and returns at once (fire and forget). */
  async start(
    workflowId: string,
    runId: string,
    params?: WorkflowStartParams,
    options?: RequestOptions,
  ): Promise<MessageResponse> {
    const route = path`/workflows/${workflowId}/start`;
    parseOptionalParams(workflowStartParamsSchema, params, route);
    return this._client.post(route, {
      query: { runId },
      body: { ...params },
      schema: messageResponseSchema,
      options,
    });
  }

  /** Starts a run and waits until it finishes or suspends. `runId` is optional (the server makes one). */
  async startAndWait(
    workflowId: string,
    params?: WorkflowStartParams & { runId?: string },
    options?: RequestOptions,
  ): Promise<WorkflowResult> {
    const route = path`/workflows/${workflowId}/start-async`;
    parseOptionalParams(workflowStartParamsSchema, params, route);
    const { runId, ...body } = params ?? {};
    return this._client.post(route, {
      query: { runId },
      body,
      schema: workflowResultSchema,
      options,
    });
  }

  /** Starts a run and streams its events. */
  async stream(
    workflowId: string,
    runId: string,
    params?: WorkflowStartParams & { closeOnSuspend?: boolean },
    options?: RequestOptions,
  ): Promise<Stream<WorkflowStreamEvent>> {
    const route = path`/workflows/${workflowId}/stream`;
    parseOptionalParams(workflowStartParamsSchema, params, route);
    return this._client.stream(
      {
        method: 'POST',
        path: route,
        query: { runId },
        body: { ...params },
        options,
      },
      'records',
      toWorkflowStreamEvent,
    );
  }

  /** Resumes a suspended run without waiting. */
  async resume(
    workflowId: string,
    runId: string,
    params: WorkflowResumeParams,
    options?: RequestOptions,
  ): Promise<MessageResponse> {
    const route = path`/workflows/${workflowId}/resume`;
    parseParams(workflowResumeParamsSchema, params, route);
    return this._client.post(route, {
      query: { runId },
      body: params,
      schema: messageResponseSchema,
      options,
    });
  }

  /** Resumes and waits for the run to finish or suspend again. */
  async resumeAndWait(
    workflowId: string,
    runId: string,
    params: WorkflowResumeParams,
    options?: RequestOptions,
  ): Promise<WorkflowResult> {
    const route = path`/workflows/${workflowId}/resume-async`;
    parseParams(workflowResumeParamsSchema, params, route);
    return this._client.post(route, {
      query: { runId },
      body: params,
      schema: workflowResultSchema,
      options,
    });
  }

  /** Resumes and streams the rest of the run. */
  async resumeStream(
    workflowId: string,
    runId: string,
    params: WorkflowResumeParams,
    options?: RequestOptions,
  ): Promise<Stream<WorkflowStreamEvent>> {
    const route = path`/workflows/${workflowId}/resume-stream`;
    parseParams(workflowResumeParamsSchema, params, route);
    return this._client.stream(
      {
        method: 'POST',
        path: route,
        query: { runId },
        body: params,
        options,
      },
      'records',
      toWorkflowStreamEvent,
    );
  }

  /** Re-attaches to a run: replays from event `offset` (0-based), then follows it live. */
  async observe(
    workflowId: string,
    runId: string,
    params?: WorkflowObserveParams,
    options?: RequestOptions,
  ): Promise<Stream<WorkflowStreamEvent>> {
    const route = path`/workflows/${workflowId}/observe`;
    parseOptionalParams(workflowObserveParamsSchema, params, route);
    return this._client.stream(
      {
        method: 'POST',
        path: route,
        query: { runId, offset: params?.offset },
        options: { idempotent: true, ...options },
      },
      'records',
      toWorkflowStreamEvent,
    );
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
      {
        isTerminal: isWorkflowTerminal,
        identity: canonicalJson,
        reattachTimeoutMs: options?.timeout ?? this._client.timeout,
      },
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
      {
        isTerminal: isWorkflowTerminal,
        identity: canonicalJson,
        reattachTimeoutMs: options?.timeout ?? this._client.timeout,
      },
    );
  }

  /**
   * Cancels a running or suspended run; its status becomes `canceled`. Retried like a GET: cancelling twice
   * has the same effect as once.
   */
  async cancel(workflowId: string, runId: string, options?: RequestOptions): Promise<MessageResponse> {
    return this._client.post(path`/workflows/${workflowId}/runs/${runId}/cancel`, {
      schema: messageResponseSchema,
      options: { idempotent: true, ...options },
    });
  }

  /** Runs of a workflow, newest first, paged and filterable by status, resource and dates. */
  async listRuns(
    workflowId: string,
    params?: WorkflowRunListParams,
    options?: RequestOptions,
  ): Promise<WorkflowRunList> {
    const route = path`/workflows/${workflowId}/runs`;
    parseOptionalParams(workflowRunListParamsSchema, params, route);
    return this._client.get(route, {
      query: { ...params },
      schema: workflowRunListSchema,
      options,
    });
  }

  /** One run's state; `fields` limits what the server loads (e.g. `['result', 'steps']`). */
  async retrieveRun(
    workflowId: string,
    runId: string,
    params?: WorkflowRunRetrieveParams,
    options?: RequestOptions,
  ): Promise<WorkflowRun> {
    const route = path`/workflows/${workflowId}/runs/${runId}`;
    parseOptionalParams(workflowRunRetrieveParamsSchema, params, route);
    return this._client.get(route, {
      query: { fields: params?.fields?.join(','), withNestedWorkflows: params?.withNestedWorkflows },
      schema: workflowRunSchema,
      options,
    });
  }

  /** Deletes a run's stored state; retrieving it afterwards is a `NotFoundError`. */
  async deleteRun(workflowId: string, runId: string, options?: RequestOptions): Promise<MessageResponse> {
    return this._client.delete(path`/workflows/${workflowId}/runs/${runId}`, {
      schema: messageResponseSchema,
      options,
    });
  }
}
