import { APIResource } from '../core/resource.js';
import { APIError } from '../core/errors.js';
import type { RequestOptions } from '../core/request-options.js';
import { parseOptionalParams, parseParams } from '../internal/params.js';
import { path } from '../internal/path.js';
import type { QueryValue } from '../internal/path.js';
import {
  metricsParamsSchema,
  metricsResultSchema,
  spanResponseSchema,
  traceDeltaParamsSchema,
  traceListParamsSchema,
  traceListSchema,
  traceRetrieveParamsSchema,
  traceSchema,
  trajectorySchema,
} from '../schemas/observability.js';
import type {
  MetricsParams,
  MetricsResult,
  SpanResponse,
  Trace,
  TraceDeltaParams,
  TraceDeltaResult,
  TraceList,
  TraceListParams,
  TraceRetrieveParams,
  Trajectory,
  Unsupported,
} from '../schemas/observability.js';

function filterQuery(filters: TraceListParams['filters']): Record<string, QueryValue> {
  const out: Record<string, QueryValue> = {};
  for (const [key, value] of Object.entries(filters ?? {})) out[key] = value as QueryValue;
  return out;
}

/** The metrics query shapes, one route each (`/observability/metrics/:kind`). */
export type MetricsKind = 'aggregate' | 'breakdown' | 'timeseries' | 'percentiles';

function traceListQuery(params: TraceListParams | undefined): Record<string, QueryValue> {
  return {
    ...filterQuery(params?.filters),
    page: params?.page,
    perPage: params?.perPage,
    field: params?.orderBy?.field,
    direction: params?.orderBy?.direction,
  };
}

/**
 * Stores without a capability answer 500 with a message like "This storage provider does not support metric
 * aggregation" (Mastra 1.71's stores); a crash also answers 500 but says something else, and must not be
 * dressed up as "unsupported".
 */
const UNSUPPORTED_MESSAGE = /\bunsupported\b|\bnot\s+(?:yet\s+)?(?:support(?:ed)?|implemented)\b/i;

function saysUnsupported(error: APIError): boolean {
  const body = typeof error.body === 'string' ? error.body : JSON.stringify(error.body ?? '');
  return UNSUPPORTED_MESSAGE.test(body);
}

function unsupported(error: APIError): Unsupported {
  return { supported: false, status: error.status, reason: error.message };
}

/** Traces and spans from the observability store. */
export class Observability extends APIResource {
  /** Root spans, paged. Build trees from `retrieveTrace`. */
  async listTraces(params?: TraceListParams, options?: RequestOptions): Promise<TraceList> {
    parseOptionalParams(traceListParamsSchema, params, '/observability/traces');
    return this._client.get('/observability/traces', {
      query: traceListQuery(params),
      schema: traceListSchema,
      options,
    });
  }

  /** Same filters, light fields only (no input/output/attributes). */
  async listTracesLight(params?: TraceListParams, options?: RequestOptions): Promise<TraceList> {
    parseOptionalParams(traceListParamsSchema, params, '/observability/traces/light');
    return this._client.get('/observability/traces/light', {
      query: traceListQuery(params),
      schema: traceListSchema,
      options,
    });
  }

  /**
   * Live mode: root spans newer than `after`. Poll with the returned `deltaCursor`. A store without delta
   * support answers 501: that becomes `{ supported: false }` (as for `metrics`), so a host can fall back to
   * polling `listTraces`, as Studio does. A page without `deltaCursor` also means "poll pages instead".
   */
  async listTraceDelta(params?: TraceDeltaParams, options?: RequestOptions): Promise<TraceDeltaResult> {
    parseOptionalParams(traceDeltaParamsSchema, params, '/observability/traces');
    try {
      const page = await this._client.get('/observability/traces', {
        query: { ...filterQuery(params?.filters), mode: 'delta', after: params?.after, limit: params?.limit },
        schema: traceListSchema,
        options,
      });
      return { supported: true, ...page };
    } catch (error) {
      if (error instanceof APIError && error.status === 501) return unsupported(error);
      throw error;
    }
  }

  /** Every span of a trace (`light: true` drops input/output/attributes, keeps `inputPreview`). */
  async retrieveTrace(
    traceId: string,
    params?: TraceRetrieveParams,
    options?: RequestOptions,
  ): Promise<Trace> {
    parseOptionalParams(traceRetrieveParamsSchema, params, path`/observability/traces/${traceId}`);
    const route = params?.light
      ? path`/observability/traces/${traceId}/light`
      : path`/observability/traces/${traceId}`;
    return this._client.get(route, { schema: traceSchema, options });
  }

  /** One span with its full input, output and attributes. */
  async retrieveSpan(traceId: string, spanId: string, options?: RequestOptions): Promise<SpanResponse> {
    return this._client.get(path`/observability/traces/${traceId}/spans/${spanId}`, {
      schema: spanResponseSchema,
      options,
    });
  }

  /** The trace's trajectory: the steps the run took (model calls, tool calls with arguments and results). */
  async trajectory(traceId: string, options?: RequestOptions): Promise<Trajectory> {
    return this._client.get(path`/observability/traces/${traceId}/trajectory`, {
      schema: trajectorySchema,
      options,
    });
  }

  /**
   * Metrics query. Stores without metrics answer 501, or 500 with a "not supported / not implemented" message;
   * that becomes `{ supported: false }` instead of a throw, so dashboards can hide the panel. Any other 500 is
   * a real failure and throws `InternalServerError`. Not retried: a store without metrics fails the same way.
   */
  async metrics(kind: MetricsKind, params: MetricsParams, options?: RequestOptions): Promise<MetricsResult> {
    const route = path`/observability/metrics/${kind}`;
    parseParams(metricsParamsSchema, params, route);
    try {
      const result = await this._client.post(route, {
        body: params,
        schema: metricsResultSchema,
        options: { maxRetries: 0, ...options },
      });
      return { supported: true, ...result };
    } catch (error) {
      if (
        error instanceof APIError &&
        (error.status === 501 || (error.status === 500 && saysUnsupported(error)))
      ) {
        return unsupported(error);
      }
      throw error;
    }
  }

  /** Input/output token totals of one trace, summed from the metric breakdown (Studio's approach). */
  async traceUsage(
    traceId: string,
    options?: RequestOptions,
  ): Promise<{ supported: true; inputTokens: number; outputTokens: number } | Unsupported> {
    const result = await this.metrics(
      'breakdown',
      {
        name: ['mastra_model_total_input_tokens', 'mastra_model_total_output_tokens'],
        aggregation: 'sum',
        groupBy: ['name'],
        filters: { traceIds: [traceId] },
      },
      options,
    );
    if (!result.supported) return result;
    let inputTokens = 0;
    let outputTokens = 0;
    for (const group of result.groups) {
      const name = String(group.dimensions?.['name'] ?? '');
      if (name.includes('input')) inputTokens += group.value ?? 0;
      else if (name.includes('output')) outputTokens += group.value ?? 0;
    }
    return { supported: true, inputTokens, outputTokens };
  }
}
