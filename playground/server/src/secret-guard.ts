import type { MiddlewareHandler } from 'hono';

/** Request-context keys that are credentials or identity the server copied from the creator's request. */
const SECRET_CONTEXT_KEYS = new Set(['mastra__authToken']);

/**
 * Mastra stores the caller's whole request context (bearer token, user, roles) in every schedule row it creates
 * or edits and returns it to every `schedules:read` holder, viewers included (mastra-schedules §5.1). Each run a
 * schedule fires carries the same context in its snapshot. This guard removes it from the JSON responses of
 * those routes: schedule rows lose `requestContext` entirely (a UI cannot edit it either, PATCH replaces it), and
 * any run state loses the token key wherever it sits. Streams are left alone: they are not JSON bodies.
 */
export function secretGuard(apiPrefix: string): MiddlewareHandler {
  const schedules = `${apiPrefix}/schedules`;
  const workflows = `${apiPrefix}/workflows/`;
  return async (c, next) => {
    await next();
    const path = c.req.path;
    const isSchedule = path === schedules || path.startsWith(`${schedules}/`);
    const isRun = path.startsWith(workflows) && path.includes('/runs');
    if (!isSchedule && !isRun) return;
    if (!(c.res.headers.get('content-type') ?? '').includes('application/json')) return;
    const text = await c.res.clone().text();
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return;
    }
    const cleaned = isSchedule ? stripSchedules(body) : stripTokens(body);
    const headers = new Headers(c.res.headers);
    headers.delete('content-length');
    c.res = new Response(JSON.stringify(cleaned), { status: c.res.status, headers });
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return !!value && typeof value === 'object' && !Array.isArray(value);
}

/** Schedule rows (one, a list, `{ schedules }`) without `requestContext`, and no token anywhere below. */
export function stripSchedules(body: unknown): unknown {
  if (Array.isArray(body)) return body.map(stripSchedules);
  if (!isRecord(body)) return body;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(body)) {
    if (key === 'requestContext') continue;
    out[key] = key === 'schedules' ? stripSchedules(value) : stripTokens(value);
  }
  return out;
}

/** Removes secret context keys at any depth; a JSON-string `snapshot` (run lists) is cleaned as JSON. */
export function stripTokens(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripTokens);
  if (!isRecord(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    if (SECRET_CONTEXT_KEYS.has(key)) continue;
    if (key === 'snapshot' && typeof inner === 'string') {
      try {
        out[key] = JSON.stringify(stripTokens(JSON.parse(inner)));
      } catch {
        out[key] = inner;
      }
      continue;
    }
    out[key] = stripTokens(inner);
  }
  return out;
}
