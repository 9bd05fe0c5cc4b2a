import type { AgentDraft } from './agent-draft.js';
import {
  draftStorageKey,
  readPersistedDraft,
  removePersistedDraft,
  writePersistedDraft,
  type DraftStorage,
  type PersistedDraft,
} from './draft-storage.js';

/* The draft store's local copy: what one user's unsaved work on one agent leaves on this device, so it
   survives a reload, a crash or an outage. `draft-storage.ts` reads and writes entries; this module decides
   which entries exist (the agent's own, the "new agent" slot, the resume pointer) and when they go. */

/** What the store hands over to be kept. */
export interface LocalCopySnapshot {
  agentId: string | null;
  draft: AgentDraft;
  base: AgentDraft | null;
  baseVersionId: string | null;
  /** Something the server does not have yet: unsaved edits or an unresolved conflict. */
  unsaved: boolean;
}

export interface DraftLocalCopy {
  /** Keeps the snapshot's copy, or removes it when nothing is unsaved (the server has everything). */
  write(snapshot: LocalCopySnapshot): void;
  /**
   * The copy of `agentId` (`null`: the unsaved new agent). For an agent this store created, falls back to the
   * "new agent" slot, which holds the same copy and is the only one left if the agent's own write failed.
   */
  read(agentId: string | null): PersistedDraft | null;
  /** The agent a reload should resume: a new agent created before it, with edits not yet saved. */
  resumeAgentId(): string | null;
  /** The new agent was just created: its slot no longer stands for an agent to create. */
  releaseNewSlot(): void;
  /** Drops the copy of `agentId`, and the "new agent" slot when this store started as a new agent. */
  discard(agentId: string | null): void;
  /**
   * The resumed agent is gone from the server: drops its copies and returns the "new agent" slot's draft, so
   * its unsaved work becomes a new agent again.
   */
  abandon(agentId: string): PersistedDraft | null;
  /** Keeps copies in `storage` from now on, moving the current one there. */
  moveTo(storage: DraftStorage, snapshot: LocalCopySnapshot): void;
}

export interface DraftLocalCopyOptions {
  storage: DraftStorage;
  /** Whose copy this is: copies are kept per agent and user. */
  userId: string;
  /**
   * The store composes a new agent (no agent id was given). Once created, its unsaved work is mirrored into
   * the "new agent" slot as well: the host reloads without an agent id and must resume that agent rather than
   * create another.
   */
  startedNew: boolean;
  /** @default Date.now */
  now?: (() => number) | undefined;
}

/** Never throws: a full or blocked storage must not break editing (see `writePersistedDraft`). */
export function createDraftLocalCopy(options: DraftLocalCopyOptions): DraftLocalCopy {
  const { userId, startedNew, now = Date.now } = options;
  let storage = options.storage;
  const key = (agentId: string | null) => draftStorageKey(userId, agentId);

  const copy: DraftLocalCopy = {
    write(snapshot) {
      // A clean agent needs no resume (the server has everything): the slot is freed for a new one.
      const mirror = startedNew && snapshot.agentId !== null;
      if (!snapshot.unsaved) {
        removePersistedDraft(storage, key(snapshot.agentId));
        if (mirror) removePersistedDraft(storage, key(null));
        return;
      }
      const entry: PersistedDraft = {
        version: 1,
        draft: snapshot.draft,
        base: snapshot.base,
        baseVersionId: snapshot.baseVersionId,
        agentId: snapshot.agentId,
        savedAt: now(),
      };
      writePersistedDraft(storage, key(snapshot.agentId), entry);
      if (mirror) writePersistedDraft(storage, key(null), entry);
    },
    read(agentId) {
      const own = readPersistedDraft(storage, key(agentId));
      if (own || !startedNew || agentId === null) return own;
      const pointer = readPersistedDraft(storage, key(null));
      return pointer?.agentId === agentId ? pointer : null;
    },
    resumeAgentId: () => readPersistedDraft(storage, key(null))?.agentId ?? null,
    releaseNewSlot() {
      removePersistedDraft(storage, key(null));
    },
    discard(agentId) {
      removePersistedDraft(storage, key(agentId));
      if (startedNew) removePersistedDraft(storage, key(null));
    },
    abandon(agentId) {
      const pointer = readPersistedDraft(storage, key(null));
      removePersistedDraft(storage, key(agentId));
      removePersistedDraft(storage, key(null));
      return pointer;
    },
    moveTo(next, snapshot) {
      if (next === storage) return;
      const previous = storage;
      storage = next;
      copy.write(snapshot);
      removePersistedDraft(previous, key(snapshot.agentId));
    },
  };
  return copy;
}
