import { lazyImpl } from '../core/lazy.js';
import { APIResource } from '../core/resource.js';
import type { RequestOptions } from '../core/request-options.js';
import type {
  AuthCapabilities,
  CurrentUser,
  PermissionPatterns,
  RolePermissions,
  SignInParams,
  SignInResponse,
  SignOutResponse,
} from '../schemas/auth.js';

const run = /* @__PURE__ */ lazyImpl<Auth>('auth', () => import('./impls.js').then((m) => m.authImpl));

/** `/auth/*`: who am I, what may I do, sign in and out. */
export class Auth extends APIResource {
  /**
   * Auth state and, once signed in, the user's roles and resolved permissions. Public route; on a server
   * without auth it answers `{ enabled: false, login: null }`.
   */
  capabilities(options?: RequestOptions): Promise<AuthCapabilities> {
    return run(this, this._client, 'capabilities', options);
  }

  /** The signed-in user, or `null`. */
  me(options?: RequestOptions): Promise<CurrentUser> {
    return run(this, this._client, 'me', options);
  }

  /** Every valid permission pattern (needs `auth:read`). */
  permissionPatterns(options?: RequestOptions): Promise<PermissionPatterns> {
    return run(this, this._client, 'permissionPatterns', options);
  }

  /** Permissions of one role ("view as role"; the caller must hold `*` or `*:*`). */
  rolePermissions(roleId: string, options?: RequestOptions): Promise<RolePermissions> {
    return run(this, this._client, 'rolePermissions', roleId, options);
  }

  /**
   * Email/password sign-in. The server sets session cookies; use `credentials: 'include'` in browsers, or send
   * the returned `token` as a bearer header.
   */
  signIn(params: SignInParams, options?: RequestOptions): Promise<SignInResponse> {
    return run(this, this._client, 'signIn', params, options);
  }

  /** Ends the session (clears cookies server-side). */
  signOut(options?: RequestOptions): Promise<SignOutResponse> {
    return run(this, this._client, 'signOut', options);
  }
}
