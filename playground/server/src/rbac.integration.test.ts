import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_AGENT_IDS, DEMO_TOOL_IDS, DEMO_WORKFLOW_IDS } from './ids.js';
import { ROLE_ACTION_MATRIX } from './matrix.js';
import { ROLES, type Role } from './roles.js';
import { startTestServer, type TestServer } from './testing.js';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ seed: false });
});
afterAll(async () => {
  await server?.stop();
});

async function call(role: Role | null, method: string, path: string, body?: unknown) {
  const headers: Record<string, string> = {};
  if (role) headers.authorization = `Bearer ${server.tokens[role]}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`${server.baseUrl}/api${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return {
    status: response.status,
    body: (text ? JSON.parse(text) : null) as Record<string, unknown> | null,
  };
}

/** A draft made by the owner, so each check acts on an agent it did not create. */
async function ownerDraft(id: string) {
  const created = await call('owner', 'POST', '/stored/agents', {
    id,
    name: id,
    instructions: 'Matrix fixture.',
    visibility: 'public',
    autoPublish: false,
  });
  expect(created.status).toBe(200);
  return created.body as { resolvedVersionId: string };
}

type Perform = (role: Role, n: string) => Promise<{ status: number; body: Record<string, unknown> | null }>;

const perform: Record<string, Perform> = {
  'list-agents': (role) => call(role, 'GET', '/agents?partial=true'),
  'builder-settings': (role) => call(role, 'GET', '/editor/builder/settings'),
  'builder-models': (role) => call(role, 'GET', '/editor/builder/models/available'),
  'read-traces': (role) => call(role, 'GET', '/observability/traces?perPage=1'),
  'run-agent': (role) =>
    call(role, 'POST', `/agents/${DEMO_AGENT_IDS.accountResearch}/generate`, {
      messages: [{ role: 'user', content: 'hello' }],
    }),
  'execute-tool': (role) =>
    call(role, 'POST', `/tools/${DEMO_TOOL_IDS.crmLookup}/execute`, { data: { customerId: 'C-1001' } }),
  'start-workflow': (role) =>
    call(role, 'POST', `/workflows/${DEMO_WORKFLOW_IDS.weeklySupportReport}/create-run`, {}),
  'save-draft': async (role, n) => {
    const created = await call(role, 'POST', '/stored/agents', {
      id: `draft-${n}`,
      name: `Draft ${n}`,
      instructions: 'v1',
      autoPublish: false,
    });
    if (created.status !== 200) return created;
    return call(role, 'PATCH', `/stored/agents/draft-${n}`, {
      instructions: 'v2',
      changeMessage: 'second draft',
    });
  },
  'create-published': (role, n) =>
    call(role, 'POST', '/stored/agents', { id: `live-${n}`, name: `Live ${n}`, instructions: 'v1' }),
  publish: async (role, n) => {
    const draft = await ownerDraft(`publish-${n}`);
    return call(role, 'POST', `/stored/agents/publish-${n}/versions/${draft.resolvedVersionId}/activate`);
  },
  'delete-agent': async (role, n) => {
    await ownerDraft(`delete-${n}`);
    return call(role, 'DELETE', `/stored/agents/delete-${n}`);
  },
  'role-admin': (role) => call(role, 'GET', '/auth/roles/builder/permissions'),
};

describe('role x action matrix against the real server', () => {
  for (const action of ROLE_ACTION_MATRIX) {
    for (const role of ROLES) {
      const expected = action.expect[role];
      it(`${role} ${expected === true ? 'can' : 'cannot'} ${action.id}`, async () => {
        const run = perform[action.id];
        if (!run) throw new Error(`no performer for ${action.id}`);
        const result = await run(role, `${role}-${action.id}`);
        if (expected === true) {
          expect(result.status, JSON.stringify(result.body)).toBe(200);
        } else {
          expect(result.status).toBe(403);
          expect(result.body).toEqual(
            typeof expected === 'string'
              ? { error: 'Forbidden', message: `Missing required permission: ${expected}` }
              : expected,
          );
        }
      });
    }
  }
});

describe('authentication and review flow', () => {
  it('rejects a missing or unknown token with 401', async () => {
    expect((await call(null, 'GET', '/agents')).status).toBe(401);
    const response = await fetch(`${server.baseUrl}/api/agents`, {
      headers: { authorization: 'Bearer nope' },
    });
    expect(response.status).toBe(401);
  });

  it('reports roles and resolved permissions through /auth/capabilities', async () => {
    const { body } = await call('reviewer', 'GET', '/auth/capabilities');
    expect(body).toMatchObject({
      enabled: true,
      user: { id: 'u-reviewer' },
      capabilities: { rbac: true },
      access: { roles: ['reviewer'] },
    });
    const permissions = (body as { access: { permissions: string[] } }).access.permissions;
    expect(permissions).toContain('stored-agents:publish');
    const builder = await call('builder', 'GET', '/auth/capabilities');
    expect((builder.body as { access: { permissions: string[] } }).access.permissions).not.toContain(
      'stored-agents:publish',
    );
  });

  it('lets a builder save drafts that a reviewer then publishes', async () => {
    const created = await call('builder', 'POST', '/stored/agents', {
      id: 'review-flow',
      name: 'Review Flow',
      instructions: 'First cut.',
      visibility: 'public',
      autoPublish: false,
    });
    expect(created.status).toBe(200);
    const edited = await call('builder', 'PATCH', '/stored/agents/review-flow', {
      instructions: 'Second cut.',
      changeMessage: 'Ready for review',
      autoPublish: true,
    });
    expect(edited.status).toBe(403);
    await call('builder', 'PATCH', '/stored/agents/review-flow', {
      instructions: 'Second cut.',
      changeMessage: 'Ready for review',
    });
    const versions = await call('reviewer', 'GET', '/stored/agents/review-flow/versions');
    const latest = (
      versions.body as { versions: { id: string; versionNumber: number; changeMessage?: string }[] }
    ).versions.find((version) => version.versionNumber === 2);
    expect(latest?.changeMessage).toBe('Ready for review');
    const published = await call(
      'reviewer',
      'POST',
      `/stored/agents/review-flow/versions/${latest?.id}/activate`,
    );
    expect(published.body).toMatchObject({ success: true, activeVersionId: latest?.id });
    const live = await call('viewer', 'GET', '/stored/agents/review-flow');
    expect(live.body).toMatchObject({
      status: 'published',
      activeVersionId: latest?.id,
      instructions: 'Second cut.',
    });
  });
});
