import * as z from 'zod/mini';

/**
 * Runtime check for every chunk: an object with a string `type`. Payloads are not validated, so a server that
 * adds chunk types or fields never breaks a stream.
 */
export const streamChunkSchema = /* @__PURE__ */ z.looseObject({ type: z.string() });

/**
 * Fields every chunk may carry. Chunk schemas are loose objects: a server that adds fields never breaks a
 * stream; only the fields the SDK types are checked.
 */
const base = {
  runId: z.optional(z.string()),
  from: z.optional(z.string()),
  metadata: z.optional(z.record(z.string(), z.unknown())),
};

const chunk = <T extends string, P extends z.core.$ZodType>(type: T, payload: P) =>
  z.looseObject({ ...base, type: z.literal(type), payload });

const toolCallRef = { toolCallId: z.string(), toolName: z.string() };

/** `text-delta`: a piece of the answer text. */
export const textDeltaChunkSchema = /* @__PURE__ */ chunk(
  'text-delta',
  z.looseObject({ id: z.optional(z.string()), text: z.string(), providerMetadata: z.optional(z.unknown()) }),
);
/** `tool-call`: the model called a tool. */
export const toolCallChunkSchema = /* @__PURE__ */ chunk(
  'tool-call',
  z.looseObject({
    ...toolCallRef,
    args: z.optional(z.unknown()),
    providerExecuted: z.optional(z.boolean()),
    dynamic: z.optional(z.boolean()),
  }),
);
/** `tool-result`: a tool's output (`isError` for failures). */
export const toolResultChunkSchema = /* @__PURE__ */ chunk(
  'tool-result',
  z.looseObject({
    ...toolCallRef,
    result: z.unknown(),
    isError: z.optional(z.boolean()),
    args: z.optional(z.unknown()),
  }),
);
/** `tool-error`: a tool threw. */
export const toolErrorChunkSchema = /* @__PURE__ */ chunk(
  'tool-error',
  z.looseObject({ ...toolCallRef, args: z.optional(z.unknown()), error: z.unknown() }),
);
/** `tool-call-approval`: the run pauses until the call is approved or declined. */
export const toolCallApprovalChunkSchema = /* @__PURE__ */ chunk(
  'tool-call-approval',
  z.looseObject({
    ...toolCallRef,
    args: z.record(z.string(), z.unknown()),
    resumeSchema: z.optional(z.string()),
  }),
);
/** `tool-call-suspended`: a tool suspended; answer with `resumeStream`. */
export const toolCallSuspendedChunkSchema = /* @__PURE__ */ chunk(
  'tool-call-suspended',
  z.looseObject({
    ...toolCallRef,
    suspendPayload: z.optional(z.unknown()),
    args: z.optional(z.record(z.string(), z.unknown())),
    resumeSchema: z.optional(z.string()),
  }),
);
const stepResult = /* @__PURE__ */ z.optional(z.looseObject({ reason: z.optional(z.string()) }));
/** `finish`: the run ended (usage, final text). */
export const finishChunkSchema = /* @__PURE__ */ chunk(
  'finish',
  z.looseObject({
    stepResult,
    output: z.optional(
      z.looseObject({ usage: z.optional(z.record(z.string(), z.unknown())), text: z.optional(z.string()) }),
    ),
    metadata: z.optional(z.record(z.string(), z.unknown())),
  }),
);
/** `step-finish`: one model step ended. */
export const stepFinishChunkSchema = /* @__PURE__ */ chunk(
  'step-finish',
  z.looseObject({ stepResult, output: z.optional(z.record(z.string(), z.unknown())) }),
);
/** `error`: an in-band failure after the response started. */
export const errorChunkSchema = /* @__PURE__ */ chunk('error', z.looseObject({ error: z.unknown() }));
/** `tripwire`: a processor blocked the run, with its reason. */
export const tripwireChunkSchema = /* @__PURE__ */ chunk(
  'tripwire',
  z.looseObject({ reason: z.string(), retry: z.optional(z.boolean()), processorId: z.optional(z.string()) }),
);
/**
 * `tool-output-denied`: the chunk after a declined approval (`decline-tool-call`): the call did not run.
 * `approval.reason` is the reason given when declining, if any.
 */
export const toolOutputDeniedChunkSchema = /* @__PURE__ */ chunk(
  'tool-output-denied',
  z.looseObject({
    ...toolCallRef,
    args: z.optional(z.record(z.string(), z.unknown())),
    approval: z.optional(
      z.looseObject({
        id: z.optional(z.string()),
        approved: z.optional(z.boolean()),
        reason: z.optional(z.string()),
      }),
    ),
  }),
);
/** `object`/`object-result`: structured output. */
export const objectChunkSchema = /* @__PURE__ */ z.looseObject({
  ...base,
  type: z.enum(['object', 'object-result']),
  object: z.unknown(),
  payload: z.optional(z.unknown()),
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
export const opaqueChunkSchema = /* @__PURE__ */ z.looseObject({
  ...base,
  type: z.enum(OPAQUE_TYPES),
  payload: z.optional(z.record(z.string(), z.unknown())),
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
export const knownAgentStreamChunkSchema = /* @__PURE__ */ z.union([
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

const wf = <T extends string, P extends z.core.$ZodType>(type: T, payload: P) =>
  z.looseObject({ ...base, id: z.optional(z.string()), type: z.literal(type), payload });

const known = { id: z.string() };

/** Every workflow record the SDK models (mastra-api §2.2), as loose schemas. */
export const knownWorkflowStreamEventSchema = /* @__PURE__ */ z.union([
  wf('workflow-start', z.looseObject({ workflowId: z.optional(z.string()) })),
  wf(
    'workflow-step-start',
    z.looseObject({ ...known, stepCallId: z.optional(z.string()), status: z.optional(z.string()) }),
  ),
  wf(
    'workflow-step-result',
    z.looseObject({
      ...known,
      stepCallId: z.optional(z.string()),
      status: z.string(),
      output: z.optional(z.unknown()),
    }),
  ),
  wf(
    'workflow-step-suspended',
    z.looseObject({ ...known, status: z.optional(z.string()), suspendPayload: z.optional(z.unknown()) }),
  ),
  wf('workflow-step-waiting', z.looseObject(known)),
  wf(
    'workflow-step-progress',
    z.looseObject({
      ...known,
      completedCount: z.number(),
      totalCount: z.number(),
      currentIndex: z.optional(z.number()),
    }),
  ),
  wf('workflow-step-output', z.unknown()),
  wf(
    'workflow-step-finish',
    z.looseObject({ ...known, metadata: z.optional(z.record(z.string(), z.unknown())) }),
  ),
  wf(
    'workflow-finish',
    z.looseObject({
      workflowStatus: z.string(),
      finalWorkflowResult: z.optional(z.unknown()),
      output: z.optional(z.unknown()),
    }),
  ),
  z.looseObject({
    ...base,
    id: z.optional(z.string()),
    type: z.enum(['workflow-canceled', 'workflow-paused']),
    payload: z.optional(z.record(z.string(), z.unknown())),
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
  const parsed = z.safeParse(knownAgentStreamChunkSchema, raw);
  return parsed.success ? parsed.data : unknownChunk(raw);
}

/** Types one raw workflow record, like `toAgentStreamChunk`. */
export function toWorkflowStreamEvent(raw: unknown): WorkflowStreamEvent {
  const parsed = z.safeParse(knownWorkflowStreamEventSchema, raw);
  return parsed.success ? parsed.data : unknownChunk(raw);
}

/** The chunk's own type, also for an `UnknownChunk` (e.g. a misfit `finish` still ended the run). */
export function chunkTypeOf(chunk: AgentStreamChunk | WorkflowStreamEvent): string | undefined {
  return chunk.type === 'unknown' ? chunk.originalType : chunk.type;
}

// Read off the union's own `type` literals and enums, so a chunk schema added to the union is known here too.
// Built on first use: a module-level set would keep the whole union in every bundle that imports this file.
let knownAgentTypes: ReadonlySet<string> | undefined;

/** False for chunk types this SDK version does not model, and for `UnknownChunk`s. */
export function isKnownAgentChunk(chunk: { type: string }): chunk is KnownAgentStreamChunk {
  knownAgentTypes ??= new Set(
    knownAgentStreamChunkSchema._zod.def.options.flatMap(
      (option) => [...(option._zod.def.shape.type._zod.values ?? [])] as string[],
    ),
  );
  return knownAgentTypes.has(chunk.type);
}

/** Narrowing helper that also works on `UnknownChunk` values typed loosely by the host. */
export function isChunkType<C extends { type: string }, T extends C['type']>(
  chunk: C,
  type: T,
): chunk is Extract<C, { type: T }> {
  return chunk.type === type;
}
