import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '@paddock/playground-server/testing';
import type { TestServer } from '@paddock/playground-server/testing';
import { MastraClient } from './client.js';
import { NotFoundError } from './core/errors.js';
import { createPermissionChecker } from './core/permissions.js';
import { sharedSuite } from './testing/integration-suite.js';

let server: TestServer;
let model: { provider: string; name: string } = { provider: '', name: '' };
const client = () => new MastraClient({ baseUrl: server.baseUrl });

beforeAll(async () => {
  server = await startTestServer({ profile: 'minimal' });
  // Discover a model instead of assuming one: the first connected provider's first model.
  const { providers } = await client().agents.providers();
  const provider = providers.find((p) => p.connected && p.models.length > 0) ?? providers[0];
  model = { provider: provider?.id ?? '', name: provider?.models[0] ?? '' };
});
afterAll(async () => {
  await server?.stop();
});

describe('minimal server (other primitives, no builder, auth off)', () => {
  sharedSuite({
    client,
    model: () => model,
    editor: false,
    baseUrl: () => server.baseUrl,
    headers: () => ({}),
  });

  it('auth off: capabilities say disabled and the checker allows everything', async () => {
    const caps = await client().auth.capabilities();
    expect(caps.enabled).toBe(false);
    const checker = createPermissionChecker(caps);
    expect(checker.rbac).toBe(false);
    expect(checker.can('stored-agents:publish')).toBe(true);
  });

  it('no builder: settings disabled, catalog reports builder off with everything selectable', async () => {
    // Exactly one of the two documented outcomes; any other failure (e.g. a misfit response) must fail here.
    const settings = await client()
      .builder.settings()
      .catch((e: unknown) => e);
    if (settings instanceof NotFoundError) expect(settings.status).toBe(404);
    else expect(settings).toMatchObject({ enabled: false });
    const catalog = await client().catalog.list();
    expect(catalog.builderEnabled).toBe(false);
    expect(catalog.items.filter((i) => i.kind !== 'model').every((i) => i.available)).toBe(true);
    const caps = await client().system.capabilities();
    expect(caps.builderEnabled).toBe(false);
    expect(caps.authEnabled).toBe(false);
  });
});
