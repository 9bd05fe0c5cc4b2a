import { describe, expect, it } from 'vitest';
import { createEmptyDraft, type StoredAgentLike } from './agent-draft.js';
import type { RemoteAgent } from './agent-draft-store.js';
import { interleavedConflict, reconcileSaved, theirsSince } from './draft-conflicts.js';

const model = { provider: 'mock', name: 'deterministic-v1' };

describe('reconcileSaved', () => {
  it('adopts what the server filled in, unless the user changed that field since the save started', () => {
    const snapshot = createEmptyDraft({ name: 'Bot', instructions: 'Help. ' });
    const saved = { ...snapshot, model, instructions: 'Help.' };
    const current = { ...snapshot, name: 'Bot 2' };
    const { base, draft } = reconcileSaved(snapshot, saved, current);
    expect(base.model).toEqual(model);
    expect(draft).toEqual({ ...current, model });
    // Text stays as typed: the server's trimmed copy is not pushed under the cursor.
    expect(draft.instructions).toBe('Help. ');

    const changedMeanwhile = { ...snapshot, model: { provider: 'mock', name: 'other' } };
    expect(reconcileSaved(snapshot, saved, changedMeanwhile).draft.model).toEqual(changedMeanwhile.model);
  });

  it('returns the same draft object when nothing was adopted', () => {
    const snapshot = createEmptyDraft({ name: 'Bot' });
    const current = { ...snapshot };
    expect(reconcileSaved(snapshot, { ...snapshot }, current).draft).toBe(current);
  });
});

describe('theirsSince', () => {
  it('counts as theirs only the fields that moved since we last saw the server', () => {
    const reference = createEmptyDraft({ name: 'Bot', description: 'old' });
    const base = { ...reference, name: 'Bot (ours)' };
    const latest = { ...reference, description: 'new' };
    expect(theirsSince(latest, base, reference, ['name', 'description'])).toEqual({
      ...base,
      description: 'new',
    });
    // Fields outside the list are never taken from the server.
    expect(theirsSince(latest, base, reference, ['name'])).toEqual(base);
  });
});

describe('interleavedConflict', () => {
  const record = (fields: Partial<Record<string, unknown>>) =>
    ({ id: 'bot', name: 'Bot', instructions: 'Help.', ...fields }) as unknown as StoredAgentLike;
  const remote = (versionId: string, fields = {}, previous?: RemoteAgent['previous']): RemoteAgent =>
    ({ record: record(fields), versionId, previous: previous ?? null }) as RemoteAgent;

  it('is null when our save directly follows the version we checked', () => {
    const latest = remote('v1');
    const updated = remote('v2', { instructions: 'Ours.' }, { versionId: 'v1', record: record({}) });
    const base = createEmptyDraft({ name: 'Bot', instructions: 'Help.' });
    expect(interleavedConflict(updated, latest, base, { ...base, instructions: 'Ours.' })).toBeNull();
  });

  it('reports the field both of us changed when another save slipped in between', () => {
    const latest = remote('v1');
    const between = { versionId: 'v2', record: record({ instructions: 'Theirs.' }) };
    const updated = remote('v3', { instructions: 'Ours.' }, between);
    const base = createEmptyDraft({ name: 'Bot', instructions: 'Help.' });
    const conflict = interleavedConflict(updated, latest, base, { ...base, instructions: 'Ours.' });
    expect(conflict?.fields.find((entry) => entry.field === 'instructions')?.kind).toBe('both');
  });
});
