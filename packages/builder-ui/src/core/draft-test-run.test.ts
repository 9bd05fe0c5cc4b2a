import { describe, expect, it, vi } from 'vitest';
import {
  classifyRunError,
  createTestRunStore,
  createTraceId,
  type TestRunRequest,
  type TestRunTransport,
  type ToolDecisionRequest,
} from './draft-test-run.js';

/**
 * An SDK error as any copy of the SDK makes it: recognised by its `kind` and `retryable` alone (duck typing),
 * never by class name.
 */
function sdkError(kind: string, message = 'x', extra: Record<string, unknown> = {}) {
  const retryable = ['connection', 'timeout', 'rate-limit', 'server'].includes(kind);
  return Object.assign(new Error(message), { kind, retryable, ...extra });
}

async function* chunks(...items: unknown[]) {
  for (const item of items) yield item;
}

const RUN = 'run-abc';
const toolCall = [
  { type: 'start', runId: RUN, payload: {} },
  {
    type: 'tool-call',
    runId: RUN,
    payload: { toolCallId: 't1', toolName: 'crm-lookup-tool', args: { customerId: 'C-1001' } },
  },
  {
    type: 'tool-result',
    runId: RUN,
    payload: { toolCallId: 't1', toolName: 'crm-lookup-tool', result: { found: true, name: 'Ada' } },
  },
  { type: 'text-delta', runId: RUN, payload: { id: 'x', text: 'Found ' } },
  { type: 'text-delta', runId: RUN, payload: { id: 'x', text: 'Ada.' } },
  {
    type: 'finish',
    runId: RUN,
    payload: { response: { uiMessages: [{ metadata: { traceId: 'server-trace' } }] } },
  },
];

function transport(overrides: Partial<TestRunTransport> = {}): TestRunTransport & {
  streamCalls: TestRunRequest[];
  decisions: ToolDecisionRequest[];
} {
  const streamCalls: TestRunRequest[] = [];
  const decisions: ToolDecisionRequest[] = [];
  return {
    streamCalls,
    decisions,
    stream: (request) => {
      streamCalls.push(request);
      return chunks(...toolCall);
    },
    approveToolCall: (request) => {
      decisions.push(request);
      return chunks(
        {
          type: 'tool-result',
          runId: RUN,
          payload: { toolCallId: 'r1', toolName: 'refund-issue-tool', result: { refunded: true } },
        },
        { type: 'text-delta', runId: RUN, payload: { text: 'Refunded.' } },
      );
    },
    declineToolCall: (request) => {
      decisions.push(request);
      return chunks({ type: 'text-delta', runId: RUN, payload: { text: 'Not refunded.' } });
    },
    ...overrides,
  };
}

describe('test runs', () => {
  it('streams text and tool calls with arguments and results into the transcript', async () => {
    const t = transport();
    const store = createTestRunStore(t, { createTraceId: () => 'client-trace' });
    const seen: number[] = [];
    store.subscribe(() => seen.push(store.getSnapshot().runs[0]?.parts.length ?? 0));
    await store.send('Look up C-1001', { agentId: 'bot', versionId: 'v2' });
    expect(t.streamCalls[0]).toMatchObject({
      agentId: 'bot',
      versionId: 'v2',
      traceId: 'client-trace',
      messages: [{ role: 'user', content: 'Look up C-1001' }],
    });
    const run = store.getSnapshot().runs[0]!;
    expect(run).toMatchObject({ runId: RUN, status: 'done', traceId: 'server-trace', error: null });
    expect(run.parts).toEqual([
      {
        type: 'tool-call',
        call: {
          toolCallId: 't1',
          toolName: 'crm-lookup-tool',
          args: { customerId: 'C-1001' },
          result: { found: true, name: 'Ada' },
          error: undefined,
          status: 'success',
        },
      },
      { type: 'text', text: 'Found Ada.' },
    ]);
    // Text arrived in pieces, not all at once at the end.
    expect(new Set(seen).size).toBeGreaterThan(2);
    expect(store.getSnapshot().busy).toBe(false);
  });

  it('sends earlier turns of the same version as history', async () => {
    const t = transport();
    const store = createTestRunStore(t);
    await store.send('first', { agentId: 'bot', versionId: 'v2' });
    await store.send('second', { agentId: 'bot', versionId: 'v2' });
    expect(t.streamCalls[1]!.messages).toEqual([
      { role: 'user', content: 'first' },
      { role: 'assistant', content: 'Found Ada.' },
      { role: 'user', content: 'second' },
    ]);
    await store.send('third', { agentId: 'bot', versionId: 'v3' });
    expect(t.streamCalls[2]!.messages).toEqual([{ role: 'user', content: 'third' }]);
  });

  it('pauses on a tool-approval prompt and continues after approve or decline', async () => {
    const approval = [
      { type: 'start', runId: RUN, payload: {} },
      {
        type: 'tool-call-approval',
        runId: RUN,
        payload: {
          toolCallId: 'r1',
          toolName: 'refund-issue-tool',
          args: { amount: 40 },
          resumeSchema: '{}',
        },
      },
    ];
    const t = transport({ stream: () => chunks(...approval) });
    const store = createTestRunStore(t);
    await store.send('refund 40', { agentId: 'bot', versionId: 'v2' });
    let run = store.getSnapshot().runs[0]!;
    expect(run.status).toBe('awaiting-approval');
    expect(store.getSnapshot().busy).toBe(true);
    expect(run.parts[0]).toMatchObject({ call: { status: 'awaiting-approval', args: { amount: 40 } } });
    await store.approve(run.id, 'r1');
    expect(t.decisions[0]).toMatchObject({ agentId: 'bot', versionId: 'v2', runId: RUN, toolCallId: 'r1' });
    run = store.getSnapshot().runs[0]!;
    expect(run.status).toBe('done');
    expect(run.parts).toMatchObject([
      { type: 'tool-call', call: { status: 'success', result: { refunded: true } } },
      { type: 'text', text: 'Refunded.' },
    ]);
  });

  it('marks a declined call and keeps the model answer', async () => {
    const t = transport({
      stream: () =>
        chunks({
          type: 'tool-call-approval',
          runId: RUN,
          payload: { toolCallId: 'r1', toolName: 'refund-issue-tool', args: {} },
        }),
    });
    const store = createTestRunStore(t);
    await store.send('refund', { agentId: 'bot', versionId: null });
    await store.decline(store.getSnapshot().runs[0]!.id, 'r1');
    expect(store.getSnapshot().runs[0]!.parts).toMatchObject([
      { call: { status: 'declined' } },
      { type: 'text', text: 'Not refunded.' },
    ]);
  });

  it('turns error chunks, tool errors and thrown errors into typed messages', async () => {
    const store = createTestRunStore(
      transport({
        stream: () =>
          chunks(
            {
              type: 'tool-error',
              runId: RUN,
              payload: { toolCallId: 'x', toolName: 'slack-notify-tool', error: { message: 'bad channel' } },
            },
            { type: 'error', runId: RUN, payload: { error: { message: 'MOCK: simulated failure' } } },
          ),
      }),
    );
    await store.send('[fail]', { agentId: 'bot', versionId: null });
    expect(store.getSnapshot().runs[0]).toMatchObject({
      status: 'error',
      error: { kind: 'model', message: 'MOCK: simulated failure' },
      parts: [{ call: { status: 'error', error: 'bad channel' } }],
    });

    const denied = createTestRunStore(
      transport({
        stream: () => {
          throw sdkError('permission', 'Missing required permission: agents:execute', { status: 403 });
        },
      }),
    );
    await denied.send('hi', { agentId: 'bot', versionId: null });
    expect(denied.getSnapshot().runs[0]!.error).toEqual({
      kind: 'permission',
      message: 'Missing required permission: agents:execute',
    });
  });

  it('reports each failed request once through onError, but not a stop the user asked for', async () => {
    const onError = vi.fn();
    const refused = sdkError('server', 'Internal error', { status: 500 });
    const approvalThenFail = transport({
      stream: () =>
        chunks({
          type: 'tool-call-approval',
          runId: RUN,
          payload: { toolCallId: 'r1', toolName: 'refund-issue-tool', args: {} },
        }),
      approveToolCall: () => {
        throw refused;
      },
    });
    const store = createTestRunStore(approvalThenFail, { onError });
    await store.send('refund', { agentId: 'bot', versionId: 'v2' });
    expect(onError).not.toHaveBeenCalled();
    await store.approve(store.getSnapshot().runs[0]!.id, 'r1');
    expect(onError).toHaveBeenCalledTimes(1);
    expect(onError).toHaveBeenCalledWith(refused, { operation: 'approve', agentId: 'bot' });

    const failingStream = new Error('stream broke');
    const broken = createTestRunStore(
      transport({
        // Fails mid-stream, after a first chunk arrived.
        stream: async function* () {
          yield { type: 'text-delta', runId: RUN, payload: { text: 'Hel' } };
          throw failingStream;
        },
      }),
      { onError },
    );
    await broken.send('hi', { agentId: 'bot', versionId: null });
    expect(onError).toHaveBeenCalledTimes(2);
    expect(onError).toHaveBeenLastCalledWith(failingStream, { operation: 'stream', agentId: 'bot' });

    const stopped = createTestRunStore(
      transport({
        stream: () => {
          throw Object.assign(new Error('aborted'), { name: 'AbortError' });
        },
      }),
      { onError },
    );
    await stopped.send('hi', { agentId: 'bot', versionId: null });
    expect(stopped.getSnapshot().runs[0]!.status).toBe('aborted');
    expect(onError).toHaveBeenCalledTimes(2);
  });

  it('carries a tripwire as kind blocked with the server reason only, never a kit-made sentence', async () => {
    const run = async (...items: unknown[]) => {
      const store = createTestRunStore(transport({ stream: () => chunks(...items) }));
      await store.send('hi', { agentId: 'bot', versionId: null });
      return store.getSnapshot().runs[0]!;
    };
    expect((await run({ type: 'tripwire', runId: RUN, payload: { reason: 'PII detected' } })).error).toEqual({
      kind: 'blocked',
      message: 'PII detected',
    });
    // No reason from the server: the panel chooses its own (translatable) sentence by kind.
    expect((await run({ type: 'tripwire', runId: RUN, payload: {} })).error).toEqual({
      kind: 'blocked',
      message: '',
    });
    expect(await run({ type: 'abort', runId: RUN, payload: {} })).toMatchObject({
      status: 'aborted',
      error: { kind: 'aborted', message: '' },
    });
  });

  it('ignores empty prompts and a second prompt while busy', async () => {
    const stream = vi.fn(() =>
      chunks({ type: 'tool-call-approval', runId: RUN, payload: { toolCallId: 'a' } }),
    );
    const store = createTestRunStore(transport({ stream }));
    await store.send('  ', { agentId: 'bot', versionId: null });
    await store.send('one', { agentId: 'bot', versionId: null });
    await store.send('two', { agentId: 'bot', versionId: null });
    expect(stream).toHaveBeenCalledTimes(1);
    store.reset();
    expect(store.getSnapshot()).toEqual({ runs: [], busy: false, threadId: null });
  });
});

describe('test runs on agents with memory', () => {
  it('sends one thread per conversation owned by the user, and only the new prompt (the thread holds the history)', async () => {
    const t = transport();
    let n = 0;
    const store = createTestRunStore(t, { createThreadId: () => `thread-${++n}` });
    const target = { agentId: 'a', versionId: 'v1', memory: { resource: 'user-1' } };
    await store.send('First', target);
    await store.send('Second', target);
    expect(t.streamCalls.map((call) => call.memory)).toEqual([
      { thread: 'thread-1', resource: 'user-1' },
      { thread: 'thread-1', resource: 'user-1' },
    ]);
    expect(t.streamCalls[1]!.messages).toEqual([{ role: 'user', content: 'Second' }]);
    expect(store.getSnapshot().threadId).toBe('thread-1');
  });

  it('starts a new thread after "Clear conversation" and when the draft version changes', async () => {
    const t = transport();
    let n = 0;
    const store = createTestRunStore(t, { createThreadId: () => `thread-${++n}` });
    await store.send('One', { agentId: 'a', versionId: 'v1', memory: { resource: 'u' } });
    store.reset();
    expect(store.getSnapshot().threadId).toBeNull();
    await store.send('Two', { agentId: 'a', versionId: 'v1', memory: { resource: 'u' } });
    await store.send('Three', { agentId: 'a', versionId: 'v2', memory: { resource: 'u' } });
    expect(t.streamCalls.map((call) => call.memory?.thread)).toEqual(['thread-1', 'thread-2', 'thread-3']);
  });

  it('sends no memory for an agent without memory, with the history instead', async () => {
    const t = transport();
    const store = createTestRunStore(t);
    await store.send('One', { agentId: 'a', versionId: 'v1', memory: null });
    await store.send('Two', { agentId: 'a', versionId: 'v1' });
    expect(t.streamCalls.every((call) => call.memory === undefined)).toBe(true);
    expect(t.streamCalls[1]!.messages.length).toBeGreaterThan(1);
    expect(store.getSnapshot().threadId).toBeNull();
  });
});

describe('helpers', () => {
  it('creates 32-hex trace ids that are never all zero', () => {
    expect(createTraceId()).toMatch(/^[0-9a-f]{32}$/);
    expect(createTraceId(() => 0)).toBe(`1${'0'.repeat(31)}`);
  });

  it('classifies thrown errors by the SDK kind', () => {
    expect(classifyRunError(sdkError('connection')).kind).toBe('offline');
    expect(classifyRunError(sdkError('aborted')).kind).toBe('aborted');
    expect(classifyRunError(Object.assign(new Error('x'), { name: 'AbortError' })).kind).toBe('aborted');
    expect(classifyRunError(sdkError('not-found')).kind).toBe('not-found');
    expect(classifyRunError(sdkError('permission')).kind).toBe('permission');
    expect(classifyRunError(new Error('x')).kind).toBe('unknown');
  });
});
