/**
 * Where a PrimitivePicker keystroke's time goes: loads the built picker page (run `pnpm bench` once first so
 * `.paddock-tmp/bench/pages` exists), opens the dialog, then types `keys` under a Chromium trace with the JS
 * sampler and prints each keystroke's keydown-to-paint figure, the main thread's time by event and JS self
 * time by function over all of them.
 *
 *   [SKIP=n] node bench/tools/profile-keys.ts [count] [keys]
 */
import { JS_SAMPLING, recordTrace, rendererMain, sampledJsTime, TIMELINE } from '../lib/chromium-trace.ts';
import { openBuiltPages } from './built-pages.ts';

interface KeySample {
  key: string;
  paint: number | null;
}
interface BenchPage {
  __bench: { open(): unknown; pending(): number; keys(): KeySample[] };
}

const [count = '10000', typed = 'primitive 42'] = process.argv.slice(2);
const built = await openBuiltPages();
try {
  const page = await built.open(`picker.html?count=${count}`);
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
  const { events } = await recordTrace(page, [...TIMELINE, ...JS_SAMPLING], async () => {
    for (const key of keys) {
      await page.keyboard.press(key);
      await page.waitForFunction(() => (window as unknown as BenchPage).__bench.pending() === 0, undefined, {
        polling: 10,
      });
      await page.waitForTimeout(25);
    }
  });
  const samples = (await page.evaluate(() => (window as unknown as BenchPage).__bench.keys())).slice(skip);
  console.log(`keydown to paint: ${samples.map((s) => `${s.key} ${s.paint?.toFixed(1)}`).join(', ')}`);
  const main = rendererMain(events);
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
  const { self } = sampledJsTime(events);
  console.log('JS self time (sampled), ms:');
  for (const [name, us] of [...self]
    .filter(([n]) => !n.startsWith('(idle)'))
    .sort((a, b) => b[1] - a[1])
    .slice(0, 25))
    console.log(`  ${(us / 1000).toFixed(2).padStart(7)}  ${name}`);
} finally {
  await built.close();
}
