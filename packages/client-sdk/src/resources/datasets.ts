import { APIResource } from '../core/resource.js';
import type { RequestOptions } from '../core/request-options.js';
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
  type Dataset,
  type DatasetCreateParams,
  type DatasetItem,
  type DatasetItemCreateParams,
  type DatasetItemList,
  type DatasetItemListParams,
  type DatasetList,
  type DatasetListParams,
} from '../schemas/datasets.js';

/**
 * Datasets (`/datasets`, permissions `datasets:read|write`): `client.datasets`, or `new Datasets(core)` over
 * `createClient(...)` to bundle only this resource. builder-ui keeps its review ledger in one.
 */
export class Datasets extends APIResource {
  /** One page of datasets (server default 10 per page). */
  async list(params?: DatasetListParams, options?: RequestOptions): Promise<DatasetList> {
    parseOptionalParams(datasetListParamsSchema, params, '/datasets');
    return this._client.get('/datasets', { query: { ...params }, schema: datasetListSchema, options });
  }

  async create(params: DatasetCreateParams, options?: RequestOptions): Promise<Dataset> {
    parseParams(datasetCreateParamsSchema, params, '/datasets');
    return this._client.post('/datasets', { body: { ...params }, schema: datasetSchema, options });
  }

  /** One page of a dataset's items (server default 10 per page). */
  async listItems(
    datasetId: string,
    params?: DatasetItemListParams,
    options?: RequestOptions,
  ): Promise<DatasetItemList> {
    const route = path`/datasets/${datasetId}/items`;
    parseOptionalParams(datasetItemListParamsSchema, params, route);
    return this._client.get(route, { query: { ...params }, schema: datasetItemListSchema, options });
  }

  /**
   * Appends an item. With an `externalId` the call is idempotent on the server (a repeat answers 409
   * `ConflictError`), so it may be retried like a GET.
   */
  async addItem(
    datasetId: string,
    params: DatasetItemCreateParams,
    options?: RequestOptions,
  ): Promise<DatasetItem> {
    const route = path`/datasets/${datasetId}/items`;
    parseParams(datasetItemCreateParamsSchema, params, route);
    return this._client.post(route, {
      body: { ...params },
      schema: datasetItemSchema,
      options: params.externalId ? { idempotent: true, ...options } : options,
    });
  }
}
