import type { StepStatus, WorkflowGraphNode } from '../../core/workflow-graph.js';
import type { FieldError } from '../../core/json-schema-form.js';
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

export function fieldErrorText(messages: WorkflowRunMessages, error: FieldError): string {
  switch (error.code) {
    case 'required':
      return messages['workflowRun.field.required'];
    case 'not-a-number':
      return messages['workflowRun.field.notANumber'];
    case 'not-an-integer':
      return messages['workflowRun.field.notAnInteger'];
    case 'too-small':
      return messages['workflowRun.field.tooSmall'](error.minimum);
    case 'too-large':
      return messages['workflowRun.field.tooLarge'](error.maximum);
    case 'too-short':
      return messages['workflowRun.field.tooShort'](error.minLength);
    case 'too-long':
      return messages['workflowRun.field.tooLong'](error.maxLength);
    case 'pattern':
      return messages['workflowRun.field.pattern'](error.pattern);
    case 'email':
      return messages['workflowRun.field.email'];
    case 'not-in-options':
      return messages['workflowRun.field.notInOptions'];
    case 'invalid-json':
      return messages['workflowRun.field.invalidJson'](error.detail);
  }
}

/** JSON for display; text from the server is shown as text, never as HTML. */
export function toDisplayJson(value: unknown): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value, null, 2) ?? String(value);
  } catch {
    return String(value);
  }
}
