import type { AgentDraft } from './agent-draft.js';

/**
 * Where in-progress drafts survive a reload or a crash. Synchronous on purpose: the draft is written on every
 * keystroke, and an async write could still be pending when the tab dies.
 */
export interface DraftStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** What is kept per agent and user. */
export interface PersistedDraft {
  version: 1;
  draft: AgentDraft;
  /** The server state the edit started from, for conflict detection after the restore. */
  base: AgentDraft | null;
  baseVersionId: string | null;
  /** Set once a new agent has been created, so a reload resumes editing it instead of creating another. */
  agentId: string | null;
  savedAt: number;
}

const PREFIX = 'paddock:agent-draft:v1';

/** Key for one user's draft of one agent; `agentId` null is the user's unsaved new agent. */
export function draftStorageKey(userId: string, agentId: string | null): string {
  return `${PREFIX}:${encodeURIComponent(userId)}:${agentId === null ? '~new' : encodeURIComponent(agentId)}`;
}

/** `localStorage` when the environment has a usable one (private modes can throw on access), else memory. */
export function defaultDraftStorage(): DraftStorage {
  try {
    const storage = globalThis.localStorage;
    if (storage) {
      const probe = `${PREFIX}:probe`;
      storage.setItem(probe, '1');
      storage.removeItem(probe);
      return storage;
    }
  } catch {
    // Falls through to memory: a draft that cannot outlive the tab is still better than no composer.
  }
  return createMemoryDraftStorage();
}

export function createMemoryDraftStorage(initial: Record<string, string> = {}): DraftStorage & {
  entries(): Record<string, string>;
} {
  const map = new Map(Object.entries(initial));
  return {
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, value),
    removeItem: (key) => void map.delete(key),
    entries: () => Object.fromEntries(map),
  };
}

function isDraft(value: unknown): value is AgentDraft {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v['name'] === 'string' &&
    typeof v['instructions'] === 'string' &&
    Array.isArray(v['tools']) &&
    Array.isArray(v['agents']) &&
    Array.isArray(v['workflows']) &&
    typeof v['memory'] === 'object'
  );
}

/** Reads a persisted draft; anything unreadable (old format, hand-edited, quota garbage) counts as absent. */
export function readPersistedDraft(storage: DraftStorage, key: string): PersistedDraft | null {
  let raw: string | null;
  try {
    raw = storage.getItem(key);
  } catch {
    return null;
  }
  if (!raw) return null;
  try {
    const parsed = JSON.parse(raw) as Partial<PersistedDraft>;
    if (parsed.version !== 1 || !isDraft(parsed.draft)) return null;
    return {
      version: 1,
      draft: parsed.draft,
      base: isDraft(parsed.base) ? parsed.base : null,
      baseVersionId: typeof parsed.baseVersionId === 'string' ? parsed.baseVersionId : null,
      agentId: typeof parsed.agentId === 'string' ? parsed.agentId : null,
      savedAt: typeof parsed.savedAt === 'number' ? parsed.savedAt : 0,
    };
  } catch {
    return null;
  }
}

/** Writes a draft; a full or blocked storage must not break editing, so failures return `false`. */
export function writePersistedDraft(storage: DraftStorage, key: string, entry: PersistedDraft): boolean {
  try {
    storage.setItem(key, JSON.stringify(entry));
    return true;
  } catch {
    return false;
  }
}

export function removePersistedDraft(storage: DraftStorage, key: string): void {
  try {
    storage.removeItem(key);
  } catch {
    // Nothing to do: a stale entry is harmless, it is compared with the server on the next load.
  }
}
