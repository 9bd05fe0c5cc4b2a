/**
 * `pnpm bench`: what users feel, measured on production builds in headless Chromium and against the real
 * playground server, side by side with the alternatives. Prints a table, writes bench/results/latest.json and
 * the self-contained bench/results/latest.html.
 *
 *   pnpm bench                 full run (~10 min on 2 cores)
 *   pnpm bench -- --quick      fewer runs, traces up to 10,000 spans
 *   pnpm bench -- --only=picker,composer,trace,sdk,sizes,micro   (writes bench/results/partial.*)
 *   pnpm bench -- --report     re-render latest.html (and the targets) from latest.json
 *   pnpm bench -- --only=trace --trace-sizes=10000,50000   the trace scenario at these sizes only
 *
 * Everything listens on 127.0.0.1 only, every loop is bounded and a watchdog ends a stuck run.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { build, runnerImport } from 'vite';
import { chromium, type Browser } from 'playwright';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.ts';
import { serveFolder, type LocalServer } from './lib/static-server.ts';
import type { BenchResults, ScenarioError } from './lib/results.ts';
import { benchComposer, benchPicker, benchTrace } from './scenarios/browser.ts';
import { benchSdk } from './scenarios/sdk.ts';
import { benchSizes } from './scenarios/sizes.ts';
import { benchMicro } from './scenarios/micro.ts';
import { checkTargets, printTable } from './lib/summary.ts';
import { renderReport } from './report.ts';
import type * as TestingModule from '../playground/server/src/testing.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const onlyArg = args.find((a) => a.startsWith('--only='));
const traceSizesArg = args.find((a) => a.startsWith('--trace-sizes='));
const ALL = ['picker', 'composer', 'trace', 'sdk', 'sizes', 'micro'] as const;
// --quick leaves out the vitest micro-benchmarks (minutes on a busy machine); --only=micro still runs them.
const only = new Set(
  onlyArg ? onlyArg.slice('--only='.length).split(',') : ALL.filter((name) => !quick || name !== 'micro'),
);
const started = performance.now();
const log = (line: string) => console.log(line);

type TracePlan = {
  spans: number;
  runs: number;
  plainRuns?: number;
  /** Extra page loads measuring the open flow's first row (the rendering on screen, loading, when data arrives). */
  openRuns?: number;
  openPlainRuns?: number;
}[];
const plan: {
  pickerRuns: number;
  composerRuns: number;
  trace: TracePlan;
  scrollMs: number;
  sdkRounds: number;
  sdkRequests: number;
  sdkTraces: { spans: number; runs: number }[];
} = quick
  ? {
      pickerRuns: 2,
      composerRuns: 2,
      trace: [
        { spans: 1_000, runs: 2, openRuns: 1 },
        { spans: 10_000, runs: 1, openRuns: 2 },
      ],
      scrollMs: 3000,
      sdkRounds: 2,
      sdkRequests: 200,
      sdkTraces: [{ spans: 10_000, runs: 2 }],
    }
  : {
      pickerRuns: 5,
      composerRuns: 4,
      trace: [
        // What showing any trace costs, whatever its size (mounting the rows, the first frame's style, layout and
        // paint): the floor under every larger figure.
        { spans: 20, runs: 3, openRuns: 9 },
        { spans: 1_000, runs: 5, openRuns: 3 },
        { spans: 10_000, runs: 3, openRuns: 9 },
        // The heap goal is at 50,000 spans. The plain tree there takes ~9 s to its first row and ~40 s in all: once.
        { spans: 50_000, runs: 2, plainRuns: 1, openRuns: 2, openPlainRuns: 0 },
        // The plain tree at 100k takes tens of seconds per step: one run of it keeps the whole under ~10 min.
        { spans: 100_000, runs: 2, plainRuns: 1, openRuns: 2, openPlainRuns: 0 },
      ],
      scrollMs: 3000,
      sdkRounds: 5,
      sdkRequests: 400,
      sdkTraces: [
        { spans: 10_000, runs: 5 },
        { spans: 100_000, runs: 3 },
      ],
    };

// `--trace-sizes=…`: the trace scenario at these sizes only, with the plan's runs for each (1 when not planned).
if (traceSizesArg) {
  const planned = new Map(plan.trace.map((p) => [p.spans, p]));
  plan.trace = traceSizesArg
    .slice('--trace-sizes='.length)
    .split(',')
    .map((n) => Number(n.replace(/_/g, '')))
    .filter((n) => Number.isInteger(n) && n > 0)
    .map((spans) => planned.get(spans) ?? { spans, runs: 1, openRuns: 1 });
}

const cleanups: (() => Promise<unknown>)[] = [];
async function cleanup() {
  for (const fn of cleanups.splice(0).reverse()) await fn().catch(() => {});
}
// A stuck page or server must not hold the machine: the whole run has a hard ceiling.
const watchdog = setTimeout(
  () => {
    console.error(`bench: watchdog: still running after ${quick ? 8 : 25} min, stopping`);
    void cleanup().finally(() => process.exit(2));
  },
  (quick ? 8 : 25) * 60_000,
);
process.on('SIGINT', () => void cleanup().finally(() => process.exit(130)));
process.on('SIGTERM', () => void cleanup().finally(() => process.exit(143)));

async function scenario<T>(name: string, fn: () => Promise<T>): Promise<T | ScenarioError | undefined> {
  if (!only.has(name)) return undefined;
  const t0 = performance.now();
  log(`\n▶ ${name}`);
  try {
    const result = await fn();
    log(`  done in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    return result;
  } catch (error) {
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    log(`  FAILED: ${message.split('\n').slice(0, 4).join('\n  ')}`);
    return { error: message.split('\n')[0]! };
  }
}

function git(...command: string[]) {
  try {
    return execFileSync('git', command, { cwd: root, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

/** `--report`: recompute the targets and re-render the HTML from bench/results/latest.json, no measuring. */
async function rerender() {
  const file = join(root, 'bench', 'results', 'latest.json');
  const results = JSON.parse(readFileSync(file, 'utf8')) as BenchResults;
  results.targets = checkTargets(results);
  await writeResults('latest', results);
  printTable(results);
}

async function writeResults(base: string, results: BenchResults) {
  const out = join(root, 'bench', 'results');
  mkdirSync(out, { recursive: true });
  // Written formatted, so the repository's `prettier --check .` accepts the committed results.
  const write = async (name: string, text: string) => {
    const file = join(out, name);
    const options = (await prettier.resolveConfig(file)) ?? {};
    writeFileSync(file, await prettier.format(text, { ...options, filepath: file }));
  };
  await write(`${base}.json`, JSON.stringify(results));
  await write(`${base}.html`, renderReport(results));
}

async function main() {
  if (args.includes('--report')) return rerender();
  const results: BenchResults = {
    meta: {
      date: new Date().toISOString(),
      quick,
      commit:
        git('rev-parse', '--short', 'HEAD') +
        (git('status', '--porcelain') ? ' (+ uncommitted changes)' : ''),
      node: process.version,
      chromium: 'not started',
      cpus: cpus().length,
      loadAverage: loadavg(),
      note: '',
    },
    targets: [],
  };

  const needsBrowser = ['picker', 'composer', 'trace'].some((s) => only.has(s));
  let pages: LocalServer | undefined;
  let browser: Browser | undefined;
  if (needsBrowser) {
    log('building the bench pages (Vite, production, minified)…');
    await build({ configFile: join(root, 'bench', 'vite.config.ts'), logLevel: 'warn' });
    pages = await serveFolder(join(root, '.paddock-tmp', 'bench', 'pages'));
    cleanups.push(() => pages!.close());
    const launched = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      headless: true,
      // Precise heap figures for performance.memory (JS heap is read through CDP as well).
      args: [...CHROMIUM_ARGS, '--enable-precise-memory-info'],
    });
    browser = launched;
    cleanups.push(() => launched.close());
    results.meta.chromium = launched.version();
  }

  results.picker = await scenario('picker', () => benchPicker(browser!, pages!.url, plan.pickerRuns));
  results.composer = await scenario('composer', () => benchComposer(browser!, pages!.url, plan.composerRuns));
  results.trace = await scenario('trace', () =>
    benchTrace(browser!, pages!.url, plan.trace, plan.scrollMs, log),
  );
  if (browser) {
    await browser.close();
    browser = undefined;
  }

  results.sdk = await scenario('sdk', async () => {
    log('  building the SDK bundle (Vite, production, minified) and starting the playground server…');
    await build({ configFile: join(root, 'bench', 'vite.node.config.ts'), logLevel: 'warn' });
    const { module: testing } = await runnerImport<typeof TestingModule>(
      join(root, 'playground', 'server', 'src', 'testing.ts'),
      { configFile: false, logLevel: 'warn', resolve: { conditions: ['@paddock/source'] } },
    );
    const server = await testing.startTestServer({ profile: 'demo' });
    cleanups.push(() => server.stop());
    try {
      return await benchSdk({
        bundle: join(root, '.paddock-tmp', 'bench', 'node', 'sdk-bench.mjs'),
        server,
        rounds: plan.sdkRounds,
        requests: plan.sdkRequests,
        concurrency: 8,
        traces: plan.sdkTraces,
        log,
      });
    } finally {
      await server.stop();
    }
  });

  results.sizes = await scenario('sizes', () => benchSizes(root, log));
  results.micro = await scenario('micro', async () => benchMicro(root));

  results.meta.durationMs = performance.now() - started;
  results.meta.loadAverage = loadavg();
  results.meta.note =
    `Figures taken on ${cpus().length} cores; load average at the end ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' / ')}` +
    ' (1/5/15 min). The CPU may be shared with other work: compare figures of the same run, not across runs.';
  results.targets = checkTargets(results);

  // A partial (--only) or quick run must not replace the full report: it goes next to it.
  const base = onlyArg ? 'partial' : quick ? 'quick' : 'latest';
  await writeResults(base, results);
  printTable(results);
  log(
    `\nwrote bench/results/${base}.json and bench/results/${base}.html in ${(results.meta.durationMs / 1000).toFixed(0)} s`,
  );
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(async () => {
    await cleanup();
    clearTimeout(watchdog);
  });
