import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { isKnownAgentChunk, toAgentStreamChunk } from './stream-chunks.js';
import type { AgentStreamChunk, ToolOutputDeniedChunk } from './stream-chunks.js';

/**
 * The `type` literals of `AgentChunkType` in the installed `@mastra/core` 1.x declarations (a dev dependency
 * through the playground server): the list of chunks an agent stream can carry.
 */
function mastraAgentChunkTypes(): string[] {
  const require = createRequire(new URL('../../../../playground/server/package.json', import.meta.url));
  const coreDist = dirname(require.resolve('@mastra/core'));
  const declarations = readFileSync(join(coreDist, 'stream', 'types.d.ts'), 'utf8');
  const start = declarations.indexOf('export type AgentChunkType');
  expect(start).toBeGreaterThan(-1);
  const end = declarations.indexOf('\nexport ', start + 1);
  const block = declarations.slice(start, end);
  return [...new Set([...block.matchAll(/\btype: '([^']+)'/g)].map((m) => m[1]!))];
}

describe('agent chunk union vs @mastra/core', () => {
  it('models every chunk type of @mastra/core AgentChunkType (fails when a new one appears unmodelled)', () => {
    const types = mastraAgentChunkTypes();
    expect(types.length).toBeGreaterThan(40);
    expect(types).toContain('tool-output-denied');
    expect(types.filter((type) => !isKnownAgentChunk({ type }))).toEqual([]);
  });

  it('tool-output-denied (after a declined approval) is typed, not unknown', () => {
    const chunk = toAgentStreamChunk({
      type: 'tool-output-denied',
      runId: 'r1',
      from: 'AGENT',
      payload: {
        toolCallId: 'c1',
        toolName: 'refund-issue-tool',
        args: { amount: 5 },
        approval: { id: 'a1', approved: false, reason: 'Too much' },
      },
    });
    expect(chunk.type).toBe('tool-output-denied');
    if (chunk.type !== 'tool-output-denied') throw new Error('not typed');
    expect(chunk.payload.toolName).toBe('refund-issue-tool');
    expect(chunk.payload.approval?.reason).toBe('Too much');
    expectTypeOf(chunk).toEqualTypeOf<ToolOutputDeniedChunk>();
    expectTypeOf<
      Extract<AgentStreamChunk, { type: 'tool-output-denied' }>
    >().toEqualTypeOf<ToolOutputDeniedChunk>();
  });
});

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
