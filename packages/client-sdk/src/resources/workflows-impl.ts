import type { ResourceImpl } from '../core/lazy.js';
import { parseOptionalParams, parseParams } from '../internal/params.js';
import { path } from '../internal/path.js';
import { messageResponseSchema } from '../schemas/common.js';
import { toWorkflowStreamEvent } from '../schemas/stream-chunks.js';
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
import type { Workflows } from './workflows.js';

/** The bodies of `Workflows`' async methods (documented there), loaded with the first call. */
export const workflowsImpl: ResourceImpl<Workflows> = {
  async list(params, options) {
    parseOptionalParams(workflowListParamsSchema, params, '/workflows');
    return this.client.get('/workflows', {
      query: { partial: params?.partial },
      schema: workflowMapSchema,
      options,
    });
  },

  async retrieve(workflowId, options) {
    return this.client.get(path`/workflows/${workflowId}`, { schema: workflowSchema, options });
  },

  async runCounts(options) {
    return this.client.get('/workflows/run-counts', { schema: workflowRunCountsSchema, options });
  },

  async createRun(workflowId, params, options) {
    const route = path`/workflows/${workflowId}/create-run`;
    parseOptionalParams(workflowCreateRunParamsSchema, params, route);
    const { runId, ...body } = params ?? {};
    return this.client.post(route, {
      query: { runId },
      body,
      schema: createRunResponseSchema,
      options,
    });
  },

  async start(workflowId, runId, params, options) {
    const route = path`/workflows/${workflowId}/start`;
    parseOptionalParams(workflowStartParamsSchema, params, route);
    return this.client.post(route, {
      query: { runId },
      body: { ...params },
      schema: messageResponseSchema,
      options,
    });
  },

  async startAndWait(workflowId, params, options) {
    const route = path`/workflows/${workflowId}/start-async`;
    parseOptionalParams(workflowStartParamsSchema, params, route);
    const { runId, ...body } = params ?? {};
    return this.client.post(route, {
      query: { runId },
      body,
      schema: workflowResultSchema,
      options,
    });
  },

  async stream(workflowId, runId, params, options) {
    const route = path`/workflows/${workflowId}/stream`;
    parseOptionalParams(workflowStartParamsSchema, params, route);
    return this.client.stream(
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
  },

  async resume(workflowId, runId, params, options) {
    const route = path`/workflows/${workflowId}/resume`;
    parseParams(workflowResumeParamsSchema, params, route);
    return this.client.post(route, {
      query: { runId },
      body: params,
      schema: messageResponseSchema,
      options,
    });
  },

  async resumeAndWait(workflowId, runId, params, options) {
    const route = path`/workflows/${workflowId}/resume-async`;
    parseParams(workflowResumeParamsSchema, params, route);
    return this.client.post(route, {
      query: { runId },
      body: params,
      schema: workflowResultSchema,
      options,
    });
  },

  async resumeStream(workflowId, runId, params, options) {
    const route = path`/workflows/${workflowId}/resume-stream`;
    parseParams(workflowResumeParamsSchema, params, route);
    return this.client.stream(
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
  },

  async observe(workflowId, runId, params, options) {
    const route = path`/workflows/${workflowId}/observe`;
    parseOptionalParams(workflowObserveParamsSchema, params, route);
    return this.client.stream(
      {
        method: 'POST',
        path: route,
        query: { runId, offset: params?.offset },
        options: { idempotent: true, ...options },
      },
      'records',
      toWorkflowStreamEvent,
    );
  },

  async cancel(workflowId, runId, options) {
    return this.client.post(path`/workflows/${workflowId}/runs/${runId}/cancel`, {
      schema: messageResponseSchema,
      options: { idempotent: true, ...options },
    });
  },

  async listRuns(workflowId, params, options) {
    const route = path`/workflows/${workflowId}/runs`;
    parseOptionalParams(workflowRunListParamsSchema, params, route);
    return this.client.get(route, {
      query: { ...params },
      schema: workflowRunListSchema,
      options,
    });
  },

  async retrieveRun(workflowId, runId, params, options) {
    const route = path`/workflows/${workflowId}/runs/${runId}`;
    parseOptionalParams(workflowRunRetrieveParamsSchema, params, route);
    return this.client.get(route, {
      query: { fields: params?.fields?.join(','), withNestedWorkflows: params?.withNestedWorkflows },
      schema: workflowRunSchema,
      options,
    });
  },

  async deleteRun(workflowId, runId, options) {
    return this.client.delete(path`/workflows/${workflowId}/runs/${runId}`, {
      schema: messageResponseSchema,
      options,
    });
  },
};
