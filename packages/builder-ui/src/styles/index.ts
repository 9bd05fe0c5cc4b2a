import { agentComposerCss } from './agent-composer.js';
import { agentComposerConflictCss } from './agent-composer-conflict.js';
import { agentComposerTestCss } from './agent-composer-test.js';
import { baseCss } from './base.js';
import { primitivePickerCss } from './primitive-picker.js';
import { schedulesCss } from './schedules.js';
import { workflowRunGraphCss } from './workflow-run-graph.js';
import { workflowRunCss } from './workflow-run.js';
import { runListCss } from './run-list.js';
import { runTraceViewerCss } from './run-trace-viewer.js';
import { publishReviewCss } from './publish-review.js';
import { reviewQueueCss } from './review-queue.js';

/**
 * The whole kit stylesheet: the base sheet (scoped reset, tokens, shared controls) and every styled component's
 * own sheet, in that order. The kit never injects this string: `PaddockRoot` injects the base sheet and each
 * styled component its own (`<PaddockRoot stylesheets={{ 'primitive-picker': primitivePickerCss }}>`), so a
 * page pays only for what it renders. It is for hosts that set `injectStyles={false}` and ship the CSS
 * themselves (also built as `@paddock/builder-ui/styles.css`). Every selector is scoped under
 * `[data-paddock-root]`: no `:root`, no global element rules, no reset outside the kit.
 *
 * A new component adds its `<component>Css` to this list (CONTRIBUTING.md, "Styles and messages").
 */
export const paddockCss: string = /* @__PURE__ */ [
  baseCss,
  primitivePickerCss,
  agentComposerCss,
  agentComposerTestCss,
  agentComposerConflictCss,
  workflowRunCss,
  workflowRunGraphCss,
  schedulesCss,
  runTraceViewerCss,
  runListCss,
  publishReviewCss,
  reviewQueueCss,
].join('\n');
