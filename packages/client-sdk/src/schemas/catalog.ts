import { z } from 'zod';
import { MASTRA_ERROR_KINDS } from '../core/errors.js';
import { requestContextParamSchema } from './common.js';

/** The four kinds a picker lists. */
export const primitiveKindSchema = z.enum(['tool', 'agent', 'workflow', 'model']);
export type PrimitiveKind = z.infer<typeof primitiveKindSchema>;

/** Risk level from a primitive's Paddock annotations. */
export const riskSchema = z.enum(['low', 'medium', 'high']);
export type Risk = z.infer<typeof riskSchema>;

/**
 * Paddock annotations, parsed leniently: wrong types drop the field, never the whole object.
 * Carried by a last description line `paddock: {json}` and/or an object at `metadata.paddock` / `paddock`.
 */
export const annotationsSchema = z.object({
  owner: z.string().optional().catch(undefined),
  contact: z.string().optional().catch(undefined),
  risk: riskSchema.optional().catch(undefined),
  sideEffects: z.array(z.string()).catch([]).default([]),
  requiresApproval: z.boolean().catch(false).default(false),
  example: z.string().optional().catch(undefined),
  tags: z.array(z.string()).catch([]).default([]),
});
export type Annotations = z.infer<typeof annotationsSchema>;

/**
 * Why a catalog item cannot be picked. `policy-unknown`: the builder settings could not be read, so nothing
 * is known to be allowed (see `catalog.policy`).
 */
export const unavailableReasonSchema = z.enum([
  'not-allow-listed',
  'model-policy',
  'provider-disconnected',
  'policy-unknown',
]);
export type UnavailableReason = z.infer<typeof unavailableReasonSchema>;

/** Model details of a catalog item of kind `model`. */
export const catalogModelSchema = z.object({
  provider: z.string(),
  providerName: z.string(),
  modelId: z.string(),
  connected: z.boolean(),
  isDefault: z.boolean(),
});
export type CatalogModel = z.infer<typeof catalogModelSchema>;

/** One pickable primitive with its annotations and availability. */
export const catalogItemSchema = z.object({
  /** `${kind}:${id}`, unique across the catalog. */
  key: z.string(),
  kind: primitiveKindSchema,
  /** Registration key (tools, workflows), agent id, or `provider/modelId` for models. */
  id: z.string(),
  name: z.string(),
  /** Description without the annotation line. */
  description: z.string(),
  /** Selectable in the builder. */
  available: z.boolean(),
  unavailableReason: unavailableReasonSchema.optional(),
  annotations: annotationsSchema,
  /** Plain JSON Schema of the input (tools, workflows). */
  inputSchema: z.record(z.string(), z.unknown()).optional(),
  model: catalogModelSchema.optional(),
});
export type CatalogItem = z.infer<typeof catalogItemSchema>;

/**
 * Whether the builder's allow-lists are known. `known`: the settings were read (`builderEnabled: false` means
 * the server runs no builder policy, so every listed primitive is selectable). `unknown`: they could not be
 * read (`reason` is the error kind, e.g. `permission` or `not-found`, or `misfit` for a body that does not fit
 * the schema); then no tool, agent, workflow or model is selectable (`unavailableReason: 'policy-unknown'`).
 */
export const catalogPolicySchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('known'), builderEnabled: z.boolean() }),
  z.object({
    state: z.literal('unknown'),
    reason: z.enum([...MASTRA_ERROR_KINDS, 'misfit']),
    /** A sentence for logs and details panes (the error's message). */
    message: z.string(),
    /** The error the settings request failed with (a `MastraClientError`). */
    error: z.unknown(),
  }),
]);
export type CatalogPolicy = z.infer<typeof catalogPolicySchema>;

/** What `catalog.list` returns: items, model policy, builder state and what was skipped. */
export const catalogSchema = z.object({
  items: z.array(catalogItemSchema),
  /** Whether the builder's allow-lists could be read; fail closed when not. */
  policy: catalogPolicySchema,
  /** `policy.state === 'known' && policy.builderEnabled`. */
  builderEnabled: z.boolean(),
  modelPolicy: z.object({
    active: z.boolean(),
    pickerVisible: z.boolean(),
    default: z.object({ provider: z.string(), modelId: z.string() }).optional(),
  }),
  /**
   * What is missing and why: a kind that could not be listed (`permission-denied`, `not-found`; its items are
   * absent), one entry whose shape did not fit (`invalid-entry`, with its `id` and the `issues`), or stored
   * agents whose visibility could not be checked (`visibility-unknown`, no id: they are left out).
   */
  skipped: z
    .array(
      z.object({
        kind: primitiveKindSchema,
        reason: z.string(),
        id: z.string().optional(),
        issues: z
          .array(z.object({ path: z.array(z.union([z.string(), z.number()])), message: z.string() }))
          .optional(),
      }),
    )
    .default([]),
});
export type Catalog = z.infer<typeof catalogSchema>;

/** `catalog.list` params: the kinds to load and a `requestContext`. */
export const catalogListParamsSchema = z.object({
  /** Only these kinds. @default all four */
  kinds: z.array(primitiveKindSchema).optional(),
  requestContext: requestContextParamSchema.optional(),
});
export type CatalogListParams = z.input<typeof catalogListParamsSchema>;
