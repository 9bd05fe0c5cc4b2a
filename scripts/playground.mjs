// `pnpm dev`: the playground. Starts the real Mastra server (offline deterministic model, demo organisation) and
// the host admin console, then says where to open it and what to type.
//   pnpm dev -- --reset                       restore the seed data first
//   pnpm dev -- --port 5174 --server-port 4112 other ports (or PADDOCK_APP_PORT / PADDOCK_SERVER_PORT)
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { connect } from 'node:net';
import { dirname, join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const argv = process.argv.slice(2);
/** @param {string} name */
const flag = (name) => {
  const at = argv.indexOf(name);
  return at >= 0 ? argv[at + 1] : undefined;
};
const reset = argv.includes('--reset');
const host = '127.0.0.1';
const serverPort = Number(flag('--server-port') ?? process.env.PADDOCK_SERVER_PORT ?? 4111);
const appPort = Number(flag('--port') ?? process.env.PADDOCK_APP_PORT ?? 5173);
/** @type {[string, number][]} */
const ports = [
  ['--server-port', serverPort],
  ['--port', appPort],
];
for (const [name, port] of ports) {
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    console.error(`${name} must be a port number (1-65535), got "${flag(name)}".`);
    process.exit(2);
  }
}
const serverUrl = `http://${host}:${serverPort}`;
const appUrl = `http://${host}:${appPort}`;

/** @param {number} port */
function listening(port) {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** Whether a playground server answers on the port (it reports its profile on /health). */
async function isPlaygroundServer() {
  try {
    const response = await fetch(`${serverUrl}/health`, { signal: AbortSignal.timeout(2000) });
    const body = /** @type {{ profile?: string }} */ (await response.json());
    return typeof body.profile === 'string';
  } catch {
    return false;
  }
}

// Checked before anything is built or started, so a second `pnpm dev` never rebuilds under a running one.
const [serverBusy, appBusy] = await Promise.all([listening(serverPort), listening(appPort)]);
if (serverBusy || appBusy) {
  if (serverBusy && appBusy && (await isPlaygroundServer())) {
    console.log(`The playground is already running: open ${appUrl}`);
    console.log('Stop the other `pnpm dev` first to restart it, or run one beside it on other ports:');
    console.log(`  pnpm dev -- --port ${appPort + 1} --server-port ${serverPort + 1}`);
    process.exit(0);
  }
  const taken = [serverBusy ? `${serverPort} (server)` : null, appBusy ? `${appPort} (console)` : null]
    .filter(Boolean)
    .join(' and ');
  console.error(`Port ${taken} is already in use by another program.`);
  console.error(`Pick free ones: pnpm dev -- --port ${appPort + 1} --server-port ${serverPort + 1}`);
  process.exit(1);
}

const build = spawnSync(process.execPath, ['build.mjs'], {
  cwd: join(root, 'playground/server'),
  stdio: ['ignore', 'ignore', 'inherit'],
});
if (build.status !== 0) process.exit(build.status ?? 1);

const viteBin = join(
  dirname(createRequire(join(root, 'playground/package.json')).resolve('vite/package.json')),
  'bin/vite.js',
);
const env = { ...process.env };
// Children run in their own process groups: Ctrl+C reaches only this script, which stops them in order and exits
// 0, so pnpm prints no ELIFECYCLE for a deliberate stop.
const children = [
  spawn(process.execPath, ['playground/server/dist/main.js', ...(reset ? ['--reset'] : [])], {
    cwd: root,
    stdio: 'inherit',
    detached: true,
    env: {
      ...env,
      PORT: String(serverPort),
      HOST: host,
      PADDOCK_CORS_ORIGINS: [env.PADDOCK_CORS_ORIGINS, appUrl, `http://localhost:${appPort}`]
        .filter(Boolean)
        .join(','),
    },
  }),
  spawn(
    process.execPath,
    [viteBin, '--host', host, '--port', String(appPort), '--strictPort', '--logLevel', 'warn'],
    {
      cwd: join(root, 'playground'),
      stdio: 'inherit',
      detached: true,
      env: { ...env, VITE_PADDOCK_SERVER_URL: serverUrl },
    },
  ),
];

let stopping = false;
/** @param {number} code */
function stop(code) {
  if (stopping) return;
  stopping = true;
  console.log('\nStopping the playground…');
  for (const child of children) {
    if (child.exitCode === null && child.pid) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        child.kill('SIGTERM');
      }
    }
  }
  setTimeout(() => process.exit(code), 8000).unref();
  Promise.all(children.map((c) => (c.exitCode === null ? new Promise((r) => c.once('exit', r)) : null))).then(
    () => process.exit(code),
  );
}
for (const child of children)
  child.once('exit', (code, signal) => {
    if (stopping) return;
    console.error(
      `\nThe ${child === children[0] ? 'server' : 'console'} stopped (${signal ?? `exit ${code}`}).`,
    );
    stop(code || 1);
  });
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

// Ready means seeded: /health answers 503 until the demo data is in place.
const deadline = Date.now() + 90_000;
while (!stopping && Date.now() < deadline) {
  const ok = await fetch(`${serverUrl}/health`, { signal: AbortSignal.timeout(2000) })
    .then((r) => r.ok)
    .catch(() => false);
  if (ok) break;
  await new Promise((r) => setTimeout(r, 250));
}
if (!stopping)
  console.log(`
  Paddock playground is ready

  Console  ${appUrl}
  Server   ${serverUrl}/api   (Mastra 1.x, offline deterministic model, demo data)

  Switch people in the console header: Olivia Owner, Adam Admin, Bea Builder, Remi Reviewer, Vic Viewer.

  In an agent's "Test the draft" panel the offline model picks the tool from your words:
    "Look up customer C-1001"            -> crm-lookup-tool
    "Search tickets about exports"       -> ticket-search-tool
    "Give me a summary of C-1001"        -> customer-summary-tool
    "Notify the team on slack"           -> slack-notify-tool
    "Refund C-1001 for the outage"       -> refund-issue-tool (asks for your approval first)
    "Ask for a 10% discount"             -> pricing-approval-tool (not on the allow-list)
    "use tool <id> with {json}"          -> exactly that tool
    add [fail] or [slow]                 -> a model error, or a word-by-word stream
  (the agent must have the tool bound; anything else is echoed back)

  Ctrl+C stops both. Fresh demo data: pnpm dev -- --reset
`);
