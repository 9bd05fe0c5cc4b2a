import { agentComposerMessages, type AgentComposerMessages } from './agent-composer.en-US.js';
import {
  agentComposerConflictMessages,
  type AgentComposerConflictMessages,
} from './agent-composer-conflict.en-US.js';
import { agentComposerTestMessages, type AgentComposerTestMessages } from './agent-composer-test.en-US.js';
import { commonMessages, type CommonMessages } from './common.en-US.js';
import { primitivePickerMessages, type PrimitivePickerMessages } from './primitive-picker.en-US.js';
import { workflowRunMessages, type WorkflowRunMessages } from './workflow-run.en-US.js';
import { schedulesMessages, type SchedulesMessages } from './schedules.en-US.js';
import { runListMessages, type RunListMessages } from './run-list.en-US.js';
import { runTraceViewerMessages, type RunTraceViewerMessages } from './run-trace-viewer.en-US.js';
import { publishReviewMessages, type PublishReviewMessages } from './publish-review.en-US.js';
import { reviewQueueMessages, type ReviewQueueMessages } from './review-queue.en-US.js';

export type {
  AgentComposerMessages,
  AgentComposerConflictMessages,
  AgentComposerTestMessages,
  CommonMessages,
  PrimitivePickerMessages,
  WorkflowRunMessages,
  SchedulesMessages,
  RunListMessages,
  RunTraceViewerMessages,
  PublishReviewMessages,
  ReviewQueueMessages,
};

/**
 * Every user-facing string of the kit, aria labels included, keyed `<area>.<name>`. Function entries receive
 * the values that change word order or plural form, so a translation controls the whole sentence.
 *
 * The dictionary is split by component (see CONTRIBUTING.md): `BuilderProvider` carries only `commonMessages`,
 * each styled component merges its own `<component>Messages` through `useMessages(<component>Messages)`. This
 * type is the union every host override is checked against; a new component adds its messages type here.
 */
export type PaddockMessages = CommonMessages &
  PrimitivePickerMessages &
  AgentComposerMessages &
  AgentComposerConflictMessages &
  AgentComposerTestMessages &
  WorkflowRunMessages &
  SchedulesMessages &
  RunTraceViewerMessages &
  RunListMessages &
  PublishReviewMessages &
  ReviewQueueMessages;

/** A partial dictionary a host passes to `<BuilderProvider messages>` to override some strings. */
export type PaddockMessageOverrides = Partial<PaddockMessages>;

/**
 * The whole en-US dictionary in one object, for hosts that translate every string or list the keys. The kit
 * itself never imports it (that would ship every component's strings with any one of them); a new component
 * adds its messages here as well.
 */
export const enUS: PaddockMessages = /* @__PURE__ */ Object.assign(
  {},
  commonMessages,
  primitivePickerMessages,
  agentComposerMessages,
  agentComposerConflictMessages,
  agentComposerTestMessages,
  workflowRunMessages,
  schedulesMessages,
  runTraceViewerMessages,
  runListMessages,
  publishReviewMessages,
  reviewQueueMessages,
);
