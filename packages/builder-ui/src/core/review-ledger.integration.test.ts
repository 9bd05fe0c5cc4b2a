/**
 * Where review state lives, checked against the real playground server: writing review events never creates a
 * version of the candidate or changes it, the writer is attested by the server, concurrent writes all land,
 * retries are not doubled, and the reviewer role can read a private draft but not change it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MastraClient, NotFoundError, PermissionDeniedError } from '@paddock/client-sdk';
import { startTestServer, type Role, type TestServer } from '@paddock/playground-server/testing';
import { ReviewLedger, newEventId } from './review-ledger.js';
import { foldReviews, REVIEW_EVENT_SCHEMA, type ReviewEventPayload } from './review-state.js';

let server: TestServer;
const client = (role: Role) =>
  new MastraClient({ baseUrl: server.baseUrl, headers: { authorization: `Bearer ${server.tokens[role]}` } });

beforeAll(async () => {
  server = await startTestServer({ seed: false });
});
afterAll(async () => {
  await server?.stop();
});

function payload(extra: Partial<ReviewEventPayload> & Pick<ReviewEventPayload, 'type' | 'versionId'>) {
  return {
    schema: REVIEW_EVENT_SCHEMA,
    id: newEventId(),
    agentId: 'ledger-probe',
    at: new Date().toISOString(),
    ...extra,
  } as ReviewEventPayload;
}

describe('the review ledger on a real Mastra server', () => {
  it('records a review without creating a version of the candidate or changing it', async () => {
    const builder = client('builder');
    await builder.storedAgents.create({
      id: 'ledger-probe',
      name: 'Ledger probe',
      instructions: 'v1',
      visibility: 'private',
      autoPublish: false,
    });
    await builder.storedAgents.update('ledger-probe', {
      instructions: 'v2 adds refunds',
      changeMessage: 'v2',
      autoPublish: false,
    });
    const before = await builder.storedAgents.retrieve('ledger-probe', { status: 'draft' });
    const versionsBefore = await builder.storedAgents.versions.list('ledger-probe');
    const candidate = versionsBefore.versions.find((v) => v.versionNumber === 2)!;

    const builderLedger = new ReviewLedger(builder);
    const reviewerLedger = new ReviewLedger(client('reviewer'));
    const requestId = newEventId();
    await builderLedger.append(
      payload({ id: requestId, type: 'requested', versionId: candidate.id, note: 'Please review' }),
    );
    await reviewerLedger.append(
      payload({ type: 'commented', requestId, versionId: candidate.id, note: 'ok' }),
    );

    const after = await builder.storedAgents.retrieve('ledger-probe', { status: 'draft' });
    const versionsAfter = await builder.storedAgents.versions.list('ledger-probe');
    expect(versionsAfter.total).toBe(versionsBefore.total);
    expect(after.resolvedVersionId).toBe(before.resolvedVersionId);
    expect(after.activeVersionId ?? null).toBe(before.activeVersionId ?? null);
    expect(after.updatedAt.getTime()).toBe(before.updatedAt.getTime());
    expect(after.metadata ?? {}).toEqual(before.metadata ?? {});

    const events = await new ReviewLedger(client('viewer')).listEvents();
    const mine = events.filter((e) => e.agentId === 'ledger-probe');
    expect(mine.map((e) => [e.type, e.actor.id, e.actor.verified])).toEqual([
      ['requested', 'u-builder', true],
      ['commented', 'u-reviewer', true],
    ]);
  });

  it('takes the writer from the server, not from what the client claims', async () => {
    const ledger = new ReviewLedger(client('builder'));
    await ledger.append(
      payload({ type: 'requested', versionId: 'x', agentId: 'forgery-probe', actorId: 'u-reviewer' }),
    );
    const events = await ledger.listEvents();
    const forged = events.find((e) => e.agentId === 'forgery-probe');
    expect(forged?.actor).toMatchObject({ id: 'u-builder', verified: true });
  });

  it('keeps every one of many concurrent writes, and a retried write once', async () => {
    const ledgers = (['builder', 'reviewer', 'admin', 'owner'] as const).map(
      (role) => new ReviewLedger(client(role)),
    );
    const writes = ledgers.flatMap((ledger, i) =>
      Array.from({ length: 3 }, (_, j) =>
        ledger.append(
          payload({ type: 'commented', agentId: 'concurrency-probe', versionId: 'v', note: `${i}-${j}` }),
        ),
      ),
    );
    await Promise.all(writes);
    const retried = payload({
      type: 'commented',
      agentId: 'concurrency-probe',
      versionId: 'v',
      note: 'retry',
    });
    await ledgers[0]!.append(retried);
    await ledgers[0]!.append(retried);
    const events = (await ledgers[1]!.listEvents()).filter((e) => e.agentId === 'concurrency-probe');
    expect(events).toHaveLength(13);
    expect(new Set(events.map((e) => e.note)).size).toBe(13);
    expect(foldReviews(events).events.filter((e) => e.id === retried.id)).toHaveLength(1);
  });

  it('refuses ledger writes without datasets:write (viewer) with a 403', async () => {
    await expect(
      new ReviewLedger(client('viewer')).append(payload({ type: 'commented', versionId: 'v' })),
    ).rejects.toBeInstanceOf(PermissionDeniedError);
  });

  it('lets a reviewer read a private draft once it is submitted for review, and never change it', async () => {
    const reviewer = client('reviewer');
    // ledger-probe was submitted in the first test.
    const draft = await reviewer.storedAgents.retrieve('ledger-probe', { status: 'draft' });
    expect(draft.visibility).toBe('private');
    await expect(
      reviewer.storedAgents.update('ledger-probe', { instructions: 'hijack', autoPublish: false }),
    ).rejects.toBeInstanceOf(NotFoundError);

    const owner = client('owner');
    const created = await owner.storedAgents.create({
      id: 'owner-private',
      name: 'Owner private',
      instructions: 'secret',
      visibility: 'private',
      autoPublish: false,
    });
    await expect(reviewer.storedAgents.retrieve('owner-private', { status: 'draft' })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await new ReviewLedger(owner).append(
      payload({ type: 'requested', agentId: 'owner-private', versionId: created.resolvedVersionId ?? 'v1' }),
    );
    await expect(reviewer.storedAgents.retrieve('owner-private', { status: 'draft' })).resolves.toMatchObject(
      {
        id: 'owner-private',
      },
    );
    // A builder (no publish right) still cannot see it.
    await expect(client('builder').storedAgents.retrieve('owner-private')).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });
});
