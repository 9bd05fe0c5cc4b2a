import * as z from 'zod/mini';
import { APIResource } from '../core/resource.js';
import { parseParams } from '../internal/params.js';
import type { RequestOptions } from '../core/request-options.js';
import { path } from '../internal/path.js';
import {
  authCapabilitiesSchema,
  currentUserSchema,
  permissionPatternsSchema,
  rolePermissionsSchema,
  signInParamsSchema,
  signInResponseSchema,
  signOutResponseSchema,
} from '../schemas/auth.js';
import type {
  AuthCapabilities,
  CurrentUser,
  PermissionPatterns,
  RolePermissions,
  SignInParams,
  SignInResponse,
  SignOutResponse,
} from '../schemas/auth.js';

/** `/auth/*`: who am I, what may I do, sign in and out. */
export class Auth extends APIResource {
  /**
   * Auth state and, once signed in, the user's roles and resolved permissions. Public route; on a server
   * without auth it answers `{ enabled: false, login: null }`.
   */
  async capabilities(options?: RequestOptions): Promise<AuthCapabilities> {
    return this._client.get('/auth/capabilities', { schema: authCapabilitiesSchema, options });
  }

  /** The signed-in user, or `null`. */
  async me(options?: RequestOptions): Promise<CurrentUser> {
    return this._client.get('/auth/me', { schema: currentUserSchema, options });
  }

  /** Every valid permission pattern (needs `auth:read`). */
  async permissionPatterns(options?: RequestOptions): Promise<PermissionPatterns> {
    return this._client.get('/auth/permission-patterns', { schema: permissionPatternsSchema, options });
  }

  /** Permissions of one role ("view as role"; the caller must hold `*` or `*:*`). */
  async rolePermissions(roleId: string, options?: RequestOptions): Promise<RolePermissions> {
    return this._client.get(path`/auth/roles/${roleId}/permissions`, {
      schema: rolePermissionsSchema,
      options,
    });
  }

  /**
   * Email/password sign-in. The server sets session cookies; use `credentials: 'include'` in browsers, or send
   * the returned `token` as a bearer header.
   */
  async signIn(params: SignInParams, options?: RequestOptions): Promise<SignInResponse> {
    parseParams(signInParamsSchema, params, '/auth/credentials/sign-in');
    return this._client.post('/auth/credentials/sign-in', {
      body: { email: params.email, password: params.password },
      schema: signInResponseSchema,
      options,
    });
  }

  /** Ends the session (clears cookies server-side). */
  async signOut(options?: RequestOptions): Promise<SignOutResponse> {
    return this._client.post('/auth/logout', {
      body: {},
      schema: z.union([
        signOutResponseSchema,
        z.pipe(
          z.null(),
          z.transform(() => ({})),
        ),
      ]),
      options,
    });
  }
}
