import { z } from 'zod';
import {
  dateParamSchema,
  dateSchema,
  pageParamSchema,
  paginationSchema,
  perPageParamSchema,
} from './common.js';

/** A span (mastra-api §3.7). Root spans have `parentSpanId: null`. */
export const spanSchema = z.looseObject({
  traceId: z.string(),
  spanId: z.string(),
  parentSpanId: z.string().nullish(),
  name: z.string(),
  spanType: z.string(),
  isEvent: z.boolean().optional(),
  status: z.string().nullish(),
  startedAt: dateSchema,
  endedAt: dateSchema.nullish(),
  entityType: z.string().nullish(),
  entityId: z.string().nullish(),
  entityName: z.string().nullish(),
  entityVersionId: z.string().nullish(),
  runId: z.string().nullish(),
  threadId: z.string().nullish(),
  resourceId: z.string().nullish(),
  userId: z.string().nullish(),
  tags: z.array(z.string()).nullish(),
  metadata: z.record(z.string(), z.unknown()).nullish(),
  attributes: z.record(z.string(), z.unknown()).nullish(),
  input: z.unknown().optional(),
  output: z.unknown().optional(),
  inputPreview: z.unknown().optional(),
  error: z.looseObject({ message: z.string().optional() }).nullish(),
  createdAt: dateSchema.nullish(),
  updatedAt: dateSchema.nullish(),
});
export type Span = z.infer<typeof spanSchema>;

/** A page of root spans (`GET /observability/traces`), with `deltaCursor` in live mode. */
export const traceListSchema = z.looseObject({
  pagination: paginationSchema.optional(),
  delta: z.looseObject({ limit: z.number().optional(), hasMore: z.boolean().optional() }).optional(),
  deltaCursor: z.string().nullish(),
  spans: z.array(spanSchema),
});
export type TraceList = z.infer<typeof traceListSchema>;

/** Every span of one trace. */
export const traceSchema = z.looseObject({ traceId: z.string(), spans: z.array(spanSchema) });
export type Trace = z.infer<typeof traceSchema>;

/** One span (`GET /observability/traces/:traceId/spans/:spanId`). */
export const spanResponseSchema = z.looseObject({ span: spanSchema });
export type SpanResponse = z.infer<typeof spanResponseSchema>;

/** One step of a run's trajectory: a model generation, a tool call, a workflow step; nested by `children`. */
export interface TrajectoryStep {
  name: string;
  stepType: string;
  children?: TrajectoryStep[] | undefined;
  toolArgs?: unknown;
  toolResult?: unknown;
  success?: boolean | null | undefined;
  promptTokens?: number | null | undefined;
  completionTokens?: number | null | undefined;
  durationMs?: number | null | undefined;
  [key: string]: unknown;
}

/** One step of a trace's trajectory (model call, tool call...), children nested. */
export const trajectoryStepSchema: z.ZodType<TrajectoryStep> = z.looseObject({
  name: z.string(),
  stepType: z.string(),
  get children() {
    return z.array(trajectoryStepSchema).optional();
  },
  toolArgs: z.unknown().optional(),
  toolResult: z.unknown().optional(),
  success: z.boolean().nullish(),
  promptTokens: z.number().nullish(),
  completionTokens: z.number().nullish(),
  durationMs: z.number().nullish(),
});

/** `GET /observability/traces/:traceId/trajectory`: what the run did, step by step. */
export const trajectorySchema = z.looseObject({
  steps: z.array(trajectoryStepSchema),
  totalDurationMs: z.number().nullish(),
});
export type Trajectory = z.infer<typeof trajectorySchema>;

const dateRangeParamSchema = z.looseObject({
  start: dateParamSchema.optional(),
  end: dateParamSchema.optional(),
});

/** Filters, flattened into the query (`entityId`, `status`, `tags`, `startedAt: {start,end}` ...). */
const traceFiltersParamSchema = z.looseObject({
  spanType: z.string().optional(),
  traceId: z.string().optional(),
  entityType: z.string().optional(),
  entityId: z.string().optional(),
  entityName: z.string().optional(),
  entityVersionId: z.string().optional(),
  userId: z.string().optional(),
  resourceId: z.string().optional(),
  runId: z.string().optional(),
  threadId: z.string().optional(),
  status: z.enum(['success', 'error', 'running']).optional(),
  tags: z.array(z.string()).optional(),
  metadata: z.record(z.string(), z.unknown()).optional(),
  startedAt: dateRangeParamSchema.optional(),
  endedAt: dateRangeParamSchema.optional(),
  name: z.string().optional(),
});

/** Filters, page and order of `listTraces`/`listTracesLight`. */
export const traceListParamsSchema = z.object({
  /** Filters, flattened into the query (`entityId`, `status`, `tags`, `startedAt: {start,end}` ...). */
  filters: traceFiltersParamSchema.optional(),
  page: pageParamSchema.optional(),
  perPage: perPageParamSchema.optional(),
  orderBy: z
    .object({
      field: z.enum(['startedAt', 'endedAt']).optional(),
      direction: z.enum(['ASC', 'DESC']).optional(),
    })
    .optional(),
});
export type TraceListParams = z.input<typeof traceListParamsSchema>;

/** `retrieveTrace` params: `light` drops input/output/attributes. */
export const traceRetrieveParamsSchema = z.object({
  /** `true` uses the light route: no input/output/attributes, `inputPreview` kept. */
  light: z.boolean().optional(),
});
export type TraceRetrieveParams = z.input<typeof traceRetrieveParamsSchema>;

/** Live-mode params: the previous `deltaCursor` as `after`, and a `limit`. */
export const traceDeltaParamsSchema = z.object({
  filters: traceFiltersParamSchema.optional(),
  /** Cursor from the previous response's `deltaCursor`; omit for the first call. */
  after: z.string().optional(),
  limit: z.number().int().min(1).optional(),
});
export type TraceDeltaParams = z.input<typeof traceDeltaParamsSchema>;

/** A metrics query: metric names, aggregation, grouping and filters. */
export const metricsParamsSchema = z.looseObject({
  name: z.union([z.string(), z.array(z.string())]),
  /** Known aggregations autocomplete; other strings pass through for newer servers. */
  aggregation: z.optional(z.string<'sum' | 'avg' | 'min' | 'max' | 'count' | (string & {})>()),
  groupBy: z.array(z.string()).optional(),
  filters: z.record(z.string(), z.unknown()).optional(),
  limit: z.number().int().min(1).optional(),
});
export type MetricsParams = z.input<typeof metricsParamsSchema>;

/** Metric groups with their dimensions and values. */
export const metricsResultSchema = z.looseObject({
  groups: z.array(
    z.looseObject({
      dimensions: z.record(z.string(), z.unknown()).optional(),
      value: z.number().nullish(),
      estimatedCost: z.number().nullish(),
      costUnit: z.string().nullish(),
    }),
  ),
});
/** What a store lacking a capability answered: the status (500/501) and the server's message. */
export interface Unsupported {
  supported: false;
  status: number;
  reason: string;
}

/**
 * Metrics when the store supports them; `{ supported: false }` when it answers 501, or 500 with a message
 * saying the operation is unsupported / not implemented.
 */
export type MetricsResult = ({ supported: true } & z.infer<typeof metricsResultSchema>) | Unsupported;

/** A delta page when the store supports live mode; `{ supported: false }` when it answers 501. */
export type TraceDeltaResult = ({ supported: true } & z.infer<typeof traceListSchema>) | Unsupported;
