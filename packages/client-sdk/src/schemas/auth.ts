import { z } from 'zod';

/** The signed-in user as the auth provider describes it. */
export const authUserSchema = z.looseObject({
  id: z.string(),
  email: z.string().nullish(),
  name: z.string().nullish(),
  avatarUrl: z.string().nullish(),
});
export type AuthUser = z.infer<typeof authUserSchema>;

/** The caller's roles and permissions (present when RBAC is on). */
export const authAccessSchema = z.looseObject({
  roles: z.array(z.string()).default([]),
  permissions: z.array(z.string()).default([]),
});
export type AuthAccess = z.infer<typeof authAccessSchema>;

/** How to sign in on this server (credentials, SSO), or null. */
export const authLoginSchema = z.looseObject({
  type: z.string(),
  signUpEnabled: z.boolean().optional(),
  description: z.string().optional(),
  sso: z
    .looseObject({
      provider: z.string(),
      text: z.string().optional(),
      icon: z.string().optional(),
      description: z.string().optional(),
      url: z.string().optional(),
    })
    .optional(),
});

/**
 * `GET /auth/capabilities`: public shape `{ enabled, login }`, plus `user`, `capabilities` and `access` once
 * authenticated. `access` is `null` when the server has no RBAC provider (every signed-in user may do anything).
 */
export const authCapabilitiesSchema = z.looseObject({
  enabled: z.boolean(),
  login: authLoginSchema.nullish(),
  user: authUserSchema.optional(),
  capabilities: z
    .looseObject({
      user: z.boolean().optional(),
      session: z.boolean().optional(),
      sso: z.boolean().optional(),
      rbac: z.boolean().optional(),
      acl: z.boolean().optional(),
      fga: z.boolean().optional(),
    })
    .optional(),
  access: authAccessSchema.nullish(),
  availableRoles: z.array(z.looseObject({ id: z.string(), name: z.string().optional() })).optional(),
});
export type AuthCapabilities = z.infer<typeof authCapabilitiesSchema>;

/** `GET /auth/me`: the current user, or `null` when signed out. */
export const currentUserSchema = authUserSchema
  .extend({
    roles: z.array(z.string()).optional(),
    permissions: z.array(z.string()).optional(),
  })
  .nullable();
export type CurrentUser = z.infer<typeof currentUserSchema>;

/** Every permission pattern the server knows (`GET /auth/permission-patterns`). */
export const permissionPatternsSchema = z.looseObject({ patterns: z.array(z.string()) });
export type PermissionPatterns = z.infer<typeof permissionPatternsSchema>;

/** Permissions of one role (`GET /auth/roles/:id/permissions`). */
export const rolePermissionsSchema = z.looseObject({ roleId: z.string(), permissions: z.array(z.string()) });
export type RolePermissions = z.infer<typeof rolePermissionsSchema>;

/** Email/password sign-in credentials. */
export const signInParamsSchema = z.object({ email: z.string(), password: z.string() });
export type SignInParams = z.input<typeof signInParamsSchema>;

/** Sign-in answer: the user and a session token usable as a bearer header. */
export const signInResponseSchema = z.looseObject({
  user: authUserSchema.optional(),
  token: z.string().optional(),
});
export type SignInResponse = z.infer<typeof signInResponseSchema>;

/** Sign-out answer (may be empty, or name a redirect). */
export const signOutResponseSchema = z.looseObject({
  success: z.boolean().optional(),
  redirect: z.string().optional(),
});
export type SignOutResponse = z.infer<typeof signOutResponseSchema>;
