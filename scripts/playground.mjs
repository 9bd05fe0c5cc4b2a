// Starts the playground: the real Mastra server (offline by default) on 127.0.0.1:4111 and the host admin
// console on http://127.0.0.1:5173. `pnpm dev -- --reset` restores the seed data first.
import { spawn, spawnSync } from 'node:child_process';

const root = new URL('..', import.meta.url).pathname;
const reset = process.argv.includes('--reset');
const env = { ...process.env };

const build = spawnSync('pnpm', ['--filter', '@paddock/playground-server', 'run', 'build'], {
  cwd: root,
  stdio: 'inherit',
  env,
});
if (build.status !== 0) process.exit(build.status ?? 1);

const children = [
  spawn(process.execPath, ['playground/server/dist/main.js', ...(reset ? ['--reset'] : [])], {
    cwd: root,
    stdio: 'inherit',
    env,
  }),
  spawn('pnpm', ['--filter', '@paddock/playground', 'run', 'dev'], { cwd: root, stdio: 'inherit', env }),
];

console.log('\nPaddock playground: http://127.0.0.1:5173  (Mastra server: http://127.0.0.1:4111/api)\n');

let stopping = false;
/** @param {number} code */
function stop(code) {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 8000).unref();
  Promise.all(children.map((c) => (c.exitCode === null ? new Promise((r) => c.once('exit', r)) : null))).then(
    () => process.exit(code),
  );
}
for (const child of children) child.once('exit', (code) => stop(code ?? 0));
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
