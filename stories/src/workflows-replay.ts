/**
 * Replays for the workflow run and schedule stories. Workflow runs come from the base recordings (record.ts:
 * every workflow, its last five runs, the traces); schedules from record-schedules.ts (list, one schedule, its
 * fire history, as the owner and a viewer), answered exactly as the playground server answered them.
 */
import builderRecording from '../fixtures/recorded/builder.json' with { type: 'json' };
import schedulesOwner from '../fixtures/recorded/schedules-owner.json' with { type: 'json' };
import schedulesViewer from '../fixtures/recorded/schedules-viewer.json' with { type: 'json' };
import type { RecordedExchange, RecordedScenario } from '../fixtures/format';
import {
  createReplayServer,
  findExchange,
  type RecordedRole,
  type ReplayOptions,
  type ReplayServer,
} from '../fixtures/replay';

/** The recorded onboarding runs: suspended after a retried provisioning step, failed, and succeeded. */
export const ONBOARDING = 'customer-onboarding-workflow';
export const SUSPENDED_RUN = '95a53e4d-8c7f-4eea-b285-859808060d92';
export const FAILED_RUN = 'e56fc4ca-6418-4068-9992-296e2ab36584';
export const SUCCEEDED_RUN = 'c7c12005-e5de-4105-b3bb-7fb05ba1ca62';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const base = builderRecording as unknown as RecordedScenario;

/** A recorded JSON body (builder's view), for stories that change one field of it. */
export function recordedBody<T = Record<string, unknown>>(path: string, query = ''): T {
  const exchange = findExchange(base, 'GET', path, query);
  if (!exchange?.body) throw new Error(`not recorded: GET ${path}${query}`);
  return structuredClone(exchange.body) as T;
}

export const runPath = (runId: string, workflowId = ONBOARDING) =>
  `/api/workflows/${workflowId}/runs/${runId}`;
export const runRoute = (runId: string, workflowId = ONBOARDING) =>
  new RegExp(`^GET ${escape(runPath(runId, workflowId))}$`);

/**
 * The base replay of a role, with the trace list narrowed to one run: the viewer asks for `filters[runId]`, and
 * the recording holds the unfiltered list the same server answered, so the run's own root span is picked from it.
 */
export function createRunReplay(
  role: RecordedRole,
  runId: string,
  options: ReplayOptions = {},
): ReplayServer {
  const list = recordedBody<{ spans: { runId?: string }[]; pagination: Record<string, unknown> }>(
    '/api/observability/traces',
    '?page=0&perPage=20',
  );
  const spans = list.spans.filter((span) => span.runId === runId);
  return createReplayServer(role, {
    ...options,
    overrides: [
      ...(options.overrides ?? []),
      {
        route: /^GET \/api\/observability\/traces$/,
        body: { ...list, spans, pagination: { ...list.pagination, total: spans.length } },
      },
    ],
  });
}

export type SchedulesRole = 'owner' | 'viewer';
const scheduleRecordings = { owner: schedulesOwner, viewer: schedulesViewer } as unknown as Record<
  SchedulesRole,
  RecordedScenario
>;

/** The recorded renewal reminder (seeded, fired once) and the owner's paused weekly report. */
export const RENEWAL_SCHEDULE = 'schedule_renewal-reminder';

/** The base recording of the role plus the schedule routes recorded for it. */
export function createSchedulesReplay(
  role: SchedulesRole = 'owner',
  options: ReplayOptions = {},
): ReplayServer {
  // Overrides match method and path; per path the unfiltered answer (no query) wins over a filtered one.
  const byRoute = new Map<string, RecordedExchange>();
  for (const e of scheduleRecordings[role].exchanges) {
    if (!e.path.startsWith('/api/schedules') || e.status >= 400) continue;
    const key = `${e.method} ${e.path}`;
    const seen = byRoute.get(key);
    if (!seen || (seen.query !== '' && e.query === '')) byRoute.set(key, e);
  }
  return createReplayServer(role, {
    ...options,
    overrides: [
      ...(options.overrides ?? []),
      ...[...byRoute.values()].map((e) => ({
        route: new RegExp(`^${e.method} ${escape(e.path)}$`),
        body: e.body,
      })),
    ],
  });
}
