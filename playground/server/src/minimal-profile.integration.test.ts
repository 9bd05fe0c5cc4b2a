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

  const post = (path: string, body: unknown) =>
    fetch(`${server.baseUrl}/api${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });

  it('follows the scripting hook `use tool <id> with {json}`', async () => {
    const response = await post(`/agents/${MINIMAL_IDS.agent}/generate`, {
      messages: [{ role: 'user', content: 'use tool unit-convert-tool with {"celsius":100}' }],
    });
    const body = (await response.json()) as {
      text: string;
      toolCalls: { payload: { toolName: string; args: unknown } }[];
    };
    expect(body.toolCalls[0]?.payload).toMatchObject({
      toolName: 'unit-convert-tool',
      args: { celsius: 100 },
    });
    expect(body.text).toBe('Tool results received. unit-convert-tool -> {"fahrenheit":212}');
  });

  it('fails on demand with [fail]', async () => {
    const response = await post(`/agents/${MINIMAL_IDS.agent}/generate`, {
      messages: [{ role: 'user', content: 'hello [fail]' }],
    });
    expect(response.status).toBe(500);
    expect(await response.text()).toContain('simulated model failure');
  });

  it('streams [fail] as a 200 event stream carrying an error chunk, and no text', async () => {
    const response = await post(`/agents/${MINIMAL_IDS.agent}/stream`, {
      messages: [{ role: 'user', content: 'hello [fail]' }],
    });
    // The stream has begun before the model is called, so the failure cannot be an HTTP status.
    expect(response.status).toBe(200);
    const body = await response.text();
    const chunks = body
      .split('\n\n')
      .filter((line) => line.startsWith('data: {'))
      .map(
        (line) =>
          JSON.parse(line.slice(6)) as {
            type: string;
            payload?: { error?: { message?: string }; stepResult?: { reason?: string } };
          },
      );
    const errors = chunks.filter((chunk) => chunk.type === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]?.payload?.error?.message).toContain('simulated model failure requested by "[fail]"');
    expect(chunks.some((chunk) => chunk.type === 'text-delta')).toBe(false);
    expect(chunks.find((chunk) => chunk.type === 'finish')?.payload?.stepResult?.reason).toBe('error');
    expect(body.trim().endsWith('data: [DONE]')).toBe(true);
  });

  it('answers a CORS preflight for the playground origin and not for another one', async () => {
    const preflight = (origin: string) =>
      fetch(`${server.baseUrl}/api/agents/${MINIMAL_IDS.agent}/generate`, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'authorization,content-type',
        },
      });
    const allowed = await preflight('http://127.0.0.1:5173');
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:5173');
    expect(allowed.headers.get('access-control-allow-credentials')).toBe('true');
    expect(allowed.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('authorization');
    // Refused: no Access-Control-Allow-Origin, so the browser blocks the real request.
    const refused = await preflight('http://evil.example');
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('streams token by token with [slow]', async () => {
    const response = await post(`/agents/${MINIMAL_IDS.agent}/stream`, {
      messages: [{ role: 'user', content: 'one two three four [slow]' }],
    });
    const deltas = (await response.text())
      .split('\n\n')
      .filter((line) => line.startsWith('data: {'))
      .map((line) => JSON.parse(line.slice(6)) as { type: string; payload?: { text?: string } })
      .filter((chunk) => chunk.type === 'text-delta')
      .map((chunk) => chunk.payload?.text);
    expect(deltas).toEqual([
      'MOCK[deterministic-v1]: ',
      'You ',
      'said ',
      '"one ',
      'two ',
      'three ',
      'four".',
    ]);
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
