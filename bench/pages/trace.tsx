import { createRef, Fragment, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { generateTrace, type GeneratedTrace } from '../lib/trace-generator.ts';
import { afterPaint, jsHeap, longTasks, settle } from './harness.ts';
import { plainTraceTree } from './plain-trace-tree.tsx';
import { runTraceViewerImpl } from './run-trace-viewer-adapter.tsx';
import type { TraceHandle } from './trace-impl.ts';

const params = new URLSearchParams(location.search);
const spans = Number(params.get('n') ?? 1000);
const impl = params.get('impl') === 'viewer' ? runTraceViewerImpl : plainTraceTree;
// `cold`: the rendering is mounted with the data (a host that renders it once it holds a trace). `open`: it is
// already on screen in its loading state when the data arrives (a trace pane whose spans are loading). `next`:
// the open flow for the second trace of the page (`warmUp` has shown another trace of the same size first).
const flowParam = params.get('flow');
const flow = flowParam === 'open' || flowParam === 'next' ? flowParam : 'cold';
const container = document.getElementById('root')!;
const tasks = longTasks();
let trace: GeneratedTrace | null = null;
const handle = createRef<TraceHandle>();
// The host app is running before any trace is in hand: its React root and (for the kit) its provider are
// mounted at page start, for both renderings alike (in the open flow, the rendering too, loading). Rendering the
// rows into that shell is what is timed.
const Shell = impl?.Shell ?? (({ children }: { children?: ReactNode }) => <Fragment>{children}</Fragment>);
let root: Root | null = null;
function showShell() {
  root ??= createRoot(container);
  const View = impl?.Component;
  flushSync(() =>
    root!.render(<Shell>{flow !== 'cold' && View ? <View trace={null} handle={handle} /> : null}</Shell>),
  );
}
showShell();

/**
 * The trace as a host holds it after a fetch: parsed from JSON. The generator's own objects are not like that:
 * a child's `parentSpanId` is its parent's `spanId` string itself, and ids are concatenated strings, which
 * changes what hashing and comparing ids costs; every server response arrives as separate, flat strings.
 */
function asReceived(generated: GeneratedTrace): GeneratedTrace {
  return JSON.parse(JSON.stringify(generated)) as GeneratedTrace;
}

const rows = () => (impl ? document.querySelectorAll(impl.rowSelector).length : 0);
/** What the reader sees of the rows: how many, how tall the list is, and the first rows' text. */
const rowsSignature = () => {
  const list = impl ? [...document.querySelectorAll(impl.rowSelector)].slice(0, 8) : [];
  return `${rows()}|${handle.current?.scroller()?.scrollHeight ?? 0}|${list.map((r) => r.textContent).join('/')}`;
};

/** Runs `action` and measures until the trace area is painted and quiet. */
async function timed(action: () => void, done?: () => boolean) {
  const t0 = performance.now();
  const since = t0;
  const result = await settle(container, t0, { maxMs: 120_000, action, ...(done ? { done } : {}) });
  return {
    firstPaint: result.firstPaint,
    settled: result.lastPaint,
    rows: rows(),
    longTasks: tasks.take(since),
  };
}

window.__bench = {
  available: () => impl !== null,
  label: () => impl?.label ?? 'RunTraceViewer (not on this branch yet)',
  generate: () => {
    const t0 = performance.now();
    trace = asReceived(generateTrace({ spans, seed: 1 }));
    return performance.now() - t0;
  },
  /** Shows another trace of the same size (seed 2) until painted and quiet, then goes back to loading. */
  warmUp: async () => {
    const other = asReceived(generateTrace({ spans, seed: 2 }));
    const View = impl!.Component;
    await timed(
      () =>
        root!.render(
          <Shell>
            <View trace={other} handle={handle} />
          </Shell>,
        ),
      () => rows() > 0,
    );
    showShell();
    await afterPaint();
  },
  heap: () => jsHeap(),
  longTasks: () => tasks.take(),
  /** Data in hand (already generated/parsed) to the first painted row. */
  mount: async () => {
    const data = trace!;
    return timed(
      () => {
        const View = impl!.Component;
        root!.render(
          <Shell>
            <View trace={data} handle={handle} />
          </Shell>,
        );
      },
      () => rows() > 0,
    );
  },
  collapseAll: () => timed(() => flushSync(() => handle.current!.collapseAll())),
  expandAll: () => timed(() => flushSync(() => handle.current!.expandAll())),
  // Search may render at lower priority (deferred): done once the rows shown have changed, then quiet.
  search: (query: string) => {
    const before = rowsSignature();
    return timed(
      () => handle.current!.search(query),
      () => rowsSignature() !== before,
    );
  },
  /** Scrolls for `ms` at a steady speed, one step per frame; returns every frame's duration. */
  scroll: async (ms: number) => {
    const scroller = handle.current!.scroller()!;
    scroller.scrollTop = 0;
    await afterPaint();
    const frames: number[] = [];
    const t0 = performance.now();
    const since = t0;
    let last = t0;
    const max = scroller.scrollHeight - scroller.clientHeight;
    await new Promise<void>((resolve) => {
      const step = (now: number) => {
        frames.push(now - last);
        last = now;
        // 3000 px/s, bouncing at the ends, so the whole run scrolls even on short lists.
        const distance = ((now - t0) * 3) % (2 * Math.max(1, max));
        scroller.scrollTop = distance <= max ? distance : 2 * max - distance;
        if (now - t0 < ms) requestAnimationFrame(step);
        else resolve();
      };
      requestAnimationFrame((now) => {
        last = now;
        requestAnimationFrame(step);
      });
    });
    return { frames, rows: rows(), longTasks: tasks.take(since), scrollHeight: scroller.scrollHeight };
  },
  /** Back to the shell (the rows unmounted, the app still running; in the open flow, the rendering loading). */
  unmount: () => showShell(),
};
