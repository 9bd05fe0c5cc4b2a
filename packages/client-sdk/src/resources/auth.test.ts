import { describe, expect, it } from 'vitest';
import { AuthenticationError, RequestValidationError } from '../core/errors.js';
import { createPermissionChecker } from '../core/permissions.js';
import { json } from '../testing/mock-fetch.js';
import type { RecordedRequest } from '../testing/mock-fetch.js';
import { routeClient } from '../testing/routes.js';

describe('auth', () => {
  it('capabilities (public and authenticated shapes) feed the permission checker', async () => {
    const { client } = routeClient({
      'GET /api/auth/capabilities': {
        enabled: true,
        login: { type: 'credentials', signUpEnabled: false },
        user: { id: 'u1', email: 'a@b.c' },
        capabilities: { user: true, session: true, sso: false, rbac: true, acl: false },
        access: { roles: ['viewer'], permissions: ['*:read'] },
        somethingNew: 1,
      },
    });
    const caps = await client.auth.capabilities();
    expect(caps.user?.id).toBe('u1');
    const checker = createPermissionChecker(caps);
    expect(checker.can('agents:read')).toBe(true);
    expect(checker.can('agents:write')).toBe(false);
  });

  it('capabilities of a server without auth', async () => {
    const { client } = routeClient({ 'GET /api/auth/capabilities': { enabled: false, login: null } });
    const caps = await client.auth.capabilities();
    expect(createPermissionChecker(caps).can('anything:write')).toBe(true);
  });

  it('me returns the user or null', async () => {
    let signedIn = true;
    const { client } = routeClient({
      'GET /api/auth/me': () => (signedIn ? { id: 'u1', roles: ['owner'], permissions: ['*'] } : null),
    });
    expect(await client.auth.me()).toMatchObject({ id: 'u1', roles: ['owner'] });
    signedIn = false;
    expect(await client.auth.me()).toBeNull();
  });

  it('permission patterns and role permissions', async () => {
    const { client } = routeClient({
      'GET /api/auth/permission-patterns': { patterns: ['*', 'agents:read'] },
      'GET /api/auth/roles/a%20b/permissions': { roleId: 'a b', permissions: ['*:read'] },
    });
    expect((await client.auth.permissionPatterns()).patterns).toContain('agents:read');
    expect((await client.auth.rolePermissions('a b')).permissions).toEqual(['*:read']);
  });

  it('sign-in posts credentials in the body (never the URL); failures are AuthenticationError', async () => {
    const { client, last } = routeClient({
      'POST /api/auth/credentials/sign-in': (req: RecordedRequest) =>
        (req.body as { password: string }).password === 'right'
          ? { user: { id: 'u1' }, token: 'tok' }
          : json({ error: 'Invalid credentials' }, 401),
    });
    expect(await client.auth.signIn({ email: 'a@b.c', password: 'right' })).toMatchObject({ token: 'tok' });
    expect(last().url.search).toBe('');
    expect(last().body).toEqual({ email: 'a@b.c', password: 'right' });
    await expect(client.auth.signIn({ email: 'a@b.c', password: 'wrong' })).rejects.toBeInstanceOf(
      AuthenticationError,
    );
  });

  it('sign-in refuses ill-typed credentials with RequestValidationError before sending', async () => {
    const { client, fetch } = routeClient({ 'POST /api/auth/credentials/sign-in': { token: 'tok' } });
    const error = await client.auth.signIn({ email: 5, password: 'x' } as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestValidationError);
    expect((error as RequestValidationError).path).toBe('/auth/credentials/sign-in');
    expect((error as RequestValidationError).issues[0]?.path).toEqual(['email']);
    expect(fetch.calls).toHaveLength(0);
  });

  it('sign-out accepts an empty body or a redirect', async () => {
    let empty = true;
    const { client } = routeClient({
      'POST /api/auth/logout': () =>
        empty ? new Response(null, { status: 200 }) : { success: true, redirect: '/' },
    });
    expect(await client.auth.signOut()).toEqual({});
    empty = false;
    expect(await client.auth.signOut()).toEqual({ success: true, redirect: '/' });
  });
});
