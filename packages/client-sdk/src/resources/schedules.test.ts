import { describe, expect, it } from 'vitest';
import { InternalServerError, RequestValidationError, ResponseValidationError } from '../core/errors.js';
import { createClient } from '../core-client.js';
import { mockFetch, json } from '../testing/mock-fetch.js';
import { routeClient } from '../testing/routes.js';
import { Schedules } from './schedules.js';

const leaked = {
  tenant: 'acme',
  mastra__authToken: 'owner-token-secret',
  mastra__userRoles: ['owner'],
};

const row = {
  id: 'schedule_renewal',
  workflowId: 'customer-onboarding',
  cron: '0 9 * * 1-5',
  timezone: 'Europe/Berlin',
  status: 'active',
  nextFireAt: 1796517600000,
  inputData: { customerId: 'C-1001' },
  requestContext: leaked,
  metadata: { label: 'Renewal reminder' },
  createdAt: 1796517479895,
  updatedAt: 1796517479895,
  lastRun: { status: 'success', durationMs: 14 },
};

describe('schedules', () => {
  it('list never exposes the stored request context (token) and sends its filters', async () => {
    const { client, last } = routeClient({ 'GET /api/schedules': { schedules: [row] } });
    const schedules = await client.schedules.list({ workflowId: 'customer-onboarding', status: 'active' });
    expect(schedules).toHaveLength(1);
    expect(schedules[0]).not.toHaveProperty('requestContext');
    expect(JSON.stringify(schedules)).not.toContain('owner-token-secret');
    expect(schedules[0]?.lastRun?.status).toBe('success');
    expect(last().url.searchParams.get('workflowId')).toBe('customer-onboarding');
    expect(last().url.searchParams.get('status')).toBe('active');
  });

  it('retrieve, pause and resume strip the token too', async () => {
    const { client } = routeClient({
      'GET /api/schedules/schedule_renewal': row,
      'POST /api/schedules/schedule_renewal/pause': { ...row, status: 'paused' },
      'POST /api/schedules/schedule_renewal/resume': row,
    });
    for (const value of [
      await client.schedules.retrieve('schedule_renewal'),
      await client.schedules.pause('schedule_renewal'),
      await client.schedules.resume('schedule_renewal'),
    ]) {
      expect(JSON.stringify(value)).not.toContain('mastra__authToken');
    }
  });

  it('a misfit body in a ResponseValidationError (or returned unvalidated) carries no token', async () => {
    const broken = { ...row, cron: 42 };
    const { client } = routeClient({ 'GET /api/schedules/x': broken });
    const error = (await client.schedules.retrieve('x').catch((e: unknown) => e)) as ResponseValidationError;
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(error.issues[0]?.path).toEqual(['cron']);
    expect(JSON.stringify(error.body)).not.toContain('owner-token-secret');

    const lax = routeClient({ 'GET /api/schedules/x': broken }, { validate: false });
    const raw = await lax.client.schedules.retrieve('x');
    expect(JSON.stringify(raw)).not.toContain('owner-token-secret');
  });

  it('create sends exactly the fields given, byte for byte, and no request context', async () => {
    const { client, last } = routeClient({ 'POST /api/schedules': row });
    await client.schedules.create({
      workflowId: 'customer-onboarding',
      cron: '0 9 * * 1-5',
      timezone: 'Europe/Berlin',
      inputData: { customerId: ' C-1001 ' },
    });
    expect(last().body).toEqual({
      workflowId: 'customer-onboarding',
      cron: '0 9 * * 1-5',
      timezone: 'Europe/Berlin',
      inputData: { customerId: ' C-1001 ' },
    });
  });

  it('create refuses a missing workflow id before sending', async () => {
    const { client, fetch } = routeClient({ 'POST /api/schedules': row });
    const error = await client.schedules
      .create({ workflowId: '', cron: '* * * * *' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestValidationError);
    expect(fetch.calls).toHaveLength(0);
  });

  it('the server 500 on an invalid cron surfaces as InternalServerError with its message', async () => {
    const { client } = routeClient({
      'POST /api/schedules': () =>
        new Response(JSON.stringify({ error: 'Invalid cron expression "nope"' }), {
          status: 500,
          headers: { 'content-type': 'application/json' },
        }),
    });
    const error = await client.schedules.create({ workflowId: 'w', cron: 'nope' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InternalServerError);
  });

  it('update patches, runNow is sent once (never retried), triggers page by actualFireAt', async () => {
    const { client, fetch, last } = routeClient({
      'PATCH /api/schedules/s1': row,
      'POST /api/schedules/s1/run': { scheduleId: 's1', claimId: 'sched_s1_1', scheduledFireAt: 1 },
      'GET /api/schedules/s1/triggers': {
        triggers: [
          {
            id: 't1',
            scheduleId: 's1',
            runId: 'sched_s1_1',
            scheduledFireAt: 1,
            actualFireAt: 2,
            outcome: 'published',
            triggerKind: 'manual',
            run: { status: 'suspended' },
          },
        ],
      },
    });
    await client.schedules.update('s1', { status: 'paused', metadata: { a: 1 } });
    expect(last().method).toBe('PATCH');
    expect(last().body).toEqual({ status: 'paused', metadata: { a: 1 } });
    expect((await client.schedules.runNow('s1')).claimId).toBe('sched_s1_1');
    const triggers = await client.schedules.triggers('s1', { limit: 5, toActualFireAt: 10 });
    expect(triggers[0]?.run?.status).toBe('suspended');
    expect(last().url.searchParams.get('limit')).toBe('5');
    expect(last().url.searchParams.get('toActualFireAt')).toBe('10');
    expect(fetch.calls.filter((c) => c.url.pathname.endsWith('/run'))).toHaveLength(1);
  });

  it('works as a standalone resource over createClient, created lazily once on MastraClient', async () => {
    const fetch = mockFetch(() => json({ schedules: [row] }));
    const schedules = new Schedules(createClient({ baseUrl: 'http://mastra.test', fetch, maxRetries: 0 }));
    const list = await schedules.list();
    expect(list[0]?.id).toBe('schedule_renewal');
    expect(JSON.stringify(list)).not.toContain('owner-token-secret');
    const { client } = routeClient({});
    expect(client.schedules).toBe(client.schedules);
    expect(client.schedules).toBeInstanceOf(Schedules);
  });
});
