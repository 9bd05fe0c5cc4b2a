import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_AGENT_IDS, DEMO_WORKFLOW_IDS, SEED_STORED_AGENT_IDS } from './ids.js';
import { startTestServer, type TestServer } from './testing.js';

const preload = pathToFileURL(resolve(dirname(fileURLToPath(import.meta.url)), '../test/net-log.mjs')).href;

interface NetEntry {
  kind: 'connect' | 'lookup';
  host?: string;
  port?: number;
  path?: string;
}

function isLoopback(entry: NetEntry): boolean {
  if (entry.path !== undefined) return true; // unix socket / named pipe: never leaves the machine
  const host = entry.host ?? 'localhost';
  return host === 'localhost' || host === '::1' || host.startsWith('127.') || host === '::ffff:127.0.0.1';
}

let server: TestServer;
let logDir: string;
let logFile: string;
const headers = () => ({
  authorization: `Bearer ${server.tokens.owner}`,
  'content-type': 'application/json',
});
const api = (path: string, init?: RequestInit) =>
  fetch(`${server.baseUrl}/api${path}`, { ...init, headers: headers() });

beforeAll(async () => {
  logDir = mkdtempSync(join(tmpdir(), 'paddock-netlog-'));
  logFile = join(logDir, 'net.jsonl');
  // Keys that would make a careless server phone home: the server must ignore or refuse them.
  server = await startTestServer({
    env: {
      NODE_OPTIONS: `--import=${preload}`,
      PADDOCK_NET_LOG: logFile,
      MASTRA_LICENSE_KEY: 'not-a-real-key',
    },
  });
});
afterAll(async () => {
  await server?.stop();
  rmSync(logDir, { recursive: true, force: true });
});

describe('offline by default', () => {
  it('contacts only loopback while seeding and serving agents, providers, models, workflows and traces', async () => {
    const generate = await api(`/agents/${DEMO_AGENT_IDS.supportTriage}/generate`, {
      method: 'POST',
      body: JSON.stringify({ messages: [{ role: 'user', content: 'Look up customer C-1003' }] }),
    });
    expect(generate.status).toBe(200);
    const stream = await api(`/agents/${SEED_STORED_AGENT_IDS.published}/stream`, {
      method: 'POST',
      body: JSON.stringify({ messages: [{ role: 'user', content: 'Search tickets about invoices' }] }),
    });
    expect(await stream.text()).toContain('data: [DONE]');
    for (const path of [
      '/agents',
      '/agents/providers',
      '/editor/builder/models/available',
      '/editor/builder/settings',
      '/editor/builder/infrastructure',
      '/tools',
      '/workflows',
      '/observability/traces?perPage=5',
      '/system/packages',
    ]) {
      expect((await api(path)).status, path).toBe(200);
    }
    const created = (await (
      await api(`/workflows/${DEMO_WORKFLOW_IDS.weeklySupportReport}/create-run`, {
        method: 'POST',
        body: '{}',
      })
    ).json()) as {
      runId: string;
    };
    const run = await api(
      `/workflows/${DEMO_WORKFLOW_IDS.weeklySupportReport}/start-async?runId=${created.runId}`,
      {
        method: 'POST',
        body: JSON.stringify({ inputData: { team: 'Support' } }),
      },
    );
    expect(((await run.json()) as { status: string }).status).toBe('success');

    expect(existsSync(logFile)).toBe(true);
    const entries = readFileSync(logFile, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as NetEntry);
    // The seed talks to the server over loopback, so an empty log would mean the preload never ran.
    expect(entries.some((entry) => entry.kind === 'connect' && entry.host?.startsWith('127.'))).toBe(true);
    expect(entries.filter((entry) => !isLoopback(entry))).toEqual([]);
  });
});
