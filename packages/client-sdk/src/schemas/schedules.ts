import * as z from 'zod/mini';

/**
 * Workflow schedules (`/api/schedules`, mastra-schedules §2). Timestamps stay epoch milliseconds: they are
 * instants, and the kit formats them in the schedule's own timezone, which a `Date` would not carry.
 *
 * The server stores the caller's whole request context (bearer token included) in every schedule and returns it
 * to every reader (mastra-schedules §5.1). These schemas therefore list their fields (`z.object` drops every key
 * it does not name) and never name `requestContext`; `stripScheduleSecrets` removes it from raw bodies too, so
 * neither a parsed value nor a validation error can carry it.
 */

/** The statuses the server documents; the wire field stays a string so a new one still parses. */
export const knownScheduleStatusSchema = z.enum(['active', 'paused']);
export type ScheduleStatus = z.infer<typeof knownScheduleStatusSchema> | (string & {});

/** The live status of the run a fire created (joined at read time). */
export const scheduleRunSummarySchema = z.object({
  status: z.string(),
  startedAt: z.optional(z.number()),
  completedAt: z.optional(z.number()),
  durationMs: z.optional(z.number()),
  error: z.optional(z.unknown()),
});
export type ScheduleRunSummary = z.infer<typeof scheduleRunSummarySchema>;

/** A schedule row. Agent schedules (`agentId`, `prompt`) share the list; `workflowId` tells them apart. */
export const scheduleSchema = z.object({
  id: z.string(),
  workflowId: z.optional(z.string()),
  agentId: z.optional(z.string()),
  cron: z.string(),
  /** IANA zone; absent means the server host's zone. */
  timezone: z.optional(z.string()),
  status: z.string(),
  /** The next fire as an instant (epoch ms). Stale on a paused row and when the scheduler is not running. */
  nextFireAt: z.optional(z.nullable(z.number())),
  /** Actual time of the last cron fire (run now does not update it). */
  lastFireAt: z.optional(z.nullable(z.number())),
  lastRunId: z.optional(z.nullable(z.string())),
  lastRun: z.optional(z.nullable(scheduleRunSummarySchema)),
  inputData: z.optional(z.unknown()),
  initialState: z.optional(z.unknown()),
  metadata: z.optional(z.nullable(z.record(z.string(), z.unknown()))),
  prompt: z.optional(z.string()),
  name: z.optional(z.string()),
  createdAt: z.optional(z.number()),
  updatedAt: z.optional(z.number()),
});
export type Schedule = z.infer<typeof scheduleSchema>;

export const scheduleListSchema = z.object({ schedules: z.array(scheduleSchema) });
export type ScheduleList = z.infer<typeof scheduleListSchema>;

/** One fire (cron or manual) and, once published, the live status of the run it created. */
export const scheduleTriggerSchema = z.object({
  id: z.optional(z.string()),
  scheduleId: z.string(),
  runId: z.nullable(z.string()),
  scheduledFireAt: z.number(),
  actualFireAt: z.number(),
  outcome: z.string(),
  error: z.optional(z.unknown()),
  triggerKind: z.optional(z.string()),
  parentTriggerId: z.optional(z.nullable(z.string())),
  run: z.optional(z.nullable(scheduleRunSummarySchema)),
});
export type ScheduleTrigger = z.infer<typeof scheduleTriggerSchema>;

export const scheduleTriggerListSchema = z.object({ triggers: z.array(scheduleTriggerSchema) });
export type ScheduleTriggerList = z.infer<typeof scheduleTriggerListSchema>;

/** `POST /schedules/:id/run`: `claimId` is the id of the workflow run the fire creates. */
export const scheduleRunNowSchema = z.object({
  scheduleId: z.string(),
  claimId: z.string(),
  scheduledFireAt: z.number(),
});
export type ScheduleRunNow = z.infer<typeof scheduleRunNowSchema>;

export const scheduleListParamsSchema = z.object({
  workflowId: z.optional(z.string()),
  agentId: z.optional(z.string()),
  status: z.optional(knownScheduleStatusSchema),
});
export type ScheduleListParams = z.infer<typeof scheduleListParamsSchema>;

/**
 * `POST /schedules`. There is deliberately no `requestContext`: the server would store the caller's token with
 * it, and the kit never sends one. The server answers 500 on an invalid cron or timezone, so validate first.
 */
export const scheduleCreateParamsSchema = z.object({
  id: z.optional(z.string()),
  workflowId: z.string().check(z.minLength(1)),
  cron: z.string().check(z.minLength(1)),
  timezone: z.optional(z.string()),
  inputData: z.optional(z.unknown()),
  initialState: z.optional(z.unknown()),
  metadata: z.optional(z.record(z.string(), z.unknown())),
});
export type ScheduleCreateParams = z.infer<typeof scheduleCreateParamsSchema>;

/** `PATCH /schedules/:id`. `metadata` replaces the stored object; `timezone: ''` clears the zone. */
export const scheduleUpdateParamsSchema = z.object({
  cron: z.optional(z.string().check(z.minLength(1))),
  timezone: z.optional(z.string()),
  status: z.optional(knownScheduleStatusSchema),
  inputData: z.optional(z.unknown()),
  initialState: z.optional(z.unknown()),
  metadata: z.optional(z.record(z.string(), z.unknown())),
});
export type ScheduleUpdateParams = z.infer<typeof scheduleUpdateParamsSchema>;

export const scheduleTriggerListParamsSchema = z.object({
  limit: z.optional(z.number().check(z.int(), z.positive())),
  /** Inclusive lower bound (epoch ms). */
  fromActualFireAt: z.optional(z.number()),
  /** Exclusive upper bound (epoch ms): pass the last trigger's `actualFireAt` to page. */
  toActualFireAt: z.optional(z.number()),
});
export type ScheduleTriggerListParams = z.infer<typeof scheduleTriggerListParamsSchema>;

const SECRET_KEYS = ['requestContext'] as const;

/**
 * Removes the stored request context (bearer token, roles, permissions) from a raw schedule body, a list of them,
 * or `{ schedules: [...] }`. Applied before parsing, so a misfit body in a `ResponseValidationError` (or the raw
 * JSON returned with `validate: false`) cannot carry the token either.
 */
export function stripScheduleSecrets(body: unknown): unknown {
  if (Array.isArray(body)) return body.map(stripScheduleSecrets);
  if (!body || typeof body !== 'object') return body;
  const record = body as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    if ((SECRET_KEYS as readonly string[]).includes(key)) continue;
    out[key] = key === 'schedules' ? stripScheduleSecrets(value) : value;
  }
  return out;
}
