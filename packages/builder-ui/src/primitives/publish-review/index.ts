import { PublishReviewPrimitiveRoot } from './publish-review-root.js';
import {
  PublishReviewActions,
  PublishReviewAudit,
  PublishReviewChecks,
  PublishReviewDiff,
  PublishReviewLoadState,
  PublishReviewStatus,
  PublishReviewVersions,
  PublishReviewVersionView,
} from './publish-review-parts.js';

export type { PublishReviewPrimitiveRootProps, VersionPair } from './publish-review-root.js';
export { usePublishReviewContext, type PublishReviewContextValue } from './publish-review-context.js';

/** Headless parts of the publish review panel. Every part renders `data-slot` and `data-state`. */
export const PublishReviewPrimitive = {
  Root: PublishReviewPrimitiveRoot,
  LoadState: PublishReviewLoadState,
  Status: PublishReviewStatus,
  Versions: PublishReviewVersions,
  VersionView: PublishReviewVersionView,
  Diff: PublishReviewDiff,
  Checks: PublishReviewChecks,
  Actions: PublishReviewActions,
  Audit: PublishReviewAudit,
};
