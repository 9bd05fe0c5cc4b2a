/**
 * The runs pages' replay: the base recording of a role (record.ts) plus what RunList and RunTraceViewer ask
 * beyond it (record-run-list.ts: the light trace list, the trace delta, one span at a time), answered exactly
 * as the playground server answered them.
 */
import runListBuilder from '../fixtures/recorded/run-list-builder.json' with { type: 'json' };
import runListOwner from '../fixtures/recorded/run-list-owner.json' with { type: 'json' };
import runListViewer from '../fixtures/recorded/run-list-viewer.json' with { type: 'json' };
import type { RecordedScenario } from '../fixtures/format';
import { createReplayServer, type ReplayOptions, type ReplayServer } from '../fixtures/replay';

export type RunsRole = 'builder' | 'owner' | 'viewer';

const recordings = {
  builder: runListBuilder,
  owner: runListOwner,
  viewer: runListViewer,
} as unknown as Record<RunsRole, RecordedScenario>;

/** The recorded agent run (a tool call) and workflow run (a retried step), the same ids for every role. */
export const AGENT_TRACE = '2018c34e4390701fb492267dd301ab11';
export const WORKFLOW_TRACE = '85bd38d03683e79a8c8bbd58e47d74d4';
export const TOOL_SPAN = '457fd8f9f31a7474';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function createRunsReplay(role: RunsRole = 'builder', options: ReplayOptions = {}): ReplayServer {
  const exchanges = recordings[role].exchanges;
  // Every recorded route answers exactly what was recorded for it: successes as bodies, refusals (the LibSQL
  // store's 501 on the trace delta) as failures with the server's own message.
  const recorded = exchanges.filter((e) => e.status < 400 && e.body !== undefined);
  const refused = exchanges.filter((e) => e.status >= 400);
  return createReplayServer(role, {
    ...options,
    failures: [
      ...(options.failures ?? []),
      ...refused.map((e) => ({
        route: new RegExp(`^${e.method} ${escape(e.path)}$`),
        answer: e.status,
        ...((e.body as { error?: string } | undefined)?.error
          ? { message: (e.body as { error: string }).error }
          : {}),
      })),
    ],
    overrides: [
      ...(options.overrides ?? []),
      ...recorded.map((e) => ({ route: new RegExp(`^${e.method} ${escape(e.path)}$`), body: e.body })),
    ],
  });
}

/** A viewer whose role lacks `observability:read` (only `agents:read`): the runs stories' permission case. */
export const NO_OBSERVABILITY: ReplayOptions = {
  overrides: [
    {
      route: '/auth/capabilities',
      body: {
        enabled: true,
        login: { type: 'credentials', signUpEnabled: false },
        user: { id: 'u-viewer', email: 'viewer@paddock.test', name: 'Vic Viewer' },
        capabilities: { user: true, session: false, sso: false, rbac: true, acl: false, fga: false },
        access: { roles: ['viewer'], permissions: ['agents:read'] },
      },
    },
  ],
};
