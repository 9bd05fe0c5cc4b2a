import { describe, expect, it } from 'vitest';
import { isKnownAgentChunk, toAgentStreamChunk } from './stream-chunks.js';

describe('isKnownAgentChunk', () => {
  it('knows every modelled and opaque type of the union, and nothing else', () => {
    for (const type of ['text-delta', 'tool-call-approval', 'finish', 'object-result', 'start', 'watch'])
      expect(isKnownAgentChunk({ type })).toBe(true);
    for (const type of ['data-progress', 'unknown', 'workflow-finish', ''])
      expect(isKnownAgentChunk({ type })).toBe(false);
  });

  it('is false for what toAgentStreamChunk could not type', () => {
    const misfit = toAgentStreamChunk({ type: 'text-delta', payload: { text: 42 } });
    expect(misfit.type).toBe('unknown');
    expect(isKnownAgentChunk(misfit)).toBe(false);
    expect(isKnownAgentChunk(toAgentStreamChunk({ type: 'text-delta', payload: { text: 'hi' } }))).toBe(true);
  });
});
