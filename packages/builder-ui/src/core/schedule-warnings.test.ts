import { describe, expect, it } from 'vitest';
import {
  findOverlaps,
  isInternalSchedule,
  scheduleWarnings,
  NEXT_FIRE_GRACE_MS,
} from './schedule-warnings.js';

const now = 1_800_000_000_000;
const active = { id: 'schedule_a', status: 'active', nextFireAt: now + 60_000 };

describe('scheduleWarnings', () => {
  it('nothing to say about a healthy schedule', () => {
    expect(scheduleWarnings(active, [], now)).toEqual([]);
  });

  it('an active schedule whose next fire is past (beyond one tick of grace) warns; a paused one does not', () => {
    const stale = { ...active, nextFireAt: now - NEXT_FIRE_GRACE_MS - 1 };
    expect(scheduleWarnings(stale, [], now)).toEqual([
      { code: 'next-fire-past', nextFireAt: stale.nextFireAt },
    ]);
    expect(scheduleWarnings({ ...stale, status: 'paused' }, [], now)).toEqual([]);
    expect(scheduleWarnings({ ...active, nextFireAt: now - 5_000 }, [], now)).toEqual([]);
  });

  it('a fire that started while the previous run was suspended is an overlap; the open run warns ahead', () => {
    const triggers = [
      {
        runId: 'r2',
        actualFireAt: now - 1000,
        run: { status: 'success', startedAt: now - 1000, completedAt: now - 900 },
      },
      { runId: 'r1', actualFireAt: now - 5000, run: { status: 'suspended', startedAt: now - 5000 } },
    ];
    expect(findOverlaps(triggers)).toEqual([{ code: 'overlap', runId: 'r2', overlapsRunId: 'r1' }]);
    expect(scheduleWarnings(active, triggers, now)).toEqual([
      { code: 'overlap', runId: 'r2', overlapsRunId: 'r1' },
      { code: 'will-overlap', openRunId: 'r1' },
    ]);
  });

  it('runs that finished before the next fire do not overlap', () => {
    expect(
      findOverlaps([
        { runId: 'a', actualFireAt: 0, run: { status: 'success', completedAt: 10 } },
        { runId: 'b', actualFireAt: 20, run: { status: 'failed', completedAt: 30 } },
        { runId: null, actualFireAt: 40 },
      ]),
    ).toEqual([]);
  });

  it('code-owned and internal rows are recognised', () => {
    expect(scheduleWarnings({ ...active, id: 'wf_digest' }, [], now)).toEqual([{ code: 'code-owned' }]);
    expect(isInternalSchedule({ ...active, metadata: { internal: true } })).toBe(true);
    expect(isInternalSchedule(active)).toBe(false);
  });
});
