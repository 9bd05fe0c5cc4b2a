import { describe, expect, it } from 'vitest';
import { parseAnnotations, splitDescription } from './annotations.js';

describe('splitDescription', () => {
  it('strips the last paddock line and parses it', () => {
    expect(splitDescription('Looks things up.\npaddock: {"owner":"Ops","risk":"low"}')).toEqual({
      description: 'Looks things up.',
      annotations: { owner: 'Ops', risk: 'low' },
    });
  });
  it('tolerates CRLF, trailing blank lines and no space after the colon', () => {
    expect(splitDescription('A\r\nB\r\npaddock:{"tags":["x"]}\r\n\r\n')).toEqual({
      description: 'A\nB',
      annotations: { tags: ['x'] },
    });
  });
  it('invalid JSON means no annotations but the line is still hidden', () => {
    expect(splitDescription('Text\npaddock: {oops')).toEqual({ description: 'Text', annotations: undefined });
    expect(splitDescription('Text\npaddock: [1,2]')).toEqual({ description: 'Text', annotations: undefined });
  });
  it('leaves other descriptions alone (a paddock line that is not last is text)', () => {
    expect(splitDescription('paddock: {"a":1}\nmore')).toEqual({
      description: 'paddock: {"a":1}\nmore',
      annotations: undefined,
    });
    expect(splitDescription(undefined)).toEqual({ description: '', annotations: undefined });
  });
});

describe('parseAnnotations', () => {
  it('defaults arrays and flags', () => {
    expect(parseAnnotations({ description: 'plain' })).toEqual({
      description: 'plain',
      annotations: { sideEffects: [], requiresApproval: false, tags: [] },
    });
  });

  it('merges description line < paddock < metadata.paddock, field by field', () => {
    const { annotations } = parseAnnotations({
      description: 'x\npaddock: {"owner":"line","risk":"low","tags":["a"],"contact":"c"}',
      paddock: { owner: 'own-prop', risk: 'medium' },
      metadata: { paddock: { risk: 'high', sideEffects: ['Sends email'] } },
    });
    expect(annotations).toEqual({
      owner: 'own-prop',
      contact: 'c',
      risk: 'high',
      tags: ['a'],
      sideEffects: ['Sends email'],
      requiresApproval: false,
    });
  });

  it('drops wrongly typed fields without losing the others', () => {
    const { annotations } = parseAnnotations({
      description:
        'x\npaddock: {"owner":42,"risk":"extreme","sideEffects":"one","requiresApproval":"yes","tags":["ok"]}',
    });
    expect(annotations).toEqual({ sideEffects: [], requiresApproval: false, tags: ['ok'] });
  });

  it("a tool's native requireApproval also means requiresApproval", () => {
    expect(parseAnnotations({ description: 'x', requireApproval: true }).annotations.requiresApproval).toBe(
      true,
    );
  });
});
