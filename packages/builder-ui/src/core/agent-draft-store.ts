import { classifyDraftError, fieldOfServerMessage, type DraftError } from './draft-errors.js';
import { browserConnectivity, type Connectivity, type Scheduler } from './draft-connectivity.js';
import type { AgentDraft, DraftChange, DraftField, FieldLockReason, StoredAgentLike } from './agent-draft.js';
import {
  applyDraftChanges,
  createEmptyDraft,
  describeChange,
  diffDrafts,
  draftFromStoredAgent,
  fieldEqual,
  toCreateBody,
  toUpdateBody,
  valuesEqual,
  DRAFT_FIELDS,
} from './agent-draft.js';
import type {
  AllowListStatus,
  DraftCatalog,
  DraftIssue,
  DraftSaveHold,
  RefusalReason,
  SafeParseSchema,
} from './agent-draft-validation.js';
import { allowListHold, screenChanges, validateDraft } from './agent-draft-validation.js';
import { agentIdProblem, AGENT_ID_MAX, proposeAgentId, randomIdSuffix } from './agent-id.js';
import type { DraftConflict, MergeChoice } from './draft-merge.js';
import { compareDrafts, mergeDrafts } from './draft-merge.js';
import { interleavedConflict, reconcileSaved, theirsSince } from './draft-conflicts.js';
import { defaultDraftStorage, type DraftStorage } from './draft-storage.js';
import { createDraftLocalCopy } from './draft-local-copy.js';
import { createDraftSaveQueue } from './draft-save-queue.js';

// The store's seams, re-exported: its public API did not change when they moved out.
export {
  classifyDraftError,
  fieldOfServerMessage,
  type DraftError,
  type DraftErrorKind,
} from './draft-errors.js';
export { browserConnectivity, type Connectivity, type Scheduler } from './draft-connectivity.js';

/**
 * Autosave status, as shown to the user:
 * `idle` nothing to save · `pending` an edit waits for the debounce · `saving` a request is in flight ·
 * `saved` the server has every edit · `offline` edits are queued until the server is reachable ·
 * `error` the save failed (retry) · `conflict` someone else saved meanwhile (resolve first) ·
 * `invalid` the draft cannot be saved as it is (see `issues`, and `hold` when the allow-lists failed to load).
 */
export type DraftSaveStatus =
  'idle' | 'pending' | 'saving' | 'saved' | 'offline' | 'error' | 'conflict' | 'invalid';

export type DraftLoadStatus = 'loading' | 'ready' | 'error';

/** A stored agent as the server returned it, plus the id of its latest version. */
export interface RemoteAgent {
  record: StoredAgentLike;
  /** Latest version id (what a draft edit builds on); `null` if the server did not say. */
  versionId: string | null;
  /**
   * After an update: the version directly before the one the save produced, with its config. When it is not
   * the version the save was checked against, another save landed in between (the check and the write are
   * two requests) and this save overwrote it. `undefined` when the remote cannot tell.
   */
  previous?: { versionId: string; record: StoredAgentLike } | null | undefined;
}

/** The server calls the store makes; `useAgentDraft` implements it with the SDK. */
export interface DraftRemote {
  /** The agent at its latest (draft) version. */
  load(agentId: string): Promise<RemoteAgent>;
  create(body: Record<string, unknown>): Promise<RemoteAgent>;
  update(agentId: string, body: Record<string, unknown>): Promise<RemoteAgent>;
}

/** Which server call failed, for the host's error reporting. */
export interface DraftFailure {
  operation: 'load' | 'create' | 'update';
  /** The agent concerned; `null` for the create of a new agent. */
  agentId: string | null;
}

/**
 * Why the store replaced the draft on its own: the server's version was loaded, a local copy was restored,
 * the server filled in defaults after a save, a conflict was resolved, or local changes were discarded.
 */
export type DraftReplaceReason = 'load' | 'restore' | 'server' | 'merge' | 'discard';

export interface AgentDraftStoreOptions {
  remote: DraftRemote;
  /** Stored agent to edit; omit to compose a new one. */
  agentId?: string | null | undefined;
  /** Whose local draft this is (drafts are kept per agent and user). @default 'anonymous' */
  userId?: string | undefined;
  /** Starting values for a new agent. */
  initialDraft?: AgentDraft | undefined;
  /** @default localStorage, or memory where there is none */
  storage?: DraftStorage | undefined;
  /** Debounce between the last edit and the autosave. @default 800 */
  debounceMs?: number | undefined;
  /** Save on edit. With `false` only `save()` saves (the local copy is still kept). @default true */
  autosave?: boolean | undefined;
  /** No saving at all, e.g. without `stored-agents:write`. @default false */
  readOnly?: boolean | undefined;
  /**
   * The allow-lists. Until they are here, a draft with bindings or a model is not saved (see `hold`).
   * @default not loaded yet
   */
  catalog?: DraftCatalog | null | undefined;
  /** The catalog request failed: saves that need the allow-lists stay held, as `invalid`. @default false */
  catalogFailed?: boolean | undefined;
  /** The SDK's request schema, run over the wire body before saving. */
  schema?: SafeParseSchema | undefined;
  connectivity?: Connectivity | undefined;
  scheduler?: Scheduler | undefined;
  /** Clock for `lastSavedAt`. @default Date.now */
  now?: (() => number) | undefined;
  /** The random part of a proposed id for names without Latin letters (`agent-<suffix>`). @default random */
  idSuffix?: string | undefined;
  /** Called after every successful save with the server's record. */
  onSaved?: ((remote: RemoteAgent, info: { created: boolean; fields: DraftField[] }) => void) | undefined;
  /**
   * Called once for every failed server call (load, create, update), after the state shows it. The offline
   * queue's own retries are not reported again while the store is already offline: one outage, one report.
   */
  onError?: ((error: unknown, failure: DraftFailure) => void) | undefined;
  /**
   * Called when the store replaces the draft itself (not through `apply`/`setDraft`), so a host that controls
   * the value can take the new draft instead of silently diverging from what the composer shows.
   */
  onReplace?: ((draft: AgentDraft, reason: DraftReplaceReason) => void) | undefined;
  /**
   * The change message stored on each draft version (reviewers read it), from the changed fields.
   * `useAgentDraft` takes it from the messages dictionary. @default `Draft created: …` / `Draft saved: …`
   */
  changeMessage?: ((fields: readonly DraftField[], created: boolean) => string) | undefined;
}

export interface RefusedChange {
  change: DraftChange;
  id: string;
  reason: RefusalReason | 'read-only';
}

export interface AgentDraftState {
  load: DraftLoadStatus;
  loadError: DraftError | null;
  agentId: string | null;
  /** The server record as last seen (owner, status, active version). */
  record: StoredAgentLike | null;
  draft: AgentDraft;
  /** The saved state the draft is compared with; `null` before a new agent is first saved. */
  base: AgentDraft | null;
  /** The version the edit started from. */
  baseVersionId: string | null;
  locks: Partial<Record<DraftField, FieldLockReason>>;
  /** Fields that differ from the saved state. */
  dirtyFields: DraftField[];
  status: DraftSaveStatus;
  error: DraftError | null;
  /** Problems that block saving; recomputed on every edit. */
  issues: DraftIssue[];
  /** Changes the allow-lists refused in the last edit. */
  refused: RefusedChange[];
  /** Whether the allow-lists (the catalog) are known yet. */
  allowLists: AllowListStatus;
  /**
   * Why the draft is not being saved although `issues` may be empty: its bindings or model cannot be checked
   * until the allow-lists load (`pending` status), or their loading failed (`invalid` status).
   */
  hold: DraftSaveHold | null;
  conflict: DraftConflict | null;
  /** True when the draft came from the local copy (an edit that had not reached the server). */
  restored: boolean;
  lastSavedAt: number | null;
  readOnly: boolean;
  /**
   * The id a new agent will be created with: proposed from the name (a readable slug, else `agent-<random>`)
   * until the user edits it with `setNewAgentId`. `null` once the agent exists.
   */
  newAgentId: string | null;
  /** The user typed `newAgentId` themselves (it no longer follows the name). */
  newAgentIdEdited: boolean;
}

export interface AgentDraftStore {
  getSnapshot(): AgentDraftState;
  subscribe(listener: () => void): () => void;
  /** Loads the agent and any local copy. Resolves when the composer can show something. */
  start(): Promise<void>;
  destroy(): void;
  /** Applies edits after the allow-list check; returns what was refused. */
  apply(changes: readonly DraftChange[]): {
    draft: AgentDraft;
    accepted: DraftChange[];
    refused: RefusedChange[];
  };
  /**
   * Screens changes against the allow-lists and returns the draft they would produce, without applying it
   * (controlled mode: the host decides). Refusals are recorded in `refused` either way.
   */
  preview(changes: readonly DraftChange[]): {
    draft: AgentDraft;
    accepted: DraftChange[];
    refused: RefusedChange[];
  };
  /** Replaces the draft from outside (controlled mode) without screening. */
  setDraft(draft: AgentDraft): void;
  /** Saves now, skipping the debounce. */
  save(): Promise<void>;
  /** Same as `save()`, named for the error state's button. */
  retry(): Promise<void>;
  /** Ends a conflict with per-field choices (or a fully merged draft) and saves the result. */
  resolveConflict(
    resolution: Partial<Record<DraftField, MergeChoice>> | { draft: AgentDraft },
  ): Promise<void>;
  /** Drops the local copy and reloads the server's version. */
  discardLocal(): Promise<void>;
  /** New allow-lists; `failed` when the catalog request failed (saves needing them stay held). */
  setCatalog(catalog: DraftCatalog | null | undefined, failed?: boolean): void;
  setReadOnly(readOnly: boolean): void;
  /**
   * Changes settings after creation, like TanStack's `observer.setOptions`: autosave on or off (pending edits
   * are scheduled or the timer stopped), the debounce (applies from the next edit), the storage (the local
   * copy moves there).
   */
  setOptions(next: Pick<AgentDraftStoreOptions, 'autosave' | 'debounceMs' | 'storage'>): void;
  /** Sets the id a new agent is created with, exactly as typed (checked, never rewritten). */
  setNewAgentId(id: string): void;
}

/** Stored on the agent record, not in its versions: a change to them does not create a version. */
const UNVERSIONED_FIELDS: readonly DraftField[] = ['visibility', 'team'];

/**
 * The composer's state machine: edits, local persistence, debounced autosave (never publishing), offline
 * queue and concurrent-edit detection. It orchestrates its seams, each a module of its own: error
 * classification (`draft-errors`), connectivity (`draft-connectivity`), the local copy (`draft-local-copy`), the
 * save queue (`draft-save-queue`) and conflict detection (`draft-conflicts`, `draft-merge`). Framework-free:
 * React reads it through `useSyncExternalStore`.
 *
 * @example
 * const store = createAgentDraftStore({ remote, agentId: 'support-bot', userId: 'u-1' });
 * await store.start();
 * store.apply([{ type: 'set', field: 'name', value: 'Support bot' }]);
 */
export function createAgentDraftStore(options: AgentDraftStoreOptions): AgentDraftStore {
  const { remote, userId = 'anonymous', schema, onSaved, onError, onReplace } = options;
  // Settings a host may change after mount (`setOptions`), read at each use.
  let debounceMs = options.debounceMs ?? 800;
  let autosave = options.autosave ?? true;
  const changeMessage = (fields: readonly DraftField[], created: boolean) =>
    options.changeMessage
      ? options.changeMessage(fields, created).slice(0, 500)
      : describeChange(fields, created ? 'Draft created' : 'Draft saved');
  const connectivity = options.connectivity ?? browserConnectivity();
  const now = options.now ?? Date.now;
  let catalog = options.catalog ?? null;
  let allowLists: AllowListStatus = catalog ? 'ready' : options.catalogFailed ? 'error' : 'loading';

  const listeners = new Set<() => void>();
  const initialDraft = options.initialDraft ?? createEmptyDraft();
  const idSuffix = options.idSuffix ?? randomIdSuffix();
  let newAgentId = proposeAgentId(initialDraft.name, idSuffix);
  let newAgentIdEdited = false;
  let state: AgentDraftState = {
    load: options.agentId ? 'loading' : 'ready',
    loadError: null,
    agentId: options.agentId ?? null,
    record: null,
    draft: initialDraft,
    base: null,
    baseVersionId: null,
    locks: {},
    dirtyFields: [],
    status: 'idle',
    error: null,
    issues: [],
    refused: [],
    allowLists,
    hold: allowListHold(initialDraft, allowLists),
    conflict: null,
    restored: false,
    lastSavedAt: null,
    readOnly: options.readOnly ?? false,
    newAgentId: options.agentId ? null : newAgentId,
    newAgentIdEdited: false,
  };
  // What the server held at `baseVersionId`: the reference for "did someone else change this field". Kept
  // apart from `base` because the server normalises values (defaults, trimming) that are not anyone's edit.
  let serverBase: AgentDraft | null = null;
  // Composing a new agent (no agentId given): its local copy lives under the "new agent" slot.
  const startedNew = !options.agentId;
  // The seams: where the local copy lives (./draft-local-copy.ts), when a save goes out (./draft-save-queue.ts).
  const localCopy = createDraftLocalCopy({
    storage: options.storage ?? defaultDraftStorage(),
    userId,
    startedNew,
    now,
  });
  const queue = createDraftSaveQueue({ scheduler: options.scheduler, onDue: () => void flush() });
  let destroyed = false;
  let unsubscribeConnectivity: (() => void) | null = null;

  function emit() {
    for (const listener of listeners) listener();
  }

  function computeIssues(draft: AgentDraft, creating = state.agentId === null): DraftIssue[] {
    const body = schema ? toCreateBody(draft, 'validate') : undefined;
    const issues = validateDraft(draft, { catalog, schema, body });
    if (!creating) return issues;
    const problem = agentIdProblem(newAgentId);
    if (problem === 'too-long') issues.push({ field: 'id', code: 'too-long', max: AGENT_ID_MAX });
    else if (problem) issues.push({ field: 'id', code: problem });
    return issues;
  }

  function dirtyOf(draft: AgentDraft, base: AgentDraft | null): DraftField[] {
    if (base) return diffDrafts(base, draft);
    const empty = createEmptyDraft();
    return DRAFT_FIELDS.filter((field) => !fieldEqual(field, draft[field], empty[field]));
  }

  function setState(patch: Partial<AgentDraftState>) {
    const next = { ...state, ...patch };
    if ('draft' in patch && !newAgentIdEdited) newAgentId = proposeAgentId(next.draft.name, idSuffix);
    next.newAgentId = next.agentId === null ? newAgentId : null;
    next.newAgentIdEdited = newAgentIdEdited;
    if ('draft' in patch || 'base' in patch || 'agentId' in patch) {
      next.dirtyFields = dirtyOf(next.draft, next.base);
      next.issues = computeIssues(next.draft, next.agentId === null);
    }
    next.allowLists = allowLists;
    next.hold = allowListHold(next.draft, allowLists);
    state = next;
    emit();
  }

  /** What the local copy keeps of the current state. */
  function snapshot() {
    return {
      agentId: state.agentId,
      draft: state.draft,
      base: state.base,
      baseVersionId: state.baseVersionId,
      unsaved: state.dirtyFields.length > 0 || state.conflict !== null,
    };
  }

  function persist() {
    localCopy.write(snapshot());
  }

  function canSave() {
    return !destroyed && !state.readOnly && state.load === 'ready' && state.conflict === null;
  }

  /** The status a held save shows: still waiting for the allow-lists, or unable to check at all. */
  function holdStatus(hold: DraftSaveHold): DraftSaveStatus {
    return hold === 'allow-lists-failed' ? 'invalid' : 'pending';
  }

  function scheduleAutosave() {
    if (!canSave()) return;
    if (state.dirtyFields.length === 0) return;
    // No timer while held: `setCatalog` schedules again once the allow-lists can be checked.
    if (state.hold) {
      if (state.status !== 'saving') setState({ status: holdStatus(state.hold) });
      return;
    }
    // Unsaved edits say so even when autosave is off: "No changes" or "Draft saved" would be wrong.
    if (state.status !== 'saving' && state.status !== 'offline') setState({ status: 'pending' });
    if (autosave) queue.debounce(debounceMs);
  }

  function adoptRemote(remoteAgent: RemoteAgent) {
    const read = draftFromStoredAgent(remoteAgent.record);
    serverBase = read.draft;
    return read;
  }

  function reconcile(snapshot: AgentDraft, saved: AgentDraft) {
    return reconcileSaved(snapshot, saved, state.draft);
  }

  function theirsRelativeTo(latest: AgentDraft, base: AgentDraft, fields: readonly DraftField[]): AgentDraft {
    return theirsSince(latest, base, serverBase ?? base, fields);
  }

  /** Tells the host about a draft the store put in place, when it differs from the one before. */
  function replaced(before: AgentDraft, reason: DraftReplaceReason) {
    if (destroyed || valuesEqual(before, state.draft)) return;
    onReplace?.(state.draft, reason);
  }

  function report(cause: unknown, failure: DraftFailure, wasOffline: boolean) {
    const kind = classifyDraftError(cause).kind;
    if (kind === 'offline' && wasOffline) return;
    // A throwing host callback must not break the composer's own error handling.
    try {
      onError?.(cause, failure);
    } catch {
      // The host's reporter failed; the failure is still shown in the composer.
    }
  }

  async function doSave(): Promise<void> {
    const snapshot = state.draft;
    const fields = state.dirtyFields;
    const wasOffline = state.status === 'offline';
    let failure: DraftFailure = { operation: 'create', agentId: state.agentId };
    setState({ status: 'saving', error: null });
    try {
      if (state.agentId === null) {
        // The id is sent, not left to the server: Mastra cannot derive one from a name in another script.
        const created = await remote.create({
          ...toCreateBody(snapshot, changeMessage(fields, true)),
          id: newAgentId,
        });
        if (destroyed) return;
        const read = adoptRemote(created);
        localCopy.releaseNewSlot();
        const before = state.draft;
        setState({
          agentId: created.record.id,
          record: created.record,
          ...reconcile(snapshot, read.draft),
          baseVersionId: created.versionId,
          locks: read.locks,
        });
        replaced(before, 'server');
        onSaved?.(created, { created: true, fields });
      } else {
        const base = state.base ?? snapshot;
        failure = { operation: 'load', agentId: state.agentId };
        const latest = await remote.load(state.agentId);
        if (destroyed) return;
        // The allow-lists may have changed (or been dropped) while the load was in flight: check the exact
        // draft about to be sent once more, so nothing refused can slip through between check and send.
        const hold = allowListHold(snapshot, allowLists);
        const refused = computeIssues(snapshot).some((issue) => issue.code === 'not-allowed');
        if (hold || refused) {
          setState({ status: hold ? holdStatus(hold) : 'invalid' });
          return;
        }
        // The version the edit started from against the server's latest: a newer version means any config
        // field may have moved. Visibility and team live on the record, outside versions, so they are
        // compared on every save.
        const versionMoved = latest.versionId !== state.baseVersionId;
        const theirs = theirsRelativeTo(
          draftFromStoredAgent(latest.record).draft,
          base,
          versionMoved ? DRAFT_FIELDS : UNVERSIONED_FIELDS,
        );
        const comparison = compareDrafts(base, state.draft, theirs, latest.versionId);
        const theyChanged = comparison.fields.some(
          (entry) => entry.kind === 'theirs' || entry.kind === 'both',
        );
        if (theyChanged) {
          serverBase = draftFromStoredAgent(latest.record).draft;
          setState({ status: 'conflict', conflict: comparison, record: latest.record });
          persist();
          return;
        }
        const body = toUpdateBody(snapshot, base, changeMessage(fields, false), latest.record);
        failure = { operation: 'update', agentId: state.agentId };
        const updated = await remote.update(state.agentId, body);
        if (destroyed) return;
        const interleaved = interleavedConflict(updated, latest, base, snapshot);
        const read = adoptRemote(updated);
        if (interleaved) {
          // Saved, but on top of someone else's save that landed between our check and our write: their edit
          // to the fields we sent is gone from the latest version. Both texts are shown; the resolution is
          // saved on top of the version we produced.
          setState({
            status: 'conflict',
            conflict: interleaved,
            record: updated.record,
            base: snapshot,
            baseVersionId: updated.versionId,
            locks: read.locks,
          });
          persist();
          onSaved?.(updated, { created: false, fields });
          return;
        }
        const before = state.draft;
        setState({
          record: updated.record,
          ...reconcile(snapshot, read.draft),
          baseVersionId: updated.versionId ?? latest.versionId,
          locks: read.locks,
        });
        replaced(before, 'server');
        onSaved?.(updated, { created: false, fields });
      }
      queue.resetBackoff();
      const editedMeanwhile = state.dirtyFields.length > 0;
      setState({ status: editedMeanwhile ? 'pending' : 'saved', lastSavedAt: now(), error: null });
      persist();
      if (editedMeanwhile) queue.again();
    } catch (cause) {
      if (destroyed) return;
      const error = classifyDraftError(cause);
      if (error.kind === 'offline') {
        setState({ status: 'offline', error });
        queue.retryLater();
      } else if (error.kind === 'id-taken' && state.agentId === null) {
        // The id follows the name unless the user typed it: point at the field they can change.
        setState({
          status: 'invalid',
          error,
          issues: [
            ...computeIssues(state.draft),
            { field: newAgentIdEdited ? 'id' : 'name', code: 'id-taken' },
          ],
        });
      } else if (error.kind === 'invalid' && error.errorKind === 'bad-request') {
        // A 400 lands on the field it names; the server's words are quoted there, as a schema problem is.
        const field = fieldOfServerMessage(error.message, state.agentId === null);
        setState({
          status: field ? 'invalid' : 'error',
          error,
          ...(field
            ? {
                issues: [
                  ...computeIssues(state.draft),
                  { field, code: 'schema' as const, message: error.message },
                ],
              }
            : {}),
        });
      } else {
        setState({ status: 'error', error });
      }
      persist();
      report(cause, failure, wasOffline);
    }
  }

  async function flush(): Promise<void> {
    queue.cancelDebounce();
    const running = queue.inFlight();
    if (running) {
      queue.again();
      return running;
    }
    if (!canSave()) return;
    if (state.agentId !== null && state.dirtyFields.length === 0) {
      if (state.status !== 'idle') setState({ status: 'saved', error: null });
      return;
    }
    if (state.issues.length > 0) {
      setState({ status: 'invalid' });
      return;
    }
    // The kit is the only enforcer of the allow-lists (the server accepts any binding): a draft whose
    // bindings or model cannot be checked yet is never sent, whichever path asked for the save.
    if (state.hold) {
      setState({ status: holdStatus(state.hold) });
      return;
    }
    if (!connectivity.isOnline()) {
      setState({ status: 'offline' });
      return;
    }
    const more = await queue.run(doSave);
    if (more && (state.status === 'pending' || state.dirtyFields.length > 0)) scheduleAutosave();
  }

  function onConnectivityChange() {
    if (connectivity.isOnline()) {
      if (state.status === 'offline') {
        queue.resetBackoff();
        void flush();
      }
    } else if (state.status === 'pending' || state.status === 'saved' || state.status === 'idle') {
      if (state.dirtyFields.length > 0) setState({ status: 'offline' });
    }
  }

  function restoreInto(agentId: string | null) {
    const persisted = localCopy.read(agentId);
    if (!persisted) return false;
    setState({
      draft: persisted.draft,
      base: persisted.base ?? state.base,
      baseVersionId: persisted.baseVersionId ?? state.baseVersionId,
      restored: true,
    });
    if (persisted.base) serverBase = persisted.base;
    return true;
  }

  const store: AgentDraftStore = {
    getSnapshot: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    async start() {
      // Re-entrant: React's development double effects call destroy() and start() again on the same store.
      destroyed = false;
      unsubscribeConnectivity ??= connectivity.subscribe(onConnectivityChange);
      if (state.agentId === null) {
        const resume = localCopy.resumeAgentId();
        if (resume) {
          // Created before the reload, with edits not yet saved: resume that agent (load it, then restore the
          // local copy) rather than sending a second create that would duplicate it or fail with a 409.
          setState({ agentId: resume, load: 'loading' });
        }
      }
      if (state.agentId === null) {
        const before = state.draft;
        setState({ draft: state.draft, base: null });
        if (restoreInto(null)) {
          replaced(before, 'restore');
          scheduleAutosave();
        }
        return;
      }
      const agentId = state.agentId;
      try {
        const loaded = await remote.load(agentId);
        if (destroyed) return;
        // A controlled value set while loading is what the host had before the server answered.
        const shown = state.draft;
        const read = adoptRemote(loaded);
        setState({
          load: 'ready',
          loadError: null,
          record: loaded.record,
          draft: read.draft,
          base: read.draft,
          baseVersionId: loaded.versionId,
          locks: read.locks,
          status: 'idle',
        });
        const restored = restoreInto(agentId);
        replaced(shown, restored ? 'restore' : 'load');
        if (restored) scheduleAutosave();
      } catch (cause) {
        if (destroyed) return;
        const error = classifyDraftError(cause);
        const shown = state.draft;
        if (startedNew && error.kind === 'not-found') {
          // The resumed agent was deleted meanwhile: its unsaved work becomes a new agent again, not an error.
          const pointer = localCopy.abandon(agentId);
          setState({
            agentId: null,
            load: 'ready',
            record: null,
            base: null,
            baseVersionId: null,
            draft: pointer?.draft ?? state.draft,
            restored: pointer !== null,
          });
          serverBase = null;
          persist();
          replaced(shown, 'restore');
          scheduleAutosave();
          report(cause, { operation: 'load', agentId }, false);
          return;
        }
        // Offline with a local copy: keep editing; the queue saves once the server answers.
        if (error.kind === 'offline' && restoreInto(agentId)) {
          setState({ load: 'ready', status: 'offline', error });
          replaced(shown, 'restore');
          queue.retryLater();
        } else {
          setState({ load: 'error', loadError: error });
        }
        report(cause, { operation: 'load', agentId }, false);
      }
    },

    destroy() {
      destroyed = true;
      queue.clear();
      unsubscribeConnectivity?.();
      unsubscribeConnectivity = null;
    },

    apply(changes) {
      if (state.readOnly) {
        const refused = changes.map((change) => ({ change, id: '', reason: 'read-only' as const }));
        setState({ refused });
        return { draft: state.draft, accepted: [], refused };
      }
      const screened = screenChanges(changes, catalog);
      const refused: RefusedChange[] = screened.refused;
      const draft = applyDraftChanges(state.draft, screened.accepted);
      if (draft !== state.draft) {
        setState({ draft, refused, status: state.status === 'invalid' ? 'idle' : state.status });
        persist();
        scheduleAutosave();
      } else if (refused.length > 0 || state.refused.length > 0) {
        setState({ refused });
      }
      return { draft, accepted: screened.accepted, refused };
    },

    preview(changes) {
      if (state.readOnly) {
        const refused = changes.map((change) => ({ change, id: '', reason: 'read-only' as const }));
        setState({ refused });
        return { draft: state.draft, accepted: [], refused };
      }
      const { accepted, refused } = screenChanges(changes, catalog);
      if (refused.length > 0 || state.refused.length > 0) setState({ refused });
      return { draft: applyDraftChanges(state.draft, accepted), accepted, refused };
    },

    setDraft(draft) {
      if (valuesEqual(draft, state.draft)) return;
      setState({ draft, refused: [] });
      persist();
      scheduleAutosave();
    },

    save: () => flush(),
    retry: () => flush(),

    async resolveConflict(resolution) {
      const conflict = state.conflict;
      if (!conflict) return;
      const merged =
        'draft' in resolution && typeof resolution.draft === 'object' && resolution.draft !== null
          ? (resolution.draft as AgentDraft)
          : mergeDrafts(conflict, resolution as Partial<Record<DraftField, MergeChoice>>);
      // The merge builds on the server's latest: later saves compare with that version.
      const theirsServer = serverBase ?? conflict.theirs;
      const before = state.draft;
      setState({
        conflict: null,
        draft: merged,
        base: theirsServer,
        baseVersionId: conflict.theirsVersionId,
        status: 'idle',
        error: null,
      });
      persist();
      replaced(before, 'merge');
      if (state.dirtyFields.length > 0) await flush();
      else setState({ status: 'saved' });
    },

    async discardLocal() {
      queue.clear();
      localCopy.discard(state.agentId);
      setState({ conflict: null, restored: false, status: 'idle', error: null });
      if (state.agentId === null) {
        const before = state.draft;
        newAgentIdEdited = false;
        setState({ draft: options.initialDraft ?? createEmptyDraft(), base: null });
        replaced(before, 'discard');
        return;
      }
      setState({ load: 'loading' });
      await store.start();
    },

    setCatalog(next, failed = false) {
      const previous = allowLists;
      const previousCatalog = catalog;
      catalog = next ?? null;
      allowLists = catalog ? 'ready' : failed ? 'error' : 'loading';
      if (previous === allowLists && previousCatalog === catalog) return;
      // Re-screens the draft (a restored copy or a controlled value may carry refused bindings): `issues`
      // are recomputed with the new allow-lists, and a held save is retried through the usual checks.
      setState({ draft: state.draft });
      if (state.status === 'invalid' && previous === 'error' && allowLists !== 'error') {
        setState({ status: state.dirtyFields.length > 0 ? 'pending' : 'idle' });
      }
      // Only a change in what can be checked retries: a refetched catalog must not re-fire a failed save.
      if (previous !== 'ready' || state.status === 'pending' || state.status === 'invalid') {
        scheduleAutosave();
      }
    },

    setOptions(next) {
      if (next.debounceMs !== undefined) debounceMs = next.debounceMs;
      // Move the local copy, so a reload reads it from where the host now keeps drafts.
      if (next.storage !== undefined) localCopy.moveTo(next.storage, snapshot());
      const nextAutosave = next.autosave ?? true;
      if (nextAutosave !== autosave) {
        autosave = nextAutosave;
        if (autosave) scheduleAutosave();
        else queue.cancelDebounce();
      }
    },

    setNewAgentId(id) {
      if (state.agentId !== null || (newAgentIdEdited && id === newAgentId)) return;
      newAgentId = id;
      newAgentIdEdited = true;
      setState({ draft: state.draft, status: state.status === 'invalid' ? 'idle' : state.status });
      scheduleAutosave();
    },

    setReadOnly(readOnly) {
      if (readOnly === state.readOnly) return;
      setState({ readOnly });
      if (!readOnly) scheduleAutosave();
      else queue.clear();
    },
  };
  return store;
}
