import { createElement, useState, type ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { renderHook, waitFor } from '@testing-library/react';
import { MastraClient } from '@paddock/client-sdk';
import { createEmptyDraft, type AgentDraft, type DraftChange } from '../core/agent-draft.js';
import type { DraftCatalog } from '../core/agent-draft-validation.js';
import { createMemoryDraftStorage, draftStorageKey, writePersistedDraft } from '../core/draft-storage.js';
import { BuilderProvider } from '../provider/builder-provider.js';
import { createComposerMockServer, supportBot } from '../testing/composer-mock-server.js';
import { createSdkDraftRemote, sdkDraftBodySchema, useAgentDraft } from './use-agent-draft.js';
import { createSdkTestRunTransport } from './use-agent-test-run.js';

interface Call {
  method: string;
  path: string;
  search: string;
  body: unknown;
}

function clientWith(respond: (call: Call) => unknown) {
  const calls: Call[] = [];
  const fetch = async (input: string, init?: RequestInit) => {
    const url = new URL(input);
    const call = {
      method: init?.method ?? 'GET',
      path: url.pathname,
      search: url.search,
      body: init?.body ? JSON.parse(String(init.body)) : undefined,
    };
    calls.push(call);
    const result = respond(call);
    if (typeof result === 'string') {
      return new Response(result, { headers: { 'content-type': 'text/event-stream' } });
    }
    return new Response(JSON.stringify(result), { headers: { 'content-type': 'application/json' } });
  };
  return { client: new MastraClient({ baseUrl: 'http://paddock.test', fetch, maxRetries: 0 }), calls };
}

const record = {
  id: 'bot',
  name: 'Bot',
  status: 'draft',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

describe('createSdkDraftRemote', () => {
  it('loads the latest draft and takes the version from resolvedVersionId', async () => {
    const { client, calls } = clientWith(() => ({ ...record, resolvedVersionId: 'v-7' }));
    const remote = createSdkDraftRemote(client);
    const loaded = await remote.load('bot');
    expect(loaded.versionId).toBe('v-7');
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({
      method: 'GET',
      path: '/api/stored/agents/bot',
      search: '?status=draft',
    });
  });

  it('asks for the newest version when the server does not say which one it resolved', async () => {
    const { client, calls } = clientWith((call) =>
      call.path.endsWith('/versions')
        ? {
            versions: [
              { id: 'v-9', agentId: 'bot', versionNumber: 9, name: 'Bot', createdAt: record.createdAt },
            ],
            total: 9,
            page: 0,
            perPage: 1,
            hasMore: true,
          }
        : record,
    );
    const loaded = await createSdkDraftRemote(client).update('bot', { name: 'Bot 2' });
    expect(loaded.versionId).toBe('v-9');
    expect(calls[0]).toMatchObject({ method: 'PATCH', body: { autoPublish: false, name: 'Bot 2' } });
    expect(calls[1]!.path).toBe('/api/stored/agents/bot/versions');
    // A few newest versions: enough to see the one before ours (the after-save interleaving check).
    expect(new URLSearchParams(calls[1]!.search).get('perPage')).toBe('5');
    expect(loaded.previous).toBeNull();
  });

  it('reports the version before the one an update produced, with its config', async () => {
    const { client } = clientWith((call) =>
      call.path.endsWith('/versions')
        ? {
            versions: [
              { id: 'v-3', agentId: 'bot', versionNumber: 3, name: 'Mine', createdAt: record.createdAt },
              { id: 'v-2', agentId: 'bot', versionNumber: 2, name: 'Theirs', createdAt: record.createdAt },
            ],
            total: 3,
            page: 0,
            perPage: 5,
            hasMore: true,
          }
        : { ...record, resolvedVersionId: 'v-3' },
    );
    const updated = await createSdkDraftRemote(client).update('bot', { name: 'Mine' });
    expect(updated.versionId).toBe('v-3');
    expect(updated.previous).toMatchObject({ versionId: 'v-2', record: { id: 'bot', name: 'Theirs' } });
  });

  it('never lets a body switch publishing on by omission', async () => {
    const { client, calls } = clientWith(() => ({ ...record, resolvedVersionId: 'v-1' }));
    await createSdkDraftRemote(client).create({
      name: 'Bot',
      instructions: 'x',
      autoPublish: false,
      changeMessage: 'm',
    });
    expect(calls[0]).toMatchObject({
      method: 'POST',
      path: '/api/stored/agents',
      body: { autoPublish: false },
    });
  });
});

describe('sdkDraftBodySchema', () => {
  it('accepts a well-formed body and reports malformed parts by field', () => {
    const valid = { name: 'Bot', instructions: 'Help.', autoPublish: false };
    expect(
      sdkDraftBodySchema.safeParse({ ...valid, model: { provider: 'mock', name: 'm' }, tools: { a: {} } })
        .success,
    ).toBe(true);
    const result = sdkDraftBodySchema.safeParse({
      ...valid,
      model: { provider: 'mock' },
      tools: { a: { description: 3 } },
    });
    expect(result.success).toBe(false);
    if (!result.success) {
      // The composer maps an issue to its field by the first path segment.
      expect(result.error.issues.map((issue) => issue.path[0])).toEqual(['model', 'tools']);
    }
  });
});

describe('createSdkTestRunTransport', () => {
  it('runs the given version with the client-chosen trace id, and pins decisions to it', async () => {
    const sse = `data: ${JSON.stringify({ type: 'text-delta', runId: 'r', payload: { text: 'hi' } })}\n\ndata: [DONE]\n\n`;
    const { client, calls } = clientWith(() => sse);
    const transport = createSdkTestRunTransport(client);
    const signal = new AbortController().signal;
    const chunks: unknown[] = [];
    const stream = await transport.stream({
      agentId: 'bot',
      versionId: 'v-3',
      messages: [{ role: 'user', content: 'hello' }],
      traceId: 'a'.repeat(32),
      signal,
    });
    for await (const chunk of stream) chunks.push(chunk);
    expect(chunks).toHaveLength(1);
    expect(calls[0]).toMatchObject({
      method: 'POST',
      path: '/api/agents/bot/stream',
      body: {
        messages: [{ role: 'user', content: 'hello' }],
        requestContext: { agentVersionId: 'v-3' },
        tracingOptions: { traceId: 'a'.repeat(32) },
      },
    });
    const decision = await transport.approveToolCall({
      agentId: 'bot',
      versionId: 'v-3',
      runId: 'r',
      toolCallId: 't',
      signal,
    });
    for await (const chunk of decision) chunks.push(chunk);
    expect(calls[1]).toMatchObject({
      path: '/api/agents/bot/approve-tool-call',
      body: { runId: 'r', toolCallId: 't', requestContext: { agentVersionId: 'v-3' } },
    });
  });
});

describe('useAgentDraft, controlled with an agentId', () => {
  const catalog: DraftCatalog = {
    items: [
      { kind: 'tool', id: 'crm-lookup-tool', available: true },
      {
        kind: 'model',
        id: 'mock/deterministic-v1',
        available: true,
        model: { provider: 'mock', modelId: 'deterministic-v1' },
      },
    ],
    modelPolicy: { active: true, pickerVisible: true },
  };

  function renderControlled(storage = createMemoryDraftStorage()) {
    const server = createComposerMockServer({ agents: [supportBot] });
    const reported: { draft: AgentDraft; changes: DraftChange[] }[] = [];
    const wrapper = ({ children }: { children: ReactNode }) =>
      createElement(BuilderProvider, { client: server.client }, children);
    const view = renderHook(
      () => {
        // A host that only ever shows what onValueChange gave it.
        const [value, setValue] = useState<AgentDraft>(() => createEmptyDraft());
        const draft = useAgentDraft({
          agentId: 'support-bot',
          userId: 'u-builder',
          value,
          onValueChange: (next, changes) => {
            reported.push({ draft: next, changes });
            setValue(next);
          },
          catalog,
          autosave: false,
          storage,
        });
        return { value, draft };
      },
      { wrapper },
    );
    return { ...view, reported };
  }

  it('reports the loaded agent as a replace change, so the host value matches what is shown', async () => {
    const { result, reported } = renderControlled();
    await waitFor(() => expect(result.current.draft.state.load).toBe('ready'));
    await waitFor(() => expect(result.current.value.name).toBe('Support bot'));
    expect(reported).toHaveLength(1);
    expect(reported[0]!.changes).toEqual([{ type: 'replace', draft: result.current.draft.state.draft }]);
    expect(result.current.value).toEqual(result.current.draft.state.draft);
    expect(result.current.value.tools).toEqual(['crm-lookup-tool']);
  });

  it('reports a restored local copy the same way', async () => {
    const storage = createMemoryDraftStorage();
    const local = createEmptyDraft({
      name: 'Support bot',
      description: 'Answers tickets',
      instructions: 'Typed before the reload.',
      model: { provider: 'mock', name: 'deterministic-v1' },
      tools: ['crm-lookup-tool'],
      visibility: 'public',
      team: 'Support',
    });
    writePersistedDraft(storage, draftStorageKey('u-builder', 'support-bot'), {
      version: 1,
      draft: local,
      base: null,
      baseVersionId: 'support-bot-v1',
      agentId: 'support-bot',
      savedAt: 1,
    });
    const { result, reported } = renderControlled(storage);
    await waitFor(() => expect(result.current.draft.state.restored).toBe(true));
    await waitFor(() => expect(result.current.value.instructions).toBe('Typed before the reload.'));
    expect(reported.map((entry) => entry.changes[0]!.type)).toEqual(['replace']);
    expect(result.current.value).toEqual(result.current.draft.state.draft);
  });
});

describe('useAgentDraft change messages', () => {
  // Stable across renders, like a query result: a new object each render would re-screen on every render.
  const catalog: DraftCatalog = {
    items: [
      { kind: 'tool', id: 'crm-lookup-tool', available: true },
      {
        kind: 'model',
        id: 'mock/deterministic-v1',
        available: true,
        model: { provider: 'mock', modelId: 'deterministic-v1' },
      },
    ],
    modelPolicy: { active: true, pickerVisible: true },
  };

  it('takes the change message stored on each version from the messages dictionary', async () => {
    const server = createComposerMockServer({ agents: [supportBot] });
    const wrapper = ({ children }: { children: ReactNode }) =>
      createElement(
        BuilderProvider,
        {
          client: server.client,
          messages: {
            'agentComposer.changeMessage.saved': (fields) => `Brouillon enregistré : ${fields.join(', ')}`,
          },
        },
        children,
      );
    const { result } = renderHook(
      () =>
        useAgentDraft({
          agentId: 'support-bot',
          userId: 'u-builder',
          catalog,
          autosave: false,
          storage: createMemoryDraftStorage(),
        }),
      { wrapper },
    );
    await waitFor(() => expect(result.current.state.load).toBe('ready'));
    result.current.change({ type: 'set', field: 'description', value: 'Changed' });
    await result.current.save();
    const patch = server.requests.find((request) => request.method === 'PATCH');
    expect(patch?.body).toMatchObject({
      autoPublish: false,
      changeMessage: 'Brouillon enregistré : description',
    });
  });
});

describe('useAgentDraft allow-lists', () => {
  const catalog: DraftCatalog = {
    items: [
      { kind: 'tool', id: 'crm-lookup-tool', available: true },
      {
        kind: 'model',
        id: 'mock/deterministic-v1',
        available: true,
        model: { provider: 'mock', modelId: 'deterministic-v1' },
      },
    ],
    modelPolicy: { active: true, pickerVisible: true },
  };

  it('saves nothing while the catalog has failed, and saves once it loads', async () => {
    const server = createComposerMockServer({ agents: [supportBot] });
    const wrapper = ({ children }: { children: ReactNode }) =>
      createElement(BuilderProvider, { client: server.client }, children);
    const storage = createMemoryDraftStorage();
    const { result, rerender } = renderHook(
      ({ loaded }: { loaded: boolean }) =>
        useAgentDraft({
          agentId: 'support-bot',
          userId: 'u-builder',
          catalog: loaded ? catalog : undefined,
          catalogFailed: !loaded,
          autosave: false,
          storage,
        }),
      { wrapper, initialProps: { loaded: false } },
    );
    await waitFor(() => expect(result.current.state.load).toBe('ready'));
    result.current.change({ type: 'set', field: 'description', value: 'Changed' });
    await result.current.save();
    await waitFor(() =>
      expect(result.current.state).toMatchObject({ hold: 'allow-lists-failed', status: 'invalid' }),
    );
    const writes = () => server.requests.filter((request) => request.method === 'PATCH');
    expect(writes()).toEqual([]);

    rerender({ loaded: true });
    await waitFor(() => expect(result.current.state.hold).toBeNull());
    await result.current.save();
    await waitFor(() => expect(result.current.state.status).toBe('saved'));
    expect(writes()).toHaveLength(1);
  });
});

describe('useAgentDraft options after mount', () => {
  const catalog: DraftCatalog = {
    items: [
      { kind: 'tool', id: 'crm-lookup-tool', available: true },
      {
        kind: 'model',
        id: 'mock/deterministic-v1',
        available: true,
        model: { provider: 'mock', modelId: 'deterministic-v1' },
      },
    ],
    modelPolicy: { active: true, pickerVisible: true },
  };

  it('reacts when autosave or storage change, as TanStack observers take setOptions', async () => {
    const server = createComposerMockServer({ agents: [supportBot] });
    const wrapper = ({ children }: { children: ReactNode }) =>
      createElement(BuilderProvider, { client: server.client }, children);
    const first = createMemoryDraftStorage();
    const second = createMemoryDraftStorage();
    const { result, rerender } = renderHook(
      (props: { autosave: boolean; storage: typeof first }) =>
        useAgentDraft({
          agentId: 'support-bot',
          userId: 'u-builder',
          catalog,
          debounceMs: 10,
          ...props,
        }),
      { wrapper, initialProps: { autosave: false, storage: first } },
    );
    await waitFor(() => expect(result.current.state.load).toBe('ready'));
    result.current.change({ type: 'set', field: 'description', value: 'Changed' });
    const writes = () => server.requests.filter((request) => request.method === 'PATCH');
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(writes()).toEqual([]);
    const key = draftStorageKey('u-builder', 'support-bot');
    expect(first.getItem(key)).not.toBeNull();

    // The local copy follows the storage the host now passes.
    rerender({ autosave: false, storage: second });
    await waitFor(() => expect(second.getItem(key)).not.toBeNull());
    expect(first.getItem(key)).toBeNull();

    // Autosave switched on: the pending edit is saved without another keystroke.
    rerender({ autosave: true, storage: second });
    await waitFor(() => expect(writes()).toHaveLength(1));
    await waitFor(() => expect(result.current.state.status).toBe('saved'));
  });
});
