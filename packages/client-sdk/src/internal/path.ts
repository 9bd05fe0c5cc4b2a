/**
 * Tagged template that URI-encodes every interpolated path parameter, so ids with `/`, `?`, `#` or spaces can
 * never change the route (client-js leaves agent and workflow ids raw).
 */
export function path(strings: TemplateStringsArray, ...params: (string | number)[]): string {
  let out = strings[0] ?? '';
  params.forEach((param, i) => {
    const value = String(param);
    if (value === '' || value === '.' || value === '..') {
      throw new TypeError(
        `Path parameter ${i + 1} must not be empty, "." or "..", got ${JSON.stringify(value)}`,
      );
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
export function buildQuery(query: Record<string, QueryValue> | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) {
      for (const item of value) params.append(key, String(item));
    } else if (value instanceof Date) {
      params.append(key, value.toISOString());
    } else if (typeof value === 'object') {
      params.append(key, JSON.stringify(value));
    } else {
      params.append(key, String(value));
    }
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** base64 of the UTF-8 JSON, the encoding Mastra expects for `?requestContext=` on GET routes. */
export function encodeRequestContext(context: Record<string, unknown>): string {
  const bytes = new TextEncoder().encode(JSON.stringify(context));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** `{ requestContext: base64 }` for GET routes, or nothing. */
export function requestContextQuery(
  context: Record<string, unknown> | undefined,
): Record<string, string> | undefined {
  return context ? { requestContext: encodeRequestContext(context) } : undefined;
}
