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
import { summarize } from '../lib/stats.ts';
import { openBuiltPages, prepareTracePage, timedTraceMount, type TraceBench } from './built-pages.ts';

const [impl = 'viewer', n = '10000', runsArg = '7', flow = 'open'] = process.argv.slice(2);
const built = await openBuiltPages();
const figures: number[] = [];
const cpuFigures: number[] = [];
try {
  for (let run = 0; run < Number(runsArg); run++) {
    const page = await built.open(`trace.html?n=${n}&impl=${impl}&flow=${flow}`);
    await prepareTracePage(page);
    // WARM=1: mount once and go back to the shell first, so the timed mount runs warm code (what the first
    // mount pays for compiling and running code the first time is the difference).
    if (process.env.WARM) {
      await page.evaluate(() => (window as unknown as { __bench: TraceBench }).__bench.mount());
      await page.evaluate(() => (window as unknown as { __bench: TraceBench }).__bench.unmount());
    }
    await page.waitForTimeout(200);
    const { firstPaint, cpu } = await timedTraceMount(page, !!process.env.CPU);
    figures.push(firstPaint);
    if (cpu !== null) cpuFigures.push(cpu);
    await page.close();
  }
} finally {
  await built.close();
}
const line = (label: string, values: number[]) =>
  `${label}: ${values.map((f) => f.toFixed(1)).join(', ')} ms; median ${summarize(values)!.median.toFixed(1)} ms`;
console.log(line(`${impl} ${n} ${flow}`, figures));
if (cpuFigures.length > 0) console.log(`  ${line('main-thread CPU to first row', cpuFigures)}`);
