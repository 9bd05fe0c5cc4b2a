import { RequestValidationError } from '../core/errors.js';

/**
 * Tagged template that URI-encodes every interpolated path parameter, so ids with `/`, `?`, `#` or spaces can
 * never change the route (client-js leaves agent and workflow ids raw). An empty, `.` or `..` id would still
 * change the route after URL normalisation, so it is refused with a `RequestValidationError` (the SDK's own
 * error type, so callers never see a bare `TypeError`).
 */
export function path(strings: TemplateStringsArray, ...params: (string | number)[]): string {
  let out = strings[0] ?? '';
  params.forEach((param, i) => {
    const value = String(param);
    if (value === '' || value === '.' || value === '..') {
      // The route pattern, ids shown as :1, :2 ..., since the offending id cannot be put in it.
      const route = strings.reduce((acc, part, j) => (j === 0 ? part : `${acc}:${j}${part}`), '');
      throw new RequestValidationError({
        path: route,
        issues: [
          {
            path: [i],
            message: `Path parameter ${i + 1} must not be empty, "." or "..", got ${JSON.stringify(value)}`,
            code: 'invalid_path_parameter',
          },
        ],
      });
    }
    out += encodeURIComponent(value) + (strings[i + 1] ?? '');
  });
  return out;
}

export type QueryValue =
  string | number | boolean | null | undefined | readonly (string | number | boolean)[] | object;

/**
 * Serialises query parameters the way Mastra's route builder reads them: scalars as strings, arrays as repeated
 * keys, objects as JSON strings (`jsonQueryParam`). `undefined` and `null` are dropped.
 */
export function buildQuery(query: Record<string, QueryValue> | undefined, route = ''): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) {
      for (const item of value) params.append(key, String(item));
    } else if (value instanceof Date) {
      params.append(key, value.toISOString());
    } else if (typeof value === 'object') {
      params.append(key, queryJson(key, value, route));
    } else {
      params.append(key, String(value));
    }
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** JSON of an object-valued query parameter; cycles and BigInts become a `RequestValidationError`. */
function queryJson(key: string, value: object, route: string): string {
  try {
    return JSON.stringify(value);
  } catch (error) {
    throw new RequestValidationError({
      path: route,
      issues: [
        {
          path: [key],
          message: `not serialisable as JSON: ${error instanceof Error ? error.message : String(error)}`,
          code: 'not_serialisable',
        },
      ],
    });
  }
}

/**
 * base64 of the UTF-8 JSON, the encoding Mastra expects for `?requestContext=` on GET routes. A context JSON
 * cannot represent (cycles, BigInt) is a `RequestValidationError` for `route`, raised before anything is sent.
 */
export function encodeRequestContext(context: Record<string, unknown>, route = ''): string {
  let json: string;
  try {
    json = JSON.stringify(context);
  } catch (error) {
    throw new RequestValidationError({
      path: route,
      issues: [
        {
          path: ['requestContext'],
          message: `not serialisable as JSON: ${error instanceof Error ? error.message : String(error)}`,
          code: 'not_serialisable',
        },
      ],
    });
  }
  const bytes = new TextEncoder().encode(json);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** `{ requestContext: base64 }` for GET routes, or nothing. */
export function requestContextQuery(
  context: Record<string, unknown> | undefined,
  route = '',
): Record<string, string> | undefined {
  return context ? { requestContext: encodeRequestContext(context, route) } : undefined;
}
