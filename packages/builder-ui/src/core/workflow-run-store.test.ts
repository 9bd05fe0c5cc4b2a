import { describe, expect, it } from 'vitest';
import { createWorkflowRunStore, type RunEventInput } from './workflow-run-store.js';

const ev = (type: string, payload: Record<string, unknown> = {}): RunEventInput => ({ type, payload });

describe('workflow run store', () => {
  it('applies a resumed run to the end: suspended step succeeds, next step runs, run finishes', () => {
    const store = createWorkflowRunStore();
    store.load({
      runId: 'r1',
      status: 'suspended',
      steps: { 'request-approval': { status: 'suspended', suspendPayload: { reason: 'approve' } } },
    });
    store.apply(ev('workflow-step-start', { id: 'request-approval', stepCallId: 'c1', status: 'running' }));
    expect(store.getSnapshot().run?.status).toBe('running');
    store.apply(
      ev('workflow-step-result', {
        id: 'request-approval',
        stepCallId: 'c1',
        status: 'success',
        output: { approved: true },
      }),
    );
    store.apply(ev('workflow-step-start', { id: 'send-welcome', stepCallId: 'c2' }));
    store.apply(ev('workflow-step-result', { id: 'send-welcome', stepCallId: 'c2', status: 'success' }));
    store.apply(
      ev('workflow-finish', { workflowStatus: 'success', finalWorkflowResult: { status: 'onboarded' } }),
    );
    const run = store.getSnapshot().run;
    expect(run?.status).toBe('success');
    expect(run?.steps['request-approval']).toMatchObject({
      status: 'success',
      output: { approved: true },
      suspendPayload: { reason: 'approve' },
    });
    expect(run?.steps['send-welcome']?.status).toBe('success');
    expect(run?.result).toEqual({ status: 'onboarded' });
  });

  it('a record replayed after a reconnect is applied and listed once; none is lost', () => {
    const store = createWorkflowRunStore();
    store.load({ runId: 'r1', status: 'running' });
    const records = [
      ev('workflow-step-start', { id: 'a', stepCallId: '1' }),
      ev('workflow-step-result', { id: 'a', stepCallId: '1', status: 'success' }),
    ];
    // First connection delivers both, the replay from an earlier offset delivers the second again plus a new one.
    for (const r of records) store.apply(r);
    expect(store.apply(records[1]!)).toBe(false);
    expect(store.apply(ev('workflow-step-start', { id: 'b', stepCallId: '2' }))).toBe(true);
    expect(store.getSnapshot().events.map((e) => `${e.type}:${e.stepId}`)).toEqual([
      'workflow-step-start:a',
      'workflow-step-result:a',
      'workflow-step-start:b',
    ]);
    expect(store.getSnapshot().run?.steps['b']?.status).toBe('running');
  });

  it('suspension, waiting, cancel and unknown records', () => {
    const store = createWorkflowRunStore();
    store.load({ runId: 'r', status: 'running' });
    store.apply(ev('workflow-step-suspended', { id: 's', suspendPayload: { why: 'x' } }));
    expect(store.getSnapshot().run?.steps['s']).toMatchObject({
      status: 'suspended',
      suspendPayload: { why: 'x' },
    });
    store.apply(ev('workflow-step-waiting', { id: 'w' }));
    expect(store.getSnapshot().run?.steps['w']?.status).toBe('waiting');
    store.apply({ type: 'unknown', originalType: 'workflow-canceled', payload: {} });
    expect(store.getSnapshot().run?.status).toBe('canceled');
  });

  it('reloading the same run keeps the record memory; another run starts afresh', () => {
    const store = createWorkflowRunStore();
    store.load({ runId: 'r', status: 'running' });
    const start = ev('workflow-step-start', { id: 'a', stepCallId: '1' });
    store.apply(start);
    store.load({ runId: 'r', status: 'running', steps: { a: { status: 'running' } } });
    expect(store.apply(start)).toBe(false);
    expect(store.getSnapshot().events).toHaveLength(1);
    store.load({ runId: 'other', status: 'running' });
    expect(store.getSnapshot().events).toEqual([]);
    expect(store.apply(start)).toBe(true);
  });
});
