import { describe, expect, it } from 'vitest';
import { RequestValidationError, ResponseValidationError, ToolExecutionError } from '../core/errors.js';
import { routeClient, superjson } from '../testing/routes.js';

const schema = { type: 'object', properties: { id: { type: 'string' } } };

describe('tools', () => {
  it('list and retrieve decode superjson schemas; plain or broken schemas are tolerated', async () => {
    const { client } = routeClient({
      'GET /api/tools': {
        a: {
          id: 'a',
          description: 'A',
          inputSchema: superjson(schema),
          outputSchema: JSON.stringify(schema),
        },
        b: { id: 'b', inputSchema: '{not json' },
      },
      'GET /api/tools/a': { id: 'a', inputSchema: superjson(schema), requireApproval: true },
    });
    const tools = await client.tools.list();
    expect(tools['a']?.inputSchema).toEqual(schema);
    expect(tools['a']?.outputSchema).toEqual(schema);
    expect(tools['b']?.inputSchema).toBeUndefined();
    expect((await client.tools.retrieve('a')).requireApproval).toBe(true);
  });

  it('execute sends data, requestContext and runId', async () => {
    const { client, last } = routeClient({ 'POST /api/tools/a/execute': { ok: true } });
    expect(
      await client.tools.execute('a', { data: { id: '1' }, requestContext: { t: 1 }, runId: 'r1' }),
    ).toEqual({
      ok: true,
    });
    expect(last().body).toEqual({ data: { id: '1' }, requestContext: { t: 1 } });
    expect(last().url.searchParams.get('runId')).toBe('r1');
  });

  it('execute raises ToolExecutionError for the HTTP 200 validation body', async () => {
    const { client } = routeClient({
      'POST /api/tools/a/execute': {
        error: true,
        message: 'Tool input validation failed',
        validationErrors: {},
      },
    });
    const error = await client.tools.execute('a', { data: {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ToolExecutionError);
    expect((error as ToolExecutionError).message).toBe('Tool input validation failed');
  });

  it('a tool result that merely has an `error` field that is not `true` is returned as is', async () => {
    const { client } = routeClient({ 'POST /api/tools/a/execute': { error: 'none', value: 1 } });
    expect(await client.tools.execute('a', { data: {} })).toEqual({ error: 'none', value: 1 });
  });

  it('a list that is not a record fails validation', async () => {
    const { client } = routeClient({ 'GET /api/tools': [1, 2] });
    await expect(client.tools.list()).rejects.toBeInstanceOf(ResponseValidationError);
  });

  it('list refuses an ill-typed request context before sending', async () => {
    const { client, fetch } = routeClient({ 'GET /api/tools': {} });
    const error = (await client.tools
      .list({ requestContext: 'tenant=acme' as never })
      .catch((e: unknown) => e)) as RequestValidationError;
    expect(error).toBeInstanceOf(RequestValidationError);
    expect(error.path).toBe('/tools');
    expect(error.issues[0]?.path).toEqual(['requestContext']);
    expect(fetch.calls).toHaveLength(0);
  });
});
