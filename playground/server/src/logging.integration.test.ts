import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './testing.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ profile: 'demo' });
});
afterAll(async () => {
  await server?.stop();
});

it('seeding prints no stack traces for the failures it makes on purpose', () => {
  const output = server.output();
  expect(output).toContain('[paddock] seeded in');
  expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  expect(output).not.toContain('Customer C-9999 not found');
  expect(output).not.toContain('simulated model failure');
});

it('the same failure after the seed is logged as usual', async () => {
  const response = await fetch(`${server.baseUrl}/api/agents/account-research-agent/generate`, {
    method: 'POST',
    headers: { authorization: `Bearer ${server.tokens.builder}`, 'content-type': 'application/json' },
    body: JSON.stringify({ messages: [{ role: 'user', content: 'Look up customer C-1002 [fail]' }] }),
  });
  expect(response.status).toBe(500);
  await expect.poll(() => server.output(), { timeout: 10_000 }).toContain('simulated model failure');
});
