import { APIResource } from '../core/resource.js';
import type { RequestOptions } from '../core/request-options.js';
import { providersResponseSchema } from '../schemas/agents.js';
import type { ProvidersResponse } from '../schemas/agents.js';
import { builderSettingsSchema } from '../schemas/builder.js';
import type { BuilderSettings } from '../schemas/builder.js';

/** The Agent Builder's server-side configuration (read-only over HTTP). */
export class Builder extends APIResource {
  /**
   * Features, allow-lists resolved for the pickers (`picker.visibleTools` ...: `null` = unrestricted) and the
   * model policy. `{ enabled: false }` when the server has no builder.
   */
  async settings(options?: RequestOptions): Promise<BuilderSettings> {
    return this._client.get('/editor/builder/settings', { schema: builderSettingsSchema, options });
  }

  /** Providers and models allowed by the model policy (providers without allowed models are omitted). */
  async availableModels(options?: RequestOptions): Promise<ProvidersResponse> {
    return this._client.get('/editor/builder/models/available', { schema: providersResponseSchema, options });
  }

  /** Every model provider the server knows, with `connected` = credentials present. */
  async providers(options?: RequestOptions): Promise<ProvidersResponse> {
    return this._client.get('/agents/providers', { schema: providersResponseSchema, options });
  }
}
