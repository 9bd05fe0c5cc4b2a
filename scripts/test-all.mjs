// The whole test suite, as CI runs it. Every step runs even when an earlier one fails, so one run shows every
// problem; the exit code is non-zero if anything failed. The last line adds up every test runner's counts.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const out = join(root, '.paddock-tmp', 'results');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const env = { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1', FORCE_COLOR: '0' };
const steps = [];
let passed = 0;
let failed = 0;
let skipped = 0;

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

function ensureChromium() {
  if (existsSync('/usr/bin/chromium')) return;
  console.log('Chromium is missing: installing Debian chromium');
  const sudo = process.getuid && process.getuid() === 0 ? [] : ['sudo'];
  const apt = (args) =>
    spawnSync(sudo[0] ?? 'apt-get', sudo.length ? ['apt-get', ...args] : args, { stdio: 'inherit', env });
  apt(['update']);
  const r = apt(['install', '-y', 'chromium']);
  if (r.status !== 0 || !existsSync('/usr/bin/chromium')) {
    console.error('Could not install chromium with apt-get');
    process.exit(1);
  }
}

function countVitest(file) {
  if (!existsSync(file)) return false;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests ?? 0;
  failed += report.numFailedTests ?? 0;
  skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  // A file that fails to load has no tests but is still a failure.
  for (const suite of report.testResults ?? []) {
    if (suite.status === 'failed' && (suite.assertionResults ?? []).length === 0) failed += 1;
  }
  return true;
}

function countPlaywright(file) {
  if (!existsSync(file)) return false;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const s = report.stats ?? {};
  passed += (s.expected ?? 0) + (s.flaky ?? 0);
  failed += s.unexpected ?? 0;
  skipped += s.skipped ?? 0;
  return true;
}

ensureChromium();

const pnpm = 'pnpm';
run('format', pnpm, ['exec', 'prettier', '--check', '.', '--log-level', 'warn']);
run('lint', pnpm, ['exec', 'eslint', '.', '--max-warnings', '0']);
run('typecheck', pnpm, ['exec', 'tsc', '-p', 'tsconfig.json']);
if (run('build packages', pnpm, ['run', 'build'])) run('packaging checks', pnpm, ['run', 'test:build']);
run('build playground server', pnpm, ['--filter', '@paddock/playground-server', 'run', 'build']);

const vitestJson = join(out, 'vitest.json');
run('vitest (sdk, ui, ui-browser, integration, storybook)', pnpm, [
  'exec',
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${vitestJson}`,
]);
if (!countVitest(vitestJson)) failed += 1;

run('storybook build', pnpm, ['--filter', '@paddock/stories', 'run', 'build']);

const pwJson = join(out, 'playwright.json');
run('playwright e2e', pnpm, ['exec', 'playwright', 'test', '-c', 'playground/playwright.config.ts'], {
  env: { ...env, PLAYWRIGHT_JSON_OUTPUT_NAME: pwJson },
});
if (!countPlaywright(pwJson)) failed += 1;

console.log('\nSteps:');
for (const s of steps) console.log(`  ${s.ok ? 'ok  ' : 'FAIL'} ${s.name} (${s.seconds} s)`);
const stepFailures = steps.filter((s) => !s.ok).length;
if (skipped) console.log(`${skipped} tests skipped`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(stepFailures > 0 || failed > 0 || passed === 0 ? 1 : 0);
