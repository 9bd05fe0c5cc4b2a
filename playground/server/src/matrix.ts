import type { Role } from './roles.js';

/**
 * A refusal: a string is a 403 `Missing required permission: <string>` (Mastra's RBAC); `{ error }` is a 403
 * with exactly that body, for routes guarded by another check (role administration is owner-only).
 */
export type MatrixDenial = string | { error: string };

/**
 * The role x action matrix the demo server enforces (documented in README.md and asserted by
 * rbac.integration.test.ts against the real server). `true` = allowed (200); otherwise the 403 it gets.
 */
export interface MatrixAction {
  id: string;
  label: string;
  method: string;
  permission: string;
  expect: Record<Role, true | MatrixDenial>;
}

const ownerOnly = { error: 'Admin access required' } as const;

const everyone = { owner: true, admin: true, builder: true, reviewer: true, viewer: true } as const;

export const ROLE_ACTION_MATRIX: MatrixAction[] = [
  {
    id: 'list-agents',
    label: 'List agents, tools, workflows',
    method: 'GET /api/agents',
    permission: 'agents:read',
    expect: everyone,
  },
  {
    id: 'builder-settings',
    label: 'Read builder settings',
    method: 'GET /api/editor/builder/settings',
    permission: 'stored-agents:read',
    expect: everyone,
  },
  {
    id: 'builder-models',
    label: 'List the models the builder may offer',
    method: 'GET /api/editor/builder/models/available',
    permission: 'stored-agents:read',
    expect: everyone,
  },
  {
    id: 'read-traces',
    label: 'Read traces',
    method: 'GET /api/observability/traces',
    permission: 'observability:read',
    expect: everyone,
  },
  {
    id: 'run-agent',
    label: 'Run an agent (generate/stream)',
    method: 'POST /api/agents/:id/generate',
    permission: 'agents:execute',
    expect: { owner: true, admin: true, builder: true, reviewer: true, viewer: 'agents:execute' },
  },
  {
    id: 'execute-tool',
    label: 'Execute a tool directly',
    method: 'POST /api/tools/:id/execute',
    permission: 'tools:execute',
    expect: {
      owner: true,
      admin: true,
      builder: 'tools:execute',
      reviewer: 'tools:execute',
      viewer: 'tools:execute',
    },
  },
  {
    id: 'start-workflow',
    label: 'Start a workflow run',
    method: 'POST /api/workflows/:id/create-run',
    permission: 'workflows:write | workflows:execute',
    expect: {
      owner: true,
      admin: true,
      builder: 'workflows:write or workflows:execute',
      reviewer: 'workflows:write or workflows:execute',
      viewer: 'workflows:write or workflows:execute',
    },
  },
  {
    id: 'save-draft',
    label: 'Create a stored agent as a draft (autoPublish: false) and edit it',
    method: 'POST /api/stored/agents',
    permission: 'stored-agents:write',
    expect: { owner: true, admin: true, builder: true, reviewer: true, viewer: 'stored-agents:write' },
  },
  {
    id: 'create-published',
    label: 'Create a stored agent published at once (autoPublish default true) *',
    method: 'POST /api/stored/agents',
    permission: 'stored-agents:write + stored-agents:publish',
    expect: {
      owner: true,
      admin: true,
      builder: 'stored-agents:publish',
      reviewer: true,
      viewer: 'stored-agents:write',
    },
  },
  {
    id: 'publish',
    label: 'Publish a version (activate)',
    method: 'POST /api/stored/agents/:id/versions/:versionId/activate',
    permission: 'stored-agents:publish',
    expect: {
      owner: true,
      admin: true,
      builder: 'stored-agents:publish',
      reviewer: true,
      viewer: 'stored-agents:publish',
    },
  },
  {
    id: 'delete-agent',
    label: 'Delete a stored agent',
    method: 'DELETE /api/stored/agents/:id',
    permission: 'stored-agents:delete',
    expect: {
      owner: true,
      admin: true,
      builder: 'stored-agents:delete',
      reviewer: 'stored-agents:delete',
      viewer: 'stored-agents:delete',
    },
  },
  {
    id: 'role-admin',
    label: "Role administration (read a role's permissions)",
    method: 'GET /api/auth/roles/:id/permissions',
    permission: 'owner only (Mastra: "Admin access required")',
    expect: { owner: true, admin: ownerOnly, builder: ownerOnly, reviewer: ownerOnly, viewer: ownerOnly },
  },
];
