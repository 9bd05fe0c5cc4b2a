import type { Browser, Page } from 'playwright';
import { summarize } from '../lib/stats.ts';
import { cpuInside, mainThreadTasks, recordTrace, TIMELINE, type TraceEvent } from '../lib/chromium-trace.ts';
import type {
  ComposerCase,
  ComposerResult,
  PickerResult,
  TraceImplRun,
  TraceResult,
} from '../lib/results.ts';

/** Page-side samples, as harness.ts records them. */
interface KeySample {
  key: string;
  committed: number | null;
  paint: number | null;
  settled: number | null;
}
interface Tasks {
  count: number;
  totalMs: number;
}

const VIEWPORT = { width: 1280, height: 800 };

async function openPage(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage({ viewport: VIEWPORT });
  page.setDefaultTimeout(120_000);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(url);
  await page
    .waitForFunction(() => typeof window.__bench === 'object', undefined, { timeout: 30_000 })
    .catch(() => {
      throw new Error(`page did not start: ${url}${errors.length ? `: ${errors.join('; ')}` : ''}`);
    });
  return page;
}

/** Presses each key and waits until the page has measured it (painted and quiet) before the next. */
async function typeMeasured(page: Page, keys: string[]) {
  for (const key of keys) {
    await page.keyboard.press(key);
    await page.waitForFunction(() => (window.__bench.pending as () => number)() === 0, undefined, {
      polling: 10,
      timeout: 10_000,
    });
    // A short human-like gap between keystrokes.
    await page.waitForTimeout(25);
  }
}

const chars = (text: string) => [...text].map((c) => (c === ' ' ? 'Space' : c));
const addTasks = (a: Tasks, b: Tasks): Tasks => ({
  count: a.count + b.count,
  totalMs: a.totalMs + b.totalMs,
});

export async function benchPicker(browser: Browser, baseUrl: string, runs: number): Promise<PickerResult> {
  const items = 10_000;
  const open: { firstRow: number | null; settled: number | null }[] = [];
  const samples: KeySample[] = [];
  let tasks: Tasks = { count: 0, totalMs: 0 };
  // Search, refine, correct, search something else: each keystroke changes the result list.
  const keys = [...chars('primitive 42'), 'Backspace', 'Backspace', 'Backspace', ...chars('team 7')];
  for (let run = 0; run < runs; run++) {
    const page = await openPage(browser, `${baseUrl}/picker.html?count=${items}`);
    try {
      await page.getByRole('button').first().click();
      await page.waitForFunction(() => (window.__bench.open as () => unknown)() !== null);
      open.push(
        await page.evaluate(() => (window.__bench.open as () => { firstRow: number; settled: number })()),
      );
      await page.getByRole('searchbox').focus();
      await typeMeasured(page, keys);
      samples.push(...(await page.evaluate(() => (window.__bench.keys as () => KeySample[])())));
      tasks = addTasks(tasks, await page.evaluate(() => (window.__bench.longTasks as () => Tasks)()));
    } finally {
      await page.close();
    }
  }
  return {
    items,
    runs,
    openFirstRow: summarize(open.map((o) => o.firstRow)),
    openSettled: summarize(open.map((o) => o.settled)),
    keystrokePaint: summarize(samples.map((s) => s.paint)),
    keystrokeSettled: summarize(samples.map((s) => s.settled)),
    keystrokeSamples: samples.map((s) => s.paint ?? NaN),
    longTasks: tasks,
  };
}

async function composerCase(
  browser: Browser,
  baseUrl: string,
  size: 'big' | 'small',
  runs: number,
): Promise<ComposerCase> {
  const samples: KeySample[] = [];
  let tasks: Tasks = { count: 0, totalMs: 0 };
  let bytes = 0;
  for (let run = 0; run < runs; run++) {
    const page = await openPage(browser, `${baseUrl}/composer.html?size=${size}`);
    try {
      bytes = await page.evaluate(() => (window.__bench.instructionsLength as () => number)());
      const box = page.getByRole('textbox', { name: 'Instructions', exact: true });
      await box.waitFor();
      await page.waitForFunction(
        () => {
          const area = [...document.querySelectorAll('textarea')].find((t) => t.value.length > 0);
          return !!area && !area.readOnly;
        },
        undefined,
        { timeout: 30_000 },
      );
      await box.click();
      await page.keyboard.press('Control+End');
      await page.waitForTimeout(100);
      // Only the typed keys count: clicks and Control+End above were recorded too.
      await page.waitForFunction(() => (window.__bench.pending as () => number)() === 0);
      const skip = (await page.evaluate(() => (window.__bench.keys as () => KeySample[])())).length;
      await typeMeasured(page, chars(' Always greet the customer by name.'));
      samples.push(...(await page.evaluate(() => (window.__bench.keys as () => KeySample[])())).slice(skip));
      tasks = addTasks(tasks, await page.evaluate(() => (window.__bench.longTasks as () => Tasks)()));
    } finally {
      await page.close();
    }
  }
  return {
    instructionsBytes: bytes,
    committed: summarize(samples.map((s) => s.committed)),
    paint: summarize(samples.map((s) => s.paint)),
    settled: summarize(samples.map((s) => s.settled)),
    paintSamples: samples.map((s) => s.paint ?? NaN),
    committedSamples: samples.map((s) => s.committed ?? NaN),
    longTasks: tasks,
  };
}

export async function benchComposer(
  browser: Browser,
  baseUrl: string,
  runs: number,
): Promise<ComposerResult> {
  return {
    runs,
    big: await composerCase(browser, baseUrl, 'big', runs),
    small: await composerCase(browser, baseUrl, 'small', runs),
  };
}

interface Timed {
  firstPaint: number | null;
  settled: number | null;
  rows: number;
  longTasks: Tasks;
}

/**
 * Main-thread CPU time of each frame, from a Chromium trace: frames are delimited by the page's animation frame
 * callbacks (`FireAnimationFrame`), and each frame's cost is the thread time of the main thread's tasks between
 * two of them (the parts inside that interval). Thread time, not wall time: waiting for vsync or for a CPU
 * that another process holds does not count.
 */
export function frameCosts(events: readonly TraceEvent[]): number[] {
  const fires = events.filter((e) => e.name === 'FireAnimationFrame' && e.ph === 'X');
  const perThread = new Map<string, TraceEvent[]>();
  for (const e of fires) {
    const key = `${e.pid}:${e.tid}`;
    const list = perThread.get(key);
    if (list) list.push(e);
    else perThread.set(key, [e]);
  }
  const main = [...perThread.values()].sort((a, b) => b.length - a.length)[0];
  if (!main || main.length < 3) return [];
  const { pid, tid } = main[0]!;
  // Several callbacks in one frame each fire an event: a frame starts at the first of them.
  const starts = main
    .map((e) => e.ts)
    .sort((a, b) => a - b)
    .filter((ts, i, all) => i === 0 || ts - all[i - 1]! > 1000);
  const tasks = mainThreadTasks(events, { pid, tid });
  const costs: number[] = [];
  let t = 0;
  for (let i = 0; i + 1 < starts.length; i++) {
    const from = starts[i]!;
    const to = starts[i + 1]!;
    while (t < tasks.length && tasks[t]!.ts + tasks[t]!.dur! <= from) t++;
    let cpu = 0;
    for (let j = t; j < tasks.length && tasks[j]!.ts < to; j++) cpu += cpuInside(tasks[j]!, from, to);
    costs.push(cpu / 1000);
  }
  return costs;
}

/** Scrolls for `ms` under a Chromium trace and returns each frame's main-thread CPU time. */
async function scrollFrameCost(page: Page, ms: number): Promise<number[]> {
  const { events } = await recordTrace(page, TIMELINE, () =>
    page.evaluate((duration) => (window.__bench.scroll as (ms: number) => Promise<unknown>)(duration), ms),
  );
  // The first frame carries the scroll setup, as in the untraced pass.
  return frameCosts(events).slice(1);
}

async function heapAfterGc(page: Page): Promise<number | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? null;
  } finally {
    await cdp.detach();
  }
}

export async function benchTrace(
  browser: Browser,
  baseUrl: string,
  plan: { spans: number; runs: number; plainRuns?: number; openRuns?: number; openPlainRuns?: number }[],
  scrollMs: number,
  log: (line: string) => void,
): Promise<TraceResult> {
  const cases: TraceImplRun[] = [];
  for (const { spans, runs: viewerRuns, plainRuns, openRuns = 0, openPlainRuns } of plan) {
    for (const impl of ['viewer', 'plain'] as const) {
      const runs = impl === 'plain' ? (plainRuns ?? viewerRuns) : viewerRuns;
      const figures = {
        generate: [] as number[],
        firstRow: [] as (number | null)[],
        mount: [] as (number | null)[],
        collapse: [] as (number | null)[],
        expand: [] as (number | null)[],
        search: [] as (number | null)[],
        clear: [] as (number | null)[],
        frames: [] as number[],
        frameCost: [] as number[],
        heap: [] as (number | null)[],
        heapDelta: [] as number[],
      };
      let rows: number | null = null;
      let tasks: Tasks = { count: 0, totalMs: 0 };
      let label = impl;
      let available = true;
      let error: string | undefined;
      for (let run = 0; run < runs && available && !error; run++) {
        const page = await openPage(browser, `${baseUrl}/trace.html?n=${spans}&impl=${impl}`);
        try {
          label = await page.evaluate(() => (window.__bench.label as () => 'plain')());
          available = await page.evaluate(() => (window.__bench.available as () => boolean)());
          if (!available) break;
          figures.generate.push(await page.evaluate(() => (window.__bench.generate as () => number)()));
          const before = await heapAfterGc(page);
          const mount = await page.evaluate(() => (window.__bench.mount as () => Promise<Timed>)());
          figures.firstRow.push(mount.firstPaint);
          figures.mount.push(mount.settled);
          rows = mount.rows;
          const after = await heapAfterGc(page);
          figures.heap.push(after);
          if (before !== null && after !== null) figures.heapDelta.push(after - before);
          const scroll = await page.evaluate(
            (ms) => (window.__bench.scroll as (ms: number) => Promise<{ frames: number[] }>)(ms),
            scrollMs,
          );
          // The first frame carries the scroll setup; the rest are steady-state.
          figures.frames.push(...scroll.frames.slice(1));
          // The same scroll again under a trace: what each frame costs the main thread.
          figures.frameCost.push(...(await scrollFrameCost(page, scrollMs)));
          const collapse = await page.evaluate(() => (window.__bench.collapseAll as () => Promise<Timed>)());
          figures.collapse.push(collapse.settled);
          const expand = await page.evaluate(() => (window.__bench.expandAll as () => Promise<Timed>)());
          figures.expand.push(expand.settled);
          const search = await page.evaluate(() =>
            (window.__bench.search as (q: string) => Promise<Timed>)('refund'),
          );
          figures.search.push(search.settled);
          const clear = await page.evaluate(() =>
            (window.__bench.search as (q: string) => Promise<Timed>)(''),
          );
          figures.clear.push(clear.settled);
          tasks = addTasks(tasks, await page.evaluate(() => (window.__bench.longTasks as () => Tasks)()));
          log(
            `  trace ${impl} ${spans} run ${run + 1}/${runs}: first row ${mount.firstPaint?.toFixed(0)} ms, ` +
              `${rows} rows in DOM`,
          );
        } catch (caught) {
          error = caught instanceof Error ? caught.message.split('\n')[0] : String(caught);
          log(`  trace ${impl} ${spans}: ${error}`);
        } finally {
          await page.close();
        }
      }
      // The open flow: the rendering already on screen, loading, when the data arrives. Fresh pages, first row
      // only; interleaved with the same for the page's second trace (another of the same size shown first).
      const openFirstRow: (number | null)[] = [];
      const nextFirstRow: (number | null)[] = [];
      const open = impl === 'plain' ? (openPlainRuns ?? openRuns) : openRuns;
      for (let run = 0; run < 2 * open && available && !error; run++) {
        const next = run % 2 === 1;
        const page = await openPage(
          browser,
          `${baseUrl}/trace.html?n=${spans}&impl=${impl}&flow=${next ? 'next' : 'open'}`,
        );
        try {
          await page.evaluate(() => (window.__bench.generate as () => number)());
          if (next) await page.evaluate(() => (window.__bench.warmUp as () => Promise<void>)());
          // As in the cold flow: the garbage of making the data (and of the first trace) collected first, so no
          // collection of it lands inside the timed mount (at 10,000 spans it added ~10 ms to the viewer's first
          // row and ~110 ms to the plain tree's).
          await heapAfterGc(page);
          const mount = await page.evaluate(() => (window.__bench.mount as () => Promise<Timed>)());
          (next ? nextFirstRow : openFirstRow).push(mount.firstPaint);
          log(
            `  trace ${impl} ${spans} ${next ? 'next' : 'open'} run ${Math.floor(run / 2) + 1}/${open}: first row ${mount.firstPaint?.toFixed(0)} ms`,
          );
        } catch (caught) {
          error = caught instanceof Error ? caught.message.split('\n')[0] : String(caught);
          log(`  trace ${impl} ${spans} open: ${error}`);
        } finally {
          await page.close();
        }
      }
      cases.push({
        impl,
        label,
        available,
        spans,
        runs,
        generateMs: summarize(figures.generate),
        firstRow: summarize(figures.firstRow),
        ...(open > 0
          ? { openRuns: open, openFirstRow: summarize(openFirstRow), nextFirstRow: summarize(nextFirstRow) }
          : {}),
        mountSettled: summarize(figures.mount),
        rowsInDom: rows,
        collapseAll: summarize(figures.collapse),
        expandAll: summarize(figures.expand),
        search: summarize(figures.search),
        clearSearch: summarize(figures.clear),
        scrollFrames: summarize(figures.frames),
        scrollFrameSamples: figures.frames,
        scrollFrameCost: summarize(figures.frameCost),
        scrollFrameCostSamples: figures.frameCost,
        heapBytes: summarize(figures.heap),
        heapDeltaBytes: summarize(figures.heapDelta),
        longTasks: tasks,
        ...(error ? { error } : {}),
      });
    }
  }
  return { sizes: plan.map((p) => p.spans), cases };
}
