import { describe, expect, it } from 'vitest';
import type { PermissionDeniedError } from '../core/errors.js';
import {
  BadRequestError,
  MastraClientError,
  NotFoundError,
  RequestValidationError,
  ResponseValidationError,
} from '../core/errors.js';
import { json } from '../testing/mock-fetch.js';
import { routeClient } from '../testing/routes.js';

const agent = (over: Record<string, unknown> = {}) => ({
  id: 'a1',
  name: 'Agent',
  status: 'draft',
  instructions: 'x',
  model: { provider: 'mock', name: 'm1' },
  tools: { t1: {} },
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-02T00:00:00.000Z',
  resolvedVersionId: 'v1',
  ...over,
});
const version = (n: number) => ({
  id: `v${n}`,
  agentId: 'a1',
  versionNumber: n,
  name: 'Agent',
  instructions: `v${n}`,
  changedFields: ['instructions'],
  changeMessage: null,
  createdAt: '2026-01-01T00:00:00.000Z',
});
const page = { total: 1, page: 0, perPage: 100, hasMore: false };

describe('storedAgents', () => {
  it('update accepts the thin record PATCH may answer with (no name)', async () => {
    const thin = {
      id: 'a1',
      status: 'draft',
      activeVersionId: null,
      createdAt: '2026-01-01T00:00:00Z',
      updatedAt: '2026-01-02T00:00:00Z',
    };
    const { client } = routeClient({ 'PATCH /api/stored/agents/a1': thin });
    const updated = await client.storedAgents.update('a1', { instructions: 'y', autoPublish: false });
    expect(updated.id).toBe('a1');
    expect(updated.name).toBeUndefined();
    expect(updated.updatedAt).toEqual(new Date('2026-01-02T00:00:00Z'));
  });

  it('list passes pinFavoritedFor through as a query parameter', async () => {
    const { client, last } = routeClient({ 'GET /api/stored/agents': { ...page, agents: [] } });
    await client.storedAgents.list({ pinFavoritedFor: 'u-1', favoritedOnly: false });
    expect(last().url.searchParams.get('pinFavoritedFor')).toBe('u-1');
    const error = await client.storedAgents.list({ pinFavoritedFor: 7 as never }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestValidationError);
  });

  it('a required date that arrives as null is a ResponseValidationError, not 1970', async () => {
    const { client } = routeClient({ 'GET /api/stored/agents/a1': agent({ createdAt: null }) });
    const error = await client.storedAgents.retrieve('a1').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect((error as ResponseValidationError).issues[0]?.path).toEqual(['createdAt']);
  });

  it('list passes status and JSON-encodes orderBy; dates coerced', async () => {
    const { client, last } = routeClient({ 'GET /api/stored/agents': { ...page, agents: [agent()] } });
    const list = await client.storedAgents.list({
      status: 'draft',
      orderBy: { field: 'updatedAt', direction: 'DESC' },
    });
    expect(list.agents[0]?.updatedAt).toBeInstanceOf(Date);
    expect(last().url.searchParams.get('status')).toBe('draft');
    expect(JSON.parse(last().url.searchParams.get('orderBy')!)).toEqual({
      field: 'updatedAt',
      direction: 'DESC',
    });
  });

  it('retrieve at draft or published (default omitted, server decides)', async () => {
    const { client, last } = routeClient({ 'GET /api/stored/agents/a1': agent({ status: 'published' }) });
    await client.storedAgents.retrieve('a1');
    expect(last().url.search).toBe('');
    await client.storedAgents.retrieve('a1', { status: 'draft' });
    expect(last().url.search).toBe('?status=draft');
  });

  it('create and update require an explicit autoPublish and send it', async () => {
    const { client, fetch } = routeClient({
      'POST /api/stored/agents': agent(),
      'PATCH /api/stored/agents/a1': agent({ instructions: 'y' }),
    });
    await expect(
      client.storedAgents.create({ name: 'A', instructions: 'x' } as never),
    ).rejects.toBeInstanceOf(RequestValidationError);
    await expect(client.storedAgents.update('a1', { instructions: 'y' } as never)).rejects.toBeInstanceOf(
      MastraClientError,
    );
    expect(fetch.calls).toHaveLength(0);
    await client.storedAgents.create({ name: 'A', instructions: 'x', autoPublish: false });
    expect(fetch.calls[0]?.body).toEqual({ name: 'A', instructions: 'x', autoPublish: false });
    const updated = await client.storedAgents.update('a1', {
      instructions: 'y',
      autoPublish: true,
      changeMessage: 'm',
    });
    expect(updated.instructions).toBe('y');
    expect(fetch.calls[1]?.body).toEqual({ instructions: 'y', autoPublish: true, changeMessage: 'm' });
  });

  it('create and update parameters are validated by their schemas before anything is sent', async () => {
    const { client, fetch } = routeClient({
      'POST /api/stored/agents': agent(),
      'PATCH /api/stored/agents/a%2Fb': agent(),
    });
    const blank = (await client.storedAgents
      .create({ name: '   ', instructions: '', autoPublish: false })
      .catch((e: unknown) => e)) as RequestValidationError;
    expect(blank).toBeInstanceOf(RequestValidationError);
    expect(blank.path).toBe('/stored/agents');
    expect(blank.issues.map((issue) => issue.path[0]).sort()).toEqual(['instructions', 'name']);
    const badModel = (await client.storedAgents
      .update('a/b', { model: { provider: 'mock' } as never, autoPublish: false })
      .catch((e: unknown) => e)) as RequestValidationError;
    expect(badModel.path).toBe('/stored/agents/a%2Fb');
    expect(badModel.issues[0]?.path[0]).toBe('model');
    const longMessage = await client.storedAgents
      .update('a/b', { autoPublish: false, changeMessage: 'x'.repeat(501) })
      .catch((e: unknown) => e);
    expect(longMessage).toBeInstanceOf(RequestValidationError);
    expect(fetch.calls).toHaveLength(0);

    // What goes out is exactly what the caller gave: nothing trimmed, keys the SDK does not know passed through.
    const typed = {
      name: '  Billing helper ',
      description: '\tTabbed\n',
      instructions: '  Indented.\nLast.\n',
      autoPublish: false,
      metadata: { note: ' spaced ', nested: { keep: '\n' } },
      memory: { options: { lastMessages: 10 }, label: ' x ' },
      tools: { 'search-kb': { description: '  Search.  ' } },
      futureServerField: { kept: true },
    };
    await client.storedAgents.create(typed);
    expect(fetch.calls[0]?.body).toStrictEqual(typed);
    await client.storedAgents.update('a/b', { ...typed, changeMessage: '  why\n' });
    expect(fetch.calls[1]?.body).toStrictEqual({ ...typed, changeMessage: '  why\n' });
    // Still refused: whitespace-only names and instructions.
    await expect(
      client.storedAgents.update('a/b', { name: ' \n\t', autoPublish: false }),
    ).rejects.toBeInstanceOf(RequestValidationError);
    await expect(
      client.storedAgents.update('a/b', { instructions: '\n', autoPublish: false }),
    ).rejects.toBeInstanceOf(RequestValidationError);
    expect(fetch.calls).toHaveLength(2);
  });

  it('delete and dependents', async () => {
    const { client } = routeClient({
      'DELETE /api/stored/agents/a1': { success: true, message: 'deleted' },
      'GET /api/stored/agents/a1/dependents': { dependents: [{ id: 'b', name: 'B' }], hiddenCount: 2 },
    });
    expect(await client.storedAgents.delete('a1')).toEqual({ success: true, message: 'deleted' });
    expect(await client.storedAgents.dependents('a1')).toEqual({
      dependents: [{ id: 'b', name: 'B' }],
      hiddenCount: 2,
    });
  });

  it('a hidden agent is NotFoundError; a missing write permission is PermissionDeniedError', async () => {
    const { client } = routeClient({
      'PATCH /api/stored/agents/a1': () =>
        json({ error: 'Forbidden', message: 'Missing required permission: stored-agents:write' }, 403),
    });
    await expect(client.storedAgents.retrieve('hidden')).rejects.toBeInstanceOf(NotFoundError);
    const error = (await client.storedAgents
      .update('a1', { name: 'n', autoPublish: false })
      .catch((e: unknown) => e)) as PermissionDeniedError;
    expect(error.permission).toBe('stored-agents:write');
  });

  it('versions: list, retrieve, create, compare, activate, restore, delete', async () => {
    const { client, fetch } = routeClient({
      'GET /api/stored/agents/a1/versions': { ...page, perPage: 20, versions: [version(1), version(2)] },
      'GET /api/stored/agents/a1/versions/v2': version(2),
      'POST /api/stored/agents/a1/versions': version(3),
      'GET /api/stored/agents/a1/versions/compare': {
        diffs: [{ field: 'instructions', previousValue: 'v1', currentValue: 'v2' }],
        fromVersion: version(1),
        toVersion: version(2),
      },
      'POST /api/stored/agents/a1/versions/v2/activate': {
        success: true,
        message: 'ok',
        activeVersionId: 'v2',
      },
      'POST /api/stored/agents/a1/versions/v1/restore': version(4),
      'DELETE /api/stored/agents/a1/versions/v3': { success: true },
      'DELETE /api/stored/agents/a1/versions/v2': () =>
        json({ error: 'Cannot delete the active version' }, 400),
    });
    const versions = client.storedAgents.versions;
    expect((await versions.list('a1', { perPage: 20 })).versions).toHaveLength(2);
    expect((await versions.retrieve('a1', 'v2')).versionNumber).toBe(2);
    expect((await versions.create('a1', { changeMessage: 'snap' })).versionNumber).toBe(3);
    const diff = await versions.compare('a1', { from: 'v1', to: 'v2' });
    expect(diff.diffs[0]?.field).toBe('instructions');
    expect((await versions.activate('a1', 'v2')).activeVersionId).toBe('v2');
    expect((await versions.restore('a1', 'v1')).versionNumber).toBe(4);
    expect(await versions.delete('a1', 'v3')).toEqual({ success: true });
    await expect(versions.delete('a1', 'v2')).rejects.toBeInstanceOf(BadRequestError);
    const compareCall = fetch.calls[3]!;
    expect(compareCall.url.search).toBe('?from=v1&to=v2');
    expect(fetch.calls[2]?.body).toEqual({ changeMessage: 'snap' });
  });

  it('activate is safe to retry', async () => {
    const { client, fetch } = routeClient({
      'POST /api/stored/agents/a1/versions/v2/activate': (() => {
        let n = 0;
        return () => (++n === 1 ? json({ error: 'x' }, 503) : { success: true, activeVersionId: 'v2' });
      })(),
    });
    await client.storedAgents.versions.activate('a1', 'v2', { maxRetries: 1 });
    expect(fetch.calls).toHaveLength(2);
  });

  it('list and versions.list refuse ill-typed params with RequestValidationError, before sending', async () => {
    const { client, fetch, last } = routeClient({
      'GET /api/stored/agents': { ...page, agents: [] },
      'GET /api/stored/agents/a1/versions': { ...page, versions: [] },
    });
    const list = (await client.storedAgents
      .list({ page: -1, perPage: 0, status: 'deleted' as never })
      .catch((e: unknown) => e)) as RequestValidationError;
    expect(list).toBeInstanceOf(RequestValidationError);
    expect(list.path).toBe('/stored/agents');
    expect(list.issues.map((issue) => issue.path[0]).sort()).toEqual(['page', 'perPage', 'status']);
    const order = (await client.storedAgents
      .list({ orderBy: { field: 'name' as never, direction: 'ASC' } })
      .catch((e: unknown) => e)) as RequestValidationError;
    expect(order.issues[0]?.path).toEqual(['orderBy', 'field']);
    const versions = (await client.storedAgents.versions
      .list('a1', { perPage: 2.5 })
      .catch((e: unknown) => e)) as RequestValidationError;
    expect(versions).toBeInstanceOf(RequestValidationError);
    expect(versions.path).toBe('/stored/agents/a1/versions');
    expect(versions.issues[0]?.path).toEqual(['perPage']);
    expect(fetch.calls).toHaveLength(0);

    await client.storedAgents.list({ page: 0, perPage: 1, status: 'archived' });
    expect(last().url.search).toBe('?page=0&perPage=1&status=archived');
  });

  it('retrieve, versions.create and versions.compare refuse ill-typed params before sending', async () => {
    const { client, fetch } = routeClient({});
    const status = (await client.storedAgents
      .retrieve('a1', { status: 'archived' as never })
      .catch((e: unknown) => e)) as RequestValidationError;
    expect(status).toBeInstanceOf(RequestValidationError);
    expect(status.path).toBe('/stored/agents/a1');
    expect(status.issues[0]?.path).toEqual(['status']);
    const message = (await client.storedAgents.versions
      .create('a1', { changeMessage: 'x'.repeat(501) })
      .catch((e: unknown) => e)) as RequestValidationError;
    expect(message.path).toBe('/stored/agents/a1/versions');
    expect(message.issues[0]?.path).toEqual(['changeMessage']);
    const compare = (await client.storedAgents.versions
      .compare('a1', { from: 'v1' } as never)
      .catch((e: unknown) => e)) as RequestValidationError;
    expect(compare.path).toBe('/stored/agents/a1/versions/compare');
    expect(compare.issues[0]?.path).toEqual(['to']);
    expect(fetch.calls).toHaveLength(0);
  });
});
