/**
 * Cron in the kit: validation, a sentence, and next fire times in a timezone.
 *
 * Next fires use croner 10 because it is the library Mastra's scheduler runs on (mastra-schedules §1.4, §5.2):
 * the kit then accepts exactly the 5/6/7-field patterns, nicknames and names the server accepts and computes the
 * same instants, DST included, instead of a hand-written approximation that could disagree with the server. The
 * sentence comes from cronstrue, a well-kept describer with 24-hour output and locales.
 *
 * Both libraries together are most of the kit's weight, and only schedule views need them, so they load on
 * demand (`loadCronEngine`) and the cron functions take the loaded engine. `getCronEngine`/`subscribeCronEngine`
 * are a tiny store so a view can start the load and re-render when it is ready.
 */
import type { Cron } from 'croner';
import type cronstrue from 'cronstrue';

/** croner and cronstrue, loaded; pass it to `validateCron`, `nextFireTimes` and `describeCron`. */
export interface CronEngine {
  readonly Cron: typeof Cron;
  readonly cronstrue: typeof cronstrue;
}

let engine: CronEngine | undefined;
let loading: Promise<CronEngine> | undefined;
const listeners = new Set<() => void>();

/**
 * Loads croner and cronstrue once (dynamic import, so they are a separate chunk) and caches them. A failed load
 * is not cached: the next call tries again.
 */
export function loadCronEngine(): Promise<CronEngine> {
  if (engine) return Promise.resolve(engine);
  loading ??= import('./cron-engine.js').then(
    (loaded) => {
      engine = loaded.cronEngine;
      for (const listener of [...listeners]) listener();
      return engine;
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** The engine once loaded, else `undefined` (does not start a load). */
export function getCronEngine(): CronEngine | undefined {
  return engine;
}

/** Calls `listener` when the engine has loaded; returns the unsubscribe. */
export function subscribeCronEngine(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export type CronProblem =
  | { code: 'empty' }
  | { code: 'invalid-cron'; detail: string }
  | { code: 'invalid-timezone'; timezone: string };

/** Nicknames croner accepts; cronstrue does not know them, so they are described through their expansion. */
const NICKNAMES: Record<string, string> = {
  '@yearly': '0 0 1 1 *',
  '@annually': '0 0 1 1 *',
  '@monthly': '0 0 1 * *',
  '@weekly': '0 0 * * 0',
  '@daily': '0 0 * * *',
  '@midnight': '0 0 * * *',
  '@hourly': '0 * * * *',
};

/** True when the runtime knows the IANA zone (`Intl` throws a RangeError for unknown ones). */
export function isValidTimezone(timezone: string): boolean {
  if (timezone.trim() === '') return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: timezone });
    return true;
  } catch {
    return false;
  }
}

/** Every IANA zone the runtime knows, UTC included, for the timezone picker. */
export function listTimezones(): string[] {
  const intl = Intl as unknown as { supportedValuesOf?: (key: string) => string[] };
  const zones = intl.supportedValuesOf?.('timeZone') ?? [];
  return zones.includes('UTC') ? zones : ['UTC', ...zones];
}

/** The viewer's own zone. */
export function viewerTimezone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/**
 * Checks a cron and (optional) timezone as the server will. The server answers 500 on either, so the editor
 * must refuse them first. The value is never trimmed or rewritten: what the user typed is what is sent.
 */
export function validateCron(engine: CronEngine, cron: string, timezone?: string): CronProblem | undefined {
  if (cron.trim() === '') return { code: 'empty' };
  if (timezone !== undefined && timezone !== '' && !isValidTimezone(timezone))
    return { code: 'invalid-timezone', timezone };
  try {
    new engine.Cron(cron, { paused: true, ...(timezone ? { timezone } : {}) });
    return undefined;
  } catch (error) {
    return { code: 'invalid-cron', detail: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * The next `count` fires strictly after `from`, as instants. `timezone` is the zone the pattern is read in
 * (the schedule's); without one the server uses its host zone, which the kit cannot know, so UTC is assumed and
 * callers should say so. Returns `[]` for an invalid pattern or zone.
 */
export function nextFireTimes(
  engine: CronEngine,
  cron: string,
  options: { timezone?: string | undefined; from?: Date | number; count?: number } = {},
): Date[] {
  if (validateCron(engine, cron, options.timezone)) return [];
  const from = options.from === undefined ? new Date() : new Date(options.from);
  try {
    const job = new engine.Cron(cron, { paused: true, timezone: options.timezone || 'UTC' });
    return job.nextRuns(options.count ?? 5, from);
  } catch {
    return [];
  }
}

/**
 * The cron in words ("At 09:00, Monday through Friday"), with the zone when given. `locale` is a cronstrue
 * locale code; unknown ones fall back to English. Returns `undefined` for a pattern it cannot read.
 */
export function describeCron(
  engine: CronEngine,
  cron: string,
  options: { timezone?: string | undefined; locale?: string } = {},
): string | undefined {
  if (validateCron(engine, cron)) return undefined;
  const expression = NICKNAMES[cron.trim().toLowerCase()] ?? cron;
  try {
    const words = engine.cronstrue.toString(expression, {
      use24HourTimeFormat: true,
      throwExceptionOnParseError: true,
      ...(options.locale ? { locale: options.locale } : {}),
    });
    return options.timezone ? `${words}, ${options.timezone}` : words;
  } catch {
    return undefined;
  }
}

/** An instant as date and time in a zone, with the zone's short name ("Mon, 7 Dec 2026, 09:00 CET"). */
export function formatInTimezone(
  instant: Date | number,
  timezone: string | undefined,
  locale = 'en-GB',
): string {
  const date = new Date(instant);
  try {
    return new Intl.DateTimeFormat(locale, {
      // dateStyle/timeStyle cannot be combined with timeZoneName, hence the fields.
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZone: timezone || 'UTC',
      timeZoneName: 'short',
    }).format(date);
  } catch {
    return date.toISOString();
  }
}
