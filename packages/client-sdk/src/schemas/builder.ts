import * as z from 'zod/mini';

/** An allow-listed model: a provider, optionally narrowed to one `modelId`. */
export const modelEntrySchema = /* @__PURE__ */ z.looseObject({
  kind: z.optional(z.string()),
  provider: z.string(),
  modelId: z.optional(z.string()),
});
/** An allow-list entry; without `modelId` the whole provider is allowed. */
export type ModelEntry = z.infer<typeof modelEntrySchema>;

/** The builder's default model for new agents. */
export const defaultModelSchema = /* @__PURE__ */ z.looseObject({
  kind: z.optional(z.string()),
  provider: z.string(),
  modelId: z.string(),
});
export type DefaultModel = z.infer<typeof defaultModelSchema>;

/** The builder's model policy: whether it is active, the picker visibility, allowed models and default. */
export const modelPolicySchema = /* @__PURE__ */ z.looseObject({
  active: z._default(z.boolean(), false),
  pickerVisible: z.optional(z.boolean()),
  allowed: z.optional(z.array(modelEntrySchema)),
  default: z.optional(defaultModelSchema),
});
export type ModelPolicy = z.infer<typeof modelPolicySchema>;

const allowListSchema = /* @__PURE__ */ z.optional(
  z.looseObject({ allowed: z.optional(z.array(z.string())) }),
);

/**
 * Builder feature flags (`features.agent`). Today every value is a boolean; a newer server may send an object
 * (e.g. `{ enabled, ... }`). Such a value must not fail `settings()` and with it the whole catalog: an object
 * with a boolean `enabled` counts as that, anything else is dropped, which hosts read as "not disabled".
 */
export const featureFlagsSchema = /* @__PURE__ */ z.pipe(
  z.record(z.string(), z.unknown()),
  z.transform((flags) => {
    const out: Record<string, boolean> = {};
    for (const [key, value] of Object.entries(flags)) {
      if (typeof value === 'boolean') out[key] = value;
      else if (
        value &&
        typeof value === 'object' &&
        typeof (value as { enabled?: unknown }).enabled === 'boolean'
      )
        out[key] = (value as { enabled: boolean }).enabled;
    }
    return out;
  }),
);

/** `GET /editor/builder/settings` (mastra-api §3.6). */
export const builderSettingsSchema = /* @__PURE__ */ z.looseObject({
  enabled: z.boolean(),
  features: z.optional(z.looseObject({ agent: z.optional(featureFlagsSchema) })),
  configuration: z.optional(
    z.looseObject({
      agent: z.optional(
        z.looseObject({
          models: z.optional(
            z.looseObject({
              allowed: z.optional(z.array(modelEntrySchema)),
              default: z.optional(defaultModelSchema),
            }),
          ),
          tools: allowListSchema,
          agents: allowListSchema,
          workflows: allowListSchema,
        }),
      ),
    }),
  ),
  modelPolicy: z.optional(modelPolicySchema),
  /** `null` = unrestricted, `[]` = nothing may be picked. Keys match `GET /tools|/agents|/workflows`. */
  picker: z.optional(
    z.looseObject({
      visibleTools: z._default(z.nullable(z.array(z.string())), null),
      visibleAgents: z._default(z.nullable(z.array(z.string())), null),
      visibleWorkflows: z._default(z.nullable(z.array(z.string())), null),
    }),
  ),
  modelPolicyWarnings: z.optional(z.array(z.string())),
});
export type BuilderSettings = z.infer<typeof builderSettingsSchema>;
