import { describe, expect, it } from 'vitest';
import { paddockKeys } from './query-keys.js';

const startsWith = (key: readonly unknown[], prefix: readonly unknown[]) =>
  prefix.every((part, i) => JSON.stringify(key[i]) === JSON.stringify(part));

describe('paddockKeys', () => {
  const base = 'http://a.test';

  it('scopes every key under paddock and the server', () => {
    const keys = [
      paddockKeys.catalog(base),
      paddockKeys.capabilities(base),
      paddockKeys.storedAgents.list(base, { status: 'draft' }),
      paddockKeys.storedAgents.detail(base, 'x', 'draft'),
      paddockKeys.storedAgents.versions(base, 'x'),
      paddockKeys.agents.detail(base, 'a'),
      paddockKeys.workflows.run(base, 'w', 'r'),
      paddockKeys.observability.trace(base, 't'),
      paddockKeys.system.packages(base),
    ];
    for (const key of keys) {
      expect(startsWith(key, paddockKeys.all)).toBe(true);
      expect(startsWith(key, paddockKeys.server(base))).toBe(true);
    }
  });

  it('family prefixes cover their members, and servers never collide', () => {
    expect(startsWith(paddockKeys.storedAgents.detail(base, 'x'), paddockKeys.storedAgents.all(base))).toBe(
      true,
    );
    expect(startsWith(paddockKeys.storedAgents.versions(base, 'x'), paddockKeys.storedAgents.all(base))).toBe(
      true,
    );
    expect(startsWith(paddockKeys.catalog(base, { kinds: ['tool'] }), paddockKeys.catalog(base))).toBe(true);
    expect(
      startsWith(paddockKeys.storedAgents.list('http://b.test'), paddockKeys.storedAgents.all(base)),
    ).toBe(false);
  });

  it('detail defaults to the published status; distinct statuses are distinct keys', () => {
    expect(paddockKeys.storedAgents.detail(base, 'x')).toEqual(
      paddockKeys.storedAgents.detail(base, 'x', 'published'),
    );
    expect(paddockKeys.storedAgents.detail(base, 'x', 'draft')).not.toEqual(
      paddockKeys.storedAgents.detail(base, 'x'),
    );
  });

  it('keys whose results depend on params include them; the missing families have keys', () => {
    const withContext = paddockKeys.tools.list(base, { requestContext: { tenant: 'a' } });
    expect(withContext).not.toEqual(paddockKeys.tools.list(base, { requestContext: { tenant: 'b' } }));
    expect(startsWith(withContext, paddockKeys.tools.all(base))).toBe(true);
    expect(paddockKeys.workflows.list(base, { partial: true })).not.toEqual(paddockKeys.workflows.list(base));
    const added = [
      paddockKeys.workflows.runCounts(base),
      paddockKeys.observability.trajectory(base, 't'),
      paddockKeys.observability.traceDelta(base, { after: 'c1' }),
      paddockKeys.observability.tracesLight(base),
      paddockKeys.rolePermissions(base, 'admin'),
    ];
    expect(new Set(added.map((k) => JSON.stringify(k))).size).toBe(added.length);
    for (const key of added) expect(startsWith(key, paddockKeys.server(base))).toBe(true);
    expect(
      startsWith(
        paddockKeys.observability.traceDelta(base, { after: 'c1' }),
        paddockKeys.observability.all(base),
      ),
    ).toBe(true);
    expect(paddockKeys.observability.traceDelta(base, { after: 'c1' })).not.toEqual(
      paddockKeys.observability.traceDelta(base, { after: 'c2' }),
    );
  });
});
