/**
 * Where review state lives on a Mastra server: an append-only ledger kept in a Mastra **dataset** (the
 * `/datasets` API), one item per review event. Why a dataset and not the agent:
 *
 * - Writing it never touches the candidate. Agent metadata is not versioned, but only the agent's owner (or an
 *   ownership-bypass admin) may PATCH it, so a reviewer could not record a decision there; and a role that may
 *   PATCH the agent may also change its config, slipping a new version in front of the reviewed one.
 * - Appends are separate rows, so concurrent writers never overwrite each other; each event carries a
 *   client-made id as the item's `externalId`, which the server keeps unique (409), so retries are safe.
 * - The server stamps every item with the authenticated writer (`requestContext.user`, a reserved key a client
 *   cannot set), so "who approved" is attested by the server, not claimed by the browser.
 * - Items keep an edit history (`/items/:id/history`); an edited event is flagged in the trail.
 *
 * Needs `datasets:read` to see reviews and `datasets:write` to take part. A server without the datasets domain
 * answers 404/500: the panel then says review is unavailable rather than pretending.
 */
import { Datasets, errorKindOf, type DatasetItem, type MastraCore } from '@paddock/client-sdk';
import {
  REVIEW_EVENT_SCHEMA,
  type ReviewEvent,
  type ReviewEventPayload,
  type ReviewEventType,
} from './review-state.js';

/** Name and marker of the ledger dataset. */
export const REVIEW_LEDGER_NAME = 'Paddock review ledger';
export const REVIEW_LEDGER_MARKER = 'paddock.review-ledger';

const EVENT_TYPES: ReadonlySet<string> = new Set<ReviewEventType>([
  'requested',
  'withdrawn',
  'commented',
  'acknowledged',
  'changes-requested',
  'approved',
  'published',
  'direct-published',
]);

const PAGE = 100;
/** Stops a runaway loop on a server that ignores paging. */
const MAX_PAGES = 200;

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** Validates a stored payload; anything that is not a review event (or is malformed) is skipped. */
export function payloadOf(input: unknown): ReviewEventPayload | undefined {
  if (!input || typeof input !== 'object' || Array.isArray(input)) return undefined;
  const p = input as Record<string, unknown>;
  if (p['schema'] !== REVIEW_EVENT_SCHEMA) return undefined;
  const id = str(p['id']);
  const type = str(p['type']);
  const agentId = str(p['agentId']);
  const versionId = str(p['versionId']);
  if (!id || !type || !EVENT_TYPES.has(type) || !agentId || !versionId) return undefined;
  const checks = Array.isArray(p['checks'])
    ? p['checks'].filter((c): c is string => typeof c === 'string')
    : undefined;
  return {
    schema: REVIEW_EVENT_SCHEMA,
    id,
    type: type as ReviewEventType,
    agentId,
    versionId,
    requestId: str(p['requestId']),
    versionNumber: typeof p['versionNumber'] === 'number' ? p['versionNumber'] : undefined,
    visibility: str(p['visibility']),
    note: str(p['note']),
    checks,
    risk: p['risk'] === 'low' || p['risk'] === 'medium' || p['risk'] === 'high' ? p['risk'] : undefined,
    actorId: str(p['actorId']),
    actorName: str(p['actorName']),
    at: str(p['at']) ?? '',
  };
}

/** A ledger item as a review event; the writer comes from the server's stamp when there is one. */
export function eventFromItem(item: DatasetItem, seq: number): ReviewEvent | undefined {
  const payload = payloadOf(item.input);
  if (!payload) return undefined;
  const user = item.requestContext?.['user'];
  const serverUser =
    user && typeof user === 'object' && typeof (user as Record<string, unknown>)['id'] === 'string'
      ? (user as { id: string; name?: unknown })
      : undefined;
  const actor = serverUser
    ? { id: serverUser.id, name: str(serverUser.name) ?? payload.actorName, verified: true }
    : { id: payload.actorId ?? 'unknown', name: payload.actorName, verified: false };
  const edited =
    item.updatedAt !== undefined && item.updatedAt.getTime() !== item.createdAt.getTime() ? true : undefined;
  return { ...payload, actor, recordedAt: item.createdAt, seq, edited };
}

/** Orders items as the server stored them (creation time, then the dataset's append counter). */
export function eventsFromItems(items: readonly DatasetItem[]): ReviewEvent[] {
  const sorted = [...items].sort(
    (a, b) =>
      a.createdAt.getTime() - b.createdAt.getTime() ||
      (a.datasetVersion ?? 0) - (b.datasetVersion ?? 0) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const events: ReviewEvent[] = [];
  sorted.forEach((item, index) => {
    const event = eventFromItem(item, index);
    if (event) events.push(event);
  });
  return events;
}

export function newEventId(): string {
  return `rev-${globalThis.crypto.randomUUID()}`;
}

export class ReviewLedger {
  private readonly datasets: Datasets;
  private ledgerId: Promise<string> | undefined;

  /** Any client: the ledger builds its own `Datasets` over it, so it also works over `createClient(...)`. */
  constructor(client: MastraCore) {
    this.datasets = new Datasets(client);
  }

  /**
   * Ids of every ledger dataset. Normally one; two clients creating it at the same moment make two, and both
   * are read, so no event is lost to that race.
   */
  async ledgerIds(signal?: AbortSignal): Promise<string[]> {
    const ids: { id: string; createdAt: Date }[] = [];
    for (let page = 0; page < MAX_PAGES; page++) {
      const list = await this.datasets.list({ page, perPage: PAGE }, { signal });
      for (const dataset of list.datasets) {
        if (dataset.metadata?.['paddock'] === REVIEW_LEDGER_MARKER)
          ids.push({ id: dataset.id, createdAt: dataset.createdAt });
      }
      if (!list.pagination.hasMore || list.datasets.length === 0) break;
    }
    return ids.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime()).map((entry) => entry.id);
  }

  /** Every review event on the server, in ledger order. An empty list when no ledger exists yet. */
  async listEvents(signal?: AbortSignal): Promise<ReviewEvent[]> {
    const items: DatasetItem[] = [];
    for (const id of await this.ledgerIds(signal)) {
      for (let page = 0; page < MAX_PAGES; page++) {
        const list = await this.datasets.listItems(id, { page, perPage: PAGE }, { signal });
        items.push(...list.items);
        if (!list.pagination.hasMore || list.items.length === 0) break;
      }
    }
    return eventsFromItems(items);
  }

  private async ensureLedger(): Promise<string> {
    this.ledgerId ??= (async () => {
      const [first] = await this.ledgerIds();
      if (first) return first;
      const created = await this.datasets.create({
        name: REVIEW_LEDGER_NAME,
        description: 'Review requests, decisions and comments written by Paddock. Append-only.',
        metadata: { paddock: REVIEW_LEDGER_MARKER, schema: REVIEW_EVENT_SCHEMA },
      });
      return created.id;
    })().catch((error: unknown) => {
      this.ledgerId = undefined;
      throw error;
    });
    return this.ledgerId;
  }

  /**
   * Appends one event. A 409 means an item with this event id is already stored (a retry after a lost
   * answer): the write happened, so it counts as success.
   */
  async append(payload: ReviewEventPayload): Promise<void> {
    const ledgerId = await this.ensureLedger();
    try {
      await this.datasets.addItem(ledgerId, { externalId: payload.id, input: payload });
    } catch (error) {
      // By the SDK's kind, not `instanceof`: a host bundling a second SDK copy still gets the retry counted once.
      if (errorKindOf(error) === 'conflict') return;
      throw error;
    }
  }
}
