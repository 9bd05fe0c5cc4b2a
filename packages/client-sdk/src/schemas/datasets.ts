import { z } from 'zod';
import { dateSchema, paginationSchema } from './common.js';

/**
 * A Mastra dataset (`/datasets`). Paddock uses one as its review ledger (see the builder-ui README section
 * "How review works"); the schema only names the fields that use needs and keeps the rest.
 */
export const datasetSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  description: z.string().nullish(),
  metadata: z.record(z.string(), z.unknown()).nullish(),
  version: z.number().optional(),
  createdAt: dateSchema,
  updatedAt: dateSchema.optional(),
});
export type Dataset = z.infer<typeof datasetSchema>;

export const datasetListSchema = z.looseObject({
  datasets: z.array(datasetSchema),
  pagination: paginationSchema,
});
export type DatasetList = z.infer<typeof datasetListSchema>;

export const datasetListParamsSchema = z.object({
  page: z.number().int().min(0).optional(),
  perPage: z.number().int().min(1).optional(),
});
export type DatasetListParams = z.input<typeof datasetListParamsSchema>;

export const datasetCreateParamsSchema = z.object({
  name: z.string().min(1),
  description: z.string().optional(),
  metadata: z.record(z.string(), z.unknown()).optional(),
});
export type DatasetCreateParams = z.input<typeof datasetCreateParamsSchema>;

/**
 * One dataset item. `requestContext` is filled by the server from the authenticated caller (`user`,
 * `userRoles`, `userPermissions`); a client cannot put another user there (reserved keys are overwritten), so
 * `requestContext.user.id` is the server-attested writer.
 */
export const datasetItemSchema = z.looseObject({
  id: z.string(),
  datasetId: z.string(),
  datasetVersion: z.number().optional(),
  externalId: z.string().nullish(),
  input: z.unknown(),
  metadata: z.record(z.string(), z.unknown()).nullish(),
  requestContext: z.record(z.string(), z.unknown()).nullish(),
  createdAt: dateSchema,
  updatedAt: dateSchema.optional(),
});
export type DatasetItem = z.infer<typeof datasetItemSchema>;

export const datasetItemListSchema = z.looseObject({
  items: z.array(datasetItemSchema),
  pagination: paginationSchema,
});
export type DatasetItemList = z.infer<typeof datasetItemListSchema>;

export const datasetItemListParamsSchema = z.object({
  page: z.number().int().min(0).optional(),
  perPage: z.number().int().min(1).optional(),
  search: z.string().optional(),
});
export type DatasetItemListParams = z.input<typeof datasetItemListParamsSchema>;

export const datasetItemCreateParamsSchema = z.object({
  /** Unique per dataset: a second item with the same id is refused with 409, which makes retries safe. */
  externalId: z.string().min(1).optional(),
  input: z.unknown(),
  metadata: z.record(z.string(), z.unknown()).optional(),
});
export type DatasetItemCreateParams = z.input<typeof datasetItemCreateParamsSchema>;
