import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { roleHasPermission, ROLES, TOKENS, type Role } from './roles.js';

const PUBLISH = 'stored-agents:publish';
const WRITE = 'stored-agents:write';

function roleForToken(token: string | undefined): Role | undefined {
  if (!token) return undefined;
  const bare = token.replace(/^Bearer\s+/i, '').trim();
  return ROLES.find((role) => TOKENS[role] === bare);
}

/**
 * Stock Mastra checks `stored-agents:publish` only on the version activate/restore routes; creating a stored
 * agent (autoPublish defaults to true) or PATCHing with `autoPublish: true` publishes with `stored-agents:write`
 * alone. This guard closes that gap for the demo roles so "a builder cannot publish" holds on every route.
 * It answers exactly like Mastra's RBAC (403 `Missing required permission: ...`).
 */
export function publishGuard(apiPrefix: string): MiddlewareHandler {
  const collection = `${apiPrefix}/stored/agents`;
  return async (c, next) => {
    const path = c.req.path;
    const isCreate = c.req.method === 'POST' && path === collection;
    const isUpdate =
      c.req.method === 'PATCH' &&
      path.startsWith(`${collection}/`) &&
      !path.slice(collection.length + 1).includes('/');
    if (!isCreate && !isUpdate) return next();
    const role =
      roleForToken(c.req.header('authorization')) ??
      roleForToken(c.req.header('x-playground-access')) ??
      roleForToken(getCookie(c, 'mastra-token')) ??
      roleForToken(c.req.query('apiKey'));
    // Unknown callers fall through to Mastra's authentication (401); callers without write to its RBAC (403
    // naming stored-agents:write), so the guard only ever adds the missing publish check.
    if (!role || roleHasPermission(role, PUBLISH) || !roleHasPermission(role, WRITE)) return next();
    let body: { autoPublish?: unknown } = {};
    try {
      body = (await c.req.raw.clone().json()) as { autoPublish?: unknown };
    } catch {
      return next();
    }
    const publishes = isCreate ? body.autoPublish !== false : body.autoPublish === true;
    if (!publishes) return next();
    return c.json({ error: 'Forbidden', message: `Missing required permission: ${PUBLISH}` }, 403);
  };
}
