import { workflowRunSharedMessages, type MessagesOf } from './workflow-run-shared.en-US.js';

/**
 * Strings of the WorkflowRunViewer (`workflowRun.*`; the schedule components have their own, and the two share
 * a few in `workflow-run-shared.en-US.ts`). Merged under the provider's `messages` in its root, so hosts override
 * them like any other key.
 */
export const workflowRunMessages = /* @__PURE__ */ Object.assign({}, workflowRunSharedMessages, {
  'workflowRun.label': (workflowId: string, runId: string) => `Workflow run ${runId} of ${workflowId}`,
  'workflowRun.loadError': 'The run could not be loaded.',
  'workflowRun.notFound': 'This run was not found: it may have been deleted, or the link is wrong.',
  'workflowRun.forbidden':
    'This run belongs to someone else. On Mastra each user can open only the runs they started, whatever their role (runs started by a schedule are open to everyone who may read workflows).',
  'workflowRun.runStatus': 'Run status',
  'workflowRun.live': 'Live: updates as the run moves on',
  'workflowRun.graphLabel': 'Step graph',
  'workflowRun.graphLoading': 'Loading the graph…',
  'workflowRun.graphEmpty': 'This workflow has no steps to draw.',
  'workflowRun.stepsLabel': 'Steps',
  'workflowRun.legend': 'Status legend',
  'workflowRun.status.success': 'Succeeded',
  'workflowRun.status.failed': 'Failed',
  'workflowRun.status.running': 'Running',
  'workflowRun.status.suspended': 'Suspended',
  'workflowRun.status.waiting': 'Waiting',
  'workflowRun.status.skipped': 'Skipped',
  'workflowRun.status.canceled': 'Canceled',
  'workflowRun.status.pending': 'Not started',
  'workflowRun.status.unknown': (raw: string) => (raw ? `Status “${raw}”` : 'Unknown status'),
  'workflowRun.kind.workflow': 'Nested workflow',
  'workflowRun.kind.sleep': 'Sleep',
  'workflowRun.kind.sleepUntil': 'Sleep until',
  'workflowRun.kind.waitForEvent': 'Waits for an event',
  'workflowRun.kind.agent': 'Agent',
  'workflowRun.kind.tool': 'Tool',
  'workflowRun.kind.mapping': 'Mapping',
  'workflowRun.loop': (type: 'dowhile' | 'dountil') =>
    type === 'dowhile' ? 'Repeats while' : 'Repeats until',
  'workflowRun.foreach': (concurrency: number | undefined) =>
    concurrency && concurrency > 1 ? `For each item, ${concurrency} at a time` : 'For each item',
  'workflowRun.branch': (index: number) => `Branch ${index + 1}`,
  'workflowRun.inWorkflow': (parent: string) => `in ${parent}`,
  'workflowRun.retried': (attempts: number) => `Succeeded after ${attempts} attempts`,
  'workflowRun.attemptsCount': (attempts: number) => `${attempts} attempts`,
  'workflowRun.attempts': 'Attempts',
  'workflowRun.attempt': (n: number) => `Attempt ${n}`,
  'workflowRun.attemptStatus.success': 'succeeded',
  'workflowRun.attemptStatus.failed': 'failed',
  'workflowRun.attemptStatus.running': 'running',
  'workflowRun.retryDelay': (ms: number) => `retried after ${formatMs(ms)}`,
  'workflowRun.attemptsFromRecord':
    'Only the final attempt is recorded for this step; earlier attempts appear when the step reports them in its trace.',
  'workflowRun.details': 'Step details',
  'workflowRun.selectStep': 'Select a step to see its input, output and timing.',
  'workflowRun.input': 'Input',
  'workflowRun.output': 'Output',
  'workflowRun.error': 'Error',
  'workflowRun.started': 'Started',
  'workflowRun.ended': 'Ended',
  'workflowRun.duration': 'Duration',
  'workflowRun.durationValue': (ms: number) => formatMs(ms),
  'workflowRun.result': 'Result',
  'workflowRun.runError': 'Run error',
  'workflowRun.suspendedTitle': (step: string) => `“${step}” is waiting for input`,
  'workflowRun.suspendPayload': 'What it waits for',
  'workflowRun.resume': 'Resume',
  'workflowRun.resuming': 'Resuming…',
  'workflowRun.resumeForm': (step: string) => `Resume “${step}”`,
  'workflowRun.resumeNoSchema': 'This step declares no resume schema; enter the resume data as JSON.',
  'workflowRun.resumeFailed': 'Resuming failed.',
  'workflowRun.cancel': 'Cancel run',
  'workflowRun.cancelConfirmTitle': 'Cancel this run?',
  'workflowRun.cancelConfirmBody': 'The run stops where it is. Steps that already ran are not undone.',
  'workflowRun.cancelConfirm': 'Cancel the run',
  'workflowRun.cancelKeep': 'Keep running',
  'workflowRun.cancelFailed': 'Canceling failed.',
  'workflowRun.notRunning': 'Only a running or suspended run can be canceled.',
  /** A part loaded on demand (step details, resume form) whose code could not be fetched. */
  'workflowRun.partFailed': 'This part of the page could not be loaded. Check your connection and try again.',
} as const);

function formatMs(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`;
  const minutes = Math.floor(ms / 60_000);
  const seconds = Math.round((ms % 60_000) / 1000);
  return seconds ? `${minutes} min ${seconds} s` : `${minutes} min`;
}

export type WorkflowRunMessages = MessagesOf<typeof workflowRunMessages>;
