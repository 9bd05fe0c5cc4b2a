import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './testing.js';
import { MINIMAL_IDS } from './ids.js';

describe('startTestServer (minimal profile)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ profile: 'minimal' });
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('serves the minimal primitives without auth and without the builder', async () => {
    expect(server.tokens).toEqual({});
    const agents = (await (await fetch(`${server.baseUrl}/api/agents`)).json()) as Record<string, unknown>;
    expect(Object.keys(agents)).toEqual([MINIMAL_IDS.agent]);
    const tools = (await (await fetch(`${server.baseUrl}/api/tools`)).json()) as Record<string, unknown>;
    expect(Object.keys(tools).sort()).toEqual([MINIMAL_IDS.tools.unitConvert, MINIMAL_IDS.tools.weather]);
    const settings = (await (await fetch(`${server.baseUrl}/api/editor/builder/settings`)).json()) as {
      enabled: boolean;
    };
    expect(settings.enabled).toBe(false);
    const caps = (await (await fetch(`${server.baseUrl}/api/auth/capabilities`)).json()) as {
      enabled: boolean;
    };
    expect(caps.enabled).toBe(false);
  });

  it('runs its agent with the deterministic model', async () => {
    const response = await fetch(`${server.baseUrl}/api/agents/${MINIMAL_IDS.agent}/generate`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ messages: [{ role: 'user', content: 'What is the weather in Oslo?' }] }),
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { text: string };
    expect(body.text).toContain('weather-lookup-tool -> {"city":"Oslo","tempC":-2,"sky":"snow"}');
  });

  it('stop() removes the data folder', async () => {
    const { existsSync } = await import('node:fs');
    const extra = await startTestServer({ profile: 'minimal' });
    expect(existsSync(extra.dataDir)).toBe(true);
    await extra.stop();
    expect(existsSync(extra.dataDir)).toBe(false);
    await expect(fetch(`${extra.baseUrl}/health`)).rejects.toThrow();
  });
});
