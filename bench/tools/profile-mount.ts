/**
 * Where the time of one trace mount goes: loads the built trace page (run `pnpm bench` once first so
 * `.paddock-tmp/bench/pages` exists), mounts the trace under a Chromium trace and prints the main thread's
 * time by event kind (script, style, layout, paint, …), the top JS functions by self time, and the frames.
 *
 *   node bench/tools/profile-mount.ts [viewer|plain] [spans] [runs]
 *
 * CATS=a,b adds trace categories. WARM=1 mounts and unmounts the trace once before the profiled mount. FLOW=open profiles the open flow (the rendering on screen, loading, when the data arrives).
 * EXTRA=ms also shows that long after the first row (the frame that paints it, when the harness resolved
 * before it); PASSIVE=1 samples JS only from the first Paint on (React's passive effects before the harness's
 * message); SAVE=prefix writes each trace as prefix-N.json (open it in Chromium's Performance panel).
 * Figures under a trace (and the CPU profiler) run slower than in `pnpm bench`: compare them with each other.
 */
import { writeFileSync } from 'node:fs';
import {
  JS_SAMPLING,
  recordTrace,
  rendererMain,
  sampledJsTime,
  TIMELINE,
  type TraceEvent,
} from '../lib/chromium-trace.ts';
import { openBuiltPages, prepareTracePage, type TraceBench } from './built-pages.ts';

const [impl = 'viewer', n = '10000', runsArg = '3'] = process.argv.slice(2);
const built = await openBuiltPages();
try {
  for (let run = 0; run < Number(runsArg); run++) {
    const page = await built.open(`trace.html?n=${n}&impl=${impl}&flow=${process.env.FLOW ?? 'cold'}`);
    await prepareTracePage(page);
    // WARM=1: mount once and go back to the shell first, so the profile shows warm code (as first-row.ts).
    if (process.env.WARM) {
      await page.evaluate(() => (window as unknown as { __bench: TraceBench }).__bench.mount());
      await page.evaluate(() => (window as unknown as { __bench: TraceBench }).__bench.unmount());
    }
    await page.evaluate(() => new Promise((r) => setTimeout(r, 0)));
    await page.waitForTimeout(300);
    const categories = [
      ...TIMELINE,
      'disabled-by-default-devtools.timeline.frame',
      'blink.user_timing',
      ...JS_SAMPLING,
      'cc',
      'viz',
      'gpu',
      // CATS=v8,disabled-by-default-v8.compile shows lazy compiles and tier-ups as their own events.
      ...(process.env.CATS ? process.env.CATS.split(',') : []),
    ];
    const { result: marks, events } = await recordTrace(page, categories, () =>
      page.evaluate(async () => {
        performance.mark('mount-start');
        const r = await (window as unknown as { __bench: TraceBench }).__bench.mount();
        performance.mark('mount-end');
        return { firstPaint: r.firstPaint, now: performance.now() };
      }),
    );
    if (process.env.SAVE)
      writeFileSync(`${process.env.SAVE}-${run}.json`, JSON.stringify({ traceEvents: events }));
    const start = events.find((e) => e.name === 'mount-start')?.ts ?? 0;
    const end = start + (marks.firstPaint + Number(process.env.EXTRA ?? 0)) * 1000;
    const main = rendererMain(events);
    const onMain = events.filter((e) => e.pid === main?.pid && e.tid === main?.tid && e.ph === 'X');
    // Self time per event kind inside [start, end] (nested events subtract from their parents).
    const within = onMain
      .filter((e) => e.ts + (e.dur ?? 0) > start && e.ts < end)
      .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
    const self = new Map<string, number>();
    const stack: { e: TraceEvent; end: number; child: number }[] = [];
    const pop = (upTo: number) => {
      while (stack.length && stack.at(-1)!.end <= upTo) {
        const top = stack.pop()!;
        const d = Math.min(top.end, end) - Math.max(top.e.ts, start);
        self.set(top.e.name, (self.get(top.e.name) ?? 0) + d - top.child);
        if (stack.length) stack.at(-1)!.child += d;
      }
    };
    for (const e of within) {
      pop(e.ts);
      stack.push({ e, end: e.ts + (e.dur ?? 0), child: 0 });
    }
    pop(Infinity);
    const top = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 18);
    const busy = [...self.values()].reduce((a, b) => a + b, 0);
    console.log(
      `\n== ${impl} ${n} run ${run + 1}: first row ${marks.firstPaint.toFixed(1)} ms; main thread busy (top-level) ≈ ${(busy / 1000).toFixed(1)} ms`,
    );
    for (const [name, us] of top) console.log(`  ${name.padEnd(34)} ${(us / 1000).toFixed(2)} ms`);
    // Timeline of top-level main-thread tasks and style/layout/paint with details.
    for (const e of within) {
      if (
        ![
          'RunTask',
          'UpdateLayoutTree',
          'Layout',
          'Paint',
          'PrePaint',
          'Layerize',
          'Commit',
          'FunctionCall',
          'BeginMainThreadFrame',
          'ParseAuthorStyleSheet',
          'RasterTask',
          'UpdateLayer',
          'EvaluateScript',
          'v8.compile',
          'TimerFire',
          'FireAnimationFrame',
          'RunMicrotasks',
          'HitTest',
          'ScheduleStyleRecalculation',
        ].includes(e.name)
      )
        continue;
      if ((e.dur ?? 0) < 300 && e.name === 'RunTask') continue;
      const extra =
        e.name === 'UpdateLayoutTree'
          ? ` elements=${e.args?.elementCount ?? e.args?.data?.elementCount ?? '?'}`
          : e.name === 'FunctionCall'
            ? ` ${e.args?.data?.functionName ?? ''} ${e.args?.data?.url?.split('/').pop() ?? ''}`
            : '';
      console.log(
        `   +${((e.ts - start) / 1000).toFixed(1).padStart(6)} ${e.name.padEnd(22)} ${((e.dur ?? 0) / 1000).toFixed(2)} ms cpu ${((e.tdur ?? 0) / 1000).toFixed(2)}${extra}`,
      );
    }
    // PASSIVE=1: only what runs after the first paint (React's passive effects before the harness's message).
    const firstPaintEv = within.find((e) => e.name === 'Paint');
    const from = process.env.PASSIVE && firstPaintEv ? firstPaintEv.ts : start;
    const { self: fn, inclusive: incl } = sampledJsTime(events, from, end);
    console.log('  top JS (inclusive, sampled):');
    for (const [k, us] of [...incl.entries()].sort((a, b) => b[1] - a[1]).slice(0, 45))
      console.log(`    ${(us / 1000).toFixed(2).padStart(6)} ms  ${k}`);
    console.log('  top JS (self, sampled):');
    for (const [k, us] of [...fn.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25))
      console.log(`    ${(us / 1000).toFixed(2).padStart(6)} ms  ${k}`);
    await page.close();
  }
} finally {
  await built.close();
}
