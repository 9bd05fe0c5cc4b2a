import { describe, expect, it } from 'vitest';
import { InternalServerError } from '../core/errors.js';
import { MastraClient } from '../client.js';
import { json, mockFetch } from '../testing/mock-fetch.js';
import { routeClient } from '../testing/routes.js';

describe('system', () => {
  it('health lives outside the api prefix', async () => {
    const { client, last } = routeClient({ 'GET /health': { success: true } });
    expect(await client.system.health()).toEqual({ success: true });
    expect(last().url.pathname).toBe('/health');
  });

  it('packages', async () => {
    const { client } = routeClient({
      'GET /api/system/packages': {
        packages: [{ name: '@mastra/core', version: '1.71.0' }],
        storageType: 'libsql',
      },
    });
    expect((await client.system.packages()).storageType).toBe('libsql');
  });

  it('capabilities summarises probes and treats 403/404 as unknown', async () => {
    const { client } = routeClient({
      'GET /health': { success: true },
      'GET /api/system/packages': {
        packages: [{ name: '@mastra/core', version: '1.71.0' }],
        observabilityEnabled: true,
        observabilityStorageType: 'libsql',
        observabilityStorageCapabilities: { metrics: false },
        storageType: 'libsql',
      },
      'GET /api/editor/builder/settings': () => json({ error: 'Forbidden' }, 403),
      'GET /api/auth/capabilities': { enabled: true, login: null },
      'GET /api/stored/agents': { total: 0, page: 0, perPage: 1, hasMore: false, agents: [] },
    });
    expect(await client.system.capabilities()).toEqual({
      reachable: true,
      builderEnabled: false,
      storedAgents: true,
      authEnabled: true,
      observability: { enabled: true, storageType: 'libsql', metrics: false },
      storageType: 'libsql',
      packages: [{ name: '@mastra/core', version: '1.71.0' }],
      mastraVersion: '1.71.0',
    });
  });

  it('capabilities reports storedAgents: false when /stored/agents answers 500 (no storage), without retrying it', async () => {
    const fetch = mockFetch((req) => {
      switch (req.url.pathname) {
        case '/health':
          return json({ success: true });
        case '/api/system/packages':
          return json({ packages: [], storageType: null });
        case '/api/stored/agents':
          return json({ error: 'Storage is not configured' }, 500);
        default:
          return json({ error: 'not found' }, 404);
      }
    });
    const client = new MastraClient({ baseUrl: 'http://mastra.test', fetch, maxRetries: 2, retryDelay: 1 });
    const capabilities = await client.system.capabilities();
    expect(capabilities).toMatchObject({ reachable: true, storedAgents: false, builderEnabled: false });
    expect(fetch.calls.filter((c) => c.url.pathname === '/api/stored/agents')).toHaveLength(1);
  });

  it('capabilities propagates server faults', async () => {
    const { client } = routeClient({ 'GET /health': () => json({ error: 'x' }, 500) });
    await expect(client.system.capabilities()).rejects.toBeInstanceOf(InternalServerError);
  });
});
