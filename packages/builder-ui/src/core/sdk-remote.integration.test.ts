import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MastraClient, type FetchLike } from '@paddock/client-sdk';
import { startTestServer, type TestServer } from '@paddock/playground-server/testing';
import { USERS } from '@paddock/playground-server';
import { createAgentDraftStore, type AgentDraftStore } from './agent-draft-store.js';
import { createTestRunStore } from './draft-test-run.js';
import { createMemoryDraftStorage } from './draft-storage.js';
import { createSdkDraftRemote, createSdkTestRunTransport } from './sdk-remote.js';

// A server configured unlike the default playground: the memory resource comes from the signed-in user, so
// agents with memory (every stored agent: the builder pins memory) refuse runs that name no thread.
let server: TestServer;

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}
const builder = (fetch?: FetchLike) =>
  new MastraClient({
    baseUrl: server.baseUrl,
    headers: { authorization: `Bearer ${server.tokens.builder}` },
    maxRetries: 0,
    ...(fetch ? { fetch } : {}),
  });

async function createStoredAgent(name: string): Promise<{ id: string; versionId: string | null }> {
  const record = await builder().storedAgents.create({
    name,
    instructions: 'Help the renewals team.',
    autoPublish: false,
  });
  expect(record.memory).toBeTruthy();
  const remote = await createSdkDraftRemote(builder()).load(record.id);
  return { id: record.id, versionId: remote.versionId };
}

beforeAll(async () => {
  server = await startTestServer({ profile: 'demo', seed: false, resourceFromUser: true });
});
afterAll(async () => {
  await server?.stop();
});

describe('test runs on a server whose agents have memory', () => {
  it('a run with the thread and the user as resource succeeds where a run without them fails', async () => {
    const agent = await createStoredAgent(`Memory runs ${Date.now()}`);
    const store = createTestRunStore(createSdkTestRunTransport(builder()));

    // The server really is configured so: without a thread the run fails (what the panel did before).
    await store.send('Hello', { agentId: agent.id, versionId: agent.versionId });
    expect(store.getSnapshot().runs[0]).toMatchObject({ status: 'error' });

    store.reset();
    const memory = { resource: USERS.builder.id };
    await store.send('Hello', { agentId: agent.id, versionId: agent.versionId, memory });
    await store.send('And again', { agentId: agent.id, versionId: agent.versionId, memory });
    const { runs, threadId } = store.getSnapshot();
    expect(runs.map((run) => [run.status, run.error])).toEqual([
      ['done', null],
      ['done', null],
    ]);
    // Both turns went to one thread the user owns.
    expect(threadId).not.toBeNull();
    const response = await fetch(
      `${server.baseUrl}/api/memory/threads/${threadId}/messages?agentId=${agent.id}`,
      { headers: { authorization: `Bearer ${server.tokens.builder}` } },
    );
    expect(response.status).toBe(200);
    const { messages } = (await response.json()) as { messages: { role: string }[] };
    expect(messages.filter((message) => message.role === 'user')).toHaveLength(2);
  });
});

describe('two editors saving at the same moment', () => {
  it('the editor whose save landed second is shown the conflict with both texts', async () => {
    const agent = await createStoredAgent(`Race ${Date.now()}`);

    // Deterministic interleaving: both saves run their check (load) before either writes, then A writes, then
    // B. This is the window a plain "fetch latest, compare, save" cannot see.
    let checking = { A: false, B: false };
    const checked = { A: deferred(), B: deferred() };
    const aWritten = deferred();
    const gated =
      (who: 'A' | 'B'): FetchLike =>
      async (url, init) => {
        const method = init?.method ?? 'GET';
        if (method === 'PATCH') {
          await Promise.all([checked.A.promise, checked.B.promise]);
          if (who === 'B') await aWritten.promise;
        }
        const response = await globalThis.fetch(url, init);
        if (method === 'GET' && checking[who] && url.includes(`/stored/agents/${agent.id}?`)) {
          checked[who].resolve();
        }
        if (method === 'PATCH' && who === 'A') aWritten.resolve();
        return response;
      };

    // The allow-lists as the composer has them: a draft with a model is only saved once they are known.
    const catalog = await builder().catalog.list();
    const editor = (who: 'A' | 'B'): AgentDraftStore =>
      createAgentDraftStore({
        remote: createSdkDraftRemote(builder(gated(who))),
        agentId: agent.id,
        userId: who,
        storage: createMemoryDraftStorage(),
        autosave: false,
        catalog,
      });
    const a = editor('A');
    const b = editor('B');
    await Promise.all([a.start(), b.start()]);
    a.apply([{ type: 'set', field: 'instructions', value: 'Text from A.' }]);
    b.apply([{ type: 'set', field: 'instructions', value: 'Text from B.' }]);
    checking = { A: true, B: true };
    await Promise.all([a.save(), b.save()]);

    expect(a.getSnapshot()).toMatchObject({ status: 'saved', conflict: null });
    const state = b.getSnapshot();
    expect(state.status).toBe('conflict');
    expect(state.conflict?.fields.find((entry) => entry.field === 'instructions')).toMatchObject({
      kind: 'both',
      mine: 'Text from B.',
      theirs: 'Text from A.',
    });

    // B keeps A's text: the server ends with it, on top of the version B's save produced.
    await b.resolveConflict({ instructions: 'theirs' });
    expect(b.getSnapshot()).toMatchObject({ status: 'saved', conflict: null });
    const latest = await builder().storedAgents.retrieve(agent.id, { status: 'draft' });
    expect(latest.instructions).toBe('Text from A.');
    a.destroy();
    b.destroy();
  });
});

describe('names in any script', () => {
  it('creates agents named in Arabic, CJK or emoji only, with the id the kit proposed', async () => {
    const catalog = await builder().catalog.list();
    for (const name of ['مساعد التجديد', '续约助手', '🤖🚀']) {
      const store = createAgentDraftStore({
        remote: createSdkDraftRemote(builder()),
        userId: 'u-builder',
        storage: createMemoryDraftStorage(),
        autosave: false,
        catalog,
      });
      await store.start();
      store.apply([
        { type: 'set', field: 'name', value: name },
        { type: 'set', field: 'instructions', value: 'Help.' },
      ]);
      const proposed = store.getSnapshot().newAgentId!;
      expect(proposed).toMatch(/^agent-[a-z0-9]{6}$/);
      await store.save();
      expect(store.getSnapshot()).toMatchObject({ status: 'saved', agentId: proposed });
      const stored = await builder().storedAgents.retrieve(proposed, { status: 'draft' });
      expect(stored.name).toBe(name);
      store.destroy();
    }
  });
});
