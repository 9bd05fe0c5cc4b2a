export {
  AgentComposerPrimitiveRoot as Root,
  type AgentComposerPrimitiveRootProps as RootProps,
  type AgentReviewRequest,
} from './agent-composer-root.js';
export {
  useAgentComposer,
  ALL_SECTIONS,
  type AgentComposerContextValue,
  type AgentComposerSection,
  type ModelLockReason as ModelLockReasonKind,
  type ModelOption,
} from './agent-composer-context.js';
export {
  useAgentComposerSave,
  useAgentComposerRetry,
  useAgentComposerRequestReview,
  useAgentComposerDiscardLocal,
  useAgentComposerReload,
} from './agent-composer-actions.js';
export {
  AgentComposerPrimitiveSection as Section,
  AgentComposerPrimitiveSectionTitle as SectionTitle,
  AgentComposerPrimitiveLabel as Label,
  AgentComposerPrimitiveFieldIssues as FieldIssues,
  AgentComposerPrimitiveName as Name,
  AgentComposerPrimitiveAgentId as AgentId,
  AgentComposerPrimitiveAgentIdHint as AgentIdHint,
  AgentComposerPrimitiveDescription as Description,
  AgentComposerPrimitiveInstructions as Instructions,
  AgentComposerPrimitiveInstructionsStats as InstructionsStats,
  AgentComposerPrimitiveModelSelect as ModelSelect,
  AgentComposerPrimitiveModelLockReason as ModelLockReason,
  AgentComposerPrimitiveLockReason as LockReason,
  AgentComposerPrimitiveMemoryOption as MemoryOption,
  AgentComposerPrimitiveVisibility as Visibility,
  AgentComposerPrimitiveOwner as Owner,
  AgentComposerPrimitiveTeam as Team,
} from './agent-composer-fields.js';
export {
  AgentComposerPrimitiveBindingList as BindingList,
  AgentComposerPrimitiveBindingPicker as BindingPicker,
  AgentComposerPrimitiveRefusals as Refusals,
} from './agent-composer-bindings.js';
export {
  AgentComposerPrimitiveSaveStatus as SaveStatus,
  AgentComposerPrimitiveSave as Save,
  AgentComposerPrimitiveRetry as Retry,
  AgentComposerPrimitiveRequestReview as RequestReview,
  AgentComposerPrimitiveRequestReviewReason as RequestReviewReason,
  AgentComposerPrimitiveDiscardLocal as DiscardLocal,
  AgentComposerPrimitiveLoading as Loading,
  AgentComposerPrimitiveLoadError as LoadError,
  AgentComposerPrimitiveLoadRetry as LoadRetry,
  AgentComposerPrimitiveReadOnlyNotice as ReadOnlyNotice,
  AgentComposerPrimitiveRestoredNotice as RestoredNotice,
  AgentComposerPrimitiveConflictResolver as ConflictResolver,
} from './agent-composer-status.js';
export {
  AgentComposerPrimitiveTestPanel as TestPanel,
  AgentComposerPrimitiveTestBlocker as TestBlocker,
  AgentComposerPrimitiveTestVersion as TestVersion,
  AgentComposerPrimitiveTestTranscript as TestTranscript,
  AgentComposerPrimitiveTestInput as TestInput,
  AgentComposerPrimitiveTestSend as TestSend,
  AgentComposerPrimitiveTestStop as TestStop,
  AgentComposerPrimitiveTestClear as TestClear,
  useAgentComposerTestPanel,
} from './agent-composer-test-panel.js';
