import type { Mastra } from '@mastra/core/mastra';
import { matchesPermission, StaticRBACProvider } from '@mastra/core/auth/ee';

/** The marker builder-ui's review ledger puts in its dataset's metadata (core/review-ledger.ts). */
const LEDGER_MARKER = 'paddock.review-ledger';
const PAGE = 100;

/**
 * Lets reviewers read the private drafts submitted to them, and nothing else private.
 *
 * Mastra's ownership check answers 404 on someone else's private stored agent unless the caller owns it, holds
 * an ownership bypass (`*`, `stored-agents:*`, `stored-agents:admin`: also write and share on every agent), or a
 * **resource-scoped** grant `stored-agents:read:<agentId>`. A `*` in the id segment is not a wildcard
 * (`matchesPermission` compares the id literally), so no static role can say "read the submitted ones". This
 * provider adds `stored-agents:read:<agentId>` for every agent with a review request in Paddock's ledger to
 * callers who may publish (`stored-agents:publish`), on top of their role's permissions. It grants read only:
 * write, share and delete still need ownership.
 */
export class ReviewAwareRBACProvider<TUser> extends StaticRBACProvider<TUser> {
  private mastra: Mastra | undefined;

  /** The Mastra instance whose storage holds the ledger (set after construction: Mastra takes the provider). */
  attach(mastra: Mastra): void {
    this.mastra = mastra;
  }

  override async getPermissions(user: TUser): Promise<string[]> {
    const base = await super.getPermissions(user);
    if (!this.mastra || !base.some((granted) => matchesPermission(granted, 'stored-agents:publish')))
      return base;
    const submitted = await this.submittedAgentIds().catch(() => []);
    // A copy: the parent caches the role's array and hands the same one to every user of the role.
    return [...base, ...submitted.map((id) => `stored-agents:read:${id}`)];
  }

  /** Agent ids with at least one `requested` event in any ledger dataset. */
  private async submittedAgentIds(): Promise<string[]> {
    const datasets = this.mastra!.datasets;
    const ids = new Set<string>();
    for (let page = 0; page < 100; page++) {
      const list = await datasets.list({ page, perPage: PAGE });
      for (const dataset of list.datasets) {
        if ((dataset.metadata as Record<string, unknown> | undefined)?.['paddock'] !== LEDGER_MARKER)
          continue;
        const ledger = await datasets.get({ id: dataset.id });
        for (let itemPage = 0; itemPage < 1000; itemPage++) {
          const result = await ledger.listItems({ page: itemPage, perPage: PAGE });
          const items = Array.isArray(result) ? result : result.items;
          for (const item of items) {
            const input = item.input as Record<string, unknown> | null;
            if (input?.['type'] === 'requested' && typeof input['agentId'] === 'string')
              ids.add(input['agentId']);
          }
          if (Array.isArray(result) || !result.pagination.hasMore || items.length === 0) break;
        }
      }
      if (!list.pagination.hasMore || list.datasets.length === 0) break;
    }
    return [...ids];
  }
}
