import { ConsoleLogger, type LogFilterContext } from '@mastra/core/logger';

/**
 * The seed makes a few runs fail on purpose (a `[fail]` prompt, an unknown customer) so the console has failed
 * runs to show. Mastra logs each of those as an error with a stack trace, which reads like a broken install on
 * a newcomer's first `pnpm dev`. While the seed runs, those exact failures are left out of the log; every other
 * error, and the same failures outside the seed, are logged as usual.
 */
let seeding = false;
const EXPECTED_SEED_FAILURES = ['simulated model failure requested by "[fail]"', 'Customer C-9999 not found'];

export function setSeeding(active: boolean): void {
  seeding = active;
}

function mentionsExpectedFailure(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return EXPECTED_SEED_FAILURES.some((text) => value.includes(text));
  if (value instanceof Error) return mentionsExpectedFailure(value.message, depth);
  if (value && typeof value === 'object' && depth < 3)
    return Object.values(value).some((inner) => mentionsExpectedFailure(inner, depth + 1));
  return false;
}

export function isExpectedSeedFailure({ level, message, args }: LogFilterContext): boolean {
  if (!seeding || (level !== 'error' && level !== 'warn')) return false;
  return mentionsExpectedFailure(message) || args.some((arg) => mentionsExpectedFailure(arg));
}

export function createPlaygroundLogger(): ConsoleLogger {
  return new ConsoleLogger({ name: 'Mastra', level: 'info', filter: (ctx) => !isExpectedSeedFailure(ctx) });
}
