/**
 * First-row times only, without a trace (so without the tracer's overhead): loads the built trace page (run
 * `pnpm bench` once first so `.paddock-tmp/bench/pages` exists) `runs` times and prints each data-in-hand to
 * first-painted-row figure and their median. For quick before/after checks while working on a mount; the
 * figures of record come from `pnpm bench`.
 *
 *   node bench/tools/first-row.ts [viewer|plain] [spans] [runs] [cold|open]
 *
 * CPU=1 also records a light Chromium trace (timeline and user timing only, no JS sampling) and prints the
 * renderer main thread's CPU time from the start of the mount to the first row: steadier than wall time on a
 * machine busy with other work.
 */
import { cpuInside, mainThreadTasks, recordTrace, rendererMain, TIMELINE } from '../lib/chromium-trace.ts';
import { summarize } from '../lib/stats.ts';
import { openBuiltPages } from './built-pages.ts';

interface BenchPage {
  __bench: { generate(): number; mount(): Promise<{ firstPaint: number }>; unmount(): void };
}

const [impl = 'viewer', n = '10000', runsArg = '7', flow = 'open'] = process.argv.slice(2);
/** In the page: the timed mount, from a user-timing mark the trace (CPU=1) starts its count at. */
const timedMount = () => {
  performance.mark('first-row-start');
  return (window as unknown as BenchPage).__bench.mount().then((r) => r.firstPaint);
};
const built = await openBuiltPages();
const figures: number[] = [];
const cpuFigures: number[] = [];
try {
  for (let run = 0; run < Number(runsArg); run++) {
    const page = await built.open(`trace.html?n=${n}&impl=${impl}&flow=${flow}`);
    await page.waitForFunction(() => typeof (window as unknown as Partial<BenchPage>).__bench === 'object');
    await page.evaluate(() => (window as unknown as BenchPage).__bench.generate());
    // WARM=1: mount once and go back to the shell first, so the timed mount runs warm code (what the first
    // mount pays for compiling and running code the first time is the difference).
    if (process.env.WARM) {
      await page.evaluate(() => (window as unknown as BenchPage).__bench.mount());
      await page.evaluate(() => (window as unknown as BenchPage).__bench.unmount());
    }
    await page.waitForTimeout(200);
    if (!process.env.CPU) {
      figures.push(await page.evaluate(timedMount));
    } else {
      const { result: firstPaint, events } = await recordTrace(page, [...TIMELINE, 'blink.user_timing'], () =>
        page.evaluate(timedMount),
      );
      figures.push(firstPaint);
      const from = events.find((e) => e.name === 'first-row-start')?.ts ?? 0;
      const to = from + firstPaint * 1000;
      const main = rendererMain(events);
      const tasks = main ? mainThreadTasks(events, main) : [];
      cpuFigures.push(tasks.reduce((sum, task) => sum + cpuInside(task, from, to), 0) / 1000);
    }
    await page.close();
  }
} finally {
  await built.close();
}
const line = (label: string, values: number[]) =>
  `${label}: ${values.map((f) => f.toFixed(1)).join(', ')} ms; median ${summarize(values)!.median.toFixed(1)} ms`;
console.log(line(`${impl} ${n} ${flow}`, figures));
if (cpuFigures.length > 0) console.log(`  ${line('main-thread CPU to first row', cpuFigures)}`);
