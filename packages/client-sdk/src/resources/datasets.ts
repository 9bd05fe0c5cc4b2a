import { lazyImpl } from '../core/lazy.js';
import { APIResource } from '../core/resource.js';
import type { RequestOptions } from '../core/request-options.js';
import type {
  Dataset,
  DatasetCreateParams,
  DatasetItem,
  DatasetItemCreateParams,
  DatasetItemList,
  DatasetItemListParams,
  DatasetList,
  DatasetListParams,
} from '../schemas/datasets.js';

const run = /* @__PURE__ */ lazyImpl<Datasets>('datasets', () =>
  import('./impls.js').then((m) => m.datasetsImpl),
);

/**
 * Datasets (`/datasets`, permissions `datasets:read|write`): `client.datasets`, or `new Datasets(core)` over
 * `createClient(...)` to bundle only this resource. builder-ui keeps its review ledger in one.
 */
export class Datasets extends APIResource {
  /** One page of datasets (server default 10 per page). */
  list(params?: DatasetListParams, options?: RequestOptions): Promise<DatasetList> {
    return run(this, this._client, 'list', params, options);
  }

  create(params: DatasetCreateParams, options?: RequestOptions): Promise<Dataset> {
    return run(this, this._client, 'create', params, options);
  }

  /** One page of a dataset's items (server default 10 per page). */
  listItems(
    datasetId: string,
    params?: DatasetItemListParams,
    options?: RequestOptions,
  ): Promise<DatasetItemList> {
    return run(this, this._client, 'listItems', datasetId, params, options);
  }

  /**
   * Appends an item. With an `externalId` the call is idempotent on the server (a repeat answers 409
   * `ConflictError`), so it may be retried like a GET.
   */
  addItem(
    datasetId: string,
    params: DatasetItemCreateParams,
    options?: RequestOptions,
  ): Promise<DatasetItem> {
    return run(this, this._client, 'addItem', datasetId, params, options);
  }
}
