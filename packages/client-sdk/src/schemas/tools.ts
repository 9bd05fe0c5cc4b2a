import * as z from 'zod/mini';
import { encodedJsonSchema, requestContextParamSchema } from './common.js';

/** `ToolInfo`. `inputSchema` / `outputSchema` arrive superjson-wrapped and are decoded to plain JSON Schema. */
export const toolSchema = /* @__PURE__ */ z.looseObject({
  id: z.optional(z.string()),
  description: z.optional(z.string()),
  inputSchema: z.optional(encodedJsonSchema),
  outputSchema: z.optional(encodedJsonSchema),
  requestContextSchema: z.optional(encodedJsonSchema),
  requireApproval: z.optional(z.boolean()),
  metadata: z.optional(z.record(z.string(), z.unknown())),
});
export type Tool = z.infer<typeof toolSchema>;

/** `GET /tools`: registration key -> tool. */
export const toolMapSchema = /* @__PURE__ */ z.record(z.string(), toolSchema);
export type ToolMap = z.infer<typeof toolMapSchema>;

/** Tool input (`data`) and an optional `requestContext`/`runId`. */
export const toolExecuteParamsSchema = /* @__PURE__ */ z.object({
  /** The tool's input. */
  data: z.optional(z.unknown()),
  requestContext: z.optional(requestContextParamSchema),
  /** Run id for tracing/suspension. */
  runId: z.optional(z.string()),
});
export type ToolExecuteParams = z.input<typeof toolExecuteParamsSchema>;

/** `tools.list` params: a `requestContext`. */
export const toolListParamsSchema = /* @__PURE__ */ z.object({
  /** Sent as the server's base64 `requestContext` query value; dynamic tool sets may depend on it. */
  requestContext: z.optional(requestContextParamSchema),
});
export type ToolListParams = z.input<typeof toolListParamsSchema>;
