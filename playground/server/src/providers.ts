import { ModelsDevGateway, PROVIDER_REGISTRY, type MastraModelGatewayInterface } from '@mastra/core/llm';
import type { REAL_PROVIDER_ENV_KEYS } from './ids.js';

type RealProviderId = 'openai' | 'anthropic';
type RealProvider = { provider: 'openai' } | { provider: 'anthropic' };

// Typed against REAL_PROVIDER_ENV_KEYS: a provider added here without its key there would leak into tests.
const KEYS: Record<RealProviderId, (typeof REAL_PROVIDER_ENV_KEYS)[number]> = {
  openai: 'OPENAI_API_KEY',
  anthropic: 'ANTHROPIC_API_KEY',
};

function enabled(env: NodeJS.ProcessEnv): RealProviderId[] {
  return (Object.keys(KEYS) as RealProviderId[]).filter((id) => Boolean(env[KEYS[id]]));
}

/**
 * Real model providers join the builder's allow-list only when their API key is present, so the default
 * (keyless) server never lists, and never calls, a remote model.
 */
export function realProviderModels(env: NodeJS.ProcessEnv = process.env): RealProvider[] {
  return enabled(env).map((provider): RealProvider => (provider === 'openai' ? { provider } : { provider }));
}

/**
 * AUTO_BLOCK_EXTERNAL_PROVIDERS hides Mastra's bundled provider registry (it would also call Netlify), so each
 * keyed provider is re-exposed as its own gateway: the listing comes from the bundled registry (no network),
 * and model calls are delegated to Mastra's models.dev gateway, which talks to the provider's real API.
 */
export function realProviderGateways(
  env: NodeJS.ProcessEnv = process.env,
): Record<string, MastraModelGatewayInterface> {
  const gateways: Record<string, MastraModelGatewayInterface> = {};
  for (const id of enabled(env)) {
    const config = PROVIDER_REGISTRY[id];
    const delegate = new ModelsDevGateway({ [id]: config });
    gateways[id] = {
      id,
      name: config.name,
      fetchProviders: async () => ({ [id]: config }),
      buildUrl: (modelId, envVars) => delegate.buildUrl(modelId, envVars),
      getApiKey: (modelId) => delegate.getApiKey(modelId),
      resolveLanguageModel: (args) => delegate.resolveLanguageModel(args),
    };
  }
  return gateways;
}
