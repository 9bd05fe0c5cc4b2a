'use client';

// Provider and theming
export { BuilderProvider, type BuilderProviderProps } from './provider/builder-provider.js';
export {
  useBuilderContext,
  type BuilderContextValue,
  type PaddockTheme,
  type PaddockLinkComponent,
  type PaddockLinkProps,
  type PaddockErrorContext,
  type PermissionOverride,
} from './provider/builder-context.js';
export { PaddockRoot, PaddockLink, type PaddockRootProps } from './provider/kit-root.js';
export {
  paddockCss,
  agentComposerCss,
  ROOT_ATTRIBUTE,
  TOKEN_NAMES,
  token,
  type TokenName,
  type ThemeTokens,
} from './styles/index.js';

// Messages
export { enUS, type PaddockMessages, type PaddockMessageOverrides } from './i18n/en-US.js';

// Hooks
export { useBuilderClient, useMessages, useLinkComponent } from './hooks/use-builder.js';
export { useCapabilities } from './hooks/use-capabilities.js';
export { useCatalog, type UseCatalogOptions } from './hooks/use-catalog.js';
export { usePermission, type PermissionState } from './hooks/use-permission.js';
export { describeError, useErrorDescription, type ErrorDescription } from './hooks/use-error-message.js';

// Headless primitives
export * as PrimitivePickerPrimitive from './primitives/primitive-picker/index.js';

// Styled components
export { PrimitivePicker, type PrimitivePickerProps } from './components/primitive-picker.js';

// Framework-free logic, for hosts that build their own UI
export {
  createCatalogIndex,
  searchCatalog,
  highlightSegments,
  tokenizeQuery,
  getFacets,
  matchesFilters,
  toggleFilter,
  riskOf,
  ownerOf,
  toggleSelection,
  isSelectable,
  pruneSelection,
  summarizeSchema,
  schemaTypeLabel,
  createListNavigation,
  createPickerQueryStore,
  computePickerResults,
  EMPTY_FILTERS,
  PRIMITIVE_KINDS,
  RISK_LEVELS,
  type CatalogIndex,
  type CatalogMatch,
  type CatalogSearchResult,
  type MatchRange,
  type HighlightSegment,
  type CatalogFilters,
  type CatalogFacet,
  type CatalogFacets,
  type FacetOption,
  type RiskLevel,
  type SchemaField,
  type ListNavigationStore,
  type ListNavigationState,
  type NavigableEntry,
  type MoveDirection,
  type PickerQueryStore,
  type PickerQueryState,
  type Store,
} from './core/index.js';

// Building blocks for later components (AgentComposer, PublishReviewPanel, RunTraceViewer)
export { cn } from './utils/cn.js';
export { composeEventHandlers } from './utils/compose-event-handlers.js';
export { composeRefs } from './utils/compose-refs.js';
export { Slot, type SlotProps } from './utils/slot.js';
export { useControllableState } from './utils/use-controllable-state.js';
export { createContext } from './utils/create-context.js';
export {
  createActionButton,
  createActionReason,
  type ActionState,
  type ActionButtonProps,
  type ActionReasonProps,
} from './utils/create-action-button.js';

// AgentComposer: draft model, autosave store, hooks, headless parts and the styled component
export * as AgentComposerPrimitive from './primitives/agent-composer/index.js';
export { AgentComposer, type AgentComposerProps } from './components/agent-composer.js';
export {
  useAgentDraft,
  createSdkDraftRemote,
  type UseAgentDraftOptions,
  type UseAgentDraftResult,
  type SavedAgentInfo,
} from './hooks/use-agent-draft.js';
export {
  useAgentTestRun,
  createSdkTestRunTransport,
  type UseAgentTestRunResult,
} from './hooks/use-agent-test-run.js';
export { useAgentDraftSettings } from './hooks/use-agent-draft-settings.js';
export { agentComposerMessages, type AgentComposerMessages } from './i18n/agent-composer.en-US.js';
export {
  applyDraftChanges,
  createEmptyDraft,
  diffDrafts,
  draftFromStoredAgent,
  toCreateBody,
  toUpdateBody,
  estimateTokens,
  BINDING_KINDS,
  DRAFT_FIELDS,
  type AgentDraft,
  type DraftChange,
  type DraftField,
  type DraftMemory,
  type DraftModel,
  type BindingKind,
  type StoredAgentLike,
} from './core/agent-draft.js';
export {
  validateDraft,
  screenChanges,
  bindingRefusal,
  modelRefusal,
  type DraftCatalog,
  type DraftIssue,
  type RefusalReason,
} from './core/agent-draft-validation.js';
export {
  createAgentDraftStore,
  classifyDraftError,
  browserConnectivity,
  type AgentDraftStore,
  type AgentDraftStoreOptions,
  type AgentDraftState,
  type DraftSaveStatus,
  type DraftRemote,
  type RemoteAgent,
  type DraftError,
  type RefusedChange,
} from './core/agent-draft-store.js';
export {
  compareDrafts,
  mergeDrafts,
  mergeIdLists,
  defaultChoices,
  type DraftConflict,
  type FieldConflict,
  type MergeChoice,
} from './core/draft-merge.js';
export {
  createMemoryDraftStorage,
  defaultDraftStorage,
  draftStorageKey,
  type DraftStorage,
  type PersistedDraft,
} from './core/draft-storage.js';
export {
  createTestRunStore,
  reduceRunChunk,
  type TestRun,
  type TestRunTransport,
  type TestPanelState,
  type TestToolCall,
  type TestRunError,
} from './core/draft-test-run.js';

// RunTraceViewer and RunList: trace tree core, hooks, headless parts, styled components, strings.
export {
  buildTraceTree,
  flattenTraceTree,
  traceLooksFinished,
  deriveSpanStatus,
  spanCategory,
  isKnownSpanType,
  toEpochMs,
  ancestorIds,
  findErrorSpan,
  treeKeyAction,
  isExpanded,
  setExpanded,
  expansionOf,
  expandedIdList,
  ALL_EXPANDED,
  TRACE_ISSUE,
  type TraceSpanLike,
  type TraceSpanStatus,
  type TraceSpanCategory,
  type TraceNode,
  type TraceTree,
  type TraceExpansion,
  type BuildTraceTreeOptions,
  type FlattenOptions,
  type TreeKeyAction,
} from './core/trace-tree.js';
export {
  searchTrace,
  spanSearchText,
  SEARCH_PREVIEW_CHARS,
  type TraceSearchResult,
} from './core/trace-search.js';
export {
  groupRetryAttempts,
  collectRetryGroups,
  type RetryAttempt,
  type RetryGroup,
  type TraceRetryIndex,
} from './core/trace-retries.js';
export {
  spanUsage,
  sumTraceUsage,
  spanModel,
  formatDuration,
  jsonSize,
  type TokenUsage,
} from './core/trace-details.js';
export {
  useRunTrace,
  useTraceSpan,
  type UseRunTraceOptions,
  type RunTraceData,
} from './hooks/use-run-trace.js';
export {
  useRunList,
  type UseRunListOptions,
  type RunListData,
  type RunListFilters,
} from './hooks/use-run-list.js';
export * as RunTracePrimitive from './primitives/run-trace/index.js';
export * as RunListPrimitive from './primitives/run-list/index.js';
export { RunTraceViewer, type RunTraceViewerProps } from './components/run-trace-viewer.js';
export { RunList, type RunListProps } from './components/run-list.js';
export { runTraceMessages, type RunTraceMessages } from './i18n/run-trace.en-US.js';
export { runTraceCss } from './styles/run-trace.js';
