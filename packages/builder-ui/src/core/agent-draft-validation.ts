import { STORED_AGENT_DESCRIPTION_MAX, STORED_AGENT_NAME_MAX } from '@paddock/client-sdk';
import type { AgentDraft, BindingKind, DraftChange, DraftField } from './agent-draft.js';
import { BINDING_KINDS } from './agent-draft.js';

/**
 * The slice of the SDK's catalog the composer checks against. Structural so that `Catalog` from
 * `@paddock/client-sdk` fits without this module depending on its run-time code.
 */
export interface DraftCatalog {
  items: readonly {
    kind: string;
    id: string;
    available: boolean;
    unavailableReason?: string | undefined;
    model?: { provider: string; modelId: string; isDefault?: boolean } | undefined;
  }[];
  modelPolicy: {
    active: boolean;
    pickerVisible: boolean;
    default?: { provider: string; modelId: string } | undefined;
  };
}

/** Why a binding or model is refused: the catalog's reason, or `unknown` when the server has no such primitive. */
export type RefusalReason =
  'not-allow-listed' | 'model-policy' | 'provider-disconnected' | 'unknown' | (string & {});

/** A draft field, or `id`: the id a new agent is created with (not part of the draft; see `newAgentId`). */
export type IssueField = DraftField | 'id';

export type DraftIssue =
  | { field: IssueField; code: 'required' }
  | { field: IssueField; code: 'too-long'; max: number }
  | { field: IssueField; code: 'invalid-id' }
  | { field: IssueField; code: 'not-allowed'; id: string; reason: RefusalReason }
  | { field: IssueField; code: 'id-taken'; id?: string | undefined }
  | { field: IssueField; code: 'schema'; message: string };

/** The SDK's limits (its request schema enforces them too); named here for the composer's messages. */
export const NAME_MAX = STORED_AGENT_NAME_MAX;
export const DESCRIPTION_MAX = STORED_AGENT_DESCRIPTION_MAX;

const KIND_OF: Record<BindingKind, string> = { tools: 'tool', agents: 'agent', workflows: 'workflow' };

/** `null` when `id` may be bound as `kind`, else the reason it may not. */
export function bindingRefusal(
  catalog: DraftCatalog | null | undefined,
  kind: BindingKind,
  id: string,
): RefusalReason | null {
  // Without a catalog there is nothing to check against yet. This only keeps editing fluid: the draft store
  // holds every save of a draft with bindings or a model (`allowListHold`) until the catalog has loaded, and
  // `validateDraft` flags what it refuses once it has.
  if (!catalog) return null;
  const item = catalog.items.find((entry) => entry.kind === KIND_OF[kind] && entry.id === id);
  if (!item) return 'unknown';
  return item.available ? null : (item.unavailableReason ?? 'not-allow-listed');
}

/** `null` when the model may be chosen, else why not. */
export function modelRefusal(
  catalog: DraftCatalog | null | undefined,
  model: { provider: string; name: string },
): RefusalReason | null {
  if (!catalog) return null;
  const item = catalog.items.find(
    (entry) =>
      entry.kind === 'model' &&
      entry.model?.provider === model.provider &&
      entry.model.modelId === model.name,
  );
  if (!item) return catalog.modelPolicy.active ? 'model-policy' : null;
  return item.available ? null : (item.unavailableReason ?? 'model-policy');
}

/** Whether the allow-lists are known yet: `loading` until the catalog arrives, `error` when it failed. */
export type AllowListStatus = 'loading' | 'ready' | 'error';

/** Why a save is held back although the draft itself may be fine. */
export type DraftSaveHold = 'allow-lists-loading' | 'allow-lists-failed';

/**
 * Whether saving `draft` must wait for the allow-lists. The server accepts any binding or model, so a draft
 * carrying one can only be sent once the catalog has confirmed it; a draft with neither has nothing to check.
 */
export function allowListHold(draft: AgentDraft, status: AllowListStatus): DraftSaveHold | null {
  if (status === 'ready') return null;
  const needsCheck = draft.model !== null || BINDING_KINDS.some((kind) => draft[kind].length > 0);
  if (!needsCheck) return null;
  return status === 'error' ? 'allow-lists-failed' : 'allow-lists-loading';
}

/**
 * Splits proposed changes into those the allow-lists permit and those they refuse, with the reason. The
 * server accepts any binding; the kit is where the allow-list is enforced.
 */
export function screenChanges(
  changes: readonly DraftChange[],
  catalog: DraftCatalog | null | undefined,
): { accepted: DraftChange[]; refused: { change: DraftChange; id: string; reason: RefusalReason }[] } {
  const accepted: DraftChange[] = [];
  const refused: { change: DraftChange; id: string; reason: RefusalReason }[] = [];
  for (const change of changes) {
    if (change.type === 'add-binding') {
      const reason = bindingRefusal(catalog, change.kind, change.id);
      if (reason) refused.push({ change, id: change.id, reason });
      else accepted.push(change);
    } else if (change.type === 'set-bindings') {
      const bad = change.ids.map((id) => ({ id, reason: bindingRefusal(catalog, change.kind, id) }));
      const first = bad.find((entry) => entry.reason);
      if (first?.reason) refused.push({ change, id: first.id, reason: first.reason });
      else accepted.push(change);
    } else if (change.type === 'set' && change.field === 'model' && change.value) {
      const reason = modelRefusal(catalog, change.value);
      if (reason) refused.push({ change, id: `${change.value.provider}/${change.value.name}`, reason });
      else accepted.push(change);
    } else {
      accepted.push(change);
    }
  }
  return { accepted, refused };
}

/** A zod-like schema: the SDK's request schemas fit. */
export interface SafeParseSchema {
  safeParse(
    value: unknown,
  ):
    | { success: true }
    | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } };
}

const WIRE_TO_FIELD: Record<string, IssueField> = { metadata: 'team' };

/**
 * Every problem that blocks saving the draft: required fields, lengths, bindings and model outside the
 * allow-lists, and (when given) the SDK's request schema run over the wire body.
 */
export function validateDraft(
  draft: AgentDraft,
  options: { catalog?: DraftCatalog | null; schema?: SafeParseSchema; body?: unknown } = {},
): DraftIssue[] {
  const issues: DraftIssue[] = [];
  if (draft.name.trim() === '') issues.push({ field: 'name', code: 'required' });
  if (draft.name.length > NAME_MAX) issues.push({ field: 'name', code: 'too-long', max: NAME_MAX });
  if (draft.description.length > DESCRIPTION_MAX) {
    issues.push({ field: 'description', code: 'too-long', max: DESCRIPTION_MAX });
  }
  if (draft.instructions.trim() === '') issues.push({ field: 'instructions', code: 'required' });
  for (const kind of BINDING_KINDS) {
    for (const id of draft[kind]) {
      const reason = bindingRefusal(options.catalog, kind, id);
      if (reason) issues.push({ field: kind, code: 'not-allowed', id, reason });
    }
  }
  if (draft.model) {
    const reason = modelRefusal(options.catalog, draft.model);
    if (reason)
      issues.push({
        field: 'model',
        code: 'not-allowed',
        id: `${draft.model.provider}/${draft.model.name}`,
        reason,
      });
  }
  if (options.schema && options.body !== undefined) {
    const result = options.schema.safeParse(options.body);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const head = String(issue.path[0] ?? 'name');
        const field = (WIRE_TO_FIELD[head] ?? head) as IssueField;
        if (!issues.some((existing) => existing.field === field)) {
          issues.push({ field, code: 'schema', message: issue.message });
        }
      }
    }
  }
  return issues;
}
