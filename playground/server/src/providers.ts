/**
 * Real model providers join the builder's allow-list only when their API key is present, so the default
 * (keyless) server never lists, and never calls, a remote model.
 */
type RealProvider = { provider: 'openai' } | { provider: 'anthropic' };

export function realProviderModels(env: NodeJS.ProcessEnv = process.env): RealProvider[] {
  const providers: RealProvider[] = [];
  if (env.OPENAI_API_KEY) providers.push({ provider: 'openai' });
  if (env.ANTHROPIC_API_KEY) providers.push({ provider: 'anthropic' });
  return providers;
}
