/**
 * Test helper: starts the real playground server as a child process on a free port with a fresh database.
 * Every integration and end-to-end test talks to a server started here.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { REAL_PROVIDER_ENV_KEYS } from './ids.js';
import { TOKENS, type Role } from './roles.js';

export type { Role } from './roles.js';

export interface TestServer {
  /** e.g. `http://127.0.0.1:43123` (no `/api` suffix; routes live under `/api`). */
  baseUrl: string;
  /** Bearer tokens per role; an empty object when auth is off (profile `minimal`). */
  tokens: Record<Role, string>;
  /** The folder holding the LibSQL file: a fresh temporary one unless `options.dataDir` was given. */
  dataDir: string;
  /** Everything the server printed so far (stdout and stderr, the last ~16 kB). */
  output(): string;
  /**
   * Stops the server (process tree) and removes `dataDir` unless the caller passed it in. Safe to call twice
   * (the second call returns the first result). The result says whether a clean SIGTERM stop was not enough.
   */
  stop(): Promise<StopResult>;
}

export interface StopResult {
  /** The server's exit code (`null` when it ended by a signal). */
  code: number | null;
  signal: NodeJS.Signals | null;
  /** True when the server ignored SIGTERM for 8 s and had to be SIGKILLed: a shutdown that hangs. */
  forcedKill: boolean;
}

export interface StartTestServerOptions {
  /**
   * `demo`: the demo organisation (builder on, auth + RBAC on, seeded).
   * `minimal`: other primitives, no builder, auth off, no seed.
   * @default 'demo'
   */
  profile?: 'demo' | 'minimal';
  /** Seed the demo data before reporting healthy. @default true for 'demo' */
  seed?: boolean;
  /**
   * Extra environment for the server process (e.g. `NODE_OPTIONS`). Real-provider API keys
   * (`OPENAI_API_KEY`, `ANTHROPIC_API_KEY`) reach the server only through here: the ones in the caller's own
   * environment are dropped, so a developer's exported key never makes a test list or call a real model.
   */
  env?: Record<string, string>;
  /**
   * Use this data folder instead of a fresh temporary one, e.g. to restart on the same database. The helper
   * never deletes a folder it did not create.
   */
  dataDir?: string;
  /** Start with `--reset` (the server wipes `dataDir` and reseeds). @default false */
  reset?: boolean;
  /**
   * The memory resource comes from the signed-in user (`mapUserToResourceId`), as on multi-tenant servers:
   * agents with memory (every stored agent here, the builder pins memory) refuse runs that name no thread.
   * The seed's own runs name none, so pair it with `seed: false`. @default false
   */
  resourceFromUser?: boolean;
}

const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const distEntry = join(packageDir, 'dist', 'main.js');
/** Generous: several workers share two cores; a quiet machine is healthy in 3-5 s. */
const STARTUP_TIMEOUT_MS = 45_000;
const OUTPUT_TAIL_CHARS = 4000;

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(path));
    else if (!entry.name.includes('.test.')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/** Rebuilds dist/ when it is missing or older than src/ (the bundle starts faster than tsx and uses 1/3 of the memory). */
export function ensureBuilt(): string {
  const stale =
    !existsSync(distEntry) ||
    statSync(distEntry).mtimeMs <
      Math.max(newestMtime(join(packageDir, 'src')), statSync(join(packageDir, 'build.mjs')).mtimeMs);
  if (stale)
    execFileSync(process.execPath, [join(packageDir, 'build.mjs')], { cwd: packageDir, stdio: 'pipe' });
  return distEntry;
}

/** A TCP port that was free on 127.0.0.1 a moment ago (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolveExit) => child.once('exit', () => resolveExit()));
}

function killTree(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    // Negative pid: the whole process group the detached child leads.
    process.kill(-child.pid, signal);
  } catch {
    child.kill(signal);
  }
}

export async function startTestServer(options: StartTestServerOptions = {}): Promise<TestServer> {
  const profile = options.profile ?? 'demo';
  const seed = options.seed ?? profile === 'demo';
  const entry = ensureBuilt();
  const port = await freePort();
  const ownsDataDir = options.dataDir === undefined;
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'paddock-server-'));
  const baseUrl = `http://127.0.0.1:${port}`;
  const inherited = { ...process.env };
  for (const key of REAL_PROVIDER_ENV_KEYS) delete inherited[key];

  let output = '';
  const child = spawn(process.execPath, [entry, ...(options.reset ? ['--reset'] : [])], {
    cwd: packageDir,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...inherited,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      PADDOCK_SERVER_PROFILE: profile,
      PADDOCK_SEED: seed ? '1' : '0',
      ...(options.resourceFromUser ? { PADDOCK_RESOURCE_FROM_USER: '1' } : {}),
      ...options.env,
    },
  });
  const capture = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-OUTPUT_TAIL_CHARS * 4);
  };
  child.stdout?.on('data', capture);
  child.stderr?.on('data', capture);

  let stopping: Promise<StopResult> | undefined;
  const stop = (): Promise<StopResult> =>
    (stopping ??= (async () => {
      let forcedKill = false;
      killTree(child, 'SIGTERM');
      const timer = setTimeout(() => {
        forcedKill = true;
        killTree(child, 'SIGKILL');
      }, 8000);
      await exited(child);
      clearTimeout(timer);
      if (ownsDataDir) rmSync(dataDir, { recursive: true, force: true });
      if (forcedKill) console.warn(`[paddock] server on ${baseUrl} ignored SIGTERM for 8 s: SIGKILLed`);
      return { code: child.exitCode, signal: child.signalCode, forcedKill };
    })());

  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  let lastError = 'no response yet';
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      lastError = `server exited early (code ${child.exitCode}, signal ${child.signalCode})`;
      break;
    }
    try {
      const response = await fetch(`${baseUrl}/health`, { signal: AbortSignal.timeout(2000) });
      if (response.ok) {
        return {
          baseUrl,
          tokens: profile === 'demo' ? { ...TOKENS } : ({} as Record<Role, string>),
          dataDir,
          output: () => output,
          stop,
        };
      }
      lastError = `GET /health -> ${response.status}`;
    } catch (error) {
      lastError = error instanceof Error ? error.message : String(error);
    }
    await new Promise((wait) => setTimeout(wait, 150));
  }
  await stop();
  throw new Error(
    `playground server (${profile}) did not become healthy on ${baseUrl}: ${lastError}\n--- server output (tail) ---\n${output.slice(-OUTPUT_TAIL_CHARS)}`,
  );
}
