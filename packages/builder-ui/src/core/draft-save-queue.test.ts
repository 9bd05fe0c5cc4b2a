import { describe, expect, it, vi } from 'vitest';
import type { Scheduler } from './draft-connectivity.js';
import { createDraftSaveQueue } from './draft-save-queue.js';

/** A clock the test advances by hand: timers fire in order of their due time. */
function manualScheduler() {
  let now = 0;
  let nextId = 1;
  const timers = new Map<number, { at: number; callback: () => void }>();
  const scheduler: Scheduler = {
    setTimeout(callback, ms) {
      const id = nextId++;
      timers.set(id, { at: now + ms, callback });
      return id;
    },
    clearTimeout(handle) {
      timers.delete(handle as number);
    },
  };
  return {
    scheduler,
    pending: () => [...timers.values()].map((timer) => timer.at - now).sort((a, b) => a - b),
    advance(ms: number) {
      const until = now + ms;
      for (;;) {
        const due = [...timers.entries()]
          .filter(([, t]) => t.at <= until)
          .sort((a, b) => a[1].at - b[1].at)[0];
        if (!due) break;
        timers.delete(due[0]);
        now = due[1].at;
        due[1].callback();
      }
      now = until;
    },
  };
}

function deferred() {
  let resolve!: () => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('the debounce', () => {
  it('runs once, after the last call, and not at all once cancelled', () => {
    const clock = manualScheduler();
    const onDue = vi.fn();
    const queue = createDraftSaveQueue({ onDue, scheduler: clock.scheduler });
    queue.debounce(800);
    clock.advance(500);
    queue.debounce(800);
    clock.advance(700);
    expect(onDue).not.toHaveBeenCalled();
    clock.advance(100);
    expect(onDue).toHaveBeenCalledTimes(1);

    queue.debounce(800);
    queue.cancelDebounce();
    clock.advance(5000);
    expect(onDue).toHaveBeenCalledTimes(1);
    expect(clock.pending()).toEqual([]);
  });
});

describe('the offline retries', () => {
  it('back off from 2 s to every 30 s, start over after a reset, and stop with clear()', () => {
    const clock = manualScheduler();
    const onDue = vi.fn();
    const queue = createDraftSaveQueue({ onDue, scheduler: clock.scheduler });
    const waits: number[] = [];
    for (let attempt = 0; attempt < 6; attempt += 1) {
      queue.retryLater();
      waits.push(clock.pending()[0]!);
      clock.advance(waits.at(-1)!);
    }
    expect(waits).toEqual([2000, 4000, 8000, 15000, 30000, 30000]);
    expect(onDue).toHaveBeenCalledTimes(6);

    queue.resetBackoff();
    queue.retryLater();
    expect(clock.pending()).toEqual([2000]);
    // A second retry replaces the pending one rather than adding a timer.
    queue.retryLater();
    expect(clock.pending()).toEqual([4000]);

    queue.debounce(800);
    queue.clear();
    expect(clock.pending()).toEqual([]);
    clock.advance(60000);
    expect(onDue).toHaveBeenCalledTimes(6);
  });
});

describe('one save in flight', () => {
  it('exposes the save while it runs and reports whether another was asked for meanwhile', async () => {
    const queue = createDraftSaveQueue({ onDue: () => {}, scheduler: manualScheduler().scheduler });
    const first = deferred();
    expect(queue.inFlight()).toBeNull();
    const run = queue.run(() => first.promise);
    expect(queue.inFlight()).not.toBeNull();
    queue.again();
    first.resolve();
    await expect(run).resolves.toBe(true);
    expect(queue.inFlight()).toBeNull();

    // The request for another save is answered once, not carried into the next run.
    await expect(queue.run(() => Promise.resolve())).resolves.toBe(false);
  });

  it('frees the slot when the save fails, and passes the failure on', async () => {
    const queue = createDraftSaveQueue({ onDue: () => {}, scheduler: manualScheduler().scheduler });
    const save = deferred();
    const run = queue.run(() => save.promise);
    save.reject(new Error('boom'));
    await expect(run).rejects.toThrow('boom');
    expect(queue.inFlight()).toBeNull();
  });
});
