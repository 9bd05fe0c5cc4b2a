import { z } from 'zod';
import { dateSchema, paginationSchema } from './common.js';

/** Conditional values are either the value or `[{ value, rules }]` variants; kept opaque here. */
const conditional = <T extends z.ZodType>(schema: T) =>
  z.union([schema, z.array(z.looseObject({ value: z.unknown(), rules: z.unknown().optional() }))]);

export const storedModelSchema = z.looseObject({ provider: z.string(), name: z.string() });
export type StoredModel = z.infer<typeof storedModelSchema>;

export const toolConfigSchema = z.looseObject({
  description: z.string().optional(),
  rules: z.unknown().optional(),
});
export type ToolConfig = z.infer<typeof toolConfigSchema>;

export const instructionBlockSchema = z.looseObject({ type: z.string() });
export type InstructionBlock =
  | { type: 'text'; content: string }
  | { type: 'prompt_block_ref'; id: string }
  | { type: 'prompt_block'; content: string; rules?: unknown };

/** Fields of an agent snapshot shared by stored agents and their versions. */
const snapshotShape = {
  name: z.string(),
  description: z.string().nullish(),
  instructions: z.union([z.string(), z.array(instructionBlockSchema)]).optional(),
  model: conditional(storedModelSchema).optional(),
  tools: conditional(z.record(z.string(), toolConfigSchema)).nullish(),
  agents: conditional(z.record(z.string(), toolConfigSchema)).nullish(),
  workflows: conditional(z.record(z.string(), toolConfigSchema)).nullish(),
  defaultOptions: z.unknown().optional(),
  memory: z.unknown().optional(),
  scorers: z.unknown().optional(),
  requestContextSchema: z.record(z.string(), z.unknown()).nullish(),
};

/** A stored agent: the thin record merged with its resolved version. */
export const storedAgentSchema = z.looseObject({
  ...snapshotShape,
  id: z.string(),
  status: z.string(),
  activeVersionId: z.string().nullish(),
  resolvedVersionId: z.string().nullish(),
  authorId: z.string().nullish(),
  author: z
    .looseObject({ id: z.string(), name: z.string().nullish(), email: z.string().nullish() })
    .nullish(),
  metadata: z.record(z.string(), z.unknown()).nullish(),
  visibility: z.string().nullish(),
  favoriteCount: z.number().nullish(),
  isFavorited: z.boolean().nullish(),
  createdAt: dateSchema,
  updatedAt: dateSchema,
});
export type StoredAgent = z.infer<typeof storedAgentSchema>;

export const storedAgentListSchema = paginationSchema.extend({ agents: z.array(storedAgentSchema) });
export type StoredAgentList = z.infer<typeof storedAgentListSchema>;

export type StoredAgentStatus = 'draft' | 'published' | 'archived';

export interface StoredAgentListParams {
  /** Which version each agent resolves to. The server defaults to `published`, hiding never-published drafts. */
  status?: StoredAgentStatus;
  page?: number;
  perPage?: number;
  orderBy?: { field: 'createdAt' | 'updatedAt'; direction: 'ASC' | 'DESC' };
  authorId?: string;
  visibility?: 'public' | 'private';
  metadata?: Record<string, unknown>;
  favoritedOnly?: boolean;
}

/** Config fields accepted on create and update (mastra-api §3.5). Extra keys are passed through. */
export interface StoredAgentConfig {
  name?: string;
  description?: string;
  instructions?: string | InstructionBlock[];
  model?: { provider: string; name: string; [key: string]: unknown } | unknown[];
  tools?: Record<string, { description?: string; rules?: unknown }> | unknown[];
  agents?: Record<string, { description?: string; rules?: unknown }> | unknown[];
  workflows?: Record<string, { description?: string; rules?: unknown }> | unknown[];
  defaultOptions?: Record<string, unknown> | unknown[];
  memory?: unknown;
  scorers?: unknown;
  requestContextSchema?: Record<string, unknown>;
  metadata?: Record<string, unknown>;
  visibility?: 'private' | 'public';
  [key: string]: unknown;
}

export interface StoredAgentCreateParams extends StoredAgentConfig {
  name: string;
  instructions: string | InstructionBlock[];
  /** Defaults to a slug of `name` on the server; 409 when taken. */
  id?: string;
  /**
   * Publish version 1 immediately. Required here because the server's default (`true`) is the opposite of
   * update's (`false`): being explicit avoids publishing by accident.
   */
  autoPublish: boolean;
}

export interface StoredAgentUpdateParams extends StoredAgentConfig {
  /** Make the new version active. Required for the same reason as on create. */
  autoPublish: boolean;
  /** Stored with the version (at most 500 characters). */
  changeMessage?: string;
}

export const storedAgentDeleteResponseSchema = z.looseObject({
  success: z.boolean().optional(),
  message: z.string().optional(),
});
export type StoredAgentDeleteResponse = z.infer<typeof storedAgentDeleteResponseSchema>;

export const dependentsSchema = z.looseObject({
  dependents: z.array(z.looseObject({ id: z.string(), name: z.string().optional() })),
  hiddenCount: z.number().optional().default(0),
});
export type Dependents = z.infer<typeof dependentsSchema>;

export const agentVersionSchema = z.looseObject({
  ...snapshotShape,
  name: z.string().optional(),
  id: z.string(),
  agentId: z.string(),
  versionNumber: z.number(),
  changedFields: z.array(z.string()).nullish(),
  changeMessage: z.string().nullish(),
  createdAt: dateSchema,
});
export type AgentVersion = z.infer<typeof agentVersionSchema>;

export const agentVersionListSchema = paginationSchema.extend({ versions: z.array(agentVersionSchema) });
export type AgentVersionList = z.infer<typeof agentVersionListSchema>;

export interface AgentVersionListParams {
  page?: number;
  perPage?: number;
  orderBy?: { field: 'versionNumber' | 'createdAt'; direction: 'ASC' | 'DESC' };
}

export const versionDiffSchema = z.looseObject({
  field: z.string(),
  previousValue: z.unknown(),
  currentValue: z.unknown(),
});
export type VersionDiff = z.infer<typeof versionDiffSchema>;

export const versionCompareSchema = z.looseObject({
  diffs: z.array(versionDiffSchema),
  fromVersion: agentVersionSchema.optional(),
  toVersion: agentVersionSchema.optional(),
});
export type VersionCompare = z.infer<typeof versionCompareSchema>;

export const activateVersionResponseSchema = z.looseObject({
  success: z.boolean().optional(),
  message: z.string().optional(),
  activeVersionId: z.string().optional(),
});
export type ActivateVersionResponse = z.infer<typeof activateVersionResponseSchema>;
