import { MastraClient } from '@paddock/client-sdk';

/**
 * A fake Mastra server for the AgentComposer behind the SDK's injectable `fetch` (no network, no global
 * mocks): catalog routes with an active model policy, stored agents with versions, and an SSE agent stream
 * (a tool call with its result, or an approval prompt when the prompt mentions a refund). Shared by the
 * composer's component test and its stories.
 */
export type ComposerMockRole = 'builder' | 'viewer';

const PERMISSIONS: Record<ComposerMockRole, string[]> = {
  builder: ['*:read', 'stored-agents:write', 'agents:execute'],
  viewer: ['*:read'],
};

const annotate = (text: string, annotations: object) => `${text}\npaddock: ${JSON.stringify(annotations)}`;

export interface StoredRecord {
  id: string;
  [key: string]: unknown;
}

export interface ComposerMockServerOptions {
  role?: ComposerMockRole;
  /** Stored agents present from the start, each at version 1. @default none */
  agents?: StoredRecord[];
  /** The model policy's `pickerVisible`; `false` hides (and locks) the model choice. @default true */
  pickerVisible?: boolean;
  /** The model policy's allow-list; one model pins it. @default every model of the `mock` provider */
  allowedModels?: { provider: string; modelId?: string }[];
  /** `true` leaves every read of one stored agent unanswered, so the composer stays in its loading state. @default false */
  holdAgentReads?: boolean;
}

export interface ComposerMockRequest {
  method: string;
  path: string;
  body: Record<string, unknown> | undefined;
}

export interface ComposerMockServer {
  client: MastraClient;
  /** Stored agents by id, as the server holds them now. */
  records: Map<string, StoredRecord>;
  /** Every request so far, in order (path without the `/api` prefix). */
  requests: ComposerMockRequest[];
  /** `true` makes every request fail like a browser whose network is gone. */
  setDown(value: boolean): void;
  /** Answer stored-agent writes (create, update) with this HTTP status; `undefined` = succeed. */
  setSaveFailure(status: number | undefined): void;
  /** Another editor saves `patch` onto the agent: a new version the composer has not seen. */
  editBySomeoneElse(id: string, patch: Record<string, unknown>): void;
}

/** A stored agent owned by the mock builder (`u-builder`), bound to one allow-listed tool. */
export const supportBot: StoredRecord = {
  id: 'support-bot',
  name: 'Support bot',
  description: 'Answers tickets',
  instructions: 'Help customers.',
  model: { provider: 'mock', name: 'deterministic-v1' },
  tools: { 'crm-lookup-tool': {} },
  visibility: 'public',
  metadata: { team: 'Support' },
  authorId: 'u-builder',
};

function sse(chunks: unknown[]): Response {
  const body = chunks.map((chunk) => `data: ${JSON.stringify(chunk)}\n\n`).join('') + 'data: [DONE]\n\n';
  return new Response(body, { headers: { 'content-type': 'text/event-stream' } });
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

export function createComposerMockServer({
  role = 'builder',
  agents = [],
  pickerVisible = true,
  allowedModels = [{ provider: 'mock' }],
  holdAgentReads = false,
}: ComposerMockServerOptions = {}): ComposerMockServer {
  let down = false;
  let saveFailure: number | undefined;
  const records = new Map<string, StoredRecord>(agents.map((a) => [a.id, a]));
  const versions = new Map<string, number>(agents.map((a) => [a.id, 1]));
  const requests: ComposerMockRequest[] = [];
  const view = (id: string) => ({
    status: 'draft',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...records.get(id),
    resolvedVersionId: `${id}-v${versions.get(id)}`,
  });
  const failSave = () =>
    json({ error: saveFailure === 500 ? 'Internal server error' : 'Request failed' }, saveFailure);

  const fetch = async (input: string, init?: RequestInit): Promise<Response> => {
    const url = new URL(input);
    const path = url.pathname.replace(/^\/api/, '');
    const method = init?.method ?? 'GET';
    const body = init?.body ? (JSON.parse(String(init.body)) as Record<string, unknown>) : undefined;
    requests.push({ method, path, body });
    // What a browser's fetch does when the network is gone; the SDK maps it to APIConnectionError.
    if (down) throw new TypeError('Failed to fetch');
    if (path === '/auth/capabilities') {
      return json({
        enabled: true,
        login: null,
        user: { id: `u-${role}`, name: role === 'builder' ? 'Bea Builder' : 'Vic Viewer' },
        capabilities: { user: true, session: true, sso: false, rbac: true, acl: false },
        access: { roles: [role], permissions: PERMISSIONS[role] },
      });
    }
    if (path === '/editor/builder/settings') {
      return json({
        enabled: true,
        features: { agent: { tools: true, agents: true, workflows: false, memory: true, model: true } },
        picker: {
          visibleTools: ['crm-lookup-tool', 'refund-issue-tool'],
          visibleAgents: null,
          visibleWorkflows: null,
        },
        modelPolicy: {
          active: true,
          pickerVisible,
          allowed: allowedModels,
          default: { provider: 'mock', modelId: 'deterministic-v1' },
        },
      });
    }
    if (path === '/tools') {
      return json({
        'crm-lookup-tool': {
          id: 'crm-lookup-tool',
          description: annotate('Looks up a customer.', { owner: 'Sales Ops', risk: 'low' }),
        },
        'refund-issue-tool': {
          id: 'refund-issue-tool',
          description: annotate('Issues a refund.', {
            owner: 'Finance',
            risk: 'high',
            requiresApproval: true,
          }),
        },
        'pricing-approval-tool': {
          id: 'pricing-approval-tool',
          description: annotate('Approves discounts.', { owner: 'Finance', risk: 'high' }),
        },
      });
    }
    if (path === '/agents' && method === 'GET')
      return json({ 'support-triage-agent': { name: 'Support triage' } });
    if (path === '/workflows') return json({});
    if (path === '/agents/providers') {
      return json({
        providers: [
          { id: 'mock', name: 'Mock', connected: true, models: ['deterministic-v1', 'deterministic-v2'] },
        ],
      });
    }
    if (path === '/stored/agents' && method === 'POST') {
      if (saveFailure !== undefined) return failSave();
      const id = String(body!['name']).toLowerCase().replace(/\W+/g, '-');
      if (records.has(id)) return json({ error: `Agent with id ${id} already exists` }, 409);
      const { autoPublish: _a, changeMessage: _c, ...config } = body!;
      records.set(id, {
        id,
        authorId: `u-${role}`,
        model: { provider: 'mock', name: 'deterministic-v1' },
        ...config,
      });
      versions.set(id, 1);
      return json(view(id));
    }
    const stored = /^\/stored\/agents\/([^/]+)$/.exec(path);
    if (stored) {
      const id = decodeURIComponent(stored[1]!);
      if (method === 'GET' && holdAgentReads) return new Promise<Response>(() => {});
      if (!records.has(id)) return json({ error: 'Not found' }, 404);
      if (method === 'GET') return json(view(id));
      if (method === 'PATCH') {
        if (saveFailure !== undefined) return failSave();
        const { autoPublish: _a, changeMessage: _c, metadata, ...config } = body!;
        const previous = records.get(id)!;
        records.set(id, {
          ...previous,
          ...config,
          metadata: { ...(previous['metadata'] as object), ...(metadata as object) },
        });
        versions.set(id, versions.get(id)! + 1);
        return json(view(id));
      }
    }
    const streamMatch = /^\/agents\/([^/]+)\/(stream|approve-tool-call)$/.exec(path);
    if (streamMatch && method === 'POST') {
      if (streamMatch[2] === 'approve-tool-call') {
        return sse([
          {
            type: 'tool-result',
            runId: 'run-1',
            from: 'AGENT',
            payload: { toolCallId: 'call-2', toolName: 'refund-issue-tool', result: { refunded: true } },
          },
          { type: 'text-delta', runId: 'run-1', from: 'AGENT', payload: { id: 't', text: 'Refund issued.' } },
        ]);
      }
      const prompt = JSON.stringify(body!['messages']);
      if (prompt.includes('refund')) {
        return sse([
          { type: 'start', runId: 'run-1', from: 'AGENT', payload: {} },
          {
            type: 'tool-call-approval',
            runId: 'run-1',
            from: 'AGENT',
            payload: {
              toolCallId: 'call-2',
              toolName: 'refund-issue-tool',
              args: { amount: 40 },
              resumeSchema: '{}',
            },
          },
        ]);
      }
      return sse([
        { type: 'start', runId: 'run-1', from: 'AGENT', payload: {} },
        {
          type: 'tool-call',
          runId: 'run-1',
          from: 'AGENT',
          payload: { toolCallId: 'call-1', toolName: 'crm-lookup-tool', args: { customerId: 'C-1001' } },
        },
        {
          type: 'tool-result',
          runId: 'run-1',
          from: 'AGENT',
          payload: {
            toolCallId: 'call-1',
            toolName: 'crm-lookup-tool',
            result: { found: true, name: 'Ada Lovelace' },
          },
        },
        { type: 'text-delta', runId: 'run-1', from: 'AGENT', payload: { id: 't', text: 'Ada Lovelace is ' } },
        { type: 'text-delta', runId: 'run-1', from: 'AGENT', payload: { id: 't', text: 'a gold customer.' } },
        {
          type: 'finish',
          runId: 'run-1',
          from: 'AGENT',
          payload: { response: { uiMessages: [{ metadata: { traceId: 'abc123trace' } }] } },
        },
      ]);
    }
    return json({ error: 'Not found' }, 404);
  };
  return {
    client: new MastraClient({ baseUrl: 'http://paddock.test', fetch, maxRetries: 0 }),
    records,
    requests,
    setDown(value) {
      down = value;
    },
    setSaveFailure(status) {
      saveFailure = status;
    },
    editBySomeoneElse(id, patch) {
      records.set(id, { ...records.get(id)!, ...patch });
      versions.set(id, versions.get(id)! + 1);
    },
  };
}
