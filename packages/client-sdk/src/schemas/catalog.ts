import * as z from 'zod/mini';
import { MASTRA_ERROR_KINDS } from '../core/errors.js';
import { requestContextParamSchema } from './common.js';

/** The four kinds a picker lists. */
export const primitiveKindSchema = /* @__PURE__ */ z.enum(['tool', 'agent', 'workflow', 'model']);
export type PrimitiveKind = z.infer<typeof primitiveKindSchema>;

/** Risk level from a primitive's Paddock annotations. */
export const riskSchema = /* @__PURE__ */ z.enum(['low', 'medium', 'high']);
export type Risk = z.infer<typeof riskSchema>;

/**
 * Paddock annotations, parsed leniently: wrong types drop the field, never the whole object.
 * Carried by a last description line `paddock: {json}` and/or an object at `metadata.paddock` / `paddock`.
 */
export const annotationsSchema = /* @__PURE__ */ z.object({
  owner: z.catch(z.optional(z.string()), undefined),
  contact: z.catch(z.optional(z.string()), undefined),
  risk: z.catch(z.optional(riskSchema), undefined),
  sideEffects: z._default(z.catch(z.array(z.string()), []), []),
  requiresApproval: z._default(z.catch(z.boolean(), false), false),
  example: z.catch(z.optional(z.string()), undefined),
  tags: z._default(z.catch(z.array(z.string()), []), []),
});
export type Annotations = z.infer<typeof annotationsSchema>;

/**
 * Why a catalog item cannot be picked. `policy-unknown`: the builder settings could not be read, so nothing
 * is known to be allowed (see `catalog.policy`).
 */
export const unavailableReasonSchema = /* @__PURE__ */ z.enum([
  'not-allow-listed',
  'model-policy',
  'provider-disconnected',
  'policy-unknown',
]);
export type UnavailableReason = z.infer<typeof unavailableReasonSchema>;

/** Model details of a catalog item of kind `model`. */
export const catalogModelSchema = /* @__PURE__ */ z.object({
  provider: z.string(),
  providerName: z.string(),
  modelId: z.string(),
  connected: z.boolean(),
  isDefault: z.boolean(),
});
export type CatalogModel = z.infer<typeof catalogModelSchema>;

/** One pickable primitive with its annotations and availability. */
export const catalogItemSchema = /* @__PURE__ */ z.object({
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
  unavailableReason: z.optional(unavailableReasonSchema),
  annotations: annotationsSchema,
  /** Plain JSON Schema of the input (tools, workflows). */
  inputSchema: z.optional(z.record(z.string(), z.unknown())),
  model: z.optional(catalogModelSchema),
});
export type CatalogItem = z.infer<typeof catalogItemSchema>;

/**
 * Whether the builder's allow-lists are known. `known`: the settings were read (`builderEnabled: false` means
 * the server runs no builder policy, so every listed primitive is selectable). `unknown`: they could not be
 * read (`reason` is the error kind, e.g. `permission` or `not-found`, or `misfit` for a body that does not fit
 * the schema); then no tool, agent, workflow or model is selectable (`unavailableReason: 'policy-unknown'`).
 */
export const catalogPolicySchema = /* @__PURE__ */ z.discriminatedUnion('state', [
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
export const catalogSchema = /* @__PURE__ */ z.object({
  items: z.array(catalogItemSchema),
  /** Whether the builder's allow-lists could be read; fail closed when not. */
  policy: catalogPolicySchema,
  /** `policy.state === 'known' && policy.builderEnabled`. */
  builderEnabled: z.boolean(),
  modelPolicy: z.object({
    active: z.boolean(),
    pickerVisible: z.boolean(),
    default: z.optional(z.object({ provider: z.string(), modelId: z.string() })),
  }),
  /**
   * What is missing and why: a kind that could not be listed (`permission-denied`, `not-found`; its items are
   * absent), one entry whose shape did not fit (`invalid-entry`, with its `id` and the `issues`), or stored
   * agents whose visibility could not be checked (`visibility-unknown`, no id: they are left out).
   */
  skipped: z._default(
    z.array(
      z.object({
        kind: primitiveKindSchema,
        reason: z.string(),
        id: z.optional(z.string()),
        issues: z.optional(
          z.array(z.object({ path: z.array(z.union([z.string(), z.number()])), message: z.string() })),
        ),
      }),
    ),
    [],
  ),
});
export type Catalog = z.infer<typeof catalogSchema>;

/** `catalog.list` params: the kinds to load and a `requestContext`. */
export const catalogListParamsSchema = /* @__PURE__ */ z.object({
  /** Only these kinds. @default all four */
  kinds: z.optional(z.array(primitiveKindSchema)),
  requestContext: z.optional(requestContextParamSchema),
});
export type CatalogListParams = z.input<typeof catalogListParamsSchema>;
