import { describe, expect, it } from 'vitest';
import { createEmptyDraft } from './agent-draft.js';
import { createDraftLocalCopy, type LocalCopySnapshot } from './draft-local-copy.js';
import { createMemoryDraftStorage, draftStorageKey, type DraftStorage } from './draft-storage.js';

const mine = createEmptyDraft({ name: 'Mine' });
const base = createEmptyDraft({ name: 'Base' });
const own = (agentId: string | null) => draftStorageKey('u-1', agentId);
const NEW = own(null);

function snapshot(patch: Partial<LocalCopySnapshot> = {}): LocalCopySnapshot {
  return { agentId: 'a1', draft: mine, base, baseVersionId: 'a1@v2', unsaved: true, ...patch };
}

describe('an existing agent', () => {
  it('keeps unsaved work under the agent and the user, and removes it once the server has everything', () => {
    const storage = createMemoryDraftStorage();
    const copy = createDraftLocalCopy({ storage, userId: 'u-1', startedNew: false, now: () => 42 });
    copy.write(snapshot());
    expect(Object.keys(storage.entries())).toEqual([own('a1')]);
    expect(copy.read('a1')).toEqual({
      version: 1,
      draft: mine,
      base,
      baseVersionId: 'a1@v2',
      agentId: 'a1',
      savedAt: 42,
    });
    // Someone else's copy of the same agent is not this user's.
    expect(createDraftLocalCopy({ storage, userId: 'u-2', startedNew: false }).read('a1')).toBeNull();
    expect(copy.resumeAgentId()).toBeNull();

    copy.write(snapshot({ unsaved: false }));
    expect(storage.entries()).toEqual({});
  });

  it('drops the copy on discard and moves it when the host changes storage', () => {
    const first = createMemoryDraftStorage();
    const second = createMemoryDraftStorage();
    const copy = createDraftLocalCopy({ storage: first, userId: 'u-1', startedNew: false });
    copy.write(snapshot());
    copy.moveTo(second, snapshot());
    expect(first.entries()).toEqual({});
    expect(Object.keys(second.entries())).toEqual([own('a1')]);
    copy.discard('a1');
    expect(second.entries()).toEqual({});
  });
});

describe('a new agent', () => {
  it('keeps its work in the "new agent" slot, mirrors it there once created, and resumes that agent', () => {
    const storage = createMemoryDraftStorage();
    const copy = createDraftLocalCopy({ storage, userId: 'u-1', startedNew: true });
    copy.write(snapshot({ agentId: null, base: null, baseVersionId: null }));
    expect(Object.keys(storage.entries())).toEqual([NEW]);
    expect(copy.resumeAgentId()).toBeNull();

    // Created: the slot no longer stands for an agent to create; unsaved work then lives in both places.
    copy.releaseNewSlot();
    copy.write(snapshot());
    expect(Object.keys(storage.entries()).sort()).toEqual([own('a1'), NEW].sort());
    expect(copy.resumeAgentId()).toBe('a1');

    // The agent's own entry lost (a failed write): the mirror still has the copy.
    storage.removeItem(own('a1'));
    expect(copy.read('a1')?.draft).toEqual(mine);

    // Clean again: nothing to resume, the slot is free for the next new agent.
    copy.write(snapshot({ unsaved: false }));
    expect(storage.entries()).toEqual({});
  });

  it('turns a resumed agent the server no longer has back into new-agent work', () => {
    const storage = createMemoryDraftStorage();
    const copy = createDraftLocalCopy({ storage, userId: 'u-1', startedNew: true });
    copy.write(snapshot());
    const left = copy.abandon('a1');
    expect(left?.draft).toEqual(mine);
    expect(storage.entries()).toEqual({});
  });

  it('discards both the agent and the slot', () => {
    const storage = createMemoryDraftStorage();
    const copy = createDraftLocalCopy({ storage, userId: 'u-1', startedNew: true });
    copy.write(snapshot());
    copy.discard('a1');
    expect(storage.entries()).toEqual({});
  });
});

describe('a storage that fails', () => {
  it('never breaks editing: full or blocked storage reads as "no copy"', () => {
    const broken: DraftStorage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => {
        throw new Error('SecurityError');
      },
    };
    const copy = createDraftLocalCopy({ storage: broken, userId: 'u-1', startedNew: true });
    expect(() => copy.write(snapshot())).not.toThrow();
    expect(() => copy.write(snapshot({ unsaved: false }))).not.toThrow();
    expect(copy.read('a1')).toBeNull();
    expect(copy.resumeAgentId()).toBeNull();
    expect(() => copy.discard('a1')).not.toThrow();
    expect(copy.abandon('a1')).toBeNull();
  });
});
