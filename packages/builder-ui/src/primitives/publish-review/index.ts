export {
  PublishReviewPrimitiveRoot as Root,
  type PublishReviewPrimitiveRootProps as RootProps,
  type VersionPair,
} from './publish-review-root.js';
export { usePublishReviewContext, type PublishReviewContextValue } from './publish-review-context.js';
export {
  PublishReviewLoadState as LoadState,
  PublishReviewStatus as Status,
  PublishReviewVersions as Versions,
  PublishReviewVersionView as VersionView,
  PublishReviewDiff as Diff,
  PublishReviewChecks as Checks,
  PublishReviewActions as Actions,
  PublishReviewAudit as Audit,
} from './publish-review-parts.js';
