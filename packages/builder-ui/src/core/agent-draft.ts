/**
 * The agent draft: what the composer edits, as a plain value. It is deliberately flatter than Mastra's stored
 * agent (bindings are id lists, memory is a handful of switches) so that every edit is one typed change and
 * two drafts can be compared field by field. Conversions to and from the wire shape live here too.
 */

/** The kinds of primitive an agent can bind. */
export type BindingKind = 'tools' | 'agents' | 'workflows';
export const BINDING_KINDS: readonly BindingKind[] = ['tools', 'agents', 'workflows'];

export type DraftVisibility = 'private' | 'public';

export interface DraftModel {
  provider: string;
  name: string;
}

export interface DraftMemory {
  /** Off means the agent is stateless (no thread history). */
  enabled: boolean;
  /** Messages of history sent with each call. @default 10 */
  lastMessages: number;
  semanticRecall: boolean;
  generateTitle: boolean;
}

export interface AgentDraft {
  name: string;
  description: string;
  instructions: string;
  /** `null` lets the server apply the builder's default model. */
  model: DraftModel | null;
  tools: string[];
  agents: string[];
  workflows: string[];
  memory: DraftMemory;
  visibility: DraftVisibility;
  /** Team that owns the agent, stored as `metadata.team`. */
  team: string;
}

/** Fields a conflict or diff is reported on. */
export type DraftField = keyof AgentDraft;
export const DRAFT_FIELDS: readonly DraftField[] = [
  'name',
  'description',
  'instructions',
  'model',
  'tools',
  'agents',
  'workflows',
  'memory',
  'visibility',
  'team',
];

export const DEFAULT_MEMORY: DraftMemory = {
  enabled: false,
  lastMessages: 10,
  semanticRecall: false,
  generateTitle: false,
};

/** An empty draft for a new agent. */
export function createEmptyDraft(overrides: Partial<AgentDraft> = {}): AgentDraft {
  return {
    name: '',
    description: '',
    instructions: '',
    model: null,
    tools: [],
    agents: [],
    workflows: [],
    memory: { ...DEFAULT_MEMORY },
    visibility: 'private',
    team: '',
    ...overrides,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Changes
// ---------------------------------------------------------------------------------------------------------

type ScalarField = 'name' | 'description' | 'instructions' | 'model' | 'visibility' | 'team';

/** Sets one scalar field. */
export type DraftSetChange = {
  [K in ScalarField]: { type: 'set'; field: K; value: AgentDraft[K] };
}[ScalarField];

/**
 * Every edit the composer can make, as data. Hosts receive these in `onValueChange(draft, changes)` and can
 * replay them with `applyDraftChanges`.
 */
export type DraftChange =
  | DraftSetChange
  | { type: 'add-binding'; kind: BindingKind; id: string }
  | { type: 'remove-binding'; kind: BindingKind; id: string }
  | { type: 'set-bindings'; kind: BindingKind; ids: string[] }
  | { type: 'memory'; value: Partial<DraftMemory> }
  | { type: 'replace'; draft: AgentDraft };

function uniq(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}

function applyOne(draft: AgentDraft, change: DraftChange): AgentDraft {
  switch (change.type) {
    case 'set':
      return Object.is(draft[change.field], change.value)
        ? draft
        : { ...draft, [change.field]: change.value };
    case 'add-binding':
      return draft[change.kind].includes(change.id)
        ? draft
        : { ...draft, [change.kind]: [...draft[change.kind], change.id] };
    case 'remove-binding':
      return draft[change.kind].includes(change.id)
        ? { ...draft, [change.kind]: draft[change.kind].filter((id) => id !== change.id) }
        : draft;
    case 'set-bindings':
      return { ...draft, [change.kind]: uniq(change.ids) };
    case 'memory':
      return { ...draft, memory: { ...draft.memory, ...change.value } };
    case 'replace':
      return change.draft;
  }
}

/**
 * Applies changes in order and returns the new draft; the input is never mutated, and a change that changes
 * nothing returns the same object so callers can compare by identity.
 *
 * @example
 * const next = applyDraftChanges(draft, [{ type: 'add-binding', kind: 'tools', id: 'crm-lookup-tool' }]);
 */
export function applyDraftChanges(draft: AgentDraft, changes: readonly DraftChange[]): AgentDraft {
  return changes.reduce(applyOne, draft);
}

// ---------------------------------------------------------------------------------------------------------
// Comparison
// ---------------------------------------------------------------------------------------------------------

/** Structural equality for draft field values (plain JSON data). */
export function valuesEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, index) => valuesEqual(item, b[index]));
  }
  const ak = Object.keys(a);
  const bk = Object.keys(b);
  return (
    ak.length === bk.length &&
    ak.every((key) => valuesEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]))
  );
}

/** Fields whose values differ between two drafts. Bindings compare as sets: order is not an edit. */
export function diffDrafts(a: AgentDraft, b: AgentDraft): DraftField[] {
  return DRAFT_FIELDS.filter((field) => !fieldEqual(field, a[field], b[field]));
}

export function fieldEqual<F extends DraftField>(field: F, a: AgentDraft[F], b: AgentDraft[F]): boolean {
  if (field === 'tools' || field === 'agents' || field === 'workflows') {
    const as = [...(a as string[])].sort();
    const bs = [...(b as string[])].sort();
    return valuesEqual(as, bs);
  }
  return valuesEqual(a, b);
}

// ---------------------------------------------------------------------------------------------------------
// Wire conversion
// ---------------------------------------------------------------------------------------------------------

/**
 * The slice of a stored agent (`GET /stored/agents/:id`) the composer reads. Structural, so any SDK record
 * type fits; values the composer cannot represent (conditional variants, instruction blocks) are reported as
 * locks rather than silently flattened.
 */
export interface StoredAgentLike {
  id: string;
  name?: string | undefined;
  description?: string | null | undefined;
  instructions?: unknown;
  model?: unknown;
  tools?: unknown;
  agents?: unknown;
  workflows?: unknown;
  memory?: unknown;
  visibility?: string | null | undefined;
  metadata?: Record<string, unknown> | null | undefined;
  authorId?: string | null | undefined;
  status?: string | undefined;
  activeVersionId?: string | null | undefined;
  updatedAt?: unknown;
}

/** Why a field cannot be edited in the composer although the user may write. */
export type FieldLockReason = 'conditional' | 'instruction-blocks';

export interface DraftFromRecord {
  draft: AgentDraft;
  locks: Partial<Record<DraftField, FieldLockReason>>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readBindings(value: unknown): { ids: string[]; conditional: boolean } {
  if (Array.isArray(value)) {
    // Conditional variants: show the union of ids, but the composer cannot edit the rules.
    const ids = value.flatMap((variant) =>
      isRecord(variant) && isRecord(variant['value']) ? Object.keys(variant['value']) : [],
    );
    return { ids: uniq(ids), conditional: true };
  }
  return { ids: isRecord(value) ? Object.keys(value) : [], conditional: false };
}

function readMemory(value: unknown): DraftMemory {
  if (!isRecord(value)) return { ...DEFAULT_MEMORY };
  const options = isRecord(value['options']) ? value['options'] : {};
  const lastMessages = options['lastMessages'];
  return {
    enabled: true,
    lastMessages: typeof lastMessages === 'number' ? lastMessages : DEFAULT_MEMORY.lastMessages,
    semanticRecall: !!options['semanticRecall'],
    generateTitle: !!options['generateTitle'],
  };
}

/**
 * Whether the stored agent runs with memory (a builder may give every agent memory): such runs need a thread
 * and a resource. Conditional memory variants count as memory, since any of them may apply.
 */
export function recordHasMemory(record: Pick<StoredAgentLike, 'memory'> | null | undefined): boolean {
  const memory = record?.memory;
  return isRecord(memory) || (Array.isArray(memory) && memory.length > 0);
}

/** Reads a stored agent into a draft, with the fields the composer must leave alone. */
export function draftFromStoredAgent(record: StoredAgentLike): DraftFromRecord {
  const locks: DraftFromRecord['locks'] = {};
  let instructions = '';
  if (typeof record.instructions === 'string') instructions = record.instructions;
  else if (Array.isArray(record.instructions)) {
    const blocks = record.instructions as unknown[];
    instructions = blocks
      .map((block) => (isRecord(block) && typeof block['content'] === 'string' ? block['content'] : ''))
      .filter(Boolean)
      .join('\n\n');
    locks.instructions = 'instruction-blocks';
  }
  let model: DraftModel | null = null;
  if (
    isRecord(record.model) &&
    typeof record.model['provider'] === 'string' &&
    typeof record.model['name'] === 'string'
  ) {
    model = { provider: record.model['provider'], name: record.model['name'] };
  } else if (Array.isArray(record.model)) {
    locks.model = 'conditional';
  }
  const bindings = {} as Record<BindingKind, string[]>;
  for (const kind of BINDING_KINDS) {
    const read = readBindings(record[kind]);
    bindings[kind] = read.ids;
    if (read.conditional) locks[kind] = 'conditional';
  }
  if (Array.isArray(record.memory)) locks.memory = 'conditional';
  const team = record.metadata?.['team'];
  return {
    draft: {
      name: record.name ?? '',
      description: record.description ?? '',
      instructions,
      model,
      ...bindings,
      memory: readMemory(record.memory),
      visibility: record.visibility === 'public' ? 'public' : 'private',
      team: typeof team === 'string' ? team : '',
    },
    locks,
  };
}

function bindingRecord(ids: readonly string[], previous: unknown): Record<string, Record<string, unknown>> {
  // Keep per-entry overrides (description, rules) the server already holds for ids that stay bound.
  const keep = isRecord(previous) ? previous : {};
  return Object.fromEntries(ids.map((id) => [id, isRecord(keep[id]) ? keep[id] : {}]));
}

function memoryBody(memory: DraftMemory, previous: unknown): Record<string, unknown> | null {
  if (!memory.enabled) return null;
  const prev = isRecord(previous) ? previous : {};
  const prevOptions = isRecord(prev['options']) ? prev['options'] : {};
  return {
    ...prev,
    options: {
      ...prevOptions,
      lastMessages: memory.lastMessages,
      semanticRecall: memory.semanticRecall,
      generateTitle: memory.generateTitle,
    },
  };
}

/** Where a draft field lives on the wire. */
function fieldBody(
  field: DraftField,
  draft: AgentDraft,
  previous: StoredAgentLike | null,
): Record<string, unknown> {
  switch (field) {
    case 'name':
      return { name: draft.name.trim() };
    case 'description':
      return { description: draft.description };
    case 'instructions':
      return { instructions: draft.instructions };
    case 'model':
      return draft.model
        ? { model: { ...(isRecord(previous?.model) ? previous.model : {}), ...draft.model } }
        : {};
    case 'tools':
    case 'agents':
    case 'workflows':
      return { [field]: bindingRecord(draft[field], previous?.[field]) };
    case 'memory':
      return { memory: memoryBody(draft.memory, previous?.memory) };
    case 'visibility':
      return { visibility: draft.visibility };
    case 'team':
      return { metadata: { team: draft.team } };
  }
}

/**
 * `POST /stored/agents` body. Never publishes: saving is not publishing (that belongs to the review panel).
 */
export function toCreateBody(draft: AgentDraft, changeMessage: string): Record<string, unknown> {
  const body: Record<string, unknown> = { autoPublish: false, changeMessage };
  for (const field of DRAFT_FIELDS) Object.assign(body, fieldBody(field, draft, null));
  if (body['memory'] === null) delete body['memory'];
  return body;
}

/**
 * `PATCH /stored/agents/:id` body with only the fields that changed since `base`. Never publishes.
 * `previous` (the server record) keeps per-entry settings the composer does not edit.
 */
export function toUpdateBody(
  draft: AgentDraft,
  base: AgentDraft,
  changeMessage: string,
  previous: StoredAgentLike | null = null,
): Record<string, unknown> {
  const body: Record<string, unknown> = { autoPublish: false, changeMessage };
  for (const field of diffDrafts(base, draft)) Object.assign(body, fieldBody(field, draft, previous));
  return body;
}

/** A short change message naming what changed, e.g. `Draft saved: name, tools`. */
export function describeChange(fields: readonly DraftField[], prefix = 'Draft saved'): string {
  return fields.length === 0 ? prefix : `${prefix}: ${fields.join(', ')}`.slice(0, 500);
}

// ---------------------------------------------------------------------------------------------------------
// Instructions helpers
// ---------------------------------------------------------------------------------------------------------

/**
 * A model-agnostic token estimate (about four characters per token for English prose, never fewer tokens
 * than words). Good enough to warn about very long instructions; not a billing number.
 */
export function estimateTokens(text: string): number {
  const trimmed = text.trim();
  if (trimmed === '') return 0;
  const words = trimmed.split(/\s+/).length;
  return Math.max(words, Math.ceil(trimmed.length / 4));
}
