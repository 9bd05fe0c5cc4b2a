import { APIResource } from '../core/resource.js';
import type { RequestOptions } from '../core/request-options.js';
import type { MastraClientError } from '../core/errors.js';
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  RequestValidationError,
  errorKindOf,
} from '../core/errors.js';
import type { Stream, StreamProgress } from '../core/streaming.js';
import { parseOptionalParams, parseParams } from '../internal/params.js';
import { path, requestContextQuery } from '../internal/path.js';
import {
  agentExecuteParamsSchema,
  agentListParamsSchema,
  agentMapSchema,
  agentRetrieveParamsSchema,
  agentSchema,
  enhanceInstructionsParamsSchema,
  enhanceInstructionsResultSchema,
  generateResultSchema,
  observeParamsSchema,
  providersResponseSchema,
  resumeStreamParamsSchema,
  toolCallDecisionParamsSchema,
} from '../schemas/agents.js';
import type {
  Agent,
  AgentExecuteParams,
  AgentListParams,
  AgentMap,
  AgentRetrieveParams,
  EnhanceInstructionsParams,
  EnhanceInstructionsResult,
  GenerateResult,
  ObserveParams,
  ProvidersResponse,
  ResumeStreamParams,
  ToolCallDecisionParams,
} from '../schemas/agents.js';
import { chunkTypeOf, toAgentStreamChunk } from '../schemas/stream-chunks.js';
import type { AgentStreamChunk } from '../schemas/stream-chunks.js';
import { toolExecuteParamsSchema, toolSchema } from '../schemas/tools.js';
import type { Tool, ToolExecuteParams } from '../schemas/tools.js';
import { unwrapToolResult } from './tool-result.js';

/** Moves the `versionId` convenience into `requestContext.agentVersionId`, where the server reads it. */
function executionBody(params: AgentExecuteParams): Record<string, unknown> {
  const { versionId, ...rest } = params;
  if (!versionId) return rest;
  return { ...rest, requestContext: { ...params.requestContext, agentVersionId: versionId } };
}

/**
 * Chunks after which an agent stream legitimately ends even if `[DONE]` was cut off: the run finished, failed,
 * or now waits for the user (approval, suspended tool), so observing again would only replay.
 */
const AGENT_TERMINAL_TYPES: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'finish',
  'error',
  'abort',
  'tripwire',
  'tool-call-approval',
  'tool-call-suspended',
]);

function isAgentTerminal(chunk: AgentStreamChunk): boolean {
  return AGENT_TERMINAL_TYPES.has(chunkTypeOf(chunk) ?? '');
}

/** Runtime agents: code agents plus stored agents (listed at their draft). */
export class Agents extends APIResource {
  /**
   * Runtime agents by id: code agents and stored agents (at their draft). `partial: true` skips the heavy
   * fields; `requestContext` is sent base64-encoded, as the server expects on GET routes.
   */
  async list(params?: AgentListParams, options?: RequestOptions): Promise<AgentMap> {
    parseOptionalParams(agentListParamsSchema, params, '/agents');
    return this._client.get('/agents', {
      query: { partial: params?.partial, ...requestContextQuery(params?.requestContext, '/agents') },
      schema: agentMapSchema,
      options,
    });
  }

  /** One agent; for stored agents pick the configuration with `status` or `versionId`. */
  async retrieve(agentId: string, params?: AgentRetrieveParams, options?: RequestOptions): Promise<Agent> {
    const route = path`/agents/${agentId}`;
    parseOptionalParams(agentRetrieveParamsSchema, params, route);
    return this._client.get(route, {
      query: {
        status: params?.status,
        versionId: params?.versionId,
        ...requestContextQuery(params?.requestContext, route),
      },
      schema: agentSchema,
      options,
    });
  }

  /** Model providers and whether their credentials are configured. */
  async providers(options?: RequestOptions): Promise<ProvidersResponse> {
    return this._client.get('/agents/providers', { schema: providersResponseSchema, options });
  }

  /** Runs the agent to completion. Not retried unless `options.idempotent` (it may call tools). */
  async generate(
    agentId: string,
    params: AgentExecuteParams,
    options?: RequestOptions,
  ): Promise<GenerateResult> {
    const route = path`/agents/${agentId}/generate`;
    parseParams(agentExecuteParamsSchema, params, route);
    return this._client.post(route, {
      body: executionBody(params),
      schema: generateResultSchema,
      options,
    });
  }

  /**
   * Streams a run as typed chunks (SSE). Rejects with the mapped `APIError` when the server refuses the run;
   * an in-band failure arrives as an `{ type: 'error' }` chunk.
   *
   * ```ts
   * for await (const chunk of await client.agents.stream('weather', { messages: 'Hi' })) {
   *   if (chunk.type === 'text-delta') process.stdout.write(chunk.payload.text);
   * }
   * ```
   */
  async stream(
    agentId: string,
    params: AgentExecuteParams,
    options?: RequestOptions,
  ): Promise<Stream<AgentStreamChunk>> {
    const route = path`/agents/${agentId}/stream`;
    parseParams(agentExecuteParamsSchema, params, route);
    return this._client.stream(
      { method: 'POST', path: route, body: executionBody(params), options },
      'sse',
      toAgentStreamChunk,
    );
  }

  /** Approves a `tool-call-approval` and continues the run as a stream. */
  async approveToolCall(
    agentId: string,
    params: ToolCallDecisionParams,
    options?: RequestOptions,
  ): Promise<Stream<AgentStreamChunk>> {
    const route = path`/agents/${agentId}/approve-tool-call`;
    parseParams(toolCallDecisionParamsSchema, params, route);
    return this._client.stream(
      { method: 'POST', path: route, body: params, options },
      'sse',
      toAgentStreamChunk,
    );
  }

  /** Declines a `tool-call-approval` and continues the run as a stream. */
  async declineToolCall(
    agentId: string,
    params: ToolCallDecisionParams,
    options?: RequestOptions,
  ): Promise<Stream<AgentStreamChunk>> {
    const route = path`/agents/${agentId}/decline-tool-call`;
    parseParams(toolCallDecisionParamsSchema, params, route);
    return this._client.stream(
      { method: 'POST', path: route, body: params, options },
      'sse',
      toAgentStreamChunk,
    );
  }

  /** Answers a `tool-call-suspended` chunk with `resumeData` and continues streaming. */
  async resumeStream(
    agentId: string,
    params: ResumeStreamParams,
    options?: RequestOptions,
  ): Promise<Stream<AgentStreamChunk>> {
    const route = path`/agents/${agentId}/resume-stream`;
    parseParams(resumeStreamParamsSchema, params, route);
    return this._client.stream(
      { method: 'POST', path: route, body: params, options },
      'sse',
      toAgentStreamChunk,
    );
  }

  /**
   * Re-attaches to a run, replaying from event `offset` (0-based), then following it live. Replaying is
   * read-only, so it is retried like a GET before the first byte arrives.
   *
   * The server replays only runs whose events it publishes (durable agents). For other agents it keeps the
   * stream open and idle (up to its 5-minute idle timeout): pass a `signal` or `timeout`-bound it yourself.
   */
  async observe(
    agentId: string,
    params: ObserveParams,
    options?: RequestOptions,
  ): Promise<Stream<AgentStreamChunk>> {
    const route = path`/agents/${agentId}/observe`;
    parseParams(observeParamsSchema, params, route);
    return this._client.stream(
      {
        method: 'POST',
        path: route,
        body: params,
        options: { idempotent: true, ...options },
      },
      'sse',
      toAgentStreamChunk,
    );
  }

  /**
   * A stream that survives dropped connections: when the connection fails mid-run it re-attaches through
   * `observe` at the offset of the next unseen event. Needs the `runId` (pass one in `params.runId`), and, like
   * `observe`, a server-side agent that publishes its events (durable agents). For other agents Mastra's
   * `observe` answers 200 and then stays silent: each silent re-attachment fails after `timeout` ms, and after
   * `maxReconnects` (default 3) the iteration throws `APIConnectionError` (`APIConnectionTimeoutError`).
   */
  streamWithReconnect(
    agentId: string,
    params: AgentExecuteParams & { runId: string },
    options?: RequestOptions & { maxReconnects?: number },
  ): AsyncIterable<AgentStreamChunk> {
    return reconnecting(
      // Checked when iteration starts, like every other failure of a stream: the caller's `for await` sees a
      // RequestValidationError instead of a throw at call time.
      async () => {
        if (!params?.runId) {
          throw new RequestValidationError({
            path: path`/agents/${agentId}/stream`,
            issues: [{ path: ['runId'], message: 'streamWithReconnect needs a runId to re-attach' }],
          });
        }
        return this.stream(agentId, params, options);
      },
      (offset) => this.observe(agentId, { runId: params.runId, offset }, options),
      options?.maxReconnects ?? 3,
      { isTerminal: isAgentTerminal, reattachTimeoutMs: options?.timeout ?? this._client.timeout },
    );
  }

  /** Runs a tool through an agent (the agent's request context applies). */
  async executeTool(
    agentId: string,
    toolId: string,
    params: ToolExecuteParams,
    options?: RequestOptions,
  ): Promise<unknown> {
    const route = path`/agents/${agentId}/tools/${toolId}/execute`;
    parseParams(toolExecuteParamsSchema, params, route);
    const result = await this._client.post(route, {
      body: {
        data: params.data,
        ...(params.requestContext ? { requestContext: params.requestContext } : {}),
      },
      options,
    });
    return unwrapToolResult(toolId, result);
  }

  /** A tool as the agent sees it. */
  async retrieveTool(agentId: string, toolId: string, options?: RequestOptions): Promise<Tool> {
    return this._client.get(path`/agents/${agentId}/tools/${toolId}`, { schema: toolSchema, options });
  }

  /** Asks the agent's model to rewrite its instructions. */
  async enhanceInstructions(
    agentId: string,
    params: EnhanceInstructionsParams,
    options?: RequestOptions,
  ): Promise<EnhanceInstructionsResult> {
    const route = path`/agents/${agentId}/instructions/enhance`;
    parseParams(enhanceInstructionsParamsSchema, params, route);
    return this._client.post(route, {
      body: params,
      schema: enhanceInstructionsResultSchema,
      options,
    });
  }
}

/** Options of `reconnecting`. */
export interface ReconnectOptions<T> {
  /**
   * True for a chunk after which the run has nothing more to send (finished, canceled, waiting for the user).
   * A stream that ends without such a chunk, and without its framing terminator (`[DONE]`), was cut: the server
   * closes the stream without `[DONE]` when it fails, and so does a proxy that drops the connection.
   * @default undefined (only the framing terminator counts)
   */
  isTerminal?: ((chunk: T) => boolean) | undefined;
  /**
   * A stable identity of a chunk, to de-duplicate across re-attachments. Mastra's workflow `observe?offset=N`
   * can send records from N and then the whole run again from 0; with an identity every chunk is delivered
   * exactly once. Identical chunks that really repeat are kept: a chunk is new when its identity has appeared
   * on the current connection more often than it was delivered, and a connection that starts over (its first
   * chunk's identity appears again) is counted afresh. With an identity the re-attach offset is the number of
   * chunks delivered, which never overshoots (duplicates are dropped, lost chunks cannot be recovered).
   * @default undefined (no de-duplication; the offset counts raw events)
   */
  identity?: ((chunk: T) => string) | undefined;
  /**
   * Milliseconds a re-attached (`observe`) stream may stay silent before its first chunk. Mastra answers
   * `observe` for a run it does not publish (agents without a durable stream) with 200 and a body that never
   * sends anything; without this limit the iteration would wait forever. A silent re-attachment counts as a
   * failed reconnect (`APIConnectionTimeoutError`, an `APIConnectionError`). @default 60000
   */
  reattachTimeoutMs?: number | undefined;
}

/**
 * `source`, failing with `APIConnectionTimeoutError` (and cancelling it) when its first chunk does not arrive
 * within `ms`. Later chunks are not timed: a live run may pause for as long as its model thinks.
 */
async function* firstChunkWithin<T>(source: AsyncIterable<T>, ms: number): AsyncGenerator<T> {
  const iterator = source[Symbol.asyncIterator]();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const silent = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new APIConnectionTimeoutError(`No event within ${ms} ms after re-attaching.`)),
      ms,
    );
  });
  let first: IteratorResult<T>;
  try {
    first = await Promise.race([iterator.next(), silent]);
  } catch (error) {
    (source as { abort?: () => void }).abort?.();
    await iterator.return?.().catch(() => undefined);
    throw error;
  } finally {
    clearTimeout(timer);
  }
  if (first.done) return;
  yield first.value;
  try {
    while (true) {
      const next = await iterator.next();
      if (next.done) return;
      yield next.value;
    }
  } finally {
    await iterator.return?.().catch(() => undefined);
  }
}

/** A key-order-independent JSON text of a value: the same event replayed serialises alike. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'undefined';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value instanceof Date) return JSON.stringify(value);
  const record = value as Record<string, unknown>;
  return `{${Object.keys(record)
    .sort()
    .filter((key) => record[key] !== undefined)
    .map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`)
    .join(',')}}`;
}

/** The parser's progress when the source is a `Stream`; plain iterables (tests, wrappers) have none. */
function progressOf(source: AsyncIterable<unknown>): StreamProgress | undefined {
  const progress = (source as { progress?: unknown }).progress;
  return progress && typeof progress === 'object' && 'events' in progress
    ? (progress as StreamProgress)
    : undefined;
}

/**
 * Generic reconnect loop over an "open" and an "observe from offset" call. A connection failure, or a stream
 * that ends before its terminator (see `ReconnectOptions.isTerminal`), re-attaches at the offset of the next
 * unseen event. The offset counts raw events, unparsable ones included, because the server indexes what it
 * sent, not what the client could read; for sources without parser progress it counts delivered chunks.
 * After `maxReconnects` the last failure is thrown (an `APIConnectionError` for a cut stream).
 */
export async function* reconnecting<T>(
  open: () => Promise<AsyncIterable<T>>,
  observe: (offset: number) => Promise<AsyncIterable<T>>,
  maxReconnects: number,
  options: ReconnectOptions<T> = {},
): AsyncGenerator<T> {
  let offset = 0;
  let reconnects = 0;
  const identity = options.identity;
  /** Times each identity was delivered, over all connections. */
  const deliveredCount = new Map<string, number>();
  let totalDelivered = 0;
  let firstIdentity: string | undefined;
  let source = await open();
  while (true) {
    let delivered = 0;
    let finished = false;
    let failure: MastraClientError;
    /**
     * Times each identity appeared in the run's event log up to this point of this connection: a connection
     * from offset N (= everything delivered so far) starts with the delivered counts; one that starts over
     * from the run's first event starts from nothing.
     */
    let seenHere = new Map(deliveredCount);
    try {
      for await (const chunk of source) {
        if (identity) {
          const id = identity(chunk);
          firstIdentity ??= id;
          // The server began the run again from its first event: count this connection afresh.
          if (id === firstIdentity && (seenHere.get(id) ?? 0) > 0) seenHere = new Map();
          const here = (seenHere.get(id) ?? 0) + 1;
          seenHere.set(id, here);
          if (here <= (deliveredCount.get(id) ?? 0)) continue;
          deliveredCount.set(id, here);
          totalDelivered++;
        }
        delivered++;
        if (options.isTerminal?.(chunk)) finished = true;
        yield chunk;
      }
      const progress = progressOf(source);
      // A source without a terminator of any kind (plain iterable, no predicate) can only end normally.
      if (finished || progress?.terminated || (!progress && !options.isTerminal)) return;
      failure = new APIConnectionError('The stream ended before the run did (no terminator).');
    } catch (error) {
      // Only a lost connection is worth re-attaching for; every other failure is the run's own answer.
      const kind = errorKindOf(error);
      if (kind !== 'connection' && kind !== 'timeout') throw error;
      // The run already ended (finish, cancel, suspension): a connection lost afterwards costs nothing.
      if (finished) return;
      failure = error as MastraClientError;
    }
    if (reconnects >= maxReconnects) throw failure;
    reconnects++;
    const reattach = async (at: number): Promise<AsyncIterable<T>> => {
      const inner = await observe(at);
      // Keep the parser's progress visible: the terminator and the raw event count are read off it.
      return Object.assign(firstChunkWithin(inner, options.reattachTimeoutMs ?? 60_000), {
        progress: progressOf(inner),
      });
    };
    if (identity) {
      // Never past what was delivered: an undershoot only replays chunks the identity check drops.
      offset = totalDelivered;
      source = await reattach(offset);
      continue;
    }
    offset += progressOf(source)?.events ?? delivered;
    source = await reattach(offset);
  }
}
