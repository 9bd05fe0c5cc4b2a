import { workflowRunSharedMessages, type MessagesOf } from './workflow-run-shared.en-US.js';

/**
 * Strings of the ScheduleList and the ScheduleEditor (`schedules.*`, `scheduleEditor.*`, and the strings shared
 * with the WorkflowRunViewer). Merged under the provider's `messages` in their roots, so hosts override them
 * like any other key.
 */
export const schedulesMessages = /* @__PURE__ */ Object.assign({}, workflowRunSharedMessages, {
  'schedules.label': 'Schedules',
  'schedules.loading': 'Loading schedules…',
  /** Stands in for cron-derived text (words, next fires) while the cron engine loads. */
  'schedules.cronLoading': '…',
  'schedules.loadError': 'The schedules could not be loaded.',
  'schedules.empty': 'No schedules yet.',
  'schedules.workflow': 'Workflow',
  'schedules.when': 'When',
  'schedules.serverTimezone': 'Server’s timezone (not set)',
  'schedules.status': 'Status',
  'schedules.status.active': 'Active',
  'schedules.status.paused': 'Paused',
  'schedules.nextFire': 'Next fire',
  'schedules.nextFireViewer': (when: string) => `your time: ${when}`,
  'schedules.nextFireNone': 'No next fire',
  'schedules.lastFires': 'Last fires',
  'schedules.noFires': 'Not fired yet.',
  'schedules.fireKind.schedule-fire': 'Scheduled',
  'schedules.fireKind.manual': 'Run now',
  'schedules.fireOutcome': (outcome: string) => (outcome === 'published' ? 'started' : outcome),
  'schedules.fireRun': (status: string) => `run ${status}`,
  'schedules.fireNoRun': 'no run recorded yet',
  'schedules.openRun': 'Open run',
  'schedules.actions': (id: string) => `Actions for ${id}`,
  'schedules.actionsHeader': 'Actions',
  'schedules.pause': 'Pause',
  'schedules.resume': 'Resume',
  'schedules.runNow': 'Run now',
  'schedules.edit': 'Edit',
  'schedules.delete': 'Delete',
  'schedules.deleteConfirmTitle': (id: string) => `Delete ${id}?`,
  'schedules.deleteConfirmBody': 'Its fire history is deleted too. Runs it already started are kept.',
  'schedules.deleteConfirm': 'Delete schedule',
  'schedules.deleteKeep': 'Keep',
  'schedules.create': 'New schedule',
  'schedules.warning.nextFirePast':
    'The next fire is in the past: the scheduler may not be running on the server.',
  'schedules.warning.overlap': (runId: string) =>
    `Fire ${runId} started while an earlier run was still open.`,
  'schedules.warning.willOverlap': (runId: string) =>
    `Run ${runId} is still running or suspended; the next fire will start another run alongside it.`,
  'schedules.warning.codeOwned':
    'Defined in code: changes other than pausing are reverted when the server restarts.',
  'schedules.actionFailed': 'The action failed.',
  'schedules.done.runNow': (runId: string) => `Started run ${runId}.`,

  'scheduleEditor.createTitle': 'New schedule',
  'scheduleEditor.editTitle': (id: string) => `Edit ${id}`,
  'scheduleEditor.id': 'Name',
  'scheduleEditor.idHint': 'Optional; the server turns it into an id like schedule_daily-digest.',
  'scheduleEditor.workflow': 'Workflow',
  'scheduleEditor.workflowChoose': 'Choose a workflow',
  'scheduleEditor.cron': 'Cron expression',
  'scheduleEditor.cronHint':
    '5 fields (minute hour day month weekday), or 6 with seconds first; @daily works too.',
  'scheduleEditor.timezone': 'Timezone',
  'scheduleEditor.preview': 'Next five fires',
  'scheduleEditor.previewEmpty': 'Enter a valid cron to see the next fires.',
  'scheduleEditor.inputData': 'Input data',
  'scheduleEditor.noInputSchema': 'This workflow declares no input schema; enter its input as JSON.',
  'scheduleEditor.save': 'Save schedule',
  'scheduleEditor.saving': 'Saving…',
  'scheduleEditor.cancel': 'Cancel',
  'scheduleEditor.saveFailed': 'The schedule could not be saved.',
  'scheduleEditor.error.empty': 'Enter a cron expression.',
  'scheduleEditor.error.invalidCron': (detail: string) => `Not a valid cron: ${detail}`,
  'scheduleEditor.error.invalidTimezone': (zone: string) => `Unknown timezone “${zone}”.`,
  'scheduleEditor.error.workflow': 'Choose a workflow.',
} as const);

export type SchedulesMessages = MessagesOf<typeof schedulesMessages>;
