import { z } from 'zod';
import { encodedJsonSchema } from './common.js';
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

export const agentMapSchema = z.record(z.string(), agentSchema);
export type AgentMap = z.infer<typeof agentMapSchema>;

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

export const providersResponseSchema = z.looseObject({ providers: z.array(providerSchema) });
export type ProvidersResponse = z.infer<typeof providersResponseSchema>;

/** Which stored configuration to resolve: `{ status }` or a specific `{ versionId }`. */
export type AgentVersionSelector = { status: 'draft' | 'published' } | { versionId: string };

export interface AgentRetrieveParams {
  status?: 'draft' | 'published' | undefined;
  versionId?: string | undefined;
  requestContext?: Record<string, unknown> | undefined;
}

export interface AgentListParams {
  /** Skip schema serialisation on the server (faster, no tool schemas). */
  partial?: boolean | undefined;
  requestContext?: Record<string, unknown> | undefined;
}

/** Body shared by generate and stream (mastra-api §2.1). Extra keys are passed through. */
export interface AgentExecuteParams {
  messages: string | unknown[];
  instructions?: unknown;
  system?: unknown;
  context?: unknown[];
  memory?: {
    thread: string | { id: string };
    resource?: string;
    options?: Record<string, unknown>;
    readOnly?: boolean;
  };
  runId?: string;
  maxSteps?: number;
  requestContext?: Record<string, unknown>;
  /**
   * Run a specific stored version (sets `requestContext.agentVersionId`), e.g. to test a draft before
   * publishing it.
   */
  versionId?: string;
  versions?: {
    agents?: Record<string, { versionId: string } | { status: 'draft' | 'published' }>;
    defaultStatus?: 'draft' | 'published';
  };
  /** Router id `provider/model`. */
  model?: string;
  providerOptions?: Record<string, Record<string, unknown>>;
  modelSettings?: Record<string, unknown>;
  activeTools?: string[];
  toolChoice?: 'auto' | 'none' | 'required' | { type: 'tool'; toolName: string };
  requireToolApproval?: boolean;
  tracingOptions?: Record<string, unknown>;
  structuredOutput?: { schema: Record<string, unknown>; [key: string]: unknown };
  [key: string]: unknown;
}

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

export interface ToolCallDecisionParams {
  runId: string;
  toolCallId: string;
  requestContext?: Record<string, unknown>;
  [key: string]: unknown;
}

export interface ResumeStreamParams {
  runId: string;
  resumeData?: unknown;
  toolCallId?: string;
  requestContext?: Record<string, unknown>;
  [key: string]: unknown;
}

export interface ObserveParams {
  runId: string;
  /** 0-based event index to replay from; omit to replay everything. */
  offset?: number;
}

export const enhanceInstructionsResultSchema = z.looseObject({
  explanation: z.string().optional(),
  new_prompt: z.string().optional(),
});
export type EnhanceInstructionsResult = z.infer<typeof enhanceInstructionsResultSchema>;
