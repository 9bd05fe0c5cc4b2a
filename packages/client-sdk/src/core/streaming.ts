import { APIConnectionError, APIUserAbortError, MastraClientError } from './errors.js';

/** One Server-Sent Event after field assembly. */
export interface ServerSentEvent {
  /** `event:` field; Mastra never sends one, other servers may. */
  event: string | undefined;
  /** `data:` lines joined with `\n`. */
  data: string;
  /** Last `id:` seen on the stream (the spec's "last event id"). */
  id: string | undefined;
  retry: number | undefined;
}

export type ByteSource = ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>;

/**
 * Splits text into lines on LF, CRLF or a lone CR, across chunk boundaries: a CR at the very end of a chunk is
 * held back until the next chunk shows whether an LF follows.
 */
export class LineDecoder {
  private buffer = '';
  private pendingCR = false;

  push(text: string): string[] {
    let s = this.buffer + text;
    this.buffer = '';
    if (this.pendingCR) {
      this.pendingCR = false;
      if (s.startsWith('\n')) s = s.slice(1);
    }
    const lines: string[] = [];
    let start = 0;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c !== 10 && c !== 13) continue;
      lines.push(s.slice(start, i));
      if (c === 13) {
        if (i + 1 < s.length) {
          if (s.charCodeAt(i + 1) === 10) i++;
        } else {
          this.pendingCR = true;
        }
      }
      start = i + 1;
    }
    this.buffer = s.slice(start);
    return lines;
  }

  /** The unterminated last line, if any. */
  flush(): string[] {
    const rest = this.buffer;
    this.buffer = '';
    this.pendingCR = false;
    return rest ? [rest] : [];
  }
}

/** Assembles SSE fields into events (WHATWG "interpret a line"). */
export class SSEDecoder {
  private data: string[] = [];
  private event: string | undefined;
  private lastId: string | undefined;
  private retry: number | undefined;
  private dirty = false;

  /** Feeds one line; returns an event when a blank line completes one. Comments (`:`) are keep-alives. */
  line(line: string): ServerSentEvent | null {
    if (line === '') return this.dispatch();
    if (line.startsWith(':')) return null;
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    switch (field) {
      case 'data':
        this.data.push(value);
        this.dirty = true;
        break;
      case 'event':
        this.event = value;
        this.dirty = true;
        break;
      case 'id':
        if (!value.includes('\0')) this.lastId = value;
        break;
      case 'retry':
        if (/^\d+$/.test(value)) this.retry = Number(value);
        break;
      default:
        break;
    }
    return null;
  }

  /**
   * Ends the stream. Unlike the browser's EventSource, a final event without its blank line is still
   * delivered: a server that closes right after its last `data:` line should not lose it.
   */
  end(): ServerSentEvent | null {
    return this.dispatch();
  }

  private dispatch(): ServerSentEvent | null {
    if (!this.dirty || this.data.length === 0) {
      this.data = [];
      this.event = undefined;
      this.dirty = false;
      return null;
    }
    const event: ServerSentEvent = {
      event: this.event,
      data: this.data.join('\n'),
      id: this.lastId,
      retry: this.retry,
    };
    this.data = [];
    this.event = undefined;
    this.dirty = false;
    return event;
  }
}

function isAbort(error: unknown): boolean {
  return (
    !!error &&
    typeof error === 'object' &&
    'name' in error &&
    ((error as { name: unknown }).name === 'AbortError' ||
      (error as { name: unknown }).name === 'TimeoutError')
  );
}

/**
 * Reads raw bytes, cancelling the source when the consumer stops early. Read failures become typed errors:
 * an abort through `signal` is an `APIUserAbortError`, anything else an `APIConnectionError`.
 */
export async function* readBytes(source: ByteSource, signal?: AbortSignal): AsyncGenerator<Uint8Array> {
  if (!(source instanceof ReadableStream)) {
    try {
      for await (const chunk of source) yield chunk;
    } catch (error) {
      throw toStreamError(error, signal);
    }
    return;
  }
  const reader = source.getReader();
  let done = false;
  try {
    while (true) {
      let result: ReadableStreamReadResult<Uint8Array>;
      try {
        result = await reader.read();
      } catch (error) {
        throw toStreamError(error, signal);
      }
      if (result.done) {
        done = true;
        return;
      }
      yield result.value;
    }
  } finally {
    if (!done) await reader.cancel().catch(() => undefined);
    reader.releaseLock();
  }
}

function toStreamError(error: unknown, signal: AbortSignal | undefined): MastraClientError {
  if (error instanceof MastraClientError) return error;
  if (signal?.aborted || isAbort(error))
    return new APIUserAbortError('Stream was aborted.', { cause: error });
  return new APIConnectionError('The stream was interrupted.', { cause: error });
}

/** Text decoding that keeps multi-byte characters split across chunks intact. */
async function* readText(source: ByteSource, signal?: AbortSignal): AsyncGenerator<string> {
  const decoder = new TextDecoder();
  for await (const bytes of readBytes(source, signal)) {
    const text = decoder.decode(bytes, { stream: true });
    if (text) yield text;
  }
  const tail = decoder.decode();
  if (tail) yield tail;
}

/** Parses a byte stream as Server-Sent Events. */
export async function* iterateSSE(source: ByteSource, signal?: AbortSignal): AsyncGenerator<ServerSentEvent> {
  const lines = new LineDecoder();
  const sse = new SSEDecoder();
  for await (const text of readText(source, signal)) {
    for (const line of lines.push(text)) {
      const event = sse.line(line);
      if (event) yield event;
    }
  }
  for (const line of lines.flush()) {
    const event = sse.line(line);
    if (event) yield event;
  }
  const last = sse.end();
  if (last) yield last;
}

function tryParse(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

/**
 * What a parser has read so far, for the reconnect helper: the server's `observe` offset indexes the events it
 * sent, so a re-attach must count every raw event, including the ones the client could not parse, and must know
 * whether the stream ended with its terminator or was merely cut.
 */
export interface StreamProgress {
  /** Raw events (SSE `data:` events or `\x1E` records) read, parsable or not; `[DONE]` is not counted. */
  events: number;
  /** True once the framing's own terminator (`data: [DONE]`) arrived. Record streams have none. */
  terminated: boolean;
}

/** A fresh progress record. */
export function newStreamProgress(): StreamProgress {
  return { events: 0, terminated: false };
}

/**
 * Mastra's SSE framing: one JSON value per `data:` event, ended by `data: [DONE]`. A payload that is not JSON
 * is skipped, the same way the server skips chunks it cannot serialise, so one bad chunk does not end a run.
 * Pass `progress` to learn how many raw events were read and whether `[DONE]` arrived.
 */
export async function* iterateSSEJson(
  source: ByteSource,
  signal?: AbortSignal,
  progress: StreamProgress = newStreamProgress(),
): AsyncGenerator<unknown> {
  for await (const event of iterateSSE(source, signal)) {
    const data = event.data.trim();
    if (data === '[DONE]') {
      progress.terminated = true;
      return;
    }
    if (data === '') continue;
    progress.events++;
    const parsed = tryParse(data);
    if (parsed.ok) yield parsed.value;
  }
}

/** ASCII Record Separator: Mastra's `streamFormat: 'stream'` ends every JSON record with it. */
export const RECORD_SEPARATOR = '\x1E';

/**
 * Parses `<JSON>\x1E<JSON>\x1E...` (workflow streams). A trailing record without separator is kept. Pass
 * `progress` to count raw records (parsable or not); this framing has no terminator of its own.
 */
export async function* iterateRecords(
  source: ByteSource,
  signal?: AbortSignal,
  progress: StreamProgress = newStreamProgress(),
): AsyncGenerator<unknown> {
  let buffer = '';
  for await (const text of readText(source, signal)) {
    buffer += text;
    let index = buffer.indexOf(RECORD_SEPARATOR);
    while (index !== -1) {
      const record = buffer.slice(0, index).trim();
      buffer = buffer.slice(index + 1);
      if (record) {
        progress.events++;
        const parsed = tryParse(record);
        if (parsed.ok) yield parsed.value;
      }
      index = buffer.indexOf(RECORD_SEPARATOR);
    }
  }
  const rest = buffer.trim();
  if (rest) {
    progress.events++;
    const parsed = tryParse(rest);
    if (parsed.ok) yield parsed.value;
  }
}

/**
 * A single-use async iterable of stream chunks. Breaking out of `for await` cancels the HTTP request;
 * `abort()` does the same from outside the loop. A stream you decide not to read must be `abort()`ed: until
 * then the response body stays open (and the caller's `signal` listener attached), as with `fetch` itself.
 */
export class Stream<T> implements AsyncIterable<T> {
  private consumed = false;

  constructor(
    private readonly source: () => AsyncGenerator<T>,
    /** Aborting it cancels the underlying request. */
    readonly controller: AbortController,
    /** The HTTP response (status and headers); its body belongs to the iterator. */
    readonly response?: Response,
    /** Raw events read and whether the terminator arrived; the reconnect helper computes offsets from it. */
    readonly progress: StreamProgress = newStreamProgress(),
  ) {}

  [Symbol.asyncIterator](): AsyncIterator<T> {
    if (this.consumed) {
      throw new MastraClientError('A stream can be iterated only once; use tee() for two consumers.');
    }
    this.consumed = true;
    const iterator = this.source();
    const controller = this.controller;
    return {
      next: () => iterator.next(),
      return: async (value?: unknown) => {
        controller.abort();
        await iterator.return(value as T).catch(() => undefined);
        return { done: true, value: undefined as T };
      },
      throw: (error?: unknown) => iterator.throw(error),
    };
  }

  /** Cancels the request; a pending `next()` rejects with `APIUserAbortError`. */
  abort(): void {
    this.controller.abort();
  }

  /** Collects every chunk. */
  async toArray(): Promise<T[]> {
    const out: T[] = [];
    for await (const chunk of this) out.push(chunk);
    return out;
  }

  /**
   * Splits into two independent iterables that each see every chunk. Each branch has its own controller:
   * `break` or `abort()` on one branch stops only that branch; the HTTP request is cancelled once both branches
   * have stopped early (or it simply ends). A branch that is never iterated keeps buffering chunks the other
   * reads, so iterate or abort both.
   */
  tee(): [Stream<T>, Stream<T>] {
    const queues: T[][] = [[], []];
    const waiters: (((r: IteratorResult<T>) => void) | null)[] = [null, null];
    const closed = [false, false];
    let finished = false;
    let failure: unknown;
    let started = false;
    const wake = (i: number) => {
      const waiter = waiters[i];
      if (waiter) {
        waiters[i] = null;
        waiter({ done: true, value: undefined });
      }
    };
    const pump = async () => {
      try {
        for await (const chunk of this) {
          queues.forEach((q, i) => {
            if (closed[i]) return;
            const waiter = waiters[i];
            if (waiter) {
              waiters[i] = null;
              waiter({ done: false, value: chunk });
            } else q.push(chunk);
          });
        }
      } catch (error) {
        failure = error;
      }
      finished = true;
      wake(0);
      wake(1);
    };
    const close = (i: number) => {
      closed[i] = true;
      queues[i] = [];
      wake(i);
      // Only when nobody reads any more is the request worth cancelling.
      if (closed[0] && closed[1] && !finished) this.controller.abort();
    };
    const make = (i: number) => {
      const controller = new AbortController();
      controller.signal.addEventListener('abort', () => close(i), { once: true });
      return new Stream<T>(
        async function* () {
          if (!started) {
            started = true;
            void pump();
          }
          while (!closed[i]) {
            const queue = queues[i] ?? [];
            if (queue.length) {
              yield queue.shift() as T;
              continue;
            }
            if (finished) {
              if (failure) throw failure;
              return;
            }
            const result = await new Promise<IteratorResult<T>>((resolve) => {
              waiters[i] = resolve;
            });
            if (result.done) {
              if (failure && !closed[i]) throw failure;
              return;
            }
            yield result.value;
          }
        },
        controller,
        this.response,
        this.progress,
      );
    };
    return [make(0), make(1)];
  }

  /** A `ReadableStream` view, e.g. to hand chunks to a Web Worker or a framework that wants streams. */
  toReadableStream(): ReadableStream<T> {
    const iterator = this[Symbol.asyncIterator]();
    return new ReadableStream<T>({
      async pull(controller) {
        try {
          const { done, value } = await iterator.next();
          if (done) controller.close();
          else controller.enqueue(value);
        } catch (error) {
          controller.error(error);
        }
      },
      async cancel() {
        await iterator.return?.();
      },
    });
  }
}
