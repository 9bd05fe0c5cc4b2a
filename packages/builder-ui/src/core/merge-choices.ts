import type { AgentDraft, BindingKind, DraftField } from './agent-draft.js';

/* A conflict's shape and the choices a user makes on it. Types and two small rules only, with no runtime
   import: the conflict resolver (a chunk loaded on demand) needs these, not the merge itself. */

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
