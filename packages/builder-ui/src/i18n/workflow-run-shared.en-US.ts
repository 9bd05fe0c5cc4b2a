/**
 * The strings the WorkflowRunViewer and the schedule components share: "Try again", the run status in words
 * (a schedule's fires show their runs' status) and the generated form's field errors (a resume form and a
 * schedule's input data). Each of the two dictionaries includes these, so neither ships the other's strings.
 * The keys keep their `workflowRun.` names: a host's override of one reaches both components.
 */
export const workflowRunSharedMessages = {
  'workflowRun.retry': 'Try again',
  'workflowRun.none': '—',
  'workflowRun.runStatus.value': (status: string) =>
    ({
      success: 'Succeeded',
      failed: 'Failed',
      running: 'Running',
      suspended: 'Suspended, waiting for input',
      waiting: 'Waiting',
      canceled: 'Canceled',
      pending: 'Pending',
      bailed: 'Ended early',
      tripwire: 'Stopped by a guardrail',
      paused: 'Paused',
      skipped: 'Skipped',
    })[status] ?? status,
  'workflowRun.field.required': 'Required.',
  'workflowRun.field.notANumber': 'Enter a number.',
  'workflowRun.field.notAnInteger': 'Enter a whole number.',
  'workflowRun.field.tooSmall': (min: number) => `At least ${min}.`,
  'workflowRun.field.tooLarge': (max: number) => `At most ${max}.`,
  'workflowRun.field.tooShort': (min: number) => `At least ${min} characters.`,
  'workflowRun.field.tooLong': (max: number) => `At most ${max} characters.`,
  'workflowRun.field.pattern': (pattern: string) => `Must match ${pattern}.`,
  'workflowRun.field.email': 'Enter an email address.',
  'workflowRun.field.notInOptions': 'Choose one of the options.',
  'workflowRun.field.invalidJson': (detail: string) => `Not valid JSON: ${detail}`,
} as const;

/** A dictionary's type as hosts write it: plain `string`s, and functions that take the same arguments. */
export type MessagesOf<T> = {
  [K in keyof T]: T[K] extends (...args: infer A) => string ? (...args: A) => string : string;
};

export type WorkflowRunSharedMessages = MessagesOf<typeof workflowRunSharedMessages>;
