import { z } from 'zod';

export const modelEntrySchema = z.looseObject({
  kind: z.string().optional(),
  provider: z.string(),
  modelId: z.string().optional(),
});
/** An allow-list entry; without `modelId` the whole provider is allowed. */
export type ModelEntry = z.infer<typeof modelEntrySchema>;

export const defaultModelSchema = z.looseObject({
  kind: z.string().optional(),
  provider: z.string(),
  modelId: z.string(),
});
export type DefaultModel = z.infer<typeof defaultModelSchema>;

export const modelPolicySchema = z.looseObject({
  active: z.boolean().default(false),
  pickerVisible: z.boolean().optional(),
  allowed: z.array(modelEntrySchema).optional(),
  default: defaultModelSchema.optional(),
});
export type ModelPolicy = z.infer<typeof modelPolicySchema>;

const allowListSchema = z.looseObject({ allowed: z.array(z.string()).optional() }).optional();

/** `GET /editor/builder/settings` (mastra-api §3.6). */
export const builderSettingsSchema = z.looseObject({
  enabled: z.boolean(),
  features: z.looseObject({ agent: z.record(z.string(), z.boolean()).optional() }).optional(),
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
