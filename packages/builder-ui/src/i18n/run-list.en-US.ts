/**
 * Strings of the RunList (`runList.*`). Its parts read them with `useMessages(runListMessages)`; hosts
 * override any key through `<BuilderProvider messages>`.
 */
export const runListMessages = {
  'runList.retry': 'Try again',
  'runList.label': 'Recent runs',
  'runList.loading': 'Loading runs…',
  'runList.loadError': 'The runs could not be loaded.',
  'runList.empty': 'No runs match these filters.',
  'runList.filters': 'Filter runs',
  'runList.text': 'Search runs',
  'runList.textPlaceholder': 'Name or entity…',
  'runList.entityType': 'Kind',
  'runList.entityType.all': 'All kinds',
  'runList.entityType.agent': 'Agent runs',
  'runList.entityType.workflow_run': 'Workflow runs',
  'runList.entityType.tool': 'Tool calls',
  'runList.entityId': 'Entity id',
  'runList.status': 'Status',
  'runList.status.all': 'Any status',
  'runList.status.success': 'Succeeded',
  'runList.status.error': 'Failed',
  'runList.status.running': 'Running',
  'runList.range': 'Started',
  'runList.range.all': 'Any time',
  'runList.range.hour': 'Last hour',
  'runList.range.day': 'Last 24 hours',
  'runList.range.week': 'Last 7 days',
  'runList.previous': 'Previous page',
  'runList.next': 'Next page',
  'runList.page': (page: number, total: number | null) =>
    total === null ? `Page ${page}` : `Page ${page} of ${Math.max(1, total)}`,
  'runList.live.delta': 'Live (trace delta)',
  'runList.live.polling': 'Live (polling)',
  'runList.startedAt': (when: string) => `started ${when}`,
};

export type RunListMessages = typeof runListMessages;
