import { ToolExecutionError } from '../core/errors.js';

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
