import type { ResourceImpl } from '../core/lazy.js';
import { parseOptionalParams, parseParams } from '../internal/params.js';
import { path } from '../internal/path.js';
import {
  datasetCreateParamsSchema,
  datasetItemCreateParamsSchema,
  datasetItemListParamsSchema,
  datasetItemListSchema,
  datasetItemSchema,
  datasetListParamsSchema,
  datasetListSchema,
  datasetSchema,
} from '../schemas/datasets.js';
import type { Datasets } from './datasets.js';

/** The bodies of `Datasets`' async methods (documented there), loaded with the first call. */
export const datasetsImpl: ResourceImpl<Datasets> = {
  async list(params, options) {
    parseOptionalParams(datasetListParamsSchema, params, '/datasets');
    return this.client.get('/datasets', { query: { ...params }, schema: datasetListSchema, options });
  },

  async create(params, options) {
    parseParams(datasetCreateParamsSchema, params, '/datasets');
    return this.client.post('/datasets', { body: { ...params }, schema: datasetSchema, options });
  },

  async listItems(datasetId, params, options) {
    const route = path`/datasets/${datasetId}/items`;
    parseOptionalParams(datasetItemListParamsSchema, params, route);
    return this.client.get(route, { query: { ...params }, schema: datasetItemListSchema, options });
  },

  async addItem(datasetId, params, options) {
    const route = path`/datasets/${datasetId}/items`;
    parseParams(datasetItemCreateParamsSchema, params, route);
    return this.client.post(route, {
      body: { ...params },
      schema: datasetItemSchema,
      options: params.externalId ? { idempotent: true, ...options } : options,
    });
  },
};
