import type { AuthCapabilities } from '../schemas/auth.js';

/**
 * Splits `resource:action[:resourceId]`. Ids may themselves contain `:` (tool grants look like
 * `tools:execute:agentId:toolId`), so everything after the second colon is the id.
 */
function split(permission: string): { resource: string; action: string | undefined; id: string | undefined } {
  const first = permission.indexOf(':');
  if (first === -1) return { resource: permission, action: undefined, id: undefined };
  const second = permission.indexOf(':', first + 1);
  return {
    resource: permission.slice(0, first),
    action: second === -1 ? permission.slice(first + 1) : permission.slice(first + 1, second),
    id: second === -1 ? undefined : permission.slice(second + 1),
  };
}

/**
 * Does the `granted` pattern satisfy the `required` permission? Written from the documented RBAC semantics:
 * - `*` and `*:*` grant everything;
 * - `*` in the resource or action segment matches any value of that segment (`agents:*`, `*:read`);
 * - a grant without an id covers every id (`agents:read` satisfies `agents:read:x`);
 * - a grant with an id covers only that id (`agents:read:x` does not satisfy `agents:read`);
 * - segments compare exactly (`agents:read` does not satisfy `agents:reader`).
 */
export function matchesPermission(granted: string, required: string): boolean {
  if (granted === '*' || granted === '*:*') return true;
  const g = split(granted);
  const r = split(required);
  if (g.action === undefined || r.action === undefined) return granted === required;
  if (g.resource !== '*' && g.resource !== r.resource) return false;
  if (g.action !== '*' && g.action !== r.action) return false;
  if (g.id === undefined) return true;
  if (r.id === undefined) return false;
  return g.id === '*' || g.id === r.id;
}

/** Any of the `granted` patterns satisfies `required`. */
export function hasPermission(granted: readonly string[], required: string): boolean {
  return granted.some((pattern) => matchesPermission(pattern, required));
}

export interface PermissionChecker {
  /** True when the server enforces role-based permissions for this user. */
  rbac: boolean;
  /** True when auth is on but nobody is signed in: every protected route answers 401. */
  signedOut: boolean;
  /** The user's granted patterns (empty when RBAC is off). */
  permissions: readonly string[];
  roles: readonly string[];
  /** Whether the server would allow `permission`. */
  can(permission: string): boolean;
  /** Every one of the permissions. */
  canAll(permissions: readonly string[]): boolean;
  /** At least one of the permissions (how Mastra checks `a | b` routes). */
  canAny(permissions: readonly string[]): boolean;
  /** `null` when allowed, else the permission that is missing (for "you need X" hints). */
  missing(permission: string): string | null;
}

/**
 * Client-side mirror of the server's permission check, for hiding or disabling UI. The server stays the
 * authority: a hidden button is a courtesy, a 403 is the rule.
 *
 * - `null` capabilities, auth off, or RBAC off: everything is allowed (the server does not check either).
 * - Auth on and signed out: nothing is allowed.
 * - Otherwise: `access.permissions` decides, with wildcard matching.
 */
export function createPermissionChecker(caps: AuthCapabilities | null | undefined): PermissionChecker {
  const authOn = !!caps?.enabled;
  const signedOut = authOn && !caps?.user;
  const rbacFlag = caps?.capabilities?.rbac;
  const access = caps?.access ?? null;
  const rbac = authOn && !signedOut && rbacFlag !== false && access !== null;
  const permissions = rbac ? (access?.permissions ?? []) : [];
  const roles = access?.roles ?? [];
  const can = (permission: string): boolean => {
    if (signedOut) return false;
    if (!rbac) return true;
    return hasPermission(permissions, permission);
  };
  return {
    rbac,
    signedOut,
    permissions,
    roles,
    can,
    canAll: (list) => list.every(can),
    canAny: (list) => list.some(can),
    missing: (permission) => (can(permission) ? null : permission),
  };
}

/** Shorthand for one-off checks: `can(caps, 'stored-agents:publish')`. */
export function can(caps: AuthCapabilities | null | undefined, permission: string): boolean {
  return createPermissionChecker(caps).can(permission);
}
