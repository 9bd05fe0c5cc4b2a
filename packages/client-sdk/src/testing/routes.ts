import { MastraClient } from '../client.js';
import { json, mockFetch } from './mock-fetch.js';
import type { RecordedRequest } from './mock-fetch.js';

type Reply = unknown | ((req: RecordedRequest) => Response | unknown);

/** A client whose fetch answers `METHOD /api/path` keys from a table; anything else is a 404. */
export function routeClient(routes: Record<string, Reply>, options: { validate?: boolean } = {}) {
  const fetch = mockFetch((req) => {
    const key = `${req.method} ${req.url.pathname}`;
    if (!(key in routes)) return json({ error: `no route ${key}` }, 404);
    const reply = routes[key];
    const value = typeof reply === 'function' ? (reply as (r: RecordedRequest) => unknown)(req) : reply;
    return value instanceof Response ? value : json(value);
  });
  const client = new MastraClient({ baseUrl: 'http://mastra.test', fetch, maxRetries: 0, ...options });
  return { client, fetch, last: () => fetch.calls[fetch.calls.length - 1]! };
}

export const superjson = (schema: unknown) => JSON.stringify({ json: schema, meta: { values: {} } });

export function sse(chunks: unknown[], done = true): Response {
  const body =
    chunks.map((c) => `data: ${JSON.stringify(c)}\n\n`).join('') + (done ? 'data: [DONE]\n\n' : '');
  return new Response(body, { headers: { 'content-type': 'text/event-stream' } });
}

export function records(chunks: unknown[]): Response {
  return new Response(chunks.map((c) => `${JSON.stringify(c)}\x1E`).join(''), {
    headers: { 'content-type': 'text/plain' },
  });
}
