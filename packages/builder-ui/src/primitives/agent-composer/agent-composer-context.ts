import type { BuilderSettings, Catalog, CatalogItem } from '@paddock/client-sdk';
import type { AgentDraft, DraftChange } from '../../core/agent-draft.js';
import type { AgentDraftState, AgentDraftStore, RefusedChange } from '../../core/agent-draft-store.js';
import type { DraftIssue, IssueField } from '../../core/agent-draft-validation.js';
import type { ModelChoice, ModelLockReason } from '../../core/composer-controller.js';
import type { PermissionState } from '../../hooks/use-permission.js';
import type { AgentComposerMessages } from '../../i18n/agent-composer.en-US.js';
import { useRef, useSyncExternalStore } from 'react';
import { createContext } from '../../utils/create-context.js';

/** The composer's sections; the `sections` prop and the server's builder features decide which appear. */
export type AgentComposerSection =
  'profile' | 'instructions' | 'model' | 'tools' | 'agents' | 'workflows' | 'memory' | 'sharing' | 'test';

export const ALL_SECTIONS: readonly AgentComposerSection[] = [
  'profile',
  'instructions',
  'model',
  'tools',
  'agents',
  'workflows',
  'memory',
  'sharing',
  'test',
];

/** Non-field elements that other parts point at with `aria-*`. */
export type ComposerElement =
  'test-input' | 'test-title' | 'test-reason' | 'review-reason' | 'conflict-title' | 'load-error';

export type { ModelLockReason } from '../../core/composer-controller.js';
/** One model the composer offers (the catalog's model items). */
export type ModelOption = ModelChoice;

export interface AgentComposerContextValue {
  draft: AgentDraft;
  /** The draft's state; `load` reads `'loading'` also while the user's permissions are not known yet. */
  state: AgentDraftState;
  /** The latest state outside render (after an awaited save). */
  getSnapshot: () => AgentDraftState;
  /** Edits the draft through the allow-list screen; returns what was refused. */
  change: (changes: DraftChange | readonly DraftChange[]) => RefusedChange[];
  save: () => Promise<void>;
  retry: () => Promise<void>;
  resolveConflict: AgentDraftStore['resolveConflict'];
  discardLocal: () => Promise<void>;
  /** Loads the agent again after a failed load (`state.load === 'error'`). */
  reload: () => Promise<void>;
  /** A `reload()` is in flight (the store keeps `load: 'error'` until it succeeds). */
  reloading: boolean;
  messages: AgentComposerMessages;
  catalog: Catalog | undefined;
  settings: BuilderSettings | undefined;
  isSectionVisible: (section: AgentComposerSection) => boolean;
  /** Editing is off: no permission, or the host said so. */
  readOnly: boolean;
  /** Why editing is off, for the user. */
  readOnlyReason: string | null;
  /** The missing permission behind `readOnlyReason` (e.g. `Missing permission: stored-agents:write`). */
  readOnlyDetail: string | null;
  /** Whether the test panel may run the agent (`agents:execute`). */
  execute: PermissionState;
  /** The signed-in user. */
  user: { id: string; name: string | null } | null;
  /** Whose drafts and test threads these are: the `userId` prop, else the signed-in user, else 'anonymous'. */
  userId: string;
  /** Issues to show on `field` now: once the user left the field or asked to save (refusals at once). */
  issuesFor: (field: IssueField) => DraftIssue[];
  /** Sets the id a new agent is created with (see `state.newAgentId`). */
  setNewAgentId: (id: string) => void;
  /** Element ids for labels, descriptions and issues. */
  idFor: (field: IssueField | ComposerElement, part?: 'label' | 'issues' | 'hint' | 'lock') => string;
  modelOptions: readonly ModelOption[];
  defaultModel: { provider: string; modelId: string } | null;
  modelLock: ModelLockReason | null;
  catalogItem: (kind: 'tool' | 'agent' | 'workflow', id: string) => CatalogItem | undefined;
  /** Whether the host handles review requests (`onRequestReview` given). */
  reviewEnabled: boolean;
  /** `null` when review can be requested; otherwise why not. */
  requestReviewBlocker: string | null;
  requestReview: (() => void) | null;
}

/**
 * What the root puts in context: a store of its latest value rather than the value itself, so a keystroke
 * re-renders only the parts whose selection changed (the root's value is rebuilt on every draft change).
 */
export interface AgentComposerHub {
  getSnapshot: () => AgentComposerContextValue;
  subscribe: (listener: () => void) => () => void;
}

export const [AgentComposerContext, useAgentComposerHub, useAgentComposerHubOptional] =
  /* @__PURE__ */ createContext<AgentComposerHub>('AgentComposerPrimitive.Root');

const identity = <T>(value: T): T => value;

/**
 * Equal when the same, or arrays/plain objects whose entries are the same or themselves shallow-equal
 * (two levels: a selected `{ issues: [...] }` stays equal while the validator rebuilds equal issues).
 */
export function selectionEqual(a: unknown, b: unknown, depth = 2): boolean {
  if (Object.is(a, b)) return true;
  if (depth === 0 || typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((item, i) => selectionEqual(item, other[i], depth - 1));
  }
  if (Object.getPrototypeOf(a) !== Object.prototype || Object.getPrototypeOf(b) !== Object.prototype)
    return false;
  const keysA = Object.keys(a);
  if (keysA.length !== Object.keys(b).length) return false;
  return keysA.every(
    (key) =>
      Object.prototype.hasOwnProperty.call(b, key) &&
      selectionEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], depth - 1),
  );
}

/**
 * The composer's state and actions for custom parts: the draft, save status, issues, permissions, catalog.
 * With a `selector`, the part re-renders only when what it selects changes (compared two levels deep);
 * without one, on every change of the composer (each keystroke included).
 * Must be used within `AgentComposerPrimitive.Root`.
 *
 * @example
 * const instructions = useAgentComposer((composer) => composer.draft.instructions);
 */
export function useAgentComposer(): AgentComposerContextValue;
export function useAgentComposer<T>(selector: (composer: AgentComposerContextValue) => T): T;
export function useAgentComposer<T>(
  selector: (composer: AgentComposerContextValue) => T = identity as (
    composer: AgentComposerContextValue,
  ) => T,
): T {
  const hub = useAgentComposerHub('useAgentComposer');
  const cache = useRef<{ value: AgentComposerContextValue; selector: unknown; selected: T } | null>(null);
  const getSelection = (): T => {
    const value = hub.getSnapshot();
    const last = cache.current;
    if (last && last.value === value && last.selector === selector) return last.selected;
    const next = selector(value);
    const selected = last && selectionEqual(last.selected, next) ? last.selected : next;
    cache.current = { value, selector, selected };
    return selected;
  };
  return useSyncExternalStore(hub.subscribe, getSelection, getSelection);
}
