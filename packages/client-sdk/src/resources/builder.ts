import { lazyImpl } from '../core/lazy.js';
import { APIResource } from '../core/resource.js';
import type { RequestOptions } from '../core/request-options.js';
import type { ProvidersResponse } from '../schemas/agents.js';
import type { BuilderSettings } from '../schemas/builder.js';

const run = /* @__PURE__ */ lazyImpl<Builder>('builder', () =>
  import('./impls.js').then((m) => m.builderImpl),
);

/** The Agent Builder's server-side configuration (read-only over HTTP). */
export class Builder extends APIResource {
  /**
   * Features, allow-lists resolved for the pickers (`picker.visibleTools` ...: `null` = unrestricted) and the
   * model policy. `{ enabled: false }` when the server has no builder.
   */
  settings(options?: RequestOptions): Promise<BuilderSettings> {
    return run(this, this._client, 'settings', options);
  }

  /** Providers and models allowed by the model policy (providers without allowed models are omitted). */
  availableModels(options?: RequestOptions): Promise<ProvidersResponse> {
    return run(this, this._client, 'availableModels', options);
  }

  /** Every model provider the server knows, with `connected` = credentials present. */
  providers(options?: RequestOptions): Promise<ProvidersResponse> {
    return run(this, this._client, 'providers', options);
  }
}
