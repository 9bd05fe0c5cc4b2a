/**
 * The semantic diff between two stored-agent versions: what a reviewer needs to judge, not a JSON diff.
 * Instructions are diffed with the `diff` library (words by default, lines for long prompts): a hand-rolled
 * LCS would be slower and wrong on edge cases the library has long handled. Bindings (tools, sub-agents,
 * workflows), model, memory, sharing, owner and metadata are compared field by field.
 */
// The subpath modules, not the package index: the index builds every differ at load (JSON, CSS, sentences…),
// which no bundler can drop, and the review needs only these two.
import { diffLines } from 'diff/lib/diff/line.js';
import { diffWordsWithSpace } from 'diff/lib/diff/word.js';

export type BindingKind = 'tool' | 'agent' | 'workflow';
export type RiskLevel = 'low' | 'medium' | 'high';

/** The part of a stored agent (record merged with a version) the diff reads. Extra keys are ignored. */
export interface AgentConfigSnapshot {
  name?: string | null | undefined;
  description?: string | null | undefined;
  instructions?: unknown;
  model?: unknown;
  tools?: unknown;
  agents?: unknown;
  workflows?: unknown;
  memory?: unknown;
  defaultOptions?: unknown;
  scorers?: unknown;
  visibility?: string | null | undefined;
  authorId?: string | null | undefined;
  metadata?: Record<string, unknown> | null | undefined;
}

/** What the catalog knows about a bound primitive (risk labels come from Paddock annotations). */
export interface BindingFacts {
  name?: string | undefined;
  risk?: RiskLevel | undefined;
  requiresApproval?: boolean | undefined;
}

export interface BindingChange {
  kind: BindingKind;
  id: string;
  change: 'added' | 'removed' | 'changed';
  /** The per-binding settings (description override, rules) before and after, for `changed`. */
  before?: unknown;
  after?: unknown;
  facts: BindingFacts;
}

export interface TextPart {
  value: string;
  added: boolean;
  removed: boolean;
}

export interface ValueChange<T = unknown> {
  changed: boolean;
  before: T;
  after: T;
}

export interface FieldChange {
  /** `name`, `description`, `visibility`, `owner`, `defaultOptions`, `scorers`, or `metadata.<key>`. */
  field: string;
  before: unknown;
  after: unknown;
}

export interface VersionDiff {
  instructions: ValueChange<string> & { parts: TextPart[]; mode: 'words' | 'lines' };
  bindings: BindingChange[];
  model: ValueChange<string | undefined>;
  memory: ValueChange<unknown>;
  fields: FieldChange[];
  /** True when anything above differs. */
  changed: boolean;
}

export interface DiffOptions {
  /** Facts about a bound primitive (risk, approval); unknown primitives get `{}`. */
  facts?: ((kind: BindingKind, id: string) => BindingFacts | undefined) | undefined;
  /** Word diff up to this many lines on either side, line diff above. @default 40 */
  lineModeThreshold?: number | undefined;
}

/** Deterministic JSON (sorted keys) so equal values compare equal whatever their key order. */
export function stableStringify(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record)
    .filter((key) => record[key] !== undefined)
    .sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${stableStringify(record[key])}`).join(',')}}`;
}

function same(a: unknown, b: unknown): boolean {
  return stableStringify(a ?? null) === stableStringify(b ?? null);
}

/** Instructions as the text a reviewer reads: a string, or blocks joined by blank lines. */
export function instructionsText(instructions: unknown): string {
  if (typeof instructions === 'string') return instructions;
  if (!Array.isArray(instructions)) return '';
  return instructions
    .map((block) => {
      if (!block || typeof block !== 'object') return '';
      const b = block as Record<string, unknown>;
      if (typeof b['content'] === 'string') return b['content'];
      if (b['type'] === 'prompt_block_ref' && typeof b['id'] === 'string')
        return `{{prompt-block:${b['id']}}}`;
      return '';
    })
    .filter((text) => text !== '')
    .join('\n\n');
}

/**
 * The entries of a binding map. Conditional values (`[{ value, rules }]`) contribute every variant's keys, since
 * any of them may be live for some request.
 */
export function bindingEntries(value: unknown): Map<string, unknown> {
  const out = new Map<string, unknown>();
  const add = (record: unknown) => {
    if (!record || typeof record !== 'object' || Array.isArray(record)) return;
    for (const [id, config] of Object.entries(record as Record<string, unknown>)) out.set(id, config);
  };
  if (Array.isArray(value)) {
    for (const variant of value) {
      if (variant && typeof variant === 'object') add((variant as Record<string, unknown>)['value']);
    }
  } else add(value);
  return out;
}

/** `provider/name` of a stored model (the first variant of a conditional one), or undefined. */
export function modelLabel(model: unknown): string | undefined {
  const plain = Array.isArray(model) ? (model[0] as Record<string, unknown> | undefined)?.['value'] : model;
  if (!plain || typeof plain !== 'object') return undefined;
  const m = plain as Record<string, unknown>;
  const provider = typeof m['provider'] === 'string' ? m['provider'] : undefined;
  const name = typeof m['name'] === 'string' ? m['name'] : undefined;
  if (!provider && !name) return undefined;
  return [provider, name].filter(Boolean).join('/');
}

const BINDING_FIELDS: [BindingKind, keyof AgentConfigSnapshot][] = [
  ['tool', 'tools'],
  ['agent', 'agents'],
  ['workflow', 'workflows'],
];

export function diffBindings(
  from: AgentConfigSnapshot,
  to: AgentConfigSnapshot,
  facts?: DiffOptions['facts'],
): BindingChange[] {
  const changes: BindingChange[] = [];
  for (const [kind, field] of BINDING_FIELDS) {
    const before = bindingEntries(from[field]);
    const after = bindingEntries(to[field]);
    const ids = [...new Set([...before.keys(), ...after.keys()])].sort();
    for (const id of ids) {
      const info = facts?.(kind, id) ?? {};
      if (!before.has(id)) changes.push({ kind, id, change: 'added', after: after.get(id), facts: info });
      else if (!after.has(id))
        changes.push({ kind, id, change: 'removed', before: before.get(id), facts: info });
      else if (!same(before.get(id), after.get(id)))
        changes.push({
          kind,
          id,
          change: 'changed',
          before: before.get(id),
          after: after.get(id),
          facts: info,
        });
    }
  }
  return changes;
}

function lineCount(text: string): number {
  return text === '' ? 0 : text.split('\n').length;
}

export function diffInstructions(before: string, after: string, threshold = 40): VersionDiff['instructions'] {
  const mode = Math.max(lineCount(before), lineCount(after)) > threshold ? 'lines' : 'words';
  const raw = mode === 'lines' ? diffLines(before, after) : diffWordsWithSpace(before, after);
  return {
    changed: before !== after,
    before,
    after,
    mode,
    parts: raw.map((part) => ({ value: part.value, added: !!part.added, removed: !!part.removed })),
  };
}

/**
 * Diffs `from` (usually the active version) against `to` (the candidate). `from` may be `undefined` for a
 * never-published agent: everything in `to` then counts as added.
 */
export function diffAgentVersions(
  from: AgentConfigSnapshot | undefined,
  to: AgentConfigSnapshot,
  options: DiffOptions = {},
): VersionDiff {
  const base: AgentConfigSnapshot = from ?? {};
  const instructions = diffInstructions(
    instructionsText(base.instructions),
    instructionsText(to.instructions),
    options.lineModeThreshold,
  );
  const bindings = diffBindings(base, to, options.facts);
  const modelBefore = modelLabel(base.model);
  const modelAfter = modelLabel(to.model);
  const model = { changed: modelBefore !== modelAfter, before: modelBefore, after: modelAfter };
  const memory = { changed: !same(base.memory, to.memory), before: base.memory, after: to.memory };

  const fields: FieldChange[] = [];
  const compare = (field: string, before: unknown, after: unknown) => {
    if (!same(before, after)) fields.push({ field, before: before ?? null, after: after ?? null });
  };
  compare('name', base.name, to.name);
  compare('description', base.description, to.description);
  compare('visibility', base.visibility, to.visibility);
  compare('owner', base.authorId, to.authorId);
  compare('defaultOptions', base.defaultOptions, to.defaultOptions);
  compare('scorers', base.scorers, to.scorers);
  const metaBefore = base.metadata ?? {};
  const metaAfter = to.metadata ?? {};
  for (const key of [...new Set([...Object.keys(metaBefore), ...Object.keys(metaAfter)])].sort()) {
    compare(`metadata.${key}`, metaBefore[key], metaAfter[key]);
  }

  return {
    instructions,
    bindings,
    model,
    memory,
    fields,
    changed:
      instructions.changed || bindings.length > 0 || model.changed || memory.changed || fields.length > 0,
  };
}
