import * as z from 'zod/mini';
import type { MastraCore } from '../core-client.js';
import type { ResourceImpl } from '../core/lazy.js';
import type { RequestOptions } from '../core/request-options.js';
import { parseOptionalParams, parseParams } from '../internal/params.js';
import { path } from '../internal/path.js';
import {
  scheduleCreateParamsSchema,
  scheduleListParamsSchema,
  scheduleListSchema,
  scheduleRunNowSchema,
  scheduleSchema,
  scheduleTriggerListParamsSchema,
  scheduleTriggerListSchema,
  scheduleUpdateParamsSchema,
  stripScheduleSecrets,
} from '../schemas/schedules.js';
import type { Schedules } from './schedules.js';

/**
 * Sends a request and parses the body with the client's schema option only after stripping the stored
 * request context, so neither the result nor a `ResponseValidationError` (which quotes the body) carries it.
 */
async function call<S extends z.ZodMiniType>(
  client: MastraCore,
  method: 'get' | 'post' | 'patch' | 'delete',
  route: string,
  schema: S,
  init: { query?: Record<string, string | number | undefined>; body?: unknown; options?: RequestOptions },
): Promise<z.output<S>> {
  const raw: unknown = await client[method](route, {
    query: init.query,
    body: init.body,
    options: init.options,
  });
  return client.parse({ schema, path: route, options: init.options }, stripScheduleSecrets(raw));
}

/** The bodies of `Schedules`' async methods (documented there), loaded with the first call. */
export const schedulesImpl: ResourceImpl<Schedules> = {
  async list(params, options) {
    parseOptionalParams(scheduleListParamsSchema, params, '/schedules');
    const { schedules } = await call(this.client, 'get', '/schedules', scheduleListSchema, {
      query: { workflowId: params?.workflowId, agentId: params?.agentId, status: params?.status },
      options,
    });
    return schedules;
  },

  async retrieve(scheduleId, options) {
    return call(this.client, 'get', path`/schedules/${scheduleId}`, scheduleSchema, { options });
  },

  async create(params, options) {
    parseParams(scheduleCreateParamsSchema, params, '/schedules');
    return call(this.client, 'post', '/schedules', scheduleSchema, { body: { ...params }, options });
  },

  async update(scheduleId, params, options) {
    const route = path`/schedules/${scheduleId}`;
    parseParams(scheduleUpdateParamsSchema, params, route);
    return call(this.client, 'patch', route, scheduleSchema, { body: { ...params }, options });
  },

  async delete(scheduleId, options) {
    return call(
      this.client,
      'delete',
      path`/schedules/${scheduleId}`,
      z.object({ message: z.optional(z.string()) }),
      {
        options,
      },
    );
  },

  async pause(scheduleId, options) {
    return call(this.client, 'post', path`/schedules/${scheduleId}/pause`, scheduleSchema, {
      options: { idempotent: true, ...options },
    });
  },

  async resume(scheduleId, options) {
    return call(this.client, 'post', path`/schedules/${scheduleId}/resume`, scheduleSchema, {
      options: { idempotent: true, ...options },
    });
  },

  async runNow(scheduleId, options) {
    return call(this.client, 'post', path`/schedules/${scheduleId}/run`, scheduleRunNowSchema, { options });
  },

  async triggers(scheduleId, params, options) {
    const route = path`/schedules/${scheduleId}/triggers`;
    parseOptionalParams(scheduleTriggerListParamsSchema, params, route);
    const { triggers } = await call(this.client, 'get', route, scheduleTriggerListSchema, {
      query: { ...params },
      options,
    });
    return triggers;
  },
};
