import { z } from 'zod';

/**
 * Runtime check for every chunk: an object with a string `type`. Payloads are not validated, so a server that
 * adds chunk types or fields never breaks a stream.
 */
export const streamChunkSchema = z.looseObject({ type: z.string() });

interface ChunkBase {
  runId?: string;
  from?: 'AGENT' | 'USER' | 'SYSTEM' | 'WORKFLOW' | 'NETWORK' | (string & {});
  metadata?: Record<string, unknown>;
}

type Chunk<T extends string, P> = ChunkBase & { type: T; payload: P };

export type TextDeltaChunk = Chunk<'text-delta', { id: string; text: string; providerMetadata?: unknown }>;
export type ToolCallChunk = Chunk<
  'tool-call',
  { toolCallId: string; toolName: string; args?: unknown; providerExecuted?: boolean; dynamic?: boolean }
>;
export type ToolResultChunk = Chunk<
  'tool-result',
  { toolCallId: string; toolName: string; result: unknown; isError?: boolean; args?: unknown }
>;
export type ToolErrorChunk = Chunk<
  'tool-error',
  { toolCallId: string; toolName: string; args?: unknown; error: unknown }
>;
export type ToolCallApprovalChunk = Chunk<
  'tool-call-approval',
  { toolCallId: string; toolName: string; args: Record<string, unknown>; resumeSchema?: string }
>;
export type ToolCallSuspendedChunk = Chunk<
  'tool-call-suspended',
  {
    toolCallId: string;
    toolName: string;
    suspendPayload?: unknown;
    args?: Record<string, unknown>;
    resumeSchema?: string;
  }
>;
export type FinishChunk = Chunk<
  'finish',
  {
    stepResult?: { reason?: string; [key: string]: unknown };
    output?: { usage?: Record<string, unknown>; text?: string; [key: string]: unknown };
    metadata?: Record<string, unknown>;
    [key: string]: unknown;
  }
>;
export type StepFinishChunk = Chunk<
  'step-finish',
  { stepResult?: { reason?: string }; output?: Record<string, unknown>; [key: string]: unknown }
>;
export type ErrorChunk = Chunk<'error', { error: unknown }>;
export type TripwireChunk = Chunk<'tripwire', { reason: string; retry?: boolean; processorId?: string }>;
export type ObjectChunk = ChunkBase & {
  type: 'object' | 'object-result';
  object: unknown;
  payload?: unknown;
};

type OpaqueTypes =
  | 'start'
  | 'step-start'
  | 'text-start'
  | 'text-end'
  | 'reasoning-start'
  | 'reasoning-delta'
  | 'reasoning-end'
  | 'reasoning-signature'
  | 'redacted-reasoning'
  | 'tool-call-input-streaming-start'
  | 'tool-call-delta'
  | 'tool-call-input-streaming-end'
  | 'tool-output'
  | 'step-output'
  | 'abort'
  | 'source'
  | 'file'
  | 'raw'
  | 'response-metadata'
  | 'watch';
export type OpaqueChunk = Chunk<OpaqueTypes, Record<string, unknown>>;

/**
 * Shape of a chunk whose `type` this SDK version does not model (new server chunk types, `data-*` custom
 * chunks). Such chunks are passed through unchanged. They are deliberately not part of the unions below:
 * TypeScript cannot express "any string except the known ones", and a `string` member would erase the
 * payload types of every `case`. Keep a `default` branch when switching on `type`.
 */
export interface UnknownChunk extends ChunkBase {
  type: string;
  payload?: unknown;
  [key: string]: unknown;
}

export type KnownAgentStreamChunk =
  | TextDeltaChunk
  | ToolCallChunk
  | ToolResultChunk
  | ToolErrorChunk
  | ToolCallApprovalChunk
  | ToolCallSuspendedChunk
  | StepFinishChunk
  | FinishChunk
  | ErrorChunk
  | TripwireChunk
  | ObjectChunk
  | OpaqueChunk;

/**
 * One chunk of an agent SSE stream, discriminated by `type`. At run time a chunk may also carry a type not
 * listed here (see `UnknownChunk`); it is passed through, never thrown.
 */
export type AgentStreamChunk = KnownAgentStreamChunk;

type WfChunk<T extends string, P> = ChunkBase & { type: T; payload: P; id?: string };

export type KnownWorkflowStreamEvent =
  | WfChunk<'workflow-start', { workflowId?: string; [key: string]: unknown }>
  | WfChunk<
      'workflow-step-start',
      { id: string; stepCallId?: string; status?: string; [key: string]: unknown }
    >
  | WfChunk<
      'workflow-step-result',
      { id: string; stepCallId?: string; status: string; output?: unknown; [key: string]: unknown }
    >
  | WfChunk<
      'workflow-step-suspended',
      { id: string; status?: string; suspendPayload?: unknown; [key: string]: unknown }
    >
  | WfChunk<'workflow-step-waiting', { id: string; [key: string]: unknown }>
  | WfChunk<
      'workflow-step-progress',
      {
        id: string;
        completedCount: number;
        totalCount: number;
        currentIndex?: number;
        [key: string]: unknown;
      }
    >
  | WfChunk<'workflow-step-output', unknown>
  | WfChunk<
      'workflow-step-finish',
      { id: string; metadata?: Record<string, unknown>; [key: string]: unknown }
    >
  | WfChunk<
      'workflow-finish',
      { workflowStatus: string; finalWorkflowResult?: unknown; output?: unknown; [key: string]: unknown }
    >
  | WfChunk<'workflow-canceled' | 'workflow-paused', Record<string, unknown>>;

/** One record of a workflow stream (`\x1E` framing). Unknown types are passed through, as for agents. */
export type WorkflowStreamEvent = KnownWorkflowStreamEvent;

const KNOWN_AGENT_TYPES: ReadonlySet<string> = new Set([
  'text-delta',
  'tool-call',
  'tool-result',
  'tool-error',
  'tool-call-approval',
  'tool-call-suspended',
  'step-finish',
  'finish',
  'error',
  'tripwire',
  'object',
  'object-result',
  'start',
  'step-start',
  'text-start',
  'text-end',
  'reasoning-start',
  'reasoning-delta',
  'reasoning-end',
  'reasoning-signature',
  'redacted-reasoning',
  'tool-call-input-streaming-start',
  'tool-call-delta',
  'tool-call-input-streaming-end',
  'tool-output',
  'step-output',
  'abort',
  'source',
  'file',
  'raw',
  'response-metadata',
  'watch',
]);

/** False for chunk types this SDK version does not model (they still arrive, untyped). */
export function isKnownAgentChunk(chunk: { type: string }): chunk is KnownAgentStreamChunk {
  return KNOWN_AGENT_TYPES.has(chunk.type);
}

/** Narrowing helper that also works on `UnknownChunk` values typed loosely by the host. */
export function isChunkType<C extends { type: string }, T extends C['type']>(
  chunk: C,
  type: T,
): chunk is Extract<C, { type: T }> {
  return chunk.type === type;
}
