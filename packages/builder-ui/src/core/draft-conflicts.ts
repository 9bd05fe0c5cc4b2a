import type { AgentDraft, DraftField } from './agent-draft.js';
import { draftFromStoredAgent, fieldEqual, valuesEqual, DRAFT_FIELDS } from './agent-draft.js';
import type { RemoteAgent } from './agent-draft-store.js';
import type { DraftConflict } from './draft-merge.js';
import { compareDrafts } from './draft-merge.js';

/* Conflict detection and reconciliation after a save: pure functions of drafts, apart from the store. */

/** Structured fields the server may fill in on save (a default model, memory), adopted into the draft. */
export const ADOPTED_FIELDS: readonly DraftField[] = [
  'model',
  'memory',
  'tools',
  'agents',
  'workflows',
  'visibility',
];

/**
 * `current` after a save: structured fields the server filled in (the builder's default model and memory) become part
 * of the draft, so the form shows what was stored. Text fields stay as typed: trimming under the cursor
 * would fight the user.
 */
export function reconcileSaved(
  snapshot: AgentDraft,
  saved: AgentDraft,
  current: AgentDraft,
): { base: AgentDraft; draft: AgentDraft } {
  const base = { ...snapshot } as Record<DraftField, unknown>;
  const draft = { ...current } as Record<DraftField, unknown>;
  for (const field of ADOPTED_FIELDS) {
    if (fieldEqual(field, snapshot[field], saved[field])) continue;
    base[field] = saved[field];
    if (fieldEqual(field, current[field], snapshot[field])) draft[field] = saved[field];
  }
  const nextDraft = valuesEqual(draft, current) ? current : (draft as unknown as AgentDraft);
  return { base: base as unknown as AgentDraft, draft: nextDraft };
}

/**
 * The server's latest, with fields equal to what we last saw there (`reference`) replaced by our saved values
 * (`base`): only what someone else changed counts as theirs.
 */
export function theirsSince(
  latest: AgentDraft,
  base: AgentDraft,
  reference: AgentDraft,
  fields: readonly DraftField[],
): AgentDraft {
  const theirs = { ...base } as Record<DraftField, unknown>;
  for (const field of fields) {
    if (!fieldEqual(field, latest[field], reference[field])) theirs[field] = latest[field];
  }
  return theirs as unknown as AgentDraft;
}

/**
 * The conflict an interleaved save hid, or `null`. The save was checked against `latest`; if the version it
 * produced does not directly follow that one, another editor saved in between, and every field both of us
 * changed now holds only our value.
 */
export function interleavedConflict(
  updated: RemoteAgent,
  latest: RemoteAgent,
  base: AgentDraft,
  snapshot: AgentDraft,
): DraftConflict | null {
  const previous = updated.previous;
  if (!previous || latest.versionId === null || previous.versionId === latest.versionId) return null;
  // A save of record-only fields (visibility, team) creates no version: nothing to compare.
  if (updated.versionId === latest.versionId) return null;
  const between = draftFromStoredAgent(previous.record).draft;
  const checked = draftFromStoredAgent(latest.record).draft;
  // Only what they changed relative to the version we checked counts as theirs (not server normalisation).
  const theirs = { ...base } as Record<DraftField, unknown>;
  for (const field of DRAFT_FIELDS) {
    if (!fieldEqual(field, between[field], checked[field])) theirs[field] = between[field];
  }
  const comparison = compareDrafts(base, snapshot, theirs as unknown as AgentDraft, updated.versionId);
  const theyChanged = comparison.fields.some((entry) => entry.kind === 'theirs' || entry.kind === 'both');
  return theyChanged ? comparison : null;
}
