import { MastraClient } from '@paddock/client-sdk';

/**
 * An in-memory stand-in for the Mastra routes the kit reads, served through the SDK's injectable `fetch`
 * (no network, no global mocks). Shapes follow the wire contract (mastra-api.md), annotations ride on the
 * `paddock: {json}` description line as on a real server.
 */
export type MockRole = 'owner' | 'builder' | 'viewer' | 'signed-out' | 'no-auth';

const annotate = (text: string, annotations: object) => `${text}\npaddock: ${JSON.stringify(annotations)}`;

export const mockTools = {
  'web-search': {
    id: 'web-search',
    description: annotate('Searches the public web for recent pages.', {
      owner: 'Search team',
      contact: '#search-help',
      risk: 'low',
      tags: ['research', 'web'],
    }),
    inputSchema: {
      type: 'object',
      properties: { query: { type: 'string' }, limit: { type: 'number' } },
      required: ['query'],
    },
  },
  'send-email': {
    id: 'send-email',
    description: annotate('Sends an email to a customer.', {
      owner: 'Comms',
      contact: 'comms@acme.test',
      risk: 'high',
      sideEffects: ['sends email'],
      requiresApproval: true,
      tags: ['email'],
    }),
    inputSchema: {
      type: 'object',
      properties: { to: { type: 'string' }, subject: { type: 'string' }, body: { type: 'string' } },
      required: ['to', 'subject'],
    },
  },
  'lookup-order': {
    id: 'lookup-order',
    description: 'Looks up an order by its number.',
    inputSchema: { type: 'object', properties: { orderId: { type: 'string' } }, required: ['orderId'] },
  },
  'refund-order': {
    id: 'refund-order',
    description: annotate('Refunds an order <b>in full</b>.', {
      owner: 'Payments',
      risk: 'medium',
      tags: ['billing'],
    }),
  },
};

export const mockAgents = {
  'support-agent': {
    name: 'Support Agent',
    description: annotate('Answers customer questions.', {
      owner: 'Support',
      risk: 'low',
      tags: ['support'],
    }),
  },
};

export const mockWorkflows = {
  triage: {
    name: 'Ticket triage',
    description: annotate('Routes a ticket to the right queue.', { owner: 'Support', risk: 'medium' }),
    steps: {},
    stepGraph: [],
  },
};

export const mockProviders = {
  providers: [
    { id: 'openai', name: 'OpenAI', connected: true, models: ['gpt-4o-mini'] },
    { id: 'anthropic', name: 'Anthropic', connected: false, models: ['claude-haiku'] },
  ],
};

export const mockSettings = {
  enabled: true,
  picker: {
    visibleTools: ['web-search', 'send-email', 'lookup-order'],
    visibleAgents: null,
    visibleWorkflows: null,
  },
  modelPolicy: { active: false },
};

const PERMISSIONS: Record<'owner' | 'builder' | 'viewer', string[]> = {
  owner: ['*'],
  builder: ['*:read', 'stored-agents:write', 'agents:execute'],
  viewer: ['*:read'],
};

export function mockCapabilities(role: MockRole) {
  if (role === 'no-auth') return { enabled: false, login: null };
  if (role === 'signed-out') return { enabled: true, login: { type: 'credentials' } };
  return {
    enabled: true,
    login: null,
    user: { id: `u-${role}`, name: role },
    capabilities: { user: true, session: true, sso: false, rbac: true, acl: false },
    access: { roles: [role], permissions: PERMISSIONS[role] },
  };
}

export interface MockServerOptions {
  role?: MockRole;
  /** Answer the catalog routes with this status (e.g. 403, 500) instead of data. */
  failCatalogWith?: number;
  /** Hold every response until `release()` is called. */
  hold?: boolean;
}

export interface MockServer {
  client: MastraClient;
  /** Paths requested so far, in order. */
  calls: string[];
  /** Changes the catalog failure for the next requests (`undefined` = succeed). */
  setCatalogFailure(status: number | undefined): void;
  release(): void;
}

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

export function createMockServer({
  role = 'builder',
  failCatalogWith,
  hold = false,
}: MockServerOptions = {}): MockServer {
  const calls: string[] = [];
  let failure = failCatalogWith;
  let releaseAll: () => void = () => {};
  const held = hold ? new Promise<void>((resolve) => (releaseAll = resolve)) : Promise.resolve();

  const fetch = async (input: string): Promise<Response> => {
    const path = new URL(input).pathname.replace(/^\/api/, '');
    calls.push(path);
    await held;
    if (path === '/auth/capabilities') return json(mockCapabilities(role));
    const catalogRoutes: Record<string, unknown> = {
      '/editor/builder/settings': mockSettings,
      '/tools': mockTools,
      '/agents': mockAgents,
      '/workflows': mockWorkflows,
      '/agents/providers': mockProviders,
    };
    if (path in catalogRoutes) {
      if (failure !== undefined) {
        return json(
          { error: failure === 403 ? 'Missing required permission: tools:read' : 'Internal error' },
          failure,
        );
      }
      return json(catalogRoutes[path]);
    }
    return json({ error: 'Not found' }, 404);
  };

  return {
    client: new MastraClient({ baseUrl: 'http://paddock.test', fetch, maxRetries: 0 }),
    calls,
    setCatalogFailure(status) {
      failure = status;
    },
    release: () => releaseAll(),
  };
}
