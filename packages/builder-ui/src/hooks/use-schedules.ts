import { useMutation, useQuery } from '@tanstack/react-query';
import { paddockKeys, scheduleKeys } from '@paddock/client-sdk';
import type {
  Schedule,
  ScheduleCreateParams,
  ScheduleListParams,
  ScheduleTrigger,
  ScheduleUpdateParams,
  WorkflowMap,
} from '@paddock/client-sdk';
import { isInternalSchedule } from '../core/schedule-warnings.js';
import { useBuilderContext } from '../provider/builder-context.js';
import { usePermission } from './use-permission.js';

/**
 * Schedules (internal rows such as Mastra's notification dispatcher left out). Workflow schedules only:
 * agent schedules share the route but belong to another surface.
 */
export function useSchedules(
  params: ScheduleListParams = {},
  {
    refetchInterval,
    enabled = true,
  }: {
    refetchInterval?: number | false;
    /** False: fetch nothing (the user may not read schedules). @default true */
    enabled?: boolean;
  } = {},
) {
  const { client, queryClient } = useBuilderContext('useSchedules');
  return useQuery<Schedule[]>(
    {
      queryKey: scheduleKeys.list(client.baseUrl, params),
      queryFn: async ({ signal }) => {
        const all = await client.schedules.list(params, { signal });
        return all.filter((schedule) => !!schedule.workflowId && !isInternalSchedule(schedule));
      },
      refetchInterval: refetchInterval ?? false,
      enabled,
    },
    queryClient,
  );
}

/** A schedule's last fires, newest first, with the live status of each fire's run. */
export function useScheduleTriggers(
  scheduleId: string,
  { limit = 5, refetchInterval }: { limit?: number; refetchInterval?: number | false } = {},
) {
  const { client, queryClient } = useBuilderContext('useScheduleTriggers');
  return useQuery<ScheduleTrigger[]>(
    {
      queryKey: scheduleKeys.triggers(client.baseUrl, scheduleId, { limit }),
      queryFn: ({ signal }) => client.schedules.triggers(scheduleId, { limit }, { signal }),
      refetchInterval: refetchInterval ?? false,
    },
    queryClient,
  );
}

/** Registered workflows with their input schemas (for the editor's workflow choice and input form). */
export function useWorkflowList() {
  const { client, queryClient } = useBuilderContext('useWorkflowList');
  return useQuery<WorkflowMap>(
    {
      queryKey: paddockKeys.workflows.list(client.baseUrl),
      queryFn: ({ signal }) => client.workflows.list(undefined, { signal }),
      staleTime: 60_000,
    },
    queryClient,
  );
}

/**
 * What the user may do with schedules, each with its reason. The server derives these: listing needs
 * `schedules:read`, pause and run now need
 * `schedules:write`, resume needs `schedules:execute` (a member may resume but not pause), delete needs
 * `schedules:delete` (an admin may not delete) (mastra-schedules §2.1).
 */
export function useSchedulePermissions() {
  return {
    read: usePermission('schedules:read'),
    write: usePermission('schedules:write'),
    execute: usePermission('schedules:execute'),
    remove: usePermission('schedules:delete'),
  };
}

/** Create, edit, pause, resume, run now and delete; every success refreshes the schedule lists. */
export function useScheduleActions() {
  const { client, queryClient } = useBuilderContext('useScheduleActions');
  const onSettled = () => queryClient.invalidateQueries({ queryKey: scheduleKeys.all(client.baseUrl) });
  const m = <A, R>(fn: (args: A) => Promise<R>) => ({ mutationFn: fn, onSettled });
  return {
    create: useMutation(
      m((params: ScheduleCreateParams) => client.schedules.create(params)),
      queryClient,
    ),
    update: useMutation(
      m(({ id, params }: { id: string; params: ScheduleUpdateParams }) =>
        client.schedules.update(id, params),
      ),
      queryClient,
    ),
    pause: useMutation(
      m((id: string) => client.schedules.pause(id)),
      queryClient,
    ),
    resume: useMutation(
      m((id: string) => client.schedules.resume(id)),
      queryClient,
    ),
    runNow: useMutation(
      m((id: string) => client.schedules.runNow(id)),
      queryClient,
    ),
    remove: useMutation(
      m((id: string) => client.schedules.delete(id)),
      queryClient,
    ),
  };
}
