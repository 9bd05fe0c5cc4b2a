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
export interface ServerCapabilities {
  reachable: boolean;
  /** Editor builder enabled (`/editor/builder/settings.enabled`). */
  builderEnabled: boolean;
  /** Stored agents routes answer (storage with the agents domain configured). */
  storedAgents: boolean;
  authEnabled: boolean;
  observability: { enabled: boolean; storageType: string | null; metrics: boolean | null };
  storageType: string | null;
  packages: { name: string; version?: string | undefined }[] | null;
  /** Mastra package versions, when `system:read` was allowed. */
  mastraVersion: string | null;
}
