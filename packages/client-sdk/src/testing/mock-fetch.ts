import type { FetchLike } from '../client.js';

export interface RecordedRequest {
  url: URL;
  method: string;
  headers: Headers;
  body: unknown;
  signal: AbortSignal | undefined;
}

export type Handler = (req: RecordedRequest, attempt: number) => Response | Promise<Response>;

/** An injected `fetch` that records every request and answers through `handler`. */
export function mockFetch(handler: Handler): FetchLike & { calls: RecordedRequest[] } {
  const calls: RecordedRequest[] = [];
  const fn = async (input: string, init: RequestInit) => {
    const raw = init.body;
    let body: unknown = raw;
    if (typeof raw === 'string') {
      try {
        body = JSON.parse(raw);
      } catch {
        body = raw;
      }
    }
    const req: RecordedRequest = {
      url: new URL(input),
      method: init.method ?? 'GET',
      headers: new Headers(init.headers),
      body,
      signal: init.signal ?? undefined,
    };
    calls.push(req);
    return handler(req, calls.length);
  };
  return Object.assign(fn, { calls });
}

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });
}

/** A body that delivers the given byte chunks one by one. */
export function chunkedBody(
  chunks: Uint8Array[],
  options: { failAfter?: boolean } = {},
): ReadableStream<Uint8Array> {
  let i = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (i < chunks.length) controller.enqueue(chunks[i++]!);
      else if (options.failAfter) controller.error(new TypeError('socket hang up'));
      else controller.close();
    },
  });
}

/** Every way of cutting `bytes` into two pieces, plus one byte at a time. */
export function splits(bytes: Uint8Array): Uint8Array[][] {
  const out: Uint8Array[][] = [];
  for (let cut = 0; cut <= bytes.length; cut++) out.push([bytes.slice(0, cut), bytes.slice(cut)]);
  out.push(Array.from(bytes, (b) => Uint8Array.of(b)));
  return out;
}

/** Collects an async iterable (`Array.fromAsync` is outside the project's TS lib). */
export async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}
