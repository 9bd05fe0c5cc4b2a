import type { RoleDefinition } from '@mastra/core/auth/ee';

export type Role = 'owner' | 'admin' | 'builder' | 'reviewer' | 'viewer';

export const ROLES: readonly Role[] = ['owner', 'admin', 'builder', 'reviewer', 'viewer'];

export interface DemoUser {
  id: string;
  name: string;
  email: string;
  role: Role;
}

/** Bearer tokens are the literal strings `<role>-token`; users are `u-<role>`. */
export const TOKENS: Record<Role, string> = {
  owner: 'owner-token',
  admin: 'admin-token',
  builder: 'builder-token',
  reviewer: 'reviewer-token',
  viewer: 'viewer-token',
};

export const USERS: Record<Role, DemoUser> = {
  owner: { id: 'u-owner', name: 'Olivia Owner', email: 'owner@paddock.test', role: 'owner' },
  admin: { id: 'u-admin', name: 'Adam Admin', email: 'admin@paddock.test', role: 'admin' },
  builder: { id: 'u-builder', name: 'Bea Builder', email: 'builder@paddock.test', role: 'builder' },
  reviewer: { id: 'u-reviewer', name: 'Remi Reviewer', email: 'reviewer@paddock.test', role: 'reviewer' },
  viewer: { id: 'u-viewer', name: 'Vic Viewer', email: 'viewer@paddock.test', role: 'viewer' },
};

/**
 * What a builder needs to compose agents and save drafts, plus the read permissions the builder UI calls
 * (builder settings and models are `stored-agents:read`, infrastructure, traces, threads, auth patterns).
 * Deliberately without `stored-agents:publish` (activate/restore a version) and without any delete.
 */
const BUILDER_PERMISSIONS = [
  'stored-agents:read',
  'stored-agents:write',
  'agents:read',
  'agents:execute',
  'tools:read',
  'workflows:read',
  'observability:read',
  'memory:read',
  'infrastructure:read',
  'system:read',
  'auth:read',
] as const;

/**
 * Paddock's review ledger is a Mastra dataset (builder-ui core/review-ledger.ts): taking part in a review
 * (request, comment, decide) is a `datasets:write`, seeing reviews a `datasets:read`.
 */
const REVIEW_LEDGER_PERMISSIONS = ['datasets:read', 'datasets:write'] as const;

/**
 * A reviewer publishes (activates) versions. Reading the private drafts submitted for review takes a
 * resource-scoped `stored-agents:read:<agentId>` per agent, which review-access.ts adds at request time.
 */
const REVIEWER_PERMISSIONS = ['stored-agents:publish'] as const;

/**
 * Roles as permission bundles. Permission strings follow Mastra's `resource:action` grammar; wildcards
 * (`*`, `*:read`, `stored-agents:*`) are matched by Mastra's RBAC.
 */
export const ROLE_PERMISSIONS: Record<Role, readonly string[]> = {
  owner: ['*'],
  // Everything except the owner-only auth administration (`/auth/roles/*` needs a literal `*`).
  // `stored-agents:*` also grants Mastra's ownership bypass, so admins can edit others' private agents.
  admin: [
    '*:read',
    '*:write',
    '*:execute',
    '*:publish',
    '*:share',
    '*:delete',
    '*:create',
    'stored-agents:*',
  ],
  builder: [...BUILDER_PERMISSIONS, ...REVIEW_LEDGER_PERMISSIONS],
  reviewer: [...BUILDER_PERMISSIONS, ...REVIEW_LEDGER_PERMISSIONS, ...REVIEWER_PERMISSIONS],
  viewer: ['*:read'],
};

export const ROLE_DEFINITIONS: RoleDefinition[] = ROLES.map((role) => ({
  id: role,
  name: role[0]!.toUpperCase() + role.slice(1),
  // The Mastra type narrows to its generated pattern union; our strings are valid patterns of it.
  permissions: [...ROLE_PERMISSIONS[role]] as RoleDefinition['permissions'],
}));

/** Mastra's wildcard semantics (segment-wise, `*` matches any segment, an unscoped grant covers every id). */
export function permissionMatches(granted: string, required: string): boolean {
  if (granted === '*' || granted === '*:*') return true;
  const g = granted.split(':');
  const r = required.split(':');
  if (g.length > r.length) return false;
  for (let i = 0; i < g.length; i++) {
    if (g[i] !== '*' && g[i] !== r[i]) return false;
  }
  return true;
}

export function roleHasPermission(role: Role, permission: string): boolean {
  return ROLE_PERMISSIONS[role].some((granted) => permissionMatches(granted, permission));
}
