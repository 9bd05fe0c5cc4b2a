import { describe, expect, it } from 'vitest';
import { AuthenticationError, InternalServerError, ResponseValidationError } from '../core/errors.js';
import { json } from '../testing/mock-fetch.js';
import { routeClient, superjson } from '../testing/routes.js';

const schema = { type: 'object', properties: { id: { type: 'string' } } };
const routes = (over: Record<string, unknown> = {}) => ({
  'GET /api/editor/builder/settings': {
    enabled: true,
    modelPolicy: {
      active: true,
      pickerVisible: true,
      allowed: [{ provider: 'acme', modelId: 'fast' }, { provider: 'other' }],
      default: { provider: 'acme', modelId: 'fast' },
    },
    picker: { visibleTools: ['lookup'], visibleAgents: null, visibleWorkflows: [] },
  },
  'GET /api/tools': {
    lookup: {
      id: 'lookup',
      description: 'Looks up.\npaddock: {"owner":"Ops","risk":"low"}',
      inputSchema: superjson(schema),
    },
    refund: { id: 'refund', description: 'Refunds.', requireApproval: true },
  },
  'GET /api/agents': {
    helper: { name: 'Helper', description: 'Helps', metadata: { paddock: { owner: 'Team' } }, tools: {} },
  },
  'GET /api/workflows': {
    flow: { name: 'Flow', description: 'Flows', steps: {}, stepGraph: [], inputSchema: superjson(schema) },
  },
  'GET /api/agents/providers': {
    providers: [
      { id: 'acme', name: 'Acme AI', connected: true, models: ['fast', 'slow'] },
      { id: 'other', name: 'Other', connected: false, models: ['x'] },
    ],
  },
  ...over,
});

describe('catalog.list', () => {
  it('leaves out one misfit entry and reports it in skipped, keeping the rest of its kind', async () => {
    const { client } = routeClient(
      routes({
        'GET /api/tools': {
          lookup: { id: 'lookup', description: 'Looks up.' },
          broken: { id: 42, description: ['not', 'text'] },
        },
        'GET /api/editor/builder/settings': {
          enabled: true,
          features: { agent: { tools: { enabled: true } } },
          picker: { visibleTools: null },
        },
      }),
    );
    const catalog = await client.catalog.list();
    const tools = catalog.items.filter((i) => i.kind === 'tool').map((i) => i.id);
    expect(tools).toEqual(['lookup']);
    expect(catalog.items.some((i) => i.kind === 'agent')).toBe(true);
    expect(catalog.skipped).toEqual([
      { kind: 'tool', reason: 'invalid-entry', id: 'broken', issues: expect.any(Array) as unknown },
    ]);
    expect(catalog.skipped[0]?.issues?.length).toBeGreaterThan(0);
  });

  it('skips a misfit entry even with validation off (it cannot be built from); a non-map body throws', async () => {
    const off = routeClient(routes({ 'GET /api/tools': { broken: { id: 'broken', description: 7 } } }), {
      validate: false,
    });
    const result = await off.client.catalog.list({ kinds: ['tool'] });
    expect(result.items).toEqual([]);
    expect(result.skipped.map((s) => s.id)).toEqual(['broken']);
    const { client } = routeClient(routes({ 'GET /api/tools': ['not', 'a', 'map'] }));
    await expect(client.catalog.list()).rejects.toBeInstanceOf(ResponseValidationError);
  });

  it('merges primitives, allow-lists, model policy and annotations', async () => {
    const { client } = routeClient(routes());
    const catalog = await client.catalog.list();
    expect(catalog.builderEnabled).toBe(true);
    expect(catalog.modelPolicy).toEqual({
      active: true,
      pickerVisible: true,
      default: { provider: 'acme', modelId: 'fast' },
    });
    const byKey = Object.fromEntries(catalog.items.map((i) => [i.key, i]));
    expect(Object.keys(byKey)).toEqual([
      'tool:lookup',
      'tool:refund',
      'agent:helper',
      'workflow:flow',
      'model:acme/fast',
      'model:acme/slow',
      'model:other/x',
    ]);
    expect(byKey['tool:lookup']).toMatchObject({
      kind: 'tool',
      id: 'lookup',
      name: 'lookup',
      description: 'Looks up.',
      available: true,
      annotations: { owner: 'Ops', risk: 'low', sideEffects: [], tags: [], requiresApproval: false },
      inputSchema: schema,
    });
    expect(byKey['tool:refund']).toMatchObject({ available: false, unavailableReason: 'not-allow-listed' });
    expect(byKey['tool:refund']?.annotations.requiresApproval).toBe(true);
    expect(byKey['agent:helper']).toMatchObject({
      available: true,
      name: 'Helper',
      annotations: { owner: 'Team' },
    });
    expect(byKey['workflow:flow']).toMatchObject({ available: false, unavailableReason: 'not-allow-listed' });
    expect(byKey['model:acme/fast']).toMatchObject({
      available: true,
      model: { provider: 'acme', providerName: 'Acme AI', modelId: 'fast', connected: true, isDefault: true },
    });
    expect(byKey['model:acme/slow']).toMatchObject({ available: false, unavailableReason: 'model-policy' });
    expect(byKey['model:other/x']).toMatchObject({
      available: false,
      unavailableReason: 'provider-disconnected',
    });
    expect(catalog.skipped).toEqual([]);
  });

  it('without a builder everything is selectable and the policy is inactive', async () => {
    const { client } = routeClient(
      routes({ 'GET /api/editor/builder/settings': { enabled: false, modelPolicy: { active: false } } }),
    );
    const catalog = await client.catalog.list();
    expect(catalog.builderEnabled).toBe(false);
    expect(catalog.modelPolicy).toEqual({ active: false, pickerVisible: true });
    expect(catalog.items.filter((i) => i.kind !== 'model').every((i) => i.available)).toBe(true);
    expect(catalog.items.find((i) => i.key === 'model:acme/slow')?.available).toBe(true);
  });

  it('kinds the caller may not list are skipped, not fatal', async () => {
    const { client } = routeClient(
      routes({
        'GET /api/workflows': () =>
          json({ error: 'Forbidden', message: 'Missing required permission: workflows:read' }, 403),
      }),
    );
    const catalog = await client.catalog.list();
    expect(catalog.skipped).toEqual([{ kind: 'workflow', reason: 'permission-denied' }]);
    expect(catalog.items.some((i) => i.kind === 'workflow')).toBe(false);
  });

  it('allow-lists fail closed: unreadable builder settings make nothing selectable, with the reason', async () => {
    const cases: [string, Record<string, unknown>, { validate?: boolean }, string][] = [
      [
        '403',
        { 'GET /api/editor/builder/settings': () => json({ error: 'Forbidden' }, 403) },
        {},
        'permission',
      ],
      [
        '404',
        { 'GET /api/editor/builder/settings': () => json({ error: 'Not found' }, 404) },
        {},
        'not-found',
      ],
      ['500', { 'GET /api/editor/builder/settings': () => json({ error: 'boom' }, 500) }, {}, 'server'],
      ['misfit', { 'GET /api/editor/builder/settings': { enabled: 'yes' } }, {}, 'misfit'],
      [
        'misfit, validate: false',
        { 'GET /api/editor/builder/settings': { enabled: 'yes', picker: 7 } },
        { validate: false },
        'misfit',
      ],
      ['not an object', { 'GET /api/editor/builder/settings': 'oops' }, { validate: false }, 'misfit'],
    ];
    for (const [label, over, options, reason] of cases) {
      const { client } = routeClient(routes(over), options);
      const catalog = await client.catalog.list();
      expect(catalog.policy, label).toMatchObject({ state: 'unknown', reason });
      expect(catalog.policy.state === 'unknown' && catalog.policy.message.length > 0, label).toBe(true);
      expect(catalog.builderEnabled, label).toBe(false);
      expect(catalog.items.length, label).toBe(7);
      for (const item of catalog.items) {
        expect({ label, key: item.key, available: item.available, reason: item.unavailableReason }).toEqual({
          label,
          key: item.key,
          available: false,
          reason: 'policy-unknown',
        });
      }
    }
  });

  it('policy is known when the settings were read; enabled: false means no builder policy', async () => {
    const on = await routeClient(routes()).client.catalog.list();
    expect(on.policy).toEqual({ state: 'known', builderEnabled: true });
    const off = await routeClient(
      routes({ 'GET /api/editor/builder/settings': { enabled: false, modelPolicy: { active: false } } }),
    ).client.catalog.list();
    expect(off.policy).toEqual({ state: 'known', builderEnabled: false });
  });

  it("other users' private stored agents are left out: only those the stored-agents routes let the caller read stay", async () => {
    const stored = (id: string) => ({ name: id, source: 'stored', tools: {} });
    const record = (id: string) => ({
      id,
      name: id,
      status: 'draft',
      createdAt: '2026-01-01T00:00:00Z',
      updatedAt: '2026-01-01T00:00:00Z',
    });
    const { client, fetch } = routeClient(
      routes({
        'GET /api/agents': {
          code: { name: 'Code', source: 'code', tools: {} },
          mine: stored('mine'),
          public: stored('public'),
          scoped: stored('scoped'),
          theirs: stored('theirs'),
        },
        'GET /api/stored/agents': (req: { url: URL }) => {
          const status = req.url.searchParams.get('status');
          const page = Number(req.url.searchParams.get('page'));
          // Two pages of drafts, the first one short (the server filters after paging).
          const agents = status === 'draft' ? (page === 0 ? [record('mine')] : [record('public')]) : [];
          return { agents, total: 3, page, perPage: 100, hasMore: status === 'draft' && page === 0 };
        },
        'GET /api/stored/agents/scoped': record('scoped'),
        'GET /api/stored/agents/theirs': () => json({ error: 'Not found' }, 404),
      }),
    );
    const catalog = await client.catalog.list({ kinds: ['agent'] });
    expect(catalog.items.map((i) => i.id).sort()).toEqual(['code', 'mine', 'public', 'scoped']);
    expect(catalog.skipped).toEqual([]);
    const checked = fetch.calls.map((c) => c.url.pathname).filter((p) => p.startsWith('/api/stored/agents/'));
    expect(checked.sort()).toEqual(['/api/stored/agents/scoped', '/api/stored/agents/theirs']);
  });

  it('stored agents whose visibility cannot be checked are left out and reported (fail closed)', async () => {
    const { client, fetch } = routeClient(
      routes({
        'GET /api/agents': {
          code: { name: 'Code', source: 'code', tools: {} },
          a: { name: 'A', source: 'stored', tools: {} },
          b: { name: 'B', source: 'stored', tools: {} },
        },
        'GET /api/stored/agents': () => json({ error: 'Forbidden' }, 403),
      }),
    );
    const catalog = await client.catalog.list({ kinds: ['agent'] });
    expect(catalog.items.map((i) => i.id)).toEqual(['code']);
    expect(catalog.skipped).toEqual([{ kind: 'agent', reason: 'visibility-unknown' }]);
    // After a 403 on the list, the per-agent route (same permission) is not asked.
    expect(fetch.calls.filter((c) => c.url.pathname.startsWith('/api/stored/agents/'))).toHaveLength(0);
  });

  it('a network or server failure while checking visibility fails the catalog (not silently hidden)', async () => {
    const { client } = routeClient(
      routes({
        'GET /api/agents': { a: { name: 'A', source: 'stored', tools: {} } },
        'GET /api/stored/agents': () => json({ error: 'boom' }, 503),
      }),
    );
    await expect(client.catalog.list({ kinds: ['agent'] })).rejects.toBeInstanceOf(InternalServerError);
  });

  it('no stored agents in the list: no visibility requests at all', async () => {
    const { client, fetch } = routeClient(routes());
    await client.catalog.list({ kinds: ['agent'] });
    expect(fetch.calls.some((c) => c.url.pathname.startsWith('/api/stored'))).toBe(false);
  });

  it('kinds filter limits the requests', async () => {
    const { client, fetch } = routeClient(routes());
    const catalog = await client.catalog.list({ kinds: ['tool'] });
    expect(new Set(catalog.items.map((i) => i.kind))).toEqual(new Set(['tool']));
    expect(fetch.calls.map((c) => c.url.pathname).sort()).toEqual([
      '/api/editor/builder/settings',
      '/api/tools',
    ]);
  });

  it('authentication and server errors propagate', async () => {
    const unauth = routeClient(
      routes({ 'GET /api/tools': () => json({ error: 'Invalid or expired token' }, 401) }),
    );
    await expect(unauth.client.catalog.list()).rejects.toBeInstanceOf(AuthenticationError);
    const broken = routeClient(routes({ 'GET /api/agents': () => json({ error: 'boom' }, 500) }));
    await expect(broken.client.catalog.list()).rejects.toBeInstanceOf(InternalServerError);
  });
});
