import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANNOTATION_LINE_PREFIX } from './annotations.js';
import {
  DEMO_AGENT_IDS,
  DEMO_ALLOWED,
  DEMO_TOOL_IDS,
  DEMO_WORKFLOW_IDS,
  SEED_STORED_AGENT_IDS,
} from './ids.js';
import type { Role } from './roles.js';
import { startTestServer, type TestServer } from './testing.js';

interface StoredAgent {
  id: string;
  status: string;
  activeVersionId?: string | null;
  resolvedVersionId?: string;
  visibility?: string;
  authorId?: string;
}
interface Version {
  id: string;
  versionNumber: number;
  changeMessage?: string;
}
interface Span {
  traceId: string;
  spanType: string;
  name: string;
  status: string;
  entityId?: string | null;
  runId?: string | null;
}

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.stop();
});

async function get<T>(path: string, role: Role = 'owner'): Promise<T> {
  const response = await fetch(`${server.baseUrl}/api${path}`, {
    headers: { authorization: `Bearer ${server.tokens[role]}` },
  });
  expect(response.status, path).toBe(200);
  return (await response.json()) as T;
}

const versionsOf = async (id: string) =>
  (await get<{ versions: Version[] }>(`/stored/agents/${id}/versions`)).versions.sort(
    (a, b) => a.versionNumber - b.versionNumber,
  );

describe('demo primitives', () => {
  it('registers the demo organisation and annotates every primitive', async () => {
    const tools =
      await get<Record<string, { description: string; requireApproval?: boolean; paddock?: unknown }>>(
        '/tools',
      );
    expect(Object.keys(tools).sort()).toEqual(Object.values(DEMO_TOOL_IDS).sort());
    for (const tool of Object.values(tools)) {
      const lastLine = tool.description.split('\n').at(-1) ?? '';
      expect(lastLine.startsWith(ANNOTATION_LINE_PREFIX)).toBe(true);
      expect(JSON.parse(lastLine.slice(ANNOTATION_LINE_PREFIX.length))).toEqual(tool.paddock);
    }
    expect(tools[DEMO_TOOL_IDS.refundIssue]).toMatchObject({
      requireApproval: true,
      paddock: { risk: 'high', requiresApproval: true, owner: 'Finance Operations' },
    });

    const agents =
      await get<Record<string, { source?: string; metadata?: { paddock?: { owner?: string } } }>>('/agents');
    for (const id of Object.values(DEMO_AGENT_IDS)) expect(agents[id]?.metadata?.paddock?.owner).toBeTruthy();

    const workflows =
      await get<Record<string, { metadata?: { paddock?: { owner?: string } } }>>('/workflows');
    expect(Object.keys(workflows).sort()).toEqual(Object.values(DEMO_WORKFLOW_IDS).sort());
    for (const workflow of Object.values(workflows)) expect(workflow.metadata?.paddock?.owner).toBeTruthy();
  });

  it('exposes the allow-lists and the offline model policy to the builder', async () => {
    const settings = await get<{
      enabled: boolean;
      picker: { visibleTools: string[]; visibleAgents: string[]; visibleWorkflows: string[] };
      modelPolicy: { active: boolean; default: { provider: string; modelId: string } };
    }>('/editor/builder/settings', 'builder');
    expect(settings.enabled).toBe(true);
    expect(settings.picker.visibleTools).toEqual([...DEMO_ALLOWED.tools]);
    expect(settings.picker.visibleTools).not.toContain(DEMO_TOOL_IDS.pricingApproval);
    expect(settings.picker.visibleAgents).toEqual([...DEMO_ALLOWED.agents]);
    expect(settings.picker.visibleWorkflows).toEqual([...DEMO_ALLOWED.workflows]);
    expect(settings.modelPolicy).toMatchObject({
      active: true,
      default: { provider: 'mock', modelId: 'deterministic-v1' },
    });
    const models = await get<{ providers: { id: string; connected: boolean }[] }>(
      '/editor/builder/models/available',
      'builder',
    );
    expect(models.providers).toEqual([expect.objectContaining({ id: 'mock', connected: true })]);
  });
});

describe('seeded stored agents', () => {
  it('has a never-published draft with two versions', async () => {
    const agent = await get<StoredAgent>(`/stored/agents/${SEED_STORED_AGENT_IDS.draft}?status=draft`);
    expect(agent).toMatchObject({
      status: 'draft',
      activeVersionId: null,
      visibility: 'public',
      authorId: 'u-builder',
    });
    const versions = await versionsOf(SEED_STORED_AGENT_IDS.draft);
    expect(versions.map((version) => version.changeMessage)).toEqual([
      expect.any(String),
      'Consider open tickets and rate each risk',
    ]);
    const published = await get<{ agents: StoredAgent[] }>('/stored/agents');
    expect(published.agents.map((entry) => entry.id)).not.toContain(SEED_STORED_AGENT_IDS.draft);
  });

  it('has a published agent', async () => {
    const agent = await get<StoredAgent>(`/stored/agents/${SEED_STORED_AGENT_IDS.published}`);
    expect(agent.status).toBe('published');
    expect(agent.activeVersionId).toBe(agent.resolvedVersionId);
  });

  it('has a published agent with a newer draft and change messages', async () => {
    const id = SEED_STORED_AGENT_IDS.publishedWithDraft;
    const versions = await versionsOf(id);
    expect(versions.map((version) => version.changeMessage?.replace(/ \(.*\)$/, ''))).toEqual([
      expect.any(String),
      'Add Slack escalation for urgent tickets',
      'Mention refund approvals',
    ]);
    const live = await get<StoredAgent>(`/stored/agents/${id}`);
    expect(live).toMatchObject({
      status: 'published',
      activeVersionId: versions[1]?.id,
      resolvedVersionId: versions[1]?.id,
    });
    const draft = await get<StoredAgent>(`/stored/agents/${id}?status=draft`);
    expect(draft.resolvedVersionId).toBe(versions[2]?.id);
  });

  it('has a private agent visible to its author and admins only', async () => {
    const id = SEED_STORED_AGENT_IDS.private;
    expect(await get<StoredAgent>(`/stored/agents/${id}`, 'builder')).toMatchObject({
      visibility: 'private',
      status: 'published',
    });
    await get(`/stored/agents/${id}`, 'admin');
    const hidden = await fetch(`${server.baseUrl}/api/stored/agents/${id}`, {
      headers: { authorization: `Bearer ${server.tokens.reviewer}` },
    });
    expect(hidden.status).toBe(404);
    const list = await get<{ agents: StoredAgent[] }>('/stored/agents', 'viewer');
    expect(list.agents.map((agent) => agent.id)).not.toContain(id);
    expect(list.agents.map((agent) => agent.id)).toContain(SEED_STORED_AGENT_IDS.published);
  });
});

describe('seeded runs and traces', () => {
  it('has past agent runs with tool calls, and their traces', async () => {
    const traces = await get<{ spans: Span[] }>('/observability/traces?entityType=agent&perPage=50');
    const agentIds = new Set(traces.spans.map((span) => span.entityId));
    expect(agentIds).toContain(DEMO_AGENT_IDS.accountResearch);
    expect(agentIds).toContain(DEMO_AGENT_IDS.supportTriage);
    expect(agentIds).toContain(SEED_STORED_AGENT_IDS.publishedWithDraft);
    expect(traces.spans.some((span) => span.status === 'error')).toBe(true);
    const research = traces.spans.filter((span) => span.entityId === DEMO_AGENT_IDS.accountResearch);
    const toolCalls: string[] = [];
    for (const root of research) {
      const trace = await get<{ spans: Span[] }>(`/observability/traces/${root.traceId}`);
      toolCalls.push(
        ...trace.spans.filter((span) => span.spanType === 'tool_call').map((span) => span.entityId ?? ''),
      );
    }
    expect(toolCalls).toEqual(
      expect.arrayContaining([DEMO_TOOL_IDS.crmLookup, DEMO_TOOL_IDS.customerSummary]),
    );
    const threads = await get<{ threads: { id: string }[] }>(
      `/memory/threads?agentId=${DEMO_AGENT_IDS.accountResearch}&resourceId=u-builder`,
    );
    expect(threads.threads.map((thread) => thread.id)).toContain('seed-account-research-1');
  });

  it('has workflow runs that succeeded after a retry, failed, and are suspended, with traces', async () => {
    const runs = await get<{ runs: { runId: string; snapshot: { status: string } | string }[] }>(
      `/workflows/${DEMO_WORKFLOW_IDS.customerOnboarding}/runs`,
    );
    const status = (snapshot: { status: string } | string) =>
      typeof snapshot === 'string' ? (JSON.parse(snapshot) as { status: string }).status : snapshot.status;
    const byStatus = (wanted: string) => runs.runs.filter((run) => status(run.snapshot) === wanted);
    expect(byStatus('success')).toHaveLength(1);
    expect(byStatus('failed')).toHaveLength(1);
    expect(byStatus('suspended')).toHaveLength(1);

    const succeeded = await get<{
      steps: Record<string, { status: string; output?: { attempts?: number } }>;
    }>(`/workflows/${DEMO_WORKFLOW_IDS.customerOnboarding}/runs/${byStatus('success')[0]?.runId}`);
    expect(succeeded.steps['provision-workspace']).toMatchObject({
      status: 'success',
      output: { attempts: 2 },
    });
    const failed = await get<{ error?: { message?: string } }>(
      `/workflows/${DEMO_WORKFLOW_IDS.customerOnboarding}/runs/${byStatus('failed')[0]?.runId}`,
    );
    expect(JSON.stringify(failed)).toContain('Customer C-9999 not found');

    const report = await get<{ runs: unknown[] }>(`/workflows/${DEMO_WORKFLOW_IDS.weeklySupportReport}/runs`);
    expect(report.runs).toHaveLength(1);
    const traces = await get<{ spans: Span[] }>('/observability/traces?entityType=workflow_run&perPage=50');
    const tracedRuns = new Set(traces.spans.map((span) => span.runId));
    for (const run of runs.runs) expect(tracedRuns).toContain(run.runId);
  });
});
