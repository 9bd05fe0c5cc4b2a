/**
 * The integration suite both server profiles run. It discovers ids from the server instead of assuming the
 * demo organisation, so it exercises the SDK the way a host app on an unknown Mastra server would.
 */
import { expect, it } from 'vitest';
import { MastraClient } from '../client.js';
import type { FetchLike } from '../client.js';
import { NotFoundError, ToolExecutionError } from '../core/errors.js';
import { chunkTypeOf } from '../schemas/stream-chunks.js';
import type { AgentStreamChunk, WorkflowStreamEvent } from '../schemas/stream-chunks.js';

export interface SuiteContext {
  /** A client with full rights (owner token on the demo server, no token when auth is off). */
  client: () => MastraClient;
  /** The model to use for stored agents created by the suite. */
  model: () => { provider: string; name: string };
  /** The server runs an editor, so stored agents are also runnable through `/agents/:id`. */
  editor: boolean;
  /** A workflow that runs to completion with `inputData: {}`. @default the first one listed */
  workflowId?: string;
  /** Server origin, for clients the suite builds itself (e.g. with a connection-dropping fetch). */
  baseUrl: () => string;
  /** Headers of `client()` (its token), for those clients. */
  headers: () => Record<string, string>;
}

/**
 * A fetch that cuts the first workflow `/stream` response right after its `records`-th `\x1E` record, the way
 * a proxy drops a connection mid-run. Every other request goes through untouched.
 */
function droppingFetch(records: number): FetchLike & { observed: string[] } {
  let dropped = false;
  const observed: string[] = [];
  const fn: FetchLike = async (input, init) => {
    const response = await globalThis.fetch(input, init);
    const url = new URL(input);
    if (url.pathname.endsWith('/observe')) observed.push(url.search);
    if (dropped || !url.pathname.endsWith('/stream') || !response.body) return response;
    dropped = true;
    const reader = response.body.getReader();
    let seen = 0;
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        const { done, value } = await reader.read();
        if (done) {
          controller.close();
          return;
        }
        for (let i = 0; i < value.length; i++) {
          if (value[i] !== 0x1e || ++seen < records) continue;
          controller.enqueue(value.slice(0, i + 1));
          await reader.cancel();
          controller.error(new TypeError('socket hang up (dropped by the test)'));
          return;
        }
        controller.enqueue(value);
      },
    });
    return new Response(body, { status: response.status, headers: response.headers });
  };
  return Object.assign(fn, { observed });
}

function textOf(chunks: AgentStreamChunk[]): string {
  return chunks.map((c) => (c.type === 'text-delta' ? c.payload.text : '')).join('');
}

export function sharedSuite(ctx: SuiteContext): void {
  it('system: health, packages and capability detection', async () => {
    const client = ctx.client();
    expect(await client.system.health()).toMatchObject({ success: true });
    const packages = await client.system.packages();
    expect(Array.isArray(packages.packages)).toBe(true);
    const caps = await client.system.capabilities();
    expect(caps.reachable).toBe(true);
    expect(caps.storedAgents).toBe(true);
  });

  it('agents: list, retrieve, generate and stream (SSE to typed chunks)', async () => {
    const client = ctx.client();
    const agents = await client.agents.list();
    const codeAgent = Object.entries(agents).find(([, a]) => a.source !== 'stored');
    expect(codeAgent).toBeDefined();
    const [agentId, listed] = codeAgent!;
    const agent = await client.agents.retrieve(agentId);
    expect(agent.name).toBe(listed.name);
    for (const tool of Object.values(agent.tools)) {
      if (tool.inputSchema) expect(typeof tool.inputSchema).toBe('object');
    }

    const generated = await client.agents.generate(agentId, { messages: 'Hello there' });
    expect(typeof generated.text).toBe('string');

    const stream = await client.agents.stream(agentId, { messages: 'Hello there' });
    const chunks = await stream.toArray();
    const types = chunks.map((c) => c.type);
    expect(types[0]).toBe('start');
    expect(types).toContain('finish');
    expect(textOf(chunks)).toBe(generated.text);
  });

  it('agents: a stream can be abandoned mid-way without leaking an error', async () => {
    const client = ctx.client();
    const [agentId] = Object.keys(await client.agents.list());
    const stream = await client.agents.stream(agentId!, { messages: 'Tell me something' });
    let seen = 0;
    for await (const chunk of stream) {
      seen++;
      if (chunk.type === 'start') break;
    }
    expect(seen).toBe(1);
  });

  it('agents: retrieving an unknown agent is a NotFoundError', async () => {
    await expect(ctx.client().agents.retrieve('no such agent/../x')).rejects.toBeInstanceOf(NotFoundError);
  });

  it('tools: list, retrieve with decoded schema, execute, and validation failure as a typed error', async () => {
    const client = ctx.client();
    const tools = await client.tools.list();
    const entry = Object.entries(tools).find(([, t]) => {
      const props = t.inputSchema?.['properties'];
      return !!props && typeof props === 'object' && Object.keys(props).length > 0;
    });
    expect(entry).toBeDefined();
    const [toolId, tool] = entry!;
    expect(tool.inputSchema?.['type']).toBe('object');
    const retrieved = await client.tools.retrieve(toolId);
    expect(retrieved.inputSchema).toEqual(tool.inputSchema);

    const error = await client.tools
      .execute(toolId, { data: { definitelyNotAField: 1 } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ToolExecutionError);
    expect((error as ToolExecutionError).toolId).toBe(toolId);
  });

  it('workflows: list, retrieve, start and wait, stream records, runs, observe from an offset', async () => {
    const client = ctx.client();
    const workflows = await client.workflows.list();
    const workflowId = ctx.workflowId ?? Object.keys(workflows)[0]!;
    const listed = workflows[workflowId]!;
    const workflow = await client.workflows.retrieve(workflowId);
    expect(workflow.name ?? workflowId).toBe(listed.name ?? workflowId);
    expect(Object.keys(workflow.steps).length).toBeGreaterThan(0);
    if (workflow.inputSchema) expect(typeof workflow.inputSchema).toBe('object');

    const { runId } = await client.workflows.createRun(workflowId);
    const stream = await client.workflows.stream(workflowId, runId, { inputData: {} });
    const events: WorkflowStreamEvent[] = await stream.toArray();
    expect(events.length).toBeGreaterThan(1);
    expect(events.some((e) => e.type === 'workflow-start' || e.type === 'workflow-step-start')).toBe(true);

    const run = await client.workflows.retrieveRun(workflowId, runId);
    expect(run.runId).toBe(runId);
    const runs = await client.workflows.listRuns(workflowId, { perPage: 50 });
    expect(runs.runs.some((r) => r.runId === runId)).toBe(true);

    // Re-attaching replays exactly what the run sent: all of it from 0, and the tail from k.
    const types = events.map(chunkTypeOf);
    const replay = await (
      await client.workflows.observe(
        workflowId,
        runId,
        { offset: 0 },
        { signal: AbortSignal.timeout(20_000) },
      )
    ).toArray();
    expect(replay.map(chunkTypeOf)).toEqual(types);
    const k = Math.min(2, events.length - 1);
    const tail = await (
      await client.workflows.observe(
        workflowId,
        runId,
        { offset: k },
        { signal: AbortSignal.timeout(20_000) },
      )
    ).toArray();
    expect(tail.map(chunkTypeOf)).toEqual(types.slice(k));

    const waited = await client.workflows.startAndWait(workflowId, { inputData: {} });
    expect(typeof waited.status).toBe('string');
  });

  it('workflows: streamWithReconnect re-attaches through observe when the connection drops mid-run', async () => {
    const client = ctx.client();
    const workflowId = ctx.workflowId ?? Object.keys(await client.workflows.list())[0]!;
    const fetch = droppingFetch(1);
    const dropping = new MastraClient({ baseUrl: ctx.baseUrl(), headers: ctx.headers(), fetch });
    const { runId } = await client.workflows.createRun(workflowId);
    const events: WorkflowStreamEvent[] = [];
    for await (const event of dropping.workflows.streamWithReconnect(workflowId, runId, { inputData: {} }))
      events.push(event);
    // The helper re-attached once, at the one record it had read, and delivered every event exactly once.
    expect(fetch.observed).toEqual([`?runId=${encodeURIComponent(runId)}&offset=1`]);
    const full = await (
      await client.workflows.observe(
        workflowId,
        runId,
        { offset: 0 },
        { signal: AbortSignal.timeout(20_000) },
      )
    ).toArray();
    expect(events.map(chunkTypeOf)).toEqual(full.map(chunkTypeOf));
    expect(events.map(chunkTypeOf)).toContain('workflow-finish');
  });

  it('storedAgents: create draft -> update -> compare -> activate -> restore -> delete', async () => {
    const client = ctx.client();
    const id = `sdk-it-${Date.now().toString(36)}`;
    const created = await client.storedAgents.create({
      id,
      name: 'SDK Integration Agent',
      instructions: 'Version one instructions.',
      model: ctx.model(),
      autoPublish: false,
    });
    expect(created.id).toBe(id);
    expect(created.createdAt).toBeInstanceOf(Date);

    // Never published: hidden from the default (published) list, visible with status=draft.
    const published = await client.storedAgents.list({ perPage: 100 });
    expect(published.agents.some((a) => a.id === id)).toBe(false);
    const drafts = await client.storedAgents.list({ status: 'draft', perPage: 100 });
    expect(drafts.agents.some((a) => a.id === id)).toBe(true);

    const updated = await client.storedAgents.update(id, {
      instructions: 'Version two instructions.',
      changeMessage: 'second draft',
      autoPublish: false,
    });
    expect(updated.instructions).toBe('Version two instructions.');

    const versions = await client.storedAgents.versions.list(id, {
      orderBy: { field: 'versionNumber', direction: 'ASC' },
    });
    expect(versions.versions.length).toBe(2);
    const [v1, v2] = versions.versions;
    expect(v2!.changeMessage).toBe('second draft');
    const retrievedVersion = await client.storedAgents.versions.retrieve(id, v2!.id);
    expect(retrievedVersion.versionNumber).toBe(2);

    const compare = await client.storedAgents.versions.compare(id, { from: v1!.id, to: v2!.id });
    expect(compare.diffs.some((d) => d.field === 'instructions')).toBe(true);

    const activated = await client.storedAgents.versions.activate(id, v2!.id);
    expect(activated.activeVersionId ?? v2!.id).toBe(v2!.id);
    const live = await client.storedAgents.retrieve(id);
    expect(live.status).toBe('published');
    expect(live.instructions).toBe('Version two instructions.');

    const restored = await client.storedAgents.versions.restore(id, v1!.id);
    expect(restored.versionNumber).toBe(3);
    expect(restored.instructions).toBe('Version one instructions.');
    // Restore does not publish.
    expect((await client.storedAgents.retrieve(id)).instructions).toBe('Version two instructions.');
    expect((await client.storedAgents.retrieve(id, { status: 'draft' })).instructions).toBe(
      'Version one instructions.',
    );

    const snapshot = await client.storedAgents.versions.create(id, { changeMessage: 'manual snapshot' });
    expect(snapshot.versionNumber).toBe(4);
    await client.storedAgents.versions.delete(id, snapshot.id);

    expect((await client.storedAgents.dependents(id)).dependents).toEqual([]);

    if (ctx.editor) {
      // The runtime agents route resolves a stored agent at a status or a pinned version.
      const atDraft = await client.agents.retrieve(id, { status: 'draft' });
      expect(JSON.stringify(atDraft.instructions)).toContain('Version one instructions.');
      const atPublished = await client.agents.retrieve(id, { status: 'published' });
      expect(JSON.stringify(atPublished.instructions)).toContain('Version two instructions.');
      const atV2 = await client.agents.retrieve(id, { versionId: v2!.id });
      expect(JSON.stringify(atV2.instructions)).toContain('Version two instructions.');
      // With an editor the stored agent also runs through the runtime agents routes, at a pinned version.
      const generated = await client.agents.generate(id, { messages: 'hi', versionId: v1!.id });
      expect(typeof generated.text).toBe('string');
    } else {
      await expect(client.agents.generate(id, { messages: 'hi' })).rejects.toBeInstanceOf(NotFoundError);
    }

    await client.storedAgents.delete(id);
    await expect(client.storedAgents.retrieve(id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('observability: traces list, a full and a light trace, a span, metrics or typed unsupported', async () => {
    const client = ctx.client();
    const [agentId] = Object.keys(await client.agents.list());
    const result = await client.agents.generate(agentId!, { messages: 'trace me' });
    const list = await client.observability.listTraces({ perPage: 20 });
    expect(Array.isArray(list.spans)).toBe(true);
    const traceId = result.traceId ?? list.spans[0]?.traceId;
    expect(traceId, 'a generate on a server with observability has a trace').toBeTruthy();
    // Spans are exported asynchronously; poll briefly (not a timing assertion, just readiness).
    let trace = await client.observability.retrieveTrace(traceId!).catch(() => null);
    for (let i = 0; i < 20 && (!trace || trace.spans.length === 0); i++) {
      await new Promise((r) => setTimeout(r, 250));
      trace = await client.observability.retrieveTrace(traceId!).catch(() => null);
    }
    expect(trace?.spans.length).toBeGreaterThan(0);
    const span = trace!.spans[0]!;
    expect(span.startedAt).toBeInstanceOf(Date);
    const light = await client.observability.retrieveTrace(traceId!, { light: true });
    expect(light.spans.length).toBe(trace!.spans.length);
    const one = await client.observability.retrieveSpan(traceId!, span.spanId);
    expect(one.span.spanId).toBe(span.spanId);
    const usage = await client.observability.traceUsage(traceId!);
    if (usage.supported) expect(usage.inputTokens).toBeGreaterThan(0);
    else expect([500, 501]).toContain(usage.status);

    // The light list carries the same root span as the full list.
    let lightList = await client.observability.listTracesLight({ perPage: 50 });
    for (let i = 0; i < 20 && !lightList.spans.some((s) => s.traceId === traceId); i++) {
      await new Promise((r) => setTimeout(r, 250));
      lightList = await client.observability.listTracesLight({ perPage: 50 });
    }
    expect(lightList.spans.some((s) => s.traceId === traceId)).toBe(true);

    // Live mode: a cursor to poll with, or a typed "unsupported" (Studio's fallback signal).
    const delta = await client.observability.listTraceDelta({ limit: 5 });
    if (delta.supported) {
      expect(typeof delta.deltaCursor).toBe('string');
      const next = await client.observability.listTraceDelta({ after: delta.deltaCursor!, limit: 5 });
      expect(next.supported).toBe(true);
    } else {
      expect(delta.status).toBe(501);
    }
  });

  it('catalog: every kind listed, annotations parsed, annotation lines stripped', async () => {
    const catalog = await ctx.client().catalog.list();
    const kinds = new Set(catalog.items.map((i) => i.kind));
    expect([...kinds].sort()).toEqual(['agent', 'model', 'tool', 'workflow']);
    for (const item of catalog.items) {
      expect(item.key).toBe(`${item.kind}:${item.id}`);
      expect(item.description).not.toMatch(/^\s*paddock:/im);
    }
    expect(catalog.items.some((i) => i.annotations.owner !== undefined)).toBe(true);
    expect(new Set(catalog.items.map((i) => i.key)).size).toBe(catalog.items.length);
  });
}
