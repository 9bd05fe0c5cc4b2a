import { z } from 'zod';

/** `GET /health`. */
export const healthSchema = z.looseObject({ success: z.boolean() });
export type Health = z.infer<typeof healthSchema>;

/** Installed Mastra packages, storage and observability store (`GET /system/packages`). */
export const systemPackagesSchema = z.looseObject({
  packages: z.array(z.looseObject({ name: z.string(), version: z.string().optional() })).default([]),
  isDev: z.boolean().optional(),
  cmsEnabled: z.boolean().optional(),
  editorSource: z.string().nullish(),
  editorSourceCapabilities: z.record(z.string(), z.unknown()).nullish(),
  observabilityEnabled: z.boolean().optional(),
  storageType: z.string().nullish(),
  observabilityStorageType: z.string().nullish(),
  observabilityStorageCapabilities: z
    .looseObject({ metrics: z.boolean().optional(), logs: z.boolean().optional() })
    .nullish(),
});
export type SystemPackages = z.infer<typeof systemPackagesSchema>;

/** What the server can do, derived from several probes that each may be denied or absent. */
export const serverCapabilitiesSchema = z.object({
  reachable: z.boolean(),
  /** Editor builder enabled (`/editor/builder/settings.enabled`). */
  builderEnabled: z.boolean(),
  /** Stored agents routes answer (storage with the agents domain configured). */
  storedAgents: z.boolean(),
  authEnabled: z.boolean(),
  observability: z.object({
    enabled: z.boolean(),
    storageType: z.string().nullable(),
    metrics: z.boolean().nullable(),
  }),
  storageType: z.string().nullable(),
  packages: z.array(z.object({ name: z.string(), version: z.string().optional() })).nullable(),
  /** Mastra package versions, when `system:read` was allowed. */
  mastraVersion: z.string().nullable(),
});
export type ServerCapabilities = z.infer<typeof serverCapabilitiesSchema>;
