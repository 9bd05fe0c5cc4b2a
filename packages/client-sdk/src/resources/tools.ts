import { lazyImpl } from '../core/lazy.js';
import type { RequestOptions } from '../core/request-options.js';
import { APIResource } from '../core/resource.js';
import type { Tool, ToolExecuteParams, ToolListParams, ToolMap } from '../schemas/tools.js';

const run = /* @__PURE__ */ lazyImpl<Tools>('tools', () => import('./impls.js').then((m) => m.toolsImpl));

/** Registered tools. */
export class Tools extends APIResource {
  /** Registration key -> tool; `inputSchema` is decoded to plain JSON Schema. */
  list(params?: ToolListParams, options?: RequestOptions): Promise<ToolMap> {
    return run(this, this._client, 'list', params, options);
  }

  /** One tool, its input/output schemas decoded to plain JSON Schema. */
  retrieve(toolId: string, options?: RequestOptions): Promise<Tool> {
    return run(this, this._client, 'retrieve', toolId, options);
  }

  /**
   * Runs a tool. Resolves with whatever the tool returns; an input validation failure throws
   * `ToolExecutionError` (the server answers it with HTTP 200).
   */
  execute(toolId: string, params: ToolExecuteParams, options?: RequestOptions): Promise<unknown> {
    return run(this, this._client, 'execute', toolId, params, options);
  }
}
