import { describe, expect, it } from 'vitest';
import {
  applyDraftChanges,
  createEmptyDraft,
  describeChange,
  diffDrafts,
  draftFromStoredAgent,
  estimateTokens,
  toCreateBody,
  toUpdateBody,
  type DraftChange,
} from './agent-draft.js';

describe('applyDraftChanges', () => {
  it('applies every kind of change in order without mutating the input', () => {
    const draft = createEmptyDraft();
    const frozen = JSON.stringify(draft);
    const changes: DraftChange[] = [
      { type: 'set', field: 'name', value: 'Support bot' },
      { type: 'set', field: 'model', value: { provider: 'mock', name: 'deterministic-v1' } },
      { type: 'add-binding', kind: 'tools', id: 'crm-lookup-tool' },
      { type: 'add-binding', kind: 'tools', id: 'ticket-search-tool' },
      { type: 'remove-binding', kind: 'tools', id: 'crm-lookup-tool' },
      { type: 'set-bindings', kind: 'agents', ids: ['a', 'b', 'a'] },
      { type: 'memory', value: { enabled: true, lastMessages: 5 } },
      { type: 'set', field: 'visibility', value: 'public' },
      { type: 'set', field: 'team', value: 'Support' },
    ];
    const next = applyDraftChanges(draft, changes);
    expect(JSON.stringify(draft)).toBe(frozen);
    expect(next).toMatchObject({
      name: 'Support bot',
      model: { provider: 'mock', name: 'deterministic-v1' },
      tools: ['ticket-search-tool'],
      agents: ['a', 'b'],
      memory: { enabled: true, lastMessages: 5, semanticRecall: false },
      visibility: 'public',
      team: 'Support',
    });
  });

  it('returns the same object when nothing changes, so callers can compare by identity', () => {
    const draft = createEmptyDraft({ tools: ['x'] });
    expect(applyDraftChanges(draft, [{ type: 'add-binding', kind: 'tools', id: 'x' }])).toBe(draft);
    expect(applyDraftChanges(draft, [{ type: 'remove-binding', kind: 'agents', id: 'y' }])).toBe(draft);
    expect(applyDraftChanges(draft, [{ type: 'set', field: 'name', value: '' }])).toBe(draft);
  });

  it('replace swaps the whole draft', () => {
    const other = createEmptyDraft({ name: 'Other' });
    expect(applyDraftChanges(createEmptyDraft(), [{ type: 'replace', draft: other }])).toBe(other);
  });
});

describe('diffDrafts', () => {
  it('reports changed fields and treats bindings as sets', () => {
    const a = createEmptyDraft({ tools: ['x', 'y'], name: 'A' });
    expect(diffDrafts(a, { ...a, tools: ['y', 'x'] })).toEqual([]);
    expect(diffDrafts(a, { ...a, name: 'B', memory: { ...a.memory, enabled: true } })).toEqual([
      'name',
      'memory',
    ]);
  });
});

describe('draftFromStoredAgent', () => {
  it('reads the wire record into a draft', () => {
    const { draft, locks } = draftFromStoredAgent({
      id: 'escalation-assistant',
      name: 'Escalation assistant',
      description: 'Escalates',
      instructions: 'Be brief.',
      model: { provider: 'mock', name: 'deterministic-v2', temperature: 0 },
      tools: { 'crm-lookup-tool': {}, 'ticket-search-tool': { description: 'custom' } },
      agents: {},
      memory: { options: { lastMessages: 4, semanticRecall: true } },
      visibility: 'public',
      metadata: { team: 'Support' },
    });
    expect(locks).toEqual({});
    expect(draft).toEqual({
      name: 'Escalation assistant',
      description: 'Escalates',
      instructions: 'Be brief.',
      model: { provider: 'mock', name: 'deterministic-v2' },
      tools: ['crm-lookup-tool', 'ticket-search-tool'],
      agents: [],
      workflows: [],
      memory: { enabled: true, lastMessages: 4, semanticRecall: true, generateTitle: false },
      visibility: 'public',
      team: 'Support',
    });
  });

  it('locks fields the composer cannot represent instead of flattening them silently', () => {
    const { draft, locks } = draftFromStoredAgent({
      id: 'x',
      instructions: [
        { type: 'text', content: 'One' },
        { type: 'prompt_block_ref', id: 'shared' },
      ],
      tools: [{ value: { a: {} } }, { value: { b: {} } }],
      model: [{ value: { provider: 'p', name: 'n' } }],
    });
    expect(locks).toEqual({ instructions: 'instruction-blocks', tools: 'conditional', model: 'conditional' });
    expect(draft.instructions).toBe('One');
    expect(draft.tools).toEqual(['a', 'b']);
    expect(draft.model).toBeNull();
    expect(draft.visibility).toBe('private');
  });
});

describe('wire bodies', () => {
  const draft = createEmptyDraft({
    name: '  Support bot ',
    instructions: 'Help.',
    model: { provider: 'mock', name: 'deterministic-v1' },
    tools: ['crm-lookup-tool'],
    team: 'Support',
  });

  it('create never publishes and carries a change message', () => {
    const body = toCreateBody(draft, 'Draft created');
    expect(body).toMatchObject({
      autoPublish: false,
      changeMessage: 'Draft created',
      name: 'Support bot',
      instructions: 'Help.',
      model: { provider: 'mock', name: 'deterministic-v1' },
      tools: { 'crm-lookup-tool': {} },
      agents: {},
      workflows: {},
      visibility: 'private',
      metadata: { team: 'Support' },
    });
    expect(body).not.toHaveProperty('memory');
  });

  it('update sends only the changed fields, never publishes, and keeps per-entry overrides', () => {
    const base = { ...draft, tools: ['crm-lookup-tool'] };
    const next = {
      ...base,
      tools: ['crm-lookup-tool', 'ticket-search-tool'],
      memory: { ...base.memory, enabled: true },
    };
    const body = toUpdateBody(next, base, 'Draft saved: tools, memory', {
      id: 'x',
      tools: { 'crm-lookup-tool': { description: 'kept' } },
    });
    expect(body).toEqual({
      autoPublish: false,
      changeMessage: 'Draft saved: tools, memory',
      tools: { 'crm-lookup-tool': { description: 'kept' }, 'ticket-search-tool': {} },
      memory: { options: { lastMessages: 10, semanticRecall: false, generateTitle: false } },
    });
    expect(toUpdateBody({ ...base, memory: { ...base.memory, enabled: false } }, next, 'm')).toMatchObject({
      memory: null,
    });
  });

  it('describes a change by the fields it touched, within the server limit', () => {
    expect(describeChange(['name', 'tools'])).toBe('Draft saved: name, tools');
    expect(describeChange([])).toBe('Draft saved');
  });
});

describe('estimateTokens', () => {
  it('is zero for blank text and grows with length', () => {
    expect(estimateTokens('   ')).toBe(0);
    expect(estimateTokens('a b c')).toBe(3);
    expect(estimateTokens('x'.repeat(400))).toBe(100);
  });
});
