import * as z from 'zod/mini';
import {
  dateParamSchema,
  dateSchema,
  jitLooseObject,
  pageParamSchema,
  paginationSchema,
  perPageParamSchema,
} from './common.js';

/** A span (mastra-api §3.7). Root spans have `parentSpanId: null`. */
export const spanSchema = /* @__PURE__ */ jitLooseObject({
  traceId: z.string(),
  spanId: z.string(),
  parentSpanId: z.nullish(z.string()),
  name: z.string(),
  spanType: z.string(),
  isEvent: z.optional(z.boolean()),
  status: z.nullish(z.string()),
  startedAt: dateSchema,
  endedAt: z.nullish(dateSchema),
  entityType: z.nullish(z.string()),
  entityId: z.nullish(z.string()),
  entityName: z.nullish(z.string()),
  entityVersionId: z.nullish(z.string()),
  runId: z.nullish(z.string()),
  threadId: z.nullish(z.string()),
  resourceId: z.nullish(z.string()),
  userId: z.nullish(z.string()),
  tags: z.nullish(z.array(z.string())),
  metadata: z.nullish(z.record(z.string(), z.unknown())),
  attributes: z.nullish(z.record(z.string(), z.unknown())),
  input: z.optional(z.unknown()),
  output: z.optional(z.unknown()),
  inputPreview: z.optional(z.unknown()),
  error: z.nullish(z.looseObject({ message: z.optional(z.string()) })),
  createdAt: z.nullish(dateSchema),
  updatedAt: z.nullish(dateSchema),
});
export type Span = z.infer<typeof spanSchema>;

/** A page of root spans (`GET /observability/traces`), with `deltaCursor` in live mode. */
export const traceListSchema = /* @__PURE__ */ jitLooseObject({
  pagination: z.optional(paginationSchema),
  delta: z.optional(z.looseObject({ limit: z.optional(z.number()), hasMore: z.optional(z.boolean()) })),
  deltaCursor: z.nullish(z.string()),
  spans: z.array(spanSchema),
});
export type TraceList = z.infer<typeof traceListSchema>;

/** Every span of one trace. */
export const traceSchema = /* @__PURE__ */ jitLooseObject({
  traceId: z.string(),
  spans: z.array(spanSchema),
});
export type Trace = z.infer<typeof traceSchema>;

/** One span (`GET /observability/traces/:traceId/spans/:spanId`). */
export const spanResponseSchema = /* @__PURE__ */ z.looseObject({ span: spanSchema });
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
export const trajectoryStepSchema: z.ZodMiniType<TrajectoryStep> = /* @__PURE__ */ z.looseObject({
  name: z.string(),
  stepType: z.string(),
  get children() {
    return z.optional(z.array(trajectoryStepSchema));
  },
  toolArgs: z.optional(z.unknown()),
  toolResult: z.optional(z.unknown()),
  success: z.nullish(z.boolean()),
  promptTokens: z.nullish(z.number()),
  completionTokens: z.nullish(z.number()),
  durationMs: z.nullish(z.number()),
});

/** `GET /observability/traces/:traceId/trajectory`: what the run did, step by step. */
export const trajectorySchema = /* @__PURE__ */ z.looseObject({
  steps: z.array(trajectoryStepSchema),
  totalDurationMs: z.nullish(z.number()),
});
export type Trajectory = z.infer<typeof trajectorySchema>;

const dateRangeParamSchema = /* @__PURE__ */ z.looseObject({
  start: z.optional(dateParamSchema),
  end: z.optional(dateParamSchema),
});

/** Filters, flattened into the query (`entityId`, `status`, `tags`, `startedAt: {start,end}` ...). */
const traceFiltersParamSchema = /* @__PURE__ */ z.looseObject({
  spanType: z.optional(z.string()),
  traceId: z.optional(z.string()),
  entityType: z.optional(z.string()),
  entityId: z.optional(z.string()),
  entityName: z.optional(z.string()),
  entityVersionId: z.optional(z.string()),
  userId: z.optional(z.string()),
  resourceId: z.optional(z.string()),
  runId: z.optional(z.string()),
  threadId: z.optional(z.string()),
  status: z.optional(z.enum(['success', 'error', 'running'])),
  tags: z.optional(z.array(z.string())),
  metadata: z.optional(z.record(z.string(), z.unknown())),
  startedAt: z.optional(dateRangeParamSchema),
  endedAt: z.optional(dateRangeParamSchema),
  name: z.optional(z.string()),
});

/** Filters, page and order of `listTraces`/`listTracesLight`. */
export const traceListParamsSchema = /* @__PURE__ */ z.object({
  /** Filters, flattened into the query (`entityId`, `status`, `tags`, `startedAt: {start,end}` ...). */
  filters: z.optional(traceFiltersParamSchema),
  page: z.optional(pageParamSchema),
  perPage: z.optional(perPageParamSchema),
  orderBy: z.optional(
    z.object({
      field: z.optional(z.enum(['startedAt', 'endedAt'])),
      direction: z.optional(z.enum(['ASC', 'DESC'])),
    }),
  ),
});
export type TraceListParams = z.input<typeof traceListParamsSchema>;

/** `retrieveTrace` params: `light` drops input/output/attributes. */
export const traceRetrieveParamsSchema = /* @__PURE__ */ z.object({
  /** `true` uses the light route: no input/output/attributes, `inputPreview` kept. */
  light: z.optional(z.boolean()),
});
export type TraceRetrieveParams = z.input<typeof traceRetrieveParamsSchema>;

/** Live-mode params: the previous `deltaCursor` as `after`, and a `limit`. */
export const traceDeltaParamsSchema = /* @__PURE__ */ z.object({
  filters: z.optional(traceFiltersParamSchema),
  /** Cursor from the previous response's `deltaCursor`; omit for the first call. */
  after: z.optional(z.string()),
  limit: z.optional(z.int().check(z.minimum(1))),
});
export type TraceDeltaParams = z.input<typeof traceDeltaParamsSchema>;

/** A metrics query: metric names, aggregation, grouping and filters. */
export const metricsParamsSchema = /* @__PURE__ */ z.looseObject({
  name: z.union([z.string(), z.array(z.string())]),
  /** Known aggregations autocomplete; other strings pass through for newer servers. */
  aggregation: z.optional(
    z.string() as z.ZodMiniType<'sum' | 'avg' | 'min' | 'max' | 'count' | (string & {})>,
  ),
  groupBy: z.optional(z.array(z.string())),
  filters: z.optional(z.record(z.string(), z.unknown())),
  limit: z.optional(z.int().check(z.minimum(1))),
});
export type MetricsParams = z.input<typeof metricsParamsSchema>;

/** Metric groups with their dimensions and values. */
export const metricsResultSchema = /* @__PURE__ */ z.looseObject({
  groups: z.array(
    z.looseObject({
      dimensions: z.optional(z.record(z.string(), z.unknown())),
      value: z.nullish(z.number()),
      estimatedCost: z.nullish(z.number()),
      costUnit: z.nullish(z.string()),
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
