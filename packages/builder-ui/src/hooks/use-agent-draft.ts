import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import {
  paddockKeys,
  storedAgentCreateParamsSchema,
  type MastraClient,
  type StoredAgent,
  type StoredAgentCreateParams,
} from '@paddock/client-sdk';
import type { AgentDraft, DraftChange } from '../core/agent-draft.js';
import {
  createAgentDraftStore,
  type AgentDraftState,
  type AgentDraftStore,
  type DraftRemote,
  type RemoteAgent,
  type RefusedChange,
} from '../core/agent-draft-store.js';
import type { DraftCatalog, SafeParseSchema } from '../core/agent-draft-validation.js';
import type { DraftStorage } from '../core/draft-storage.js';
import { useBuilderContext } from '../provider/builder-context.js';
import { agentComposerMessages } from '../i18n/agent-composer.en-US.js';
import { useMessages } from './use-builder.js';

/** The stored-agents calls the draft store needs, through the SDK. */
export function createSdkDraftRemote(client: MastraClient): DraftRemote {
  async function withVersion(record: StoredAgent): Promise<RemoteAgent> {
    if (record.resolvedVersionId) return { record, versionId: record.resolvedVersionId };
    // Servers that do not leak `resolvedVersionId`: the newest version is the draft the edit builds on.
    const list = await client.storedAgents.versions.list(record.id, {
      perPage: 1,
      orderBy: { field: 'versionNumber', direction: 'DESC' },
    });
    return { record, versionId: list.versions[0]?.id ?? null };
  }
  return {
    load: async (agentId) => withVersion(await client.storedAgents.retrieve(agentId, { status: 'draft' })),
    create: async (body) =>
      withVersion(await client.storedAgents.create(body as unknown as StoredAgentCreateParams)),
    update: async (agentId, body) =>
      withVersion(await client.storedAgents.update(agentId, { autoPublish: false, ...body })),
  };
}

/**
 * The wire body is checked with the SDK's own create schema (required fields, model shape, per-binding config)
 * before it is sent, so a malformed draft is reported on its field instead of failing on the server.
 */
export const sdkDraftBodySchema: SafeParseSchema = storedAgentCreateParamsSchema;

export interface SavedAgentInfo {
  agentId: string;
  /** The draft version the save produced (what the test panel runs, what a reviewer publishes). */
  versionId: string | null;
  created: boolean;
  record: StoredAgent;
}

export interface UseAgentDraftOptions {
  /** Stored agent to edit (its latest draft is loaded); omit to compose a new agent. */
  agentId?: string | null | undefined;
  /** Whose local copy this is. @default the signed-in user's id from `/auth/capabilities`, else 'anonymous' */
  userId?: string | undefined;
  /** The draft, controlled: edits call `onValueChange` and wait for the host to pass the next value. */
  value?: AgentDraft | undefined;
  /** Starting values for a new agent (uncontrolled). Ignored when `agentId` loads a stored agent. */
  defaultValue?: AgentDraft | undefined;
  /**
   * Every accepted edit, with the typed changes that produced it. Controlled (`value` given): also every draft
   * the composer puts in place itself (the loaded agent, a restored local copy, server defaults after a save,
   * a resolved conflict) as one `{ type: 'replace' }` change, so the host's value never silently diverges.
   */
  onValueChange?: ((draft: AgentDraft, changes: DraftChange[]) => void) | undefined;
  /** Called after each successful save (autosave included). */
  onSave?: ((info: SavedAgentInfo) => void) | undefined;
  /** @default true */
  autosave?: boolean | undefined;
  /** @default 800 */
  debounceMs?: number | undefined;
  /** Where in-progress drafts are kept. @default localStorage */
  storage?: DraftStorage | undefined;
  /** Prevents every save. @default false */
  readOnly?: boolean | undefined;
  /**
   * Allow-lists to enforce; `undefined` until loaded. While they are missing, a draft with bindings or a model
   * is not saved (`state.hold`): the server accepts any binding, so the kit must check before sending.
   */
  catalog?: DraftCatalog | null | undefined;
  /** The catalog request failed: saves that need the allow-lists stay held (`invalid`). @default false */
  catalogFailed?: boolean | undefined;
  /** Wait before loading (e.g. until the user id is known). @default true */
  enabled?: boolean | undefined;
}

export interface UseAgentDraftResult {
  state: AgentDraftState;
  /** Edits the draft (allow-list screened). Returns the refused changes with their reasons. */
  change: (changes: DraftChange | readonly DraftChange[]) => RefusedChange[];
  save: () => Promise<void>;
  retry: () => Promise<void>;
  resolveConflict: AgentDraftStore['resolveConflict'];
  discardLocal: () => Promise<void>;
  store: AgentDraftStore;
}

/**
 * The composer's draft: loads a stored agent (or starts a new one), keeps the in-progress edit locally,
 * autosaves it as a draft version (never publishing), queues offline edits and detects concurrent edits.
 *
 * @example
 * const { state, change } = useAgentDraft({ agentId: 'support-bot' });
 * <input value={state.draft.name} onChange={(e) => change({ type: 'set', field: 'name', value: e.target.value })} />
 */
export function useAgentDraft(options: UseAgentDraftOptions = {}): UseAgentDraftResult {
  const { client, queryClient, onError } = useBuilderContext('useAgentDraft');
  const messages = useMessages(agentComposerMessages);
  const {
    agentId = null,
    userId = 'anonymous',
    value,
    defaultValue,
    onValueChange,
    onSave,
    autosave = true,
    debounceMs,
    storage,
    readOnly = false,
    catalog,
    catalogFailed = false,
    enabled = true,
  } = options;

  const onSaveRef = useRef(onSave);
  const onValueChangeRef = useRef(onValueChange);
  const onErrorRef = useRef(onError);
  const controlledRef = useRef(value !== undefined);
  const messagesRef = useRef(messages);
  useEffect(() => {
    messagesRef.current = messages;
    onSaveRef.current = onSave;
    onValueChangeRef.current = onValueChange;
    onErrorRef.current = onError;
    controlledRef.current = value !== undefined;
  });

  // The store's identity is the agent being edited, by whom, on which server: anything else is a prop update.
  const identity = `${client.baseUrl}\u0000${userId}\u0000${agentId ?? ''}`;
  const [entry, setEntry] = useState(() => ({ identity, store: makeStore() }));
  function makeStore() {
    return createAgentDraftStore({
      remote: createSdkDraftRemote(client),
      agentId,
      userId,
      initialDraft: value ?? defaultValue,
      storage,
      debounceMs,
      autosave,
      readOnly,
      catalog,
      catalogFailed,
      schema: sdkDraftBodySchema,
      // Loads and saves bypass TanStack Query, so the provider's cache listener never sees them: the store
      // reports them, keyed like the queries and mutations they stand for.
      onError: (error, failure) =>
        onErrorRef.current?.(
          error,
          failure.operation === 'load' && failure.agentId !== null
            ? {
                key: paddockKeys.storedAgents.detail(client.baseUrl, failure.agentId, 'draft'),
                source: 'query',
              }
            : {
                key: [...paddockKeys.storedAgents.all(client.baseUrl), failure.operation, failure.agentId],
                source: 'mutation',
              },
        ),
      // From the dictionary: the message is stored on the version, and reviewers read it in their language.
      changeMessage: (fields, created) =>
        messagesRef.current[
          created ? 'agentComposer.changeMessage.created' : 'agentComposer.changeMessage.saved'
        ](fields),
      onReplace: (draft) => {
        if (controlledRef.current) onValueChangeRef.current?.(draft, [{ type: 'replace', draft }]);
      },
      onSaved: (remote, info) => {
        void queryClient.invalidateQueries({ queryKey: paddockKeys.storedAgents.all(client.baseUrl) });
        onSaveRef.current?.({
          agentId: remote.record.id,
          versionId: remote.versionId,
          created: info.created,
          record: remote.record as StoredAgent,
        });
      },
    });
  }
  let store = entry.store;
  if (entry.identity !== identity) {
    // A different agent or user: a fresh store, created during render so the first paint is already right.
    store = makeStore();
    setEntry({ identity, store });
  }

  useEffect(() => {
    if (!enabled) return;
    void store.start();
    return () => store.destroy();
  }, [store, enabled]);

  useEffect(() => store.setCatalog(catalog, catalogFailed), [store, catalog, catalogFailed]);
  useEffect(() => store.setReadOnly(readOnly), [store, readOnly]);

  const controlled = value !== undefined;
  // Controlled: the host's value is the draft; the store only persists and saves it.
  useLayoutEffect(() => {
    if (value !== undefined) store.setDraft(value);
  }, [store, value]);

  const state = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);

  const change = useCallback(
    (input: DraftChange | readonly DraftChange[]) => {
      const changes = (Array.isArray(input) ? input : [input]) as readonly DraftChange[];
      if (controlled) {
        const { draft, accepted, refused } = store.preview(changes);
        if (accepted.length > 0) onValueChangeRef.current?.(draft, accepted);
        return refused;
      }
      const before = store.getSnapshot().draft;
      const { draft, accepted, refused } = store.apply(changes);
      if (draft !== before) onValueChangeRef.current?.(draft, accepted);
      return refused;
    },
    [store, controlled],
  );

  return useMemo(
    () => ({
      state,
      change,
      save: store.save,
      retry: store.retry,
      resolveConflict: store.resolveConflict,
      discardLocal: store.discardLocal,
      store,
    }),
    [state, change, store],
  );
}
