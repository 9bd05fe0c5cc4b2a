/**
 * Where the time of one trace mount goes: loads the built trace page (run `pnpm bench` once first so
 * `.paddock-tmp/bench/pages` exists), mounts the trace under a Chromium trace and prints the main thread's
 * time by event kind (script, style, layout, paint, …), the top JS functions by self time, and the frames.
 *
 *   node bench/tools/profile-mount.ts [viewer|plain] [spans] [runs]
 *
 * CATS=a,b adds trace categories. FLOW=open profiles the open flow (the rendering on screen, loading, when the data arrives).
 * EXTRA=ms also shows that long after the first row (the frame that paints it, when the harness resolved
 * before it); PASSIVE=1 samples JS only from the first Paint on (React's passive effects before the harness's
 * message); SAVE=prefix writes each trace as prefix-N.json (open it in Chromium's Performance panel).
 * Figures under a trace (and the CPU profiler) run slower than in `pnpm bench`: compare them with each other.
 */
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.ts';
import { serveFolder } from '../lib/static-server.ts';

interface Ev {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: TraceArgs;
}
interface ProfileNode {
  id: number;
  parent?: number;
  children?: number[];
  callFrame?: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}
interface TraceArgs {
  name?: string;
  elementCount?: number;
  data?: {
    functionName?: string;
    url?: string;
    elementCount?: number;
    startTime?: number;
    cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
    timeDeltas?: number[];
  };
}
interface BenchPage {
  __bench: { generate(): number; mount(): Promise<{ firstPaint: number }> };
}

const [impl = 'viewer', n = '10000', runsArg = '3'] = process.argv.slice(2);
const root = join(import.meta.dirname, '..', '..');
const pages = await serveFolder(join(root, '.paddock-tmp', 'bench', 'pages'));
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  headless: true,
  args: [...CHROMIUM_ARGS],
});
try {
  for (let run = 0; run < Number(runsArg); run++) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${pages.url}/trace.html?n=${n}&impl=${impl}&flow=${process.env.FLOW ?? 'cold'}`);
    await page.waitForFunction(() => typeof (window as unknown as Partial<BenchPage>).__bench === 'object');
    await page.evaluate(() => (window as unknown as BenchPage).__bench.generate());
    await page.evaluate(() => new Promise((r) => setTimeout(r, 0)));
    await page.waitForTimeout(300);
    const cdp = await page.context().newCDPSession(page);
    const events: Ev[] = [];
    cdp.on('Tracing.dataCollected', (d) => events.push(...(d.value as unknown as Ev[])));
    await cdp.send('Tracing.start', {
      categories: [
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'disabled-by-default-devtools.timeline.frame',
        'blink.user_timing',
        'v8.execute',
        'disabled-by-default-v8.cpu_profiler',
        'cc',
        'viz',
        'gpu',
        // CATS=v8,disabled-by-default-v8.compile shows lazy compiles and tier-ups as their own events.
        ...(process.env.CATS ? process.env.CATS.split(',') : []),
      ].join(','),
      transferMode: 'ReportEvents',
    });
    const marks = await page.evaluate(async () => {
      performance.mark('mount-start');
      const r = await (window as unknown as BenchPage).__bench.mount();
      performance.mark('mount-end');
      return { firstPaint: r.firstPaint, now: performance.now() };
    });
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach();
    if (process.env.SAVE)
      writeFileSync(`${process.env.SAVE}-${run}.json`, JSON.stringify({ traceEvents: events }));
    const start = events.find((e) => e.name === 'mount-start')?.ts ?? 0;
    const end = start + (marks.firstPaint + Number(process.env.EXTRA ?? 0)) * 1000;
    const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
    const onMain = events.filter((e) => e.pid === main?.pid && e.tid === main?.tid && e.ph === 'X');
    // Self time per event kind inside [start, end] (nested events subtract from their parents).
    const within = onMain
      .filter((e) => e.ts + (e.dur ?? 0) > start && e.ts < end)
      .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
    const self = new Map<string, number>();
    const stack: { e: Ev; end: number; child: number }[] = [];
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
    // JS self time by function from the sampling profiler.
    const nodes = new Map<number, ProfileNode>();
    const samples: number[] = [];
    const deltas: number[] = [];
    for (const e of events) {
      if (e.name !== 'ProfileChunk') continue;
      const c = e.args?.data?.cpuProfile;
      for (const node of c?.nodes ?? []) nodes.set(node.id, node);
      samples.push(...(c?.samples ?? []));
      deltas.push(...(e.args?.data?.timeDeltas ?? []));
    }
    const profStart = events.find((e) => e.name === 'Profile')?.args?.data?.startTime ?? 0;
    let t = profStart;
    // PASSIVE=1: only what runs after the first paint (React's passive effects before the harness's message).
    const firstPaintEv = within.find((e) => e.name === 'Paint');
    const from = process.env.PASSIVE && firstPaintEv ? firstPaintEv.ts : start;
    const fn = new Map<string, number>();
    const incl = new Map<string, number>();
    const keyOf = (node: ProfileNode | undefined) => {
      const cf = node?.callFrame;
      return `${cf?.functionName || '(anon)'} ${cf?.url?.split('/').pop() ?? ''}:${cf?.lineNumber}:${cf?.columnNumber}`;
    };
    const parentOf = new Map<number, number>();
    for (const node of nodes.values()) {
      if (node.parent) parentOf.set(node.id, node.parent);
      for (const c of node.children ?? []) parentOf.set(c, node.id);
    }
    for (let i = 0; i < samples.length; i++) {
      t += deltas[i] ?? 0;
      const dt = deltas[i + 1] ?? 0;
      if (t < from || t > end) continue;
      const node = nodes.get(samples[i]!);
      const cf = node?.callFrame;
      const key = `${cf?.functionName || '(anon)'} ${cf?.url?.split('/').pop() ?? ''}:${cf?.lineNumber}:${cf?.columnNumber}`;
      fn.set(key, (fn.get(key) ?? 0) + dt);
      const seen = new Set<string>();
      for (let id: number | undefined = samples[i]; id !== undefined; id = parentOf.get(id)) {
        const k = keyOf(nodes.get(id));
        if (seen.has(k)) continue;
        seen.add(k);
        incl.set(k, (incl.get(k) ?? 0) + dt);
      }
    }
    console.log('  top JS (inclusive, sampled):');
    for (const [k, us] of [...incl.entries()].sort((a, b) => b[1] - a[1]).slice(0, 45))
      console.log(`    ${(us / 1000).toFixed(2).padStart(6)} ms  ${k}`);
    console.log('  top JS (self, sampled):');
    for (const [k, us] of [...fn.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25))
      console.log(`    ${(us / 1000).toFixed(2).padStart(6)} ms  ${k}`);
    await page.close();
  }
} finally {
  await browser.close();
  await pages.close();
}
