// The whole test suite, as CI runs it. Every step runs even when an earlier one fails, so one run shows every
// problem; the exit code is non-zero if anything failed. The last line adds up every test runner's counts and
// one check per non-test step.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const out = join(root, '.paddock-tmp', 'results');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const env = { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1', FORCE_COLOR: '0' };
/** @type {{ name: string, ok: boolean, seconds: string }[]} */
const steps = [];
// Every check counts in the summary line: one per test, plus one per non-test step (format, lint, ...), so a
// run that failed can never print "0 failed".
let passed = 0;
let failed = 0;
let skipped = 0;
/** @type {string[]} */
const problems = [];

/** @param {string} why */
function failure(why) {
  failed += 1;
  problems.push(why);
}

/**
 * @param {string} name
 * @param {string} cmd
 * @param {string[]} args
 * @param {import('node:child_process').SpawnSyncOptions} [opts]
 */
function run(name, cmd, args, opts = {}) {
  const started = Date.now();
  console.log(`\n▶ ${name}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { cwd: root, env, stdio: 'inherit', ...opts });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const ok = r.status === 0;
  steps.push({ name, ok, seconds });
  console.log(`${ok ? '✔' : '✘'} ${name} (${seconds} s, exit ${r.status ?? r.signal})`);
  return ok;
}

/**
 * A step that is not a test runner: it counts as one check.
 * @param {string} name
 * @param {string} cmd
 * @param {string[]} args
 */
function check(name, cmd, args) {
  const ok = run(name, cmd, args);
  if (ok) passed += 1;
  else failure(`step "${name}" failed`);
  return ok;
}

function summary() {
  console.log('\nSteps:');
  for (const s of steps) console.log(`  ${s.ok ? 'ok  ' : 'FAIL'} ${s.name} (${s.seconds} s)`);
  if (problems.length)
    console.log(`\nFailures outside test counts:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  if (skipped) console.log(`${skipped} tests skipped`);
  console.log(`\n${passed} passed, ${failed} failed`);
}

function ensureChromium() {
  if (existsSync('/usr/bin/chromium')) return;
  console.log('Chromium is missing: installing Debian chromium');
  const sudo = process.getuid && process.getuid() === 0 ? [] : ['sudo'];
  /** @param {string[]} args */
  const apt = (args) =>
    spawnSync(sudo[0] ?? 'apt-get', sudo.length ? ['apt-get', ...args] : args, { stdio: 'inherit', env });
  apt(['update']);
  const r = apt(['install', '-y', 'chromium']);
  if (r.status !== 0 || !existsSync('/usr/bin/chromium')) {
    console.error('Could not install chromium with apt-get');
    failure('could not install chromium with apt-get');
    summary();
    process.exit(1);
  }
}

// The projects vitest.config.ts defines. Listed here too so that a project dropped from the config (not only
// one whose glob matches nothing) is noticed.
const VITEST_PROJECTS = ['sdk', 'ui', 'ui-browser', 'integration', 'storybook'];

/**
 * Reads the counts written by scripts/vitest-summary-reporter.ts.
 * @param {string} file
 * @param {boolean} exitOk
 */
function countVitest(file, exitOk) {
  const before = failed;
  if (!existsSync(file)) {
    failure('vitest wrote no summary (it crashed before the end of the run)');
    return;
  }
  /** @type {import('./vitest-summary-reporter.ts').VitestSummary} */
  const report = JSON.parse(readFileSync(file, 'utf8'));
  for (const name of new Set([...VITEST_PROJECTS, ...Object.keys(report.projects)])) {
    const p = report.projects[name] ?? { passed: 0, failed: 0, skipped: 0 };
    console.log(`  vitest ${name}: ${p.passed} passed, ${p.failed} failed, ${p.skipped} skipped`);
    passed += p.passed;
    failed += p.failed;
    skipped += p.skipped;
    if (p.passed + p.failed === 0) failure(`vitest project "${name}" ran no tests`);
  }
  for (let i = 0; i < report.unhandledErrors; i += 1) failure('vitest: unhandled error outside any test');
  if (!exitOk && failed === before) failure('vitest exited non-zero without a failed test');
}

/**
 * @param {string} file
 * @param {boolean} exitOk
 */
function countPlaywright(file, exitOk) {
  const before = failed;
  if (!existsSync(file)) {
    failure('playwright wrote no JSON report');
    return;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const s = report.stats ?? {};
  passed += (s.expected ?? 0) + (s.flaky ?? 0);
  failed += s.unexpected ?? 0;
  skipped += s.skipped ?? 0;
  // Errors outside any test (the webServer or globalSetup failed) leave stats at zero.
  for (const error of report.errors ?? [])
    failure(`playwright: ${String(error.message ?? error).split('\n')[0]}`);
  if ((s.expected ?? 0) + (s.flaky ?? 0) + (s.unexpected ?? 0) === 0) failure('playwright e2e ran no tests');
  if (!exitOk && failed === before) failure('playwright exited non-zero without a failed test');
}

ensureChromium();

const pnpm = 'pnpm';
check('format', pnpm, ['exec', 'prettier', '--check', '.', '--log-level', 'warn']);
check('lint', pnpm, ['exec', 'eslint', '.', '--max-warnings', '0']);
check('typecheck', pnpm, ['exec', 'tsc', '-p', 'tsconfig.json']);
if (check('build packages', pnpm, ['run', 'build'])) {
  check('packaging checks', pnpm, ['run', 'test:build']);
  // Both read the built dist/: the public API against the checked-in reports, the import rows against their limits.
  check('API report', process.execPath, ['scripts/api-report.mjs']);
  check('size budgets', process.execPath, ['scripts/size-budgets.mjs']);
}
check('build playground server', pnpm, ['--filter', '@paddock/playground-server', 'run', 'build']);

const vitestSummary = join(out, 'vitest-summary.json');
const vitestOk = run(
  'vitest (sdk, ui, ui-browser, integration, storybook)',
  pnpm,
  ['exec', 'vitest', 'run', '--reporter=default', '--reporter=./scripts/vitest-summary-reporter.ts'],
  { env: { ...env, PADDOCK_VITEST_SUMMARY: vitestSummary } },
);
countVitest(vitestSummary, vitestOk);

check('storybook build', pnpm, ['--filter', '@paddock/stories', 'run', 'build']);

const pwJson = join(out, 'playwright.json');
const playwrightOk = run(
  'playwright e2e',
  pnpm,
  ['exec', 'playwright', 'test', '-c', 'playground/playwright.config.ts'],
  { env: { ...env, PLAYWRIGHT_JSON_OUTPUT_NAME: pwJson } },
);
countPlaywright(pwJson, playwrightOk);

summary();
const stepFailures = steps.filter((s) => !s.ok).length;
process.exit(stepFailures > 0 || failed > 0 || passed === 0 ? 1 : 0);
