import { describe, expect, it } from 'vitest';
import type { AuthCapabilities } from '../schemas/auth.js';
import { can, createPermissionChecker, hasPermission, matchesPermission } from './permissions.js';

describe('matchesPermission (documented wildcard table)', () => {
  const cases: [granted: string, required: string, expected: boolean][] = [
    ['*', 'agents:read', true],
    ['*', 'stored-agents:publish:abc', true],
    ['*:*', 'agents:read', true],
    ['*:*', 'agents:read:x', true],
    ['agents:*', 'agents:read', true],
    ['agents:*', 'agents:read:x', true],
    ['agents:*', 'tools:read', false],
    ['*:read', 'agents:read', true],
    ['*:read', 'agents:read:x', true],
    ['*:read', 'agents:write', false],
    ['agents:read', 'agents:read', true],
    ['agents:read', 'agents:read:x', true],
    ['agents:read:x', 'agents:read', false],
    ['agents:read:x', 'agents:read:y', false],
    ['agents:read:x', 'agents:read:x', true],
    ['agents:*:x', 'agents:write:x', true],
    ['agents:*:x', 'agents:write:y', false],
    ['*:read:x', 'agents:read:x', true],
    ['*:read:x', 'agents:write:x', false],
    ['agents:read', 'agents:reader', false],
    ['agent:read', 'agents:read', false],
    ['stored-agents:read', 'agents:read', false],
    ['tools:execute', 'tools:execute:agent-1:tool-2', true],
    ['tools:execute:agent-1:tool-2', 'tools:execute:agent-1:tool-2', true],
    ['tools:execute:agent-1', 'tools:execute:agent-1:tool-2', false],
    ['', 'agents:read', false],
  ];
  it.each(cases)('%s grants %s: %s', (granted, required, expected) => {
    expect(matchesPermission(granted, required)).toBe(expected);
  });

  it('hasPermission is any-of', () => {
    expect(hasPermission(['tools:read', '*:execute'], 'agents:execute')).toBe(true);
    expect(hasPermission(['tools:read'], 'agents:execute')).toBe(false);
    expect(hasPermission([], 'agents:read')).toBe(false);
  });
});

const signedIn = (permissions: string[] | null, rbac = true): AuthCapabilities => ({
  enabled: true,
  login: null,
  user: { id: 'u1' },
  capabilities: { user: true, session: true, sso: false, rbac, acl: false },
  access: permissions ? { roles: ['r'], permissions } : null,
});

describe('createPermissionChecker', () => {
  it('allows everything when capabilities are unknown or auth is off', () => {
    expect(createPermissionChecker(null).can('stored-agents:publish')).toBe(true);
    const off = createPermissionChecker({ enabled: false, login: null });
    expect(off.rbac).toBe(false);
    expect(off.can('anything:at-all')).toBe(true);
    expect(off.missing('agents:delete')).toBeNull();
  });

  it('allows everything when the server has no RBAC provider (access null or rbac false)', () => {
    expect(createPermissionChecker(signedIn(null)).can('agents:delete')).toBe(true);
    const flagOff = createPermissionChecker(signedIn(['agents:read'], false));
    expect(flagOff.rbac).toBe(false);
    expect(flagOff.can('agents:delete')).toBe(true);
  });

  it('denies everything when auth is on and nobody is signed in', () => {
    const checker = createPermissionChecker({ enabled: true, login: { type: 'credentials' } });
    expect(checker.signedOut).toBe(true);
    expect(checker.can('agents:read')).toBe(false);
    expect(checker.missing('agents:read')).toBe('agents:read');
  });

  it('checks granted patterns with wildcards when RBAC is on', () => {
    const checker = createPermissionChecker(signedIn(['*:read', 'stored-agents:write']));
    expect(checker.rbac).toBe(true);
    expect(checker.can('stored-agents:read')).toBe(true);
    expect(checker.can('stored-agents:write')).toBe(true);
    expect(checker.can('stored-agents:publish')).toBe(false);
    expect(checker.missing('stored-agents:publish')).toBe('stored-agents:publish');
    expect(checker.canAll(['agents:read', 'stored-agents:write'])).toBe(true);
    expect(checker.canAll(['agents:read', 'agents:delete'])).toBe(false);
    expect(checker.canAny(['agents:delete', 'agents:read'])).toBe(true);
    expect(checker.roles).toEqual(['r']);
    expect(can(signedIn(['*']), 'x:y')).toBe(true);
  });
});
