/** The demo server's roles (see playground/server/README.md). */
export type Role = 'owner' | 'admin' | 'builder' | 'reviewer' | 'viewer';

/** The playground's stand-in for a host's login: the chosen role maps to one of the server's demo tokens. */
export const ROLES: readonly Role[] = ['owner', 'admin', 'builder', 'reviewer', 'viewer'];
const STORAGE_KEY = 'acme-console-role';

export function readRole(): Role {
  const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
  return (ROLES as readonly string[]).includes(stored ?? '') ? (stored as Role) : 'builder';
}

export function writeRole(role: Role) {
  localStorage.setItem(STORAGE_KEY, role);
}

export const SERVER_URL: string = import.meta.env.VITE_PADDOCK_SERVER_URL ?? 'http://127.0.0.1:4111';
