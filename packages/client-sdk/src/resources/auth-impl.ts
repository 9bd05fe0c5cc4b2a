import * as z from 'zod/mini';
import type { ResourceImpl } from '../core/lazy.js';
import { parseParams } from '../internal/params.js';
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
import type { Auth } from './auth.js';

/** The bodies of `Auth`'s async methods (documented there), loaded with the first call. */
export const authImpl: ResourceImpl<Auth> = {
  async capabilities(options) {
    return this.client.get('/auth/capabilities', { schema: authCapabilitiesSchema, options });
  },

  async me(options) {
    return this.client.get('/auth/me', { schema: currentUserSchema, options });
  },

  async permissionPatterns(options) {
    return this.client.get('/auth/permission-patterns', { schema: permissionPatternsSchema, options });
  },

  async rolePermissions(roleId, options) {
    return this.client.get(path`/auth/roles/${roleId}/permissions`, {
      schema: rolePermissionsSchema,
      options,
    });
  },

  async signIn(params, options) {
    parseParams(signInParamsSchema, params, '/auth/credentials/sign-in');
    return this.client.post('/auth/credentials/sign-in', {
      body: { email: params.email, password: params.password },
      schema: signInResponseSchema,
      options,
    });
  },

  async signOut(options) {
    return this.client.post('/auth/logout', {
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
  },
};
