import type { ResourceImpl } from '../core/lazy.js';
import { parseOptionalParams, parseParams } from '../internal/params.js';
import { path, requestContextQuery } from '../internal/path.js';
import {
  toolExecuteParamsSchema,
  toolListParamsSchema,
  toolMapSchema,
  toolSchema,
} from '../schemas/tools.js';
import { unwrapToolResult } from './tool-result.js';
import type { Tools } from './tools.js';

/** The bodies of `Tools`' async methods (documented there), loaded with the first call. */
export const toolsImpl: ResourceImpl<Tools> = {
  async list(params, options) {
    parseOptionalParams(toolListParamsSchema, params, '/tools');
    return this.client.get('/tools', {
      query: requestContextQuery(params?.requestContext, '/tools'),
      schema: toolMapSchema,
      options,
    });
  },

  async retrieve(toolId, options) {
    return this.client.get(path`/tools/${toolId}`, { schema: toolSchema, options });
  },

  async execute(toolId, params, options) {
    const route = path`/tools/${toolId}/execute`;
    parseParams(toolExecuteParamsSchema, params, route);
    const result = await this.client.post(route, {
      query: { runId: params.runId },
      body: {
        data: params.data,
        ...(params.requestContext ? { requestContext: params.requestContext } : {}),
      },
      options,
    });
    return unwrapToolResult(toolId, result);
  },
};
