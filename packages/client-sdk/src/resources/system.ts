import { APIResource } from '../core/resource.js';
import { APIError } from '../core/errors.js';
import type { RequestOptions } from '../core/request-options.js';
import { authCapabilitiesSchema } from '../schemas/auth.js';
import { builderSettingsSchema } from '../schemas/builder.js';
import { storedAgentListSchema } from '../schemas/stored-agents.js';
import { healthSchema, systemPackagesSchema } from '../schemas/system.js';
import type { Health, ServerCapabilities, SystemPackages } from '../schemas/system.js';

/** Server health and feature detection. */
export class System extends APIResource {
  /** `GET /health` (outside the API prefix, public). */
  async health(options?: RequestOptions): Promise<Health> {
    return this._client.get('/health', { schema: healthSchema, prefixed: false, options });
  }

  /** Installed Mastra packages, storage and observability details (needs `system:read`). */
  async packages(options?: RequestOptions): Promise<SystemPackages> {
    return this._client.get('/system/packages', { schema: systemPackagesSchema, options });
  }

  /**
   * Probes the server once and summarises what it supports. Each probe may be denied (403) or missing (404);
   * those count as "unknown/off" rather than failing the whole call. The stored-agents probe is also soft for
   * 5xx: a server without storage answers `GET /stored/agents` with 500, and that is exactly the server this
   * detection is for (`storedAgents: false`). Other errors propagate.
   */
  async capabilities(options?: RequestOptions): Promise<ServerCapabilities> {
    const soft = async <T>(promise: Promise<T>, serverErrors = false): Promise<T | null> => {
      try {
        return await promise;
      } catch (error) {
        if (error instanceof APIError && (error.status < 500 || serverErrors)) return null;
        throw error;
      }
    };
    const client = this._client;
    const [health, packages, settings, auth, stored] = await Promise.all([
      soft(this.health(options)),
      soft(this.packages(options)),
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
  }
}
