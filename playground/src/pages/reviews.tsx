import { PublishReviewPanel, ReviewQueue, type ReviewPolicy } from '@paddock/builder-ui';
import { Embedded } from '../embed';
import { useSearchParams } from '../router';

/**
 * This server's review policy. Reviewers can read private drafts submitted to them: the playground server's
 * review-aware RBAC provider grants `stored-agents:read:<id>` for every agent with a review request.
 */
const POLICY: ReviewPolicy = { separationOfDuties: true, reviewersCanReadPrivate: true };

export const reviewHref = (agentId: string) => `/reviews?agent=${encodeURIComponent(agentId)}`;

/** Reviews: the queue across agents, and the publish review panel for the selected agent. */
export function ReviewsPage() {
  // The agent a review link points at: `#/reviews?agent=<id>`.
  const agentId = useSearchParams().get('agent');
  return (
    <section className="console-page" aria-labelledby="reviews-title">
      <h1 id="reviews-title">Reviews</h1>
      <div className="reviews-layout">
        <Embedded name="ReviewQueue">
          <ReviewQueue hrefFor={reviewHref} policy={POLICY} />
        </Embedded>
        {agentId ? (
          <Embedded name="PublishReviewPanel">
            <PublishReviewPanel key={agentId} agentId={agentId} policy={POLICY} />
          </Embedded>
        ) : (
          <p className="reviews-hint">
            Open a review from the queue, or use “Request review” in the agent composer.
          </p>
        )}
      </div>
    </section>
  );
}
