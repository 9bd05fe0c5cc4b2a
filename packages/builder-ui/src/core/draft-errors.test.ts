import { describe, expect, it } from 'vitest';
import { classifyDraftError, fieldOfServerMessage } from './draft-errors.js';

describe('classifyDraftError', () => {
  it('keeps the SDK kind, the message and the missing permission beside what the store does with it', () => {
    const error = Object.assign(new Error('Forbidden'), {
      kind: 'permission',
      retryable: false,
      permission: 'stored-agents:write',
    });
    expect(classifyDraftError(error)).toEqual({
      kind: 'permission',
      errorKind: 'permission',
      retryable: false,
      message: 'Forbidden',
      permission: 'stored-agents:write',
      cause: error,
    });
  });

  it('reports a permission only for permission errors, and turns a non-error into text', () => {
    const notFound = Object.assign(new Error('gone'), { kind: 'not-found', permission: 'x' });
    expect(classifyDraftError(notFound)).not.toHaveProperty('permission');
    expect(classifyDraftError(42)).toMatchObject({ kind: 'unknown', errorKind: 'unknown', message: '42' });
  });
});

describe('fieldOfServerMessage', () => {
  it('names the field a server 400 is about', () => {
    expect(fieldOfServerMessage('Could not derive agent ID from name', true)).toBe('id');
    expect(fieldOfServerMessage('Instructions are required', false)).toBe('instructions');
    expect(fieldOfServerMessage('Unknown tool: x', false)).toBe('tools');
    expect(fieldOfServerMessage('metadata must be an object', false)).toBe('team');
  });

  it('never blames the id of an agent that already exists, and says nothing when no field is named', () => {
    expect(fieldOfServerMessage('Could not derive agent ID from name', false)).toBe('name');
    expect(fieldOfServerMessage('Something went wrong', true)).toBeNull();
  });
});
