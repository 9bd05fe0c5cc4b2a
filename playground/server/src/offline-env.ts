/**
 * The environment switches that keep a Mastra server on loopback (see mastra-server.md §2.1). They must be set
 * before any @mastra module is evaluated, so main.ts applies them and only then imports the server.
 */
export interface OfflineEnvReport {
  removedLicenceKeys: string[];
  forcedDevelopment: boolean;
}

const LICENCE_KEYS = ['MASTRA_LICENSE_KEY', 'MASTRA_EE_LICENSE', 'MASTRA_LICENSE_URL'];

export function applyOfflineEnv(env: NodeJS.ProcessEnv = process.env): OfflineEnvReport {
  // Without it /agents/providers and builder models/available call the Netlify gateway.
  env.AUTO_BLOCK_EXTERNAL_PROVIDERS = '1';
  // Skips the models.dev provider-registry refresh.
  env.MASTRA_OFFLINE = '1';
  env.MASTRA_TELEMETRY_DISABLED = '1';
  // Only makes the mock provider report `connected: true`.
  env.MOCK_API_KEY ??= 'offline-mock-key';
  // A licence key makes startup call license.mastra.ai; this playground is development and testing only.
  const removedLicenceKeys = LICENCE_KEYS.filter((key) => env[key] !== undefined);
  for (const key of removedLicenceKeys) delete env[key];
  // The Agent Builder and RBAC run without a licence only in development mode.
  const forcedDevelopment = env.NODE_ENV === 'production' || env.NODE_ENV === 'prod';
  if (forcedDevelopment) env.NODE_ENV = 'development';
  return { removedLicenceKeys, forcedDevelopment };
}
