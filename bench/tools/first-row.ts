/**
 * First-row times only, without a trace (so without the tracer's overhead): loads the built trace page (run
 * `pnpm bench` once first so `.paddock-tmp/bench/pages` exists) `runs` times and prints each data-in-hand to
 * first-painted-row figure and their median. For quick before/after checks while working on a mount; the
 * figures of record come from `pnpm bench`.
 *
 *   node bench/tools/first-row.ts [viewer|plain] [spans] [runs] [cold|open]
 *
 * CPU=1 also records a light Chromium trace (timeline and user timing only, no JS sampling) and prints the renderer main thread's CPU
 * time from the start of the mount to the first row: steadier than wall time on a machine busy with other work.
 */
import { join } from 'node:path';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.ts';
import { serveFolder } from '../lib/static-server.ts';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}
interface BenchPage {
  __bench: { generate(): number; mount(): Promise<{ firstPaint: number }>; unmount(): void };
}

const [impl = 'viewer', n = '10000', runsArg = '7', flow = 'open'] = process.argv.slice(2);
const root = join(import.meta.dirname, '..', '..');
const pages = await serveFolder(join(root, '.paddock-tmp', 'bench', 'pages'));
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  headless: true,
  args: [...CHROMIUM_ARGS],
});
const figures: number[] = [];
const cpuFigures: number[] = [];
try {
  for (let run = 0; run < Number(runsArg); run++) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${pages.url}/trace.html?n=${n}&impl=${impl}&flow=${flow}`);
    await page.waitForFunction(() => typeof (window as unknown as Partial<BenchPage>).__bench === 'object');
    await page.evaluate(() => (window as unknown as BenchPage).__bench.generate());
    // WARM=1: mount once and go back to the shell first, so the timed mount runs warm code (what the first
    // mount pays for compiling and running code the first time is the difference).
    if (process.env.WARM) {
      await page.evaluate(() => (window as unknown as BenchPage).__bench.mount());
      await page.evaluate(() => (window as unknown as BenchPage).__bench.unmount());
    }
    await page.waitForTimeout(200);
    const cdp = process.env.CPU ? await page.context().newCDPSession(page) : null;
    const events: TraceEvent[] = [];
    if (cdp) {
      cdp.on('Tracing.dataCollected', (d) => events.push(...(d.value as unknown as TraceEvent[])));
      await cdp.send('Tracing.start', {
        categories: 'devtools.timeline,disabled-by-default-devtools.timeline,blink.user_timing',
        transferMode: 'ReportEvents',
      });
    }
    const { firstPaint, start } = await page.evaluate(async () => {
      performance.mark('first-row-start');
      const r = await (window as unknown as BenchPage).__bench.mount();
      return { firstPaint: r.firstPaint, start: 0 };
    });
    figures.push(firstPaint);
    if (cdp) {
      const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
      await cdp.send('Tracing.end');
      await complete;
      const mark = events.find((e) => e.name === 'first-row-start');
      const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
      const from = (mark?.ts ?? 0) + start;
      const to = from + firstPaint * 1000;
      let cpu = 0;
      for (const e of events) {
        if (e.pid !== main?.pid || e.tid !== main?.tid || e.ph !== 'X' || e.name !== 'RunTask' || !e.dur)
          continue;
        const inside = Math.min(e.ts + e.dur, to) - Math.max(e.ts, from);
        if (inside > 0) cpu += ((e.tdur ?? e.dur) * inside) / e.dur;
      }
      cpuFigures.push(cpu / 1000);
    }
    await page.close();
  }
} finally {
  await browser.close();
  await pages.close();
}
const sorted = [...figures].sort((a, b) => a - b);
console.log(
  `${impl} ${n} ${flow}: ${figures.map((f) => f.toFixed(1)).join(', ')} ms; median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(1)} ms`,
);
if (cpuFigures.length > 0) {
  const cpuSorted = [...cpuFigures].sort((a, b) => a - b);
  console.log(
    `  main-thread CPU to first row: ${cpuFigures.map((f) => f.toFixed(1)).join(', ')} ms; median ${cpuSorted[Math.floor(cpuSorted.length / 2)]!.toFixed(1)} ms`,
  );
}
