import { describe, expect, it } from 'vitest';
import { NotFoundError, PermissionDeniedError, ResponseValidationError } from '../core/errors.js';
import { json } from '../testing/mock-fetch.js';
import { routeClient } from '../testing/routes.js';

describe('builder', () => {
  it('settings fill picker defaults (null = unrestricted) and keep unknown fields', async () => {
    const { client } = routeClient({
      'GET /api/editor/builder/settings': {
        enabled: true,
        features: { agent: { tools: true, memory: false } },
        modelPolicy: { active: true, pickerVisible: false, allowed: [{ provider: 'mock' }] },
        picker: { visibleTools: ['a'], visibleAgents: null },
        future: true,
      },
    });
    const settings = await client.builder.settings();
    expect(settings.picker).toEqual({ visibleTools: ['a'], visibleAgents: null, visibleWorkflows: null });
    expect(settings.modelPolicy?.pickerVisible).toBe(false);
    expect(settings['future']).toBe(true);
  });

  it('feature flags tolerate non-boolean values from a newer server', async () => {
    const { client } = routeClient({
      'GET /api/editor/builder/settings': {
        enabled: true,
        features: {
          agent: { tools: true, memory: { enabled: false, limit: 3 }, skills: { tier: 'pro' }, n: 1 },
        },
      },
    });
    const settings = await client.builder.settings();
    // Object flags with a boolean `enabled` count as that; others are dropped (= not disabled).
    expect(settings.features?.agent).toEqual({ tools: true, memory: false });
  });

  it('disabled builder', async () => {
    const { client } = routeClient({
      'GET /api/editor/builder/settings': { enabled: false, modelPolicy: { active: false } },
    });
    expect(await client.builder.settings()).toMatchObject({ enabled: false, modelPolicy: { active: false } });
  });

  it('available models and providers', async () => {
    const providers = {
      providers: [{ id: 'mock', name: 'Mock', envVar: 'X', connected: true, models: ['a'] }],
    };
    const { client } = routeClient({
      'GET /api/editor/builder/models/available': providers,
      'GET /api/agents/providers': providers,
    });
    expect((await client.builder.availableModels()).providers[0]?.models).toEqual(['a']);
    expect((await client.builder.providers()).providers[0]?.connected).toBe(true);
  });

  it('error paths: 403 carries the permission, 404 (builder off or hidden) is NotFoundError, a misfit throws', async () => {
    let reply: () => Response = () => json({}, 200);
    const { client } = routeClient({ 'GET /api/editor/builder/settings': () => reply() });
    reply = () =>
      json({ error: 'Forbidden', message: 'Missing required permission: agent-builder:read' }, 403);
    const denied = await client.builder.settings().catch((e: unknown) => e);
    expect(denied).toBeInstanceOf(PermissionDeniedError);
    expect((denied as PermissionDeniedError).permission).toBe('agent-builder:read');
    reply = () => json({ error: 'Not found' }, 404);
    await expect(client.builder.settings()).rejects.toBeInstanceOf(NotFoundError);
    reply = () => json({ enabled: 'yes' });
    const misfit = await client.builder.settings().catch((e: unknown) => e);
    expect(misfit).toBeInstanceOf(ResponseValidationError);
    expect((misfit as ResponseValidationError).path).toBe('/editor/builder/settings');
    expect((misfit as ResponseValidationError).issues[0]?.path).toEqual(['enabled']);
  });

  it('availableModels: a misfit provider list is a ResponseValidationError', async () => {
    const { client } = routeClient({ 'GET /api/editor/builder/models/available': { providers: 'none' } });
    await expect(client.builder.availableModels()).rejects.toBeInstanceOf(ResponseValidationError);
  });
});
