/**
 * en-US digit grouping ("12,345") for whole numbers without Intl: a page's first `toLocaleString` loads the
 * ICU number data (15–25 ms on a small machine), which the viewer's summary would otherwise pay before its
 * first row. Anything but a safe integer goes through `toLocaleString`.
 */
function count(n: number): string {
  if (!Number.isSafeInteger(n)) return n.toLocaleString('en-US');
  const digits = String(Math.abs(n));
  let out = digits.slice(0, ((digits.length - 1) % 3) + 1);
  for (let i = out.length; i < digits.length; i += 3) out += `,${digits.slice(i, i + 3)}`;
  return n < 0 ? `-${out}` : out;
}

/**
 * Strings of the RunTraceViewer (`runTrace.*`). Its parts read them with `useMessages(runTraceViewerMessages)`;
 * hosts override any key through `<BuilderProvider messages>`.
 */
export const runTraceViewerMessages = {
  'runTrace.label': 'Run trace',
  'runTrace.loading': 'Loading the trace…',
  'runTrace.loadError': 'The trace could not be loaded.',
  'runTrace.retry': 'Try again',
  'runTrace.empty': 'This trace has no spans yet.',
  'runTrace.noTrace': 'Choose a run to see its trace.',
  'runTrace.search': 'Search spans',
  'runTrace.searchPlaceholder': 'Search name, type, entity, input…',
  'runTrace.searchResults': (matches: number, total: number) =>
    matches === 0
      ? `No span matches (of ${count(total)})`
      : `${count(matches)} of ${count(total)} spans match`,
  'runTrace.previousError': 'Previous error',
  'runTrace.nextError': 'Next error',
  'runTrace.noErrors': 'No errors in this trace',
  'runTrace.tree': 'Spans',
  'runTrace.expand': 'Expand',
  'runTrace.collapse': 'Collapse',
  'runTrace.timeline': 'Timeline',
  'runTrace.summary.spans': (n: number) => `${count(n)} ${n === 1 ? 'span' : 'spans'}`,
  'runTrace.summary.errors': (n: number) => `${count(n)} ${n === 1 ? 'error' : 'errors'}`,
  'runTrace.summary.duration': (d: string) => `took ${d}`,
  'runTrace.summary.tokens': (input: number, output: number) =>
    `${count(input)} in / ${count(output)} out tokens`,
  'runTrace.summary.cost': (cost: string) => `cost ${cost}`,
  'runTrace.summary.repaired': (n: number) =>
    `${count(n)} ${n === 1 ? 'span' : 'spans'} with missing parents, loops or clock skew`,
  'runTrace.status.success': 'Succeeded',
  'runTrace.status.error': 'Failed',
  'runTrace.status.running': 'Running',
  'runTrace.status.unfinished': 'No end recorded',
  'runTrace.live': 'Live',
  'runTrace.following': 'Following new spans',
  'runTrace.follow': 'Follow new spans',
  'runTrace.event': 'Event',
  'runTrace.offset': (offset: string) => `starts at +${offset}`,
  'runTrace.issue.orphan': 'Parent span missing',
  'runTrace.issue.cycle': 'Parent chain loops',
  'runTrace.issue.skew': 'Clock skew',
  'runTrace.issue.unfinished': 'No end recorded',
  'runTrace.issue.invalidTime': 'No valid start time',
  'runTrace.issue.unknownType': 'Unknown span type',
  'runTrace.marker.approval-requested': 'Approval requested',
  'runTrace.marker.approved': 'Approved',
  'runTrace.marker.declined': 'Declined',
  'runTrace.marker.suspended': 'Suspended',
  'runTrace.marker.resumed': 'Resumed',
  'runTrace.attempts': (n: number) => `${n} attempts`,
  'runTrace.attempt': (n: number, of: number) => `attempt ${n} of ${of}`,
  'runTrace.retriedAfter': (delay: string) => `retried after ${delay}`,
  'runTrace.detail': 'Span details',
  'runTrace.detailEmpty': 'Select a span to see its input, output and attributes.',
  'runTrace.detailLoading': 'Loading the span…',
  'runTrace.detailError': 'The span details could not be loaded.',
  'runTrace.tab.overview': 'Overview',
  'runTrace.tab.input': 'Input',
  'runTrace.tab.output': 'Output',
  'runTrace.tab.attributes': 'Attributes',
  'runTrace.tab.error': 'Error',
  'runTrace.field.type': 'Type',
  'runTrace.field.status': 'Status',
  'runTrace.field.entity': 'Entity',
  'runTrace.field.version': 'Version',
  'runTrace.field.started': 'Started',
  'runTrace.field.duration': 'Duration',
  'runTrace.field.model': 'Model',
  'runTrace.field.tokens': 'Tokens',
  'runTrace.field.cost': 'Cost',
  'runTrace.field.spanId': 'Span id',
  'runTrace.toolArgs': 'Arguments',
  'runTrace.toolResult': 'Result',
  'runTrace.noValue': 'Nothing recorded',
  'runTrace.showAll': (size: string) => `Show all (${size})`,
  'runTrace.showLess': 'Show less',
  'runTrace.stack': 'Stack trace',
  'runTrace.attemptsTitle': 'Retry attempts',
  'runTrace.attemptRow': (n: number) => `Attempt ${n}`,
  'runTrace.attemptFirst': 'first try',
  'runTrace.eventsTitle': 'Events',
  'runTrace.openEntity': (name: string) => `Open ${name}`,
};

export type RunTraceViewerMessages = typeof runTraceViewerMessages;
