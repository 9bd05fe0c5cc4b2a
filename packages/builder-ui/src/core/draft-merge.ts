import type { AgentDraft, DraftField } from './agent-draft.js';
import { DRAFT_FIELDS, fieldEqual } from './agent-draft.js';
import {
  defaultChoices,
  isBindingField,
  type DraftConflict,
  type FieldConflict,
  type FieldConflictKind,
  type MergeChoice,
} from './merge-choices.js';

// The conflict's shape and the per-field choices live in ./merge-choices.ts (no runtime dependency on the
// draft model, so the lazily loaded conflict resolver imports only them); re-exported here, where they were.
export {
  defaultChoices,
  isBindingField,
  unresolvedFields,
  type DraftConflict,
  type FieldConflict,
  type FieldConflictKind,
  type MergeChoice,
} from './merge-choices.js';

/** Three-way comparison of a draft against the server's newer version. */
export function compareDrafts(
  base: AgentDraft,
  mine: AgentDraft,
  theirs: AgentDraft,
  theirsVersionId: string | null = null,
): DraftConflict {
  const fields: FieldConflict[] = [];
  for (const field of DRAFT_FIELDS) {
    const mineChanged = !fieldEqual(field, base[field], mine[field]);
    const theirsChanged = !fieldEqual(field, base[field], theirs[field]);
    if (!mineChanged && !theirsChanged) continue;
    let kind: FieldConflictKind;
    if (mineChanged && theirsChanged) kind = fieldEqual(field, mine[field], theirs[field]) ? 'same' : 'both';
    else kind = mineChanged ? 'mine' : 'theirs';
    fields.push({ field, kind, base: base[field], mine: mine[field], theirs: theirs[field] });
  }
  return { base, mine, theirs, theirsVersionId, fields };
}

/** Applies both sides' set edits to the base list: additions from either side stay, removals from either side go. */
export function mergeIdLists(
  base: readonly string[],
  mine: readonly string[],
  theirs: readonly string[],
): string[] {
  const removed = new Set([
    ...base.filter((id) => !mine.includes(id)),
    ...base.filter((id) => !theirs.includes(id)),
  ]);
  const ordered = [...theirs, ...mine.filter((id) => !theirs.includes(id))];
  return [...new Set(ordered)].filter((id) => !removed.has(id));
}

/**
 * Builds the merged draft from per-field choices. Fields not mentioned follow `defaultChoices`. `both` on a
 * non-binding field means mine.
 */
export function mergeDrafts(
  conflict: DraftConflict,
  choices: Partial<Record<DraftField, MergeChoice>> = {},
): AgentDraft {
  const resolved = { ...defaultChoices(conflict), ...choices };
  const merged: AgentDraft = { ...conflict.theirs };
  for (const entry of conflict.fields) {
    const choice = resolved[entry.field] ?? 'mine';
    const field = entry.field;
    if (choice === 'theirs') continue;
    if (choice === 'both' && isBindingField(field)) {
      merged[field] = mergeIdLists(conflict.base[field], conflict.mine[field], conflict.theirs[field]);
    } else {
      (merged as unknown as Record<DraftField, unknown>)[field] = conflict.mine[field];
    }
  }
  return merged;
}
