import { useBuilderContext } from '../provider/builder-context.js';
import { PaddockRoot } from '../provider/kit-root.js';
import * as PublishReviewPrimitive from '../primitives/publish-review/index.js';
import { publishReviewCss } from '../styles/publish-review.js';
import { cn } from '../utils/cn.js';

const STYLESHEETS = { 'publish-review': publishReviewCss };

export type PublishReviewPanelProps = PublishReviewPrimitive.RootProps;

/**
 * The styled publish review panel: review status with staleness and drift, the semantic diff between two
 * versions (default: the active one against the one under review), policy checks with per-tool
 * acknowledgment, the review actions (request, withdraw, comment, approve and publish, request changes) with
 * the reason when one is unavailable, the version history (open, compare, restore, activate directly) and the
 * exportable audit trail. Approving activates exactly the reviewed version id.
 *
 * @example
 * <PublishReviewPanel agentId="escalation-assistant" policy={{ reviewersCanReadPrivate: true }} onPublish={refresh} />
 */
export function PublishReviewPanel({ className, ...props }: PublishReviewPanelProps) {
  useBuilderContext('PublishReviewPanel');
  return (
    <PaddockRoot stylesheets={STYLESHEETS} data-slot="paddock-review-panel" data-state="static">
      <PublishReviewPrimitive.Root {...props} className={cn(className)}>
        <PublishReviewPrimitive.LoadState />
        <PublishReviewPrimitive.Status />
        <PublishReviewPrimitive.Checks />
        <PublishReviewPrimitive.Actions />
        <PublishReviewPrimitive.Diff />
        <PublishReviewPrimitive.Versions />
        <PublishReviewPrimitive.VersionView />
        <PublishReviewPrimitive.Audit />
      </PublishReviewPrimitive.Root>
    </PaddockRoot>
  );
}
