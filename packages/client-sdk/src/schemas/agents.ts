import { z } from 'zod';
import { encodedJsonSchema, requestContextParamSchema } from './common.js';
import { toolSchema } from './tools.js';

const processorRefSchema = z.looseObject({ id: z.string(), name: z.string().optional() });

/** `AgentInfo` from `GET /agents` and `GET /agents/:id`. Unknown fields pass through. */
export const agentSchema = z.looseObject({
  id: z.string().optional(),
  name: z.string(),
  description: z.string().optional(),
  metadata: z.record(z.string(), z.unknown()).optional(),
  instructions: z.unknown().optional(),
  tools: z.record(z.string(), toolSchema).optional().default({}),
  agents: z
    .record(z.string(), z.looseObject({ id: z.string().optional(), name: z.string().optional() }))
    .optional()
    .default({}),
  workflows: z
    .record(z.string(), z.looseObject({ name: z.string().optional() }))
    .optional()
    .default({}),
  skills: z.array(z.looseObject({ name: z.string() })).optional(),
  inputProcessors: z.array(processorRefSchema).optional(),
  outputProcessors: z.array(processorRefSchema).optional(),
  provider: z.string().optional(),
  modelId: z.string().optional(),
  modelVersion: z.string().optional(),
  supportsMemory: z.boolean().optional(),
  modelList: z.array(z.looseObject({ id: z.string(), enabled: z.boolean().optional() })).nullish(),
  defaultOptions: z.record(z.string(), z.unknown()).optional(),
  requestContextSchema: encodedJsonSchema.optional(),
  source: z.string().optional(),
  status: z.string().optional(),
  activeVersionId: z.string().optional(),
  hasDraft: z.boolean().optional(),
  editor: z.unknown().optional(),
});
export type Agent = z.infer<typeof agentSchema>;

/** `GET /agents`: agent id -> agent. */
export const agentMapSchema = z.record(z.string(), agentSchema);
export type AgentMap = z.infer<typeof agentMapSchema>;

/** A model provider, its models and whether its credentials are configured (`connected`). */
export const providerSchema = z.looseObject({
  id: z.string(),
  name: z.string().optional(),
  label: z.string().optional(),
  description: z.string().optional(),
  envVar: z.union([z.string(), z.array(z.string())]).optional(),
  connected: z.boolean().optional().default(false),
  docUrl: z.string().optional(),
  models: z.array(z.string()).optional().default([]),
});
export type Provider = z.infer<typeof providerSchema>;

/** `GET /agents/providers` and the builder's available models. */
export const providersResponseSchema = z.looseObject({ providers: z.array(providerSchema) });
export type ProvidersResponse = z.infer<typeof providersResponseSchema>;

/** Which stored configuration to resolve: `{ status }` or a specific `{ versionId }`. */
const versionStatusSchema = z.enum(['draft', 'published']);

/** Which configuration of a stored agent: a status or a pinned version, never both. */
export const agentVersionSelectorSchema = z.union([
  z.object({ status: versionStatusSchema }),
  z.object({ versionId: z.string() }),
]);
export type AgentVersionSelector = z.infer<typeof agentVersionSelectorSchema>;

/** `agents.retrieve` params: a stored agent at `status` (draft/published) or a `versionId`. */
export const agentRetrieveParamsSchema = z
  .object({
    status: versionStatusSchema.optional(),
    versionId: z.string().optional(),
    requestContext: requestContextParamSchema.optional(),
  })
  // The server silently prefers one of the two; asking for both is a caller bug worth naming.
  .refine((p) => p.status === undefined || p.versionId === undefined, {
    message: 'pass status or versionId, not both',
    path: ['versionId'],
  });
export type AgentRetrieveParams = z.input<typeof agentRetrieveParamsSchema>;

/** `agents.list` params: `partial` (lighter entries) and a `requestContext`. */
export const agentListParamsSchema = z.object({
  /** Skip schema serialisation on the server (faster, no tool schemas). */
  partial: z.boolean().optional(),
  requestContext: requestContextParamSchema.optional(),
});
export type AgentListParams = z.input<typeof agentListParamsSchema>;

/** Body shared by generate and stream (mastra-api §2.1). Extra keys are passed through. */
export const agentExecuteParamsSchema = z.looseObject({
  messages: z.union([z.string(), z.array(z.unknown())]),
  instructions: z.unknown().optional(),
  system: z.unknown().optional(),
  context: z.array(z.unknown()).optional(),
  memory: z
    .looseObject({
      thread: z.union([z.string(), z.looseObject({ id: z.string() })]),
      resource: z.string().optional(),
      options: z.record(z.string(), z.unknown()).optional(),
      readOnly: z.boolean().optional(),
    })
    .optional(),
  runId: z.string().optional(),
  maxSteps: z.number().int().min(1).optional(),
  requestContext: requestContextParamSchema.optional(),
  /**
   * Run a specific stored version (sets `requestContext.agentVersionId`), e.g. to test a draft before
   * publishing it.
   */
  versionId: z.string().optional(),
  versions: z
    .looseObject({
      agents: z
        .record(
          z.string(),
          z.union([z.looseObject({ versionId: z.string() }), z.looseObject({ status: versionStatusSchema })]),
        )
        .optional(),
      defaultStatus: versionStatusSchema.optional(),
    })
    .optional(),
  /** Router id `provider/model`. */
  model: z.string().optional(),
  providerOptions: z.record(z.string(), z.record(z.string(), z.unknown())).optional(),
  modelSettings: z.record(z.string(), z.unknown()).optional(),
  activeTools: z.array(z.string()).optional(),
  toolChoice: z
    .union([
      z.enum(['auto', 'none', 'required']),
      z.looseObject({ type: z.literal('tool'), toolName: z.string() }),
    ])
    .optional(),
  requireToolApproval: z.boolean().optional(),
  tracingOptions: z.record(z.string(), z.unknown()).optional(),
  structuredOutput: z.looseObject({ schema: z.record(z.string(), z.unknown()) }).optional(),
});
export type AgentExecuteParams = z.input<typeof agentExecuteParamsSchema>;

/** `FullOutput` of `POST /agents/:id/generate` (lenient; the server adds fields freely). */
export const generateResultSchema = z.looseObject({
  text: z.string().optional(),
  finishReason: z.string().nullish(),
  usage: z.record(z.string(), z.unknown()).nullish(),
  totalUsage: z.record(z.string(), z.unknown()).nullish(),
  toolCalls: z.array(z.unknown()).nullish(),
  toolResults: z.array(z.unknown()).nullish(),
  steps: z.array(z.unknown()).nullish(),
  object: z.unknown().optional(),
  error: z.unknown().optional(),
  traceId: z.string().nullish(),
  spanId: z.string().nullish(),
  runId: z.string().nullish(),
});
export type GenerateResult = z.infer<typeof generateResultSchema>;

/** Approve/decline a `tool-call-approval`: the run and the tool call. */
export const toolCallDecisionParamsSchema = z.looseObject({
  runId: z.string(),
  toolCallId: z.string(),
  requestContext: requestContextParamSchema.optional(),
});
export type ToolCallDecisionParams = z.input<typeof toolCallDecisionParamsSchema>;

/** Answer to a `tool-call-suspended` chunk: the run, the tool call and `resumeData`. */
export const resumeStreamParamsSchema = z.looseObject({
  runId: z.string(),
  resumeData: z.unknown().optional(),
  toolCallId: z.string().optional(),
  requestContext: requestContextParamSchema.optional(),
});
export type ResumeStreamParams = z.input<typeof resumeStreamParamsSchema>;

/** Re-attach to an agent run at a 0-based event `offset` (omit = replay all). */
export const observeParamsSchema = z.object({
  runId: z.string(),
  /** 0-based event index to replay from; omit to replay everything. */
  offset: z.number().int().min(0).optional(),
});
export type ObserveParams = z.input<typeof observeParamsSchema>;

/** Instructions to rewrite and the comment steering the rewrite. */
export const enhanceInstructionsParamsSchema = z.object({
  /** The instructions to rewrite. */
  instructions: z.string(),
  /** What the rewrite should achieve, in the user's words. */
  comment: z.string(),
});
export type EnhanceInstructionsParams = z.input<typeof enhanceInstructionsParamsSchema>;

/** The rewritten instructions (`new_prompt`) and why (`explanation`). */
export const enhanceInstructionsResultSchema = z.looseObject({
  explanation: z.string().optional(),
  new_prompt: z.string().optional(),
});
export type EnhanceInstructionsResult = z.infer<typeof enhanceInstructionsResultSchema>;
