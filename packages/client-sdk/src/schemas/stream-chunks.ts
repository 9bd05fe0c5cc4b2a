import { z } from 'zod';

/**
 * Runtime check for every chunk: an object with a string `type`. Payloads are not validated, so a server that
 * adds chunk types or fields never breaks a stream.
 */
export const streamChunkSchema = z.looseObject({ type: z.string() });

/**
 * Fields every chunk may carry. Chunk schemas are loose objects: a server that adds fields never breaks a
 * stream; only the fields the SDK types are checked.
 */
const base = {
  runId: z.string().optional(),
  from: z.string().optional(),
  metadata: z.record(z.string(), z.unknown()).optional(),
};

const chunk = <T extends string, P extends z.ZodType>(type: T, payload: P) =>
  z.looseObject({ ...base, type: z.literal(type), payload });

const toolCallRef = { toolCallId: z.string(), toolName: z.string() };

/** `text-delta`: a piece of the answer text. */
export const textDeltaChunkSchema = chunk(
  'text-delta',
  z.looseObject({ id: z.string().optional(), text: z.string(), providerMetadata: z.unknown().optional() }),
);
/** `tool-call`: the model called a tool. */
export const toolCallChunkSchema = chunk(
  'tool-call',
  z.looseObject({
    ...toolCallRef,
    args: z.unknown().optional(),
    providerExecuted: z.boolean().optional(),
    dynamic: z.boolean().optional(),
  }),
);
/** `tool-result`: a tool's output (`isError` for failures). */
export const toolResultChunkSchema = chunk(
  'tool-result',
  z.looseObject({
    ...toolCallRef,
    result: z.unknown(),
    isError: z.boolean().optional(),
    args: z.unknown().optional(),
  }),
);
/** `tool-error`: a tool threw. */
export const toolErrorChunkSchema = chunk(
  'tool-error',
  z.looseObject({ ...toolCallRef, args: z.unknown().optional(), error: z.unknown() }),
);
/** `tool-call-approval`: the run pauses until the call is approved or declined. */
export const toolCallApprovalChunkSchema = chunk(
  'tool-call-approval',
  z.looseObject({
    ...toolCallRef,
    args: z.record(z.string(), z.unknown()),
    resumeSchema: z.string().optional(),
  }),
);
/** `tool-call-suspended`: a tool suspended; answer with `resumeStream`. */
export const toolCallSuspendedChunkSchema = chunk(
  'tool-call-suspended',
  z.looseObject({
    ...toolCallRef,
    suspendPayload: z.unknown().optional(),
    args: z.record(z.string(), z.unknown()).optional(),
    resumeSchema: z.string().optional(),
  }),
);
const stepResult = z.looseObject({ reason: z.string().optional() }).optional();
/** `finish`: the run ended (usage, final text). */
export const finishChunkSchema = chunk(
  'finish',
  z.looseObject({
    stepResult,
    output: z
      .looseObject({ usage: z.record(z.string(), z.unknown()).optional(), text: z.string().optional() })
      .optional(),
    metadata: z.record(z.string(), z.unknown()).optional(),
  }),
);
/** `step-finish`: one model step ended. */
export const stepFinishChunkSchema = chunk(
  'step-finish',
  z.looseObject({ stepResult, output: z.record(z.string(), z.unknown()).optional() }),
);
/** `error`: an in-band failure after the response started. */
export const errorChunkSchema = chunk('error', z.looseObject({ error: z.unknown() }));
/** `tripwire`: a processor blocked the run, with its reason. */
export const tripwireChunkSchema = chunk(
  'tripwire',
  z.looseObject({ reason: z.string(), retry: z.boolean().optional(), processorId: z.string().optional() }),
);
/**
 * `tool-output-denied`: the chunk after a declined approval (`decline-tool-call`): the call did not run.
 * `approval.reason` is the reason given when declining, if any.
 */
export const toolOutputDeniedChunkSchema = chunk(
  'tool-output-denied',
  z.looseObject({
    ...toolCallRef,
    args: z.record(z.string(), z.unknown()).optional(),
    approval: z
      .looseObject({
        id: z.string().optional(),
        approved: z.boolean().optional(),
        reason: z.string().optional(),
      })
      .optional(),
  }),
);
/** `object`/`object-result`: structured output. */
export const objectChunkSchema = z.looseObject({
  ...base,
  type: z.enum(['object', 'object-result']),
  object: z.unknown(),
  payload: z.unknown().optional(),
});

const OPAQUE_TYPES = [
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
  'reasoning-file',
  'custom',
  'is-task-complete',
  'goal',
  'background-task-started',
  'background-task-completed',
  'background-task-failed',
  'background-task-progress',
  'background-task-running',
  'background-task-cancelled',
  'background-task-output',
  'background-task-suspended',
  'background-task-resumed',
] as const;

/** Chunk types the SDK names but does not model: any payload object (or none). */
export const opaqueChunkSchema = z.looseObject({
  ...base,
  type: z.enum(OPAQUE_TYPES),
  payload: z.record(z.string(), z.unknown()).optional(),
});

export type TextDeltaChunk = z.infer<typeof textDeltaChunkSchema>;
export type ToolCallChunk = z.infer<typeof toolCallChunkSchema>;
export type ToolResultChunk = z.infer<typeof toolResultChunkSchema>;
export type ToolErrorChunk = z.infer<typeof toolErrorChunkSchema>;
export type ToolCallApprovalChunk = z.infer<typeof toolCallApprovalChunkSchema>;
export type ToolCallSuspendedChunk = z.infer<typeof toolCallSuspendedChunkSchema>;
export type ToolOutputDeniedChunk = z.infer<typeof toolOutputDeniedChunkSchema>;
export type FinishChunk = z.infer<typeof finishChunkSchema>;
export type StepFinishChunk = z.infer<typeof stepFinishChunkSchema>;
export type ErrorChunk = z.infer<typeof errorChunkSchema>;
export type TripwireChunk = z.infer<typeof tripwireChunkSchema>;
export type ObjectChunk = z.infer<typeof objectChunkSchema>;
export type OpaqueChunk = z.infer<typeof opaqueChunkSchema>;

/** Every agent chunk the SDK models, each checked against its own loose schema. */
export const knownAgentStreamChunkSchema = z.union([
  textDeltaChunkSchema,
  toolCallChunkSchema,
  toolResultChunkSchema,
  toolErrorChunkSchema,
  toolCallApprovalChunkSchema,
  toolCallSuspendedChunkSchema,
  toolOutputDeniedChunkSchema,
  stepFinishChunkSchema,
  finishChunkSchema,
  errorChunkSchema,
  tripwireChunkSchema,
  objectChunkSchema,
  opaqueChunkSchema,
]);
export type KnownAgentStreamChunk = z.infer<typeof knownAgentStreamChunkSchema>;

/**
 * A chunk the SDK could not type: a `type` this SDK version does not model (new server chunk types, `data-*`
 * custom chunks), a known type whose fields do not fit (so a `text-delta` without text is never typed as one),
 * or a record without a `type`. It is delivered, never thrown, under the single tag `'unknown'`: with the
 * original `type` kept as a literal member, TypeScript could no longer narrow any `case` of the union. The
 * original is in `originalType` and `raw`.
 */
export interface UnknownChunk {
  type: 'unknown';
  /** The chunk's own `type`, when it had a string one. */
  originalType: string | undefined;
  /** The chunk's `payload` (or the whole record when it had none). */
  payload: unknown;
  runId?: string | undefined;
  /** The chunk as it arrived. */
  raw: unknown;
}

/**
 * One chunk of an agent SSE stream, discriminated by `type`. A chunk that fits no known type arrives as an
 * `UnknownChunk` (`type: 'unknown'`).
 */
export type AgentStreamChunk = KnownAgentStreamChunk | UnknownChunk;

const wf = <T extends string, P extends z.ZodType>(type: T, payload: P) =>
  z.looseObject({ ...base, id: z.string().optional(), type: z.literal(type), payload });

const known = { id: z.string() };

/** Every workflow record the SDK models (mastra-api §2.2), as loose schemas. */
export const knownWorkflowStreamEventSchema = z.union([
  wf('workflow-start', z.looseObject({ workflowId: z.string().optional() })),
  wf(
    'workflow-step-start',
    z.looseObject({ ...known, stepCallId: z.string().optional(), status: z.string().optional() }),
  ),
  wf(
    'workflow-step-result',
    z.looseObject({
      ...known,
      stepCallId: z.string().optional(),
      status: z.string(),
      output: z.unknown().optional(),
    }),
  ),
  wf(
    'workflow-step-suspended',
    z.looseObject({ ...known, status: z.string().optional(), suspendPayload: z.unknown().optional() }),
  ),
  wf('workflow-step-waiting', z.looseObject(known)),
  wf(
    'workflow-step-progress',
    z.looseObject({
      ...known,
      completedCount: z.number(),
      totalCount: z.number(),
      currentIndex: z.number().optional(),
    }),
  ),
  wf('workflow-step-output', z.unknown()),
  wf(
    'workflow-step-finish',
    z.looseObject({ ...known, metadata: z.record(z.string(), z.unknown()).optional() }),
  ),
  wf(
    'workflow-finish',
    z.looseObject({
      workflowStatus: z.string(),
      finalWorkflowResult: z.unknown().optional(),
      output: z.unknown().optional(),
    }),
  ),
  z.looseObject({
    ...base,
    id: z.string().optional(),
    type: z.enum(['workflow-canceled', 'workflow-paused']),
    payload: z.record(z.string(), z.unknown()).optional(),
  }),
]);
export type KnownWorkflowStreamEvent = z.infer<typeof knownWorkflowStreamEventSchema>;

/** One record of a workflow stream (`\x1E` framing); misfits arrive as `UnknownChunk`, as for agents. */
export type WorkflowStreamEvent = KnownWorkflowStreamEvent | UnknownChunk;

function unknownChunk(raw: unknown): UnknownChunk {
  const record = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : undefined;
  const type = record?.['type'];
  const runId = record?.['runId'];
  return {
    type: 'unknown',
    originalType: typeof type === 'string' ? type : undefined,
    payload: record && 'payload' in record ? record['payload'] : raw,
    ...(typeof runId === 'string' ? { runId } : {}),
    raw,
  };
}

/** Types one raw agent chunk: its schema's output when it fits, an `UnknownChunk` otherwise. Never throws. */
export function toAgentStreamChunk(raw: unknown): AgentStreamChunk {
  const parsed = knownAgentStreamChunkSchema.safeParse(raw);
  return parsed.success ? parsed.data : unknownChunk(raw);
}

/** Types one raw workflow record, like `toAgentStreamChunk`. */
export function toWorkflowStreamEvent(raw: unknown): WorkflowStreamEvent {
  const parsed = knownWorkflowStreamEventSchema.safeParse(raw);
  return parsed.success ? parsed.data : unknownChunk(raw);
}

/** The chunk's own type, also for an `UnknownChunk` (e.g. a misfit `finish` still ended the run). */
export function chunkTypeOf(chunk: AgentStreamChunk | WorkflowStreamEvent): string | undefined {
  return chunk.type === 'unknown' ? chunk.originalType : chunk.type;
}

// Read off the union's own `type` literals and enums, so a chunk schema added to the union is known here too.
const KNOWN_AGENT_TYPES: ReadonlySet<string> = new Set(
  knownAgentStreamChunkSchema.options.flatMap((option) => [...option.shape.type._zod.values] as string[]),
);

/** False for chunk types this SDK version does not model, and for `UnknownChunk`s. */
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
