/** The demo server's roles (see playground/server/README.md). */
export type Role = 'owner' | 'admin' | 'builder' | 'reviewer' | 'viewer';

/** The playground's stand-in for a host's login: the chosen role maps to one of the server's demo tokens. */
export const ROLES: readonly Role[] = ['owner', 'admin', 'builder', 'reviewer', 'viewer'];
const STORAGE_KEY = 'acme-console-role';

export interface Person {
  role: Role;
  /** As the demo server knows the user (playground/server/src/roles.ts). */
  name: string;
  /** The role as the console's people directory calls it. */
  title: string;
  /** What the role may do, in the words the console shows next to the switcher. */
  can: string;
}

/** The demo organisation's people, one per server role. */
export const PEOPLE: Record<Role, Person> = {
  owner: {
    role: 'owner',
    name: 'Olivia Owner',
    title: 'Owner',
    can: 'Everything, including roles and deleting agents.',
  },
  admin: {
    role: 'admin',
    name: 'Adam Admin',
    title: 'Admin',
    can: 'Creates, publishes and deletes agents; cannot manage roles.',
  },
  builder: {
    role: 'builder',
    name: 'Bea Builder',
    title: 'Agent builder',
    can: 'Composes agents, saves drafts, tests them and requests review; cannot publish.',
  },
  reviewer: {
    role: 'reviewer',
    name: 'Remi Reviewer',
    title: 'Reviewer',
    can: 'Builds like a builder, and reviews and publishes other people’s agents.',
  },
  viewer: {
    role: 'viewer',
    name: 'Vic Viewer',
    title: 'Viewer',
    can: 'Reads the catalog, agents and runs; changes nothing.',
  },
};

export function readRole(): Role {
  const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
  return (ROLES as readonly string[]).includes(stored ?? '') ? (stored as Role) : 'builder';
}

export function writeRole(role: Role) {
  localStorage.setItem(STORAGE_KEY, role);
}

export const SERVER_URL: string = import.meta.env.VITE_PADDOCK_SERVER_URL ?? 'http://127.0.0.1:4111';
