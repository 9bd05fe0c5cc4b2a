/**
 * Playwright global setup: the e2e run gets its own real Mastra server (through the server's test helper: a free
 * port, a fresh temporary database, seeded) and its own build of the console served on another free port. Never
 * the developer's `pnpm dev` server (4111/5173) or its data, even when one is running.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, startTestServer } from '@paddock/playground-server/testing';

const root = fileURLToPath(new URL('..', import.meta.url));
const APP_STARTUP_TIMEOUT_MS = 60_000;

async function waitForOk(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + APP_STARTUP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite preview exited early (code ${child.exitCode})`);
    try {
      if ((await fetch(url, { signal: AbortSignal.timeout(2000) })).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((wait) => setTimeout(wait, 200));
  }
  throw new Error(`vite preview did not answer on ${url}`);
}

export default async function globalSetup(): Promise<() => Promise<void>> {
  const appPort = await freePort();
  const appUrl = `http://127.0.0.1:${appPort}`;
  // A short scheduler tick: a seconds cron fires within half a second of its slot (workflows.spec.ts).
  const server = await startTestServer({
    env: { PADDOCK_CORS_ORIGINS: appUrl, PADDOCK_SCHEDULER_TICK_MS: '500' },
  });
  // Its own output folder: a concurrent `vite build` (another run, the developer) must not swap files under us.
  const outDir = mkdtempSync(join(tmpdir(), 'paddock-e2e-app-'));
  let preview: ChildProcess | undefined;
  const teardown = async () => {
    if (preview?.pid !== undefined && preview.exitCode === null) {
      process.kill(-preview.pid, 'SIGTERM');
      await new Promise((done) => preview?.once('exit', done));
    }
    await server.stop();
    rmSync(outDir, { recursive: true, force: true });
  };
  try {
    // The server URL is baked into the bundle at build time (VITE_*), so the app is built for this server.
    const vite = ['--filter', '@paddock/playground', 'exec', 'vite'];
    const build = spawnSync(
      'pnpm',
      [...vite, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'],
      {
        cwd: root,
        stdio: 'inherit',
        env: { ...process.env, VITE_PADDOCK_SERVER_URL: server.baseUrl },
      },
    );
    if (build.status !== 0) throw new Error(`building the playground failed (exit ${build.status})`);
    preview = spawn(
      'pnpm',
      [
        ...vite,
        'preview',
        '--outDir',
        outDir,
        '--host',
        '127.0.0.1',
        '--port',
        String(appPort),
        '--strictPort',
      ],
      { cwd: root, stdio: 'ignore', detached: true },
    );
    await waitForOk(appUrl, preview);
  } catch (error) {
    await teardown();
    throw error;
  }
  // Workers are started after global setup and inherit these.
  process.env.PADDOCK_E2E_APP_URL = appUrl;
  process.env.PADDOCK_E2E_SERVER_URL = server.baseUrl;
  process.env.PADDOCK_E2E_SERVER_PORT = new URL(server.baseUrl).port;
  return teardown;
}
