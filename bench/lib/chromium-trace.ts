import type { Page } from 'playwright';

/**
 * Chromium trace events as CDP `Tracing` reports them (the fields the bench reads). Times in µs; `tdur` is
 * thread (CPU) time, `dur` wall time.
 */
export interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: {
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
  };
}

export interface ProfileNode {
  id: number;
  parent?: number;
  children?: number[];
  callFrame?: { functionName: string; url?: string; lineNumber: number; columnNumber: number };
}

/** Timeline events: tasks, style, layout, paint, animation frames, without JS sampling. */
export const TIMELINE = ['devtools.timeline', 'disabled-by-default-devtools.timeline'];
/** The JS sampling profiler, for time by function. */
export const JS_SAMPLING = ['v8.execute', 'disabled-by-default-v8.cpu_profiler'];

/** Runs `action` under a Chromium trace of `categories` and returns its result with the trace's events. */
export async function recordTrace<T>(
  page: Page,
  categories: readonly string[],
  action: () => Promise<T>,
): Promise<{ result: T; events: TraceEvent[] }> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (data) => events.push(...(data.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', { categories: categories.join(','), transferMode: 'ReportEvents' });
  try {
    return { result: await action(), events };
  } finally {
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach();
  }
}

/** The page's renderer main thread, named in the trace's metadata. */
export function rendererMain(events: readonly TraceEvent[]): { pid: number; tid: number } | undefined {
  return events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
}

/** The thread (CPU) time of `task` that falls inside `[from, to]` µs, in µs, assuming it is spread evenly. */
export function cpuInside(task: TraceEvent, from: number, to: number): number {
  if (!task.dur) return 0;
  const inside = Math.min(task.ts + task.dur, to) - Math.max(task.ts, from);
  return inside > 0 ? ((task.tdur ?? task.dur) * inside) / task.dur : 0;
}

/** The main thread's top-level tasks (`RunTask`), by start. */
export function mainThreadTasks(events: readonly TraceEvent[], thread: { pid: number; tid: number }) {
  return events
    .filter(
      (e) => e.pid === thread.pid && e.tid === thread.tid && e.ph === 'X' && e.name === 'RunTask' && e.dur,
    )
    .sort((a, b) => a.ts - b.ts);
}

const frameKey = (node: ProfileNode | undefined) => {
  const cf = node?.callFrame;
  return `${cf?.functionName || '(anon)'} ${cf?.url?.split('/').pop() ?? ''}:${cf?.lineNumber}:${cf?.columnNumber}`;
};

/**
 * JS time by function from the sampling profiler's chunks (`JS_SAMPLING`), in µs, over samples inside
 * `[from, to]` µs: self time (the sampled frame) and inclusive time (every function on the sampled stack once).
 */
export function sampledJsTime(events: readonly TraceEvent[], from = -Infinity, to = Infinity) {
  const nodes = new Map<number, ProfileNode>();
  const samples: number[] = [];
  const deltas: number[] = [];
  for (const e of events) {
    if (e.name !== 'ProfileChunk') continue;
    const chunk = e.args?.data?.cpuProfile;
    for (const node of chunk?.nodes ?? []) nodes.set(node.id, node);
    samples.push(...(chunk?.samples ?? []));
    deltas.push(...(e.args?.data?.timeDeltas ?? []));
  }
  const parentOf = new Map<number, number>();
  for (const node of nodes.values()) {
    if (node.parent) parentOf.set(node.id, node.parent);
    for (const child of node.children ?? []) parentOf.set(child, node.id);
  }
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let t = events.find((e) => e.name === 'Profile')?.args?.data?.startTime ?? 0;
  for (let i = 0; i < samples.length; i++) {
    t += deltas[i] ?? 0;
    // A sample stands for the time until the next one.
    const dt = deltas[i + 1] ?? 0;
    if (t < from || t > to) continue;
    const key = frameKey(nodes.get(samples[i]!));
    self.set(key, (self.get(key) ?? 0) + dt);
    const seen = new Set<string>();
    for (let id: number | undefined = samples[i]; id !== undefined; id = parentOf.get(id)) {
      const k = frameKey(nodes.get(id));
      if (seen.has(k)) continue;
      seen.add(k);
      inclusive.set(k, (inclusive.get(k) ?? 0) + dt);
    }
  }
  return { self, inclusive };
}
