// @paddock/builder-ui/core: the framework-free logic under the React layers (no React import, lint-enforced).
// Plain stores with `subscribe` / `getSnapshot`, reducers and change unions, for hosts that build their own UI.

export {
  createCatalogIndex,
  searchCatalog,
  highlightSegments,
  tokenizeQuery,
  type CatalogIndex,
  type CatalogMatch,
  type CatalogSearchResult,
  type MatchRange,
  type HighlightSegment,
} from './catalog-search.js';
export {
  getFacets,
  hasActiveFilters,
  matchesFilters,
  toggleFilter,
  riskOf,
  ownerOf,
  EMPTY_FILTERS,
  PRIMITIVE_KINDS,
  RISK_LEVELS,
  type CatalogFilters,
  type CatalogFacet,
  type CatalogFacets,
  type FacetOption,
  type RiskLevel,
} from './catalog-filters.js';
export { toggleSelection, isSelectable, pruneSelection } from './selection.js';
export {
  createListNavigation,
  type ListNavigationStore,
  type ListNavigationState,
  type NavigableEntry,
  type MoveDirection,
} from './list-navigation.js';
export { computePickerResults, scopeItems } from './picker-results.js';
export { createPickerQueryStore, type PickerQueryStore, type PickerQueryState } from './picker-store.js';
export { summarizeSchema, schemaTypeLabel, type SchemaField } from './schema-preview.js';
export { type Store } from './store.js';
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
} from './agent-draft.js';
export {
  validateDraft,
  screenChanges,
  bindingRefusal,
  modelRefusal,
  type DraftCatalog,
  type DraftIssue,
  type RefusalReason,
} from './agent-draft-validation.js';
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
} from './agent-draft-store.js';
export {
  compareDrafts,
  mergeDrafts,
  mergeIdLists,
  defaultChoices,
  type DraftConflict,
  type FieldConflict,
  type MergeChoice,
} from './draft-merge.js';
export {
  createMemoryDraftStorage,
  defaultDraftStorage,
  draftStorageKey,
  type DraftStorage,
  type PersistedDraft,
} from './draft-storage.js';
export {
  createTestRunStore,
  reduceRunChunk,
  type TestRun,
  type TestRunTransport,
  type TestPanelState,
  type TestToolCall,
  type TestRunError,
} from './draft-test-run.js';
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
} from './trace-tree.js';
export { searchTrace, spanSearchText, SEARCH_PREVIEW_CHARS, type TraceSearchResult } from './trace-search.js';
export {
  groupRetryAttempts,
  collectRetryGroups,
  type RetryAttempt,
  type RetryGroup,
  type TraceRetryIndex,
} from './trace-retries.js';
export {
  spanUsage,
  sumTraceUsage,
  spanModel,
  formatDuration,
  jsonSize,
  spanMarker,
  type SpanMarker,
  type TokenUsage,
} from './trace-details.js';

// Publish review: semantic version diff, policy checks, the review state machine (a fold over ledger events)
// and the ledger itself, kept in a Mastra dataset (see review-ledger.ts).
export {
  diffAgentVersions,
  diffBindings,
  diffInstructions,
  instructionsText,
  modelLabel,
  type AgentConfigSnapshot,
  type BindingChange,
  type BindingFacts,
  type VersionDiff,
  type FieldChange,
  type TextPart,
  type ValueChange,
  type DiffOptions,
} from './version-diff.js';
export {
  runPolicyChecks,
  unresolvedChecks,
  ownerAndContact,
  type PolicyCheck,
  type PolicyContext,
  type CheckCode,
  type CheckSeverity,
  type PrimitiveFacts,
} from './policy-checks.js';
export {
  foldReviews,
  driftOf,
  isStale,
  isOpen,
  currentRequest,
  approveBlock,
  requestChangesBlock,
  queueOf,
  auditRows,
  auditJson,
  auditCsv,
  REVIEW_EVENT_SCHEMA,
  QUEUE_FILTERS,
  type ReviewEvent,
  type ReviewEventPayload,
  type ReviewEventType,
  type ReviewActor,
  type ReviewRequest,
  type ReviewStatus,
  type ReviewFold,
  type FoldOptions,
  type AgentHead,
  type DriftState,
  type DecisionBlock,
  type DecisionInput,
  type QueueFilter,
  type QueueEntry,
  type QueueSummary,
  type AuditRow,
  type IgnoredReason,
} from './review-state.js';
export { ReviewLedger, REVIEW_LEDGER_NAME, REVIEW_LEDGER_MARKER, eventsFromItems } from './review-ledger.js';
