/**
 * Warnings a schedule list owes its reader, derived from what the server returns (mastra-schedules §5): no route
 * says whether the scheduler runs, and the server has no overlap policy, so both are inferred here.
 */

/** What this module reads of a schedule (the SDK's `Schedule` fits). */
export interface ScheduleInput {
  id: string;
  status: string;
  nextFireAt?: number | null | undefined;
  metadata?: Record<string, unknown> | null | undefined;
}

/** What this module reads of a fire (the SDK's `ScheduleTrigger` fits). */
export interface TriggerInput {
  runId: string | null;
  actualFireAt: number;
  run?:
    { status: string; startedAt?: number | undefined; completedAt?: number | undefined } | null | undefined;
}

export type ScheduleWarning =
  /** Active, yet the next fire lies in the past: the scheduler is probably not running. */
  | { code: 'next-fire-past'; nextFireAt: number }
  /** A fire started while an earlier fire's run was still running or suspended. */
  | { code: 'overlap'; runId: string | null; overlapsRunId: string | null }
  /** An earlier fire's run is still open, so the next fire will overlap it. */
  | { code: 'will-overlap'; openRunId: string | null }
  /** A `wf_` row comes from code: edits other than pause are reverted when the server restarts. */
  | { code: 'code-owned' };

/**
 * Fires land up to one scheduler tick (10 s by default) after `nextFireAt`; a minute of grace keeps a slow tick
 * from raising the alarm.
 */
export const NEXT_FIRE_GRACE_MS = 60_000;

const OPEN_RUN_STATUSES = new Set(['running', 'suspended', 'waiting', 'pending', 'paused']);

/** Internal rows (e.g. Mastra's notification dispatcher) are not the team's schedules. */
export function isInternalSchedule(schedule: ScheduleInput): boolean {
  return schedule.metadata?.['internal'] === true;
}

export function isCodeOwnedSchedule(schedule: ScheduleInput): boolean {
  return schedule.id.startsWith('wf_');
}

function isOpen(trigger: TriggerInput, at: number): boolean {
  const run = trigger.run;
  if (!run) return false;
  if (run.completedAt !== undefined) return run.completedAt > at;
  return OPEN_RUN_STATUSES.has(run.status);
}

/** Fires (any order) whose start found an earlier fire's run still open, oldest first. */
export function findOverlaps(
  triggers: readonly TriggerInput[],
): Extract<ScheduleWarning, { code: 'overlap' }>[] {
  const sorted = [...triggers].sort((a, b) => a.actualFireAt - b.actualFireAt);
  const out: Extract<ScheduleWarning, { code: 'overlap' }>[] = [];
  sorted.forEach((trigger, index) => {
    const earlier = sorted.slice(0, index).find((previous) => isOpen(previous, trigger.actualFireAt));
    if (earlier) out.push({ code: 'overlap', runId: trigger.runId, overlapsRunId: earlier.runId });
  });
  return out;
}

/** Every warning for one schedule at `now`; `triggers` is its fire history when loaded. */
export function scheduleWarnings(
  schedule: ScheduleInput,
  triggers: readonly TriggerInput[] = [],
  now: number = Date.now(),
): ScheduleWarning[] {
  const warnings: ScheduleWarning[] = [];
  const next = schedule.nextFireAt;
  if (schedule.status === 'active' && typeof next === 'number' && next < now - NEXT_FIRE_GRACE_MS)
    warnings.push({ code: 'next-fire-past', nextFireAt: next });
  warnings.push(...findOverlaps(triggers));
  if (schedule.status === 'active') {
    const open = [...triggers].sort((a, b) => b.actualFireAt - a.actualFireAt).find((t) => isOpen(t, now));
    if (open) warnings.push({ code: 'will-overlap', openRunId: open.runId });
  }
  if (isCodeOwnedSchedule(schedule)) warnings.push({ code: 'code-owned' });
  return warnings;
}
