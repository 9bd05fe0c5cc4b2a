import { LibSQLStore } from '@mastra/libsql';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_SCHEDULE_IDS, DEMO_WORKFLOW_IDS } from './ids.js';
import { startTestServer, type Role, type TestServer } from './testing.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- raw server JSON, asserted field by field
type Json = any;
let server: TestServer;

beforeAll(async () => {
  // A short tick: a seconds cron fires within half a second of its slot instead of up to 10 s late.
  server = await startTestServer({ seed: false, env: { PADDOCK_SCHEDULER_TICK_MS: '300' } });
});
afterAll(async () => {
  await server?.stop();
});

async function call(role: Role, method: string, path: string, body?: unknown) {
  const response = await fetch(`${server.baseUrl}/api${path}`, {
    method,
    headers: {
      authorization: `Bearer ${server.tokens[role]}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, text, json: (text ? JSON.parse(text) : undefined) as Json };
}

async function waitFor<T>(probe: () => Promise<T | undefined>, what: string, ms = 30_000): Promise<T> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`timed out waiting for ${what}\n${server.output().slice(-2000)}`);
}

describe('schedules on the playground server', () => {
  it('the demo org has the daily renewal reminder, created without anyone’s token', async () => {
    const { status, json } = await call('viewer', 'GET', `/schedules/${DEMO_SCHEDULE_IDS.renewalReminder}`);
    expect(status).toBe(200);
    expect(json).toMatchObject({
      workflowId: DEMO_WORKFLOW_IDS.renewalReminder,
      cron: '0 9 * * 1-5',
      timezone: 'Europe/Berlin',
      status: 'active',
    });
  });

  it('a viewer cannot read the token of the user who created or edited a schedule', async () => {
    const created = await call('owner', 'POST', '/schedules', {
      id: 'token probe',
      workflowId: DEMO_WORKFLOW_IDS.weeklySupportReport,
      cron: '0 0 1 1 *',
      timezone: 'UTC',
      requestContext: { tenant: 'acme' },
    });
    expect(created.status).toBe(200);
    expect(created.text).not.toContain(server.tokens.owner);
    const id = created.json.id as string;
    // PATCH re-stores the patcher's context (admin token now).
    const patched = await call('admin', 'PATCH', `/schedules/${id}`, { metadata: { label: 'probe' } });
    expect(patched.status).toBe(200);
    expect(patched.text).not.toContain(server.tokens.admin);

    for (const path of ['/schedules', `/schedules/${id}`]) {
      const read = await call('viewer', 'GET', path);
      expect(read.status).toBe(200);
      expect(read.text).not.toContain(server.tokens.owner);
      expect(read.text).not.toContain(server.tokens.admin);
      expect(read.text).not.toContain('mastra__authToken');
      expect(read.text).not.toContain('requestContext');
    }
    // The stored row really holds the admin's token: the guard, not luck, keeps it out of the responses.
    const store = new LibSQLStore({ id: 'probe', url: `file:${join(server.dataDir, 'mastra.db')}` });
    const row = await (await store.getStore('schedules'))?.getSchedule(id);
    expect(JSON.stringify(row)).toContain(server.tokens.admin);
    const paused = await call('admin', 'POST', `/schedules/${id}/pause`);
    expect(paused.text).not.toContain(server.tokens.admin);
    expect(paused.json.status).toBe('paused');
  });

  it('a seconds cron fires with the short tick; the fire is in its history and its run opens', async () => {
    const created = await call('owner', 'POST', '/schedules', {
      id: 'every two seconds',
      workflowId: DEMO_WORKFLOW_IDS.renewalReminder,
      cron: '*/2 * * * * *',
      inputData: { withinDays: 7, channel: '#test' },
    });
    expect(created.status).toBe(200);
    const id = created.json.id as string;
    const trigger = await waitFor(async () => {
      const { json } = await call('viewer', 'GET', `/schedules/${id}/triggers`);
      return (json.triggers as Json[]).find(
        (t) => t.triggerKind === 'schedule-fire' && t.run?.status === 'success',
      );
    }, 'a successful fire');
    expect(trigger.runId).toMatch(new RegExp(`^sched_${id}_\\d+$`));
    const run = await call(
      'viewer',
      'GET',
      `/workflows/${DEMO_WORKFLOW_IDS.renewalReminder}/runs/${trigger.runId}`,
    );
    expect(run.status).toBe(200);
    expect(run.json.status).toBe('success');
    expect(run.text).not.toContain(server.tokens.owner);
    await call('owner', 'DELETE', `/schedules/${id}`);
  });

  it('permissions follow the server: a viewer may not pause, run or delete', async () => {
    const id = DEMO_SCHEDULE_IDS.renewalReminder;
    expect((await call('viewer', 'POST', `/schedules/${id}/pause`)).status).toBe(403);
    expect((await call('viewer', 'POST', `/schedules/${id}/run`)).status).toBe(403);
    expect((await call('viewer', 'DELETE', `/schedules/${id}`)).status).toBe(403);
  });
});
