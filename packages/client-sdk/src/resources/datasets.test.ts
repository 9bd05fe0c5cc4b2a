import { describe, expect, it } from 'vitest';
import { ConflictError, RequestValidationError, ResponseValidationError } from '../core/errors.js';
import { MastraClient, createClient } from '../client.js';
import { json, mockFetch } from '../testing/mock-fetch.js';
import { routeClient } from '../testing/routes.js';
import { Datasets } from './datasets.js';

const item = {
  id: 'i1',
  datasetId: 'd/1',
  datasetVersion: 3,
  externalId: 'rev-1',
  input: { type: 'requested' },
  requestContext: { user: { id: 'u-builder' } },
  createdAt: '2026-01-05T09:00:00.000Z',
  updatedAt: '2026-01-05T09:00:00.000Z',
};

describe('datasets', () => {
  it('lists datasets with paging and parses dates', async () => {
    const { client, last } = routeClient({
      'GET /api/datasets': {
        datasets: [
          { id: 'd1', name: 'Ledger', metadata: { paddock: 'x' }, createdAt: '2026-01-05T09:00:00.000Z' },
        ],
        pagination: { total: 1, page: 0, perPage: 100, hasMore: false },
      },
    });
    const list = await new Datasets(client).list({ page: 0, perPage: 100 });
    expect(list.datasets[0]?.createdAt).toEqual(new Date('2026-01-05T09:00:00.000Z'));
    expect(last().url.search).toBe('?page=0&perPage=100');
  });

  it('encodes the dataset id and sends the item body as given', async () => {
    const { client, last } = routeClient({ 'POST /api/datasets/d%2F1/items': item });
    const added = await new Datasets(client).addItem('d/1', {
      externalId: 'rev-1',
      input: { type: 'requested' },
    });
    expect(added.requestContext?.['user']).toEqual({ id: 'u-builder' });
    expect(last().body).toEqual({ externalId: 'rev-1', input: { type: 'requested' } });
  });

  it('retries an item with an external id (the server refuses the duplicate with 409)', async () => {
    const fetch = mockFetch((_req, attempt) =>
      attempt === 1
        ? json({ error: 'Internal' }, 503)
        : json(
            { error: 'One or more dataset item identities conflict with previously accepted items.' },
            409,
          ),
    );
    const client = new MastraClient({ baseUrl: 'http://m.test', fetch, maxRetries: 1 });
    await expect(
      new Datasets(client).addItem('d1', { externalId: 'rev-1', input: {} }),
    ).rejects.toBeInstanceOf(ConflictError);
    expect(fetch.calls).toHaveLength(2);
  });

  it('does not retry an item without an external id', async () => {
    const fetch = mockFetch(() => json({ error: 'Internal' }, 503));
    const client = new MastraClient({ baseUrl: 'http://m.test', fetch, maxRetries: 2 });
    await expect(new Datasets(client).addItem('d1', { input: {} })).rejects.toThrow();
    expect(fetch.calls).toHaveLength(1);
  });

  it('refuses an empty name before sending, and a misfit response as a validation error', async () => {
    const { client, fetch } = routeClient({ 'GET /api/datasets/d1/items': { items: [{ id: 'x' }] } });
    await expect(new Datasets(client).create({ name: '' })).rejects.toBeInstanceOf(RequestValidationError);
    expect(fetch.calls).toHaveLength(0);
    await expect(new Datasets(client).listItems('d1')).rejects.toBeInstanceOf(ResponseValidationError);
  });

  it('is created once on MastraClient, and works over createClient', async () => {
    const { client } = routeClient({});
    expect(client.datasets).toBeInstanceOf(Datasets);
    expect(client.datasets).toBe(client.datasets);

    const fetch = mockFetch(() =>
      json({ items: [item], pagination: { total: 1, page: 0, perPage: 10, hasMore: false } }),
    );
    const core = createClient({ baseUrl: 'http://m.test', fetch });
    const list = await new Datasets(core).listItems('d/1', { perPage: 10 });
    expect(list.items[0]?.createdAt).toEqual(new Date('2026-01-05T09:00:00.000Z'));
    expect(fetch.calls[0]?.url.pathname).toBe('/api/datasets/d%2F1/items');
  });

  it('reads a null updatedAt as absent, never as 1970', async () => {
    const { client } = routeClient({
      'GET /api/datasets/d1/items': {
        items: [{ ...item, updatedAt: null }],
        pagination: { total: 1, page: 0, perPage: 10, hasMore: false },
      },
    });
    const list = await client.datasets.listItems('d1');
    expect(list.items[0]?.updatedAt).toBeUndefined();
  });

  it('refuses a negative page before sending', async () => {
    const { client, fetch } = routeClient({});
    await expect(client.datasets.list({ page: -1 })).rejects.toBeInstanceOf(RequestValidationError);
    await expect(client.datasets.listItems('d1', { perPage: 0 })).rejects.toBeInstanceOf(
      RequestValidationError,
    );
    expect(fetch.calls).toHaveLength(0);
  });
});
