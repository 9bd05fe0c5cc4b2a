// Table tests of the deterministic model's plan, a pure function: no server is started. They live in the
// `integration` Vitest project only because that is the Node project that covers playground/server.
import { describe, expect, it } from 'vitest';
import { planResponse } from './model.js';

type CallOptions = Parameters<typeof planResponse>[0];
type Message = CallOptions['prompt'][number];

const user = (text: string): Message => ({ role: 'user', content: [{ type: 'text', text }] });

function options(messages: Message[], toolNames: string[] = []): CallOptions {
  return {
    prompt: messages,
    tools: toolNames.map((name) => ({
      type: 'function' as const,
      name,
      description: `${name} description`,
      inputSchema: { type: 'object' as const },
    })),
  } as CallOptions;
}

const DEMO_TOOLS = [
  'crm-lookup-tool',
  'ticket-search-tool',
  'customer-summary-tool',
  'slack-notify-tool',
  'refund-issue-tool',
];

describe('planResponse', () => {
  it('echoes plain text, naming the model', () => {
    expect(planResponse(options([user('Hello there')]), 'deterministic-v2')).toEqual({
      kind: 'text',
      text: 'MOCK[deterministic-v2]: You said "Hello there".',
      slow: false,
    });
  });

  it('fails on [fail], before anything else is considered', () => {
    expect(planResponse(options([user('use tool crm-lookup-tool with {} [fail]')], DEMO_TOOLS), 'm')).toEqual(
      {
        kind: 'error',
        message: 'MOCK[m]: simulated model failure requested by "[fail]".',
      },
    );
  });

  it('marks [slow] answers and leaves the marker out of the echo', () => {
    expect(planResponse(options([user('one two [slow]')]), 'm')).toEqual({
      kind: 'text',
      text: 'MOCK[m]: You said "one two".',
      slow: true,
    });
  });

  it.each([
    ['Look up customer C-1002', 'crm-lookup-tool', { customerId: 'C-1002' }],
    ['Give me a summary of customer c-1003', 'customer-summary-tool', { customerId: 'C-1003' }],
    ['Search tickets about login', 'ticket-search-tool', { query: 'Search tickets about login', limit: 3 }],
    [
      'Please notify the team',
      'slack-notify-tool',
      { channel: '#support', message: 'Please notify the team' },
    ],
    [
      'Refund 30 EUR to C-1001',
      'refund-issue-tool',
      { customerId: 'C-1001', amount: 30, reason: 'Refund 30 EUR to C-1001' },
    ],
  ])('infers the demo tool from "%s"', (prompt, toolName, input) => {
    expect(planResponse(options([user(prompt)], DEMO_TOOLS), 'm')).toEqual({
      kind: 'tool-call',
      toolCallId: `call_${toolName.split('-')[0]}_1`,
      toolName,
      input,
      slow: false,
    });
  });

  it('does not call a tool that is not offered, even when the words ask for it', () => {
    expect(
      planResponse(options([user('Look up customer C-1002')], ['ticket-search-tool']), 'm'),
    ).toMatchObject({
      kind: 'text',
    });
  });

  it('follows the scripting hook for an offered tool, and refuses it otherwise', () => {
    const offered = planResponse(
      options([user('use tool my-client-tool with {"a":[1,2]}')], ['my-client-tool']),
      'm',
    );
    expect(offered).toMatchObject({ kind: 'tool-call', toolName: 'my-client-tool', input: { a: [1, 2] } });
    expect(planResponse(options([user('use tool my-client-tool with {"a":1}')]), 'm')).toEqual({
      kind: 'text',
      text: 'MOCK[m]: tool "my-client-tool" is not available to me.',
      slow: false,
    });
    expect(
      planResponse(options([user('use tool my-client-tool with {oops}')], ['my-client-tool']), 'm'),
    ).toEqual({
      kind: 'text',
      text: 'MOCK[m]: could not parse the JSON for "use tool my-client-tool".',
      slow: false,
    });
  });

  it('summarises a tool result instead of calling the tool again', () => {
    const toolResult: Message = {
      role: 'tool',
      content: [
        {
          type: 'tool-result',
          toolCallId: 'call_crm_1',
          toolName: 'crm-lookup-tool',
          output: { type: 'json', value: { name: 'Acme' } },
        },
      ],
    } as Message;
    expect(planResponse(options([user('Look up customer C-1001'), toolResult], DEMO_TOOLS), 'm')).toEqual({
      kind: 'text',
      text: 'Tool results received. crm-lookup-tool -> {"name":"Acme"}',
      slow: false,
    });
  });

  it('is a pure function: the same input gives the same plan', () => {
    const input = options([user('Search tickets about invoices [slow]')], DEMO_TOOLS);
    expect(planResponse(input, 'm')).toEqual(planResponse(input, 'm'));
  });
});
