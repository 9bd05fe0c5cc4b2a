import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '@paddock/playground-server/testing';
import type { TestServer } from '@paddock/playground-server/testing';
import { MastraClient } from './client.js';
import {
  APIUserAbortError,
  AuthenticationError,
  BadRequestError,
  NotFoundError,
  PermissionDeniedError,
  ToolExecutionError,
} from './core/errors.js';
import { createPermissionChecker } from './core/permissions.js';
import { sharedSuite } from './testing/integration-suite.js';

let server: TestServer;
const as = (role: keyof TestServer['tokens']) =>
  new MastraClient({ baseUrl: server.baseUrl, headers: { authorization: `Bearer ${server.tokens[role]}` } });

beforeAll(async () => {
  server = await startTestServer({ profile: 'demo' });
});
afterAll(async () => {
  await server?.stop();
});

describe('demo server (auth + RBAC + builder)', () => {
  sharedSuite({
    client: () => as('owner'),
    model: () => ({ provider: 'mock', name: 'deterministic-v1' }),
    editor: true,
    workflowId: 'weekly-support-report-workflow',
    baseUrl: () => server.baseUrl,
    headers: () => ({ authorization: `Bearer ${server.tokens.owner}` }),
  });

  it('a viewer gets PermissionDeniedError carrying the missing permission', async () => {
    const viewer = as('viewer');
    const error = await viewer.storedAgents
      .create({ name: 'Nope', instructions: 'x', autoPublish: false })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PermissionDeniedError);
    expect((error as PermissionDeniedError).status).toBe(403);
    expect((error as PermissionDeniedError).permission).toBe('stored-agents:write');
  });

  it('a builder may save drafts but not publish', async () => {
    const builder = as('builder');
    const draft = await builder.storedAgents.create({
      name: `Builder Draft ${Date.now().toString(36)}`,
      instructions: 'draft',
      autoPublish: false,
    });
    const [version] = (await builder.storedAgents.versions.list(draft.id)).versions;
    const error = await builder.storedAgents.versions
      .activate(draft.id, version!.id)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PermissionDeniedError);
    expect((error as PermissionDeniedError).permission).toBe('stored-agents:publish');
    await as('owner').storedAgents.delete(draft.id);
  });

  it('no token is an AuthenticationError; a wrong token too', async () => {
    const anonymous = new MastraClient({ baseUrl: server.baseUrl });
    await expect(anonymous.agents.list()).rejects.toBeInstanceOf(AuthenticationError);
    const wrong = new MastraClient({
      baseUrl: server.baseUrl,
      getHeaders: async () => ({ authorization: 'Bearer nope' }),
    });
    await expect(wrong.tools.list()).rejects.toBeInstanceOf(AuthenticationError);
  });

  it('auth: capabilities and me per role feed the permission checker like the server decides', async () => {
    const viewerCaps = await as('viewer').auth.capabilities();
    expect(viewerCaps.enabled).toBe(true);
    expect(viewerCaps.user?.id).toBe('u-viewer');
    const viewer = createPermissionChecker(viewerCaps);
    expect(viewer.rbac).toBe(true);
    expect(viewer.can('stored-agents:read')).toBe(true);
    expect(viewer.can('stored-agents:write')).toBe(false);

    const reviewer = createPermissionChecker(await as('reviewer').auth.capabilities());
    expect(reviewer.can('stored-agents:publish')).toBe(true);
    expect(reviewer.can('stored-agents:delete')).toBe(false);

    const me = await as('builder').auth.me();
    expect(me?.id).toBe('u-builder');

    const anonymousCaps = await new MastraClient({ baseUrl: server.baseUrl }).auth.capabilities();
    expect(anonymousCaps.enabled).toBe(true);
    expect(createPermissionChecker(anonymousCaps).can('agents:read')).toBe(false);

    const patterns = await as('owner').auth.permissionPatterns();
    expect(patterns.patterns).toContain('stored-agents:publish');
  });

  it('builder: settings with resolved pickers, available models and providers', async () => {
    const owner = as('owner');
    const settings = await owner.builder.settings();
    expect(settings.enabled).toBe(true);
    expect(Array.isArray(settings.picker?.visibleTools)).toBe(true);
    const available = await owner.builder.availableModels();
    expect(available.providers.length).toBeGreaterThan(0);
    const providers = await owner.builder.providers();
    expect(providers.providers.some((p) => p.id === 'mock')).toBe(true);
  });

  it('catalog: allow-lists mark items unavailable; annotations from description and objects', async () => {
    const catalog = await as('builder').catalog.list();
    expect(catalog.builderEnabled).toBe(true);
    const pricingTool = catalog.items.find((i) => i.key === 'tool:pricing-approval-tool');
    expect(pricingTool).toMatchObject({ available: false, unavailableReason: 'not-allow-listed' });
    const crm = catalog.items.find((i) => i.key === 'tool:crm-lookup-tool');
    expect(crm).toMatchObject({ available: true });
    expect(crm?.annotations).toMatchObject({ owner: 'Sales Ops', risk: 'low', tags: ['crm', 'read-only'] });
    expect(crm?.inputSchema?.['type']).toBe('object');
    const models = catalog.items.filter((i) => i.kind === 'model');
    expect(models.some((m) => m.model?.isDefault)).toBe(true);
  });

  it('workflows: invalid input is a BadRequestError; suspend -> resume stream -> success; cancel', async () => {
    const owner = as('owner');
    const workflowId = 'customer-onboarding-workflow';
    await expect(owner.workflows.startAndWait(workflowId, { inputData: {} })).rejects.toBeInstanceOf(
      BadRequestError,
    );

    const { runId } = await owner.workflows.createRun(workflowId);
    const started = await owner.workflows.stream(workflowId, runId, { inputData: { customerId: 'C-1001' } });
    const events = await started.toArray();
    expect(events.some((e) => e.type === 'workflow-step-suspended')).toBe(true);

    const resumed = await owner.workflows.resumeStream(workflowId, runId, {
      step: 'request-approval',
      resumeData: { approved: true, approver: 'u-reviewer' },
    });
    const rest = await resumed.toArray();
    const finish = rest.find((e) => e.type === 'workflow-finish');
    expect(finish?.type === 'workflow-finish' && finish.payload.workflowStatus).toBe('success');
    expect((await owner.workflows.retrieveRun(workflowId, runId)).status).toBe('success');

    const suspended = await owner.workflows.startAndWait(workflowId, { inputData: { customerId: 'C-1001' } });
    expect(suspended.status).toBe('suspended');
    const counts = await owner.workflows.runCounts();
    expect(counts[workflowId]?.suspended).toBeGreaterThan(0);
  });

  it('workflows: start (fire and forget), resume, resumeAndWait, cancel -> canceled, deleteRun', async () => {
    const owner = as('owner');
    const workflowId = 'customer-onboarding-workflow';
    const resumeData = { step: 'request-approval', resumeData: { approved: true, approver: 'u-reviewer' } };
    // Fire-and-forget verbs return before the run moves: poll its status (readiness, not timing).
    const statusBecomes = async (runId: string, status: string) => {
      let current = '';
      for (let i = 0; i < 40 && current !== status; i++) {
        current = (await owner.workflows.retrieveRun(workflowId, runId)).status ?? '';
        if (current !== status) await new Promise((r) => setTimeout(r, 250));
      }
      return current;
    };

    const a = (await owner.workflows.createRun(workflowId)).runId;
    expect(
      await owner.workflows.start(workflowId, a, { inputData: { customerId: 'C-1001' } }),
    ).toHaveProperty('message');
    expect(await statusBecomes(a, 'suspended')).toBe('suspended');
    await owner.workflows.resume(workflowId, a, resumeData);
    expect(await statusBecomes(a, 'success')).toBe('success');

    const b = (await owner.workflows.createRun(workflowId)).runId;
    const bSuspended = await owner.workflows.startAndWait(workflowId, {
      runId: b,
      inputData: { customerId: 'C-1002' },
    });
    expect(bSuspended.status).toBe('suspended');
    expect((await owner.workflows.resumeAndWait(workflowId, b, resumeData)).status).toBe('success');

    const c = (await owner.workflows.createRun(workflowId)).runId;
    await owner.workflows.startAndWait(workflowId, { runId: c, inputData: { customerId: 'C-1003' } });
    await owner.workflows.cancel(workflowId, c);
    expect(await statusBecomes(c, 'canceled')).toBe('canceled');

    await owner.workflows.deleteRun(workflowId, c);
    await expect(owner.workflows.retrieveRun(workflowId, c)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('tools: a successful execute returns the tool output', async () => {
    const result = await as('owner').tools.execute('crm-lookup-tool', { data: { customerId: 'C-1001' } });
    expect(result).toMatchObject({ found: true });
    expect(JSON.stringify(result)).toContain('C-1001');
  });

  it('observability metrics: a typed result either way, never a crash', async () => {
    const result = await as('owner').observability.metrics('aggregate', {
      name: ['mastra_model_total_input_tokens'],
      aggregation: 'sum',
    });
    if (result.supported) expect(Array.isArray(result.groups)).toBe(true);
    else expect([500, 501]).toContain(result.status);
  });

  it('agents: a tool that needs approval pauses the stream; approve continues it, decline too', async () => {
    const owner = as('owner');
    const agentId = 'support-triage-agent';
    const prompt =
      'use tool refund-issue-tool with {"customerId":"C-1004","amount":40,"reason":"duplicate charge"}';
    const approvalOf = async (runId: string) => {
      const chunks = await (await owner.agents.stream(agentId, { messages: prompt, runId })).toArray();
      const approval = chunks.find((c) => c.type === 'tool-call-approval');
      expect(approval?.type).toBe('tool-call-approval');
      return approval?.type === 'tool-call-approval' ? approval.payload.toolCallId : '';
    };

    const approvedRun = `sdk-approve-${Date.now().toString(36)}`;
    const toolCallId = await approvalOf(approvedRun);
    const approved = await (
      await owner.agents.approveToolCall(agentId, { runId: approvedRun, toolCallId })
    ).toArray();
    const result = approved.find((c) => c.type === 'tool-result');
    expect(result?.type === 'tool-result' && result.payload.result).toMatchObject({ refunded: true });

    const declinedRun = `sdk-decline-${Date.now().toString(36)}`;
    const declinedCall = await approvalOf(declinedRun);
    const declined = await (
      await owner.agents.declineToolCall(agentId, { runId: declinedRun, toolCallId: declinedCall })
    ).toArray();
    expect(
      declined.some(
        (c) => c.type === 'tool-result' && (c.payload.result as { refunded?: boolean })?.refunded,
      ),
    ).toBe(false);
    // Declining is a normal end of the run, not a failure.
    expect(declined.map((c) => c.type)).toContain('finish');
    expect(declined.some((c) => c.type === 'error')).toBe(false);

    // resume-stream answers a paused tool call with resumeData (what approve does under the hood).
    const resumedRun = `sdk-resume-${Date.now().toString(36)}`;
    const resumedCall = await approvalOf(resumedRun);
    const resumed = await (
      await owner.agents.resumeStream(agentId, {
        runId: resumedRun,
        toolCallId: resumedCall,
        resumeData: { approved: true },
      })
    ).toArray();
    expect(resumed.some((c) => c.type === 'error')).toBe(false);
    const resumedResult = resumed.find((c) => c.type === 'tool-result');
    expect(resumedResult?.type === 'tool-result' && resumedResult.payload.result).toMatchObject({
      refunded: true,
    });
  });

  it('agents: executeTool through an agent, and its typed validation failure', async () => {
    const owner = as('owner');
    const result = await owner.agents.executeTool('account-research-agent', 'crm-lookup-tool', {
      data: { customerId: 'C-1001' },
    });
    expect(result).toMatchObject({ found: true });
    await expect(
      owner.agents.executeTool('account-research-agent', 'crm-lookup-tool', { data: {} }),
    ).rejects.toBeInstanceOf(ToolExecutionError);
  });

  it('agents: an observe that has nothing to replay can be cancelled through its signal', async () => {
    // Only durable agents publish their events for re-attachment; for a regular agent the server keeps an
    // observe open and idle. The caller's signal must end it cleanly.
    const owner = as('owner');
    const controller = new AbortController();
    const stream = await owner.agents.observe(
      'account-research-agent',
      { runId: `sdk-none-${Date.now().toString(36)}` },
      { signal: controller.signal },
    );
    const iterator = stream[Symbol.asyncIterator]();
    const next = iterator.next();
    controller.abort();
    await expect(next).rejects.toBeInstanceOf(APIUserAbortError);
  });

  it('private stored agents of others are hidden as NotFoundError', async () => {
    const viewer = as('viewer');
    await expect(viewer.storedAgents.retrieve('builder-scratchpad')).rejects.toBeInstanceOf(NotFoundError);
  });

  it('observability: the trajectory of a tool-calling run shows the tool call with its arguments and result', async () => {
    const client = as('owner');
    const result = await client.agents.generate('account-research-agent', {
      messages: 'Please look up customer C-1001',
    });
    expect(result.traceId).toBeTruthy();
    let toolStep: Record<string, unknown> | undefined;
    // Spans reach storage asynchronously: poll for readiness, never assert on time.
    for (let i = 0; i < 20 && !toolStep; i++) {
      const trajectory = await client.observability.trajectory(result.traceId!).catch(() => null);
      toolStep = trajectory?.steps
        .flatMap((step) => [step, ...(step.children ?? [])])
        .find((step) => step.stepType === 'tool_call');
      if (!toolStep) await new Promise((r) => setTimeout(r, 250));
    }
    expect(toolStep).toMatchObject({
      name: 'crm-lookup-tool',
      toolArgs: { customerId: 'C-1001' },
      success: true,
    });
    expect(JSON.stringify(toolStep!['toolResult'])).toContain('C-1001');
  });

  it('auth: credentials sign-in returns the user and session token; sign-out ends the session', async () => {
    const anonymous = new MastraClient({ baseUrl: server.baseUrl });
    const signedIn = await anonymous.auth.signIn({
      email: 'builder@acme.test',
      password: server.tokens.builder,
    });
    expect(signedIn.user?.id).toBe('u-builder');
    expect(signedIn.token).toBe(server.tokens.builder);
    const session = new MastraClient({
      baseUrl: server.baseUrl,
      headers: { authorization: `Bearer ${signedIn.token}` },
    });
    expect((await session.auth.me())?.id).toBe('u-builder');
    expect(await session.auth.signOut()).toMatchObject({ success: true });
    const wrong = await anonymous.auth
      .signIn({ email: 'builder@acme.test', password: 'not-a-token' })
      .catch((e: unknown) => e);
    expect(wrong).toBeInstanceOf(AuthenticationError);
  });
});
