import { useBuilderContext } from '../provider/builder-context.js';
import { PaddockRoot } from '../provider/kit-root.js';
import * as ReviewQueuePrimitive from '../primitives/review-queue/index.js';
import { reviewQueueCss } from '../styles/review-queue.js';
import { cn } from '../utils/cn.js';

const STYLESHEETS = { 'review-queue': reviewQueueCss };

export type ReviewQueueProps = ReviewQueuePrimitive.RootProps;

/**
 * The styled review queue: counts, a filter (all, to review, mine, high risk) and the requests across agents
 * (pending, changes requested, approved, stale), each linking to its panel, plus the agents published without
 * review.
 *
 * @example
 * <ReviewQueue hrefFor={(id) => `/reviews/${id}`} />
 */
export function ReviewQueue({ className, ...props }: ReviewQueueProps) {
  useBuilderContext('ReviewQueue');
  return (
    <PaddockRoot stylesheets={STYLESHEETS} data-slot="paddock-review-queue" data-state="static">
      <ReviewQueuePrimitive.Root {...props} className={cn(className)}>
        <ReviewQueuePrimitive.Counts />
        <ReviewQueuePrimitive.Filters />
        <ReviewQueuePrimitive.List />
      </ReviewQueuePrimitive.Root>
    </PaddockRoot>
  );
}
