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
  buildWorkflowGraph,
  countByStatus,
  isTerminalRunStatus,
  resumeStepPath,
  suspendedStepIds,
  toStepStatus,
  STEP_STATUSES,
  type StepStatus,
  type WorkflowGraph,
  type WorkflowGraphEdge,
  type WorkflowGraphNode,
  type WorkflowNodeKind,
  type RunStepsInput,
} from './workflow-graph.js';
export {
  groupRunAttempts,
  groupStepAttempts,
  isStepSpan,
  stepIdForSpan,
  stepSpanIds,
  type AttemptSpanInput,
  type AttemptStatus,
  type StepAttempt,
  type StepRecordInput,
  type StepRetrySummary,
} from './workflow-retries.js';
export {
  createWorkflowRunStore,
  eventKey,
  type RunEventInput,
  type RunStepRecord,
  type WorkflowRunState,
  type WorkflowRunStore,
  type WorkflowRunStoreState,
} from './workflow-run-store.js';
export {
  buildFormValue,
  initialValues,
  schemaToFields,
  valuesFromData,
  type FieldError,
  type FormField,
  type FormFieldKind,
  type FormResult,
  type FormValues,
} from './json-schema-form.js';
export {
  describeCron,
  formatInTimezone,
  isValidTimezone,
  listTimezones,
  nextFireTimes,
  validateCron,
  viewerTimezone,
  type CronProblem,
} from './cron.js';
export {
  findOverlaps,
  isCodeOwnedSchedule,
  isInternalSchedule,
  scheduleWarnings,
  NEXT_FIRE_GRACE_MS,
  type ScheduleInput,
  type ScheduleWarning,
  type TriggerInput,
} from './schedule-warnings.js';
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
