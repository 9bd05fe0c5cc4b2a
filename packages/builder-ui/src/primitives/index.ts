'use client';

// @paddock/builder-ui/primitives: the headless parts each styled component is built from. Unstyled, one element
// per part, `data-slot` + `data-state` on each; render them inside a `BuilderProvider`.
export * as PrimitivePickerPrimitive from './primitive-picker/index.js';
export * as AgentComposerPrimitive from './agent-composer/index.js';
export * as WorkflowRunPrimitive from './workflow-run/index.js';
export * as SchedulesPrimitive from './schedules/index.js';
export * as RunTracePrimitive from './run-trace/index.js';
export * as RunListPrimitive from './run-list/index.js';
export * as PublishReviewPrimitive from './publish-review/index.js';
export * as ReviewQueuePrimitive from './review-queue/index.js';
