import { useMessages } from '../hooks/use-builder.js';
import { schedulesMessages } from '../i18n/schedules.en-US.js';
import type { Schedule } from '@paddock/client-sdk';
import { useSchedulePermissions } from '../hooks/use-schedules.js';
import * as SchedulesPrimitive from '../primitives/schedules/index.js';
import { PaddockRoot } from '../provider/kit-root.js';
import { schedulesCss } from '../styles/schedules.js';
import { cn } from '../utils/cn.js';
import { useControllableState } from '../utils/use-controllable-state.js';

/** Which editor is open: a schedule id, `'new'`, or `null` for none. */
export type ScheduleListEditing = string | 'new' | null;

const STYLESHEETS = { schedules: schedulesCss };

export interface ScheduleListProps extends Omit<SchedulesPrimitive.RootProps, 'onEdit' | 'children'> {
  /** The open editor, controlled. */
  editing?: ScheduleListEditing | undefined;
  /** @default null */
  defaultEditing?: ScheduleListEditing | undefined;
  onEditingChange?: ((editing: ScheduleListEditing) => void) | undefined;
  /** After a schedule was created or saved. */
  onSaved?: ((schedule: Schedule) => void) | undefined;
}

function CreateButton({ onOpen }: { onOpen: () => void }) {
  const messages = useMessages(schedulesMessages);
  const { write } = useSchedulePermissions();
  const reason = write.allowed ? null : write.reason;
  return (
    <p data-slot="paddock-schedule-create-wrap">
      <button
        type="button"
        aria-disabled={reason ? true : undefined}
        title={reason ?? undefined}
        data-slot="paddock-schedule-create"
        data-state={reason ? 'disabled' : 'enabled'}
        onClick={() => {
          if (!reason) onOpen();
        }}
      >
        {messages['schedules.create']}
      </button>
      {reason ? <span data-slot="paddock-schedule-reason"> {reason}</span> : null}
    </p>
  );
}

/**
 * A workflow's schedules (or all): cron in words, zone, next fire in the schedule's zone and yours, status,
 * warnings, last fires linked to their runs, and permission-aware actions, with an inline editor.
 */
export function ScheduleList({
  className,
  editing: editingProp,
  defaultEditing = null,
  onEditingChange,
  onSaved,
  workflowId,
  ...props
}: ScheduleListProps) {
  const [editing, setEditing] = useControllableState<ScheduleListEditing>({
    prop: editingProp,
    defaultProp: defaultEditing,
    onChange: onEditingChange,
    caller: 'ScheduleList',
  });
  return (
    <PaddockRoot stylesheets={STYLESHEETS} data-slot="paddock-schedule-list-root">
      <SchedulesPrimitive.Root
        {...props}
        workflowId={workflowId}
        className={cn('paddock-schedule-list', className)}
        onEdit={(schedule) => setEditing(schedule.id)}
      >
        <ScheduleListBody
          editing={editing}
          setEditing={setEditing}
          onSaved={onSaved}
          workflowId={workflowId}
        />
      </SchedulesPrimitive.Root>
    </PaddockRoot>
  );
}

function ScheduleListBody({
  editing,
  setEditing,
  onSaved,
  workflowId,
}: {
  editing: ScheduleListEditing;
  setEditing: (editing: ScheduleListEditing) => void;
  onSaved: ((schedule: Schedule) => void) | undefined;
  workflowId: string | undefined;
}) {
  const list = SchedulesPrimitive.useScheduleList();
  const schedule = editing && editing !== 'new' ? list.query.data?.find((s) => s.id === editing) : undefined;
  return (
    <>
      {/* Without read access the status says why; offering to create what one cannot see would only confuse. */}
      {editing === null && list.state !== 'forbidden' ? (
        <CreateButton onOpen={() => setEditing('new')} />
      ) : null}
      {editing !== null ? (
        <SchedulesPrimitive.Editor
          key={editing}
          schedule={schedule}
          defaultWorkflowId={workflowId}
          onCancel={() => setEditing(null)}
          onSaved={(saved) => {
            setEditing(null);
            onSaved?.(saved);
          }}
        />
      ) : null}
      <SchedulesPrimitive.Status />
      <SchedulesPrimitive.Table />
    </>
  );
}
