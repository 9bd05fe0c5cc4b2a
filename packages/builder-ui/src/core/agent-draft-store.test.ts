import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { StoredAgentLike } from './agent-draft.js';
import { createEmptyDraft } from './agent-draft.js';
import {
  classifyDraftError,
  createAgentDraftStore,
  type AgentDraftStoreOptions,
  type Connectivity,
  type DraftRemote,
  type RemoteAgent,
} from './agent-draft-store.js';
import type { DraftCatalog } from './agent-draft-validation.js';
import { createMemoryDraftStorage, draftStorageKey } from './draft-storage.js';

/**
 * An SDK error as any copy of the SDK makes it: recognised by its `kind` and `retryable` alone (duck typing),
 * never by class name.
 */
function sdkError(kind: string, message = 'x', extra: Record<string, unknown> = {}) {
  const retryable = ['connection', 'timeout', 'rate-limit', 'server'].includes(kind);
  return Object.assign(new Error(message), { kind, retryable, ...extra });
}

/** A stand-in for the server: versioned records, request log, switchable outage. */
function createFakeServer(initial?: StoredAgentLike) {
  const records = new Map<string, StoredAgentLike>();
  const versions = new Map<string, number>();
  const log: { method: string; agentId?: string; body?: Record<string, unknown> }[] = [];
  let down = false;
  let failNext: unknown = null;
  // Every version's config, to answer "which version came before the one this update produced".
  const history = new Map<string, StoredAgentLike[]>();
  const bump = (id: string) => {
    versions.set(id, (versions.get(id) ?? 0) + 1);
    history.set(id, [...(history.get(id) ?? []), structuredClone(records.get(id)!)]);
  };
  let beforeUpdate: (() => void) | null = null;
  if (initial) {
    records.set(initial.id, initial);
    bump(initial.id);
  }
  const view = (id: string): RemoteAgent => ({
    record: structuredClone(records.get(id)!),
    versionId: `${id}@v${versions.get(id)}`,
  });
  const guard = () => {
    if (down) throw sdkError('connection', 'Connection error.');
    if (failNext) {
      const error = failNext;
      failNext = null;
      throw error;
    }
  };
  const remote: DraftRemote = {
    async load(agentId) {
      log.push({ method: 'load', agentId });
      guard();
      if (!records.has(agentId)) throw sdkError('not-found', 'Not found', { status: 404 });
      return view(agentId);
    },
    async create(body) {
      log.push({ method: 'create', body });
      guard();
      const id = String(body['name']).toLowerCase().replace(/\W+/g, '-');
      if (records.has(id)) throw sdkError('conflict', `Agent with id ${id} already exists`, { status: 409 });
      records.set(id, { id, ...body, status: 'draft' } as StoredAgentLike);
      bump(id);
      return view(id);
    },
    async update(agentId, body) {
      log.push({ method: 'update', agentId, body });
      guard();
      // Another editor's save landing between this client's check (load) and its write.
      const interleave = beforeUpdate;
      beforeUpdate = null;
      interleave?.();
      const { autoPublish: _a, changeMessage: _c, metadata, ...rest } = body;
      const previous = records.get(agentId)!;
      records.set(agentId, {
        ...previous,
        ...rest,
        metadata: { ...previous.metadata, ...(metadata as object | undefined) },
      });
      bump(agentId);
      const n = versions.get(agentId)!;
      const before = history.get(agentId)![n - 2];
      return {
        ...view(agentId),
        previous: before ? { versionId: `${agentId}@v${n - 1}`, record: structuredClone(before) } : null,
      };
    },
  };
  return {
    remote,
    log,
    records,
    /** Another client saves directly. */
    editBySomeoneElse(agentId: string, patch: Partial<StoredAgentLike>) {
      records.set(agentId, { ...records.get(agentId)!, ...patch });
      bump(agentId);
    },
    /** Runs `edit` after the next update's check passed and right before its write. */
    interleaveNextUpdate(edit: () => void) {
      beforeUpdate = edit;
    },
    setDown(value: boolean) {
      down = value;
    },
    failOnce(error: unknown) {
      failNext = error;
    },
  };
}

function createConnectivity(initial = true): Connectivity & { set(online: boolean): void } {
  let online = initial;
  const listeners = new Set<() => void>();
  return {
    isOnline: () => online,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set(value) {
      online = value;
      listeners.forEach((l) => l());
    },
  };
}

const seeded: StoredAgentLike = {
  id: 'support-bot',
  name: 'Support bot',
  description: '',
  instructions: 'Help customers.',
  model: { provider: 'mock', name: 'deterministic-v1' },
  tools: { 'crm-lookup-tool': {} },
  visibility: 'private',
  metadata: { team: 'Support' },
  authorId: 'u-builder',
};

/** Allow-lists covering what the tests bind; the store holds every save that needs them until they load. */
const allowAll: DraftCatalog = {
  items: [
    { kind: 'tool', id: 'crm-lookup-tool', available: true },
    { kind: 'tool', id: 'ticket-search-tool', available: true },
    { kind: 'tool', id: 'pricing-approval-tool', available: false, unavailableReason: 'not-allow-listed' },
    {
      kind: 'model',
      id: 'mock/deterministic-v1',
      available: true,
      model: { provider: 'mock', modelId: 'deterministic-v1', isDefault: true },
    },
  ],
  modelPolicy: { active: true, pickerVisible: true },
};

/** Lets pending promise callbacks run (the fake server resolves in microtasks). */
async function settle() {
  for (let i = 0; i < 10; i++) await Promise.resolve();
}

function setup(overrides: Partial<AgentDraftStoreOptions> = {}, server = createFakeServer(seeded)) {
  const storage = createMemoryDraftStorage();
  const connectivity = createConnectivity();
  const store = createAgentDraftStore({
    remote: server.remote,
    agentId: 'support-bot',
    userId: 'u-builder',
    storage,
    connectivity,
    debounceMs: 500,
    catalog: allowAll,
    ...overrides,
  });
  return { store, server, storage, connectivity };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('loading', () => {
  it('loads the latest draft of an agent and starts clean', async () => {
    const { store } = setup();
    expect(store.getSnapshot().load).toBe('loading');
    await store.start();
    const state = store.getSnapshot();
    expect(state).toMatchObject({
      load: 'ready',
      status: 'idle',
      baseVersionId: 'support-bot@v1',
      dirtyFields: [],
    });
    expect(state.draft.tools).toEqual(['crm-lookup-tool']);
  });

  it('reports a load failure', async () => {
    const { store } = setup({ agentId: 'missing' });
    await store.start();
    expect(store.getSnapshot()).toMatchObject({ load: 'error', loadError: { kind: 'not-found' } });
  });
});

describe('autosave', () => {
  it('debounces edits into one save that never publishes and names the changed fields', async () => {
    const { store, server } = setup();
    await store.start();
    store.apply([{ type: 'set', field: 'name', value: 'Support b' }]);
    store.apply([{ type: 'set', field: 'name', value: 'Support bo' }]);
    store.apply([{ type: 'add-binding', kind: 'tools', id: 'ticket-search-tool' }]);
    expect(store.getSnapshot().status).toBe('pending');
    expect(server.log.filter((l) => l.method === 'update')).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(500);
    await settle();
    const updates = server.log.filter((l) => l.method === 'update');
    expect(updates).toHaveLength(1);
    expect(updates[0]!.body).toEqual({
      autoPublish: false,
      changeMessage: 'Draft saved: name, tools',
      name: 'Support bo',
      tools: { 'crm-lookup-tool': {}, 'ticket-search-tool': {} },
    });
    expect(store.getSnapshot()).toMatchObject({
      status: 'saved',
      dirtyFields: [],
      baseVersionId: 'support-bot@v2',
    });
  });

  it('does not save an invalid draft and says why', async () => {
    const { store, server } = setup();
    await store.start();
    store.apply([{ type: 'set', field: 'name', value: '' }]);
    await vi.advanceTimersByTimeAsync(500);
    expect(store.getSnapshot().status).toBe('invalid');
    expect(store.getSnapshot().issues).toEqual([{ field: 'name', code: 'required' }]);
    expect(server.log.some((l) => l.method === 'update')).toBe(false);
  });

  it('saves again when edits arrive while a save is in flight', async () => {
    const { store, server } = setup();
    await store.start();
    store.apply([{ type: 'set', field: 'description', value: 'One' }]);
    const saving = store.save();
    store.apply([{ type: 'set', field: 'description', value: 'One two' }]);
    await saving;
    await vi.advanceTimersByTimeAsync(500);
    await settle();
    expect(server.records.get('support-bot')!.description).toBe('One two');
    expect(store.getSnapshot().status).toBe('saved');
  });

  it('moves to error on a server failure and retries on demand', async () => {
    const { store, server } = setup();
    await store.start();
    server.failOnce(sdkError('server', 'boom', { status: 500 }));
    store.apply([{ type: 'set', field: 'description', value: 'x' }]);
    await store.save();
    expect(store.getSnapshot()).toMatchObject({
      status: 'error',
      error: { kind: 'unknown', message: 'boom' },
    });
    await store.retry();
    expect(store.getSnapshot().status).toBe('saved');
  });

  it('reports unsaved edits as pending with autosave off, and never saves them on its own', async () => {
    const { store, server } = setup({ autosave: false });
    await store.start();
    store.apply([{ type: 'set', field: 'description', value: 'Manual save only' }]);
    expect(store.getSnapshot().status).toBe('pending');
    await vi.runAllTimersAsync();
    expect(server.log.filter((entry) => entry.method === 'update')).toHaveLength(0);
    await store.save();
    expect(store.getSnapshot().status).toBe('saved');
    store.apply([{ type: 'set', field: 'description', value: 'Edited again' }]);
    expect(store.getSnapshot().status).toBe('pending');
  });

  it('never saves when read-only, and refuses edits with the reason', async () => {
    const { store, server } = setup({ readOnly: true });
    await store.start();
    const { refused } = store.apply([{ type: 'set', field: 'name', value: 'x' }]);
    expect(refused[0]?.reason).toBe('read-only');
    await store.save();
    expect(server.log.some((l) => l.method === 'update')).toBe(false);
  });

  it('refuses bindings outside the allow-lists without touching the draft', async () => {
    const catalog: DraftCatalog = {
      items: [
        {
          kind: 'tool',
          id: 'pricing-approval-tool',
          available: false,
          unavailableReason: 'not-allow-listed',
        },
      ],
      modelPolicy: { active: false, pickerVisible: true },
    };
    const { store } = setup({ catalog });
    await store.start();
    const before = store.getSnapshot().draft;
    store.apply([{ type: 'add-binding', kind: 'tools', id: 'pricing-approval-tool' }]);
    expect(store.getSnapshot().draft).toBe(before);
    expect(store.getSnapshot().refused).toMatchObject([
      { id: 'pricing-approval-tool', reason: 'not-allow-listed' },
    ]);
  });
});

describe('allow-lists not loaded yet, or failed', () => {
  const writes = (server: ReturnType<typeof createFakeServer>) =>
    server.log.filter((entry) => entry.method === 'create' || entry.method === 'update');

  it('never sends a restored draft with a disallowed tool, before or after a late catalog', async () => {
    const server = createFakeServer(seeded);
    const first = setup({}, server);
    await first.store.start();
    // Bypasses screening the way a local copy written by an older build (or edited by hand) would.
    first.store.setDraft({
      ...first.store.getSnapshot().draft,
      tools: ['crm-lookup-tool', 'pricing-approval-tool'],
    });
    first.store.destroy();

    const second = createAgentDraftStore({
      remote: server.remote,
      agentId: 'support-bot',
      userId: 'u-builder',
      storage: first.storage,
      connectivity: createConnectivity(),
      debounceMs: 500,
    });
    await second.start();
    expect(second.getSnapshot()).toMatchObject({
      restored: true,
      allowLists: 'loading',
      hold: 'allow-lists-loading',
      status: 'pending',
    });
    await second.save();
    await vi.advanceTimersByTimeAsync(5000);
    await settle();
    expect(writes(server)).toEqual([]);

    second.setCatalog(allowAll);
    await vi.advanceTimersByTimeAsync(5000);
    await settle();
    await second.save();
    expect(writes(server)).toEqual([]);
    expect(second.getSnapshot()).toMatchObject({ status: 'invalid', hold: null });
    expect(second.getSnapshot().issues).toEqual([
      { field: 'tools', code: 'not-allowed', id: 'pricing-approval-tool', reason: 'not-allow-listed' },
    ]);
  });

  it('saves a held, allowed draft once the catalog arrives', async () => {
    const { store, server } = setup({ catalog: undefined });
    await store.start();
    store.apply([{ type: 'set', field: 'description', value: 'waits for the allow-lists' }]);
    await vi.advanceTimersByTimeAsync(5000);
    expect(store.getSnapshot()).toMatchObject({ status: 'pending', hold: 'allow-lists-loading' });
    expect(writes(server)).toEqual([]);
    store.setCatalog(allowAll);
    expect(store.getSnapshot().hold).toBeNull();
    await vi.advanceTimersByTimeAsync(500);
    await settle();
    expect(writes(server)).toHaveLength(1);
    expect(store.getSnapshot().status).toBe('saved');
  });

  it('saves nothing when the catalog failed, and says so as invalid', async () => {
    const { store, server } = setup({ catalog: undefined });
    await store.start();
    store.setCatalog(undefined, true);
    store.apply([{ type: 'set', field: 'name', value: 'Renamed' }]);
    expect(store.getSnapshot()).toMatchObject({
      allowLists: 'error',
      hold: 'allow-lists-failed',
      status: 'invalid',
    });
    await store.save();
    await store.retry();
    await vi.advanceTimersByTimeAsync(5000);
    await settle();
    expect(writes(server)).toEqual([]);
    expect(store.getSnapshot().status).toBe('invalid');

    // A later successful catalog load lifts the hold.
    store.setCatalog(allowAll);
    await vi.advanceTimersByTimeAsync(500);
    await settle();
    expect(writes(server)).toHaveLength(1);
  });

  it('never creates a controlled value with a disallowed tool or model while the catalog is missing', async () => {
    const server = createFakeServer();
    const { store } = setup({ agentId: null, catalog: undefined }, server);
    await store.start();
    store.setDraft(
      createEmptyDraft({
        name: 'Sneaky',
        instructions: 'x',
        tools: ['pricing-approval-tool'],
        model: { provider: 'openai', name: 'gpt-x' },
      }),
    );
    await store.save();
    await vi.advanceTimersByTimeAsync(5000);
    store.setCatalog(allowAll);
    await vi.advanceTimersByTimeAsync(5000);
    await settle();
    expect(writes(server)).toEqual([]);
    expect(store.getSnapshot().issues.map((issue) => [issue.field, issue.code])).toEqual([
      ['tools', 'not-allowed'],
      ['model', 'not-allowed'],
    ]);
  });

  it('does not hold a draft with no binding and no model: there is nothing to check', async () => {
    const server = createFakeServer();
    const { store } = setup({ agentId: null, catalog: undefined }, server);
    await store.start();
    store.apply([
      { type: 'set', field: 'name', value: 'Plain' },
      { type: 'set', field: 'instructions', value: 'x' },
    ]);
    expect(store.getSnapshot().hold).toBeNull();
    await store.save();
    expect(writes(server)).toHaveLength(1);
  });

  it('checks the draft again after the pre-save load, in case the allow-lists changed meanwhile', async () => {
    const server = createFakeServer(seeded);
    const { store } = setup({}, server);
    await store.start();
    store.apply([{ type: 'set', field: 'description', value: 'x' }]);
    const load = server.remote.load.bind(server.remote);
    server.remote.load = async (agentId) => {
      const loaded = await load(agentId);
      // The allow-list no longer includes the bound tool by the time the load answers.
      store.setCatalog({
        ...allowAll,
        items: allowAll.items.filter((item) => item.id !== 'crm-lookup-tool'),
      });
      return loaded;
    };
    await store.save();
    expect(writes(server)).toEqual([]);
    expect(store.getSnapshot().status).toBe('invalid');
  });
});

describe('new agents named in any script', () => {
  it('sends an id it proposed itself: a readable slug, else a short random id, never the server guessing', async () => {
    const server = createFakeServer();
    const { store } = setup({ agentId: null, idSuffix: 'k3x9q2', autosave: false }, server);
    await store.start();
    store.apply([
      { type: 'set', field: 'name', value: 'مساعد التجديد' },
      { type: 'set', field: 'instructions', value: 'Help.' },
    ]);
    expect(store.getSnapshot()).toMatchObject({ newAgentId: 'agent-k3x9q2', newAgentIdEdited: false });
    await store.save();
    expect(server.log.find((entry) => entry.method === 'create')!.body).toMatchObject({
      id: 'agent-k3x9q2',
      name: 'مساعد التجديد',
    });
    expect(store.getSnapshot()).toMatchObject({ status: 'saved', newAgentId: null });

    const latin = setup({ agentId: null, idSuffix: 'zzzzzz', autosave: false }, createFakeServer()).store;
    latin.apply([{ type: 'set', field: 'name', value: 'Renewal helper' }]);
    expect(latin.getSnapshot().newAgentId).toBe('renewal-helper');
  });

  it('takes the id exactly as the user typed it, checks it, and stops following the name', async () => {
    const server = createFakeServer();
    const { store } = setup({ agentId: null, autosave: false }, server);
    await store.start();
    store.apply([
      { type: 'set', field: 'name', value: '续约助手' },
      { type: 'set', field: 'instructions', value: 'Help.' },
    ]);
    store.setNewAgentId('has space');
    expect(store.getSnapshot().issues).toContainEqual({ field: 'id', code: 'invalid-id' });
    store.setNewAgentId('renewals-cn');
    store.apply([{ type: 'set', field: 'name', value: '续约助手 2' }]);
    expect(store.getSnapshot()).toMatchObject({
      newAgentId: 'renewals-cn',
      newAgentIdEdited: true,
      issues: [],
    });
    await store.save();
    expect(server.log.find((entry) => entry.method === 'create')!.body).toMatchObject({ id: 'renewals-cn' });
  });

  it('puts a 400 from the server on the field it names', async () => {
    const server = createFakeServer();
    const { store } = setup({ agentId: null, autosave: false }, server);
    await store.start();
    store.apply([
      { type: 'set', field: 'name', value: 'Bot' },
      { type: 'set', field: 'instructions', value: 'Help.' },
    ]);
    server.failOnce(sdkError('bad-request', 'Could not derive agent ID from name', { status: 400 }));
    await store.save();
    expect(store.getSnapshot().status).toBe('invalid');
    expect(store.getSnapshot().issues).toContainEqual({
      field: 'id',
      code: 'schema',
      message: 'Could not derive agent ID from name',
    });
  });
});

describe('new agents', () => {
  it('creates the agent as a draft on the first save, then updates it', async () => {
    const server = createFakeServer();
    const onSaved = vi.fn();
    const { store } = setup({ agentId: null, onSaved }, server);
    await store.start();
    store.apply([
      { type: 'set', field: 'name', value: 'Renewal helper' },
      { type: 'set', field: 'instructions', value: 'Find renewals.' },
    ]);
    await vi.advanceTimersByTimeAsync(500);
    await settle();
    expect(server.log[0]).toMatchObject({
      method: 'create',
      body: {
        autoPublish: false,
        changeMessage: 'Draft created: name, instructions',
        name: 'Renewal helper',
      },
    });
    expect(store.getSnapshot()).toMatchObject({ agentId: 'renewal-helper', status: 'saved' });
    expect(onSaved).toHaveBeenCalledWith(expect.objectContaining({ versionId: 'renewal-helper@v1' }), {
      created: true,
      fields: ['name', 'instructions'],
    });
    store.apply([{ type: 'set', field: 'description', value: 'Renewals' }]);
    await vi.advanceTimersByTimeAsync(500);
    await settle();
    expect(server.log.map((l) => l.method)).toEqual(['create', 'load', 'update']);
  });

  it('stores the change message the host gives (the hook takes it from the dictionary)', async () => {
    const server = createFakeServer();
    const changeMessage = (fields: readonly string[], created: boolean) =>
      `${created ? 'Brouillon créé' : 'Brouillon enregistré'} (${fields.join(' + ')})`;
    const { store } = setup({ agentId: null, changeMessage }, server);
    await store.start();
    store.apply([
      { type: 'set', field: 'name', value: 'Aide' },
      { type: 'set', field: 'instructions', value: 'x' },
    ]);
    await store.save();
    store.apply([{ type: 'set', field: 'description', value: 'd' }]);
    await store.save();
    expect(server.log.filter((l) => l.body).map((l) => l.body!['changeMessage'])).toEqual([
      'Brouillon créé (name + instructions)',
      'Brouillon enregistré (description)',
    ]);
  });

  it('shows the defaults the server filled in (model, memory) after the first save', async () => {
    const server = createFakeServer();
    const create = server.remote.create.bind(server.remote);
    server.remote.create = (body) =>
      create({
        ...body,
        model: { provider: 'mock', name: 'deterministic-v1' },
        memory: { options: { lastMessages: 10 } },
      });
    const { store } = setup({ agentId: null }, server);
    await store.start();
    store.apply([
      { type: 'set', field: 'name', value: 'Defaults' },
      { type: 'set', field: 'instructions', value: 'x' },
    ]);
    await store.save();
    expect(store.getSnapshot().draft).toMatchObject({
      model: { provider: 'mock', name: 'deterministic-v1' },
      memory: { enabled: true, lastMessages: 10 },
    });
    expect(store.getSnapshot().dirtyFields).toEqual([]);
  });

  it('turns a taken id (409) into a name issue', async () => {
    const server = createFakeServer(seeded);
    const { store } = setup({ agentId: null }, server);
    await store.start();
    store.apply([
      { type: 'set', field: 'name', value: 'Support bot' },
      { type: 'set', field: 'instructions', value: 'x' },
    ]);
    await store.save();
    expect(store.getSnapshot().status).toBe('invalid');
    expect(store.getSnapshot().issues).toEqual([{ field: 'name', code: 'id-taken' }]);
  });
});

describe('local persistence', () => {
  it('restores every keystroke after a reload, and saves it', async () => {
    const server = createFakeServer(seeded);
    const first = setup({}, server);
    await first.store.start();
    first.store.apply([{ type: 'set', field: 'instructions', value: 'Help customers kindly.' }]);
    // The tab dies before the debounce fires.
    first.store.destroy();
    expect(server.log.some((l) => l.method === 'update')).toBe(false);

    const second = createAgentDraftStore({
      remote: server.remote,
      agentId: 'support-bot',
      userId: 'u-builder',
      storage: first.storage,
      connectivity: createConnectivity(),
      debounceMs: 500,
      catalog: allowAll,
    });
    await second.start();
    expect(second.getSnapshot()).toMatchObject({ restored: true, dirtyFields: ['instructions'] });
    expect(second.getSnapshot().draft.instructions).toBe('Help customers kindly.');
    await vi.advanceTimersByTimeAsync(500);
    await settle();
    expect(server.records.get('support-bot')!.instructions).toBe('Help customers kindly.');
    expect(first.storage.getItem(draftStorageKey('u-builder', 'support-bot'))).toBeNull();
  });

  it('keeps drafts per user', async () => {
    const { store, storage } = setup();
    await store.start();
    store.apply([{ type: 'set', field: 'description', value: 'mine' }]);
    expect(storage.getItem(draftStorageKey('u-builder', 'support-bot'))).toContain('mine');
    expect(storage.getItem(draftStorageKey('u-other', 'support-bot'))).toBeNull();
  });

  it('restores an unsaved new agent', async () => {
    const storage = createMemoryDraftStorage();
    const server = createFakeServer();
    const options = { remote: server.remote, storage, connectivity: createConnectivity(false), userId: 'u' };
    const first = createAgentDraftStore(options);
    await first.start();
    first.apply([{ type: 'set', field: 'name', value: 'Half typed' }]);
    first.destroy();
    const second = createAgentDraftStore(options);
    await second.start();
    expect(second.getSnapshot().draft.name).toBe('Half typed');
  });

  it('resumes an agent created before the reload instead of creating it again', async () => {
    const server = createFakeServer();
    const storage = createMemoryDraftStorage();
    const options = { storage, agentId: null, autosave: false };
    const first = setup(options, server);
    await first.store.start();
    first.store.apply([
      { type: 'set', field: 'name', value: 'Renewal helper' },
      { type: 'set', field: 'instructions', value: 'Find renewals.' },
    ]);
    await first.store.save();
    expect(first.store.getSnapshot().agentId).toBe('renewal-helper');
    first.store.apply([{ type: 'set', field: 'description', value: 'Typed after the create' }]);
    // The tab dies before this edit is saved; the host mounts the composer again without an agentId.
    first.store.destroy();

    const second = setup(options, server);
    await second.store.start();
    expect(second.store.getSnapshot()).toMatchObject({
      agentId: 'renewal-helper',
      load: 'ready',
      restored: true,
      dirtyFields: ['description'],
      baseVersionId: 'renewal-helper@v1',
    });
    expect(second.store.getSnapshot().draft.description).toBe('Typed after the create');
    await second.store.save();
    expect(server.log.map((entry) => entry.method)).toEqual(['create', 'load', 'load', 'update']);
    expect(server.records.get('renewal-helper')!.description).toBe('Typed after the create');
    // Saved and clean: the new-agent slot is free again, so the next mount composes a new agent.
    expect(storage.getItem(draftStorageKey('u-builder', null))).toBeNull();
    const third = setup(options, server);
    await third.store.start();
    expect(third.store.getSnapshot()).toMatchObject({ agentId: null, restored: false });
  });

  it('turns a resumed agent that was deleted meanwhile back into a new agent, keeping the edits', async () => {
    const server = createFakeServer();
    const storage = createMemoryDraftStorage();
    const options = { storage, agentId: null, autosave: false };
    const first = setup(options, server);
    await first.store.start();
    first.store.apply([
      { type: 'set', field: 'name', value: 'Short lived' },
      { type: 'set', field: 'instructions', value: 'x' },
    ]);
    await first.store.save();
    first.store.apply([{ type: 'set', field: 'description', value: 'kept' }]);
    first.store.destroy();
    server.records.delete('short-lived');

    const second = setup(options, server);
    await second.store.start();
    expect(second.store.getSnapshot()).toMatchObject({ agentId: null, load: 'ready', restored: true });
    expect(second.store.getSnapshot().draft).toMatchObject({ name: 'Short lived', description: 'kept' });
  });

  it('discardLocal drops the local copy and reloads the server version', async () => {
    const { store, storage } = setup({ autosave: false });
    await store.start();
    store.apply([{ type: 'set', field: 'description', value: 'throwaway' }]);
    await store.discardLocal();
    expect(store.getSnapshot().draft.description).toBe('');
    expect(storage.getItem(draftStorageKey('u-builder', 'support-bot'))).toBeNull();
  });
});

describe('offline queue', () => {
  it('queues edits made offline and saves them when the connection returns', async () => {
    const { store, server, connectivity } = setup();
    await store.start();
    connectivity.set(false);
    server.setDown(true);
    store.apply([{ type: 'set', field: 'description', value: 'offline edit' }]);
    await vi.advanceTimersByTimeAsync(500);
    expect(store.getSnapshot().status).toBe('offline');
    server.setDown(false);
    connectivity.set(true);
    await settle();
    expect(server.records.get('support-bot')!.description).toBe('offline edit');
    expect(store.getSnapshot().status).toBe('saved');
  });

  it('treats an unreachable server as offline and retries on its own', async () => {
    const { store, server } = setup();
    await store.start();
    server.setDown(true);
    store.apply([{ type: 'set', field: 'description', value: 'queued' }]);
    await vi.advanceTimersByTimeAsync(500);
    await settle();
    expect(store.getSnapshot()).toMatchObject({ status: 'offline', error: { kind: 'offline' } });
    server.setDown(false);
    await vi.advanceTimersByTimeAsync(2000);
    await settle();
    expect(server.records.get('support-bot')!.description).toBe('queued');
  });
});

describe('concurrent edits', () => {
  it('detects a save by someone else, shows both sides, and never overwrites silently', async () => {
    const { store, server } = setup();
    await store.start();
    store.apply([
      { type: 'set', field: 'name', value: 'Mine' },
      { type: 'set', field: 'instructions', value: 'My instructions' },
    ]);
    server.editBySomeoneElse('support-bot', { name: 'Theirs', description: 'Their description' });
    await store.save();
    const state = store.getSnapshot();
    expect(state.status).toBe('conflict');
    expect(state.conflict?.theirsVersionId).toBe('support-bot@v2');
    expect(state.conflict?.fields.map(({ field, kind }) => [field, kind])).toEqual([
      ['name', 'both'],
      ['description', 'theirs'],
      ['instructions', 'mine'],
    ]);
    expect(server.log.some((l) => l.method === 'update')).toBe(false);

    await store.resolveConflict({ name: 'theirs' });
    const record = server.records.get('support-bot')!;
    expect(record).toMatchObject({
      name: 'Theirs',
      description: 'Their description',
      instructions: 'My instructions',
    });
    expect(store.getSnapshot()).toMatchObject({
      status: 'saved',
      conflict: null,
      baseVersionId: 'support-bot@v3',
    });
    // Only my one-sided change was sent: their fields were not rewritten.
    expect(server.log.filter((l) => l.method === 'update').at(-1)!.body).toEqual({
      autoPublish: false,
      changeMessage: 'Draft saved: instructions',
      instructions: 'My instructions',
    });
  });

  it('compares the version the edit started from: a newer version with no real change is adopted, not flagged', async () => {
    const { store, server } = setup();
    await store.start();
    store.apply([{ type: 'set', field: 'description', value: 'mine' }]);
    // Someone saved a new version with the same content (e.g. a snapshot).
    server.editBySomeoneElse('support-bot', {});
    await store.save();
    expect(store.getSnapshot()).toMatchObject({
      status: 'saved',
      conflict: null,
      baseVersionId: 'support-bot@v3',
    });
  });

  it('detects a metadata-only change (visibility is not versioned)', async () => {
    const { store, server } = setup();
    await store.start();
    store.apply([{ type: 'set', field: 'visibility', value: 'public' }]);
    server.records.set('support-bot', { ...server.records.get('support-bot')!, metadata: { team: 'Ops' } });
    await store.save();
    expect(store.getSnapshot().conflict?.fields.map((f) => f.field)).toEqual(['visibility', 'team']);
  });

  it('a resolution with a merged draft saves exactly that draft', async () => {
    const { store, server } = setup();
    await store.start();
    store.apply([{ type: 'set', field: 'name', value: 'Mine' }]);
    server.editBySomeoneElse('support-bot', { name: 'Theirs' });
    await store.save();
    await store.resolveConflict({ draft: { ...store.getSnapshot().draft, name: 'Mine and theirs' } });
    expect(server.records.get('support-bot')!.name).toBe('Mine and theirs');
  });

  it('detects a save that landed between its check and its write, and shows both texts', async () => {
    const { store, server } = setup();
    await store.start();
    store.apply([{ type: 'set', field: 'instructions', value: 'My instructions' }]);
    server.interleaveNextUpdate(() =>
      server.editBySomeoneElse('support-bot', { instructions: 'Their instructions', description: 'Theirs' }),
    );
    await store.save();
    const state = store.getSnapshot();
    expect(state.status).toBe('conflict');
    expect(
      state.conflict?.fields.map(({ field, kind, mine, theirs }) => [field, kind, mine, theirs]),
    ).toEqual([
      ['description', 'theirs', '', 'Theirs'],
      ['instructions', 'both', 'My instructions', 'Their instructions'],
    ]);
    // Keeping theirs restores their text on top of the version this save produced.
    await store.resolveConflict({ instructions: 'theirs' });
    expect(server.records.get('support-bot')!.instructions).toBe('Their instructions');
    expect(store.getSnapshot()).toMatchObject({ status: 'saved', conflict: null });
  });

  it('does not mistake a save that created no version (visibility, team) for an interleaved one', async () => {
    const { store, server } = setup();
    await store.start();
    const remote = server.remote;
    // Record-only fields: the server answers with the same latest version, and the one before it.
    const update = remote.update.bind(remote);
    remote.update = async (agentId, body) => {
      const result = await update(agentId, body);
      return {
        ...result,
        versionId: 'support-bot@v1',
        previous: { versionId: 'support-bot@v0', record: seeded },
      };
    };
    store.apply([{ type: 'set', field: 'team', value: 'Renewals' }]);
    await store.save();
    expect(store.getSnapshot()).toMatchObject({ status: 'saved', conflict: null });
  });

  it('does not report a conflict for its own earlier saves', async () => {
    const { store } = setup();
    await store.start();
    store.apply([{ type: 'set', field: 'description', value: 'a' }]);
    await store.save();
    store.apply([{ type: 'set', field: 'description', value: 'ab' }]);
    await store.save();
    expect(store.getSnapshot()).toMatchObject({ status: 'saved', conflict: null });
  });
});

describe('error reporting', () => {
  it('reports each failed load, create and update once through onError', async () => {
    const onError = vi.fn();
    const missing = setup({ agentId: 'missing', onError });
    await missing.store.start();
    expect(onError).toHaveBeenCalledTimes(1);
    expect(onError.mock.calls[0]![1]).toEqual({ operation: 'load', agentId: 'missing' });

    const { store, server } = setup({ onError });
    await store.start();
    const boom = sdkError('server', 'boom', { status: 500 });
    store.apply([{ type: 'set', field: 'description', value: 'x' }]);
    // The pre-save load succeeds; the PATCH fails.
    const update = server.remote.update.bind(server.remote);
    server.remote.update = async () => {
      throw boom;
    };
    await store.save();
    expect(store.getSnapshot().status).toBe('error');
    expect(onError).toHaveBeenCalledTimes(2);
    expect(onError).toHaveBeenLastCalledWith(boom, { operation: 'update', agentId: 'support-bot' });
    server.remote.update = update;
    await store.retry();
    expect(onError).toHaveBeenCalledTimes(2);

    const created = setup({ agentId: null, onError }, createFakeServer(seeded));
    await created.store.start();
    created.store.apply([
      { type: 'set', field: 'name', value: 'Support bot' },
      { type: 'set', field: 'instructions', value: 'x' },
    ]);
    await created.store.save();
    expect(onError).toHaveBeenCalledTimes(3);
    expect(onError.mock.calls[2]![1]).toEqual({ operation: 'create', agentId: null });
  });

  it('reports an outage once, not on every retry of the offline queue', async () => {
    const onError = vi.fn();
    const { store, server } = setup({ onError });
    await store.start();
    server.setDown(true);
    store.apply([{ type: 'set', field: 'description', value: 'queued' }]);
    await vi.advanceTimersByTimeAsync(500);
    await settle();
    await vi.advanceTimersByTimeAsync(2000 + 4000 + 8000);
    await settle();
    expect(server.log.filter((entry) => entry.method === 'load').length).toBeGreaterThan(2);
    expect(onError).toHaveBeenCalledTimes(1);
    expect(onError.mock.calls[0]![1]).toEqual({ operation: 'load', agentId: 'support-bot' });
  });

  it('keeps working when the host reporter throws', async () => {
    const { store, server } = setup({
      onError: () => {
        throw new Error('reporter broke');
      },
    });
    await store.start();
    server.failOnce(sdkError('server', 'boom', { status: 500 }));
    store.apply([{ type: 'set', field: 'description', value: 'x' }]);
    await expect(store.save()).resolves.toBeUndefined();
    expect(store.getSnapshot().status).toBe('error');
  });
});

describe('classifyDraftError', () => {
  it('maps SDK errors by their kind and retryable (duck-typed), never by class name or a bare status', () => {
    expect(classifyDraftError(sdkError('connection'))).toMatchObject({ kind: 'offline', retryable: true });
    expect(classifyDraftError(sdkError('timeout')).kind).toBe('offline');
    expect(classifyDraftError(sdkError('conflict'))).toMatchObject({ kind: 'id-taken', retryable: false });
    expect(
      classifyDraftError(sdkError('permission', 'x', { permission: 'stored-agents:write' })),
    ).toMatchObject({ kind: 'permission', permission: 'stored-agents:write', retryable: false });
    expect(classifyDraftError(sdkError('authentication')).kind).toBe('signed-out');
    // Any 422 is not a model-policy refusal: only the SDK's own model-not-allowed kind is.
    expect(classifyDraftError(sdkError('unprocessable', 'x', { status: 422 })).kind).toBe('invalid');
    expect(classifyDraftError(sdkError('model-not-allowed')).kind).toBe('model-not-allowed');
    expect(classifyDraftError(sdkError('bad-request')).retryable).toBe(false);
    // Class names and statuses alone mean nothing: a look-alike without kind is an unknown error.
    expect(classifyDraftError(Object.assign(new Error('x'), { name: 'APIConnectionError' })).kind).toBe(
      'unknown',
    );
    expect(classifyDraftError('weird')).toMatchObject({ kind: 'unknown', retryable: false });
  });
});

describe('subscriptions', () => {
  it('notifies subscribers on every state change and stops after unsubscribe', async () => {
    const { store } = setup({ autosave: false });
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    await store.start();
    const calls = listener.mock.calls.length;
    expect(calls).toBeGreaterThan(0);
    unsubscribe();
    store.apply([{ type: 'set', field: 'name', value: 'x' }]);
    expect(listener.mock.calls.length).toBe(calls);
  });

  it('tells the host about every draft it puts in place itself (load, restore, server defaults)', async () => {
    const onReplace = vi.fn();
    const server = createFakeServer(seeded);
    const first = setup({ onReplace, autosave: false }, server);
    await first.store.start();
    expect(onReplace).toHaveBeenCalledTimes(1);
    expect(onReplace).toHaveBeenLastCalledWith(first.store.getSnapshot().draft, 'load');
    // Edits and host-set values are the host's own: not echoed back.
    first.store.apply([{ type: 'set', field: 'description', value: 'local only' }]);
    first.store.setDraft({ ...first.store.getSnapshot().draft, team: 'Ops' });
    expect(onReplace).toHaveBeenCalledTimes(1);
    first.store.destroy();

    const second = setup({ onReplace, autosave: false, storage: first.storage }, server);
    await second.store.start();
    expect(onReplace).toHaveBeenCalledTimes(2);
    expect(onReplace).toHaveBeenLastCalledWith(
      expect.objectContaining({ description: 'local only', team: 'Ops' }),
      'restore',
    );

    const created = createFakeServer();
    const create = created.remote.create.bind(created.remote);
    created.remote.create = (body) =>
      create({ ...body, model: { provider: 'mock', name: 'deterministic-v1' } });
    const fresh = setup({ agentId: null, onReplace, autosave: false }, created);
    await fresh.store.start();
    fresh.store.apply([
      { type: 'set', field: 'name', value: 'Defaults' },
      { type: 'set', field: 'instructions', value: 'x' },
    ]);
    await fresh.store.save();
    expect(onReplace).toHaveBeenCalledTimes(3);
    expect(onReplace).toHaveBeenLastCalledWith(
      expect.objectContaining({ model: { provider: 'mock', name: 'deterministic-v1' } }),
      'server',
    );
  });

  it('setDraft replaces the draft from outside (controlled mode)', async () => {
    const { store } = setup({ autosave: false });
    await store.start();
    const next = createEmptyDraft({ name: 'Controlled', instructions: 'i' });
    store.setDraft(next);
    expect(store.getSnapshot().draft).toBe(next);
  });
});
