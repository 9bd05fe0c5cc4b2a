import { z } from 'zod';

/** An allow-listed model: a provider, optionally narrowed to one `modelId`. */
export const modelEntrySchema = z.looseObject({
  kind: z.string().optional(),
  provider: z.string(),
  modelId: z.string().optional(),
});
/** An allow-list entry; without `modelId` the whole provider is allowed. */
export type ModelEntry = z.infer<typeof modelEntrySchema>;

/** The builder's default model for new agents. */
export const defaultModelSchema = z.looseObject({
  kind: z.string().optional(),
  provider: z.string(),
  modelId: z.string(),
});
export type DefaultModel = z.infer<typeof defaultModelSchema>;

/** The builder's model policy: whether it is active, the picker visibility, allowed models and default. */
export const modelPolicySchema = z.looseObject({
  active: z.boolean().default(false),
  pickerVisible: z.boolean().optional(),
  allowed: z.array(modelEntrySchema).optional(),
  default: defaultModelSchema.optional(),
});
export type ModelPolicy = z.infer<typeof modelPolicySchema>;

const allowListSchema = z.looseObject({ allowed: z.array(z.string()).optional() }).optional();

/**
 * Builder feature flags (`features.agent`). Today every value is a boolean; a newer server may send an object
 * (e.g. `{ enabled, ... }`). Such a value must not fail `settings()` and with it the whole catalog: an object
 * with a boolean `enabled` counts as that, anything else is dropped, which hosts read as "not disabled".
 */
export const featureFlagsSchema = z.record(z.string(), z.unknown()).transform((flags) => {
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
});

/** `GET /editor/builder/settings` (mastra-api §3.6). */
export const builderSettingsSchema = z.looseObject({
  enabled: z.boolean(),
  features: z.looseObject({ agent: featureFlagsSchema.optional() }).optional(),
  configuration: z
    .looseObject({
      agent: z
        .looseObject({
          models: z
            .looseObject({
              allowed: z.array(modelEntrySchema).optional(),
              default: defaultModelSchema.optional(),
            })
            .optional(),
          tools: allowListSchema,
          agents: allowListSchema,
          workflows: allowListSchema,
        })
        .optional(),
    })
    .optional(),
  modelPolicy: modelPolicySchema.optional(),
  /** `null` = unrestricted, `[]` = nothing may be picked. Keys match `GET /tools|/agents|/workflows`. */
  picker: z
    .looseObject({
      visibleTools: z.array(z.string()).nullable().default(null),
      visibleAgents: z.array(z.string()).nullable().default(null),
      visibleWorkflows: z.array(z.string()).nullable().default(null),
    })
    .optional(),
  modelPolicyWarnings: z.array(z.string()).optional(),
});
export type BuilderSettings = z.infer<typeof builderSettingsSchema>;
