import { describe, expect, it } from 'vitest';
import { diffAgentVersions, instructionsText, modelLabel, stableStringify } from './version-diff.js';

const active = {
  name: 'Escalation Assistant',
  description: 'Helps leads escalate.',
  instructions: 'Look up the ticket and recommend escalate or not.',
  model: { provider: 'mock', name: 'deterministic-v1' },
  tools: { 'ticket-search-tool': {}, 'crm-lookup-tool': {} },
  agents: { 'support-triage-agent': {} },
  memory: { options: { lastMessages: 10 } },
};

describe('diffAgentVersions', () => {
  it('reports added, removed and changed bindings with the facts the catalog gives', () => {
    const candidate = {
      ...active,
      tools: { 'ticket-search-tool': { description: 'Search only open tickets' }, 'refund-issue-tool': {} },
    };
    const diff = diffAgentVersions(active, candidate, {
      facts: (kind, id) => (kind === 'tool' && id === 'refund-issue-tool' ? { risk: 'high' } : undefined),
    });
    expect(diff.bindings).toEqual([
      { kind: 'tool', id: 'crm-lookup-tool', change: 'removed', before: {}, facts: {} },
      { kind: 'tool', id: 'refund-issue-tool', change: 'added', after: {}, facts: { risk: 'high' } },
      {
        kind: 'tool',
        id: 'ticket-search-tool',
        change: 'changed',
        before: {},
        after: { description: 'Search only open tickets' },
        facts: {},
      },
    ]);
    expect(diff.changed).toBe(true);
  });

  it('diffs instructions word by word and keeps every character of both sides', () => {
    const candidate = {
      ...active,
      instructions: 'Look up the ticket and the customer, then recommend escalate or not.',
    };
    const diff = diffAgentVersions(active, candidate);
    expect(diff.instructions.mode).toBe('words');
    const before = diff.instructions.parts
      .filter((p) => !p.added)
      .map((p) => p.value)
      .join('');
    const after = diff.instructions.parts
      .filter((p) => !p.removed)
      .map((p) => p.value)
      .join('');
    expect(before).toBe(active.instructions);
    expect(after).toBe(candidate.instructions);
    expect(diff.instructions.parts.some((p) => p.added && p.value.includes('customer'))).toBe(true);
  });

  it('switches to a line diff for long prompts', () => {
    const long = Array.from({ length: 50 }, (_, i) => `Rule ${i}\n`).join('');
    const diff = diffAgentVersions({ instructions: long }, { instructions: `${long}Rule 50\n` });
    expect(diff.instructions.mode).toBe('lines');
    expect(diff.instructions.parts.filter((p) => p.added).map((p) => p.value.trim())).toEqual(['Rule 50']);
  });

  it('reports model, memory, sharing, owner and metadata changes', () => {
    const diff = diffAgentVersions(
      { ...active, visibility: 'private', authorId: 'u-a', metadata: { contact: '#a' } },
      {
        ...active,
        model: { provider: 'mock', name: 'deterministic-v2' },
        memory: { options: { lastMessages: 20 } },
        visibility: 'public',
        authorId: 'u-b',
        metadata: { contact: '#b', owner: 'Ops' },
      },
    );
    expect(diff.model).toEqual({
      changed: true,
      before: 'mock/deterministic-v1',
      after: 'mock/deterministic-v2',
    });
    expect(diff.memory.changed).toBe(true);
    expect(diff.fields.map((f) => f.field)).toEqual([
      'visibility',
      'owner',
      'metadata.contact',
      'metadata.owner',
    ]);
  });

  it('finds nothing between equal configs whatever their key order', () => {
    const reordered = {
      tools: { 'crm-lookup-tool': {}, 'ticket-search-tool': {} },
      memory: { options: { lastMessages: 10 } },
      model: { name: 'deterministic-v1', provider: 'mock' },
      instructions: active.instructions,
      agents: active.agents,
      description: active.description,
      name: active.name,
    };
    expect(diffAgentVersions(active, reordered).changed).toBe(false);
  });

  it('treats everything as added when nothing is published', () => {
    const diff = diffAgentVersions(undefined, active);
    expect(diff.bindings.every((b) => b.change === 'added')).toBe(true);
    expect(diff.model.before).toBeUndefined();
  });

  it('counts every variant of a conditional binding map', () => {
    const diff = diffAgentVersions(
      { tools: {} },
      { tools: [{ value: { 'a-tool': {} } }, { value: { 'b-tool': {} }, rules: {} }] },
    );
    expect(diff.bindings.map((b) => b.id)).toEqual(['a-tool', 'b-tool']);
  });
});

describe('helpers', () => {
  it('renders instruction blocks as text and names prompt-block references', () => {
    expect(
      instructionsText([
        { type: 'text', content: 'Hello' },
        { type: 'prompt_block_ref', id: 'tone' },
      ]),
    ).toBe('Hello\n\n{{prompt-block:tone}}');
  });
  it('labels models and sorts keys in stable JSON', () => {
    expect(modelLabel({ provider: 'openai', name: 'gpt-x' })).toBe('openai/gpt-x');
    expect(modelLabel(undefined)).toBeUndefined();
    expect(stableStringify({ b: 1, a: [1, { d: 2, c: 3 }] })).toBe('{"a":[1,{"c":3,"d":2}],"b":1}');
  });
});
