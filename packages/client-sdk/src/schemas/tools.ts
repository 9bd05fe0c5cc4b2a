import { z } from 'zod';
import { encodedJsonSchema, requestContextParamSchema } from './common.js';

/** `ToolInfo`. `inputSchema` / `outputSchema` arrive superjson-wrapped and are decoded to plain JSON Schema. */
export const toolSchema = z.looseObject({
  id: z.string().optional(),
  description: z.string().optional(),
  inputSchema: encodedJsonSchema.optional(),
  outputSchema: encodedJsonSchema.optional(),
  requestContextSchema: encodedJsonSchema.optional(),
  requireApproval: z.boolean().optional(),
  metadata: z.record(z.string(), z.unknown()).optional(),
});
export type Tool = z.infer<typeof toolSchema>;

/** `GET /tools`: registration key -> tool. */
export const toolMapSchema = z.record(z.string(), toolSchema);
export type ToolMap = z.infer<typeof toolMapSchema>;

/** Tool input (`data`) and an optional `requestContext`/`runId`. */
export const toolExecuteParamsSchema = z.object({
  /** The tool's input. */
  data: z.unknown().optional(),
  requestContext: requestContextParamSchema.optional(),
  /** Run id for tracing/suspension. */
  runId: z.string().optional(),
});
export type ToolExecuteParams = z.input<typeof toolExecuteParamsSchema>;

/** `tools.list` params: a `requestContext`. */
export const toolListParamsSchema = z.object({
  /** Sent as the server's base64 `requestContext` query value; dynamic tool sets may depend on it. */
  requestContext: requestContextParamSchema.optional(),
});
export type ToolListParams = z.input<typeof toolListParamsSchema>;
