import * as z from 'zod/mini';
import { dateSchema, pageParamSchema, paginationSchema, perPageParamSchema } from './common.js';

/** Conditional values are either the value or `[{ value, rules }]` variants; kept opaque here. */
const conditional = <T extends z.core.$ZodType>(schema: T) =>
  z.union([schema, z.array(z.looseObject({ value: z.unknown(), rules: z.optional(z.unknown()) }))]);

/** A stored agent's model: provider and model name. */
export const storedModelSchema = /* @__PURE__ */ z.looseObject({ provider: z.string(), name: z.string() });
export type StoredModel = z.infer<typeof storedModelSchema>;

/** Per-tool (or sub-agent, workflow) settings of a stored agent. */
export const toolConfigSchema = /* @__PURE__ */ z.looseObject({
  description: z.optional(z.string()),
  rules: z.optional(z.unknown()),
});
export type ToolConfig = z.infer<typeof toolConfigSchema>;

/** One block of structured instructions (text or a prompt-block reference). */
export const instructionBlockSchema = /* @__PURE__ */ z.looseObject({ type: z.string() });
/** The block shapes the server documents; responses use the looser `instructionBlockSchema` (new types pass). */
export const knownInstructionBlockSchema = /* @__PURE__ */ z.discriminatedUnion('type', [
  z.object({ type: z.literal('text'), content: z.string() }),
  z.object({ type: z.literal('prompt_block_ref'), id: z.string() }),
  z.object({ type: z.literal('prompt_block'), content: z.string(), rules: z.optional(z.unknown()) }),
]);
export type InstructionBlock = z.infer<typeof knownInstructionBlockSchema>;

/** Fields of an agent snapshot shared by stored agents and their versions. */
const snapshotShape = {
  name: z.string(),
  description: z.nullish(z.string()),
  instructions: z.optional(z.union([z.string(), z.array(instructionBlockSchema)])),
  model: z.optional(conditional(storedModelSchema)),
  tools: z.nullish(conditional(z.record(z.string(), toolConfigSchema))),
  agents: z.nullish(conditional(z.record(z.string(), toolConfigSchema))),
  workflows: z.nullish(conditional(z.record(z.string(), toolConfigSchema))),
  defaultOptions: z.optional(z.unknown()),
  memory: z.optional(z.unknown()),
  scorers: z.optional(z.unknown()),
  requestContextSchema: z.nullish(z.record(z.string(), z.unknown())),
};

/** A stored agent: the thin record merged with its resolved version. */
export const storedAgentSchema = /* @__PURE__ */ z.looseObject({
  ...snapshotShape,
  // PATCH may answer with the thin record alone (mastra-api §2.4), which has no snapshot fields, not even a name.
  name: z.optional(z.string()),
  id: z.string(),
  status: z.string(),
  activeVersionId: z.nullish(z.string()),
  resolvedVersionId: z.nullish(z.string()),
  authorId: z.nullish(z.string()),
  author: z.nullish(
    z.looseObject({ id: z.string(), name: z.nullish(z.string()), email: z.nullish(z.string()) }),
  ),
  metadata: z.nullish(z.record(z.string(), z.unknown())),
  visibility: z.nullish(z.string()),
  favoriteCount: z.nullish(z.number()),
  isFavorited: z.nullish(z.boolean()),
  createdAt: dateSchema,
  updatedAt: dateSchema,
});
export type StoredAgent = z.infer<typeof storedAgentSchema>;

/** A page of stored agents. */
export const storedAgentListSchema = /* @__PURE__ */ z.extend(paginationSchema, {
  agents: z.array(storedAgentSchema),
});
export type StoredAgentList = z.infer<typeof storedAgentListSchema>;

/** A stored agent's lifecycle status. */
export const storedAgentStatusSchema = /* @__PURE__ */ z.enum(['draft', 'published', 'archived']);
export type StoredAgentStatus = z.infer<typeof storedAgentStatusSchema>;

const directionParamSchema = /* @__PURE__ */ z.enum(['ASC', 'DESC']);

/** `storedAgents.list` params. The server defaults `status` to `published`. */
export const storedAgentListParamsSchema = /* @__PURE__ */ z.object({
  /** Which version each agent resolves to. The server defaults to `published`, hiding never-published drafts. */
  status: z.optional(z.enum(['draft', 'published', 'archived'])),
  page: z.optional(pageParamSchema),
  perPage: z.optional(perPageParamSchema),
  orderBy: z.optional(
    z.object({ field: z.enum(['createdAt', 'updatedAt']), direction: directionParamSchema }),
  ),
  authorId: z.optional(z.string()),
  visibility: z.optional(z.enum(['public', 'private'])),
  metadata: z.optional(z.record(z.string(), z.unknown())),
  favoritedOnly: z.optional(z.boolean()),
  /** The server's `pinFavoritedFor` query parameter (a user id), sent as is. */
  pinFavoritedFor: z.optional(z.string()),
});
export type StoredAgentListParams = z.input<typeof storedAgentListParamsSchema>;

/** `storedAgents.retrieve` params: which status to resolve. */
export const storedAgentRetrieveParamsSchema = /* @__PURE__ */ z.object({
  /** `published` (the server's default) resolves the active version; `draft` the latest one. */
  status: z.optional(z.enum(['draft', 'published'])),
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
  z.string().check(z.refine((value) => value.trim() !== '', { error: message, abort: true }));

const instructionBlockParamSchema = /* @__PURE__ */ z.union([
  z.looseObject({ type: z.literal('text'), content: z.string() }),
  z.looseObject({ type: z.literal('prompt_block_ref'), id: z.string().check(z.minLength(1)) }),
  z.looseObject({ type: z.literal('prompt_block'), content: z.string(), rules: z.optional(z.unknown()) }),
]);
const bindingsParamSchema = /* @__PURE__ */ conditional(z.record(z.string(), toolConfigSchema));

/**
 * Config fields accepted on create and update (mastra-api §3.5). Loose: keys this SDK does not know are passed
 * through to the server untouched. If you edit this, also check `snapshotShape` (the response side).
 */
export const storedAgentConfigSchema = /* @__PURE__ */ z.looseObject({
  name: z.optional(notBlank('Name is required.').check(z.maxLength(STORED_AGENT_NAME_MAX))),
  description: z.optional(z.string().check(z.maxLength(STORED_AGENT_DESCRIPTION_MAX))),
  instructions: z.optional(
    z.union([
      notBlank('Instructions are required.'),
      z.array(instructionBlockParamSchema).check(z.minLength(1)),
    ]),
  ),
  model: z.optional(conditional(storedModelSchema)),
  tools: z.optional(bindingsParamSchema),
  agents: z.optional(bindingsParamSchema),
  workflows: z.optional(bindingsParamSchema),
  defaultOptions: z.optional(z.unknown()),
  memory: z.optional(z.unknown()),
  scorers: z.optional(z.unknown()),
  requestContextSchema: z.optional(z.record(z.string(), z.unknown())),
  metadata: z.optional(z.record(z.string(), z.unknown())),
  visibility: z.optional(z.enum(['private', 'public'])),
});
export type StoredAgentConfig = z.input<typeof storedAgentConfigSchema>;

// `autoPublish` is required on both: the server defaults it to `true` on create and `false` on update, so an
// omitted flag would publish by accident on one of them.
const autoPublishSchema = /* @__PURE__ */ z.boolean({
  error: 'autoPublish must be given explicitly (true publishes the new version immediately).',
});

/** A new stored agent; `autoPublish` is required so publishing is always a decision. */
export const storedAgentCreateParamsSchema = /* @__PURE__ */ z.extend(storedAgentConfigSchema, {
  name: notBlank('Name is required.').check(z.maxLength(STORED_AGENT_NAME_MAX)),
  instructions: z.union([
    notBlank('Instructions are required.'),
    z.array(instructionBlockParamSchema).check(z.minLength(1)),
  ]),
  /** Defaults to a slug of `name` on the server; 409 when taken. */
  id: z.optional(z.string().check(z.minLength(1))),
  autoPublish: autoPublishSchema,
});
export type StoredAgentCreateParams = z.input<typeof storedAgentCreateParamsSchema>;

/** Changes to a stored agent (creates a version); `autoPublish` required. */
export const storedAgentUpdateParamsSchema = /* @__PURE__ */ z.extend(storedAgentConfigSchema, {
  autoPublish: autoPublishSchema,
  /** Stored with the version. */
  changeMessage: z.optional(z.string().check(z.maxLength(CHANGE_MESSAGE_MAX))),
});
export type StoredAgentUpdateParams = z.input<typeof storedAgentUpdateParamsSchema>;

/** Delete answer. */
export const storedAgentDeleteResponseSchema = /* @__PURE__ */ z.looseObject({
  success: z.optional(z.boolean()),
  message: z.optional(z.string()),
});
export type StoredAgentDeleteResponse = z.infer<typeof storedAgentDeleteResponseSchema>;

/** Stored agents that reference this one. */
export const dependentsSchema = /* @__PURE__ */ z.looseObject({
  dependents: z.array(z.looseObject({ id: z.string(), name: z.optional(z.string()) })),
  hiddenCount: z._default(z.optional(z.number()), 0),
});
export type Dependents = z.infer<typeof dependentsSchema>;

/** One immutable, numbered version of a stored agent. */
export const agentVersionSchema = /* @__PURE__ */ z.looseObject({
  ...snapshotShape,
  name: z.optional(z.string()),
  id: z.string(),
  agentId: z.string(),
  versionNumber: z.number(),
  changedFields: z.nullish(z.array(z.string())),
  changeMessage: z.nullish(z.string()),
  createdAt: dateSchema,
});
export type AgentVersion = z.infer<typeof agentVersionSchema>;

/** A page of versions. */
export const agentVersionListSchema = /* @__PURE__ */ z.extend(paginationSchema, {
  versions: z.array(agentVersionSchema),
});
export type AgentVersionList = z.infer<typeof agentVersionListSchema>;

/** Page and order of `versions.list`. */
export const agentVersionListParamsSchema = /* @__PURE__ */ z.object({
  page: z.optional(pageParamSchema),
  perPage: z.optional(perPageParamSchema),
  orderBy: z.optional(
    z.object({ field: z.enum(['versionNumber', 'createdAt']), direction: directionParamSchema }),
  ),
});
export type AgentVersionListParams = z.input<typeof agentVersionListParamsSchema>;

/** A manual snapshot of the current draft, with a change message. */
export const agentVersionCreateParamsSchema = /* @__PURE__ */ z.object({
  /** Shown in the version history; the review panel asks for one. */
  changeMessage: z.optional(z.string().check(z.maxLength(CHANGE_MESSAGE_MAX))),
});
export type AgentVersionCreateParams = z.input<typeof agentVersionCreateParamsSchema>;

/** The two versions to compare. */
export const versionCompareParamsSchema = /* @__PURE__ */ z.object({
  /** Version id of the older side. */
  from: z.string().check(z.minLength(1)),
  /** Version id of the newer side. */
  to: z.string().check(z.minLength(1)),
});
export type VersionCompareParams = z.input<typeof versionCompareParamsSchema>;

/** One changed field between two versions. */
export const versionDiffSchema = /* @__PURE__ */ z.looseObject({
  field: z.string(),
  previousValue: z.unknown(),
  currentValue: z.unknown(),
});
export type VersionDiff = z.infer<typeof versionDiffSchema>;

/** The field-by-field diff of two versions. */
export const versionCompareSchema = /* @__PURE__ */ z.looseObject({
  diffs: z.array(versionDiffSchema),
  fromVersion: z.optional(agentVersionSchema),
  toVersion: z.optional(agentVersionSchema),
});
export type VersionCompare = z.infer<typeof versionCompareSchema>;

/** Activate (= publish) answer, with the new `activeVersionId`. */
export const activateVersionResponseSchema = /* @__PURE__ */ z.looseObject({
  success: z.optional(z.boolean()),
  message: z.optional(z.string()),
  activeVersionId: z.optional(z.string()),
});
export type ActivateVersionResponse = z.infer<typeof activateVersionResponseSchema>;
