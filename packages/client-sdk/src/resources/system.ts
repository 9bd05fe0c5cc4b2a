import { lazyImpl } from '../core/lazy.js';
import { APIResource } from '../core/resource.js';
import type { RequestOptions } from '../core/request-options.js';
import type { Health, ServerCapabilities, SystemPackages } from '../schemas/system.js';

const run = /* @__PURE__ */ lazyImpl<System>('system', () => import('./impls.js').then((m) => m.systemImpl));

/** Server health and feature detection. */
export class System extends APIResource {
  /** `GET /health` (outside the API prefix, public). */
  health(options?: RequestOptions): Promise<Health> {
    return run(this, this._client, 'health', options);
  }

  /** Installed Mastra packages, storage and observability details (needs `system:read`). */
  packages(options?: RequestOptions): Promise<SystemPackages> {
    return run(this, this._client, 'packages', options);
  }

  /**
   * Probes the server once and summarises what it supports. Each probe may be denied (403) or missing (404);
   * those count as "unknown/off" rather than failing the whole call. The stored-agents probe is also soft for
   * 5xx: a server without storage answers `GET /stored/agents` with 500, and that is exactly the server this
   * detection is for (`storedAgents: false`). Other errors propagate.
   */
  capabilities(options?: RequestOptions): Promise<ServerCapabilities> {
    return run(this, this._client, 'capabilities', options);
  }
}
