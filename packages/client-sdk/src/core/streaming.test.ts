import { describe, expect, it } from 'vitest';
import { chunkedBody, splits } from '../testing/mock-fetch.js';
import { APIConnectionError, APIUserAbortError, MastraClientError } from './errors.js';
import { LineDecoder, Stream, iterateRecords, iterateSSE, iterateSSEJson } from './streaming.js';

const enc = (s: string) => new TextEncoder().encode(s);

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

describe('LineDecoder', () => {
  it('splits on LF, CRLF and lone CR, holding a trailing CR until the next chunk', () => {
    const decoder = new LineDecoder();
    expect(decoder.push('a\nb\r\nc\rd\r')).toEqual(['a', 'b', 'c', 'd']);
    expect(decoder.push('\ne')).toEqual([]);
    expect(decoder.flush()).toEqual(['e']);
  });
  it('a CR followed by a non-LF chunk still ends exactly one line', () => {
    const decoder = new LineDecoder();
    expect(decoder.push('x\r')).toEqual(['x']);
    expect(decoder.push('y\n')).toEqual(['y']);
  });
});

describe('SSE parser, split at every byte boundary', () => {
  const wire =
    ': connected\r\n\r\n' +
    'data: {"type":"start","payload":{}}\r\n\r\n' +
    'data: {"type":"text-delta",\r\ndata: "payload":{"id":"1","text":"héllo 👋"}}\n\n' +
    ': keep-alive\n\n' +
    'event: custom\nid: 7\ndata: {"type":"x"}\r\r' +
    'data:{"no":"space"}\n\n' +
    'data: not json\n\n' +
    'data: {"type":"finish","payload":{}}\n\n' +
    'data: [DONE]\n\n' +
    'data: {"type":"after-done"}\n\n';
  const expected = [
    { type: 'start', payload: {} },
    { type: 'text-delta', payload: { id: '1', text: 'héllo 👋' } },
    { type: 'x' },
    { no: 'space' },
    { type: 'finish', payload: {} },
  ];
  const bytes = enc(wire);

  it.each(splits(bytes).map((parts, i) => [i, parts] as const))('split #%i', async (_i, parts) => {
    expect(await collect(iterateSSEJson(chunkedBody(parts)))).toEqual(expected);
  });

  it('keeps event, id and multi-line data as fields', async () => {
    const events = await collect(
      iterateSSE(chunkedBody([enc('event: e\nid: 1\ndata: a\ndata: b\n\ndata: c\n\n')])),
    );
    expect(events).toEqual([
      { event: 'e', id: '1', data: 'a\nb', retry: undefined },
      { event: undefined, id: '1', data: 'c', retry: undefined },
    ]);
  });

  it('delivers a final event even without its blank line', async () => {
    expect(await collect(iterateSSEJson(chunkedBody([enc('data: {"a":1}')])))).toEqual([{ a: 1 }]);
  });

  it('ignores a blank-line-only stream and comment-only streams', async () => {
    expect(await collect(iterateSSEJson(chunkedBody([enc('\n\n: ping\n\n')])))).toEqual([]);
  });
});

describe('record-separator parser, split at every byte boundary', () => {
  const wire =
    '{"type":"workflow-start","payload":{"workflowId":"w"}}\x1E' +
    '{"type":"workflow-step-result","payload":{"id":"ü","status":"success"}}\x1E' +
    '\x1E' +
    'garbage\x1E' +
    '{"type":"workflow-finish","payload":{"workflowStatus":"success"}}';
  const expected = [
    { type: 'workflow-start', payload: { workflowId: 'w' } },
    { type: 'workflow-step-result', payload: { id: 'ü', status: 'success' } },
    { type: 'workflow-finish', payload: { workflowStatus: 'success' } },
  ];
  it.each(splits(enc(wire)).map((parts, i) => [i, parts] as const))('split #%i', async (_i, parts) => {
    expect(await collect(iterateRecords(chunkedBody(parts)))).toEqual(expected);
  });

  it('accepts any async iterable of bytes', async () => {
    async function* source() {
      yield enc('{"a":1}\x1E{"b"');
      yield enc(':2}\x1E');
    }
    expect(await collect(iterateRecords(source()))).toEqual([{ a: 1 }, { b: 2 }]);
  });
});

describe('stream failures', () => {
  it('a connection drop mid-stream is an APIConnectionError after the delivered records', async () => {
    const seen: unknown[] = [];
    const error = await (async () => {
      for await (const r of iterateRecords(chunkedBody([enc('{"a":1}\x1E')], { failAfter: true })))
        seen.push(r);
    })().catch((e: unknown) => e);
    expect(seen).toEqual([{ a: 1 }]);
    expect(error).toBeInstanceOf(APIConnectionError);
  });

  it('a read failure after the signal aborted is an APIUserAbortError', async () => {
    const controller = new AbortController();
    controller.abort();
    const error = await collect(iterateSSE(chunkedBody([], { failAfter: true }), controller.signal)).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(APIUserAbortError);
  });

  it('an async-iterable source error is mapped too', async () => {
    async function* source(): AsyncGenerator<Uint8Array> {
      yield enc('data: {"a":1}\n\n');
      throw new TypeError('reset');
    }
    await expect(collect(iterateSSEJson(source()))).rejects.toBeInstanceOf(APIConnectionError);
  });
});

describe('Stream', () => {
  const make = (values: number[]) => {
    const controller = new AbortController();
    let finished = false;
    const stream = new Stream<number>(async function* () {
      try {
        for (const v of values) yield v;
      } finally {
        finished = true;
      }
    }, controller);
    return { stream, controller, isFinished: () => finished };
  };

  it('breaking out of for-await aborts the request and runs cleanup', async () => {
    const { stream, controller, isFinished } = make([1, 2, 3]);
    for await (const v of stream) if (v === 1) break;
    expect(controller.signal.aborted).toBe(true);
    expect(isFinished()).toBe(true);
  });

  it('can be iterated only once', async () => {
    const { stream } = make([1]);
    await stream.toArray();
    expect(() => stream[Symbol.asyncIterator]()).toThrow(MastraClientError);
  });

  it('abort() aborts the controller', () => {
    const { stream, controller } = make([1]);
    stream.abort();
    expect(controller.signal.aborted).toBe(true);
  });

  it('tee() gives two consumers every chunk', async () => {
    const { stream } = make([1, 2, 3]);
    const [a, b] = stream.tee();
    const [ra, rb] = await Promise.all([a.toArray(), b.toArray()]);
    expect(ra).toEqual([1, 2, 3]);
    expect(rb).toEqual([1, 2, 3]);
  });

  it('tee(): breaking out of one branch leaves the other reading; the request stays open', async () => {
    const { stream, controller } = make([1, 2, 3]);
    const [a, b] = stream.tee();
    const first: number[] = [];
    for await (const v of a) {
      first.push(v);
      break;
    }
    expect(first).toEqual([1]);
    expect(controller.signal.aborted).toBe(false);
    expect(await b.toArray()).toEqual([1, 2, 3]);
    expect(controller.signal.aborted).toBe(false);
  });

  it('tee(): abort() on one branch ends only it; the request is cancelled once both stopped early', async () => {
    const controller = new AbortController();
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const stream = new Stream<number>(async function* () {
      yield 1;
      await gate;
      yield 2;
    }, controller);
    const [a, b] = stream.tee();
    const ia = a[Symbol.asyncIterator]();
    const ib = b[Symbol.asyncIterator]();
    expect(await ia.next()).toEqual({ done: false, value: 1 });
    expect(await ib.next()).toEqual({ done: false, value: 1 });
    const pendingA = ia.next();
    a.abort();
    expect(await pendingA).toEqual({ done: true, value: undefined });
    expect(controller.signal.aborted).toBe(false);
    await ib.return?.();
    expect(controller.signal.aborted).toBe(true);
    release();
  });

  it('toReadableStream() exposes the chunks as a ReadableStream', async () => {
    const { stream } = make([4, 5]);
    const reader = stream.toReadableStream().getReader();
    expect(await reader.read()).toEqual({ done: false, value: 4 });
    expect(await reader.read()).toEqual({ done: false, value: 5 });
    expect((await reader.read()).done).toBe(true);
  });
});
