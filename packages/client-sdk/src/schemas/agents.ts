import * as z from 'zod/mini';
import { encodedJsonSchema, requestContextParamSchema } from './common.js';
import { toolSchema } from './tools.js';

const processorRefSchema = /* @__PURE__ */ z.looseObject({ id: z.string(), name: z.optional(z.string()) });

/** `AgentInfo` from `GET /agents` and `GET /agents/:id`. Unknown fields pass through. */
export const agentSchema = /* @__PURE__ */ z.looseObject({
  id: z.optional(z.string()),
  name: z.string(),
  description: z.optional(z.string()),
  metadata: z.optional(z.record(z.string(), z.unknown())),
  instructions: z.optional(z.unknown()),
  tools: z._default(z.optional(z.record(z.string(), toolSchema)), {}),
  agents: z._default(
    z.optional(
      z.record(z.string(), z.looseObject({ id: z.optional(z.string()), name: z.optional(z.string()) })),
    ),
    {},
  ),
  workflows: z._default(
    z.optional(z.record(z.string(), z.looseObject({ name: z.optional(z.string()) }))),
    {},
  ),
  skills: z.optional(z.array(z.looseObject({ name: z.string() }))),
  inputProcessors: z.optional(z.array(processorRefSchema)),
  outputProcessors: z.optional(z.array(processorRefSchema)),
  provider: z.optional(z.string()),
  modelId: z.optional(z.string()),
  modelVersion: z.optional(z.string()),
  supportsMemory: z.optional(z.boolean()),
  modelList: z.nullish(z.array(z.looseObject({ id: z.string(), enabled: z.optional(z.boolean()) }))),
  defaultOptions: z.optional(z.record(z.string(), z.unknown())),
  requestContextSchema: z.optional(encodedJsonSchema),
  source: z.optional(z.string()),
  status: z.optional(z.string()),
  activeVersionId: z.optional(z.string()),
  hasDraft: z.optional(z.boolean()),
  editor: z.optional(z.unknown()),
});
export type Agent = z.infer<typeof agentSchema>;

/** `GET /agents`: agent id -> agent. */
export const agentMapSchema = /* @__PURE__ */ z.record(z.string(), agentSchema);
export type AgentMap = z.infer<typeof agentMapSchema>;

/** A model provider, its models and whether its credentials are configured (`connected`). */
export const providerSchema = /* @__PURE__ */ z.looseObject({
  id: z.string(),
  name: z.optional(z.string()),
  label: z.optional(z.string()),
  description: z.optional(z.string()),
  envVar: z.optional(z.union([z.string(), z.array(z.string())])),
  connected: z._default(z.optional(z.boolean()), false),
  docUrl: z.optional(z.string()),
  models: z._default(z.optional(z.array(z.string())), []),
});
export type Provider = z.infer<typeof providerSchema>;

/** `GET /agents/providers` and the builder's available models. */
export const providersResponseSchema = /* @__PURE__ */ z.looseObject({ providers: z.array(providerSchema) });
export type ProvidersResponse = z.infer<typeof providersResponseSchema>;

/** Which stored configuration to resolve: `{ status }` or a specific `{ versionId }`. */
const versionStatusSchema = /* @__PURE__ */ z.enum(['draft', 'published']);

/** Which configuration of a stored agent: a status or a pinned version, never both. */
export const agentVersionSelectorSchema = /* @__PURE__ */ z.union([
  z.object({ status: versionStatusSchema }),
  z.object({ versionId: z.string() }),
]);
export type AgentVersionSelector = z.infer<typeof agentVersionSelectorSchema>;

/** `agents.retrieve` params: a stored agent at `status` (draft/published) or a `versionId`. */
export const agentRetrieveParamsSchema = /* @__PURE__ */ z
  .object({
    status: z.optional(versionStatusSchema),
    versionId: z.optional(z.string()),
    requestContext: z.optional(requestContextParamSchema),
  })
  // The server silently prefers one of the two; asking for both is a caller bug worth naming.
  .check(
    z.refine((p) => p.status === undefined || p.versionId === undefined, {
      error: 'pass status or versionId, not both',
      path: ['versionId'],
    }),
  );
export type AgentRetrieveParams = z.input<typeof agentRetrieveParamsSchema>;

/** `agents.list` params: `partial` (lighter entries) and a `requestContext`. */
export const agentListParamsSchema = /* @__PURE__ */ z.object({
  /** Skip schema serialisation on the server (faster, no tool schemas). */
  partial: z.optional(z.boolean()),
  requestContext: z.optional(requestContextParamSchema),
});
export type AgentListParams = z.input<typeof agentListParamsSchema>;

/** Body shared by generate and stream (mastra-api §2.1). Extra keys are passed through. */
export const agentExecuteParamsSchema = /* @__PURE__ */ z.looseObject({
  messages: z.union([z.string(), z.array(z.unknown())]),
  instructions: z.optional(z.unknown()),
  system: z.optional(z.unknown()),
  context: z.optional(z.array(z.unknown())),
  memory: z.optional(
    z.looseObject({
      thread: z.union([z.string(), z.looseObject({ id: z.string() })]),
      resource: z.optional(z.string()),
      options: z.optional(z.record(z.string(), z.unknown())),
      readOnly: z.optional(z.boolean()),
    }),
  ),
  runId: z.optional(z.string()),
  maxSteps: z.optional(z.int().check(z.minimum(1))),
  requestContext: z.optional(requestContextParamSchema),
  /**
   * Run a specific stored version (sets `requestContext.agentVersionId`), e.g. to test a draft before
   * publishing it.
   */
  versionId: z.optional(z.string()),
  versions: z.optional(
    z.looseObject({
      agents: z.optional(
        z.record(
          z.string(),
          z.union([z.looseObject({ versionId: z.string() }), z.looseObject({ status: versionStatusSchema })]),
        ),
      ),
      defaultStatus: z.optional(versionStatusSchema),
    }),
  ),
  /** Router id `provider/model`. */
  model: z.optional(z.string()),
  providerOptions: z.optional(z.record(z.string(), z.record(z.string(), z.unknown()))),
  modelSettings: z.optional(z.record(z.string(), z.unknown())),
  activeTools: z.optional(z.array(z.string())),
  toolChoice: z.optional(
    z.union([
      z.enum(['auto', 'none', 'required']),
      z.looseObject({ type: z.literal('tool'), toolName: z.string() }),
    ]),
  ),
  requireToolApproval: z.optional(z.boolean()),
  tracingOptions: z.optional(z.record(z.string(), z.unknown())),
  structuredOutput: z.optional(z.looseObject({ schema: z.record(z.string(), z.unknown()) })),
});
export type AgentExecuteParams = z.input<typeof agentExecuteParamsSchema>;

/** `FullOutput` of `POST /agents/:id/generate` (lenient; the server adds fields freely). */
export const generateResultSchema = /* @__PURE__ */ z.looseObject({
  text: z.optional(z.string()),
  finishReason: z.nullish(z.string()),
  usage: z.nullish(z.record(z.string(), z.unknown())),
  totalUsage: z.nullish(z.record(z.string(), z.unknown())),
  toolCalls: z.nullish(z.array(z.unknown())),
  toolResults: z.nullish(z.array(z.unknown())),
  steps: z.nullish(z.array(z.unknown())),
  object: z.optional(z.unknown()),
  error: z.optional(z.unknown()),
  traceId: z.nullish(z.string()),
  spanId: z.nullish(z.string()),
  runId: z.nullish(z.string()),
});
export type GenerateResult = z.infer<typeof generateResultSchema>;

/** Approve/decline a `tool-call-approval`: the run and the tool call. */
export const toolCallDecisionParamsSchema = /* @__PURE__ */ z.looseObject({
  runId: z.string(),
  toolCallId: z.string(),
  requestContext: z.optional(requestContextParamSchema),
});
export type ToolCallDecisionParams = z.input<typeof toolCallDecisionParamsSchema>;

/** Answer to a `tool-call-suspended` chunk: the run, the tool call and `resumeData`. */
export const resumeStreamParamsSchema = /* @__PURE__ */ z.looseObject({
  runId: z.string(),
  resumeData: z.optional(z.unknown()),
  toolCallId: z.optional(z.string()),
  requestContext: z.optional(requestContextParamSchema),
});
export type ResumeStreamParams = z.input<typeof resumeStreamParamsSchema>;

/** Re-attach to an agent run at a 0-based event `offset` (omit = replay all). */
export const observeParamsSchema = /* @__PURE__ */ z.object({
  runId: z.string(),
  /** 0-based event index to replay from; omit to replay everything. */
  offset: z.optional(z.int().check(z.minimum(0))),
});
export type ObserveParams = z.input<typeof observeParamsSchema>;

/** Instructions to rewrite and the comment steering the rewrite. */
export const enhanceInstructionsParamsSchema = /* @__PURE__ */ z.object({
  /** The instructions to rewrite. */
  instructions: z.string(),
  /** What the rewrite should achieve, in the user's words. */
  comment: z.string(),
});
export type EnhanceInstructionsParams = z.input<typeof enhanceInstructionsParamsSchema>;

/** The rewritten instructions (`new_prompt`) and why (`explanation`). */
export const enhanceInstructionsResultSchema = /* @__PURE__ */ z.looseObject({
  explanation: z.optional(z.string()),
  new_prompt: z.optional(z.string()),
});
export type EnhanceInstructionsResult = z.infer<typeof enhanceInstructionsResultSchema>;
