import { describe, expect, it } from 'vitest';
import { agentIdProblem, proposeAgentId, randomIdSuffix, slugifyAgentName } from './agent-id.js';

describe('proposeAgentId', () => {
  it('proposes a readable slug for names with Latin letters or digits', () => {
    expect(proposeAgentId('Renewal helper', 'abc123')).toBe('renewal-helper');
    expect(proposeAgentId('  Café crème — v2! ', 'abc123')).toBe('cafe-creme-v2');
    expect(slugifyAgentName('x'.repeat(200))).toHaveLength(64);
  });

  it('proposes a short random id for names in any other script, which Mastra cannot derive one from', () => {
    for (const name of ['مساعد التجديد', '续约助手', '更新アシスタント', '🤖🚀', '', '!!']) {
      expect(proposeAgentId(name, 'k3x9q2')).toBe('agent-k3x9q2');
    }
    expect(randomIdSuffix(() => 0.5)).toMatch(/^[a-z0-9]{6}$/);
  });

  it('checks an id the user typed without changing it', () => {
    expect(agentIdProblem('renewal-helper')).toBeNull();
    expect(agentIdProblem('')).toBe('required');
    expect(agentIdProblem('has space')).toBe('invalid-id');
    expect(agentIdProblem('a'.repeat(65))).toBe('too-long');
  });
});
