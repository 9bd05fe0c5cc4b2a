import type { MastraClient, RequestOptions } from '../client.js';
import { ResponseValidationError, type ValidationIssue } from '../core/errors.js';
import { path } from '../internal/path.js';
import { spanSchema, type Span } from '../schemas/observability.js';

/**
 * A span from `GET /observability/traces/:traceId/light`: the fields a tree and a timeline need, timestamps kept
 * as the wire strings (the viewer converts each once, to epoch ms; building 200,000 `Date`s up front is a large
 * part of what makes the fully validated path slow). Mastra's per-trace light route omits `status` and
 * `inputPreview`; derive status from `error` and `endedAt`.
 */
export type LightSpan = Pick<
  Span,
  | 'traceId'
  | 'spanId'
  | 'parentSpanId'
  | 'name'
  | 'spanType'
  | 'isEvent'
  | 'status'
  | 'entityType'
  | 'entityId'
  | 'entityName'
  | 'entityVersionId'
  | 'runId'
  | 'inputPreview'
  | 'metadata'
  | 'error'
> & {
  startedAt: string | number;
  endedAt?: string | number | null | undefined;
  [key: string]: unknown;
};

/** Every span of a trace, light fields only. */
export interface LightTrace {
  traceId: string;
  spans: LightSpan[];
}

function nullableString(value: unknown): boolean {
  return value === undefined || value === null || typeof value === 'string';
}

function timestamp(value: unknown): boolean {
  return typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value));
}

/**
 * The light span check: only the fields the tree reads, with plain `typeof` tests. It accepts exactly what
 * `spanSchema` accepts for those fields (the zod schema stays the reference: a misfit is re-checked with it to
 * report the same issues as everywhere else).
 */
function fitsLightSpan(value: unknown): value is LightSpan {
  if (!value || typeof value !== 'object') return false;
  const s = value as Record<string, unknown>;
  return (
    typeof s['spanId'] === 'string' &&
    typeof s['traceId'] === 'string' &&
    typeof s['name'] === 'string' &&
    typeof s['spanType'] === 'string' &&
    timestamp(s['startedAt']) &&
    (s['endedAt'] == null || timestamp(s['endedAt'])) &&
    nullableString(s['parentSpanId']) &&
    nullableString(s['status']) &&
    nullableString(s['entityType']) &&
    nullableString(s['entityId']) &&
    nullableString(s['entityName']) &&
    nullableString(s['entityVersionId']) &&
    (s['isEvent'] === undefined || typeof s['isEvent'] === 'boolean') &&
    (s['error'] == null || (typeof s['error'] === 'object' && !Array.isArray(s['error']))) &&
    (s['metadata'] == null || (typeof s['metadata'] === 'object' && !Array.isArray(s['metadata'])))
  );
}

function issuesFor(index: number, value: unknown): ValidationIssue[] {
  const result = spanSchema.safeParse(value);
  const prefix = ['spans', index];
  if (result.success) return [{ path: prefix, message: 'Invalid light span', code: 'custom' }];
  return result.error.issues.map((issue) => ({
    path: [...prefix, ...issue.path.filter((p): p is string | number => typeof p !== 'symbol')],
    message: issue.message,
    code: issue.code,
  }));
}

/**
 * Checks a light trace body without zod on the hot path: one pass of `typeof` tests over the fields the viewer
 * shows, timestamps left as strings. Throws `ResponseValidationError` (with zod's issues for the first misfit)
 * unless `validate` is false, in which case misfitting entries are dropped rather than shown half-formed.
 */
export function parseLightTrace(body: unknown, route: string, validate = true): LightTrace {
  const record = body && typeof body === 'object' ? (body as Record<string, unknown>) : null;
  const spans = record?.['spans'];
  if (!record || typeof record['traceId'] !== 'string' || !Array.isArray(spans)) {
    if (!validate && record && Array.isArray(spans)) {
      return { traceId: String(record['traceId'] ?? ''), spans: spans.filter(fitsLightSpan) };
    }
    throw new ResponseValidationError({
      path: route,
      body,
      issues: [{ path: [], message: 'Expected { traceId: string, spans: array }', code: 'invalid_type' }],
    });
  }
  for (let i = 0; i < spans.length; i++) {
    if (fitsLightSpan(spans[i])) continue;
    if (!validate) return { traceId: record['traceId'], spans: spans.filter(fitsLightSpan) };
    throw new ResponseValidationError({ path: route, body, issues: issuesFor(i, spans[i]) });
  }
  return { traceId: record['traceId'], spans: spans as LightSpan[] };
}

/**
 * `GET /observability/traces/:traceId/light`, checked by `parseLightTrace` instead of the full span schema:
 * the fast path for opening large traces. Fetch a span's input, output and attributes on demand with
 * `client.observability.retrieveSpan`.
 */
export async function retrieveLightTrace(
  client: MastraClient,
  traceId: string,
  options?: RequestOptions,
): Promise<LightTrace> {
  const route = path`/observability/traces/${traceId}/light`;
  const body: unknown = await client.get(route, { options });
  return parseLightTrace(body, route, options?.validate ?? client.validate);
}
