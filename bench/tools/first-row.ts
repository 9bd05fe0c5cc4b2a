/**
 * First-row times only, without a trace (so without the tracer's overhead): loads the built trace page (run
 * `pnpm bench` once first so `.paddock-tmp/bench/pages` exists) `runs` times and prints each data-in-hand to
 * first-painted-row figure and their median. For quick before/after checks while working on a mount; the
 * figures of record come from `pnpm bench`.
 *
 *   node bench/tools/first-row.ts [viewer|plain] [spans] [runs] [cold|open]
 */
import { join } from 'node:path';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.ts';
import { serveFolder } from '../lib/static-server.ts';

interface BenchPage {
  __bench: { generate(): number; mount(): Promise<{ firstPaint: number }> };
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
try {
  for (let run = 0; run < Number(runsArg); run++) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${pages.url}/trace.html?n=${n}&impl=${impl}&flow=${flow}`);
    await page.waitForFunction(() => typeof (window as unknown as Partial<BenchPage>).__bench === 'object');
    await page.evaluate(() => (window as unknown as BenchPage).__bench.generate());
    await page.waitForTimeout(200);
    const { firstPaint } = await page.evaluate(() => (window as unknown as BenchPage).__bench.mount());
    figures.push(firstPaint);
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
