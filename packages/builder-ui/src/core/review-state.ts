/**
 * The review state machine. A Mastra server has no review state (publishing is activating a version), so the
 * kit keeps an append-only ledger of review events (see review-ledger.ts) and derives every request's state by
 * folding the events in ledger order. Nothing here writes: invalid events (a self-approval, a decision on a
 * withdrawn request, the second of two concurrent decisions) stay in the audit trail, marked `ignored` with the
 * reason, and do not change state.
 */

export const REVIEW_EVENT_SCHEMA = 'paddock.review/1';

export type ReviewEventType =
  | 'requested'
  | 'withdrawn'
  | 'commented'
  | 'acknowledged'
  | 'changes-requested'
  | 'approved'
  | 'published'
  | 'direct-published';

/** What a client writes. `actorId` is a claim; the ledger replaces it with the server-attested writer. */
export interface ReviewEventPayload {
  schema: typeof REVIEW_EVENT_SCHEMA;
  /** Client-made unique id; the ledger item's external id, so a retried write is not doubled. */
  id: string;
  type: ReviewEventType;
  agentId: string;
  /** The request the event belongs to (`requested`: its own id). `direct-published` has none. */
  requestId?: string | undefined;
  /** The exact version under review (or activated, for `published` / `direct-published`). */
  versionId: string;
  versionNumber?: number | undefined;
  /** Record-level visibility at the time (visibility is not versioned). */
  visibility?: string | undefined;
  note?: string | undefined;
  /** `acknowledged`: the policy-check ids acknowledged. */
  checks?: string[] | undefined;
  /** `requested`: the highest risk label among the bindings the candidate adds (for the queue's filter). */
  risk?: 'low' | 'medium' | 'high' | undefined;
  actorId?: string | undefined;
  actorName?: string | undefined;
  /** Client clock, informational; ordering uses the ledger's own order. */
  at: string;
}

export interface ReviewActor {
  id: string;
  name?: string | undefined;
  /** The server recorded who wrote the event (authenticated); false when only the client claimed it. */
  verified: boolean;
}

export interface ReviewEvent extends ReviewEventPayload {
  actor: ReviewActor;
  /** Server time the event was stored. */
  recordedAt: Date;
  /** Ledger position (server order of appends). */
  seq: number;
  /** The stored event was modified after it was written (the ledger keeps its history). */
  edited?: boolean | undefined;
  /** Set by `foldReviews` when the event did not apply, with the reason. */
  ignored?: IgnoredReason | undefined;
}

export type IgnoredReason =
  'unknown-request' | 'not-open' | 'self-approval' | 'not-requester' | 'already-decided' | 'not-approved';

export type ReviewStatus =
  'pending' | 'changes-requested' | 'approved' | 'published' | 'withdrawn' | 'superseded';

export interface ReviewRequest {
  id: string;
  agentId: string;
  versionId: string;
  versionNumber?: number | undefined;
  visibility?: string | undefined;
  risk?: 'low' | 'medium' | 'high' | undefined;
  requester: ReviewActor;
  note?: string | undefined;
  requestedAt: Date;
  status: ReviewStatus;
  decision?: ReviewEvent | undefined;
  publishedEvent?: ReviewEvent | undefined;
  acknowledged: string[];
  comments: ReviewEvent[];
  events: ReviewEvent[];
}

export interface FoldOptions {
  /** Nobody may approve or reject their own request. @default true */
  separationOfDuties?: boolean | undefined;
}

export interface ReviewFold {
  /** Every request, oldest first. */
  requests: ReviewRequest[];
  /** Every event in ledger order, with `ignored` set where it did not apply. */
  events: ReviewEvent[];
}

const OPEN: ReadonlySet<ReviewStatus> = new Set(['pending', 'changes-requested']);

export function isOpen(request: ReviewRequest): boolean {
  return OPEN.has(request.status);
}

/** Ledger order: server sequence first, then id so equal positions stay deterministic. */
export function sortEvents(events: readonly ReviewEvent[]): ReviewEvent[] {
  return [...events].sort((a, b) => a.seq - b.seq || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function foldReviews(input: readonly ReviewEvent[], options: FoldOptions = {}): ReviewFold {
  const sod = options.separationOfDuties ?? true;
  const requests = new Map<string, ReviewRequest>();
  const events: ReviewEvent[] = [];
  const seen = new Set<string>();

  for (const original of sortEvents(input)) {
    if (seen.has(original.id)) continue;
    seen.add(original.id);
    const event: ReviewEvent = { ...original, ignored: undefined };
    events.push(event);
    const ignore = (reason: IgnoredReason) => {
      event.ignored = reason;
    };

    if (event.type === 'requested') {
      // A new request for the same agent supersedes the open ones: only one version is under review at a time.
      for (const other of requests.values()) {
        if (other.agentId === event.agentId && isOpen(other)) other.status = 'superseded';
      }
      requests.set(event.id, {
        id: event.id,
        agentId: event.agentId,
        versionId: event.versionId,
        versionNumber: event.versionNumber,
        visibility: event.visibility,
        risk: event.risk,
        requester: event.actor,
        note: event.note,
        requestedAt: event.recordedAt,
        status: 'pending',
        acknowledged: [],
        comments: [],
        events: [event],
      });
      continue;
    }
    if (event.type === 'direct-published') continue;

    const request = event.requestId ? requests.get(event.requestId) : undefined;
    if (!request || request.agentId !== event.agentId) {
      ignore('unknown-request');
      continue;
    }
    request.events.push(event);
    const byRequester = event.actor.id === request.requester.id;

    switch (event.type) {
      case 'commented':
        request.comments.push(event);
        break;
      case 'withdrawn':
        if (!isOpen(request)) ignore('not-open');
        else if (!byRequester) ignore('not-requester');
        else request.status = 'withdrawn';
        break;
      case 'acknowledged':
        if (request.status !== 'pending') ignore('not-open');
        else if (sod && byRequester) ignore('self-approval');
        else
          for (const id of event.checks ?? [])
            if (!request.acknowledged.includes(id)) request.acknowledged.push(id);
        break;
      case 'changes-requested':
      case 'approved':
        if (request.status === 'approved' || request.status === 'published') ignore('already-decided');
        else if (request.status !== 'pending') ignore('not-open');
        else if (sod && byRequester) ignore('self-approval');
        else {
          request.status = event.type === 'approved' ? 'approved' : 'changes-requested';
          request.decision = event;
        }
        break;
      case 'published':
        if (request.status !== 'approved') ignore('not-approved');
        else {
          request.status = 'published';
          request.publishedEvent = event;
        }
        break;
    }
  }
  return { requests: [...requests.values()], events };
}

/** What the agent looks like on the server right now. */
export interface AgentHead {
  id: string;
  /** The newest version (the draft). */
  latestVersionId?: string | null | undefined;
  /** The published version. */
  activeVersionId?: string | null | undefined;
}

export type DriftState =
  /** The live version was approved in a review (published through it, or approved and activated). */
  | 'reviewed'
  /** Live, but activated directly through the panel's recorded rollback / direct publish. */
  | 'direct'
  /** Live without any review or record: someone published through the API. */
  | 'unreviewed'
  /** Nothing is published. */
  | 'unpublished';

/**
 * Whether the live version went through review. An approval counts only for exactly the active version id,
 * so approving v3 and then activating v4 through the API is drift.
 */
export function driftOf(agent: AgentHead, fold: ReviewFold): DriftState {
  const active = agent.activeVersionId;
  if (!active) return 'unpublished';
  const reviewed = fold.requests.some(
    (request) =>
      request.agentId === agent.id &&
      request.versionId === active &&
      (request.status === 'approved' || request.status === 'published'),
  );
  if (reviewed) return 'reviewed';
  const direct = fold.events.some(
    (event) => event.type === 'direct-published' && event.agentId === agent.id && event.versionId === active,
  );
  return direct ? 'direct' : 'unreviewed';
}

/** A request is stale when the author saved a newer version after asking: the request no longer shows the draft. */
export function isStale(request: ReviewRequest, agent: AgentHead): boolean {
  if (!isOpen(request)) return false;
  return !!agent.latestVersionId && agent.latestVersionId !== request.versionId;
}

/** The request the panel shows for an agent: the newest one (open or decided). */
export function currentRequest(fold: ReviewFold, agentId: string): ReviewRequest | undefined {
  const mine = fold.requests.filter((request) => request.agentId === agentId);
  return mine[mine.length - 1];
}

export type DecisionBlock =
  'not-open' | 'self-approval' | 'stale' | 'unresolved-checks' | 'missing-permission';

export interface DecisionInput {
  request: ReviewRequest | undefined;
  agent: AgentHead;
  userId: string | undefined;
  canPublish: boolean;
  unresolvedChecks: number;
  separationOfDuties?: boolean | undefined;
}

/** Why the current user may not approve (first reason wins), or `null` when they may. */
export function approveBlock(input: DecisionInput): DecisionBlock | null {
  const { request } = input;
  if (!request || request.status !== 'pending') return 'not-open';
  if ((input.separationOfDuties ?? true) && input.userId === request.requester.id) return 'self-approval';
  if (!input.canPublish) return 'missing-permission';
  if (isStale(request, input.agent)) return 'stale';
  if (input.unresolvedChecks > 0) return 'unresolved-checks';
  return null;
}

/** Why the current user may not request changes, or `null`. */
export function requestChangesBlock(input: Omit<DecisionInput, 'unresolvedChecks'>): DecisionBlock | null {
  const { request } = input;
  if (!request || request.status !== 'pending') return 'not-open';
  if ((input.separationOfDuties ?? true) && input.userId === request.requester.id) return 'self-approval';
  if (!input.canPublish) return 'missing-permission';
  return null;
}

/** One row of the exported audit trail. */
export interface AuditRow {
  at: string;
  actor: string;
  actorVerified: boolean;
  event: ReviewEventType;
  agentId: string;
  requestId: string;
  versionId: string;
  versionNumber: string;
  note: string;
  checks: string;
  ignored: string;
}

export function auditRows(events: readonly ReviewEvent[]): AuditRow[] {
  return events.map((event) => ({
    at: event.recordedAt.toISOString(),
    actor: event.actor.id,
    actorVerified: event.actor.verified,
    event: event.type,
    agentId: event.agentId,
    requestId: event.requestId ?? '',
    versionId: event.versionId,
    versionNumber: event.versionNumber === undefined ? '' : String(event.versionNumber),
    note: event.note ?? '',
    checks: (event.checks ?? []).join(' '),
    ignored: event.ignored ?? '',
  }));
}

export function auditJson(events: readonly ReviewEvent[]): string {
  return `${JSON.stringify(auditRows(events), null, 2)}\n`;
}

const CSV_COLUMNS: (keyof AuditRow)[] = [
  'at',
  'actor',
  'actorVerified',
  'event',
  'agentId',
  'requestId',
  'versionId',
  'versionNumber',
  'note',
  'checks',
  'ignored',
];

function csvCell(value: string | boolean): string {
  let text = String(value);
  // A leading =, +, - or @ makes spreadsheets evaluate the cell; a quote prefix keeps notes inert text.
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 CSV with a header row; CRLF line ends. */
export function auditCsv(events: readonly ReviewEvent[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const row of auditRows(events))
    lines.push(CSV_COLUMNS.map((column) => csvCell(row[column])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

export type QueueFilter = 'all' | 'mine' | 'to-review' | 'high-risk';

/** Every queue filter, in the order the queue offers them. */
export const QUEUE_FILTERS: readonly QueueFilter[] = ['all', 'to-review', 'mine', 'high-risk'];

export interface QueueEntry {
  request: ReviewRequest;
  stale: boolean;
  drift: DriftState;
  highRisk: boolean;
  agentName?: string | undefined;
}

export interface QueueSummary {
  entries: QueueEntry[];
  counts: Record<'pending' | 'changes-requested' | 'approved' | 'stale' | 'unreviewed', number>;
}

/**
 * The queue: each agent's newest request that is pending, changes-requested, approved or published (withdrawn
 * and superseded ones drop out), filtered. `to-review` = pending requests the user did not make.
 */
export function queueOf(
  fold: ReviewFold,
  agents: ReadonlyMap<string, AgentHead & { name?: string | undefined; highRisk?: boolean | undefined }>,
  userId: string | undefined,
  filter: QueueFilter = 'all',
): QueueSummary {
  const newest = new Map<string, ReviewRequest>();
  for (const request of fold.requests) {
    if (request.status === 'withdrawn' || request.status === 'superseded') continue;
    newest.set(request.agentId, request);
  }
  const all: QueueEntry[] = [];
  for (const request of newest.values()) {
    const agent = agents.get(request.agentId) ?? { id: request.agentId };
    all.push({
      request,
      stale: isStale(request, agent),
      drift: driftOf(agent, fold),
      highRisk: !!agent.highRisk || request.risk === 'high',
      agentName: agent.name,
    });
  }
  const counts = { pending: 0, 'changes-requested': 0, approved: 0, stale: 0, unreviewed: 0 };
  for (const entry of all) {
    if (entry.stale) counts.stale++;
    else if (entry.request.status === 'pending') counts.pending++;
    else if (entry.request.status === 'changes-requested') counts['changes-requested']++;
    else counts.approved++;
    if (entry.drift === 'unreviewed') counts.unreviewed++;
  }
  const entries = all
    .filter((entry) => {
      if (filter === 'mine') return entry.request.requester.id === userId;
      if (filter === 'to-review')
        return entry.request.status === 'pending' && entry.request.requester.id !== userId;
      if (filter === 'high-risk') return entry.highRisk;
      return true;
    })
    .sort((a, b) => b.request.requestedAt.getTime() - a.request.requestedAt.getTime());
  return { entries, counts };
}
