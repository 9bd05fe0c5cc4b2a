import { join } from 'node:path';
import { chromium, type Page } from 'playwright';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.ts';
import { cpuInside, mainThreadTasks, recordTrace, rendererMain, TIMELINE } from '../lib/chromium-trace.ts';
import { serveFolder } from '../lib/static-server.ts';

/**
 * The bench pages as `pnpm bench` last built them (`.paddock-tmp/bench/pages`, or `folder`), served on
 * 127.0.0.1, and a headless Debian Chromium to open them in, each page at the bench's viewport. For the tools
 * in this folder.
 */
export async function openBuiltPages(
  folder = join(import.meta.dirname, '..', '..', '.paddock-tmp', 'bench', 'pages'),
) {
  const pages = await serveFolder(folder);
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_ARGS],
  });
  return {
    /** Opens `path` (e.g. `trace.html?n=10000`) in a fresh page. */
    async open(path: string): Promise<Page> {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.goto(`${pages.url}/${path}`);
      return page;
    },
    async close() {
      await browser.close();
      await pages.close();
    },
  };
}

/** The trace page's `window.__bench`, as the tools drive it. */
export interface TraceBench {
  generate(): number;
  mount(): Promise<{ firstPaint: number }>;
  unmount(): void;
}

/** Waits for a trace page's harness and has it generate its trace (the data a mount is given). */
export async function prepareTracePage(page: Page): Promise<void> {
  await page.waitForFunction(() => typeof (window as unknown as { __bench?: unknown }).__bench === 'object');
  await page.evaluate(() => (window as unknown as { __bench: TraceBench }).__bench.generate());
}

/**
 * One timed mount on a prepared trace page: data in hand to the first painted row, and with `cpu` the renderer
 * main thread's CPU time up to it, from a light Chromium trace (timeline and user timing, no JS sampling).
 */
export async function timedTraceMount(
  page: Page,
  cpu: boolean,
): Promise<{ firstPaint: number; cpu: number | null }> {
  // Runs in the page (self-contained): the mark is where the CPU count starts.
  const mount = () => {
    performance.mark('first-row-start');
    return (window as unknown as { __bench: TraceBench }).__bench.mount().then((r) => r.firstPaint);
  };
  if (!cpu) return { firstPaint: await page.evaluate(mount), cpu: null };
  const { result: firstPaint, events } = await recordTrace(page, [...TIMELINE, 'blink.user_timing'], () =>
    page.evaluate(mount),
  );
  const from = events.find((e) => e.name === 'first-row-start')?.ts ?? 0;
  const to = from + firstPaint * 1000;
  const main = rendererMain(events);
  const tasks = main ? mainThreadTasks(events, main) : [];
  return { firstPaint, cpu: tasks.reduce((sum, task) => sum + cpuInside(task, from, to), 0) / 1000 };
}
