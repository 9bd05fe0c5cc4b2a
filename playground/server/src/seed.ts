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
  /**
   * False while the runs are still being created. The record is rewritten after every run, so a start that
   * dies part-way resumes after the last recorded run instead of creating duplicates. (A record without the
   * field was written in one go at the end by an older seed: complete.)
   */
  complete?: boolean;
  workflowRuns: Partial<{ succeeded: string; suspended: string; failed: string; report: string }> & {
    /** The onboarding run started but not yet resumed: resumed (not started again) on the next start. */
    succeededPending?: string;
  };
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

interface AgentState {
  exists: boolean;
  activeVersionId?: string | null;
  /** Version ids, oldest first. */
  versions: string[];
}

/**
 * Where a stored agent stands now. Each seeding step below checks the state it produces, not just that the
 * agent exists, so a first start that died half-way (agent created, version 2 not yet activated) is finished
 * by the next start instead of being kept for good.
 */
async function agentState(api: Api, id: string): Promise<AgentState> {
  const { status, data } = await api<{ activeVersionId?: string | null }>(
    'GET',
    `/stored/agents/${id}?status=draft`,
    TOKENS.owner,
    undefined,
    { allowError: true },
  );
  if (status !== 200) return { exists: false, versions: [] };
  return { exists: true, activeVersionId: data.activeVersionId, versions: await versionIds(api, id) };
}

async function versionIds(api: Api, id: string): Promise<string[]> {
  const { data } = await api<{ versions: { id: string; versionNumber: number }[] }>(
    'GET',
    `/stored/agents/${id}/versions?orderBy=${encodeURIComponent(JSON.stringify({ field: 'versionNumber', direction: 'ASC' }))}`,
    TOKENS.owner,
  );
  return [...data.versions].sort((a, b) => a.versionNumber - b.versionNumber).map((version) => version.id);
}

async function activate(api: Api, id: string, versionNumber: number, token: string): Promise<void> {
  const state = await agentState(api, id);
  const version = state.versions[versionNumber - 1];
  if (!version) throw new SeedError(`seed: ${id} has no version ${versionNumber}`);
  if (state.activeVersionId !== version)
    await api('POST', `/stored/agents/${id}/versions/${version}/activate`, token);
}

async function seedStoredAgents(api: Api): Promise<void> {
  const ids = SEED_STORED_AGENT_IDS;

  // Never published, two versions.
  let state = await agentState(api, ids.draft);
  if (!state.exists) {
    await api('POST', '/stored/agents', TOKENS.builder, {
      id: ids.draft,
      name: 'Renewal Risk Drafter',
      description: 'Drafts a renewal-risk note for an account manager. Work in progress.',
      instructions: 'Read the customer record and list renewal risks.',
      tools: tools(DEMO_TOOL_IDS.crmLookup),
      visibility: 'public',
      autoPublish: false,
    });
    state = await agentState(api, ids.draft);
  }
  if (state.versions.length < 2) {
    await api('PATCH', `/stored/agents/${ids.draft}`, TOKENS.builder, {
      instructions:
        'Read the customer record and the open tickets, then list renewal risks with a severity each.',
      tools: tools(DEMO_TOOL_IDS.crmLookup, DEMO_TOOL_IDS.ticketSearch),
      changeMessage: 'Consider open tickets and rate each risk',
    });
  }

  // Published (created with the server's default autoPublish).
  state = await agentState(api, ids.published);
  if (!state.exists) {
    await api('POST', '/stored/agents', TOKENS.admin, {
      id: ids.published,
      name: 'FAQ Responder',
      description: 'Answers common product questions politely.',
      instructions: 'Answer frequently asked questions in two sentences or fewer.',
      visibility: 'public',
    });
  }
  await activate(api, ids.published, 1, TOKENS.admin);

  // Version 2 published, version 3 a newer draft awaiting review.
  state = await agentState(api, ids.publishedWithDraft);
  if (!state.exists) {
    await api('POST', '/stored/agents', TOKENS.builder, {
      id: ids.publishedWithDraft,
      name: 'Escalation Assistant',
      description: 'Helps support leads decide whether to escalate a ticket.',
      instructions: 'Look up the ticket and the customer, then recommend escalate or not.',
      tools: tools(DEMO_TOOL_IDS.ticketSearch, DEMO_TOOL_IDS.crmLookup),
      visibility: 'public',
      autoPublish: false,
    });
    state = await agentState(api, ids.publishedWithDraft);
  }
  if (state.versions.length < 2) {
    await api('PATCH', `/stored/agents/${ids.publishedWithDraft}`, TOKENS.builder, {
      instructions:
        'Look up the ticket and the customer, recommend escalate or not, and notify #support if urgent.',
      tools: tools(DEMO_TOOL_IDS.ticketSearch, DEMO_TOOL_IDS.crmLookup, DEMO_TOOL_IDS.slackNotify),
      changeMessage: 'Add Slack escalation for urgent tickets',
    });
  }
  await activate(api, ids.publishedWithDraft, 2, TOKENS.reviewer);
  state = await agentState(api, ids.publishedWithDraft);
  if (state.versions.length < 3) {
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

  // Private, published.
  state = await agentState(api, ids.private);
  if (!state.exists) {
    await api('POST', '/stored/agents', TOKENS.builder, {
      id: ids.private,
      name: 'Builder Scratchpad',
      description: "Bea's private experiment; only she (and admins) can see it.",
      instructions: 'Echo what I say so I can test the preview pane.',
      visibility: 'private',
      autoPublish: false,
    });
  }
  await activate(api, ids.private, 1, TOKENS.owner);
}

async function seedAgentRuns(api: Api, record: SeedRecord, save: () => void): Promise<void> {
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
  // Recorded in order, so the ones already in the record were done by an earlier, interrupted start.
  for (const run of runs.slice(record.agentRuns.length)) {
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
    record.agentRuns.push({
      agentId: run.agentId,
      traceId: data.traceId,
      runId: data.runId,
      prompt: run.prompt,
      ok: status < 400,
    });
    save();
  }
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

async function seedWorkflowRuns(api: Api, record: SeedRecord, save: () => void): Promise<void> {
  const onboarding = DEMO_WORKFLOW_IDS.customerOnboarding;
  const runs = record.workflowRuns;
  if (!runs.succeeded) {
    if (!runs.succeededPending) {
      const started = await startRun(api, onboarding, { customerId: 'C-1001', plan: 'growth' });
      if (started.status !== 'suspended')
        throw new SeedError(`seed: onboarding run ended ${started.status}, expected suspended`);
      runs.succeededPending = started.runId;
      save();
    }
    const { data: resumed } = await api<{ status: string }>(
      'POST',
      `/workflows/${onboarding}/resume-async?runId=${runs.succeededPending}`,
      TOKENS.owner,
      {
        step: 'request-approval',
        resumeData: { approved: true, approver: USERS.reviewer.id, note: 'Looks good' },
      },
    );
    if (resumed.status !== 'success') throw new SeedError(`seed: resumed onboarding ended ${resumed.status}`);
    runs.succeeded = runs.succeededPending;
    delete runs.succeededPending;
    save();
  }
  if (!runs.suspended) {
    runs.suspended = (await startRun(api, onboarding, { customerId: 'C-1003', plan: 'enterprise' })).runId;
    save();
  }
  if (!runs.failed) {
    const failed = await startRun(api, onboarding, { customerId: 'C-9999', plan: 'starter' });
    if (failed.status !== 'failed')
      throw new SeedError(`seed: unknown-customer onboarding ended ${failed.status}`);
    runs.failed = failed.runId;
    save();
  }
  if (!runs.report) {
    runs.report = (
      await startRun(api, DEMO_WORKFLOW_IDS.weeklySupportReport, { team: 'Support', weekOf: '2026-01-05' })
    ).runId;
    save();
  }
}

export function readSeedRecord(dataDir: string): SeedRecord | undefined {
  const file = join(dataDir, SEED_MARKER_FILE);
  if (!existsSync(file)) return undefined;
  return JSON.parse(readFileSync(file, 'utf8')) as SeedRecord;
}

/**
 * Creates the demo data through the server's own HTTP API (so it exercises the same routes as the UI).
 * Stored agents are brought to their target state one step at a time; runs are created once each, recorded in
 * a marker file next to the database after every run, so an interrupted seed resumes without duplicates.
 */
export async function seedDemo({
  baseUrl,
  dataDir,
  log,
}: SeedOptions): Promise<{ skipped: boolean; ms: number }> {
  const started = Date.now();
  const api = client(baseUrl);
  await seedStoredAgents(api);
  const existing = readSeedRecord(dataDir);
  if (existing && existing.version !== SEED_VERSION) {
    log(
      `[paddock] seed data is version ${existing.version}, this server seeds ${SEED_VERSION}: run with --reset`,
    );
  }
  if (existing && existing.complete !== false) return { skipped: true, ms: Date.now() - started };
  const record: SeedRecord = existing ?? {
    version: SEED_VERSION,
    createdAt: new Date().toISOString(),
    complete: false,
    workflowRuns: {},
    agentRuns: [],
  };
  const save = () => writeFileSync(join(dataDir, SEED_MARKER_FILE), `${JSON.stringify(record, null, 2)}\n`);
  log(existing ? '[paddock] resuming an interrupted seed...' : '[paddock] seeding demo runs...');
  await seedAgentRuns(api, record, save);
  await seedWorkflowRuns(api, record, save);
  record.complete = true;
  save();
  return { skipped: false, ms: Date.now() - started };
}
