import type { AgentDraft, BindingKind, DraftField } from './agent-draft.js';
import { DRAFT_FIELDS, fieldEqual } from './agent-draft.js';

/** How one field differs between the version the edit started from, my draft, and the server's latest. */
export type FieldConflictKind =
  /** Only I changed it. */
  | 'mine'
  /** Only the other editor changed it. */
  | 'theirs'
  /** Both changed it to different values: the user must choose. */
  | 'both'
  /** Both changed it to the same value. */
  | 'same';

export interface FieldConflict {
  field: DraftField;
  kind: FieldConflictKind;
  base: AgentDraft[DraftField];
  mine: AgentDraft[DraftField];
  theirs: AgentDraft[DraftField];
}

/** Per field: keep mine, take theirs, or (bindings only) merge both sides' additions and removals. */
export type MergeChoice = 'mine' | 'theirs' | 'both';

export interface DraftConflict {
  base: AgentDraft;
  mine: AgentDraft;
  theirs: AgentDraft;
  /** The server's latest version id (what a resolved save builds on). */
  theirsVersionId: string | null;
  /** Fields that differ on at least one side, in form order. */
  fields: FieldConflict[];
}

const BINDING_FIELDS: ReadonlySet<DraftField> = new Set<DraftField>(['tools', 'agents', 'workflows']);

export function isBindingField(field: DraftField): field is BindingKind {
  return BINDING_FIELDS.has(field);
}

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

/** Fields both sides changed differently: nothing is decided for these until the user chooses. */
export function unresolvedFields(conflict: DraftConflict): DraftField[] {
  return conflict.fields.filter((entry) => entry.kind === 'both').map((entry) => entry.field);
}

/**
 * The choice the merge view preselects: one-sided changes keep that side (so nobody's edit is dropped), and
 * fields both sides changed default to keeping mine only until the user picks otherwise.
 */
export function defaultChoices(conflict: DraftConflict): Partial<Record<DraftField, MergeChoice>> {
  const choices: Partial<Record<DraftField, MergeChoice>> = {};
  for (const entry of conflict.fields) {
    if (entry.kind === 'theirs') choices[entry.field] = 'theirs';
    else if (entry.kind === 'both' && isBindingField(entry.field)) choices[entry.field] = 'both';
    else choices[entry.field] = 'mine';
  }
  return choices;
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
