import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_AGENT_IDS, DEMO_TOOL_IDS, DEMO_WORKFLOW_IDS, SEED_STORED_AGENT_IDS } from './ids.js';
import { TOKENS, USERS } from './roles.js';

export const SEED_MARKER_FILE = 'paddock-seed.json';
/** Bump when the seed changes shape so old data folders are reseeded with `--reset`. */
export const SEED_VERSION = 1;

export interface SeedRecord {
  version: number;
  createdAt: string;
  workflowRuns: { succeeded: string; suspended: string; failed: string; report: string };
  agentRuns: { agentId: string; traceId?: string; runId?: string; prompt: string; ok: boolean }[];
}

interface SeedOptions {
  baseUrl: string;
  dataDir: string;
  log: (line: string) => void;
}

class SeedError extends Error {}

function client(baseUrl: string) {
  return async function api<T = Record<string, unknown>>(
    method: string,
    path: string,
    token: string,
    body?: unknown,
    { allowError = false } = {},
  ): Promise<{ status: number; data: T }> {
    const response = await fetch(`${baseUrl}/api${path}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    const data = (text ? JSON.parse(text) : {}) as T;
    if (!response.ok && !allowError) {
      throw new SeedError(`seed: ${method} ${path} -> ${response.status} ${text.slice(0, 300)}`);
    }
    return { status: response.status, data };
  };
}

type Api = ReturnType<typeof client>;

const tools = (...ids: string[]) => Object.fromEntries(ids.map((id) => [id, {}]));

async function exists(api: Api, id: string): Promise<boolean> {
  const { status } = await api('GET', `/stored/agents/${id}?status=draft`, TOKENS.owner, undefined, {
    allowError: true,
  });
  return status === 200;
}

async function versionIds(api: Api, id: string): Promise<string[]> {
  const { data } = await api<{ versions: { id: string; versionNumber: number }[] }>(
    'GET',
    `/stored/agents/${id}/versions?orderBy=${encodeURIComponent(JSON.stringify({ field: 'versionNumber', direction: 'ASC' }))}`,
    TOKENS.owner,
  );
  return [...data.versions].sort((a, b) => a.versionNumber - b.versionNumber).map((version) => version.id);
}

async function seedStoredAgents(api: Api): Promise<void> {
  const ids = SEED_STORED_AGENT_IDS;

  if (!(await exists(api, ids.draft))) {
    await api('POST', '/stored/agents', TOKENS.builder, {
      id: ids.draft,
      name: 'Renewal Risk Drafter',
      description: 'Drafts a renewal-risk note for an account manager. Work in progress.',
      instructions: 'Read the customer record and list renewal risks.',
      tools: tools(DEMO_TOOL_IDS.crmLookup),
      visibility: 'public',
      autoPublish: false,
    });
    await api('PATCH', `/stored/agents/${ids.draft}`, TOKENS.builder, {
      instructions:
        'Read the customer record and the open tickets, then list renewal risks with a severity each.',
      tools: tools(DEMO_TOOL_IDS.crmLookup, DEMO_TOOL_IDS.ticketSearch),
      changeMessage: 'Consider open tickets and rate each risk',
    });
  }

  if (!(await exists(api, ids.published))) {
    await api('POST', '/stored/agents', TOKENS.admin, {
      id: ids.published,
      name: 'FAQ Responder',
      description: 'Answers common product questions politely.',
      instructions: 'Answer frequently asked questions in two sentences or fewer.',
      visibility: 'public',
    });
  }

  if (!(await exists(api, ids.publishedWithDraft))) {
    await api('POST', '/stored/agents', TOKENS.builder, {
      id: ids.publishedWithDraft,
      name: 'Escalation Assistant',
      description: 'Helps support leads decide whether to escalate a ticket.',
      instructions: 'Look up the ticket and the customer, then recommend escalate or not.',
      tools: tools(DEMO_TOOL_IDS.ticketSearch, DEMO_TOOL_IDS.crmLookup),
      visibility: 'public',
      autoPublish: false,
    });
    await api('PATCH', `/stored/agents/${ids.publishedWithDraft}`, TOKENS.builder, {
      instructions:
        'Look up the ticket and the customer, recommend escalate or not, and notify #support if urgent.',
      tools: tools(DEMO_TOOL_IDS.ticketSearch, DEMO_TOOL_IDS.crmLookup, DEMO_TOOL_IDS.slackNotify),
      changeMessage: 'Add Slack escalation for urgent tickets',
    });
    const [, v2] = await versionIds(api, ids.publishedWithDraft);
    if (!v2) throw new SeedError('seed: escalation-assistant has no version 2');
    await api('POST', `/stored/agents/${ids.publishedWithDraft}/versions/${v2}/activate`, TOKENS.reviewer);
    await api('PATCH', `/stored/agents/${ids.publishedWithDraft}`, TOKENS.builder, {
      instructions:
        'Look up the ticket and the customer, recommend escalate or not, notify #support if urgent, ' +
        'and remind the lead that refunds need Finance approval.',
      tools: tools(
        DEMO_TOOL_IDS.ticketSearch,
        DEMO_TOOL_IDS.crmLookup,
        DEMO_TOOL_IDS.slackNotify,
        DEMO_TOOL_IDS.refundIssue,
      ),
      changeMessage: 'Mention refund approvals (awaiting review)',
    });
  }

  if (!(await exists(api, ids.private))) {
    await api('POST', '/stored/agents', TOKENS.builder, {
      id: ids.private,
      name: 'Builder Scratchpad',
      description: "Bea's private experiment; only she (and admins) can see it.",
      instructions: 'Echo what I say so I can test the preview pane.',
      visibility: 'private',
      autoPublish: false,
    });
    const [v1] = await versionIds(api, ids.private);
    if (!v1) throw new SeedError('seed: builder-scratchpad has no version 1');
    await api('POST', `/stored/agents/${ids.private}/versions/${v1}/activate`, TOKENS.owner);
  }
}

async function seedAgentRuns(api: Api): Promise<SeedRecord['agentRuns']> {
  const runs: { agentId: string; token: string; prompt: string; thread?: string }[] = [
    {
      agentId: DEMO_AGENT_IDS.accountResearch,
      token: TOKENS.builder,
      prompt: 'Look up customer C-1001',
      thread: 'seed-account-research-1',
    },
    {
      agentId: DEMO_AGENT_IDS.accountResearch,
      token: TOKENS.builder,
      prompt: 'Give me a summary of customer C-1003',
      thread: 'seed-account-research-1',
    },
    {
      agentId: DEMO_AGENT_IDS.supportTriage,
      token: TOKENS.admin,
      prompt: 'Search tickets about login issue',
      thread: 'seed-support-triage-1',
    },
    { agentId: DEMO_AGENT_IDS.supportTriage, token: TOKENS.admin, prompt: 'Hello, what can you do?' },
    {
      agentId: SEED_STORED_AGENT_IDS.publishedWithDraft,
      token: TOKENS.reviewer,
      prompt: 'Search tickets about export timeouts',
    },
    {
      agentId: SEED_STORED_AGENT_IDS.published,
      token: TOKENS.reviewer,
      prompt: 'How do I reset my password?',
    },
    {
      agentId: DEMO_AGENT_IDS.accountResearch,
      token: TOKENS.builder,
      prompt: 'Look up customer C-1002 [fail]',
    },
  ];
  const records: SeedRecord['agentRuns'] = [];
  for (const run of runs) {
    const body: Record<string, unknown> = { messages: [{ role: 'user', content: run.prompt }] };
    const user = Object.values(USERS).find((candidate) => TOKENS[candidate.role] === run.token);
    if (run.thread && user) body.memory = { thread: run.thread, resource: user.id };
    const { status, data } = await api<{ traceId?: string; runId?: string }>(
      'POST',
      `/agents/${run.agentId}/generate`,
      run.token,
      body,
      { allowError: run.prompt.includes('[fail]') },
    );
    records.push({
      agentId: run.agentId,
      traceId: data.traceId,
      runId: data.runId,
      prompt: run.prompt,
      ok: status < 400,
    });
  }
  return records;
}

async function startRun(
  api: Api,
  workflowId: string,
  inputData: unknown,
): Promise<{ runId: string; status: string }> {
  const { data: created } = await api<{ runId: string }>(
    'POST',
    `/workflows/${workflowId}/create-run`,
    TOKENS.owner,
    {},
  );
  const { data } = await api<{ status: string }>(
    'POST',
    `/workflows/${workflowId}/start-async?runId=${created.runId}`,
    TOKENS.owner,
    { inputData },
  );
  return { runId: created.runId, status: data.status };
}

async function seedWorkflowRuns(api: Api): Promise<SeedRecord['workflowRuns']> {
  const onboarding = DEMO_WORKFLOW_IDS.customerOnboarding;
  const succeeded = await startRun(api, onboarding, { customerId: 'C-1001', plan: 'growth' });
  if (succeeded.status !== 'suspended')
    throw new SeedError(`seed: onboarding run ended ${succeeded.status}, expected suspended`);
  const { data: resumed } = await api<{ status: string }>(
    'POST',
    `/workflows/${onboarding}/resume-async?runId=${succeeded.runId}`,
    TOKENS.owner,
    {
      step: 'request-approval',
      resumeData: { approved: true, approver: USERS.reviewer.id, note: 'Looks good' },
    },
  );
  if (resumed.status !== 'success') throw new SeedError(`seed: resumed onboarding ended ${resumed.status}`);

  const suspended = await startRun(api, onboarding, { customerId: 'C-1003', plan: 'enterprise' });
  const failed = await startRun(api, onboarding, { customerId: 'C-9999', plan: 'starter' });
  if (failed.status !== 'failed')
    throw new SeedError(`seed: unknown-customer onboarding ended ${failed.status}`);
  const report = await startRun(api, DEMO_WORKFLOW_IDS.weeklySupportReport, {
    team: 'Support',
    weekOf: '2026-01-05',
  });
  return {
    succeeded: succeeded.runId,
    suspended: suspended.runId,
    failed: failed.runId,
    report: report.runId,
  };
}

export function readSeedRecord(dataDir: string): SeedRecord | undefined {
  const file = join(dataDir, SEED_MARKER_FILE);
  if (!existsSync(file)) return undefined;
  return JSON.parse(readFileSync(file, 'utf8')) as SeedRecord;
}

/**
 * Creates the demo data through the server's own HTTP API (so it exercises the same routes as the UI).
 * Stored agents are checked one by one; runs are created once, guarded by a marker file next to the database.
 */
export async function seedDemo({
  baseUrl,
  dataDir,
  log,
}: SeedOptions): Promise<{ skipped: boolean; ms: number }> {
  const started = Date.now();
  const api = client(baseUrl);
  await seedStoredAgents(api);
  if (readSeedRecord(dataDir)) return { skipped: true, ms: Date.now() - started };
  log('[paddock] seeding demo runs...');
  const agentRuns = await seedAgentRuns(api);
  const workflowRuns = await seedWorkflowRuns(api);
  const record: SeedRecord = {
    version: SEED_VERSION,
    createdAt: new Date().toISOString(),
    workflowRuns,
    agentRuns,
  };
  writeFileSync(join(dataDir, SEED_MARKER_FILE), `${JSON.stringify(record, null, 2)}\n`);
  return { skipped: false, ms: Date.now() - started };
}
