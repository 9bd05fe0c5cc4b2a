import { describe, expect, it } from 'vitest';
import { createEmptyDraft } from './agent-draft.js';
import type { DraftCatalog } from './agent-draft-validation.js';
import {
  decideEditing,
  decideModel,
  reviewBlocker,
  testRefusal,
  type EditingInput,
} from './composer-controller.js';

const writer: EditingInput['write'] = { allowed: true, status: 'ready', missing: false };
const base = { readOnly: false, write: writer, authorOverride: false, user: { id: 'u-1' }, record: null };

describe('decideEditing', () => {
  it('lets the author edit, and nobody else: an admin role is no bypass, only a grant is', () => {
    expect(decideEditing({ ...base, record: { authorId: 'u-1' } })).toEqual({
      readOnly: false,
      reason: null,
      permissionsPending: false,
    });
    expect(decideEditing({ ...base, record: { authorId: 'u-2' } })).toMatchObject({
      readOnly: true,
      reason: 'not-author',
    });
    expect(decideEditing({ ...base, record: { authorId: 'u-2' }, authorOverride: true }).readOnly).toBe(
      false,
    );
  });

  it('tells a missing permission from signed out and from permissions not known yet', () => {
    const no = (write: typeof writer) => decideEditing({ ...base, write });
    expect(no({ allowed: false, status: 'ready', missing: true }).reason).toBe('no-write');
    expect(no({ allowed: false, status: 'ready', missing: false }).reason).toBe('signed-out');
    expect(no({ allowed: false, status: 'error', missing: false }).reason).toBe('permissions-unknown');
    expect(no({ allowed: false, status: 'pending', missing: false })).toMatchObject({
      readOnly: true,
      permissionsPending: true,
    });
    expect(decideEditing({ ...base, readOnly: true })).toMatchObject({ readOnly: true, reason: 'host' });
  });
});

describe('decideModel', () => {
  const model = (modelId: string, available = true, isDefault = false) => ({
    kind: 'model',
    id: `mock/${modelId}`,
    available,
    model: { provider: 'mock', modelId, isDefault },
  });
  const catalog = (items: DraftCatalog['items'], policy: Partial<DraftCatalog['modelPolicy']> = {}) => ({
    items,
    modelPolicy: { active: true, pickerVisible: true, ...policy },
  });

  it('takes the policy default, else the catalog default; pins a policy with one available model', () => {
    const two = decideModel({
      catalog: catalog([model('a'), model('b', true, true)]),
      features: {},
      locks: {},
    });
    expect(two).toMatchObject({ defaultModel: { provider: 'mock', modelId: 'b' }, lock: null });
    expect(two.options.map((option) => option.key)).toEqual(['mock/a', 'mock/b']);
    const pinned = decideModel({
      catalog: catalog([model('a'), model('b', false)], { default: { provider: 'mock', modelId: 'a' } }),
      features: {},
      locks: {},
    });
    expect(pinned).toMatchObject({ defaultModel: { provider: 'mock', modelId: 'a' }, lock: 'pinned' });
  });

  it('locks the model when the server hides the picker or the agent has model variants', () => {
    expect(decideModel({ catalog: catalog([model('a')]), features: { model: false }, locks: {} }).lock).toBe(
      'hidden',
    );
    expect(
      decideModel({ catalog: catalog([model('a')], { pickerVisible: false }), features: {}, locks: {} }).lock,
    ).toBe('hidden');
    expect(
      decideModel({ catalog: catalog([model('a')]), features: {}, locks: { model: 'conditional' } }).lock,
    ).toBe('conditional');
  });
});

describe('reviewBlocker and testRefusal', () => {
  const state = {
    conflict: null,
    issues: [],
    agentId: 'a',
    dirtyFields: [],
    status: 'saved' as const,
    hold: null,
  };

  it('lets review start only for a saved, valid draft without a conflict', () => {
    expect(reviewBlocker(state)).toBeNull();
    expect(reviewBlocker({ ...state, agentId: null })).toBe('unsaved');
    expect(reviewBlocker({ ...state, dirtyFields: ['name'] })).toBe('unsaved');
    expect(reviewBlocker({ ...state, issues: [{ field: 'name', code: 'required' }] })).toBe('invalid');
    const conflict = {
      base: createEmptyDraft(),
      mine: createEmptyDraft(),
      theirs: createEmptyDraft(),
      theirsVersionId: null,
      fields: [],
    };
    expect(reviewBlocker({ ...state, conflict })).toBe('conflict');
  });

  it('refuses a test run exactly when the allow-lists refuse saving', () => {
    expect(testRefusal(state)).toBeNull();
    // A required field blocks saving, but not running the version already saved.
    expect(testRefusal({ ...state, issues: [{ field: 'name', code: 'required' }] })).toBeNull();
    const refused = { field: 'tools' as const, code: 'not-allowed' as const, id: 'x', reason: 'unknown' };
    expect(testRefusal({ ...state, issues: [refused] })).toEqual({ issue: refused });
    expect(testRefusal({ ...state, hold: 'allow-lists-failed' })).toEqual({ hold: 'allow-lists-failed' });
  });
});
