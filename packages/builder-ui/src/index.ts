'use client';

// @paddock/builder-ui: the provider, the styled components and the hooks they read the kit through. Headless
// parts live in `@paddock/builder-ui/primitives`, framework-free logic in `@paddock/builder-ui/core`.

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
export {
  PaddockRoot,
  PaddockLink,
  type PaddockRootProps,
  type PaddockStylesheet,
} from './provider/kit-root.js';
export { paddockCss } from './styles/index.js';
export { ROOT_ATTRIBUTE } from './styles/base.js';
export { TOKEN_NAMES, token, type TokenName, type ThemeTokens } from './styles/tokens.js';

// Messages
export {
  enUS,
  type PaddockMessages,
  type PaddockMessageOverrides,
  type CommonMessages,
  type PrimitivePickerMessages,
  type AgentComposerMessages,
  type AgentComposerConflictMessages,
  type AgentComposerTestMessages,
  type WorkflowRunMessages,
  type SchedulesMessages,
  type RunTraceViewerMessages,
  type RunListMessages,
  type PublishReviewMessages,
  type ReviewQueueMessages,
} from './i18n/en-US.js';

// Hooks
export { useBuilderClient, useMessages, useLinkComponent } from './hooks/use-builder.js';
export { useCapabilities, type UseCapabilitiesOptions } from './hooks/use-capabilities.js';
export { useCatalog, type UseCatalogOptions } from './hooks/use-catalog.js';
export { usePermission, type PermissionState, type UsePermissionOptions } from './hooks/use-permission.js';
export { describeError, useErrorDescription, type ErrorDescription } from './hooks/use-error-message.js';
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
export {
  useWorkflowInfo,
  useWorkflowRun,
  useWorkflowRunActions,
  useWorkflowRunSpans,
  type UseWorkflowRunResult,
} from './hooks/use-workflow-run.js';
export {
  useScheduleActions,
  useSchedulePermissions,
  useSchedules,
  useScheduleTriggers,
  useWorkflowList,
} from './hooks/use-schedules.js';
export { useCronEngine } from './hooks/use-cron-engine.js';
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
export {
  usePublishReview,
  useReviewQueue,
  useReviewEvents,
  type ReviewPolicy,
  type PublishReviewState,
  type ReviewQueueState,
  type ReviewAction,
  type RequestBlock,
  type UsePublishReviewOptions,
} from './hooks/use-review.js';

// Styled components
export { PrimitivePicker, type PrimitivePickerProps } from './components/primitive-picker.js';
export { AgentComposer, type AgentComposerProps } from './components/agent-composer.js';
export { WorkflowRunViewer, type WorkflowRunViewerProps } from './components/workflow-run-viewer.js';
export {
  ScheduleList,
  type ScheduleListProps,
  type ScheduleListEditing,
} from './components/schedule-list.js';
export { ScheduleEditor, type ScheduleEditorProps } from './components/schedule-editor.js';
export { RunTraceViewer, type RunTraceViewerProps } from './components/run-trace-viewer.js';
export { RunList, type RunListProps } from './components/run-list.js';
export { PublishReviewPanel, type PublishReviewPanelProps } from './components/publish-review-panel.js';
export { ReviewQueue, type ReviewQueueProps } from './components/review-queue.js';
