/**
 * The HTML report: one self-contained file (inline SVG and CSS, no script, no CDN) that a reader opens instead
 * of reading numbers.
 */
import { fmt, fmtBytes, quantile, type Summary } from './lib/stats.ts';
import { ok } from './lib/summary.ts';
import type {
  BenchResults,
  ComposerResult,
  MicroResult,
  PickerResult,
  SdkResult,
  SizesResult,
  TraceResult,
} from './lib/results.ts';

const esc = (text: unknown) =>
  String(text).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

const PALETTE = {
  paddock: '#4f46e5',
  other: '#d97706',
  plain: '#94a3b8',
  viewer: '#4f46e5',
  ok: '#16a34a',
  bad: '#dc2626',
};

interface Bar {
  label: string;
  value: number | null | undefined;
  lo?: number | null | undefined;
  hi?: number | null | undefined;
  color: string;
  text?: string;
}

/** Horizontal bars with min–max whiskers; optional target line and log scale. */
function bars(title: string, rows: Bar[], unit: string, options: { target?: number; log?: boolean } = {}) {
  const width = 760;
  const labelWidth = 230;
  const rowHeight = 24;
  const plot = width - labelWidth - 90;
  const values = rows
    .flatMap((r) => [r.value, r.hi, options.target])
    .filter((v): v is number => typeof v === 'number' && v > 0);
  const max = Math.max(1e-9, ...values) * 1.05;
  const min = options.log ? Math.max(1e-3, Math.min(...values) / 2) : 0;
  const x = (v: number) =>
    options.log
      ? ((Math.log10(Math.max(v, min)) - Math.log10(min)) / (Math.log10(max) - Math.log10(min))) * plot
      : (v / max) * plot;
  const height = rows.length * rowHeight + 30;
  const parts: string[] = [];
  rows.forEach((row, i) => {
    const y = 8 + i * rowHeight;
    parts.push(`<text x="${labelWidth - 8}" y="${y + 15}" text-anchor="end">${esc(row.label)}</text>`);
    if (typeof row.value !== 'number' || !Number.isFinite(row.value)) {
      parts.push(
        `<text x="${labelWidth + 4}" y="${y + 15}" class="muted">${esc(row.text ?? 'not measured')}</text>`,
      );
      return;
    }
    parts.push(
      `<rect x="${labelWidth}" y="${y + 3}" width="${Math.max(1, x(row.value))}" height="${rowHeight - 8}" fill="${row.color}" rx="2"/>`,
    );
    if (typeof row.lo === 'number' && typeof row.hi === 'number' && row.hi > row.lo) {
      const cy = y + rowHeight / 2 - 1;
      parts.push(
        `<line x1="${labelWidth + x(row.lo)}" x2="${labelWidth + x(row.hi)}" y1="${cy}" y2="${cy}" class="whisker"/>` +
          `<line x1="${labelWidth + x(row.lo)}" x2="${labelWidth + x(row.lo)}" y1="${cy - 5}" y2="${cy + 5}" class="whisker"/>` +
          `<line x1="${labelWidth + x(row.hi)}" x2="${labelWidth + x(row.hi)}" y1="${cy - 5}" y2="${cy + 5}" class="whisker"/>`,
      );
    }
    const end = Math.max(x(row.value), typeof row.hi === 'number' ? x(row.hi) : 0);
    parts.push(
      `<text x="${labelWidth + end + 6}" y="${y + 15}">${esc(row.text ?? `${fmt(row.value)} ${unit}`)}</text>`,
    );
  });
  if (options.target !== undefined) {
    const tx = labelWidth + x(options.target);
    parts.push(
      `<line x1="${tx}" x2="${tx}" y1="2" y2="${height - 22}" class="target"/><text x="${tx + 3}" y="${height - 24}" class="target-text">target ${fmt(options.target)} ${unit}</text>`,
    );
  }
  parts.push(
    `<text x="${labelWidth}" y="${height - 8}" class="muted">${options.log ? 'log scale · ' : ''}bar = median, whisker = min–max</text>`,
  );
  return figure(
    title,
    `<svg viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${esc(title)}">${parts.join('')}</svg>`,
  );
}

interface Series {
  label: string;
  values: number[];
  color: string;
}

/** Per series: a histogram of the samples and a box (quartiles, median, p95 whisker) on a shared axis. */
function distribution(title: string, series: Series[], unit: string, target?: number) {
  const width = 760;
  const labelWidth = 240;
  const plot = width - labelWidth - 20;
  const band = 64;
  const all = series.flatMap((s) => s.values.filter(Number.isFinite)).sort((a, b) => a - b);
  if (all.length === 0) return figure(title, '<p class="muted">no samples</p>');
  // The axis shows the bulk (up to a bit past the largest p95), not the worst outlier; the rest is counted.
  const p95s = series
    .map((s) => s.values.filter(Number.isFinite).sort((a, b) => a - b))
    .filter((v) => v.length)
    .map((v) => quantile(v, 0.95));
  // With a target, the axis stops at 8× it: one pathological series must not flatten the others.
  const max = Math.max(
    Math.min(Math.max(...p95s) * 1.4, target ? target * 8 : Infinity),
    target ? target * 1.5 : 0,
    1,
  );
  const x = (v: number) => Math.min(plot, (v / max) * plot);
  const bins = 48;
  const parts: string[] = [];
  series.forEach((s, i) => {
    const y = 10 + i * band;
    const values = s.values.filter(Number.isFinite).sort((a, b) => a - b);
    parts.push(`<text x="${labelWidth - 8}" y="${y + 24}" text-anchor="end">${esc(s.label)}</text>`);
    if (values.length === 0) {
      parts.push(`<text x="${labelWidth + 4}" y="${y + 24}" class="muted">not measured</text>`);
      return;
    }
    const counts = new Array<number>(bins).fill(0);
    for (const v of values) counts[Math.min(bins - 1, Math.floor((v / max) * bins))]!++;
    const peak = Math.max(...counts);
    counts.forEach((count, b) => {
      if (!count) return;
      const h = (count / peak) * 32;
      parts.push(
        `<rect x="${labelWidth + (b * plot) / bins}" y="${y + 34 - h}" width="${plot / bins - 1}" height="${h}" fill="${s.color}" opacity="0.55"/>`,
      );
    });
    const q1 = quantile(values, 0.25);
    const q3 = quantile(values, 0.75);
    const med = quantile(values, 0.5);
    const p95 = quantile(values, 0.95);
    const by = y + 40;
    parts.push(
      `<line x1="${labelWidth + x(values[0]!)}" x2="${labelWidth + x(p95)}" y1="${by + 5}" y2="${by + 5}" class="whisker"/>` +
        `<rect x="${labelWidth + x(q1)}" y="${by}" width="${Math.max(1, x(q3) - x(q1))}" height="10" fill="${s.color}"/>` +
        `<line x1="${labelWidth + x(med)}" x2="${labelWidth + x(med)}" y1="${by - 2}" y2="${by + 12}" stroke="#111" stroke-width="2"/>` +
        `<text x="${labelWidth - 8}" y="${by + 10}" text-anchor="end" class="muted">p50 ${fmt(med)} · p95 ${fmt(p95)} · n ${values.length}</text>`,
    );
    const over = values.filter((v) => v > max).length;
    if (over)
      parts.push(
        `<text x="${width - 18}" y="${y + 24}" text-anchor="end" class="muted">${over} beyond →</text>`,
      );
  });
  const axisY = 10 + series.length * band;
  for (let t = 0; t <= 4; t++) {
    const v = (max * t) / 4;
    parts.push(
      `<text x="${labelWidth + x(v)}" y="${axisY + 12}" text-anchor="middle" class="muted">${fmt(v)}</text>`,
    );
  }
  parts.push(
    `<text x="${labelWidth + plot}" y="${axisY + 26}" text-anchor="end" class="muted">${esc(unit)}</text>`,
  );
  if (target !== undefined) {
    const tx = labelWidth + x(target);
    parts.push(
      `<line x1="${tx}" x2="${tx}" y1="4" y2="${axisY}" class="target"/><text x="${tx + 3}" y="${axisY + 26}" class="target-text">target ${fmt(target)} ${esc(unit)}</text>`,
    );
  }
  const height = axisY + 32;
  return figure(
    title,
    `<svg viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${esc(title)}">${parts.join('')}</svg>`,
  );
}

const figure = (title: string, body: string) =>
  `<figure><figcaption>${esc(title)}</figcaption>${body}</figure>`;
const stat = (s: Summary | null | undefined, unit = 'ms') =>
  s
    ? `${fmt(s.median)} ${unit} <span class="muted">(${fmt(s.min)}–${fmt(s.max)}, p95 ${fmt(s.p95)}, n ${s.n})</span>`
    : '<span class="muted">–</span>';
const failed = (value: unknown) =>
  value && typeof value === 'object' && 'error' in value && Object.keys(value).length === 1
    ? `<p class="bad">Scenario failed: ${esc((value as { error: string }).error)}</p>`
    : '';

function pickerSection(results: BenchResults) {
  const picker = ok<PickerResult>(results.picker);
  if (!picker) return failed(results.picker) || '<p class="muted">Not run.</p>';
  return (
    `<p>${picker.items.toLocaleString('en-US')} primitives, dialog variant, ${picker.runs} fresh page loads. Time to open (trigger click to first painted option): ${stat(picker.openFirstRow)}. Keystrokes in the search box (keydown event to the first frame painted after the list changed): ${stat(picker.keystrokePaint)}. Long tasks: ${picker.longTasks.count} (${fmt(picker.longTasks.totalMs)} ms).</p>` +
    distribution(
      'PrimitivePicker: keydown → painted results, every keystroke',
      [{ label: 'keystroke', values: picker.keystrokeSamples, color: PALETTE.paddock }],
      'ms',
      16,
    )
  );
}

function composerSection(results: BenchResults) {
  const composer = ok<ComposerResult>(results.composer);
  if (!composer) return failed(results.composer) || '<p class="muted">Not run.</p>';
  const kb = (n: number) => `${(n / 1000).toFixed(0)} kB`;
  return (
    `<p>Typing at the end of the instructions, ${composer.runs} page loads per case. <em>Committed</em>: keydown to the composer reporting the new draft (onValueChange). <em>Paint</em>: keydown to the first frame painted after the DOM changed.</p>` +
    `<ul><li>${kb(composer.big.instructionsBytes)}: committed ${stat(composer.big.committed)}; paint ${stat(composer.big.paint)}</li><li>small (${composer.small.instructionsBytes} B): committed ${stat(composer.small.committed)}; paint ${stat(composer.small.paint)}</li></ul>` +
    distribution(
      'AgentComposer: keydown → committed value and → paint',
      [
        {
          label: `${kb(composer.big.instructionsBytes)} committed`,
          values: composer.big.committedSamples,
          color: PALETTE.paddock,
        },
        {
          label: `${kb(composer.big.instructionsBytes)} paint`,
          values: composer.big.paintSamples,
          color: '#818cf8',
        },
        { label: 'small committed', values: composer.small.committedSamples, color: PALETTE.ok },
        { label: 'small paint', values: composer.small.paintSamples, color: '#86efac' },
      ],
      'ms',
      16,
    )
  );
}

function traceSection(results: BenchResults) {
  const trace = ok<TraceResult>(results.trace);
  if (!trace) return failed(results.trace) || '<p class="muted">Not run.</p>';
  const k = (n: number) => `${n / 1000}k`;
  const viewerLabel = trace.cases.find((c) => c.impl === 'viewer')?.label ?? 'RunTraceViewer';
  const metric = (
    title: string,
    pick: (c: TraceResult['cases'][number]) => Summary | null,
    target?: number,
  ) =>
    bars(
      title,
      trace.cases.map((c) => {
        const s = c.available ? pick(c) : null;
        return {
          label: `${k(c.spans)} · ${c.impl === 'viewer' ? 'RunTraceViewer' : 'plain tree'}`,
          value: s?.median,
          lo: s?.min,
          hi: s?.max,
          color: c.impl === 'viewer' ? PALETTE.viewer : PALETTE.plain,
          ...(c.available ? {} : { text: 'RunTraceViewer not on this branch yet' }),
          ...(c.error && !s ? { text: `error: ${c.error.slice(0, 60)}` } : {}),
        };
      }),
      'ms',
      { log: true, ...(target !== undefined ? { target } : {}) },
    );
  const viewerAvailable = trace.cases.some((c) => c.impl === 'viewer' && c.available);
  const ratios = viewerAvailable
    ? `<table><tr><th>spans</th><th>first row: plain ÷ viewer</th><th>first row, open: plain ÷ viewer</th><th>first row, open, second trace: plain ÷ viewer</th><th>expand all: plain ÷ viewer</th><th>heap: plain ÷ viewer</th></tr>${trace.sizes
        .map((n) => {
          const v = trace.cases.find((c) => c.impl === 'viewer' && c.spans === n);
          const p = trace.cases.find((c) => c.impl === 'plain' && c.spans === n);
          const r = (a?: Summary | null, b?: Summary | null) =>
            a && b ? `${(a.median / b.median).toFixed(1)}×` : '–';
          return `<tr><td>${n.toLocaleString('en-US')}</td><td>${r(p?.firstRow, v?.firstRow)}</td><td>${r(p?.openFirstRow, v?.openFirstRow)}</td><td>${r(p?.nextFirstRow, v?.nextFirstRow)}</td><td>${r(p?.expandAll, v?.expandAll)}</td><td>${r(p?.heapBytes, v?.heapBytes)}</td></tr>`;
        })
        .join('')}</table>`
    : `<p class="note">${esc(viewerLabel)}: the viewer rows fill in once <code>bench/pages/run-trace-viewer-adapter.tsx</code> exports an adapter. The plain baseline below is measured now.</p>`;
  return (
    `<p>Deterministic generated traces (agent runs with nested tool calls and sub-agents, workflows with parallel steps, loops and retries; Mastra span records). Each run is a fresh page with the host's app shell already mounted (a React root, and for the viewer the kit's <code>BuilderProvider</code>, as a host has before it can hold a trace); the trace is generated in the page first, then timed from "data in hand" to the first painted row. Everything starts expanded.</p>${ratios}` +
    metric('Data in hand → first row painted (mounted with the data)', (c) => c.firstRow, 500) +
    metric(
      'Data in hand → first row painted, open flow (the rendering already on screen, loading, when the data arrives)',
      (c) => c.openFirstRow ?? null,
    ) +
    metric(
      'Data in hand → first row painted, open flow, the page’s second trace (another of the same size shown first)',
      (c) => c.nextFirstRow ?? null,
    ) +
    metric('Expand all → painted and quiet', (c) => c.expandAll) +
    metric('Collapse all → painted and quiet', (c) => c.collapseAll) +
    metric('Search "refund" → painted and quiet', (c) => c.search) +
    distribution(
      'Scroll, frame cost: main-thread CPU per frame (3 s at 3,000 px/s, from a Chromium trace; the 16.7 ms goal is for this)',
      trace.cases
        .filter((c) => c.available)
        .map((c) => ({
          label: `${k(c.spans)} · ${c.impl === 'viewer' ? 'viewer' : 'plain'} (${c.rowsInDom ?? '?'} rows)`,
          values: c.scrollFrameCostSamples ?? [],
          color: c.impl === 'viewer' ? PALETTE.viewer : PALETTE.plain,
        })),
      'ms of main-thread CPU per frame',
      16.7,
    ) +
    distribution(
      'Scroll, frame interval, vsync-locked (frames come at 60 Hz: 16.7 ms is the floor, not the cost)',
      trace.cases
        .filter((c) => c.available)
        .map((c) => ({
          label: `${k(c.spans)} · ${c.impl === 'viewer' ? 'viewer' : 'plain'} (${c.rowsInDom ?? '?'} rows)`,
          values: c.scrollFrameSamples,
          color: c.impl === 'viewer' ? PALETTE.viewer : PALETTE.plain,
        })),
      'ms between frames',
      16.7,
    ) +
    bars(
      'JS heap after mount (after GC; the goal is < 100 MB at 50,000 spans)',
      trace.cases.map((c) => ({
        label: `${k(c.spans)} · ${c.impl === 'viewer' ? 'RunTraceViewer' : 'plain tree'}`,
        value: c.available && c.heapBytes ? c.heapBytes.median / 1e6 : null,
        lo: c.heapBytes ? c.heapBytes.min / 1e6 : null,
        hi: c.heapBytes ? c.heapBytes.max / 1e6 : null,
        color: c.impl === 'viewer' ? PALETTE.viewer : PALETTE.plain,
        ...(c.available ? {} : { text: 'not on this branch yet' }),
      })),
      'MB',
      { target: 100 },
    ) +
    `<p class="muted">Trace generation in the page (not part of any timing): ${trace.cases
      .filter((c) => c.generateMs)
      .map((c) => `${k(c.spans)}: ${fmt(c.generateMs!.median)} ms`)
      .filter((v, i, a) => a.indexOf(v) === i)
      .join(' · ')}</p>`
  );
}

function sdkSection(results: BenchResults) {
  const sdk = ok<SdkResult>(results.sdk);
  if (!sdk) return failed(results.sdk) || '<p class="muted">Not run.</p>';
  const p = sdk.clients.paddock;
  const c = sdk.clients['client-js'];
  const row = (label: string, s: Summary | null, color: string, unit = '') => ({
    label,
    value: s?.median,
    lo: s?.min,
    hi: s?.max,
    color,
    ...(unit ? {} : {}),
  });
  return (
    `<p>Against the real playground server (demo profile, LibSQL): ${sdk.rounds} rounds of ${sdk.requestsPerRound} requests with ${sdk.concurrency} in flight, cycling ${sdk.mix.map(esc).join(', ')}; rounds alternate which client goes first. Errors: Paddock ${p.errors}, client-js ${c.errors}.</p>` +
    bars(
      'Requests per second (higher is better)',
      [row('@paddock/client-sdk', p.rps, PALETTE.paddock), row('@mastra/client-js', c.rps, PALETTE.other)],
      'req/s',
    ) +
    `<p>Retrieve and parse one trace, served as the same bytes from a local server (${Object.entries(
      sdk.traceBytes,
    )
      .map(([n, b]) => `${Number(n).toLocaleString('en-US')} spans = ${fmtBytes(b)}`)
      .join(', ')}). Paddock validates every span (zod); client-js parses JSON.</p>` +
    bars(
      'Retrieve + parse a trace (lower is better)',
      Object.keys(p.trace).flatMap((n) => [
        row(`${Number(n) / 1000}k · @paddock/client-sdk`, p.trace[n] ?? null, PALETTE.paddock),
        row(`${Number(n) / 1000}k · @mastra/client-js`, c.trace[n] ?? null, PALETTE.other),
      ]),
      'ms',
    ) +
    (Object.keys(p.lightTrace ?? {}).length
      ? bars(
          'Light route: retrieveLightTrace vs getTraceLight, same bytes (lower is better)',
          Object.keys(p.lightTrace!).flatMap((n) => [
            row(
              `${Number(n) / 1000}k · paddock retrieveLightTrace`,
              p.lightTrace![n] ?? null,
              PALETTE.paddock,
            ),
            row(`${Number(n) / 1000}k · client-js getTraceLight`, c.lightTrace?.[n] ?? null, PALETTE.other),
          ]),
          'ms',
        )
      : '')
  );
}

function sizesSection(results: BenchResults) {
  const sizes = ok<SizesResult>(results.sizes);
  if (!sizes) return failed(results.sizes) || '<p class="muted">Not run.</p>';
  const color = (name: string) => (name.startsWith('@paddock') ? PALETTE.paddock : PALETTE.other);
  return (
    `<p>${esc(sizes.method)}</p>` +
    bars(
      'Bundle size loaded up front (entry + static imports), gzip -9',
      sizes.rows.map((r) => ({
        label: r.name,
        value: r.initialGzipBytes === null ? null : r.initialGzipBytes / 1000,
        color: color(r.name),
        ...(r.error ? { text: `could not build: ${r.error.slice(0, 70)}` } : {}),
      })),
      'kB',
      { log: true },
    ) +
    bars(
      'Bundle size, all chunks (lazy included), minified',
      sizes.rows.map((r) => ({
        label: r.name,
        value: r.minBytes === null ? null : r.minBytes / 1000,
        color: color(r.name),
        ...(r.error ? { text: 'could not build' } : {}),
      })),
      'kB',
      { log: true },
    ) +
    `<table><tr><th>package</th><th>version</th><th>initial min</th><th>initial gzip</th><th>all min</th><th>all gzip</th><th>chunks</th><th>external (peers)</th><th>source</th></tr>${sizes.rows
      .map(
        (r) =>
          `<tr><td>${esc(r.name)}</td><td>${esc(r.version)}</td><td>${fmtBytes(r.initialMinBytes)}</td><td>${fmtBytes(r.initialGzipBytes)}</td><td>${fmtBytes(r.minBytes)}</td><td>${fmtBytes(r.gzipBytes)}</td><td>${r.files || '–'}</td><td>${esc(r.external.join(', ') || 'none')}</td><td>${r.source}${r.limitBytes ? ` (budget ${fmtBytes(r.limitBytes)})` : ''}${r.error ? ` · <span class="bad">${esc(r.error)}</span>` : ''}</td></tr>`,
      )
      .join('')}</table>`
  );
}

function microSection(results: BenchResults) {
  const micro = ok<MicroResult>(results.micro);
  if (!micro) return failed(results.micro) || '<p class="muted">Not run.</p>';
  const notes = micro.failures?.length
    ? `<p class="note">The bench file's own assertion failed in this run (timed assertion, under this machine's load): ${micro.failures.map(esc).join('; ')}</p>`
    : '';
  return `<p>The existing vitest micro-benchmarks, run unchanged (<code>vitest bench --run -c vitest.bench.config.ts</code>).</p>${notes}<table><tr><th>file</th><th>benchmark</th><th>ops/s</th><th>mean</th><th>p99</th><th>samples</th></tr>${micro.rows
    .map(
      (r) =>
        `<tr><td>${esc(r.file)}</td><td>${esc(r.name)}</td><td>${fmt(r.hz, 0)}</td><td>${fmt(r.mean, 2)} ms</td><td>${fmt(r.p99, 2)} ms</td><td>${r.samples}</td></tr>`,
    )
    .join('')}</table>`;
}

export function renderReport(results: BenchResults): string {
  const m = results.meta;
  const targets = `<table><tr><th></th><th>goal</th><th>target</th><th>measured</th><th>note</th></tr>${results.targets
    .map(
      (t) =>
        `<tr><td class="${t.met === null ? 'muted' : t.met ? 'good' : 'bad'}">${t.met === null ? '·' : t.met ? '✓' : '✗'}</td><td>${esc(t.name)}</td><td>${esc(t.target)}</td><td>${esc(t.measured)}</td><td>${esc(t.note)}</td></tr>`,
    )
    .join('')}</table>`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Paddock bench · ${esc(m.date)}</title>
<style>
body{font:14px/1.45 system-ui,sans-serif;max-width:980px;margin:2rem auto;padding:0 1rem;color:#0f172a}
h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:2.2rem;border-bottom:1px solid #e2e8f0;padding-bottom:.3rem}
table{border-collapse:collapse;margin:.8rem 0;width:100%}td,th{border-bottom:1px solid #e2e8f0;padding:.3rem .5rem;text-align:left;vertical-align:top}
figure{margin:1rem 0}figcaption{font-weight:600;margin-bottom:.3rem}svg{max-width:100%;height:auto;font:12px system-ui,sans-serif}
svg text{fill:#0f172a}.muted,svg .muted{color:#64748b;fill:#64748b}.good{color:#16a34a;font-weight:700}.bad{color:#dc2626;font-weight:700}
.whisker{stroke:#0f172a;stroke-width:1.2}.target{stroke:#dc2626;stroke-dasharray:4 3;stroke-width:1.5}svg .target-text{fill:#dc2626}
.note{background:#fef9c3;padding:.5rem .8rem;border-radius:4px}code{background:#f1f5f9;padding:0 .25rem;border-radius:3px}
</style></head><body>
<h1>Paddock benchmarks</h1>
<p>${esc(m.date)} · commit ${esc(m.commit)} · ${m.quick ? '<strong>quick run</strong> · ' : ''}Node ${esc(m.node)} · Chromium ${esc(m.chromium)} · ${m.cpus} cores · ${m.durationMs ? `${(m.durationMs / 1000).toFixed(0)} s` : ''}</p>
<p class="note">${esc(m.note)} Every figure is a median over runs with its spread; comparisons are measured in the same run.</p>
<h2>Targets</h2>${targets}
<h2>PrimitivePicker</h2>${pickerSection(results)}
<h2>AgentComposer</h2>${composerSection(results)}
<h2>Trace rendering: RunTraceViewer vs a plain tree</h2>${traceSection(results)}
<h2>client-sdk vs @mastra/client-js</h2>${sdkSection(results)}
<h2>Sizes</h2>${sizesSection(results)}
<h2>Micro-benchmarks (vitest bench)</h2>${microSection(results)}
<h2>How this was measured</h2>
<ul>
<li>Pages are built with Vite in production mode (minified) from <code>bench/pages</code> and consume the kit through <code>@paddock/builder-ui</code>; served from 127.0.0.1 to headless Chromium (<code>/usr/bin/chromium</code>, flags from <code>scripts/chromium.ts</code> plus <code>--enable-precise-memory-info</code>).</li>
<li>Times are <code>performance.now()</code> in the page from the input event's timestamp; "painted" = a task queued from <code>requestAnimationFrame</code> (runs after that frame is produced); "quiet" = no DOM mutation for 3 frames. Long tasks from <code>PerformanceObserver</code>; JS heap via CDP <code>Performance.getMetrics</code> after <code>HeapProfiler.collectGarbage</code>.</li>
<li>Scrolling is measured twice per run: once untraced for the interval between animation frames (vsync-locked: Chromium produces frames at 60 Hz, so this cannot go below 16.7 ms and jitter puts its p95 near it), once under a Chromium trace (<code>devtools.timeline</code>) for the frame cost: the main thread's CPU time (thread time, so waiting for vsync or for a CPU another process holds does not count) between consecutive animation-frame callbacks. Headless Chromium ignores <code>--disable-gpu-vsync --disable-frame-rate-limit</code> unless compositor stages run before draw, and then the intervals include waits on other processes, so the unlocked frame rate was not used.</li>
<li>The SDK comparison runs in Node against the real playground server started by <code>startTestServer</code>; the Paddock SDK is bundled from source by Vite (production, minified), client-js is its published build.</li>
<li>Raw figures: <code>bench/results/latest.json</code>. Re-run: <code>pnpm bench</code> (or <code>pnpm bench -- --quick</code>).</li>
</ul>
</body></html>
`;
}
