import type { ResourceImpl } from '../core/lazy.js';
import { APIError } from '../core/errors.js';
import { authCapabilitiesSchema } from '../schemas/auth.js';
import { builderSettingsSchema } from '../schemas/builder.js';
import { storedAgentListSchema } from '../schemas/stored-agents.js';
import { healthSchema, systemPackagesSchema } from '../schemas/system.js';
import type { System } from './system.js';

/** The bodies of `System`'s async methods (documented there), loaded with the first call. */
export const systemImpl: ResourceImpl<System> = {
  async health(options) {
    return this.client.get('/health', { schema: healthSchema, prefixed: false, options });
  },

  async packages(options) {
    return this.client.get('/system/packages', { schema: systemPackagesSchema, options });
  },

  async capabilities(options) {
    const soft = async <T>(promise: Promise<T>, serverErrors = false): Promise<T | null> => {
      try {
        return await promise;
      } catch (error) {
        if (error instanceof APIError && (error.status < 500 || serverErrors)) return null;
        throw error;
      }
    };
    const client = this.client;
    const [health, packages, settings, auth, stored] = await Promise.all([
      soft(this.resource.health(options)),
      soft(this.resource.packages(options)),
      soft(client.get('/editor/builder/settings', { schema: builderSettingsSchema, options })),
      soft(client.get('/auth/capabilities', { schema: authCapabilitiesSchema, options })),
      soft(
        client.get('/stored/agents', {
          query: { perPage: 1 },
          schema: storedAgentListSchema,
          // "Storage not configured" is a 500 that retrying cannot fix; do not make the caller wait for it.
          options: { maxRetries: 0, ...options },
        }),
        true,
      ),
    ]);
    const core = packages?.packages.find((p) => p.name === '@mastra/core');
    return {
      reachable: !!health?.success,
      builderEnabled: !!settings?.enabled,
      storedAgents: stored !== null,
      authEnabled: !!auth?.enabled,
      observability: {
        enabled: !!packages?.observabilityEnabled,
        storageType: packages?.observabilityStorageType ?? null,
        metrics: packages?.observabilityStorageCapabilities?.metrics ?? null,
      },
      storageType: packages?.storageType ?? null,
      packages: packages?.packages ?? null,
      mastraVersion: core?.version ?? null,
    };
  },
};
