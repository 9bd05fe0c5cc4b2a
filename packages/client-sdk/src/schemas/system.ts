import * as z from 'zod/mini';

/** `GET /health`. */
export const healthSchema = /* @__PURE__ */ z.looseObject({ success: z.boolean() });
export type Health = z.infer<typeof healthSchema>;

/** Installed Mastra packages, storage and observability store (`GET /system/packages`). */
export const systemPackagesSchema = /* @__PURE__ */ z.looseObject({
  packages: z._default(z.array(z.looseObject({ name: z.string(), version: z.optional(z.string()) })), []),
  isDev: z.optional(z.boolean()),
  cmsEnabled: z.optional(z.boolean()),
  editorSource: z.nullish(z.string()),
  editorSourceCapabilities: z.nullish(z.record(z.string(), z.unknown())),
  observabilityEnabled: z.optional(z.boolean()),
  storageType: z.nullish(z.string()),
  observabilityStorageType: z.nullish(z.string()),
  observabilityStorageCapabilities: z.nullish(
    z.looseObject({ metrics: z.optional(z.boolean()), logs: z.optional(z.boolean()) }),
  ),
});
export type SystemPackages = z.infer<typeof systemPackagesSchema>;

/** What the server can do, derived from several probes that each may be denied or absent. */
export const serverCapabilitiesSchema = /* @__PURE__ */ z.object({
  reachable: z.boolean(),
  /** Editor builder enabled (`/editor/builder/settings.enabled`). */
  builderEnabled: z.boolean(),
  /** Stored agents routes answer (storage with the agents domain configured). */
  storedAgents: z.boolean(),
  authEnabled: z.boolean(),
  observability: z.object({
    enabled: z.boolean(),
    storageType: z.nullable(z.string()),
    metrics: z.nullable(z.boolean()),
  }),
  storageType: z.nullable(z.string()),
  packages: z.nullable(z.array(z.object({ name: z.string(), version: z.optional(z.string()) }))),
  /** Mastra package versions, when `system:read` was allowed. */
  mastraVersion: z.nullable(z.string()),
});
export type ServerCapabilities = z.infer<typeof serverCapabilitiesSchema>;
