import { APIResource } from '../core/resource.js';
import { ToolExecutionError } from '../core/errors.js';
import type { RequestOptions } from '../core/request-options.js';
import { parseOptionalParams, parseParams } from '../internal/params.js';
import { path, requestContextQuery } from '../internal/path.js';
import {
  toolExecuteParamsSchema,
  toolListParamsSchema,
  toolMapSchema,
  toolSchema,
} from '../schemas/tools.js';
import type { Tool, ToolExecuteParams, ToolListParams, ToolMap } from '../schemas/tools.js';

/**
 * Mastra reports a tool input validation failure as HTTP 200 with `{ error: true, message, validationErrors }`;
 * turn that into a thrown `ToolExecutionError` so callers cannot mistake it for a result.
 */
export function unwrapToolResult(toolId: string, result: unknown): unknown {
  if (result && typeof result === 'object' && (result as Record<string, unknown>)['error'] === true) {
    const body = result as Record<string, unknown>;
    throw new ToolExecutionError({
      toolId,
      message: typeof body['message'] === 'string' ? body['message'] : `Tool ${toolId} failed.`,
      validationErrors: body['validationErrors'],
      body: result,
    });
  }
  return result;
}

/** Registered tools. */
export class Tools extends APIResource {
  /** Registration key -> tool; `inputSchema` is decoded to plain JSON Schema. */
  async list(params?: ToolListParams, options?: RequestOptions): Promise<ToolMap> {
    parseOptionalParams(toolListParamsSchema, params, '/tools');
    return this._client.get('/tools', {
      query: requestContextQuery(params?.requestContext, '/tools'),
      schema: toolMapSchema,
      options,
    });
  }

  /** One tool, its input/output schemas decoded to plain JSON Schema. */
  async retrieve(toolId: string, options?: RequestOptions): Promise<Tool> {
    return this._client.get(path`/tools/${toolId}`, { schema: toolSchema, options });
  }

  /**
   * Runs a tool. Resolves with whatever the tool returns; an input validation failure throws
   * `ToolExecutionError` (the server answers it with HTTP 200).
   */
  async execute(toolId: string, params: ToolExecuteParams, options?: RequestOptions): Promise<unknown> {
    const route = path`/tools/${toolId}/execute`;
    parseParams(toolExecuteParamsSchema, params, route);
    const result = await this._client.post(route, {
      query: { runId: params.runId },
      body: {
        data: params.data,
        ...(params.requestContext ? { requestContext: params.requestContext } : {}),
      },
      options,
    });
    return unwrapToolResult(toolId, result);
  }
}
