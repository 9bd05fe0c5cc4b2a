import * as z from 'zod/mini';
import { $ZodObjectJIT } from 'zod/v4/core';

/**
 * ISO string (or epoch ms) from the wire -> `Date`. Only strings, numbers and dates are coerced: a bare
 * `z.coerce.date()` turns `null` into 1970-01-01, silently inventing a timestamp for a required field. A
 * required date that arrives as `null` is a misfit (`ResponseValidationError`); use `optionalDateSchema` where
 * the field may be absent, `z.nullish(dateSchema)` where `null` is meaningful.
 */
export const dateSchema = /* @__PURE__ */ z.pipe(
  z.union([z.string(), z.number(), z.date()]),
  z.coerce.date(),
);

/** An optional date: `null` from the wire means "not set" and becomes `undefined`, never 1970. */
export const optionalDateSchema = /* @__PURE__ */ z.pipe(
  z.transform((value: unknown) => (value === null ? undefined : value)),
  z.optional(dateSchema),
);

/** Plain JSON Schema object (already decoded). */
export const jsonSchemaObjectSchema = /* @__PURE__ */ z.record(z.string(), z.unknown());
export type JsonSchemaObject = z.infer<typeof jsonSchemaObjectSchema>;

/**
 * Decodes Mastra's schema strings. Tool, step and workflow schemas arrive as `superjson.stringify(jsonSchema)`,
 * i.e. a string holding `{ json, meta? }`; some servers send the plain JSON Schema (string or object). Anything
 * that does not decode to an object gives `undefined` rather than failing the whole response.
 */
export function decodeSchemaString(value: unknown): JsonSchemaObject | undefined {
  let decoded: unknown = value;
  if (typeof decoded === 'string') {
    try {
      decoded = JSON.parse(decoded);
    } catch {
      return undefined;
    }
  }
  if (!decoded || typeof decoded !== 'object' || Array.isArray(decoded)) return undefined;
  const record = decoded as Record<string, unknown>;
  if ('json' in record && Object.keys(record).every((k) => k === 'json' || k === 'meta')) {
    const inner = record['json'];
    return inner && typeof inner === 'object' && !Array.isArray(inner)
      ? (inner as JsonSchemaObject)
      : undefined;
  }
  return record;
}

/** Field schema for a superjson-wrapped JSON Schema: decoded on parse, tolerant of garbage. */
export const encodedJsonSchema = /* @__PURE__ */ z.pipe(
  z.unknown(),
  z.transform((value) => decodeSchemaString(value)),
);

/** `{ total, page, perPage, hasMore }` as Mastra pages its lists; `perPage: false` means "everything". */
export const paginationSchema = /* @__PURE__ */ z.looseObject({
  total: z.number(),
  page: z.number(),
  perPage: z.union([z.number(), z.literal(false)]),
  hasMore: z.boolean(),
});
export type Pagination = z.infer<typeof paginationSchema>;

/** `{ success, message }` acknowledgements. */
export const successResponseSchema = /* @__PURE__ */ z.looseObject({
  success: z.optional(z.boolean()),
  message: z.optional(z.string()),
});
export type SuccessResponse = z.infer<typeof successResponseSchema>;

/** `{ message }` acknowledgements (workflow start/resume/cancel). */
export const messageResponseSchema = /* @__PURE__ */ z.looseObject({ message: z.optional(z.string()) });
export type MessageResponse = z.infer<typeof messageResponseSchema>;

export const recordOfUnknown = /* @__PURE__ */ z.record(z.string(), z.unknown());

/** 0-based page index of a paged list query. */
export const pageParamSchema = /* @__PURE__ */ z.int().check(z.minimum(0));
/** Page size of a paged list query. */
export const perPageParamSchema = /* @__PURE__ */ z.int().check(z.minimum(1));
/** `requestContext` params: a plain object (sent as JSON). */
export const requestContextParamSchema = /* @__PURE__ */ z.record(z.string(), z.unknown());
/** A date filter bound: a `Date` or an ISO string. */
export const dateParamSchema = /* @__PURE__ */ z.union([z.date(), z.string()]);

/**
 * A loose object parsed by zod's JIT-compiled object parser. `zod/mini` objects parse through the generic
 * (slower) one; for large responses (a 10,000-span trace) the compiled parser is what keeps parsing at least
 * as fast as zod classic. Same behaviour as `z.looseObject`, but without the `zod/mini` methods (`check`, ...):
 * use the standalone functions (`z.safeParse(schema, data)`).
 */
export function jitLooseObject<const S extends z.core.$ZodLooseShape>(
  shape: S,
): z.core.$ZodObject<S, z.core.$loose> {
  return new $ZodObjectJIT({ type: 'object', shape, catchall: z.unknown() }) as unknown as z.core.$ZodObject<
    S,
    z.core.$loose
  >;
}
