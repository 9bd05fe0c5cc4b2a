import { describe, expect, it } from 'vitest';
import type { DatasetItem } from '@paddock/client-sdk';
import { eventsFromItems, payloadOf } from './review-ledger.js';
import { REVIEW_EVENT_SCHEMA } from './review-state.js';

const at = (minute: number) => new Date(Date.UTC(2026, 0, 5, 9, minute));

function item(input: unknown, extra: Partial<DatasetItem> = {}): DatasetItem {
  return {
    id: `i-${Math.random()}`,
    datasetId: 'd1',
    datasetVersion: 1,
    input,
    requestContext: { user: { id: 'u-builder', name: 'Bea Builder' } },
    createdAt: at(0),
    updatedAt: at(0),
    ...extra,
  };
}

const payload = (extra: Record<string, unknown> = {}) => ({
  schema: REVIEW_EVENT_SCHEMA,
  id: 'rev-1',
  type: 'requested',
  agentId: 'a',
  versionId: 'v2',
  at: '',
  ...extra,
});

describe('review ledger items', () => {
  it('skips items that are not review events or are malformed, instead of failing the trail', () => {
    expect(payloadOf(null)).toBeUndefined();
    expect(payloadOf({ ...payload(), schema: 'other' })).toBeUndefined();
    expect(payloadOf({ ...payload(), type: 'deleted' })).toBeUndefined();
    expect(payloadOf({ ...payload(), versionId: 3 })).toBeUndefined();
    expect(payloadOf({ ...payload(), risk: 'extreme', checks: ['a', 1] })).toMatchObject({
      risk: undefined,
      checks: ['a'],
    });
  });

  it('takes the writer from the server stamp over the claimed actor, and marks unstamped ones unverified', () => {
    const [stamped, unstamped] = eventsFromItems([
      item(payload({ actorId: 'u-reviewer' })),
      item(payload({ id: 'rev-2', actorId: 'u-x', actorName: 'X' }), {
        requestContext: null,
        createdAt: at(1),
      }),
    ]);
    expect(stamped?.actor).toEqual({ id: 'u-builder', name: 'Bea Builder', verified: true });
    expect(unstamped?.actor).toEqual({ id: 'u-x', name: 'X', verified: false });
  });

  it('orders by server time then append counter, and flags edited items', () => {
    const events = eventsFromItems([
      item(payload({ id: 'late' }), { createdAt: at(5), updatedAt: at(5) }),
      item(payload({ id: 'second' }), { createdAt: at(1), datasetVersion: 3, updatedAt: at(9) }),
      item(payload({ id: 'first' }), { createdAt: at(1), updatedAt: at(1), datasetVersion: 2 }),
      item({ unrelated: true }, { createdAt: at(0) }),
    ]);
    expect(events.map((e) => e.id)).toEqual(['first', 'second', 'late']);
    expect(events.map((e) => e.edited)).toEqual(
      [true, true, undefined].map((_, i) => (i === 1 ? true : undefined)),
    );
    expect(events[0]!.seq).toBeLessThan(events[1]!.seq);
  });
});
