import { lazyImpl } from '../core/lazy.js';
import type { RequestOptions } from '../core/request-options.js';
import { APIResource } from '../core/resource.js';
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

const run = /* @__PURE__ */ lazyImpl<Schedules>('schedules', () =>
  import('./impls.js').then((m) => m.schedulesImpl),
);

/**
 * Workflow (and agent) schedules: list, create, edit, pause, resume, run now, delete and fire history.
 *
 * No method returns or accepts the stored `requestContext`: the server keeps the creator's bearer token in it
 * and hands it to every reader. Responses are stripped before they are parsed (and before a validation error
 * could quote them), and create/update have no parameter for it.
 */
export class Schedules extends APIResource {
  /** Every schedule (no pagination on the server), optionally for one workflow or status. */
  list(params?: ScheduleListParams, options?: RequestOptions): Promise<Schedule[]> {
    return run(this, this._client, 'list', params, options);
  }

  retrieve(scheduleId: string, options?: RequestOptions): Promise<Schedule> {
    return run(this, this._client, 'retrieve', scheduleId, options);
  }

  /**
   * Creates a workflow schedule. The server answers 500 (`InternalServerError`) on an invalid cron or timezone
   * and does not check `inputData` against the workflow's input schema.
   */
  create(params: ScheduleCreateParams, options?: RequestOptions): Promise<Schedule> {
    return run(this, this._client, 'create', params, options);
  }

  /** Changes a schedule; changing cron or timezone recomputes `nextFireAt`. */
  update(scheduleId: string, params: ScheduleUpdateParams, options?: RequestOptions): Promise<Schedule> {
    return run(this, this._client, 'update', scheduleId, params, options);
  }

  delete(scheduleId: string, options?: RequestOptions): Promise<{ message?: string | undefined }> {
    return run(this, this._client, 'delete', scheduleId, options);
  }

  /** Stops firing; `nextFireAt` keeps its old value (needs `schedules:write`). */
  pause(scheduleId: string, options?: RequestOptions): Promise<Schedule> {
    return run(this, this._client, 'pause', scheduleId, options);
  }

  /** Fires again from now on; missed slots are not caught up (needs `schedules:execute`). */
  resume(scheduleId: string, options?: RequestOptions): Promise<Schedule> {
    return run(this, this._client, 'resume', scheduleId, options);
  }

  /** Fires once now, even when paused; `claimId` is the run it starts. Never retried: a retry would fire twice. */
  runNow(scheduleId: string, options?: RequestOptions): Promise<ScheduleRunNow> {
    return run(this, this._client, 'runNow', scheduleId, options);
  }

  /** Fire history, newest first. An unknown schedule id gives an empty list (the server does not 404). */
  triggers(
    scheduleId: string,
    params?: ScheduleTriggerListParams,
    options?: RequestOptions,
  ): Promise<ScheduleTrigger[]> {
    return run(this, this._client, 'triggers', scheduleId, params, options);
  }
}
