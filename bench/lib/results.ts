import type { Summary } from './stats.ts';

/** The shape of bench/results/latest.json (read back by the HTML report). */
export interface BenchResults {
  meta: {
    date: string;
    quick: boolean;
    commit: string;
    node: string;
    chromium: string;
    cpus: number;
    loadAverage: number[];
    note: string;
    durationMs?: number;
  };
  picker?: PickerResult | ScenarioError;
  composer?: ComposerResult | ScenarioError;
  trace?: TraceResult | ScenarioError;
  sdk?: SdkResult | ScenarioError;
  sizes?: SizesResult | ScenarioError;
  micro?: MicroResult | ScenarioError;
  targets: TargetCheck[];
}

export interface ScenarioError {
  error: string;
}

export interface PickerResult {
  items: number;
  runs: number;
  openFirstRow: Summary | null;
  openSettled: Summary | null;
  keystrokePaint: Summary | null;
  keystrokeSettled: Summary | null;
  keystrokeSamples: number[];
  longTasks: { count: number; totalMs: number };
}

export interface ComposerCase {
  instructionsBytes: number;
  committed: Summary | null;
  paint: Summary | null;
  settled: Summary | null;
  paintSamples: number[];
  committedSamples: number[];
  longTasks: { count: number; totalMs: number };
}

export interface ComposerResult {
  runs: number;
  big: ComposerCase;
  small: ComposerCase;
}

export interface TraceImplRun {
  impl: string;
  label: string;
  available: boolean;
  spans: number;
  runs: number;
  generateMs: Summary | null;
  /** Data in hand to first painted row, the rendering mounted with the data (the cold flow). */
  firstRow: Summary | null;
  /**
   * Data in hand to first painted row with the rendering already on screen in its loading state when the data
   * arrives (the open flow: a trace pane whose spans are loading). Fresh pages; absent where not measured.
   */
  openFirstRow?: Summary | null;
  /** The open flow for the page's second trace: another trace of the same size was shown first (warm code). */
  nextFirstRow?: Summary | null;
  openRuns?: number;
  mountSettled: Summary | null;
  rowsInDom: number | null;
  collapseAll: Summary | null;
  expandAll: Summary | null;
  search: Summary | null;
  clearSearch: Summary | null;
  /**
   * Scrolling, vsync-locked: the interval between animation frames. Chromium produces frames at 60 Hz, so
   * 16.7 ms is the floor and jitter alone puts the p95 around it, however cheap a frame is.
   */
  scrollFrames: Summary | null;
  scrollFrameSamples: number[];
  /**
   * Scrolling, the frame cost: main-thread CPU time per frame (scroll events, the renderer's work, style,
   * layout, paint), from a Chromium trace of a second 3 s scroll; thread time, so other processes taking the
   * CPU do not count. Optional: results from before it was measured lack it.
   */
  scrollFrameCost?: Summary | null;
  scrollFrameCostSamples?: number[];
  heapBytes: Summary | null;
  heapDeltaBytes: Summary | null;
  longTasks: { count: number; totalMs: number };
  error?: string;
}

export interface TraceResult {
  sizes: number[];
  cases: TraceImplRun[];
  /** Sizes at which the plain tree was not measured, and why. */
  skipped?: { impl: string; spans: number; reason: string }[];
}

export interface SdkClientFigures {
  rps: Summary | null;
  errors: number;
  firstError?: string | undefined;
  trace: Record<string, Summary | null>;
  /** The per-trace light route (Paddock `retrieveLightTrace`, client-js `getTraceLight`), same bytes. */
  lightTrace?: Record<string, Summary | null>;
}

export interface SdkResult {
  concurrency: number;
  requestsPerRound: number;
  rounds: number;
  mix: string[];
  traceBytes: Record<string, number>;
  clients: Record<'paddock' | 'client-js', SdkClientFigures>;
}

export interface SizeRow {
  name: string;
  version: string;
  external: string[];
  /** All chunks, lazy ones included. */
  minBytes: number | null;
  gzipBytes: number | null;
  /** The entry chunk plus its static imports. */
  initialMinBytes: number | null;
  initialGzipBytes: number | null;
  files: number;
  /** The budget, for rows read from the size-budgets report. */
  limitBytes?: number;
  source: 'size-report' | 'bench';
  error?: string;
}

export interface SizesResult {
  method: string;
  rows: SizeRow[];
}

export interface MicroResult {
  rows: { file: string; name: string; hz: number; mean: number; p99: number; samples: number }[];
  /** vitest's exit code: non-zero when a bench file's own assertion failed. */
  exitCode?: number | null;
  failures?: string[];
}

export interface TargetCheck {
  name: string;
  target: string;
  measured: string;
  met: boolean | null;
  note: string;
}
