import { beforeAll, describe, expect, it } from 'vitest';
import {
  describeCron,
  formatInTimezone,
  getCronEngine,
  isValidTimezone,
  loadCronEngine,
  nextFireTimes,
  subscribeCronEngine,
  validateCron,
  type CronEngine,
} from './cron.js';

let engine: CronEngine;

describe('loadCronEngine', () => {
  it('loads once, caches the engine and tells subscribers', async () => {
    expect(getCronEngine()).toBeUndefined();
    let told = 0;
    const unsubscribe = subscribeCronEngine(() => told++);
    const [first, second] = await Promise.all([loadCronEngine(), loadCronEngine()]);
    unsubscribe();
    expect(first).toBe(second);
    expect(getCronEngine()).toBe(first);
    expect(await loadCronEngine()).toBe(first);
    expect(told).toBe(1);
  });
});

// After the test above, so that it sees the first load.
const withEngine = () =>
  beforeAll(async () => {
    engine = await loadCronEngine();
  });

const iso = (dates: Date[]) => dates.map((d) => d.toISOString());

describe('validateCron', () => {
  withEngine();
  it('accepts 5-, 6- and 7-field patterns, names and nicknames the server accepts', () => {
    for (const cron of [
      '0 9 * * 1-5',
      '*/15 * * * * *',
      '0 0 12 * * * 2027',
      '0 9 * * MON-FRI',
      '@daily',
      '@hourly',
    ])
      expect(validateCron(engine, cron), cron).toBeUndefined();
  });

  it('refuses what the server would answer 500 to, naming the problem', () => {
    expect(validateCron(engine, '')).toEqual({ code: 'empty' });
    expect(validateCron(engine, 'every minute')).toMatchObject({ code: 'invalid-cron' });
    expect(validateCron(engine, '61 * * * *')).toMatchObject({ code: 'invalid-cron' });
    expect(validateCron(engine, '0 9 * * *', 'Mars/Olympus')).toEqual({
      code: 'invalid-timezone',
      timezone: 'Mars/Olympus',
    });
    expect(isValidTimezone('Europe/Berlin')).toBe(true);
    expect(isValidTimezone(' ')).toBe(false);
  });
});

describe('describeCron', () => {
  withEngine();
  it('says the schedule in words with its zone', () => {
    expect(describeCron(engine, '0 9 * * 1-5', { timezone: 'Europe/Berlin' })).toBe(
      'At 09:00, Monday through Friday, Europe/Berlin',
    );
    expect(describeCron(engine, '*/2 * * * * *')).toBe('Every 2 seconds');
    expect(describeCron(engine, '@daily')).toBe('At 00:00');
    expect(describeCron(engine, 'nope')).toBeUndefined();
  });
});

describe('nextFireTimes', () => {
  withEngine();
  it('computes the next five weekday fires in the schedule zone (winter: 09:00 Berlin = 08:00Z)', () => {
    // Friday 2026-12-04 12:00Z: next fires skip the weekend.
    expect(
      iso(
        nextFireTimes(engine, '0 9 * * 1-5', { timezone: 'Europe/Berlin', from: Date.UTC(2026, 11, 4, 12) }),
      ),
    ).toEqual([
      '2026-12-07T08:00:00.000Z',
      '2026-12-08T08:00:00.000Z',
      '2026-12-09T08:00:00.000Z',
      '2026-12-10T08:00:00.000Z',
      '2026-12-11T08:00:00.000Z',
    ]);
  });

  it('the same cron lands on different instants in other zones', () => {
    const from = Date.UTC(2026, 11, 4, 12);
    expect(iso(nextFireTimes(engine, '0 9 * * *', { timezone: 'America/New_York', from, count: 1 }))).toEqual(
      ['2026-12-04T14:00:00.000Z'],
    );
    expect(iso(nextFireTimes(engine, '0 9 * * *', { timezone: 'Asia/Tokyo', from, count: 1 }))).toEqual([
      '2026-12-05T00:00:00.000Z',
    ]);
    expect(iso(nextFireTimes(engine, '0 9 * * *', { from, count: 1 }))).toEqual(['2026-12-05T09:00:00.000Z']);
  });

  it('DST spring forward (Berlin, 29 Mar 2026): wall-clock 09:00 moves from 08:00Z to 07:00Z', () => {
    expect(
      iso(
        nextFireTimes(engine, '0 9 * * *', {
          timezone: 'Europe/Berlin',
          from: Date.UTC(2026, 2, 27, 12),
          count: 3,
        }),
      ),
    ).toEqual(['2026-03-28T08:00:00.000Z', '2026-03-29T07:00:00.000Z', '2026-03-30T07:00:00.000Z']);
  });

  it('DST: a nonexistent 02:30 still fires once that day (03:30 CEST); a repeated 01:30 fires once', () => {
    expect(
      iso(
        nextFireTimes(engine, '30 2 * * *', {
          timezone: 'Europe/Berlin',
          from: Date.UTC(2026, 2, 28, 12),
          count: 2,
        }),
      ),
    ).toEqual(['2026-03-29T01:30:00.000Z', '2026-03-30T00:30:00.000Z']);
    // New York falls back on 1 Nov 2026: 01:30 happens twice on the wall clock, the schedule fires once.
    expect(
      iso(
        nextFireTimes(engine, '30 1 * * *', {
          timezone: 'America/New_York',
          from: Date.UTC(2026, 9, 31, 12),
          count: 2,
        }),
      ),
    ).toEqual(['2026-11-01T05:30:00.000Z', '2026-11-02T06:30:00.000Z']);
  });

  it('an invalid pattern or zone gives no fires rather than throwing', () => {
    expect(nextFireTimes(engine, 'bad')).toEqual([]);
    expect(nextFireTimes(engine, '* * * * *', { timezone: 'Nowhere/Else' })).toEqual([]);
  });
});

describe('formatInTimezone', () => {
  it('formats an instant in the given zone with its zone name', () => {
    const instant = Date.UTC(2026, 11, 7, 8);
    expect(formatInTimezone(instant, 'Europe/Berlin')).toMatch(/09:00/);
    expect(formatInTimezone(instant, 'UTC')).toMatch(/08:00/);
  });
});
