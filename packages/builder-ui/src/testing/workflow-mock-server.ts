import { MastraClient } from '@paddock/client-sdk';
import { mockCapabilities, type MockRole } from './mock-server.js';

/**
 * In-memory stand-in for the workflow-run and schedule routes, served through the SDK's injectable `fetch`.
 * Shapes follow the real server (mastra-api §3.4, mastra-schedules §2.3): the onboarding workflow suspended for
 * approval after its provisioning step needed two attempts, and a daily renewal reminder with two fires.
 */
const step = (id: string, extra: Record<string, unknown> = {}) => ({ type: 'step', step: { id, ...extra } });

export const onboardingStepGraph = [
  step('validate-customer'),
  { type: 'parallel', steps: [step('provision-workspace'), step('enrich-crm-profile')] },
  step('request-approval', { canSuspend: true }),
  step('send-welcome'),
];

export const onboardingInfo = {
  name: 'customer-onboarding-workflow',
  stepGraph: onboardingStepGraph,
  steps: {
    'request-approval': {
      id: 'request-approval',
      resumeSchema: JSON.stringify({
        json: {
          type: 'object',
          properties: {
            approved: { type: 'boolean' },
            approver: { type: 'string' },
            note: { type: 'string' },
          },
          required: ['approved', 'approver'],
        },
      }),
    },
  },
};

export const suspendedOnboardingRun = {
  runId: 'r1',
  workflowName: 'customer-onboarding-workflow',
  status: 'suspended',
  serializedStepGraph: onboardingStepGraph,
  steps: {
    'validate-customer': {
      status: 'success',
      payload: { customerId: 'C-1002' },
      output: { name: 'Alan' },
      startedAt: 1000,
      endedAt: 1010,
    },
    'provision-workspace': {
      status: 'success',
      output: { workspaceId: 'ws-c-1002', attempts: 2 },
      startedAt: 1010,
      endedAt: 1240,
    },
    'enrich-crm-profile': { status: 'success', startedAt: 1010, endedAt: 1020 },
    'request-approval': {
      status: 'suspended',
      suspendPayload: { reason: 'Approve onboarding for workspace ws-c-1002', workspaceId: 'ws-c-1002' },
      startedAt: 1250,
      suspendedAt: 1260,
    },
  },
};

export const onboardingSpans = [
  {
    traceId: 't1',
    spanId: 'root',
    name: "workflow run: 'x'",
    spanType: 'workflow_run',
    startedAt: 1000,
    endedAt: 1260,
  },
  {
    traceId: 't1',
    spanId: 'sp',
    parentSpanId: 'root',
    name: "workflow step: 'provision-workspace'",
    spanType: 'workflow_step',
    startedAt: 1010,
    endedAt: 1240,
  },
  {
    traceId: 't1',
    spanId: 'a1',
    parentSpanId: 'sp',
    name: 'provisioning attempt 1',
    spanType: 'generic',
    startedAt: 1010,
    endedAt: 1020,
    metadata: { attempt: 1 },
    error: { message: 'Provisioning API timed out' },
    status: 'error',
  },
  {
    traceId: 't1',
    spanId: 'a2',
    parentSpanId: 'sp',
    name: 'provisioning attempt 2',
    spanType: 'generic',
    startedAt: 1220,
    endedAt: 1230,
    metadata: { attempt: 2 },
    status: 'success',
  },
];

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

export interface RecordedCall {
  method: string;
  path: string;
  body: unknown;
}

export interface WorkflowMockServerOptions {
  role?: MockRole;
  /** Status of `GET …/runs/r1` (403: another user's run). @default 200 */
  runStatus?: number;
  /** Reference time for schedule fixtures. @default Date.now() at creation */
  now?: number;
  /** Status of `GET /schedules` (403: a role the capabilities did not describe). @default 200 */
  schedulesStatus?: number;
}

export function createWorkflowMockServer({
  role = 'owner',
  runStatus = 200,
  now = Date.now(),
  schedulesStatus = 200,
}: WorkflowMockServerOptions = {}) {
  const calls: RecordedCall[] = [];
  let run: unknown = suspendedOnboardingRun;
  const renewal = {
    id: 'schedule_renewal-reminder',
    workflowId: 'renewal-reminder-workflow',
    cron: '0 9 * * 1-5',
    timezone: 'Europe/Berlin',
    status: 'active',
    nextFireAt: now + 3_600_000,
    inputData: { withinDays: 30, channel: '#renewals' },
    metadata: { label: 'Renewal reminder' },
    // What a stock Mastra server returns; the SDK must drop it.
    requestContext: { mastra__authToken: 'owner-token-leak' },
  };
  const stale = {
    id: 'schedule_stale',
    workflowId: 'renewal-reminder-workflow',
    cron: '*/5 * * * *',
    status: 'active',
    nextFireAt: now - 3_600_000,
  };
  const internal = {
    id: '__mastra_notification_dispatch',
    workflowId: '__x',
    cron: '* * * * *',
    status: 'active',
    nextFireAt: now,
    metadata: { internal: true },
  };
  const workflows = {
    'customer-onboarding-workflow': onboardingInfo,
    'renewal-reminder-workflow': {
      stepGraph: [step('list-renewals'), step('post-reminder')],
      steps: {},
      inputSchema: JSON.stringify({
        json: {
          type: 'object',
          properties: {
            withinDays: { type: 'integer', minimum: 1, maximum: 365, default: 30 },
            channel: { type: 'string', default: '#renewals' },
          },
        },
      }),
    },
  };

  const fetch = async (input: string, init: RequestInit): Promise<Response> => {
    const url = new URL(input);
    const path = url.pathname.replace(/^\/api/, '');
    const method = init.method ?? 'GET';
    calls.push({
      method,
      path: path + url.search,
      body: init.body ? JSON.parse(String(init.body)) : undefined,
    });
    if (path === '/auth/capabilities') return json(mockCapabilities(role));
    if (path === '/workflows') return json(workflows);
    if (path === '/workflows/customer-onboarding-workflow') return json(onboardingInfo);
    if (path === '/workflows/customer-onboarding-workflow/runs/r1')
      return runStatus === 200 ? json(run) : json({ error: 'Forbidden' }, runStatus);
    if (path === '/observability/traces') return json({ spans: [onboardingSpans[0]] });
    if (path === '/observability/traces/t1') return json({ traceId: 't1', spans: onboardingSpans });
    if (path === '/workflows/customer-onboarding-workflow/resume-stream') {
      run = {
        ...suspendedOnboardingRun,
        status: 'success',
        result: { status: 'onboarded' },
        steps: {
          ...suspendedOnboardingRun.steps,
          'request-approval': { status: 'success', output: { approved: true } },
          'send-welcome': { status: 'success', output: { status: 'onboarded' } },
        },
      };
      const ev = (type: string, payload: Record<string, unknown>) => ({ type, runId: 'r1', payload });
      const records = [
        ev('workflow-step-start', { id: 'request-approval', stepCallId: 'c1', status: 'running' }),
        ev('workflow-step-result', {
          id: 'request-approval',
          stepCallId: 'c1',
          status: 'success',
          output: { approved: true },
        }),
        ev('workflow-step-start', { id: 'send-welcome', stepCallId: 'c2', status: 'running' }),
        ev('workflow-step-result', { id: 'send-welcome', stepCallId: 'c2', status: 'success' }),
        ev('workflow-finish', { workflowStatus: 'success', finalWorkflowResult: { status: 'onboarded' } }),
      ];
      return new Response(records.map((r) => `${JSON.stringify(r)}\x1E`).join(''), {
        headers: { 'content-type': 'text/plain' },
      });
    }
    if (path === '/workflows/customer-onboarding-workflow/runs/r1/cancel')
      return json({ message: 'Workflow run canceled' });
    if (path === '/schedules' && method === 'GET')
      return schedulesStatus === 200
        ? json({ schedules: [renewal, stale, internal] })
        : json(
            { error: 'Forbidden', message: 'Missing required permission: schedules:read' },
            schedulesStatus,
          );
    if (path === '/schedules' && method === 'POST')
      return json({ ...stale, id: 'schedule_x', cron: '0 7 * * *' });
    if (path === '/schedules/schedule_renewal-reminder/triggers')
      return json({
        triggers: [
          {
            id: 't2',
            scheduleId: renewal.id,
            runId: 'sched_r_2',
            scheduledFireAt: now - 1000,
            actualFireAt: now - 900,
            outcome: 'published',
            triggerKind: 'manual',
            run: { status: 'success', completedAt: now - 800 },
          },
          {
            id: 't1',
            scheduleId: renewal.id,
            runId: 'sched_r_1',
            scheduledFireAt: now - 90_000,
            actualFireAt: now - 89_000,
            outcome: 'published',
            triggerKind: 'schedule-fire',
            run: { status: 'suspended' },
          },
        ],
      });
    if (path.endsWith('/triggers')) return json({ triggers: [] });
    if (path.endsWith('/pause')) return json({ ...renewal, status: 'paused' });
    return json({ error: 'Not found' }, 404);
  };
  return { client: new MastraClient({ baseUrl: 'http://paddock.test', fetch, maxRetries: 0 }), calls };
}
