import { describe, expect, it } from 'vitest';
import {
  runPolicyChecks,
  unresolvedChecks,
  type PolicyContext,
  type PrimitiveFacts,
} from './policy-checks.js';
import { diffAgentVersions, type AgentConfigSnapshot } from './version-diff.js';

const catalog: Record<string, PrimitiveFacts> = {
  'tool:ticket-search-tool': { available: true, risk: 'low' },
  'tool:refund-issue-tool': { available: true, risk: 'high', requiresApproval: true },
  'tool:slack-notify-tool': { available: true, risk: 'medium' },
  'tool:pricing-approval-tool': { available: false, risk: 'high' },
  'model:mock/deterministic-v1': { available: true },
};

const context: PolicyContext = {
  primitive: (kind, id) => catalog[`${kind}:${id}`],
  knownKinds: new Set(['tool', 'agent', 'workflow', 'model']),
  modelPolicyActive: true,
  publishedVisibility: 'public',
  reviewersCanReadPrivate: true,
};

const base: AgentConfigSnapshot = {
  name: 'A',
  description: 'Does things.',
  instructions: 'Help.',
  model: { provider: 'mock', name: 'deterministic-v1' },
  tools: { 'ticket-search-tool': {} },
  visibility: 'public',
  authorId: 'u-builder',
  metadata: { contact: '#support' },
};

function check(
  candidate: AgentConfigSnapshot,
  active: AgentConfigSnapshot | undefined = base,
  ctx = context,
) {
  return runPolicyChecks(candidate, diffAgentVersions(active, candidate), ctx);
}

describe('runPolicyChecks', () => {
  it('passes a clean candidate', () => {
    expect(check(base)).toEqual([]);
  });

  it('flags a newly added high-risk tool, which needs an acknowledgment', () => {
    const checks = check({ ...base, tools: { 'ticket-search-tool': {}, 'refund-issue-tool': {} } });
    expect(checks).toEqual([
      expect.objectContaining({
        id: 'high-risk-added:tool:refund-issue-tool',
        severity: 'blocking',
        requiresAcknowledgment: true,
        risk: 'high',
      }),
    ]);
    expect(unresolvedChecks(checks, [])).toHaveLength(1);
    expect(unresolvedChecks(checks, ['high-risk-added:tool:refund-issue-tool'])).toHaveLength(0);
  });

  it('does not flag a high-risk tool that was already live', () => {
    const live = { ...base, tools: { 'refund-issue-tool': {} } };
    expect(check(live, live)).toEqual([]);
  });

  it('blocks bindings outside the allow-list and a model the policy does not allow; acknowledging does not help', () => {
    const checks = check({
      ...base,
      tools: { 'pricing-approval-tool': {} },
      model: { provider: 'openai', name: 'gpt-x' },
    });
    const codes = checks.map((c) => c.code);
    expect(codes).toContain('binding-not-allowed');
    expect(codes).toContain('model-not-allowed');
    expect(
      unresolvedChecks(
        checks,
        checks.map((c) => c.id),
      ).map((c) => c.code),
    ).toEqual(expect.arrayContaining(['binding-not-allowed', 'model-not-allowed']));
  });

  it('skips kinds the catalog could not list, and the model when no policy is active', () => {
    const ctx = { ...context, knownKinds: new Set<'tool' | 'model'>(['model']), modelPolicyActive: false };
    expect(
      check({ ...base, tools: { unknown: {} }, model: { provider: 'x', name: 'y' } }, base, ctx),
    ).toEqual([]);
  });

  it('warns about missing description, owner, contact; blocks empty instructions', () => {
    const checks = check({ ...base, description: ' ', instructions: '   ', authorId: null, metadata: {} });
    expect(checks.map((c) => [c.code, c.severity])).toEqual([
      ['empty-instructions', 'blocking'],
      ['no-description', 'warning'],
      ['no-owner', 'warning'],
      ['no-contact', 'warning'],
    ]);
  });

  it('warns when the agent goes from private to public, and when no reviewer can read a private one', () => {
    expect(check(base, base, { ...context, publishedVisibility: 'private' }).map((c) => c.code)).toEqual([
      'private-to-public',
    ]);
    expect(
      check({ ...base, visibility: 'private' }, base, { ...context, reviewersCanReadPrivate: false }).map(
        (c) => c.code,
      ),
    ).toEqual(['private-unreviewable']);
  });
});
