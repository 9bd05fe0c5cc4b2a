/**
 * Strings of the ReviewQueue (`reviewQueue.*`), apart from the review panel's so a page with only the queue ships
 * only these. Merged under the provider's `messages` overrides by its Root.
 */
export const reviewQueueMessages = {
  'reviewQueue.label': 'Review queue',
  'reviewQueue.loading': 'Loading reviews…',
  'reviewQueue.loadError': 'Reviews could not be loaded.',
  // Agents published without review are listed after it, so this speaks of requests only.
  'reviewQueue.empty': 'No review requests here.',
  'reviewQueue.filter': 'Show',
  'reviewQueue.filter.all': 'All',
  'reviewQueue.filter.mine': 'My requests',
  'reviewQueue.filter.to-review': 'To review',
  'reviewQueue.filter.high-risk': 'High risk',
  'reviewQueue.count.pending': (n: number) => `${n} pending`,
  'reviewQueue.count.changes-requested': (n: number) => `${n} changes requested`,
  'reviewQueue.count.approved': (n: number) => `${n} approved`,
  'reviewQueue.count.stale': (n: number) => `${n} stale`,
  'reviewQueue.count.unreviewed': (n: number) => `${n} published without review`,
  'reviewQueue.state.pending': 'Pending',
  'reviewQueue.state.changes-requested': 'Changes requested',
  'reviewQueue.state.approved': 'Approved',
  'reviewQueue.state.published': 'Published',
  'reviewQueue.state.stale': 'Stale',
  'reviewQueue.highRisk': 'High risk',
  'reviewQueue.by': (who: string) => `by ${who}`,
  'reviewQueue.unreviewed': 'Published without review',
  'reviewQueue.open': (name: string) => `Open review of ${name}`,
};

export type ReviewQueueMessages = typeof reviewQueueMessages;
