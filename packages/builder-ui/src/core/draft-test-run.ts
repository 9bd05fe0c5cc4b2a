import { errorKindOf } from '@paddock/client-sdk';

/**
 * The composer's test panel: a chat with one stored agent version, built from the agent stream's chunks.
 * Framework-free; the SDK call sits behind `TestRunTransport` so tests feed chunks directly.
 */

export type TestToolCallStatus = 'running' | 'awaiting-approval' | 'declined' | 'success' | 'error';

export interface TestToolCall {
  toolCallId: string;
  toolName: string;
  args: unknown;
  result?: unknown;
  error?: string | undefined;
  status: TestToolCallStatus;
}

export type TestRunPart = { type: 'text'; text: string } | { type: 'tool-call'; call: TestToolCall };

/** Typed run failures, so the panel can say what went wrong instead of printing a stack. */
export type TestRunErrorKind =
  'model' | 'blocked' | 'permission' | 'offline' | 'not-found' | 'aborted' | 'unknown';

export interface TestRunError {
  /** What went wrong: the panel picks its (translatable) sentence by this. */
  kind: TestRunErrorKind;
  /**
   * The server's own words, for the panel to quote; `''` when it gave none (e.g. a tripwire without a reason).
   * Never a kit-made sentence: those belong to the messages dictionary.
   */
  message: string;
}

export type TestRunStatus = 'streaming' | 'awaiting-approval' | 'done' | 'error' | 'aborted';

export interface TestRun {
  /** Local id (stable key before the server assigns `runId`). */
  id: string;
  prompt: string;
  /** The stored agent version the run executed. */
  versionId: string | null;
  runId: string | null;
  /** Links the run to its trace (`/observability/traces/:traceId`). */
  traceId: string | null;
  parts: TestRunPart[];
  status: TestRunStatus;
  error: TestRunError | null;
}

export interface TestPanelState {
  runs: TestRun[];
  /** True while a run streams or waits for an approval. */
  busy: boolean;
  /**
   * The memory thread of the current conversation, for agents with memory; `null` before the first run with
   * memory and after "Clear conversation" (the next run starts a new thread).
   */
  threadId: string | null;
}

export const INITIAL_TEST_PANEL_STATE: TestPanelState = { runs: [], busy: false, threadId: null };

interface Chunk {
  type?: unknown;
  runId?: unknown;
  payload?: unknown;
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

function errorMessage(error: unknown): string {
  if (typeof error === 'string') return error;
  const r = record(error);
  if (typeof r['message'] === 'string') return r['message'];
  try {
    return JSON.stringify(error);
  } catch {
    return String(error);
  }
}

function findTraceId(payload: Record<string, unknown>): string | null {
  const response = record(payload['response']);
  const messages = Array.isArray(response['uiMessages']) ? response['uiMessages'] : [];
  for (const message of messages) {
    const traceId = record(record(message)['metadata'])['traceId'];
    if (typeof traceId === 'string') return traceId;
  }
  const metadata = record(payload['metadata']);
  return typeof metadata['traceId'] === 'string' ? metadata['traceId'] : null;
}

function updateCall(run: TestRun, toolCallId: string, patch: (call: TestToolCall) => TestToolCall): TestRun {
  let found = false;
  const parts = run.parts.map((part) => {
    if (part.type !== 'tool-call' || part.call.toolCallId !== toolCallId) return part;
    found = true;
    return { type: 'tool-call' as const, call: patch(part.call) };
  });
  if (found) return { ...run, parts };
  const created = patch({ toolCallId, toolName: '', args: undefined, status: 'running' });
  return { ...run, parts: [...run.parts, { type: 'tool-call', call: created }] };
}

/** Folds one stream chunk into a run. Unknown chunk types are ignored: the stream grows new kinds often. */
export function reduceRunChunk(run: TestRun, chunk: unknown): TestRun {
  const c = chunk as Chunk;
  const payload = record(c.payload);
  const next = run.runId === null && typeof c.runId === 'string' ? { ...run, runId: c.runId } : run;
  switch (c.type) {
    case 'text-delta': {
      const text = typeof payload['text'] === 'string' ? payload['text'] : '';
      const last = next.parts[next.parts.length - 1];
      if (last?.type === 'text') {
        return { ...next, parts: [...next.parts.slice(0, -1), { type: 'text', text: last.text + text }] };
      }
      return { ...next, parts: [...next.parts, { type: 'text', text }] };
    }
    case 'tool-call':
      return updateCall(next, String(payload['toolCallId']), (call) => ({
        ...call,
        toolName: String(payload['toolName'] ?? call.toolName),
        args: payload['args'] ?? call.args,
      }));
    case 'tool-call-approval':
      return {
        ...updateCall(next, String(payload['toolCallId']), (call) => ({
          ...call,
          toolName: String(payload['toolName'] ?? call.toolName),
          args: payload['args'] ?? call.args,
          status: 'awaiting-approval',
        })),
        status: 'awaiting-approval',
      };
    case 'tool-result': {
      const isError = payload['isError'] === true;
      return updateCall(next, String(payload['toolCallId']), (call) => ({
        ...call,
        toolName: String(payload['toolName'] ?? call.toolName),
        args: call.args ?? payload['args'],
        result: payload['result'],
        error: isError ? errorMessage(payload['result']) : undefined,
        status: isError ? 'error' : 'success',
      }));
    }
    case 'tool-error':
      return updateCall(next, String(payload['toolCallId']), (call) => ({
        ...call,
        toolName: String(payload['toolName'] ?? call.toolName),
        error: errorMessage(payload['error']),
        status: 'error',
      }));
    case 'error':
      return { ...next, status: 'error', error: { kind: 'model', message: errorMessage(payload['error']) } };
    case 'tripwire':
      return {
        ...next,
        status: 'error',
        error: { kind: 'blocked', message: typeof payload['reason'] === 'string' ? payload['reason'] : '' },
      };
    case 'abort':
      return { ...next, status: 'aborted', error: { kind: 'aborted', message: '' } };
    case 'finish':
    case 'step-finish':
      return { ...next, traceId: findTraceId(payload) ?? next.traceId };
    default:
      return next;
  }
}

/**
 * Maps a thrown error to a typed run error by the SDK's `kind` (duck-typed, so a second SDK copy works); a
 * platform `AbortError` (a stop before the SDK saw the request) counts as a stop too.
 */
export function classifyRunError(error: unknown): TestRunError {
  const message = errorMessage(error);
  const kind = errorKindOf(error);
  if (kind === 'aborted' || (kind === undefined && record(error)['name'] === 'AbortError')) {
    return { kind: 'aborted', message };
  }
  switch (kind) {
    case 'connection':
    case 'timeout':
      return { kind: 'offline', message };
    case 'authentication':
    case 'permission':
      return { kind: 'permission', message };
    case 'not-found':
      return { kind: 'not-found', message };
    case 'tool-execution':
    case 'model-not-allowed':
      return { kind: 'model', message };
    default:
      return { kind: 'unknown', message };
  }
}

function randomId(): string {
  const crypto = globalThis.crypto as { randomUUID?: () => string } | undefined;
  if (crypto?.randomUUID) return crypto.randomUUID();
  let id = '';
  for (let i = 0; i < 32; i++) id += Math.floor(Math.random() * 16).toString(16);
  return `${id.slice(0, 8)}-${id.slice(8, 12)}-${id.slice(12, 16)}-${id.slice(16, 20)}-${id.slice(20)}`;
}

/** A 32-hex-digit W3C trace id, generated client-side so the run shows its trace link from the start. */
export function createTraceId(random: () => number = Math.random): string {
  let id = '';
  for (let i = 0; i < 32; i++) id += Math.floor(random() * 16).toString(16);
  return /^0+$/.test(id) ? `1${id.slice(1)}` : id;
}

export interface TestRunRequest {
  agentId: string;
  versionId: string | null;
  /** With memory: only the new prompt (the thread holds the history); without: the whole conversation. */
  messages: { role: 'user' | 'assistant'; content: string }[];
  /**
   * The conversation's memory thread and owner, sent when the agent has memory: a server whose agents have
   * memory rejects a run that names no thread once it knows the caller's resource.
   */
  memory?: { thread: string; resource: string } | undefined;
  traceId: string;
  signal: AbortSignal;
}

/** Where the test run goes; `memory` when the agent under test has memory. */
export interface TestRunTarget {
  agentId: string;
  versionId: string | null;
  /** The agent has memory: runs carry a thread per conversation, owned by `resource` (the signed-in user). */
  memory?: { resource: string } | null | undefined;
}

export interface ToolDecisionRequest {
  agentId: string;
  versionId: string | null;
  runId: string;
  toolCallId: string;
  signal: AbortSignal;
}

/** The calls the panel makes; `useAgentTestRun` implements them with the SDK's agent stream. */
export interface TestRunTransport {
  stream(request: TestRunRequest): AsyncIterable<unknown> | Promise<AsyncIterable<unknown>>;
  approveToolCall(request: ToolDecisionRequest): AsyncIterable<unknown> | Promise<AsyncIterable<unknown>>;
  declineToolCall(request: ToolDecisionRequest): AsyncIterable<unknown> | Promise<AsyncIterable<unknown>>;
}

export interface TestRunStore {
  getSnapshot(): TestPanelState;
  subscribe(listener: () => void): () => void;
  send(prompt: string, target: TestRunTarget): Promise<void>;
  approve(runId: string, toolCallId: string): Promise<void>;
  decline(runId: string, toolCallId: string): Promise<void>;
  abort(): void;
  reset(): void;
  /** Replaces the `onError` reporter (a host callback that may change between renders). */
  setOnError(onError: TestRunStoreOptions['onError']): void;
}

/** Which test-panel call failed, for the host's error reporting. */
export interface TestRunFailure {
  operation: 'stream' | 'approve' | 'decline';
  agentId: string;
}

export interface TestRunStoreOptions {
  createId?: (() => string) | undefined;
  /** New memory thread ids. @default a random UUID */
  createThreadId?: (() => string) | undefined;
  createTraceId?: (() => string) | undefined;
  /**
   * Called once for every failed request (the stream, an approval or a decline), after the run shows it.
   * A stop the user asked for is not a failure and is not reported.
   */
  onError?: ((error: unknown, failure: TestRunFailure) => void) | undefined;
}

/**
 * Runs test prompts against a stored agent version and keeps the transcript. One run at a time: the agent
 * under test is a draft, and interleaved runs would make its tool calls hard to follow.
 */
export function createTestRunStore(
  transport: TestRunTransport,
  options: TestRunStoreOptions = {},
): TestRunStore {
  let counter = 0;
  const createId = options.createId ?? (() => `run-${++counter}`);
  const newTraceId = options.createTraceId ?? (() => createTraceId());
  const newThreadId = options.createThreadId ?? randomId;
  // The version the current thread talked to: a new draft version starts a new conversation, as the history
  // of a run without memory does (it only replays runs of the same version).
  let threadVersion: string | null = null;
  let state: TestPanelState = INITIAL_TEST_PANEL_STATE;
  const listeners = new Set<() => void>();
  let controller: AbortController | null = null;
  let target: TestRunTarget | null = null;
  let onError = options.onError;

  function set(next: TestPanelState) {
    state = next;
    listeners.forEach((listener) => listener());
  }

  function updateRun(id: string, update: (run: TestRun) => TestRun) {
    const runs = state.runs.map((run) => (run.id === id ? update(run) : run));
    const busy = runs.some((run) => run.status === 'streaming' || run.status === 'awaiting-approval');
    set({ ...state, runs, busy });
  }

  async function consume(
    id: string,
    failure: TestRunFailure,
    source: () => AsyncIterable<unknown> | Promise<AsyncIterable<unknown>>,
  ) {
    controller = new AbortController();
    try {
      const iterable = await source();
      for await (const chunk of iterable) updateRun(id, (run) => reduceRunChunk(run, chunk));
      updateRun(id, (run) => (run.status === 'streaming' ? { ...run, status: 'done' } : run));
    } catch (cause) {
      const error = classifyRunError(cause);
      updateRun(id, (run) => ({ ...run, status: error.kind === 'aborted' ? 'aborted' : 'error', error }));
      if (error.kind !== 'aborted') {
        // A throwing host reporter must not surface as a rejection from send() or approve().
        try {
          onError?.(cause, failure);
        } catch {
          // The run already shows the failure.
        }
      }
    } finally {
      controller = null;
    }
  }

  async function decide(runLocalId: string, toolCallId: string, approved: boolean) {
    const run = state.runs.find((entry) => entry.id === runLocalId);
    if (!run || !run.runId || !target) return;
    const request = () => ({
      agentId: target!.agentId,
      versionId: run.versionId,
      runId: run.runId!,
      toolCallId,
      signal: controller!.signal,
    });
    updateRun(runLocalId, (current) => ({
      ...updateCall(current, toolCallId, (call) => ({ ...call, status: approved ? 'running' : 'declined' })),
      status: 'streaming',
    }));
    const failure: TestRunFailure = { operation: approved ? 'approve' : 'decline', agentId: target.agentId };
    await consume(runLocalId, failure, () =>
      approved ? transport.approveToolCall(request()) : transport.declineToolCall(request()),
    );
  }

  return {
    getSnapshot: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async send(prompt, nextTarget) {
      if (state.busy || prompt.trim() === '') return;
      target = nextTarget;
      let memory: TestRunRequest['memory'];
      if (nextTarget.memory) {
        const sameConversation = state.threadId !== null && threadVersion === nextTarget.versionId;
        const thread = sameConversation && state.threadId ? state.threadId : newThreadId();
        threadVersion = nextTarget.versionId;
        memory = { thread, resource: nextTarget.memory.resource };
        if (thread !== state.threadId) set({ ...state, threadId: thread });
      }
      const history = state.runs
        .filter((run) => run.versionId === nextTarget.versionId)
        .flatMap((run) => {
          const text = run.parts.map((part) => (part.type === 'text' ? part.text : '')).join('');
          const turns: TestRunRequest['messages'] = [{ role: 'user', content: run.prompt }];
          if (text) turns.push({ role: 'assistant', content: text });
          return turns;
        });
      const run: TestRun = {
        id: createId(),
        prompt,
        versionId: nextTarget.versionId,
        runId: null,
        traceId: newTraceId(),
        parts: [],
        status: 'streaming',
        error: null,
      };
      set({ ...state, runs: [...state.runs, run], busy: true });
      await consume(run.id, { operation: 'stream', agentId: nextTarget.agentId }, () =>
        transport.stream({
          agentId: nextTarget.agentId,
          versionId: nextTarget.versionId,
          // The thread already holds the earlier turns: sending them again would store them twice.
          messages: memory
            ? [{ role: 'user', content: prompt }]
            : [...history, { role: 'user', content: prompt }],
          ...(memory ? { memory } : {}),
          traceId: run.traceId!,
          signal: controller!.signal,
        }),
      );
    },
    approve: (runId, toolCallId) => decide(runId, toolCallId, true),
    decline: (runId, toolCallId) => decide(runId, toolCallId, false),
    abort() {
      controller?.abort();
    },
    reset() {
      controller?.abort();
      // A new conversation: the next run with memory gets a new thread.
      threadVersion = null;
      set(INITIAL_TEST_PANEL_STATE);
    },
    setOnError(next) {
      onError = next;
    },
  };
}
