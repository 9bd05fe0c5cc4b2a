import { describe, expect, it } from 'vitest';
import {
  approveBlock,
  auditCsv,
  auditJson,
  currentRequest,
  driftOf,
  foldReviews,
  isStale,
  queueOf,
  requestChangesBlock,
  REVIEW_EVENT_SCHEMA,
  type ReviewEvent,
  type ReviewEventType,
} from './review-state.js';

let seq = 0;
function ev(type: ReviewEventType, actor: string, extra: Partial<ReviewEvent> = {}): ReviewEvent {
  seq += 1;
  return {
    schema: REVIEW_EVENT_SCHEMA,
    id: extra.id ?? `e${seq}`,
    type,
    agentId: 'agent-a',
    versionId: 'v3',
    requestId: type === 'requested' ? undefined : 'req-1',
    at: '',
    actor: { id: actor, verified: true },
    recordedAt: new Date(Date.UTC(2026, 0, 1, 0, 0, seq)),
    seq,
    ...extra,
  };
}
const request = (actor = 'u-builder', extra: Partial<ReviewEvent> = {}) =>
  ev('requested', actor, { id: 'req-1', note: 'Adds refunds', ...extra });

const head = { id: 'agent-a', latestVersionId: 'v3', activeVersionId: 'v2' };

describe('foldReviews', () => {
  it('takes a request through acknowledgment, approval and publish', () => {
    const fold = foldReviews([
      request(),
      ev('commented', 'u-reviewer', { note: 'Why refunds?' }),
      ev('acknowledged', 'u-reviewer', { checks: ['high-risk-added:tool:refund-issue-tool'] }),
      ev('approved', 'u-reviewer'),
      ev('published', 'u-reviewer'),
    ]);
    const [req] = fold.requests;
    expect(req?.status).toBe('published');
    expect(req?.acknowledged).toEqual(['high-risk-added:tool:refund-issue-tool']);
    expect(req?.comments.map((c) => c.note)).toEqual(['Why refunds?']);
    expect(req?.decision?.actor.id).toBe('u-reviewer');
    expect(fold.events.every((e) => !e.ignored)).toBe(true);
  });

  it('refuses self-approval and self-acknowledgment under separation of duties', () => {
    const fold = foldReviews([
      request(),
      ev('acknowledged', 'u-builder', { checks: ['x'] }),
      ev('approved', 'u-builder'),
    ]);
    expect(fold.requests[0]?.status).toBe('pending');
    expect(fold.requests[0]?.acknowledged).toEqual([]);
    expect(fold.events.map((e) => e.ignored)).toEqual([undefined, 'self-approval', 'self-approval']);
  });

  it('lets the author approve their own request when the host turns separation of duties off', () => {
    const fold = foldReviews([request(), ev('approved', 'u-builder')], { separationOfDuties: false });
    expect(fold.requests[0]?.status).toBe('approved');
  });

  it('lets only the author withdraw, and nothing decides a withdrawn request', () => {
    const fold = foldReviews([
      request(),
      ev('withdrawn', 'u-reviewer'),
      ev('withdrawn', 'u-builder'),
      ev('approved', 'u-reviewer'),
    ]);
    expect(fold.requests[0]?.status).toBe('withdrawn');
    expect(fold.events.map((e) => e.ignored)).toEqual([undefined, 'not-requester', undefined, 'not-open']);
  });

  it('keeps the first of two concurrent decisions and marks the second', () => {
    // Two reviewers decided at the same moment; the ledger order (seq) decides, whatever order they arrive in.
    const approve = ev('approved', 'u-reviewer');
    const reject = ev('changes-requested', 'u-admin', { note: 'No refunds' });
    const fold = foldReviews([reject, approve, request({ seq: 0 } as never) && { ...request(), seq: 0 }]);
    expect(fold.requests[0]?.status).toBe('approved');
    expect(fold.events.find((e) => e.id === reject.id)?.ignored).toBe('already-decided');
  });

  it('counts a duplicated event (a retried write) once', () => {
    const approve = ev('approved', 'u-reviewer');
    const fold = foldReviews([request(), approve, { ...approve, seq: approve.seq + 5 }]);
    expect(fold.events).toHaveLength(2);
  });

  it('supersedes an open request when the author asks again, and ignores events for unknown requests', () => {
    const fold = foldReviews([
      request(),
      ev('requested', 'u-builder', { id: 'req-2', versionId: 'v4' }),
      ev('approved', 'u-reviewer', { requestId: 'req-1' }),
      ev('approved', 'u-reviewer', { requestId: 'nope' }),
    ]);
    expect(fold.requests.map((r) => r.status)).toEqual(['superseded', 'pending']);
    expect(fold.events.map((e) => e.ignored)).toEqual([undefined, undefined, 'not-open', 'unknown-request']);
    expect(currentRequest(fold, 'agent-a')?.id).toBe('req-2');
  });

  it('records publishing only after an approval', () => {
    const fold = foldReviews([request(), ev('published', 'u-reviewer')]);
    expect(fold.events[1]?.ignored).toBe('not-approved');
  });
});

describe('stale, drift and decisions', () => {
  it('marks an open request stale when a newer version exists', () => {
    const fold = foldReviews([request()]);
    const req = fold.requests[0]!;
    expect(isStale(req, head)).toBe(false);
    expect(isStale(req, { ...head, latestVersionId: 'v4' })).toBe(true);
    expect(
      approveBlock({
        request: req,
        agent: { ...head, latestVersionId: 'v4' },
        userId: 'u-reviewer',
        canPublish: true,
        unresolvedChecks: 0,
      }),
    ).toBe('stale');
  });

  it('explains why the user may not approve, first reason first', () => {
    const req = foldReviews([request()]).requests[0]!;
    const base = { request: req, agent: head, userId: 'u-reviewer', canPublish: true, unresolvedChecks: 0 };
    expect(approveBlock(base)).toBeNull();
    expect(approveBlock({ ...base, userId: 'u-builder' })).toBe('self-approval');
    expect(approveBlock({ ...base, canPublish: false })).toBe('missing-permission');
    expect(approveBlock({ ...base, unresolvedChecks: 1 })).toBe('unresolved-checks');
    expect(approveBlock({ ...base, request: undefined })).toBe('not-open');
    expect(requestChangesBlock({ ...base, userId: 'u-builder' })).toBe('self-approval');
  });

  it('calls a live version reviewed only when exactly that version was approved', () => {
    const fold = foldReviews([request(), ev('approved', 'u-reviewer'), ev('published', 'u-reviewer')]);
    expect(driftOf({ id: 'agent-a', activeVersionId: 'v3' }, fold)).toBe('reviewed');
    expect(driftOf({ id: 'agent-a', activeVersionId: 'v4' }, fold)).toBe('unreviewed');
    expect(driftOf({ id: 'agent-a', activeVersionId: null }, fold)).toBe('unpublished');
    const direct = foldReviews([
      ev('direct-published', 'u-admin', { versionId: 'v1', requestId: undefined }),
    ]);
    expect(driftOf({ id: 'agent-a', activeVersionId: 'v1' }, direct)).toBe('direct');
  });
});

describe('audit export and queue', () => {
  it('exports the trail as JSON and as CSV that a spreadsheet cannot execute', () => {
    const fold = foldReviews([
      request('u-builder', { note: '=HYPERLINK("x"), "quoted"\nline' }),
      ev('approved', 'u-builder'),
    ]);
    const json = JSON.parse(auditJson(fold.events)) as { event: string; ignored: string }[];
    expect(json.map((row) => [row.event, row.ignored])).toEqual([
      ['requested', ''],
      ['approved', 'self-approval'],
    ]);
    const csv = auditCsv(fold.events).split('\r\n');
    expect(csv[0]).toBe(
      'at,actor,actorVerified,event,agentId,requestId,versionId,versionNumber,note,checks,ignored',
    );
    expect(csv[1]).toContain(`"'=HYPERLINK(""x""), ""quoted""\nline"`);
  });

  it('counts and filters the queue', () => {
    const fold = foldReviews([
      request(),
      ev('requested', 'u-other', { id: 'req-b', agentId: 'agent-b', versionId: 'b1' }),
    ]);
    const agents = new Map([
      ['agent-a', { ...head, name: 'A', highRisk: true }],
      ['agent-b', { id: 'agent-b', latestVersionId: 'b2', activeVersionId: 'b0' }],
    ]);
    const all = queueOf(fold, agents, 'u-builder');
    expect(all.counts).toEqual({ pending: 1, 'changes-requested': 0, approved: 0, stale: 1, unreviewed: 2 });
    expect(queueOf(fold, agents, 'u-builder', 'mine').entries.map((e) => e.request.id)).toEqual(['req-1']);
    expect(queueOf(fold, agents, 'u-builder', 'to-review').entries.map((e) => e.request.id)).toEqual([
      'req-b',
    ]);
    expect(queueOf(fold, agents, 'u-builder', 'high-risk').entries.map((e) => e.request.id)).toEqual([
      'req-1',
    ]);
  });
});
