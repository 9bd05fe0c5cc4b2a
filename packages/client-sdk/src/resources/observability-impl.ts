import { APIError } from '../core/errors.js';
import type { ResourceImpl } from '../core/lazy.js';
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
import type { TraceListParams, Unsupported } from '../schemas/observability.js';
import type { Observability } from './observability.js';

function filterQuery(filters: TraceListParams['filters']): Record<string, QueryValue> {
  const out: Record<string, QueryValue> = {};
  for (const [key, value] of Object.entries(filters ?? {})) out[key] = value as QueryValue;
  return out;
}

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

/** The bodies of `Observability`'s async methods (documented there), loaded with the first call. */
export const observabilityImpl: ResourceImpl<Observability> = {
  async listTraces(params, options) {
    parseOptionalParams(traceListParamsSchema, params, '/observability/traces');
    return this.client.get('/observability/traces', {
      query: traceListQuery(params),
      schema: traceListSchema,
      options,
    });
  },

  async listTracesLight(params, options) {
    parseOptionalParams(traceListParamsSchema, params, '/observability/traces/light');
    return this.client.get('/observability/traces/light', {
      query: traceListQuery(params),
      schema: traceListSchema,
      options,
    });
  },

  async listTraceDelta(params, options) {
    parseOptionalParams(traceDeltaParamsSchema, params, '/observability/traces');
    try {
      const page = await this.client.get('/observability/traces', {
        query: { ...filterQuery(params?.filters), mode: 'delta', after: params?.after, limit: params?.limit },
        schema: traceListSchema,
        options,
      });
      return { supported: true, ...page };
    } catch (error) {
      if (error instanceof APIError && error.status === 501) return unsupported(error);
      throw error;
    }
  },

  async retrieveTrace(traceId, params, options) {
    parseOptionalParams(traceRetrieveParamsSchema, params, path`/observability/traces/${traceId}`);
    const route = params?.light
      ? path`/observability/traces/${traceId}/light`
      : path`/observability/traces/${traceId}`;
    return this.client.get(route, { schema: traceSchema, options });
  },

  async retrieveSpan(traceId, spanId, options) {
    return this.client.get(path`/observability/traces/${traceId}/spans/${spanId}`, {
      schema: spanResponseSchema,
      options,
    });
  },

  async trajectory(traceId, options) {
    return this.client.get(path`/observability/traces/${traceId}/trajectory`, {
      schema: trajectorySchema,
      options,
    });
  },

  async metrics(kind, params, options) {
    const route = path`/observability/metrics/${kind}`;
    parseParams(metricsParamsSchema, params, route);
    try {
      const result = await this.client.post(route, {
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
  },

  async traceUsage(traceId, options) {
    const result = await this.resource.metrics(
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
  },
};
