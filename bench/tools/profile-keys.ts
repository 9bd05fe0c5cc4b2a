/**
 * Where a PrimitivePicker keystroke's time goes: loads the built picker page (run `pnpm bench` once first so
 * `.paddock-tmp/bench/pages` exists), opens the dialog, then types `keys` under a Chromium trace with the JS
 * sampler and prints each keystroke's keydown-to-paint figure, the main thread's time by event and JS self
 * time by function over all of them.
 *
 *   [SKIP=n] node bench/tools/profile-keys.ts [count] [keys]
 */
import { join } from 'node:path';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.ts';
import { serveFolder } from '../lib/static-server.ts';

interface Ev {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: {
    name?: string;
    data?: {
      cpuProfile?: {
        nodes?: {
          id: number;
          callFrame?: { functionName: string; url: string; lineNumber: number; columnNumber: number };
        }[];
        samples?: number[];
      };
      timeDeltas?: number[];
    };
  };
}
interface KeySample {
  key: string;
  paint: number | null;
}
interface BenchPage {
  __bench: { open(): unknown; pending(): number; keys(): KeySample[] };
}

const [count = '10000', typed = 'primitive 42'] = process.argv.slice(2);
const root = join(import.meta.dirname, '..', '..');
const pages = await serveFolder(join(root, '.paddock-tmp', 'bench', 'pages'));
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  headless: true,
  args: [...CHROMIUM_ARGS],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${pages.url}/picker.html?count=${count}`);
  await page.getByRole('button').first().click();
  await page.waitForFunction(() => (window as unknown as BenchPage).__bench.open() !== null);
  await page.getByRole('searchbox').focus();
  // SKIP=n: the first n keys are typed before the trace starts (to look at steady keystrokes alone).
  const keys = [...typed].map((c) => (c === ' ' ? 'Space' : c));
  const untraced = keys.splice(0, Number(process.env.SKIP ?? 0));
  for (const key of untraced) {
    await page.keyboard.press(key);
    await page.waitForFunction(() => (window as unknown as BenchPage).__bench.pending() === 0);
  }
  const skip = (await page.evaluate(() => (window as unknown as BenchPage).__bench.keys())).length;
  const cdp = await page.context().newCDPSession(page);
  const events: Ev[] = [];
  cdp.on('Tracing.dataCollected', (d) => events.push(...(d.value as unknown as Ev[])));
  await cdp.send('Tracing.start', {
    categories: [
      'devtools.timeline',
      'disabled-by-default-devtools.timeline',
      'v8.execute',
      'disabled-by-default-v8.cpu_profiler',
    ].join(','),
    transferMode: 'ReportEvents',
  });
  for (const key of keys) {
    await page.keyboard.press(key);
    await page.waitForFunction(() => (window as unknown as BenchPage).__bench.pending() === 0, undefined, {
      polling: 10,
    });
    await page.waitForTimeout(25);
  }
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  await complete;
  const samples = (await page.evaluate(() => (window as unknown as BenchPage).__bench.keys())).slice(skip);
  console.log(`keydown to paint: ${samples.map((s) => `${s.key} ${s.paint?.toFixed(1)}`).join(', ')}`);
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const totals = new Map<string, number>();
  for (const e of events) {
    if (e.pid !== main?.pid || e.tid !== main?.tid || e.ph !== 'X' || !e.dur) continue;
    if (!['FunctionCall', 'EventDispatch', 'UpdateLayoutTree', 'Layout', 'Paint', 'RunTask'].includes(e.name))
      continue;
    totals.set(e.name, (totals.get(e.name) ?? 0) + e.dur / 1000);
  }
  console.log('main thread, inclusive ms over all keystrokes:');
  for (const [name, ms] of [...totals].sort((a, b) => b[1] - a[1]))
    console.log(`  ${name.padEnd(18)} ${ms.toFixed(1)}`);
  const nodes = new Map<number, string>();
  const self = new Map<string, number>();
  for (const e of events) {
    if (e.name !== 'ProfileChunk') continue;
    const profile = e.args?.data?.cpuProfile;
    for (const node of profile?.nodes ?? []) {
      const cf = node.callFrame;
      nodes.set(
        node.id,
        `${cf?.functionName || '(anon)'} ${cf?.url?.split('/').pop() ?? ''}:${cf?.lineNumber}:${cf?.columnNumber}`,
      );
    }
    const deltas = e.args?.data?.timeDeltas ?? [];
    (profile?.samples ?? []).forEach((id, i) => {
      const key = nodes.get(id) ?? String(id);
      self.set(key, (self.get(key) ?? 0) + (deltas[i + 1] ?? 0) / 1000);
    });
  }
  console.log('JS self time (sampled), ms:');
  for (const [name, ms] of [...self]
    .filter(([n]) => !n.startsWith('(idle)'))
    .sort((a, b) => b[1] - a[1])
    .slice(0, 25))
    console.log(`  ${ms.toFixed(2).padStart(7)}  ${name}`);
} finally {
  await browser.close();
  await pages.close();
}
