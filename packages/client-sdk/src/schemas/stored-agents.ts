import { z } from 'zod';
import { dateSchema, pageParamSchema, paginationSchema, perPageParamSchema } from './common.js';

/** Conditional values are either the value or `[{ value, rules }]` variants; kept opaque here. */
const conditional = <T extends z.ZodType>(schema: T) =>
  z.union([schema, z.array(z.looseObject({ value: z.unknown(), rules: z.unknown().optional() }))]);

/** A stored agent's model: provider and model name. */
export const storedModelSchema = z.looseObject({ provider: z.string(), name: z.string() });
export type StoredModel = z.infer<typeof storedModelSchema>;

/** Per-tool (or sub-agent, workflow) settings of a stored agent. */
export const toolConfigSchema = z.looseObject({
  description: z.string().optional(),
  rules: z.unknown().optional(),
});
export type ToolConfig = z.infer<typeof toolConfigSchema>;

/** One block of structured instructions (text or a prompt-block reference). */
export const instructionBlockSchema = z.looseObject({ type: z.string() });
/** The block shapes the server documents; responses use the looser `instructionBlockSchema` (new types pass). */
export const knownInstructionBlockSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('text'), content: z.string() }),
  z.object({ type: z.literal('prompt_block_ref'), id: z.string() }),
  z.object({ type: z.literal('prompt_block'), content: z.string(), rules: z.unknown().optional() }),
]);
export type InstructionBlock = z.infer<typeof knownInstructionBlockSchema>;

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
  // PATCH may answer with the thin record alone (mastra-api §2.4), which has no snapshot fields, not even a name.
  name: z.string().optional(),
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

/** A page of stored agents. */
export const storedAgentListSchema = paginationSchema.extend({ agents: z.array(storedAgentSchema) });
export type StoredAgentList = z.infer<typeof storedAgentListSchema>;

/** A stored agent's lifecycle status. */
export const storedAgentStatusSchema = z.enum(['draft', 'published', 'archived']);
export type StoredAgentStatus = z.infer<typeof storedAgentStatusSchema>;

const directionParamSchema = z.enum(['ASC', 'DESC']);

/** `storedAgents.list` params. The server defaults `status` to `published`. */
export const storedAgentListParamsSchema = z.object({
  /** Which version each agent resolves to. The server defaults to `published`, hiding never-published drafts. */
  status: z.enum(['draft', 'published', 'archived']).optional(),
  page: pageParamSchema.optional(),
  perPage: perPageParamSchema.optional(),
  orderBy: z
    .object({ field: z.enum(['createdAt', 'updatedAt']), direction: directionParamSchema })
    .optional(),
  authorId: z.string().optional(),
  visibility: z.enum(['public', 'private']).optional(),
  metadata: z.record(z.string(), z.unknown()).optional(),
  favoritedOnly: z.boolean().optional(),
  /** The server's `pinFavoritedFor` query parameter (a user id), sent as is. */
  pinFavoritedFor: z.string().optional(),
});
export type StoredAgentListParams = z.input<typeof storedAgentListParamsSchema>;

/** `storedAgents.retrieve` params: which status to resolve. */
export const storedAgentRetrieveParamsSchema = z.object({
  /** `published` (the server's default) resolves the active version; `draft` the latest one. */
  status: z.enum(['draft', 'published']).optional(),
});
export type StoredAgentRetrieveParams = z.input<typeof storedAgentRetrieveParamsSchema>;

export const STORED_AGENT_NAME_MAX = 200;
export const STORED_AGENT_DESCRIPTION_MAX = 1000;
export const CHANGE_MESSAGE_MAX = 500;

/**
 * "Not blank" without rewriting: the value is sent and stored exactly as typed (leading indentation and a
 * trailing newline included); only a value with nothing but whitespace is refused.
 */
const notBlank = (message: string) =>
  z.string().refine((value) => value.trim() !== '', { error: message, abort: true });

const instructionBlockParamSchema = z.union([
  z.looseObject({ type: z.literal('text'), content: z.string() }),
  z.looseObject({ type: z.literal('prompt_block_ref'), id: z.string().min(1) }),
  z.looseObject({ type: z.literal('prompt_block'), content: z.string(), rules: z.unknown().optional() }),
]);
const bindingsParamSchema = conditional(z.record(z.string(), toolConfigSchema));

/**
 * Config fields accepted on create and update (mastra-api §3.5). Loose: keys this SDK does not know are passed
 * through to the server untouched. If you edit this, also check `snapshotShape` (the response side).
 */
export const storedAgentConfigSchema = z.looseObject({
  name: notBlank('Name is required.').max(STORED_AGENT_NAME_MAX).optional(),
  description: z.string().max(STORED_AGENT_DESCRIPTION_MAX).optional(),
  instructions: z
    .union([notBlank('Instructions are required.'), z.array(instructionBlockParamSchema).min(1)])
    .optional(),
  model: conditional(storedModelSchema).optional(),
  tools: bindingsParamSchema.optional(),
  agents: bindingsParamSchema.optional(),
  workflows: bindingsParamSchema.optional(),
  defaultOptions: z.unknown().optional(),
  memory: z.unknown().optional(),
  scorers: z.unknown().optional(),
  requestContextSchema: z.record(z.string(), z.unknown()).optional(),
  metadata: z.record(z.string(), z.unknown()).optional(),
  visibility: z.enum(['private', 'public']).optional(),
});
export type StoredAgentConfig = z.input<typeof storedAgentConfigSchema>;

// `autoPublish` is required on both: the server defaults it to `true` on create and `false` on update, so an
// omitted flag would publish by accident on one of them.
const autoPublishSchema = z.boolean({
  error: 'autoPublish must be given explicitly (true publishes the new version immediately).',
});

/** A new stored agent; `autoPublish` is required so publishing is always a decision. */
export const storedAgentCreateParamsSchema = storedAgentConfigSchema.extend({
  name: notBlank('Name is required.').max(STORED_AGENT_NAME_MAX),
  instructions: z.union([
    notBlank('Instructions are required.'),
    z.array(instructionBlockParamSchema).min(1),
  ]),
  /** Defaults to a slug of `name` on the server; 409 when taken. */
  id: z.string().min(1).optional(),
  autoPublish: autoPublishSchema,
});
export type StoredAgentCreateParams = z.input<typeof storedAgentCreateParamsSchema>;

/** Changes to a stored agent (creates a version); `autoPublish` required. */
export const storedAgentUpdateParamsSchema = storedAgentConfigSchema.extend({
  autoPublish: autoPublishSchema,
  /** Stored with the version. */
  changeMessage: z.string().max(CHANGE_MESSAGE_MAX).optional(),
});
export type StoredAgentUpdateParams = z.input<typeof storedAgentUpdateParamsSchema>;

/** Delete answer. */
export const storedAgentDeleteResponseSchema = z.looseObject({
  success: z.boolean().optional(),
  message: z.string().optional(),
});
export type StoredAgentDeleteResponse = z.infer<typeof storedAgentDeleteResponseSchema>;

/** Stored agents that reference this one. */
export const dependentsSchema = z.looseObject({
  dependents: z.array(z.looseObject({ id: z.string(), name: z.string().optional() })),
  hiddenCount: z.number().optional().default(0),
});
export type Dependents = z.infer<typeof dependentsSchema>;

/** One immutable, numbered version of a stored agent. */
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

/** A page of versions. */
export const agentVersionListSchema = paginationSchema.extend({ versions: z.array(agentVersionSchema) });
export type AgentVersionList = z.infer<typeof agentVersionListSchema>;

/** Page and order of `versions.list`. */
export const agentVersionListParamsSchema = z.object({
  page: pageParamSchema.optional(),
  perPage: perPageParamSchema.optional(),
  orderBy: z
    .object({ field: z.enum(['versionNumber', 'createdAt']), direction: directionParamSchema })
    .optional(),
});
export type AgentVersionListParams = z.input<typeof agentVersionListParamsSchema>;

/** A manual snapshot of the current draft, with a change message. */
export const agentVersionCreateParamsSchema = z.object({
  /** Shown in the version history; the review panel asks for one. */
  changeMessage: z.string().max(CHANGE_MESSAGE_MAX).optional(),
});
export type AgentVersionCreateParams = z.input<typeof agentVersionCreateParamsSchema>;

/** The two versions to compare. */
export const versionCompareParamsSchema = z.object({
  /** Version id of the older side. */
  from: z.string().min(1),
  /** Version id of the newer side. */
  to: z.string().min(1),
});
export type VersionCompareParams = z.input<typeof versionCompareParamsSchema>;

/** One changed field between two versions. */
export const versionDiffSchema = z.looseObject({
  field: z.string(),
  previousValue: z.unknown(),
  currentValue: z.unknown(),
});
export type VersionDiff = z.infer<typeof versionDiffSchema>;

/** The field-by-field diff of two versions. */
export const versionCompareSchema = z.looseObject({
  diffs: z.array(versionDiffSchema),
  fromVersion: agentVersionSchema.optional(),
  toVersion: agentVersionSchema.optional(),
});
export type VersionCompare = z.infer<typeof versionCompareSchema>;

/** Activate (= publish) answer, with the new `activeVersionId`. */
export const activateVersionResponseSchema = z.looseObject({
  success: z.boolean().optional(),
  message: z.string().optional(),
  activeVersionId: z.string().optional(),
});
export type ActivateVersionResponse = z.infer<typeof activateVersionResponseSchema>;
