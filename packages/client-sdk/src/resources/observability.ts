import { lazyImpl } from '../core/lazy.js';
import { APIResource } from '../core/resource.js';
import type { RequestOptions } from '../core/request-options.js';
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

/** The metrics query shapes, one route each (`/observability/metrics/:kind`). */
export type MetricsKind = 'aggregate' | 'breakdown' | 'timeseries' | 'percentiles';

const run = /* @__PURE__ */ lazyImpl<Observability>('observability', () =>
  import('./impls.js').then((m) => m.observabilityImpl),
);

/** Traces and spans from the observability store. */
export class Observability extends APIResource {
  /** Root spans, paged. Build trees from `retrieveTrace`. */
  listTraces(params?: TraceListParams, options?: RequestOptions): Promise<TraceList> {
    return run(this, this._client, 'listTraces', params, options);
  }

  /** Same filters, light fields only (no input/output/attributes). */
  listTracesLight(params?: TraceListParams, options?: RequestOptions): Promise<TraceList> {
    return run(this, this._client, 'listTracesLight', params, options);
  }

  /**
   * Live mode: root spans newer than `after`. Poll with the returned `deltaCursor`. A store without delta
   * support answers 501: that becomes `{ supported: false }` (as for `metrics`), so a host can fall back to
   * polling `listTraces`, as Studio does. A page without `deltaCursor` also means "poll pages instead".
   */
  listTraceDelta(params?: TraceDeltaParams, options?: RequestOptions): Promise<TraceDeltaResult> {
    return run(this, this._client, 'listTraceDelta', params, options);
  }

  /** Every span of a trace (`light: true` drops input/output/attributes, keeps `inputPreview`). */
  retrieveTrace(traceId: string, params?: TraceRetrieveParams, options?: RequestOptions): Promise<Trace> {
    return run(this, this._client, 'retrieveTrace', traceId, params, options);
  }

  /** One span with its full input, output and attributes. */
  retrieveSpan(traceId: string, spanId: string, options?: RequestOptions): Promise<SpanResponse> {
    return run(this, this._client, 'retrieveSpan', traceId, spanId, options);
  }

  /** The trace's trajectory: the steps the run took (model calls, tool calls with arguments and results). */
  trajectory(traceId: string, options?: RequestOptions): Promise<Trajectory> {
    return run(this, this._client, 'trajectory', traceId, options);
  }

  /**
   * Metrics query. Stores without metrics answer 501, or 500 with a "not supported / not implemented" message;
   * that becomes `{ supported: false }` instead of a throw, so dashboards can hide the panel. Any other 500 is
   * a real failure and throws `InternalServerError`. Not retried: a store without metrics fails the same way.
   */
  metrics(kind: MetricsKind, params: MetricsParams, options?: RequestOptions): Promise<MetricsResult> {
    return run(this, this._client, 'metrics', kind, params, options);
  }

  /** Input/output token totals of one trace, summed from the metric breakdown (Studio's approach). */
  traceUsage(
    traceId: string,
    options?: RequestOptions,
  ): Promise<{ supported: true; inputTokens: number; outputTokens: number } | Unsupported> {
    return run(this, this._client, 'traceUsage', traceId, options);
  }
}
