import { describe, expect, it } from 'vitest';
import {
  buildWorkflowGraph,
  countByStatus,
  resumeStepPath,
  toStepStatus,
  type WorkflowGraph,
} from './workflow-graph.js';

const step = (id: string, extra: Record<string, unknown> = {}) => ({ type: 'step', step: { id, ...extra } });

// The shape Mastra serialises for the demo onboarding workflow: then, parallel, then, then.
const onboarding = [
  step('validate-customer'),
  { type: 'parallel', steps: [step('provision-workspace'), step('enrich-crm-profile')] },
  step('request-approval', { canSuspend: true }),
  step('send-welcome'),
];

const edgeList = (graph: WorkflowGraph) => graph.edges.map((e) => `${e.source}>${e.target}:${e.kind}`);

describe('toStepStatus', () => {
  it('maps every documented server status, and anything else to unknown', () => {
    expect(
      [
        'success',
        'bailed',
        'failed',
        'tripwire',
        'running',
        'suspended',
        'waiting',
        'paused',
        'skipped',
        'canceled',
        'pending',
      ].map(toStepStatus),
    ).toEqual([
      'success',
      'success',
      'failed',
      'failed',
      'running',
      'suspended',
      'waiting',
      'waiting',
      'skipped',
      'canceled',
      'pending',
    ]);
    expect(toStepStatus('teleported')).toBe('unknown');
    expect(toStepStatus(undefined)).toBe('unknown');
  });
});

describe('buildWorkflowGraph', () => {
  it('sequential and parallel: fan out and join', () => {
    const graph = buildWorkflowGraph(onboarding);
    expect(graph.nodes.map((n) => n.id)).toEqual([
      'validate-customer',
      'provision-workspace',
      'enrich-crm-profile',
      'request-approval',
      'send-welcome',
    ]);
    expect(edgeList(graph)).toEqual([
      'validate-customer>provision-workspace:parallel',
      'validate-customer>enrich-crm-profile:parallel',
      'provision-workspace>request-approval:next',
      'enrich-crm-profile>request-approval:next',
      'request-approval>send-welcome:next',
    ]);
    expect(graph.nodes.find((n) => n.id === 'request-approval')?.canSuspend).toBe(true);
  });

  it('colours steps from a suspended run: unrun steps are pending while the run is alive', () => {
    const graph = buildWorkflowGraph(onboarding, {
      status: 'suspended',
      steps: {
        'validate-customer': { status: 'success' },
        'provision-workspace': { status: 'success' },
        'enrich-crm-profile': { status: 'success' },
        'request-approval': { status: 'suspended' },
      },
    });
    expect(Object.fromEntries(graph.nodes.map((n) => [n.id, n.status]))).toEqual({
      'validate-customer': 'success',
      'provision-workspace': 'success',
      'enrich-crm-profile': 'success',
      'request-approval': 'suspended',
      'send-welcome': 'pending',
    });
    expect(resumeStepPath(graph)).toEqual(['request-approval']);
    expect(countByStatus(graph)).toEqual({ success: 3, suspended: 1, pending: 1 });
  });

  it('after a failure the unreached steps are skipped, and an unknown status keeps its raw text', () => {
    const graph = buildWorkflowGraph(onboarding, {
      status: 'failed',
      steps: { 'validate-customer': { status: 'failed' }, 'send-welcome': { status: 'quantum' } },
    });
    expect(graph.nodes.find((n) => n.id === 'validate-customer')?.status).toBe('failed');
    expect(graph.nodes.find((n) => n.id === 'provision-workspace')?.status).toBe('skipped');
    expect(graph.nodes.find((n) => n.id === 'send-welcome')).toMatchObject({
      status: 'unknown',
      rawStatus: 'quantum',
    });
  });

  it('branch, loop, foreach, sleep and waitForEvent', () => {
    const graph = buildWorkflowGraph([
      step('classify'),
      { type: 'conditional', steps: [step('urgent'), step('routine')], serializedConditions: [] },
      { type: 'loop', step: step('poll'), loopType: 'dountil', serializedCondition: { id: 'c', fn: '' } },
      { type: 'foreach', step: step('notify'), opts: { concurrency: 3 } },
      { type: 'sleep', id: 'cool-down', duration: 1000 },
      { type: 'waitForEvent', id: 'await-ack', event: 'ack' },
      { type: 'mystery' },
    ]);
    expect(edgeList(graph)).toEqual([
      'classify>urgent:branch',
      'classify>routine:branch',
      'urgent>poll:next',
      'routine>poll:next',
      'poll>notify:next',
      'notify>cool-down:next',
      'cool-down>await-ack:next',
    ]);
    const byId = Object.fromEntries(graph.nodes.map((n) => [n.id, n]));
    expect(byId['urgent']?.branchIndex).toBe(0);
    expect(byId['routine']?.branchIndex).toBe(1);
    expect(byId['poll']?.loop).toBe('dountil');
    expect(byId['notify']?.foreach).toEqual({ concurrency: 3 });
    expect(byId['cool-down']?.kind).toBe('sleep');
    expect(byId['await-ack']?.kind).toBe('waitForEvent');
  });

  it('a taken branch is coloured and the other is skipped once the run ended', () => {
    const graph = buildWorkflowGraph(
      [step('classify'), { type: 'conditional', steps: [step('urgent'), step('routine')] }],
      { status: 'success', steps: { classify: { status: 'success' }, routine: { status: 'success' } } },
    );
    expect(graph.nodes.map((n) => `${n.id}:${n.status}`)).toEqual([
      'classify:success',
      'urgent:skipped',
      'routine:success',
    ]);
  });

  it('nested workflows: inner steps are keyed outer.inner, drawn under their parent, resumed by path', () => {
    const graph = buildWorkflowGraph(
      [
        step('prepare'),
        step('approval-flow', {
          component: 'WORKFLOW',
          serializedStepFlow: [step('check'), step('sign-off', { canSuspend: true })],
        }),
        { type: 'workflow', id: 'archive', workflowId: 'archive-wf', serializedStepFlow: [step('store')] },
        step('done'),
      ],
      {
        status: 'suspended',
        steps: {
          prepare: { status: 'success' },
          'approval-flow': { status: 'suspended' },
          'approval-flow.check': { status: 'success' },
          'approval-flow.sign-off': { status: 'suspended' },
        },
      },
    );
    expect(edgeList(graph).sort()).toEqual([
      'approval-flow.check>approval-flow.sign-off:next',
      'approval-flow.sign-off>archive:next',
      'approval-flow>approval-flow.check:nested',
      'archive.store>done:next',
      'archive>archive.store:nested',
      'prepare>approval-flow:next',
    ]);
    const inner = graph.nodes.find((n) => n.id === 'approval-flow.sign-off');
    expect(inner).toMatchObject({
      parentId: 'approval-flow',
      depth: 1,
      stepId: 'sign-off',
      status: 'suspended',
    });
    expect(graph.nodes.find((n) => n.id === 'approval-flow')?.kind).toBe('workflow');
    expect(resumeStepPath(graph)).toEqual(['approval-flow', 'sign-off']);
  });

  it('tolerates garbage without throwing', () => {
    expect(buildWorkflowGraph(undefined)).toEqual({ nodes: [], edges: [] });
    expect(
      buildWorkflowGraph([null, 1, 'x', { type: 'step' }, { type: 'parallel', steps: 'no' }]).nodes,
    ).toEqual([]);
  });
});
