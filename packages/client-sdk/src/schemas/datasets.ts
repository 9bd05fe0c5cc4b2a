import * as z from 'zod/mini';
import {
  dateSchema,
  optionalDateSchema,
  pageParamSchema,
  paginationSchema,
  perPageParamSchema,
  recordOfUnknown,
} from './common.js';

/**
 * A Mastra dataset (`/datasets`). Paddock uses one as its review ledger (see the builder-ui README section
 * "How review works"); the schema only names the fields that use needs and keeps the rest.
 */
export const datasetSchema = /* @__PURE__ */ z.looseObject({
  id: z.string(),
  name: z.string(),
  description: z.nullish(z.string()),
  metadata: z.nullish(recordOfUnknown),
  version: z.optional(z.number()),
  createdAt: dateSchema,
  updatedAt: optionalDateSchema,
});
export type Dataset = z.infer<typeof datasetSchema>;

/** `GET /datasets`: one page of datasets. */
export const datasetListSchema = /* @__PURE__ */ z.looseObject({
  datasets: z.array(datasetSchema),
  pagination: paginationSchema,
});
export type DatasetList = z.infer<typeof datasetListSchema>;

/** `datasets.list` params: paging (the server's default is 10 per page). */
export const datasetListParamsSchema = /* @__PURE__ */ z.object({
  page: z.optional(pageParamSchema),
  perPage: z.optional(perPageParamSchema),
});
export type DatasetListParams = z.input<typeof datasetListParamsSchema>;

/** `datasets.create` params. */
export const datasetCreateParamsSchema = /* @__PURE__ */ z.object({
  name: z.string().check(z.minLength(1)),
  description: z.optional(z.string()),
  metadata: z.optional(recordOfUnknown),
});
export type DatasetCreateParams = z.input<typeof datasetCreateParamsSchema>;

/**
 * One dataset item. `requestContext` is filled by the server from the authenticated caller (`user`,
 * `userRoles`, `userPermissions`); a client cannot put another user there (reserved keys are overwritten), so
 * `requestContext.user.id` is the server-attested writer.
 */
export const datasetItemSchema = /* @__PURE__ */ z.looseObject({
  id: z.string(),
  datasetId: z.string(),
  datasetVersion: z.optional(z.number()),
  externalId: z.nullish(z.string()),
  input: z.unknown(),
  metadata: z.nullish(recordOfUnknown),
  requestContext: z.nullish(recordOfUnknown),
  createdAt: dateSchema,
  updatedAt: optionalDateSchema,
});
export type DatasetItem = z.infer<typeof datasetItemSchema>;

/** `GET /datasets/:id/items`: one page of items. */
export const datasetItemListSchema = /* @__PURE__ */ z.looseObject({
  items: z.array(datasetItemSchema),
  pagination: paginationSchema,
});
export type DatasetItemList = z.infer<typeof datasetItemListSchema>;

/** `datasets.listItems` params: paging and a text search. */
export const datasetItemListParamsSchema = /* @__PURE__ */ z.object({
  page: z.optional(pageParamSchema),
  perPage: z.optional(perPageParamSchema),
  search: z.optional(z.string()),
});
export type DatasetItemListParams = z.input<typeof datasetItemListParamsSchema>;

/** `datasets.addItem` params. */
export const datasetItemCreateParamsSchema = /* @__PURE__ */ z.object({
  /** Unique per dataset: a second item with the same id is refused with 409, which makes retries safe. */
  externalId: z.optional(z.string().check(z.minLength(1))),
  input: z.unknown(),
  metadata: z.optional(recordOfUnknown),
});
export type DatasetItemCreateParams = z.input<typeof datasetItemCreateParamsSchema>;
