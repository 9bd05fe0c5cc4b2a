import { lazyImpl } from '../core/lazy.js';
import type { RequestOptions } from '../core/request-options.js';
import { APIResource } from '../core/resource.js';
import type { Catalog as CatalogResult, CatalogListParams } from '../schemas/catalog.js';

/** The catalog's merging, visibility checks and the schemas it reads with, loaded with the first call. */
const run = /* @__PURE__ */ lazyImpl<Catalog>('catalog', () =>
  import('./impls.js').then((m) => m.catalogImpl),
);

/**
 * Everything a primitive picker needs in one call: tools, agents, workflows and models with the builder's
 * allow-lists, the model policy and each primitive's Paddock annotations.
 */
export class Catalog extends APIResource {
  /**
   * Loads settings, tools, agents, workflows and models in parallel and merges them. A kind the caller may
   * not list (403/404), or an entry that does not fit, is reported in `skipped` instead of failing the call.
   * `kinds` limits what is loaded. @default all four kinds
   */
  list(params?: CatalogListParams, options?: RequestOptions): Promise<CatalogResult> {
    return run(this, this._client, 'list', params, options);
  }
}
