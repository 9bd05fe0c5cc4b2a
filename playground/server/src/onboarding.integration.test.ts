import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_WORKFLOW_IDS } from './ids.js';
import { startTestServer, type TestServer } from './testing.js';

interface StepRecord {
  status: string;
  output?: Record<string, unknown>;
  suspendPayload?: Record<string, unknown>;
  resumePayload?: Record<string, unknown>;
}
interface RunView {
  status: string;
  steps: Record<string, StepRecord>;
  result?: Record<string, unknown>;
}
interface Span {
  spanId: string;
  parentSpanId?: string | null;
  spanType: string;
  name: string;
  status: string;
  entityId?: string | null;
  attributes?: Record<string, unknown> | null;
  error?: { message: string } | null;
  metadata?: Record<string, unknown> | null;
}

const workflow = DEMO_WORKFLOW_IDS.customerOnboarding;
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ seed: false });
});
afterAll(async () => {
  await server?.stop();
});

async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${server.baseUrl}/api${path}`, {
    method,
    headers: { authorization: `Bearer ${server.tokens.admin}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  expect(response.status, `${method} ${path}`).toBe(200);
  return (await response.json()) as T;
}

async function traceOf(runId: string): Promise<Span[]> {
  const roots = await api<{ spans: { traceId: string }[] }>('GET', `/observability/traces?runId=${runId}`);
  expect(roots.spans).toHaveLength(1);
  return (await api<{ spans: Span[] }>('GET', `/observability/traces/${roots.spans[0]?.traceId}`)).spans;
}

describe('customer onboarding workflow', () => {
  it('retries the flaky step, suspends for approval, and resumes to success', async () => {
    const { runId } = await api<{ runId: string }>('POST', `/workflows/${workflow}/create-run`, {});
    const started = await api<RunView>('POST', `/workflows/${workflow}/start-async?runId=${runId}`, {
      inputData: { customerId: 'C-1002', plan: 'starter' },
    });
    expect(started.status).toBe('suspended');

    const suspended = await api<RunView>('GET', `/workflows/${workflow}/runs/${runId}`);
    expect(suspended.status).toBe('suspended');
    // Parallel branches both ran; the flaky one needed a second attempt.
    expect(suspended.steps['provision-workspace']).toMatchObject({
      status: 'success',
      output: { attempts: 2 },
    });
    expect(suspended.steps['enrich-crm-profile']?.status).toBe('success');
    expect(suspended.steps['request-approval']).toMatchObject({
      status: 'suspended',
      suspendPayload: { workspaceId: 'ws-c-1002' },
    });
    expect(suspended.steps['send-welcome']).toBeUndefined();

    const beforeResume = await traceOf(runId);
    const provision = beforeResume.find((span) => span.name === "workflow step: 'provision-workspace'");
    const attempts = beforeResume
      .filter((span) => span.parentSpanId === provision?.spanId)
      .sort((a, b) => a.name.localeCompare(b.name));
    expect(attempts.map((span) => [span.name, span.status])).toEqual([
      ['provisioning attempt 1', 'error'],
      ['provisioning attempt 2', 'success'],
    ]);
    expect(attempts[0]?.error?.message).toContain('timed out');
    const approval = beforeResume.find((span) => span.name === "workflow step: 'request-approval'");
    expect(approval?.attributes).toMatchObject({ status: 'suspended' });
    expect(beforeResume.some((span) => span.spanType === 'workflow_parallel')).toBe(true);

    const resumed = await api<RunView>('POST', `/workflows/${workflow}/resume-async?runId=${runId}`, {
      step: 'request-approval',
      resumeData: { approved: true, approver: 'u-reviewer' },
    });
    expect(resumed.status).toBe('success');
    const done = await api<RunView>('GET', `/workflows/${workflow}/runs/${runId}`);
    expect(done.steps['request-approval']).toMatchObject({
      status: 'success',
      resumePayload: { approved: true, approver: 'u-reviewer' },
    });
    expect(done.result).toMatchObject({ status: 'onboarded', workspaceId: 'ws-c-1002' });

    const afterResume = await traceOf(runId);
    const resumedRun = afterResume.find(
      (span) => span.spanType === 'workflow_run' && span.metadata?.resumed === true,
    );
    expect(resumedRun?.attributes).toMatchObject({ status: 'success' });
    expect(
      afterResume.some((span) => span.name === "workflow step: 'send-welcome'" && span.status === 'success'),
    ).toBe(true);
  });

  it('fails without retries when the customer does not exist', async () => {
    const { runId } = await api<{ runId: string }>('POST', `/workflows/${workflow}/create-run`, {});
    const result = await api<RunView & { error?: { message?: string } }>(
      'POST',
      `/workflows/${workflow}/start-async?runId=${runId}`,
      { inputData: { customerId: 'C-0000' } },
    );
    expect(result.status).toBe('failed');
    expect(result.steps['validate-customer']?.status).toBe('failed');
    expect(result.steps['provision-workspace']).toBeUndefined();
    const trace = await traceOf(runId);
    expect(trace.find((span) => span.spanType === 'workflow_run')?.status).toBe('error');
  });
});
