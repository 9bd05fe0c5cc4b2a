import * as z from 'zod/mini';
import type { RequestOptions } from '../core/request-options.js';
import { APIResource } from '../core/resource.js';
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
import type {
  Schedule,
  ScheduleCreateParams,
  ScheduleListParams,
  ScheduleRunNow,
  ScheduleTrigger,
  ScheduleTriggerListParams,
  ScheduleUpdateParams,
} from '../schemas/schedules.js';

/** TanStack Query keys for schedules, scoped by server like `paddockKeys`. */
export const scheduleKeys = {
  all: (baseUrl: string) => ['paddock', baseUrl, 'schedules'] as const,
  list: (baseUrl: string, params?: object) =>
    ['paddock', baseUrl, 'schedules', 'list', params ?? {}] as const,
  detail: (baseUrl: string, id: string) => ['paddock', baseUrl, 'schedules', 'detail', id] as const,
  triggers: (baseUrl: string, id: string, params?: object) =>
    ['paddock', baseUrl, 'schedules', 'triggers', id, params ?? {}] as const,
};

/**
 * Workflow (and agent) schedules: list, create, edit, pause, resume, run now, delete and fire history.
 *
 * No method returns or accepts the stored `requestContext`: the server keeps the creator's bearer token in it
 * and hands it to every reader. Responses are stripped before they are parsed (and before a validation error
 * could quote them), and create/update have no parameter for it.
 */
export class Schedules extends APIResource {
  /**
   * Sends a request and parses the body with the client's schema option only after stripping the stored
   * request context, so neither the result nor a `ResponseValidationError` (which quotes the body) carries it.
   */
  private async call<S extends z.ZodMiniType>(
    method: 'get' | 'post' | 'patch' | 'delete',
    route: string,
    schema: S,
    init: { query?: Record<string, string | number | undefined>; body?: unknown; options?: RequestOptions },
  ): Promise<z.output<S>> {
    const raw: unknown = await this._client[method](route, {
      query: init.query,
      body: init.body,
      options: init.options,
    });
    return this._client.parse({ schema, path: route, options: init.options }, stripScheduleSecrets(raw));
  }

  /** Every schedule (no pagination on the server), optionally for one workflow or status. */
  async list(params?: ScheduleListParams, options?: RequestOptions): Promise<Schedule[]> {
    parseOptionalParams(scheduleListParamsSchema, params, '/schedules');
    const { schedules } = await this.call('get', '/schedules', scheduleListSchema, {
      query: { workflowId: params?.workflowId, agentId: params?.agentId, status: params?.status },
      options,
    });
    return schedules;
  }

  async retrieve(scheduleId: string, options?: RequestOptions): Promise<Schedule> {
    return this.call('get', path`/schedules/${scheduleId}`, scheduleSchema, { options });
  }

  /**
   * Creates a workflow schedule. The server answers 500 (`InternalServerError`) on an invalid cron or timezone
   * and does not check `inputData` against the workflow's input schema.
   */
  async create(params: ScheduleCreateParams, options?: RequestOptions): Promise<Schedule> {
    parseParams(scheduleCreateParamsSchema, params, '/schedules');
    return this.call('post', '/schedules', scheduleSchema, { body: { ...params }, options });
  }

  /** Changes a schedule; changing cron or timezone recomputes `nextFireAt`. */
  async update(
    scheduleId: string,
    params: ScheduleUpdateParams,
    options?: RequestOptions,
  ): Promise<Schedule> {
    const route = path`/schedules/${scheduleId}`;
    parseParams(scheduleUpdateParamsSchema, params, route);
    return this.call('patch', route, scheduleSchema, { body: { ...params }, options });
  }

  async delete(scheduleId: string, options?: RequestOptions): Promise<{ message?: string | undefined }> {
    return this.call(
      'delete',
      path`/schedules/${scheduleId}`,
      z.object({ message: z.optional(z.string()) }),
      {
        options,
      },
    );
  }

  /** Stops firing; `nextFireAt` keeps its old value (needs `schedules:write`). */
  async pause(scheduleId: string, options?: RequestOptions): Promise<Schedule> {
    return this.call('post', path`/schedules/${scheduleId}/pause`, scheduleSchema, {
      options: { idempotent: true, ...options },
    });
  }

  /** Fires again from now on; missed slots are not caught up (needs `schedules:execute`). */
  async resume(scheduleId: string, options?: RequestOptions): Promise<Schedule> {
    return this.call('post', path`/schedules/${scheduleId}/resume`, scheduleSchema, {
      options: { idempotent: true, ...options },
    });
  }

  /** Fires once now, even when paused; `claimId` is the run it starts. Never retried: a retry would fire twice. */
  async runNow(scheduleId: string, options?: RequestOptions): Promise<ScheduleRunNow> {
    return this.call('post', path`/schedules/${scheduleId}/run`, scheduleRunNowSchema, { options });
  }

  /** Fire history, newest first. An unknown schedule id gives an empty list (the server does not 404). */
  async triggers(
    scheduleId: string,
    params?: ScheduleTriggerListParams,
    options?: RequestOptions,
  ): Promise<ScheduleTrigger[]> {
    const route = path`/schedules/${scheduleId}/triggers`;
    parseOptionalParams(scheduleTriggerListParamsSchema, params, route);
    const { triggers } = await this.call('get', route, scheduleTriggerListSchema, {
      query: { ...params },
      options,
    });
    return triggers;
  }
}
