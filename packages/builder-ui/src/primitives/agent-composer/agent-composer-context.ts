import type { BuilderSettings, Catalog, CatalogItem } from '@paddock/client-sdk';
import type { AgentDraft, DraftChange, DraftField } from '../../core/agent-draft.js';
import type { AgentDraftState, AgentDraftStore, RefusedChange } from '../../core/agent-draft-store.js';
import type { DraftIssue } from '../../core/agent-draft-validation.js';
import type { PermissionState } from '../../hooks/use-permission.js';
import type { AgentComposerMessages } from '../../i18n/agent-composer.en-US.js';
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

/** Why the model cannot be chosen: the policy pins one model, the server hides the picker, or variants. */
export type ModelLockReason = 'pinned' | 'hidden' | 'conditional';

export interface ModelOption {
  /** `provider/modelId`. */
  key: string;
  provider: string;
  modelId: string;
  label: string;
  available: boolean;
  unavailableReason: string | undefined;
  isDefault: boolean;
}

export interface AgentComposerContextValue {
  draft: AgentDraft;
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
  /** Whether the test panel may run the agent (`agents:execute`). */
  execute: PermissionState;
  /** The signed-in user. */
  user: { id: string; name: string | null } | null;
  /** Issues to show on `field` now (dirty fields at once, the rest after a save attempt). */
  issuesFor: (field: DraftField) => DraftIssue[];
  /** Element ids for labels, descriptions and issues. */
  idFor: (field: DraftField | ComposerElement, part?: 'label' | 'issues' | 'hint' | 'lock') => string;
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

export const [AgentComposerContext, useAgentComposerContext, useAgentComposerContextOptional] =
  /* @__PURE__ */ createContext<AgentComposerContextValue>('AgentComposerPrimitive.Root');

/**
 * The composer's state and actions for custom parts: the draft, save status, issues, permissions, catalog.
 * Must be used within `AgentComposerPrimitive.Root`.
 */
export function useAgentComposer(): AgentComposerContextValue {
  return useAgentComposerContext('useAgentComposer');
}
