import type { ResourceImpl } from '../core/lazy.js';
import { providersResponseSchema } from '../schemas/agents.js';
import { builderSettingsSchema } from '../schemas/builder.js';
import type { Builder } from './builder.js';

/** The bodies of `Builder`'s async methods (documented there), loaded with the first call. */
export const builderImpl: ResourceImpl<Builder> = {
  async settings(options) {
    return this.client.get('/editor/builder/settings', { schema: builderSettingsSchema, options });
  },

  async availableModels(options) {
    return this.client.get('/editor/builder/models/available', { schema: providersResponseSchema, options });
  },

  async providers(options) {
    return this.client.get('/agents/providers', { schema: providersResponseSchema, options });
  },
};
