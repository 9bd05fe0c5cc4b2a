import { describe, expect, it } from 'vitest';
import { BadRequestError, ConflictError, RequestValidationError } from '../core/errors.js';
import { chunkedBody, collect, json } from '../testing/mock-fetch.js';
import { records, routeClient, superjson } from '../testing/routes.js';

const schema = { type: 'object', properties: { n: { type: 'number' } } };
const workflow = {
  name: 'wf',
  description: 'Does things',
  steps: { one: { id: 'one', inputSchema: superjson(schema) } },
  stepGraph: [{ type: 'step', step: { id: 'one' } }],
  inputSchema: superjson(schema),
};

/** The error a call rejects with (the test fails if it resolves). */
const rejection = (promise: Promise<unknown>) =>
  promise.then(
    () => expect.unreachable('the call should have been refused'),
    (error: unknown) => error as RequestValidationError,
  );

describe('workflows', () => {
  it('list and retrieve decode schemas', async () => {
    const { client } = routeClient({
      'GET /api/workflows': { wf: workflow },
      'GET /api/workflows/wf': workflow,
    });
    expect((await client.workflows.list())['wf']?.inputSchema).toEqual(schema);
    const wf = await client.workflows.retrieve('wf');
    expect(wf.steps['one']?.inputSchema).toEqual(schema);
    expect(wf.stepGraph[0]?.type).toBe('step');
  });

  it('createRun, start, startAndWait put runId in the query and the rest in the body', async () => {
    const { client, fetch } = routeClient({
      'POST /api/workflows/wf/create-run': { runId: 'r1' },
      'POST /api/workflows/wf/start': { message: 'started' },
      'POST /api/workflows/wf/start-async': { status: 'success', result: { n: 2 } },
    });
    expect(await client.workflows.createRun('wf', { runId: 'r1', resourceId: 'u' })).toEqual({ runId: 'r1' });
    expect(await client.workflows.start('wf', 'r1', { inputData: { n: 1 } })).toEqual({ message: 'started' });
    expect(await client.workflows.startAndWait('wf', { runId: 'r2', inputData: { n: 1 } })).toMatchObject({
      status: 'success',
    });
    expect(fetch.calls.map((c) => [c.url.search, c.body])).toEqual([
      ['?runId=r1', { resourceId: 'u' }],
      ['?runId=r1', { inputData: { n: 1 } }],
      ['?runId=r2', { inputData: { n: 1 } }],
    ]);
  });

  it('stream parses \\x1E records into typed events', async () => {
    const { client } = routeClient({
      'POST /api/workflows/wf/stream': records([
        { type: 'workflow-start', payload: { workflowId: 'wf' } },
        { type: 'workflow-step-result', payload: { id: 'one', status: 'success', output: 1 } },
        { type: 'workflow-finish', payload: { workflowStatus: 'success' } },
      ]),
    });
    const events = await (await client.workflows.stream('wf', 'r1', { inputData: {} })).toArray();
    const finish = events.at(-1);
    expect(finish?.type === 'workflow-finish' && finish.payload.workflowStatus).toBe('success');
  });

  it('resume, resumeAndWait, resumeStream, observe with offset, cancel', async () => {
    const { client, fetch } = routeClient({
      'POST /api/workflows/wf/resume': { message: 'ok' },
      'POST /api/workflows/wf/resume-async': { status: 'success' },
      'POST /api/workflows/wf/resume-stream': records([
        { type: 'workflow-finish', payload: { workflowStatus: 'success' } },
      ]),
      'POST /api/workflows/wf/observe': records([{ type: 'workflow-start', payload: {} }]),
      'POST /api/workflows/wf/runs/r%2F1/cancel': { message: 'canceled' },
    });
    await client.workflows.resume('wf', 'r1', { step: 's', resumeData: { ok: true } });
    await client.workflows.resumeAndWait('wf', 'r1', { step: 's' });
    await (await client.workflows.resumeStream('wf', 'r1', { step: 's' })).toArray();
    await (await client.workflows.observe('wf', 'r1', { offset: 4 })).toArray();
    expect(await client.workflows.cancel('wf', 'r/1')).toEqual({ message: 'canceled' });
    expect(fetch.calls[3]?.url.search).toBe('?runId=r1&offset=4');
    expect(fetch.calls[0]?.body).toEqual({ step: 's', resumeData: { ok: true } });
  });

  it('streamWithReconnect falls back to observe', async () => {
    let streamCalls = 0;
    const { client, fetch } = routeClient({
      'POST /api/workflows/wf/stream': () => {
        streamCalls++;
        return new Response(
          chunkedBody([new TextEncoder().encode('{"type":"workflow-start","payload":{}}\x1E')], {
            failAfter: true,
          }),
        );
      },
      'POST /api/workflows/wf/observe': records([
        { type: 'workflow-finish', payload: { workflowStatus: 'success' } },
      ]),
    });
    const types: string[] = [];
    for await (const e of client.workflows.streamWithReconnect('wf', 'r1')) types.push(e.type);
    expect(types).toEqual(['workflow-start', 'workflow-finish']);
    expect(streamCalls).toBe(1);
    expect(fetch.calls[1]?.url.searchParams.get('offset')).toBe('1');
  });

  it('observeWithReconnect follows a run from offset 0 and re-attaches at the delivered count', async () => {
    let observeCalls = 0;
    const { client, fetch } = routeClient({
      'POST /api/workflows/wf/observe': () => {
        observeCalls++;
        if (observeCalls === 1) {
          return new Response(
            chunkedBody([new TextEncoder().encode('{"type":"workflow-start","payload":{}}\x1E')], {
              failAfter: true,
            }),
          );
        }
        return records([{ type: 'workflow-finish', payload: { workflowStatus: 'success' } }]);
      },
    });
    const types = (await collect(client.workflows.observeWithReconnect('wf', 'r1'))).map((e) => e.type);
    expect(types).toEqual(['workflow-start', 'workflow-finish']);
    expect(fetch.calls.map((c) => c.url.searchParams.get('offset'))).toEqual(['0', '1']);
  });

  it('streamWithReconnect re-attaches when the stream ends without a finish, at the delivered count', async () => {
    const { client, fetch } = routeClient({
      'POST /api/workflows/wf/stream': () =>
        new Response('{"type":"workflow-start","payload":{}}\x1E{broken\x1E', {
          headers: { 'content-type': 'text/plain' },
        }),
      'POST /api/workflows/wf/observe': records([
        { type: 'workflow-step-start', payload: { id: 's' } },
        { type: 'workflow-finish', payload: { workflowStatus: 'success' } },
      ]),
    });
    const types = (await collect(client.workflows.streamWithReconnect('wf', 'r1'))).map((e) => e.type);
    expect(types).toEqual(['workflow-start', 'workflow-step-start', 'workflow-finish']);
    // One event was delivered: re-attach there (an unreadable record is read again, never skipped past).
    expect(fetch.calls[1]?.url.searchParams.get('offset')).toBe('1');
  });

  it('streamWithReconnect delivers every event once when observe sends records from N and then the run again from 0', async () => {
    const step = (type: string, id: string, extra: Record<string, unknown> = {}) => ({
      type,
      runId: 'r1',
      from: 'WORKFLOW',
      payload: { id, stepCallId: `call-${id}`, status: 'running', ...extra },
    });
    const log = [
      { type: 'workflow-start', runId: 'r1', from: 'WORKFLOW', payload: { workflowId: 'wf' } },
      step('workflow-step-start', 'a'),
      // Two identical records that really repeat (a step writing the same output twice) both count.
      { type: 'workflow-step-output', runId: 'r1', from: 'WORKFLOW', payload: { output: { n: 1 } } },
      { type: 'workflow-step-output', runId: 'r1', from: 'WORKFLOW', payload: { output: { n: 1 } } },
      step('workflow-step-result', 'a', { status: 'success' }),
      step('workflow-step-start', 'b'),
      step('workflow-step-result', 'b', { status: 'success' }),
      { type: 'workflow-finish', runId: 'r1', from: 'WORKFLOW', payload: { workflowStatus: 'success' } },
    ];
    const cut = (n: number) =>
      new Response(
        chunkedBody(
          [
            new TextEncoder().encode(
              log
                .slice(0, n)
                .map((e) => `${JSON.stringify(e)}\x1E`)
                .join(''),
            ),
          ],
          {
            failAfter: true,
          },
        ),
      );
    // Reorder keys in the replay: identity must not depend on key order.
    const shuffled = (e: Record<string, unknown>) => Object.fromEntries(Object.entries(e).reverse());
    const { client, fetch } = routeClient({
      'POST /api/workflows/wf/stream': () => cut(3),
      'POST /api/workflows/wf/observe': (req: { url: URL }) => {
        const offset = Number(req.url.searchParams.get('offset'));
        // The first re-attach: records from the offset up to 5, then the whole run again from 0, then cut.
        if (fetch.calls.length === 2)
          return new Response(
            chunkedBody(
              [
                new TextEncoder().encode(
                  [...log.slice(offset, 5), ...log.slice(0, 6).map(shuffled)]
                    .map((e) => `${JSON.stringify(e)}\x1E`)
                    .join(''),
                ),
              ],
              { failAfter: true },
            ),
          );
        return records([...log.slice(offset), ...log]);
      },
    });
    const events = await collect(client.workflows.streamWithReconnect('wf', 'r1'));
    expect(events.map((e) => JSON.stringify([e.type, (e.payload as { id?: string }).id]))).toEqual(
      log.map((e) => JSON.stringify([e.type, (e.payload as { id?: string }).id])),
    );
    expect(events).toHaveLength(log.length);
    expect(fetch.calls.map((c) => c.url.searchParams.get('offset'))).toEqual([null, '3', '6']);
  });

  it('records are typed by zod; a misfit finish is an UnknownChunk but still ends the stream', async () => {
    const { client, fetch } = routeClient({
      'POST /api/workflows/wf/stream': () =>
        records([
          { type: 'workflow-step-progress', payload: { id: 's', completedCount: 'one' } },
          { type: 'workflow-finish', payload: {} },
        ]),
    });
    const events = await collect(client.workflows.streamWithReconnect('wf', 'r1'));
    expect(events.map((e) => e.type === 'unknown' && e.originalType)).toEqual([
      'workflow-step-progress',
      'workflow-finish',
    ]);
    expect(fetch.calls).toHaveLength(1);
  });

  it('streamWithReconnect does not re-attach when the connection drops after the finish record', async () => {
    const { client, fetch } = routeClient({
      'POST /api/workflows/wf/stream': () =>
        new Response(
          chunkedBody(
            [
              new TextEncoder().encode(
                '{"type":"workflow-finish","payload":{"workflowStatus":"success"}}\x1E',
              ),
            ],
            { failAfter: true },
          ),
        ),
    });
    const events = await collect(client.workflows.streamWithReconnect('wf', 'r1'));
    expect(events.map((e) => e.type)).toEqual(['workflow-finish']);
    expect(fetch.calls).toHaveLength(1);
  });

  it('streamWithReconnect ends quietly after a finish, cancel or suspension', async () => {
    for (const last of ['workflow-finish', 'workflow-canceled', 'workflow-step-suspended']) {
      const { client, fetch } = routeClient({
        'POST /api/workflows/wf/stream': () =>
          records([
            { type: 'workflow-start', payload: {} },
            { type: last, payload: { id: 's', workflowStatus: 'success' } },
          ]),
      });
      const types = (await collect(client.workflows.streamWithReconnect('wf', 'r1'))).map((e) => e.type);
      expect(types).toEqual(['workflow-start', last]);
      expect(fetch.calls).toHaveLength(1);
    }
  });

  it('an optional date sent as null becomes undefined, never 1970', async () => {
    const { client } = routeClient({
      'GET /api/workflows/wf/runs': {
        runs: [
          {
            runId: 'r1',
            workflowName: 'wf',
            snapshot: '{}',
            createdAt: null,
            updatedAt: '2026-01-01T00:00:00Z',
          },
        ],
        total: 1,
      },
    });
    const run = (await client.workflows.listRuns('wf')).runs[0];
    expect(run?.createdAt).toBeUndefined();
    expect(run?.updatedAt).toEqual(new Date('2026-01-01T00:00:00Z'));
  });

  it('listRuns, retrieveRun, deleteRun, runCounts', async () => {
    const { client, last } = routeClient({
      'GET /api/workflows/wf/runs': {
        runs: [
          {
            runId: 'r1',
            workflowName: 'wf',
            snapshot: '{"status":"success"}',
            createdAt: '2026-01-01T00:00:00Z',
          },
        ],
        total: 1,
      },
      'GET /api/workflows/wf/runs/r1': {
        runId: 'r1',
        status: 'success',
        steps: { one: { status: 'success' } },
      },
      'DELETE /api/workflows/wf/runs/r1': { message: 'deleted' },
      'GET /api/workflows/run-counts': { wf: { running: 1, suspended: 0 } },
    });
    const runs = await client.workflows.listRuns('wf', { perPage: 5, status: 'success' });
    expect(runs.runs[0]?.createdAt).toBeInstanceOf(Date);
    expect(last().url.search).toBe('?perPage=5&status=success');
    expect((await client.workflows.retrieveRun('wf', 'r1', { fields: ['result', 'steps'] })).status).toBe(
      'success',
    );
    expect(last().url.searchParams.get('fields')).toBe('result,steps');
    expect(await client.workflows.deleteRun('wf', 'r1')).toEqual({ message: 'deleted' });
    expect((await client.workflows.runCounts())['wf']?.running).toBe(1);
  });

  it('maps 400 input errors and 409 resume races', async () => {
    const { client } = routeClient({
      'POST /api/workflows/wf/start-async': () => json({ error: 'Invalid input data' }, 400),
      'POST /api/workflows/wf/resume-async': () => json({ error: 'WORKFLOW_RESUME_ALREADY_CLAIMED' }, 409),
    });
    await expect(client.workflows.startAndWait('wf')).rejects.toBeInstanceOf(BadRequestError);
    await expect(client.workflows.resumeAndWait('wf', 'r', {})).rejects.toBeInstanceOf(ConflictError);
  });

  it('refuses ill-typed params with RequestValidationError naming the field, before sending', async () => {
    const { client, fetch, last } = routeClient({
      'GET /api/workflows/wf/runs': { runs: [], total: 0 },
      'POST /api/workflows/wf/start': { message: 'started' },
    });
    const page = await rejection(client.workflows.listRuns('wf', { page: -1, perPage: 0 }));
    expect(page).toBeInstanceOf(RequestValidationError);
    expect(page.path).toBe('/workflows/wf/runs');
    expect(page.issues.map((issue) => issue.path[0]).sort()).toEqual(['page', 'perPage']);
    const step = await rejection(client.workflows.resume('wf', 'r1', { step: 3 as never }));
    expect(step.path).toBe('/workflows/wf/resume');
    expect(step.issues[0]?.path).toEqual(['step']);
    const fields = await rejection(client.workflows.retrieveRun('wf', 'r1', { fields: 'result' as never }));
    expect(fields.issues[0]?.path).toEqual(['fields']);
    const perStep = await rejection(client.workflows.start('wf', 'r1', { perStep: 'yes' as never }));
    expect(perStep.issues[0]?.path).toEqual(['perStep']);
    expect(fetch.calls).toHaveLength(0);

    await client.workflows.listRuns('wf', { page: 0, perPage: 1 });
    expect(last().url.search).toBe('?page=0&perPage=1');
    await client.workflows.start('wf', 'r1', { inputData: { a: 1 }, newServerOption: true });
    expect(last().body).toEqual({ inputData: { a: 1 }, newServerOption: true });
  });

  it('list, createRun and observe validate their params too', async () => {
    const { client, fetch, last } = routeClient({
      'GET /api/workflows': {},
      'POST /api/workflows/wf/create-run': { runId: 'r9' },
    });
    const partial = await rejection(client.workflows.list({ partial: 'yes' as never }));
    expect(partial.path).toBe('/workflows');
    expect(partial.issues[0]?.path).toEqual(['partial']);
    const runId = await rejection(client.workflows.createRun('wf', { runId: 9 as never }));
    expect(runId.path).toBe('/workflows/wf/create-run');
    expect(runId.issues[0]?.path).toEqual(['runId']);
    const offset = await rejection(client.workflows.observe('wf', 'r1', { offset: 1.5 }));
    expect(offset.path).toBe('/workflows/wf/observe');
    expect(offset.issues[0]?.path).toEqual(['offset']);
    expect(fetch.calls).toHaveLength(0);

    await client.workflows.createRun('wf', { runId: 'r9', resourceId: 'u1' });
    expect(last().url.search).toBe('?runId=r9');
    expect(last().body).toEqual({ resourceId: 'u1' });
  });
});
