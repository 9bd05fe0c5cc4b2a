import type { StepStatus, WorkflowGraphNode } from '../../core/workflow-graph.js';
import type { StepRetrySummary } from '../../core/workflow-retries.js';
import type { WorkflowRunMessages } from '../../i18n/workflow-run.en-US.js';

export function stepStatusLabel(messages: WorkflowRunMessages, status: StepStatus, raw = ''): string {
  return status === 'unknown'
    ? messages['workflowRun.status.unknown'](raw)
    : messages[`workflowRun.status.${status}`];
}

/** The words under a node's name: kind, loop/foreach/branch, nesting and retries, never colour alone. */
export function nodeNotes(
  messages: WorkflowRunMessages,
  node: WorkflowGraphNode,
  retries?: StepRetrySummary,
): string[] {
  const notes: string[] = [];
  if (node.kind !== 'step' && node.kind !== 'classifier')
    notes.push(messages[`workflowRun.kind.${node.kind}`]);
  if (node.loop) notes.push(messages['workflowRun.loop'](node.loop));
  if (node.foreach) notes.push(messages['workflowRun.foreach'](node.foreach.concurrency));
  if (node.branchIndex !== undefined) notes.push(messages['workflowRun.branch'](node.branchIndex));
  if (retries?.succeededAfterRetry) notes.push(messages['workflowRun.retried'](retries.attempts.length));
  else if (retries?.retried) notes.push(messages['workflowRun.attemptsCount'](retries.attempts.length));
  return notes;
}

/**
 * A node's words in the graph: its status, its notes, and the workflow it is nested in. Handed to the lazily
 * loaded graph view as a prop rather than imported by it (see `lazyPart`).
 */
export function describeNode(
  messages: WorkflowRunMessages,
  node: WorkflowGraphNode,
  retries?: StepRetrySummary,
): { statusLabel: string; notes: string[]; inWorkflow: string | undefined } {
  return {
    statusLabel: stepStatusLabel(messages, node.status, node.rawStatus),
    notes: nodeNotes(messages, node, retries),
    inWorkflow: node.parentId ? messages['workflowRun.inWorkflow'](node.parentId) : undefined,
  };
}
