import { describe, expect, it } from 'vitest';
import { createEmptyDraft } from './agent-draft.js';
import { compareDrafts, defaultChoices, mergeDrafts, mergeIdLists, unresolvedFields } from './draft-merge.js';

const base = createEmptyDraft({
  name: 'Bot',
  instructions: 'Be kind.',
  tools: ['a', 'b'],
  team: 'Support',
});

describe('compareDrafts', () => {
  it('classifies each field by who changed it', () => {
    const mine = { ...base, name: 'Bot (mine)', instructions: 'Be brief.', team: 'Ops' };
    const theirs = { ...base, name: 'Bot (theirs)', description: 'Added by them', team: 'Ops' };
    const conflict = compareDrafts(base, mine, theirs, 'v3');
    expect(conflict.theirsVersionId).toBe('v3');
    expect(conflict.fields.map(({ field, kind }) => [field, kind])).toEqual([
      ['name', 'both'],
      ['description', 'theirs'],
      ['instructions', 'mine'],
      ['team', 'same'],
    ]);
    expect(unresolvedFields(conflict)).toEqual(['name']);
  });
});

describe('mergeDrafts', () => {
  const mine = { ...base, name: 'Mine', instructions: 'Be brief.', tools: ['a', 'b', 'c'] };
  const theirs = { ...base, name: 'Theirs', description: 'Theirs', tools: ['b', 'd'] };
  const conflict = compareDrafts(base, mine, theirs, 'v2');

  it('keeps both sides one-sided edits by default, and merges binding sets', () => {
    expect(defaultChoices(conflict)).toEqual({
      name: 'mine',
      description: 'theirs',
      instructions: 'mine',
      tools: 'both',
    });
    expect(mergeDrafts(conflict)).toMatchObject({
      name: 'Mine',
      description: 'Theirs',
      instructions: 'Be brief.',
      tools: ['b', 'd', 'c'],
    });
  });

  it('follows explicit choices per field', () => {
    expect(mergeDrafts(conflict, { name: 'theirs', tools: 'mine', instructions: 'theirs' })).toMatchObject({
      name: 'Theirs',
      description: 'Theirs',
      instructions: 'Be kind.',
      tools: ['a', 'b', 'c'],
    });
  });

  it('merges id lists: additions from either side stay, removals from either side go', () => {
    expect(mergeIdLists(['a', 'b'], ['a', 'b', 'c'], ['b', 'd'])).toEqual(['b', 'd', 'c']);
    expect(mergeIdLists([], ['x'], ['x'])).toEqual(['x']);
  });
});
