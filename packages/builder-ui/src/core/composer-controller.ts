/**
 * The composer's rules, framework-free: who may edit, which model is the default and whether it can be
 * changed, and whether review or a test run may start. `AgentComposerPrimitive.Root` only feeds them what the
 * hooks read and turns the decisions into words from the messages dictionary.
 */
import type { DraftField, FieldLockReason, StoredAgentLike } from './agent-draft.js';
import type { AgentDraftState } from './agent-draft-store.js';
import type { DraftCatalog, DraftIssue, DraftSaveHold } from './agent-draft-validation.js';

/** Why editing is off: the host said so, no write permission, signed out, permissions unknown, not the author. */
export type ComposerReadOnlyReason =
  'host' | 'no-write' | 'signed-out' | 'permissions-unknown' | 'not-author';

export interface EditingInput {
  /** The host's `readOnly` prop. */
  readOnly: boolean;
  /** `stored-agents:write` as `usePermission` reports it; `missing` when the user lacks it (vs. signed out). */
  write: { allowed: boolean; status: 'pending' | 'ready' | 'error'; missing: boolean };
  /** An admin bypass or a per-agent grant the server honours beside authorship. */
  authorOverride: boolean;
  user: { id: string } | null;
  record: Pick<StoredAgentLike, 'authorId'> | null;
}

export interface EditingDecision {
  readOnly: boolean;
  reason: ComposerReadOnlyReason | null;
  /** The permissions are not known yet: show the loading state, not a read-only form. */
  permissionsPending: boolean;
}

/**
 * Mastra's rule after RBAC: only the author of a stored agent may change it (an admin role does not bypass
 * it), unless a grant says otherwise.
 */
export function decideEditing(input: EditingInput): EditingDecision {
  const permissionsPending = !input.readOnly && input.write.status === 'pending';
  if (input.readOnly) return { readOnly: true, reason: 'host', permissionsPending };
  if (!input.write.allowed) {
    const reason: ComposerReadOnlyReason =
      input.write.status !== 'ready'
        ? 'permissions-unknown'
        : input.write.missing
          ? 'no-write'
          : 'signed-out';
    return { readOnly: true, reason, permissionsPending };
  }
  const authorId = input.record?.authorId ?? null;
  const notAuthor =
    authorId !== null && input.user !== null && authorId !== input.user.id && !input.authorOverride;
  return notAuthor
    ? { readOnly: true, reason: 'not-author', permissionsPending }
    : { readOnly: false, reason: null, permissionsPending };
}

/** Why the model cannot be chosen: the policy pins one model, the server hides the picker, or variants. */
export type ModelLockReason = 'pinned' | 'hidden' | 'conditional';

export interface ModelChoice {
  /** `provider/modelId`. */
  key: string;
  provider: string;
  modelId: string;
  label: string;
  available: boolean;
  unavailableReason: string | undefined;
  isDefault: boolean;
}

export interface ModelInput {
  catalog: DraftCatalog | null | undefined;
  /** The builder settings' model policy default, when the catalog has none. */
  settingsDefault?: { provider: string; modelId: string } | undefined;
  /** The server's builder features (`features.agent`); `model: false` hides the picker. */
  features: Readonly<Record<string, boolean>>;
  locks: Partial<Record<DraftField, FieldLockReason>>;
}

export interface ModelDecision {
  options: ModelChoice[];
  /** What the server applies when the draft names no model. */
  defaultModel: { provider: string; modelId: string } | null;
  lock: ModelLockReason | null;
}

export function decideModel(input: ModelInput): ModelDecision {
  const options: ModelChoice[] = (input.catalog?.items ?? [])
    .filter((item) => item.kind === 'model' && item.model)
    .map((item) => ({
      key: item.id,
      provider: item.model!.provider,
      modelId: item.model!.modelId,
      label: (item as { name?: string }).name || item.id,
      available: item.available,
      unavailableReason: item.unavailableReason,
      isDefault: item.model!.isDefault === true,
    }));
  const policyDefault = input.catalog?.modelPolicy.default ?? input.settingsDefault;
  const catalogDefault = options.find((option) => option.isDefault);
  const defaultModel = policyDefault
    ? { provider: policyDefault.provider, modelId: policyDefault.modelId }
    : catalogDefault
      ? { provider: catalogDefault.provider, modelId: catalogDefault.modelId }
      : null;
  let lock: ModelLockReason | null = null;
  if (input.locks.model === 'conditional') lock = 'conditional';
  else if (input.features['model'] === false || input.catalog?.modelPolicy.pickerVisible === false) {
    lock = 'hidden';
  } else if (input.catalog?.modelPolicy.active && options.filter((option) => option.available).length === 1) {
    lock = 'pinned';
  }
  return { options, defaultModel, lock };
}

/** Why review cannot be requested now, or `null`. */
export type ReviewBlocker = 'conflict' | 'invalid' | 'unsaved';

export function reviewBlocker(
  state: Pick<AgentDraftState, 'conflict' | 'issues' | 'agentId' | 'dirtyFields' | 'status'>,
): ReviewBlocker | null {
  if (state.conflict) return 'conflict';
  if (state.issues.length > 0) return 'invalid';
  if (!state.agentId || state.dirtyFields.length > 0 || state.status === 'saving') return 'unsaved';
  return null;
}

/**
 * Why the saved draft may not be test-run although the user may run agents: exactly when saving is refused
 * for the allow-lists (a binding or model they refuse, or allow-lists not known), since a run would execute
 * those bindings.
 */
export type TestRefusal = { issue: Extract<DraftIssue, { code: 'not-allowed' }> } | { hold: DraftSaveHold };

export function testRefusal(state: Pick<AgentDraftState, 'issues' | 'hold'>): TestRefusal | null {
  const issue = state.issues.find(
    (entry): entry is Extract<DraftIssue, { code: 'not-allowed' }> => entry.code === 'not-allowed',
  );
  if (issue) return { issue };
  return state.hold ? { hold: state.hold } : null;
}
