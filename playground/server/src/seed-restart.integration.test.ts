import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_TOOL_IDS, DEMO_WORKFLOW_IDS, SEED_STORED_AGENT_IDS } from './ids.js';
import { TOKENS } from './roles.js';
import { SEED_MARKER_FILE, SEED_VERSION, type SeedRecord } from './seed.js';
import { startTestServer, type TestServer } from './testing.js';

const dirs: string[] = [];
const servers: TestServer[] = [];
afterAll(async () => {
  for (const server of servers) await server.stop();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function freshDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'paddock-restart-'));
  dirs.push(dir);
  return dir;
}

async function start(options: Parameters<typeof startTestServer>[0]): Promise<TestServer> {
  const server = await startTestServer(options);
  servers.push(server);
  return server;
}

/** Stops the server and insists it shut down by itself (no SIGKILL fallback, exit 0). */
async function stopCleanly(server: TestServer): Promise<void> {
  expect(await server.stop()).toEqual({ code: 0, signal: null, forcedKill: false });
}

async function get<T>(server: TestServer, path: string): Promise<T> {
  const response = await fetch(`${server.baseUrl}/api${path}`, {
    headers: { authorization: `Bearer ${TOKENS.owner}` },
  });
  expect(response.status, path).toBe(200);
  return (await response.json()) as T;
}

/** What the seed produced, in numbers and ids: equal before and after a restart means nothing was redone. */
async function seedShape(server: TestServer) {
  const agents: Record<string, { versions: number; active: number | null }> = {};
  for (const id of Object.values(SEED_STORED_AGENT_IDS)) {
    const { versions } = await get<{ versions: { id: string; versionNumber: number }[] }>(
      server,
      `/stored/agents/${id}/versions`,
    );
    const agent = await get<{ activeVersionId?: string | null }>(server, `/stored/agents/${id}?status=draft`);
    agents[id] = {
      versions: versions.length,
      active: versions.find((version) => version.id === agent.activeVersionId)?.versionNumber ?? null,
    };
  }
  const runs: Record<string, number> = {};
  for (const id of [DEMO_WORKFLOW_IDS.customerOnboarding, DEMO_WORKFLOW_IDS.weeklySupportReport]) {
    runs[id] = (await get<{ runs: unknown[] }>(server, `/workflows/${id}/runs`)).runs.length;
  }
  const traces = (await get<{ spans: unknown[] }>(server, '/observability/traces?perPage=100')).spans.length;
  return { agents, runs, traces };
}

const EXPECTED_AGENTS = {
  [SEED_STORED_AGENT_IDS.draft]: { versions: 2, active: null },
  [SEED_STORED_AGENT_IDS.published]: { versions: 1, active: 1 },
  [SEED_STORED_AGENT_IDS.publishedWithDraft]: { versions: 3, active: 2 },
  [SEED_STORED_AGENT_IDS.private]: { versions: 1, active: 1 },
};

describe('seed on a reused data folder', () => {
  it('is seeded once, left alone on restart, and restored by --reset', async () => {
    const dataDir = freshDir();
    const first = await start({ dataDir });
    expect(first.output()).toMatch(/\[paddock\] seeded in \d+ ms/);
    const seeded = await seedShape(first);
    expect(seeded.agents).toEqual(EXPECTED_AGENTS);
    expect(seeded.runs).toEqual({
      [DEMO_WORKFLOW_IDS.customerOnboarding]: 3,
      [DEMO_WORKFLOW_IDS.weeklySupportReport]: 1,
    });
    expect(seeded.traces).toBeGreaterThan(0);
    await stopCleanly(first);

    const second = await start({ dataDir });
    expect(second.output()).toContain('[paddock] seed already present');
    expect(await seedShape(second)).toEqual(seeded);
    // A change a user made since: --reset must throw it away.
    const extra = await fetch(`${second.baseUrl}/api/stored/agents`, {
      method: 'POST',
      headers: { authorization: `Bearer ${TOKENS.builder}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        id: 'made-after-seed',
        name: 'Made after seed',
        instructions: 'x',
        autoPublish: false,
      }),
    });
    expect(extra.status).toBe(200);
    await stopCleanly(second);

    const reset = await start({ dataDir, reset: true });
    expect(reset.output()).toContain(`[paddock] reset: removed ${dataDir}`);
    expect(reset.output()).toMatch(/\[paddock\] seeded in \d+ ms/);
    expect(await seedShape(reset)).toEqual(seeded);
    const gone = await fetch(`${reset.baseUrl}/api/stored/agents/made-after-seed?status=draft`, {
      headers: { authorization: `Bearer ${TOKENS.owner}` },
    });
    expect(gone.status).toBe(404);
    await stopCleanly(reset);
  });

  it('finishes a seed that was interrupted part-way, without duplicating what was done', async () => {
    const dataDir = freshDir();
    // A first start that died after creating one stored agent and the agent runs: the server came up
    // without seeding, and the marker lists the agent runs as done.
    const crashed = await start({ dataDir, seed: false });
    const created = await fetch(`${crashed.baseUrl}/api/stored/agents`, {
      method: 'POST',
      headers: { authorization: `Bearer ${TOKENS.builder}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        id: SEED_STORED_AGENT_IDS.publishedWithDraft,
        name: 'Escalation Assistant',
        instructions: 'Look up the ticket and the customer, then recommend escalate or not.',
        tools: { [DEMO_TOOL_IDS.ticketSearch]: {} },
        visibility: 'public',
        autoPublish: false,
      }),
    });
    expect(created.status).toBe(200);
    const partial: SeedRecord = {
      version: SEED_VERSION,
      createdAt: new Date().toISOString(),
      complete: false,
      workflowRuns: {},
      agentRuns: Array.from({ length: 7 }, (_, i) => ({ agentId: 'done-before', prompt: `#${i}`, ok: true })),
    };
    writeFileSync(join(dataDir, SEED_MARKER_FILE), JSON.stringify(partial));
    await stopCleanly(crashed);

    const resumed = await start({ dataDir });
    expect(resumed.output()).toContain('[paddock] resuming an interrupted seed...');
    const shape = await seedShape(resumed);
    expect(shape.agents).toEqual(EXPECTED_AGENTS);
    expect(shape.runs).toEqual({
      [DEMO_WORKFLOW_IDS.customerOnboarding]: 3,
      [DEMO_WORKFLOW_IDS.weeklySupportReport]: 1,
    });
    // The agent runs recorded as done were not run again.
    const agentTraces = await get<{ spans: unknown[] }>(
      resumed,
      '/observability/traces?entityType=agent&perPage=50',
    );
    expect(agentTraces.spans).toEqual([]);
    const record = JSON.parse(readFileSync(join(dataDir, SEED_MARKER_FILE), 'utf8')) as SeedRecord;
    expect(record.complete).toBe(true);
    expect(record.agentRuns).toHaveLength(7);
    expect(Object.keys(record.workflowRuns).sort()).toEqual(['failed', 'report', 'succeeded', 'suspended']);
    await stopCleanly(resumed);
  });
});
