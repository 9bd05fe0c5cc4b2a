/**
 * In-page measuring for the bench pages. Times come from `performance.now()` (event `timeStamp`s share its
 * clock); "painted" means the first frame after the DOM change has been produced: a requestAnimationFrame
 * callback runs before that frame's paint, so a task queued from it (MessageChannel) runs once the frame is
 * out. An interaction is over when the watched subtree has not mutated for `quietFrames` frames (this also
 * catches deferred renders and virtualizers that measure and re-render).
 */

const channel = new MessageChannel();
const queue: (() => void)[] = [];
channel.port1.onmessage = () => queue.shift()?.();

/**
 * Resolves after the next frame has been painted, with the time it resolved. `atFrame` runs in that frame's
 * requestAnimationFrame callback: what the DOM holds then is what the frame paints (a task that runs between
 * the callback and the resolution, such as a render React queued earlier, lands in the frame after).
 */
export function afterPaint(atFrame?: () => void): Promise<number> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      atFrame?.();
      queue.push(() => resolve(performance.now()));
      channel.port2.postMessage(null);
    }),
  );
}

export interface Settled {
  /** First painted frame after the first DOM change, relative to `t0`. `null` when nothing changed. */
  firstPaint: number | null;
  /** Painted frame after the last DOM change, relative to `t0`. */
  lastPaint: number | null;
  frames: number;
}

/**
 * Waits until `target` stops changing and returns when the change was first and last painted, relative to
 * `t0`. Bounded: gives up after `maxMs`.
 */
export async function settle(
  target: Node,
  t0: number,
  {
    quietFrames = 3,
    maxMs = 60_000,
    done,
    action,
  }: { quietFrames?: number; maxMs?: number; done?: () => boolean; action?: () => void } = {},
): Promise<Settled> {
  let dirty = false;
  const observer = new MutationObserver(() => (dirty = true));
  observer.observe(target, { subtree: true, childList: true, attributes: true, characterData: true });
  // Run after observing, so a synchronous render (flushSync, discrete events) is seen too.
  action?.();
  let firstPaint: number | null = null;
  let lastPaint: number | null = null;
  let quiet = 0;
  let frames = 0;
  // Changes made before the observer existed (inside the same task as the event) count too.
  if (done?.()) dirty = true;
  try {
    while (performance.now() - t0 < maxMs) {
      // Whether this frame shows a change is decided when the frame starts, not when it has been painted: a
      // change made after its requestAnimationFrame callback is painted one frame later.
      let changed = false;
      const painted = await afterPaint(() => {
        changed = dirty || (firstPaint === null && done?.() === true);
        dirty = false;
      });
      frames++;
      if (changed) {
        quiet = 0;
        if (firstPaint === null) firstPaint = painted - t0;
        lastPaint = painted - t0;
      } else if (++quiet >= quietFrames && (done === undefined || done())) break;
    }
  } finally {
    observer.disconnect();
  }
  return { firstPaint, lastPaint, frames };
}

/** Long tasks (> 50 ms) seen since `start()`. */
export function longTasks() {
  const entries: { start: number; duration: number }[] = [];
  let observer: PerformanceObserver | undefined;
  try {
    observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        entries.push({ start: entry.startTime, duration: entry.duration });
    });
    observer.observe({ type: 'longtask', buffered: false });
  } catch {
    // Not supported: report none rather than fail the page.
  }
  return {
    take(since = 0) {
      const picked = entries.filter((e) => e.start >= since);
      return { count: picked.length, totalMs: picked.reduce((sum, e) => sum + e.duration, 0) };
    },
    stop: () => observer?.disconnect(),
  };
}

/** `performance.memory` (Chromium, precise with `--enable-precise-memory-info`). */
export function jsHeap(): number | null {
  const memory = (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory;
  return memory ? memory.usedJSHeapSize : null;
}

export interface KeystrokeSample {
  key: string;
  /** keydown to the draft/value accepting the edit (when the page reports it), ms. */
  committed: number | null;
  /** keydown to the first painted frame after the DOM changed, ms. */
  paint: number | null;
  /** keydown to the painted frame after the last DOM change, ms. */
  settled: number | null;
}

/**
 * Records every keystroke on the page: from the keydown event's timestamp to committed value and paint.
 * The bench driver presses a key, then waits until `pending()` is 0 before the next one.
 */
export function keystrokeRecorder(target: Node) {
  const samples: KeystrokeSample[] = [];
  let pending = 0;
  let committedAt: number | null = null;
  let current: { t0: number } | null = null;
  document.addEventListener(
    'keydown',
    (event) => {
      const t0 = event.timeStamp;
      pending++;
      committedAt = null;
      current = { t0 };
      void settle(target, t0, { quietFrames: 3, maxMs: 5000 }).then((result) => {
        samples.push({
          key: event.key,
          committed: committedAt === null ? null : committedAt - t0,
          paint: result.firstPaint,
          settled: result.lastPaint,
        });
        current = null;
        pending--;
      });
    },
    { capture: true },
  );
  return {
    samples,
    pending: () => pending,
    /** Call from the component's change callback. */
    commit() {
      if (current && committedAt === null) committedAt = performance.now();
    },
  };
}

declare global {
  interface Window {
    __bench: Record<string, unknown>;
  }
}
