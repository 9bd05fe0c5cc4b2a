import {
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useState,
  type FocusEvent,
  type HTMLAttributes,
  type KeyboardEvent,
  type ReactNode,
  type Ref,
} from 'react';
import { DRAFT_FIELDS, type AgentDraft, type DraftChange } from '../../core/agent-draft.js';
import type { DraftIssue, IssueField } from '../../core/agent-draft-validation.js';
import { decideEditing, decideModel, reviewBlocker } from '../../core/composer-controller.js';
import type { DraftStorage } from '../../core/draft-storage.js';
import { useMessages } from '../../hooks/use-builder.js';
import { useCapabilities } from '../../hooks/use-capabilities.js';
import { useCatalog } from '../../hooks/use-catalog.js';
import { usePermission } from '../../hooks/use-permission.js';
import { useAgentDraft, type SavedAgentInfo } from '../../hooks/use-agent-draft.js';
import { useAgentDraftSettings } from '../../hooks/use-agent-draft-settings.js';
import { agentComposerMessages, type AgentComposerMessages } from '../../i18n/agent-composer.en-US.js';
import { cn } from '../../utils/cn.js';
import { composeEventHandlers } from '../../utils/compose-event-handlers.js';
import { Slot } from '../../utils/slot.js';
import {
  ALL_SECTIONS,
  AgentComposerContext,
  type AgentComposerContextValue,
  type AgentComposerHub,
  type AgentComposerSection,
  type ComposerElement,
} from './agent-composer-context.js';

/** What `onRequestReview` receives: the saved draft version a reviewer would publish. */
export interface AgentReviewRequest {
  agentId: string;
  versionId: string | null;
  draft: AgentDraft;
}

const SERVER_FEATURE: Partial<Record<AgentComposerSection, string>> = {
  tools: 'tools',
  agents: 'agents',
  workflows: 'workflows',
  memory: 'memory',
};

export type Element = HTMLDivElement;
export interface AgentComposerPrimitiveRootProps extends Omit<
  HTMLAttributes<HTMLDivElement>,
  'defaultValue' | 'onChange'
> {
  /** Stored agent to edit (its latest draft is loaded). Omit to compose a new agent. */
  agentId?: string | null | undefined;
  /** The draft, controlled. Edits call `onValueChange`; the composer shows and saves what you pass back. */
  value?: AgentDraft | undefined;
  /** Starting values of a new agent (uncontrolled). */
  defaultValue?: AgentDraft | undefined;
  /** Every accepted edit as the next draft plus the typed changes (replay them with `applyDraftChanges`). */
  onValueChange?: ((draft: AgentDraft, changes: DraftChange[]) => void) | undefined;
  /** After each successful save (autosave included); a new agent reports `created: true` once. */
  onSave?: ((info: SavedAgentInfo) => void) | undefined;
  /** Shows `RequestReview` enabled once the draft is saved; publishing belongs to the review panel. */
  onRequestReview?: ((request: AgentReviewRequest) => void) | undefined;
  /** Sections to show, further limited by the server's builder features. @default all */
  sections?: readonly AgentComposerSection[] | undefined;
  /** Read-only regardless of permissions. @default false */
  readOnly?: boolean | undefined;
  /** @default true */
  autosave?: boolean | undefined;
  /** Autosave debounce. @default 800 */
  debounceMs?: number | undefined;
  /** Where in-progress drafts are kept per agent and user. @default localStorage */
  storage?: DraftStorage | undefined;
  /** @default the signed-in user's id */
  userId?: string | undefined;
  /** Merge into the single child element instead of rendering a `div`. @default false */
  asChild?: boolean | undefined;
  ref?: Ref<HTMLDivElement> | undefined;
  children?: ReactNode;
}

/**
 * Holds one agent draft: loading, local persistence, autosave, allow-lists, permissions and sections.
 * Renders one `div` (a labelled region). Ctrl/Cmd+S inside it saves now.
 *
 * @selector [data-slot="paddock-composer-root"]
 * @selector [data-state="loading" | "ready" | "error"]
 * @selector [data-status="idle" | "pending" | "saving" | "saved" | "offline" | "error" | "conflict" | "invalid"]
 * @selector [data-readonly] when editing is off
 * @example
 * <AgentComposerPrimitive.Root agentId="support-bot" onSave={({ versionId }) => track(versionId)}>
 *   <AgentComposerPrimitive.Label field="name" />
 *   <AgentComposerPrimitive.Name />
 *   <AgentComposerPrimitive.SaveStatus />
 * </AgentComposerPrimitive.Root>
 */
export function AgentComposerPrimitiveRoot({
  agentId,
  value,
  defaultValue,
  onValueChange,
  onSave,
  onRequestReview,
  sections = ALL_SECTIONS,
  readOnly: readOnlyProp = false,
  autosave,
  debounceMs,
  storage,
  userId: userIdProp,
  asChild,
  className,
  ref,
  children,
  onKeyDown,
  onBlur,
  ...props
}: AgentComposerPrimitiveRootProps) {
  const kitMessages = useMessages();
  const messages = useMemo(
    () => ({ ...agentComposerMessages, ...(kitMessages as Partial<AgentComposerMessages>) }),
    [kitMessages],
  );
  const capabilities = useCapabilities();
  const write = usePermission('stored-agents:write');
  const execute = usePermission('agents:execute');
  const catalogQuery = useCatalog();
  const settingsQuery = useAgentDraftSettings();
  const catalog = catalogQuery.data;
  const settings = settingsQuery.data;

  const user = capabilities.data?.user
    ? { id: capabilities.data.user.id, name: capabilities.data.user.name ?? null }
    : null;
  const userId = userIdProp ?? user?.id ?? 'anonymous';
  // Mastra's second gate after RBAC: only the owner, an admin bypass or a per-agent grant may write.
  const adminBypass = usePermission('stored-agents:admin');
  const agentGrant = usePermission(`stored-agents:edit:${agentId ?? '~new'}`);
  const permissionReadOnly = readOnlyProp || !write.allowed;

  const draft = useAgentDraft({
    agentId,
    userId,
    value,
    defaultValue,
    onValueChange,
    onSave,
    autosave,
    debounceMs,
    storage,
    readOnly: permissionReadOnly,
    catalog: catalog ?? null,
    // A failed catalog holds saving with its own message; without this the hold would read "Checking…" forever.
    catalogFailed: catalogQuery.isError,
    // The local copy is keyed by user: wait until we know who that is.
    enabled: userIdProp !== undefined || capabilities.status !== 'pending',
  });
  const { state } = draft;

  const record = state.record as {
    authorId?: string | null;
    author?: { name?: string | null } | null;
  } | null;
  const editing = decideEditing({
    readOnly: readOnlyProp,
    write: { allowed: write.allowed, status: write.status, missing: write.detail !== null },
    authorOverride: adminBypass.allowed || agentGrant.allowed,
    user,
    record,
  });
  const { readOnly, permissionsPending } = editing;
  // In the user's words; the permission id is a detail for whoever grants it.
  const readOnlyReason: string | null =
    editing.reason === 'no-write'
      ? messages['agentComposer.readOnlyNoWrite']
      : editing.reason === 'signed-out'
        ? messages['agentComposer.readOnlySignedOut']
        : editing.reason === 'permissions-unknown'
          ? write.reason
          : editing.reason === 'not-author'
            ? messages['agentComposer.readOnlyNotOwner'](record?.author?.name ?? record?.authorId ?? '')
            : null;
  const readOnlyDetail = editing.reason === 'no-write' ? write.detail : null;
  // Until the capabilities answer, the composer cannot know whether the user may edit: it shows its loading
  // state (nothing to type into) rather than a read-only form that would swallow the first keystrokes.
  const shownState: typeof state =
    permissionsPending && state.load === 'ready' ? { ...state, load: 'loading' } : state;
  const { store } = draft;
  // Runs after useAgentDraft's own read-only sync, so ownership (known only once the record loads) wins.
  useEffect(() => store.setReadOnly(readOnly), [store, readOnly]);

  const [reloading, setReloading] = useState(false);
  const reload = useCallback(async () => {
    setReloading(true);
    try {
      await store.start();
    } finally {
      setReloading(false);
    }
  }, [store]);

  const [attempted, setAttempted] = useState(false);
  const saveDraft = draft.save;
  const save = useCallback(() => {
    setAttempted(true);
    return saveDraft();
  }, [saveDraft]);

  const baseId = useId();
  const idFor = useCallback(
    (field: IssueField | ComposerElement, part?: 'label' | 'issues' | 'hint' | 'lock') =>
      `${baseId}-${field}${part ? `-${part}` : ''}`,
    [baseId],
  );

  // Problems show once the user is done with a field (it lost focus) or asked to save, never while they type
  // their first field; a refused binding shows at once (it was the user's own action).
  const [touched, setTouched] = useState<ReadonlySet<IssueField>>(() => new Set());
  const touch = useCallback((field: IssueField) => {
    setTouched((current) => (current.has(field) ? current : new Set(current).add(field)));
  }, []);
  const isShown = useCallback(
    (issue: DraftIssue) =>
      attempted || touched.has(issue.field) || issue.code === 'not-allowed' || issue.code === 'id-taken',
    [attempted, touched],
  );
  const issuesFor = useCallback(
    (field: IssueField) => state.issues.filter((issue) => issue.field === field && isShown(issue)),
    [state.issues, isShown],
  );

  const features = useMemo<Record<string, boolean>>(() => settings?.features?.agent ?? {}, [settings]);
  const isSectionVisible = useCallback(
    (section: AgentComposerSection) => {
      if (!sections.includes(section)) return false;
      const feature = SERVER_FEATURE[section];
      return feature ? features[feature] !== false : true;
    },
    [sections, features],
  );

  const settingsDefault = settings?.modelPolicy?.default;
  const model = useMemo(
    () => decideModel({ catalog, settingsDefault, features, locks: state.locks }),
    [catalog, settingsDefault, features, state.locks],
  );
  const { options: modelOptions, defaultModel, lock: modelLock } = model;

  const blocker = reviewBlocker(state);
  // Before a field is left or a save is tried no field is highlighted, so the reason cannot point at them.
  const reviewReason = blocker === 'invalid' && !state.issues.some(isShown) ? 'incomplete' : blocker;
  const requestReviewBlocker = reviewReason
    ? messages[`agentComposer.requestReviewReason.${reviewReason}`]
    : null;
  const canRequestReview = !!onRequestReview && !requestReviewBlocker && state.agentId !== null;
  // Reads the store when clicked, so the callback (and the parts holding it) stays the same while it may run.
  const requestReview = useMemo(
    () =>
      canRequestReview && onRequestReview
        ? () => {
            const latest = store.getSnapshot();
            onRequestReview({
              agentId: latest.agentId!,
              versionId: latest.baseVersionId,
              draft: latest.draft,
            });
          }
        : null,
    [canRequestReview, onRequestReview, store],
  );

  const catalogItem = useCallback(
    (kind: 'tool' | 'agent' | 'workflow', id: string) =>
      catalog?.items.find((item) => item.kind === kind && item.id === id),
    [catalog],
  );

  const context: AgentComposerContextValue = {
    draft: state.draft,
    state: shownState,
    getSnapshot: draft.store.getSnapshot,
    change: draft.change,
    save,
    retry: draft.retry,
    resolveConflict: draft.resolveConflict,
    discardLocal: draft.discardLocal,
    reload,
    reloading,
    messages,
    catalog,
    settings,
    isSectionVisible,
    readOnly,
    readOnlyReason,
    readOnlyDetail,
    execute,
    user,
    userId,
    issuesFor,
    setNewAgentId: store.setNewAgentId,
    idFor,
    modelOptions,
    defaultModel,
    modelLock,
    catalogItem,
    reviewEnabled: onRequestReview !== undefined,
    requestReviewBlocker,
    requestReview,
  };

  // Parts read the value through `useAgentComposer(selector)`: the context holds a store of the latest
  // value, so a keystroke re-renders the root and the parts whose selection changed, not every part.
  // Published before paint, so a part never shows a value older than the root's.
  const [hub] = useState(() => createHub(context));
  useLayoutEffect(() => hub.publish(context));

  const Comp = asChild ? Slot : 'div';
  return (
    <AgentComposerContext value={hub}>
      <Comp
        role="region"
        aria-label={messages['agentComposer.label']}
        aria-busy={shownState.load === 'loading' || undefined}
        {...props}
        ref={ref as Ref<HTMLElement & HTMLDivElement>}
        onBlur={composeEventHandlers(onBlur, (event: FocusEvent<HTMLDivElement>) => {
          // Field controls carry `idFor(field)` ids: a blur from one marks its field as done with.
          const id = (event.target as HTMLElement).id;
          const field = id.startsWith(`${baseId}-`) ? id.slice(baseId.length + 1) : '';
          if (field === 'id' || (DRAFT_FIELDS as readonly string[]).includes(field))
            touch(field as IssueField);
        })}
        onKeyDown={composeEventHandlers(onKeyDown, (event: KeyboardEvent<HTMLDivElement>) => {
          // Ctrl/Cmd+S saves now instead of the browser's "save page"; autosave would follow anyway.
          if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 's') {
            event.preventDefault();
            if (!readOnly) void save();
          }
        })}
        data-slot="paddock-composer-root"
        data-state={shownState.load}
        data-status={state.status}
        data-readonly={readOnly ? '' : undefined}
        className={cn(className)}
      >
        {children}
      </Comp>
    </AgentComposerContext>
  );
}
AgentComposerPrimitiveRoot.displayName = 'AgentComposerPrimitive.Root';

function createHub(
  initial: AgentComposerContextValue,
): AgentComposerHub & { publish: (value: AgentComposerContextValue) => void } {
  let current = initial;
  const listeners = new Set<() => void>();
  return {
    getSnapshot: () => current,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    publish(value) {
      if (value === current) return;
      current = value;
      for (const listener of listeners) listener();
    },
  };
}
