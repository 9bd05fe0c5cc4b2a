import { describe, expect, it } from 'vitest';
import { createEmptyDraft } from './agent-draft.js';
import {
  allowListHold,
  bindingRefusal,
  modelRefusal,
  screenChanges,
  validateDraft,
  type DraftCatalog,
} from './agent-draft-validation.js';

const catalog: DraftCatalog = {
  items: [
    { kind: 'tool', id: 'crm-lookup-tool', available: true },
    { kind: 'tool', id: 'pricing-approval-tool', available: false, unavailableReason: 'not-allow-listed' },
    { kind: 'agent', id: 'support-triage-agent', available: true },
    {
      kind: 'workflow',
      id: 'pricing-review-workflow',
      available: false,
      unavailableReason: 'not-allow-listed',
    },
    {
      kind: 'model',
      id: 'mock/deterministic-v1',
      available: true,
      model: { provider: 'mock', modelId: 'deterministic-v1', isDefault: true },
    },
    {
      kind: 'model',
      id: 'openai/gpt-x',
      available: false,
      unavailableReason: 'provider-disconnected',
      model: { provider: 'openai', modelId: 'gpt-x' },
    },
  ],
  modelPolicy: {
    active: true,
    pickerVisible: true,
    default: { provider: 'mock', modelId: 'deterministic-v1' },
  },
};

describe('allow-list checks', () => {
  it('refuses bindings outside the allow-lists with the catalog reason', () => {
    expect(bindingRefusal(catalog, 'tools', 'crm-lookup-tool')).toBeNull();
    expect(bindingRefusal(catalog, 'tools', 'pricing-approval-tool')).toBe('not-allow-listed');
    expect(bindingRefusal(catalog, 'workflows', 'pricing-review-workflow')).toBe('not-allow-listed');
    expect(bindingRefusal(catalog, 'tools', 'made-up-tool')).toBe('unknown');
    // An id of the wrong kind is not a match.
    expect(bindingRefusal(catalog, 'tools', 'support-triage-agent')).toBe('unknown');
  });

  it('refuses models outside the policy, and says why', () => {
    expect(modelRefusal(catalog, { provider: 'mock', name: 'deterministic-v1' })).toBeNull();
    expect(modelRefusal(catalog, { provider: 'openai', name: 'gpt-x' })).toBe('provider-disconnected');
    expect(modelRefusal(catalog, { provider: 'other', name: 'm' })).toBe('model-policy');
    expect(
      modelRefusal(
        { ...catalog, modelPolicy: { active: false, pickerVisible: true } },
        { provider: 'other', name: 'm' },
      ),
    ).toBeNull();
  });

  it('screens changes: allowed ones pass, refused ones carry the id and reason', () => {
    const { accepted, refused } = screenChanges(
      [
        { type: 'add-binding', kind: 'tools', id: 'crm-lookup-tool' },
        { type: 'add-binding', kind: 'tools', id: 'pricing-approval-tool' },
        { type: 'set-bindings', kind: 'workflows', ids: ['pricing-review-workflow'] },
        { type: 'set', field: 'model', value: { provider: 'openai', name: 'gpt-x' } },
        { type: 'set', field: 'name', value: 'x' },
        { type: 'remove-binding', kind: 'tools', id: 'pricing-approval-tool' },
      ],
      catalog,
    );
    expect(accepted.map((c) => c.type)).toEqual(['add-binding', 'set', 'remove-binding']);
    expect(refused.map(({ id, reason }) => ({ id, reason }))).toEqual([
      { id: 'pricing-approval-tool', reason: 'not-allow-listed' },
      { id: 'pricing-review-workflow', reason: 'not-allow-listed' },
      { id: 'openai/gpt-x', reason: 'provider-disconnected' },
    ]);
  });

  it('lets edits through until the catalog has loaded (saving is held by allowListHold meanwhile)', () => {
    expect(screenChanges([{ type: 'add-binding', kind: 'tools', id: 'x' }], null).refused).toEqual([]);
  });

  it('holds saving a draft with bindings or a model until the allow-lists are known', () => {
    const bound = createEmptyDraft({ tools: ['x'] });
    const withModel = createEmptyDraft({ model: { provider: 'mock', name: 'm' } });
    expect(allowListHold(bound, 'loading')).toBe('allow-lists-loading');
    expect(allowListHold(withModel, 'error')).toBe('allow-lists-failed');
    expect(allowListHold(bound, 'ready')).toBeNull();
    // Nothing to check against the allow-lists: no reason to wait for them.
    expect(allowListHold(createEmptyDraft({ name: 'n' }), 'loading')).toBeNull();
  });
});

describe('validateDraft', () => {
  it('requires a name and instructions', () => {
    expect(validateDraft(createEmptyDraft())).toEqual([
      { field: 'name', code: 'required' },
      { field: 'instructions', code: 'required' },
    ]);
  });

  it('flags bindings already on the draft that the allow-lists refuse', () => {
    const draft = createEmptyDraft({
      name: 'n',
      instructions: 'i',
      tools: ['crm-lookup-tool', 'pricing-approval-tool'],
    });
    expect(validateDraft(draft, { catalog })).toEqual([
      { field: 'tools', code: 'not-allowed', id: 'pricing-approval-tool', reason: 'not-allow-listed' },
    ]);
  });

  it('maps request-schema issues onto draft fields', () => {
    const schema = {
      safeParse: () => ({
        success: false as const,
        error: { issues: [{ path: ['metadata', 'team'], message: 'Too long' }] },
      }),
    };
    expect(validateDraft(createEmptyDraft({ name: 'n', instructions: 'i' }), { schema, body: {} })).toEqual([
      { field: 'team', code: 'schema', message: 'Too long' },
    ]);
  });

  it('reports names over the limit', () => {
    const issues = validateDraft(createEmptyDraft({ name: 'x'.repeat(201), instructions: 'i' }));
    expect(issues).toEqual([{ field: 'name', code: 'too-long', max: 200 }]);
  });
});
