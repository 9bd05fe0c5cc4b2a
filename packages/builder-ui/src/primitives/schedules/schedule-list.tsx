import { useId, useState, type HTMLAttributes, type ReactNode, type Ref } from 'react';
import {
  errorKindOf,
  type Schedule,
  type ScheduleListParams,
  type ScheduleTrigger,
} from '@paddock/client-sdk';
import { describeCron, formatInTimezone, viewerTimezone } from '../../core/cron.js';
import { useCronEngine } from '../../hooks/use-cron-engine.js';
import { scheduleWarnings, type ScheduleWarning } from '../../core/schedule-warnings.js';
import { useMessages } from '../../hooks/use-builder.js';
import { describeError } from '../../hooks/use-error-message.js';
import type { PermissionState } from '../../hooks/use-permission.js';
import {
  useScheduleActions,
  useSchedulePermissions,
  useSchedules,
  useScheduleTriggers,
} from '../../hooks/use-schedules.js';
import type { CommonMessages } from '../../i18n/common.en-US.js';
import { schedulesMessages, type SchedulesMessages } from '../../i18n/schedules.en-US.js';
import { PaddockLink } from '../../provider/kit-root.js';
import { cn } from '../../utils/cn.js';
import { createContext } from '../../utils/create-context.js';

/** What the list shows: `forbidden` when the user may not read schedules (said by capabilities or by a 403). */
export type ScheduleListState = 'loading' | 'error' | 'forbidden' | 'empty' | 'ready';

export interface ScheduleListContextValue {
  /** The schedules' strings and the common ones (error sentences). */
  messages: CommonMessages & SchedulesMessages;
  state: ScheduleListState;
  query: ReturnType<typeof useSchedules>;
  permissions: ReturnType<typeof useSchedulePermissions>;
  actions: ReturnType<typeof useScheduleActions>;
  runHref: ((workflowId: string, runId: string) => string) | undefined;
  onEdit: ((schedule: Schedule) => void) | undefined;
  refetchInterval: number | false;
  now: () => number;
  idPrefix: string;
}

const [ScheduleListContext, useScheduleListContext] = createContext<ScheduleListContextValue>(
  'ScheduleListPrimitive.Root',
);

/** The list's data and actions, for custom parts. */
export function useScheduleList(): ScheduleListContextValue {
  return useScheduleListContext('useScheduleList');
}

export interface ScheduleListPrimitiveRootProps extends HTMLAttributes<HTMLDivElement> {
  /** Only this workflow's schedules. @default all workflows */
  workflowId?: string | undefined;
  /** Only active or paused schedules. @default both */
  status?: ScheduleListParams['status'];
  /** Link target of a fire's run, e.g. `(w, r) => '/runs/' + w + '/' + r`. Without it fires show no link. */
  runHref?: ((workflowId: string, runId: string) => string) | undefined;
  /** Shows an Edit action that calls this. */
  onEdit?: ((schedule: Schedule) => void) | undefined;
  /** Refresh the list and fire histories every so often (ms), so new fires appear. @default 10000 */
  refetchInterval?: number | false | undefined;
  ref?: Ref<HTMLDivElement> | undefined;
  children?: ReactNode;
}

export function ScheduleListPrimitiveRoot({
  workflowId,
  status,
  runHref,
  onEdit,
  refetchInterval = 10_000,
  className,
  ref,
  children,
  ...props
}: ScheduleListPrimitiveRootProps) {
  const messages = useMessages(schedulesMessages);
  const permissions = useSchedulePermissions();
  const { read } = permissions;
  const query = useSchedules(
    { ...(workflowId ? { workflowId } : {}), ...(status ? { status } : {}) },
    // Capabilities that could not be read leave the answer to the server, which is the authority anyway.
    { refetchInterval, enabled: read.allowed || read.status === 'error' },
  );
  const state: ScheduleListState =
    (read.status === 'ready' && !read.allowed) || (query.isError && errorKindOf(query.error) === 'permission')
      ? 'forbidden'
      : query.isPending
        ? 'loading'
        : query.isError
          ? 'error'
          : query.data.length
            ? 'ready'
            : 'empty';
  const value: ScheduleListContextValue = {
    messages,
    state,
    query,
    permissions,
    actions: useScheduleActions(),
    runHref,
    onEdit,
    refetchInterval,
    now: Date.now,
    idPrefix: useId(),
  };
  return (
    <ScheduleListContext value={value}>
      <div
        role="region"
        aria-label={messages['schedules.label']}
        aria-busy={state === 'loading' || undefined}
        {...props}
        ref={ref}
        className={cn(className)}
        data-slot="paddock-schedule-list"
        data-state={state}
      >
        {children}
      </div>
    </ScheduleListContext>
  );
}

/**
 * Loading, error (with retry), forbidden (why, without a retry: asking again gets the same answer) and empty
 * states.
 *
 * @selector [data-slot="paddock-schedule-list-status"][data-state="loading" | "error" | "forbidden" | "empty"]
 */
export function ScheduleListPrimitiveStatus({ className, ...props }: HTMLAttributes<HTMLDivElement>) {
  const { state, query, messages, permissions } = useScheduleListContext('ScheduleListPrimitive.Status');
  if (state === 'forbidden') {
    const { read } = permissions;
    // The sentence for the user, then the permission id for whoever grants it; a 403 the capabilities did not
    // predict says what the server said.
    const text =
      read.status === 'ready' && !read.allowed
        ? [read.reason, read.detail].filter(Boolean).join(' ')
        : describeError(query.error, messages).message;
    return (
      <p
        role="alert"
        className={cn(className)}
        data-slot="paddock-schedule-list-status"
        data-state="forbidden"
      >
        {text}
      </p>
    );
  }
  if (state === 'loading')
    return (
      <p
        role="status"
        className={cn(className)}
        data-slot="paddock-schedule-list-status"
        data-state="loading"
      >
        {messages['schedules.loading']}
      </p>
    );
  if (state === 'error')
    return (
      <div
        role="alert"
        {...props}
        className={cn(className)}
        data-slot="paddock-schedule-list-status"
        data-state="error"
      >
        <p>{messages['schedules.loadError']}</p>
        <p>{describeError(query.error, messages).message}</p>
        <button type="button" data-slot="paddock-schedule-action-retry" onClick={() => void query.refetch()}>
          {messages['workflowRun.retry']}
        </button>
      </div>
    );
  if (state === 'empty')
    return (
      <p className={cn(className)} data-slot="paddock-schedule-list-status" data-state="empty">
        {messages['schedules.empty']}
      </p>
    );
  return null;
}

function warningText(messages: SchedulesMessages, warning: ScheduleWarning): string {
  switch (warning.code) {
    case 'next-fire-past':
      return messages['schedules.warning.nextFirePast'];
    case 'overlap':
      return messages['schedules.warning.overlap'](warning.runId ?? '?');
    case 'will-overlap':
      return messages['schedules.warning.willOverlap'](warning.openRunId ?? '?');
    case 'code-owned':
      return messages['schedules.warning.codeOwned'];
  }
}

interface ActionProps {
  label: string;
  permission: PermissionState;
  /** A reason other than permission (e.g. already paused). */
  blocked?: string | null | undefined;
  onRun: () => void;
  slot: string;
  id: string;
}

/** An action button that stays focusable when unavailable and says why (aria-describedby). */
function ScheduleAction({ label, permission, blocked, onRun, slot, id }: ActionProps) {
  const reason = !permission.allowed
    ? [permission.reason, permission.detail].filter(Boolean).join(' ')
    : (blocked ?? null);
  const reasonId = `${id}-reason`;
  return (
    <span data-slot="paddock-schedule-action-wrap" data-state={reason ? 'disabled' : 'enabled'}>
      <button
        type="button"
        aria-disabled={reason ? true : undefined}
        aria-describedby={reason ? reasonId : undefined}
        title={reason ?? undefined}
        data-slot={`paddock-schedule-action-${slot}`}
        data-state={reason ? 'disabled' : 'enabled'}
        onClick={() => {
          if (!reason) onRun();
        }}
      >
        {label}
      </button>
      {reason ? (
        <span id={reasonId} data-slot="paddock-schedule-reason" hidden>
          {reason}
        </span>
      ) : null}
    </span>
  );
}

function FireList({ schedule, triggers }: { schedule: Schedule; triggers: ScheduleTrigger[] }) {
  const { messages, runHref } = useScheduleListContext('ScheduleListPrimitive.Fires');
  if (triggers.length === 0) return <p data-slot="paddock-schedule-muted">{messages['schedules.noFires']}</p>;
  return (
    <ul aria-label={messages['schedules.lastFires']} data-slot="paddock-schedule-fires">
      {triggers.map((trigger) => {
        const kind =
          trigger.triggerKind === 'manual'
            ? messages['schedules.fireKind.manual']
            : messages['schedules.fireKind.schedule-fire'];
        const runStatus = trigger.run?.status;
        return (
          <li
            key={trigger.id ?? `${trigger.runId}-${trigger.actualFireAt}`}
            data-slot="paddock-schedule-fire"
            data-state={runStatus ?? trigger.outcome}
          >
            {formatInTimezone(trigger.actualFireAt, schedule.timezone)} · {kind} ·{' '}
            {messages['schedules.fireOutcome'](trigger.outcome)} ·{' '}
            {runStatus
              ? messages['schedules.fireRun'](messages['workflowRun.runStatus.value'](runStatus))
              : messages['schedules.fireNoRun']}
            {trigger.runId && runHref && schedule.workflowId ? (
              <>
                {' · '}
                <PaddockLink
                  href={runHref(schedule.workflowId, trigger.runId)}
                  data-slot="paddock-schedule-fire-link"
                  aria-label={`${messages['schedules.openRun']} ${trigger.runId}`}
                >
                  {messages['schedules.openRun']}
                </PaddockLink>
              </>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}

function ScheduleRow({ schedule }: { schedule: Schedule }) {
  const { messages, permissions, actions, onEdit, refetchInterval, now, idPrefix } =
    useScheduleListContext('ScheduleListPrimitive.Row');
  const triggers = useScheduleTriggers(schedule.id, { refetchInterval });
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const viewer = viewerTimezone();
  const tz = schedule.timezone;
  const engine = useCronEngine();
  const words = engine
    ? (describeCron(engine, schedule.cron, { timezone: tz }) ?? schedule.cron)
    : messages['schedules.cronLoading'];
  const warnings = scheduleWarnings(schedule, triggers.data ?? [], now());
  const id = `${idPrefix}-${schedule.id}`;
  const run = (action: 'pause' | 'resume' | 'runNow' | 'remove') => {
    setNotice(null);
    setFailure(null);
    actions[action].mutate(schedule.id, {
      onSuccess: (result) => {
        if (action === 'runNow' && result && typeof result === 'object' && 'claimId' in result)
          setNotice(messages['schedules.done.runNow'](String(result.claimId)));
        void triggers.refetch();
      },
      onError: (error) =>
        setFailure(`${messages['schedules.actionFailed']} ${describeError(error, messages).message}`),
    });
  };
  const label = typeof schedule.metadata?.['label'] === 'string' ? schedule.metadata['label'] : undefined;
  return (
    <tr data-slot="paddock-schedule-row" data-state={schedule.status} data-schedule-id={schedule.id}>
      <th scope="row" data-slot="paddock-schedule-name">
        {label ?? schedule.id}
        <span data-slot="paddock-schedule-muted">{schedule.id}</span>
        <span data-slot="paddock-schedule-muted">
          {messages['schedules.workflow']}: {schedule.workflowId}
        </span>
      </th>
      <td data-slot="paddock-schedule-when">
        {words}
        <code data-slot="paddock-schedule-muted">{schedule.cron}</code>
        {tz ? null : <span data-slot="paddock-schedule-muted">{messages['schedules.serverTimezone']}</span>}
      </td>
      <td data-slot="paddock-schedule-next">
        {typeof schedule.nextFireAt === 'number' ? (
          <>
            {formatInTimezone(schedule.nextFireAt, tz)}
            {viewer !== (tz || 'UTC') ? (
              <span data-slot="paddock-schedule-muted">
                {messages['schedules.nextFireViewer'](formatInTimezone(schedule.nextFireAt, viewer))}
              </span>
            ) : null}
          </>
        ) : (
          messages['schedules.nextFireNone']
        )}
      </td>
      <td>
        <span data-slot="paddock-schedule-status" data-state={schedule.status}>
          {schedule.status === 'active'
            ? messages['schedules.status.active']
            : schedule.status === 'paused'
              ? messages['schedules.status.paused']
              : schedule.status}
        </span>
        {warnings.map((warning, index) => (
          <p key={index} data-slot="paddock-schedule-warning" data-state={warning.code}>
            {warningText(messages, warning)}
          </p>
        ))}
      </td>
      <td data-slot="paddock-schedule-history">
        <FireList schedule={schedule} triggers={triggers.data ?? []} />
      </td>
      <td>
        <div
          role="group"
          aria-label={messages['schedules.actions'](schedule.id)}
          data-slot="paddock-schedule-actions"
        >
          {schedule.status === 'paused' ? (
            <ScheduleAction
              id={`${id}-resume`}
              slot="resume"
              label={messages['schedules.resume']}
              permission={permissions.execute}
              onRun={() => run('resume')}
            />
          ) : (
            <ScheduleAction
              id={`${id}-pause`}
              slot="pause"
              label={messages['schedules.pause']}
              permission={permissions.write}
              onRun={() => run('pause')}
            />
          )}
          <ScheduleAction
            id={`${id}-run`}
            slot="run"
            label={messages['schedules.runNow']}
            permission={permissions.write}
            onRun={() => run('runNow')}
          />
          {onEdit ? (
            <ScheduleAction
              id={`${id}-edit`}
              slot="edit"
              label={messages['schedules.edit']}
              permission={permissions.write}
              onRun={() => onEdit(schedule)}
            />
          ) : null}
          {confirmDelete ? (
            <span
              role="group"
              aria-label={messages['schedules.deleteConfirmTitle'](schedule.id)}
              data-slot="paddock-schedule-delete-confirm"
            >
              <span>{messages['schedules.deleteConfirmBody']}</span>
              <button
                type="button"
                data-slot="paddock-schedule-action-delete-yes"
                // eslint-disable-next-line jsx-a11y/no-autofocus -- the confirmation takes focus it was asked for
                autoFocus
                onClick={() => {
                  setConfirmDelete(false);
                  run('remove');
                }}
              >
                {messages['schedules.deleteConfirm']}
              </button>
              <button
                type="button"
                data-slot="paddock-schedule-action-delete-no"
                onClick={() => setConfirmDelete(false)}
              >
                {messages['schedules.deleteKeep']}
              </button>
            </span>
          ) : (
            <ScheduleAction
              id={`${id}-delete`}
              slot="delete"
              label={messages['schedules.delete']}
              permission={permissions.remove}
              onRun={() => setConfirmDelete(true)}
            />
          )}
        </div>
        {notice ? (
          <p role="status" data-slot="paddock-schedule-notice">
            {notice}
          </p>
        ) : null}
        {failure ? (
          <p role="alert" data-slot="paddock-schedule-editor-error">
            {failure}
          </p>
        ) : null}
      </td>
    </tr>
  );
}

/** The schedules as a table: words, zone, next fire (schedule's zone and yours), status, warnings, fires, actions. */
export function ScheduleListPrimitiveTable({
  className,
  ref,
  ...props
}: HTMLAttributes<HTMLTableElement> & { ref?: Ref<HTMLTableElement> | undefined }) {
  const { query, messages } = useScheduleListContext('ScheduleListPrimitive.Table');
  if (!query.data || query.data.length === 0) return null;
  return (
    <table
      {...props}
      ref={ref}
      className={cn(className)}
      data-slot="paddock-schedule-table"
      data-state="ready"
    >
      <caption data-slot="paddock-schedule-caption">{messages['schedules.label']}</caption>
      <thead>
        <tr>
          <th scope="col">{messages['schedules.workflow']}</th>
          <th scope="col">{messages['schedules.when']}</th>
          <th scope="col">{messages['schedules.nextFire']}</th>
          <th scope="col">{messages['schedules.status']}</th>
          <th scope="col">{messages['schedules.lastFires']}</th>
          <th scope="col">{messages['schedules.actionsHeader']}</th>
        </tr>
      </thead>
      <tbody>
        {query.data.map((schedule) => (
          <ScheduleRow key={schedule.id} schedule={schedule} />
        ))}
      </tbody>
    </table>
  );
}
