import * as z from 'zod/mini';

/** The signed-in user as the auth provider describes it. */
export const authUserSchema = /* @__PURE__ */ z.looseObject({
  id: z.string(),
  email: z.nullish(z.string()),
  name: z.nullish(z.string()),
  avatarUrl: z.nullish(z.string()),
});
export type AuthUser = z.infer<typeof authUserSchema>;

/** The caller's roles and permissions (present when RBAC is on). */
export const authAccessSchema = /* @__PURE__ */ z.looseObject({
  roles: z._default(z.array(z.string()), []),
  permissions: z._default(z.array(z.string()), []),
});
export type AuthAccess = z.infer<typeof authAccessSchema>;

/** How to sign in on this server (credentials, SSO), or null. */
export const authLoginSchema = /* @__PURE__ */ z.looseObject({
  type: z.string(),
  signUpEnabled: z.optional(z.boolean()),
  description: z.optional(z.string()),
  sso: z.optional(
    z.looseObject({
      provider: z.string(),
      text: z.optional(z.string()),
      icon: z.optional(z.string()),
      description: z.optional(z.string()),
      url: z.optional(z.string()),
    }),
  ),
});

/**
 * `GET /auth/capabilities`: public shape `{ enabled, login }`, plus `user`, `capabilities` and `access` once
 * authenticated. `access` is `null` when the server has no RBAC provider (every signed-in user may do anything).
 */
export const authCapabilitiesSchema = /* @__PURE__ */ z.looseObject({
  enabled: z.boolean(),
  login: z.nullish(authLoginSchema),
  user: z.optional(authUserSchema),
  capabilities: z.optional(
    z.looseObject({
      user: z.optional(z.boolean()),
      session: z.optional(z.boolean()),
      sso: z.optional(z.boolean()),
      rbac: z.optional(z.boolean()),
      acl: z.optional(z.boolean()),
      fga: z.optional(z.boolean()),
    }),
  ),
  access: z.nullish(authAccessSchema),
  availableRoles: z.optional(z.array(z.looseObject({ id: z.string(), name: z.optional(z.string()) }))),
});
export type AuthCapabilities = z.infer<typeof authCapabilitiesSchema>;

/** `GET /auth/me`: the current user, or `null` when signed out. */
export const currentUserSchema = /* @__PURE__ */ z.nullable(
  z.extend(authUserSchema, {
    roles: z.optional(z.array(z.string())),
    permissions: z.optional(z.array(z.string())),
  }),
);
export type CurrentUser = z.infer<typeof currentUserSchema>;

/** Every permission pattern the server knows (`GET /auth/permission-patterns`). */
export const permissionPatternsSchema = /* @__PURE__ */ z.looseObject({ patterns: z.array(z.string()) });
export type PermissionPatterns = z.infer<typeof permissionPatternsSchema>;

/** Permissions of one role (`GET /auth/roles/:id/permissions`). */
export const rolePermissionsSchema = /* @__PURE__ */ z.looseObject({
  roleId: z.string(),
  permissions: z.array(z.string()),
});
export type RolePermissions = z.infer<typeof rolePermissionsSchema>;

/** Email/password sign-in credentials. */
export const signInParamsSchema = /* @__PURE__ */ z.object({ email: z.string(), password: z.string() });
export type SignInParams = z.input<typeof signInParamsSchema>;

/** Sign-in answer: the user and a session token usable as a bearer header. */
export const signInResponseSchema = /* @__PURE__ */ z.looseObject({
  user: z.optional(authUserSchema),
  token: z.optional(z.string()),
});
export type SignInResponse = z.infer<typeof signInResponseSchema>;

/** Sign-out answer (may be empty, or name a redirect). */
export const signOutResponseSchema = /* @__PURE__ */ z.looseObject({
  success: z.optional(z.boolean()),
  redirect: z.optional(z.string()),
});
export type SignOutResponse = z.infer<typeof signOutResponseSchema>;
