import { MastraClient } from '@paddock/client-sdk';
import { mockAgents, mockProviders, mockSettings, mockTools, mockWorkflows } from './mock-server.js';

/**
 * An in-memory Mastra for the review panel's component tests, served through the SDK's injectable `fetch`:
 * one stored agent with an active version 1 and a draft version 2 that adds the high-risk `send-email` tool,
 * the dataset routes the review ledger uses (items stamped with the caller, as the real server does), and
 * version activation. State is shared between clients of different roles, like one server.
 */
export type ReviewMockRole = 'builder' | 'reviewer' | 'viewer';

const PERMISSIONS: Record<ReviewMockRole, string[]> = {
  builder: ['*:read', 'stored-agents:write', 'datasets:write', 'agents:execute'],
  reviewer: ['*:read', 'stored-agents:write', 'stored-agents:publish', 'datasets:write'],
  viewer: ['*:read'],
};

const REQUIRED: [RegExp, string, string][] = [
  [/^\/stored\/agents\/[^/]+\/versions\/[^/]+\/activate$/, 'POST', 'stored-agents:publish'],
  [/^\/datasets(\/[^/]+\/items)?$/, 'POST', 'datasets:write'],
];

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

const t0 = Date.UTC(2026, 0, 5, 9, 0, 0);
const iso = (offset: number) => new Date(t0 + offset * 60_000).toISOString();

export interface ReviewMockServer {
  client(role: ReviewMockRole): MastraClient;
  /** Method and path of every request, in order. */
  calls: string[];
  agent: { activeVersionId: string | null; latestVersionId: string };
  /** Adds a newer draft version (what the author's next save does). */
  saveNewDraft(): void;
}

export interface ReviewMockOptions {
  /** Refuse every activation with 403, as a server whose RBAC differs from what capabilities claimed. */
  denyActivate?: boolean;
}

export function createReviewMockServer({ denyActivate = false }: ReviewMockOptions = {}): ReviewMockServer {
  const calls: string[] = [];
  const base = {
    name: 'Escalation Assistant',
    description: 'Helps support leads decide whether to escalate.',
    model: { provider: 'openai', name: 'gpt-4o-mini' },
    memory: { options: { lastMessages: 10 } },
  };
  const versions = [
    {
      ...base,
      id: 'v1',
      agentId: 'escalation',
      versionNumber: 1,
      instructions: 'Look up the ticket and recommend escalate or not.',
      tools: { 'web-search': {} },
      changeMessage: 'First version',
      createdAt: iso(0),
    },
    {
      ...base,
      id: 'v2',
      agentId: 'escalation',
      versionNumber: 2,
      instructions: 'Look up the ticket and the customer, then recommend escalate or not and email them.',
      tools: { 'web-search': {}, 'send-email': {} },
      changeMessage: 'Email the customer',
      createdAt: iso(5),
    },
  ];
  const agent = { activeVersionId: 'v1' as string | null, latestVersionId: 'v2' };
  const datasets: { id: string; name: string; metadata: unknown; createdAt: string }[] = [];
  const items: Record<string, unknown>[] = [];
  let clock = 10;

  const fetchFor =
    (role: ReviewMockRole) =>
    async (input: string, init?: { method?: string; body?: unknown }): Promise<Response> => {
      const url = new URL(input);
      const path = url.pathname.replace(/^\/api/, '');
      const method = init?.method ?? 'GET';
      calls.push(`${method} ${path}`);
      const body = typeof init?.body === 'string' ? (JSON.parse(init.body) as Record<string, unknown>) : {};
      for (const [pattern, verb, permission] of REQUIRED) {
        if (method === verb && pattern.test(path) && !PERMISSIONS[role].some((p) => p === permission))
          return json({ error: 'Forbidden', message: `Missing required permission: ${permission}` }, 403);
      }
      if (path === '/auth/capabilities')
        return json({
          enabled: true,
          login: null,
          user: { id: `u-${role}`, name: `${role[0]!.toUpperCase()}${role.slice(1)}` },
          capabilities: { user: true, session: true, sso: false, rbac: true, acl: false },
          access: { roles: [role], permissions: PERMISSIONS[role] },
        });
      const catalog: Record<string, unknown> = {
        '/editor/builder/settings': {
          ...mockSettings,
          picker: { ...mockSettings.picker, visibleTools: ['web-search', 'send-email', 'lookup-order'] },
        },
        '/tools': mockTools,
        '/agents': mockAgents,
        '/workflows': mockWorkflows,
        '/agents/providers': mockProviders,
      };
      if (path in catalog && method === 'GET') return json(catalog[path]);
      if (path === '/stored/agents/escalation' && method === 'GET') {
        const latest = versions.find((v) => v.id === agent.latestVersionId)!;
        return json({
          ...latest,
          id: 'escalation',
          status: agent.activeVersionId ? 'published' : 'draft',
          activeVersionId: agent.activeVersionId,
          resolvedVersionId: latest.id,
          authorId: 'u-builder',
          visibility: 'public',
          metadata: { contact: '#support-leads' },
          createdAt: iso(0),
          updatedAt: iso(5),
        });
      }
      if (path === '/stored/agents/escalation/versions' && method === 'GET')
        return json({
          versions: [...versions].reverse(),
          total: versions.length,
          page: 0,
          perPage: 50,
          hasMore: false,
        });
      if (path === '/stored/agents/escalation/dependents') return json({ dependents: [], hiddenCount: 0 });
      const activate = /^\/stored\/agents\/escalation\/versions\/([^/]+)\/activate$/.exec(path);
      if (activate && method === 'POST') {
        if (denyActivate)
          return json(
            { error: 'Forbidden', message: 'Missing required permission: stored-agents:publish' },
            403,
          );
        agent.activeVersionId = activate[1]!;
        return json({ success: true, activeVersionId: agent.activeVersionId });
      }
      if (path === '/stored/agents' && method === 'GET') {
        const latest = versions.find((v) => v.id === agent.activeVersionId);
        return json({
          agents: latest
            ? [
                {
                  ...latest,
                  id: 'escalation',
                  status: 'published',
                  activeVersionId: agent.activeVersionId,
                  createdAt: iso(0),
                  updatedAt: iso(5),
                },
              ]
            : [],
          total: latest ? 1 : 0,
          page: 0,
          perPage: 100,
          hasMore: false,
        });
      }
      if (path === '/datasets' && method === 'GET')
        return json({
          datasets,
          pagination: { total: datasets.length, page: 0, perPage: 100, hasMore: false },
        });
      if (path === '/datasets' && method === 'POST') {
        const dataset = {
          id: `ds-${datasets.length + 1}`,
          name: String(body['name']),
          metadata: body['metadata'],
          createdAt: iso(clock++),
        };
        datasets.push(dataset);
        return json(dataset);
      }
      const itemsRoute = /^\/datasets\/([^/]+)\/items$/.exec(path);
      if (itemsRoute && method === 'GET') {
        const mine = items.filter((item) => item['datasetId'] === itemsRoute[1]);
        return json({
          items: mine,
          pagination: { total: mine.length, page: 0, perPage: 100, hasMore: false },
        });
      }
      if (itemsRoute && method === 'POST') {
        if (items.some((item) => item['externalId'] === body['externalId']))
          return json(
            { error: 'One or more dataset item identities conflict with previously accepted items.' },
            409,
          );
        const at = iso(clock++);
        const item = {
          id: `item-${items.length + 1}`,
          datasetId: itemsRoute[1],
          datasetVersion: items.length + 1,
          externalId: body['externalId'],
          input: body['input'],
          requestContext: { user: { id: `u-${role}`, name: `${role[0]!.toUpperCase()}${role.slice(1)}` } },
          createdAt: at,
          updatedAt: at,
        };
        items.push(item);
        return json(item);
      }
      return json({ error: 'Not found' }, 404);
    };

  return {
    client: (role) =>
      new MastraClient({ baseUrl: 'http://paddock.test', fetch: fetchFor(role), maxRetries: 0 }),
    calls,
    agent,
    saveNewDraft() {
      const last = versions[versions.length - 1]!;
      const next = {
        ...last,
        id: `v${versions.length + 1}`,
        versionNumber: versions.length + 1,
        changeMessage: 'Tweak',
        createdAt: iso(clock++),
      };
      versions.push(next);
      agent.latestVersionId = next.id;
    },
  };
}
