import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './testing.js';

const preload = pathToFileURL(resolve(dirname(fileURLToPath(import.meta.url)), '../test/net-log.mjs')).href;
// Fake, well-formed keys: enough for the server to register the providers. Nothing here may call a model.
const FAKE_KEYS = { OPENAI_API_KEY: 'sk-paddock-fake-openai', ANTHROPIC_API_KEY: 'sk-ant-paddock-fake' };

interface Available {
  providers: { id: string; connected: boolean; models?: unknown[] }[];
}

async function get<T>(server: TestServer, path: string): Promise<T> {
  const response = await fetch(`${server.baseUrl}/api${path}`, {
    headers: { authorization: `Bearer ${server.tokens.builder}` },
  });
  expect(response.status, path).toBe(200);
  return (await response.json()) as T;
}

describe('real providers only with keys', () => {
  let keyed: TestServer | undefined;
  let ambient: TestServer | undefined;
  let logDir: string;
  const saved = { ...process.env };

  beforeAll(async () => {
    logDir = mkdtempSync(join(tmpdir(), 'paddock-netlog-'));
    // A developer with keys exported: the helper must not hand them to a server that was not given them.
    Object.assign(process.env, FAKE_KEYS);
    ambient = await startTestServer({ seed: false });
    // Seeded: the seed's agent runs go through model resolution with the keyed gateways registered.
    keyed = await startTestServer({
      env: { ...FAKE_KEYS, NODE_OPTIONS: `--import=${preload}`, PADDOCK_NET_LOG: join(logDir, 'net.jsonl') },
    });
  });
  afterAll(async () => {
    for (const key of Object.keys(FAKE_KEYS)) {
      if (saved[key] === undefined) delete process.env[key];
      else process.env[key] = saved[key];
    }
    await ambient?.stop();
    await keyed?.stop();
    rmSync(logDir, { recursive: true, force: true });
  });

  it('ignores keys that are only in the calling environment', async () => {
    const models = await get<Available>(ambient!, '/editor/builder/models/available');
    expect(models.providers.map((provider) => provider.id)).toEqual(['mock']);
  });

  it('lists and allow-lists a provider whose key is passed, without leaving loopback', async () => {
    const models = await get<Available>(keyed!, '/editor/builder/models/available');
    const ids = models.providers.map((provider) => provider.id);
    expect(ids).toEqual(expect.arrayContaining(['mock', 'openai', 'anthropic']));
    expect(models.providers.find((provider) => provider.id === 'openai')).toMatchObject({ connected: true });
    const settings = await get<{ modelPolicy: { allowed: unknown[] } }>(keyed!, '/editor/builder/settings');
    expect(settings.modelPolicy.allowed).toEqual([
      { kind: 'custom', provider: 'mock' },
      { provider: 'openai' },
      { provider: 'anthropic' },
    ]);

    const entries = readFileSync(join(logDir, 'net.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { host?: string; path?: string });
    // The seed reaches the server over loopback: no such entry would mean the preload never ran.
    expect(entries.some((entry) => entry.host?.startsWith('127.'))).toBe(true);
    const remote = entries.filter(
      (entry) =>
        entry.path === undefined &&
        !(entry.host === 'localhost' || entry.host === '::1' || entry.host?.startsWith('127.')),
    );
    expect(remote).toEqual([]);
  });
});
