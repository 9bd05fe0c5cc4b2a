import { useId, useMemo, useState, type FormEvent, type HTMLAttributes, type Ref } from 'react';
import type { Schedule } from '@paddock/client-sdk';
import {
  describeCron,
  formatInTimezone,
  listTimezones,
  nextFireTimes,
  validateCron,
  viewerTimezone,
  type CronProblem,
} from '../../core/cron.js';
import {
  buildFormValue,
  schemaToFields,
  valuesFromData,
  type FieldError,
  type FormValues,
} from '../../core/json-schema-form.js';
import { useMessages } from '../../hooks/use-builder.js';
import { useCronEngine } from '../../hooks/use-cron-engine.js';
import { describeError } from '../../hooks/use-error-message.js';
import { useScheduleActions, useSchedulePermissions, useWorkflowList } from '../../hooks/use-schedules.js';
import { schedulesMessages, type SchedulesMessages } from '../../i18n/schedules.en-US.js';
import { cn } from '../../utils/cn.js';
import { useControllableState } from '../../utils/use-controllable-state.js';
import { SchemaFields } from '../workflow-run/workflow-run-schema-fields.js';

/** What the editor holds while the user types; sent byte for byte. */
export interface ScheduleDraft {
  /** Name for a new schedule (the server derives the id); ignored when editing. */
  name: string;
  workflowId: string;
  cron: string;
  /** IANA zone; empty means the server's host zone. */
  timezone: string;
  /** Raw input fields (see `schemaToFields`). */
  input: FormValues;
}

export interface ScheduleEditorPrimitiveRootProps extends Omit<
  HTMLAttributes<HTMLFormElement>,
  'defaultValue' | 'onChange'
> {
  /** The schedule to edit; omit to create one. */
  schedule?: Schedule | undefined;
  /** The draft, controlled. */
  value?: ScheduleDraft | undefined;
  /** Starting draft (uncontrolled). @default from `schedule`, or empty with `defaultWorkflowId` */
  defaultValue?: ScheduleDraft | undefined;
  onValueChange?: ((draft: ScheduleDraft) => void) | undefined;
  /** Pre-selects a workflow for a new schedule. */
  defaultWorkflowId?: string | undefined;
  /** After the server saved the schedule. */
  onSaved?: ((schedule: Schedule) => void) | undefined;
  /** Shows a Cancel button that calls this. */
  onCancel?: (() => void) | undefined;
  /** Reference time of the preview (tests). @default now */
  now?: number | undefined;
  ref?: Ref<HTMLFormElement> | undefined;
}

function cronError(messages: SchedulesMessages, problem: CronProblem): string {
  if (problem.code === 'empty') return messages['scheduleEditor.error.empty'];
  if (problem.code === 'invalid-timezone')
    return messages['scheduleEditor.error.invalidTimezone'](problem.timezone);
  return messages['scheduleEditor.error.invalidCron'](problem.detail);
}

/**
 * Creates or edits a workflow schedule: cron with a live preview of the next five fires (in the schedule's zone
 * and the viewer's), a timezone picker, and the input data as a form from the workflow's input schema. Cron and
 * timezone are validated here because the server answers 500 on bad ones. Never sends a request context.
 */
export function ScheduleEditorPrimitive({
  schedule,
  value,
  defaultValue,
  onValueChange,
  defaultWorkflowId,
  onSaved,
  onCancel,
  now,
  className,
  ref,
  ...props
}: ScheduleEditorPrimitiveRootProps) {
  const messages = useMessages(schedulesMessages);
  const idPrefix = useId();
  const workflows = useWorkflowList();
  const permissions = useSchedulePermissions();
  const actions = useScheduleActions();
  const editing = !!schedule;
  const workflowIds = Object.keys(workflows.data ?? {});

  const [draft, setDraft] = useControllableState<ScheduleDraft>({
    prop: value,
    defaultProp: defaultValue ?? {
      name: '',
      workflowId: schedule?.workflowId ?? defaultWorkflowId ?? '',
      cron: schedule?.cron ?? '',
      timezone: schedule?.timezone ?? '',
      input: {},
    },
    onChange: onValueChange,
    caller: 'ScheduleEditor',
  });
  const inputSchema = workflows.data?.[draft.workflowId]?.inputSchema as Record<string, unknown> | undefined;
  const fields = useMemo(
    () =>
      inputSchema
        ? schemaToFields(inputSchema)
        : [
            {
              name: '',
              kind: 'json' as const,
              required: false,
              label: messages['scheduleEditor.inputData'],
              defaultText: '',
            },
          ],
    [inputSchema, messages],
  );
  // The draft keeps only what the user typed; untouched fields show the stored input (editing) or the defaults.
  const storedInput = editing && draft.workflowId === schedule?.workflowId ? schedule?.inputData : undefined;
  const inputValues = useMemo(
    () => ({ ...valuesFromData(fields, storedInput), ...draft.input }),
    [fields, storedInput, draft.input],
  );
  const [submitted, setSubmitted] = useState(false);
  const [inputErrors, setInputErrors] = useState<Record<string, FieldError>>({});

  // Until the cron engine has loaded nothing is validated, so nothing may be sent (see `submit`).
  const engine = useCronEngine();
  const problem = engine ? validateCron(engine, draft.cron, draft.timezone || undefined) : undefined;
  const preview =
    !engine || problem
      ? []
      : nextFireTimes(engine, draft.cron, {
          timezone: draft.timezone || undefined,
          ...(now === undefined ? {} : { from: now }),
          count: 5,
        });
  const words =
    !engine || problem
      ? undefined
      : describeCron(engine, draft.cron, { timezone: draft.timezone || undefined });
  const viewer = viewerTimezone();
  const zones = useMemo(() => listTimezones(), []);
  const blocked = !permissions.write.allowed;
  const pending = actions.create.isPending || actions.update.isPending;
  const workflowMissing = !editing && !draft.workflowId;
  const saveError = actions.create.error ?? actions.update.error;
  const ids = {
    title: `${idPrefix}-title`,
    cron: `${idPrefix}-cron`,
    cronHint: `${idPrefix}-cron-hint`,
    cronError: `${idPrefix}-cron-error`,
    tz: `${idPrefix}-tz`,
    tzList: `${idPrefix}-tz-list`,
    wf: `${idPrefix}-wf`,
    wfError: `${idPrefix}-wf-error`,
    name: `${idPrefix}-name`,
    nameHint: `${idPrefix}-name-hint`,
    reason: `${idPrefix}-reason`,
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSubmitted(true);
    if (blocked || pending || !engine) return;
    const built = buildFormValue(fields, inputValues);
    setInputErrors(built.errors);
    if (problem || workflowMissing || !built.valid) return;
    const inputData = built.value;
    const hasInput = !(fields.length === 1 && fields[0]?.name === '' && (inputValues[''] ?? '') === '');
    if (editing && schedule) {
      actions.update.mutate(
        {
          id: schedule.id,
          params: { cron: draft.cron, timezone: draft.timezone, ...(hasInput ? { inputData } : {}) },
        },
        { onSuccess: (saved) => onSaved?.(saved) },
      );
    } else {
      actions.create.mutate(
        {
          ...(draft.name !== '' ? { id: draft.name } : {}),
          workflowId: draft.workflowId,
          cron: draft.cron,
          ...(draft.timezone !== '' ? { timezone: draft.timezone } : {}),
          ...(hasInput ? { inputData } : {}),
        },
        { onSuccess: (saved) => onSaved?.(saved) },
      );
    }
  };

  const showCronError = problem && (submitted || draft.cron !== '');
  return (
    <form
      aria-labelledby={ids.title}
      noValidate
      {...props}
      ref={ref}
      onSubmit={submit}
      className={cn(className)}
      data-slot="paddock-schedule-editor"
      data-state={pending ? 'saving' : blocked ? 'disabled' : 'idle'}
    >
      <h3 id={ids.title} data-slot="paddock-schedule-editor-title">
        {editing && schedule
          ? messages['scheduleEditor.editTitle'](schedule.id)
          : messages['scheduleEditor.createTitle']}
      </h3>
      <fieldset disabled={blocked || pending} data-slot="paddock-schedule-editor-fields">
        {editing ? null : (
          <>
            <div data-slot="paddock-schedule-editor-field">
              <label htmlFor={ids.name}>{messages['scheduleEditor.id']}</label>
              <input
                id={ids.name}
                aria-describedby={ids.nameHint}
                data-slot="paddock-schedule-editor-input"
                value={draft.name}
                onChange={(e) => setDraft({ ...draft, name: e.currentTarget.value })}
              />
              <p id={ids.nameHint} data-slot="paddock-schedule-editor-hint">
                {messages['scheduleEditor.idHint']}
              </p>
            </div>
            <div data-slot="paddock-schedule-editor-field">
              <label htmlFor={ids.wf}>{messages['scheduleEditor.workflow']} *</label>
              <select
                id={ids.wf}
                aria-required
                aria-invalid={submitted && workflowMissing ? true : undefined}
                aria-describedby={submitted && workflowMissing ? ids.wfError : undefined}
                data-slot="paddock-schedule-editor-input"
                value={draft.workflowId}
                onChange={(e) => setDraft({ ...draft, workflowId: e.currentTarget.value, input: {} })}
              >
                <option value="">{messages['scheduleEditor.workflowChoose']}</option>
                {workflowIds.map((id) => (
                  <option key={id} value={id}>
                    {id}
                  </option>
                ))}
              </select>
              {submitted && workflowMissing ? (
                <p id={ids.wfError} role="alert" data-slot="paddock-schedule-editor-error">
                  {messages['scheduleEditor.error.workflow']}
                </p>
              ) : null}
            </div>
          </>
        )}
        <div data-slot="paddock-schedule-editor-field">
          <label htmlFor={ids.cron}>{messages['scheduleEditor.cron']} *</label>
          <input
            id={ids.cron}
            aria-required
            aria-invalid={showCronError && problem?.code !== 'invalid-timezone' ? true : undefined}
            aria-describedby={[ids.cronHint, showCronError ? ids.cronError : ''].filter(Boolean).join(' ')}
            spellCheck={false}
            autoComplete="off"
            data-slot="paddock-schedule-editor-input"
            value={draft.cron}
            onChange={(e) => setDraft({ ...draft, cron: e.currentTarget.value })}
          />
          <p id={ids.cronHint} data-slot="paddock-schedule-editor-hint">
            {words ?? messages['scheduleEditor.cronHint']}
          </p>
          {showCronError && problem ? (
            <p id={ids.cronError} role="alert" data-slot="paddock-schedule-editor-error">
              {cronError(messages, problem)}
            </p>
          ) : null}
        </div>
        <div data-slot="paddock-schedule-editor-field">
          <label htmlFor={ids.tz}>{messages['scheduleEditor.timezone']}</label>
          <input
            id={ids.tz}
            list={ids.tzList}
            autoComplete="off"
            spellCheck={false}
            aria-invalid={problem?.code === 'invalid-timezone' ? true : undefined}
            data-slot="paddock-schedule-editor-input"
            value={draft.timezone}
            placeholder={messages['schedules.serverTimezone']}
            onChange={(e) => setDraft({ ...draft, timezone: e.currentTarget.value })}
          />
          <datalist id={ids.tzList}>
            {zones.map((zone) => (
              <option key={zone} value={zone} />
            ))}
          </datalist>
        </div>
        <div
          data-slot="paddock-schedule-editor-preview"
          data-state={!engine ? 'loading' : preview.length ? 'ready' : 'empty'}
          aria-busy={!engine || undefined}
        >
          <p>{messages['scheduleEditor.preview']}</p>
          {preview.length ? (
            <ol aria-label={messages['scheduleEditor.preview']} aria-live="polite">
              {preview.map((date) => (
                <li key={date.getTime()}>
                  {formatInTimezone(date, draft.timezone || undefined)}
                  {viewer !== (draft.timezone || 'UTC') ? (
                    <span data-slot="paddock-schedule-muted">
                      {messages['schedules.nextFireViewer'](formatInTimezone(date, viewer))}
                    </span>
                  ) : null}
                </li>
              ))}
            </ol>
          ) : (
            <p data-slot="paddock-schedule-editor-hint">
              {engine ? messages['scheduleEditor.previewEmpty'] : messages['schedules.cronLoading']}
            </p>
          )}
        </div>
        <fieldset data-slot="paddock-schedule-editor-fields">
          <legend>{messages['scheduleEditor.inputData']}</legend>
          {!inputSchema && draft.workflowId ? (
            <p data-slot="paddock-schedule-editor-hint">{messages['scheduleEditor.noInputSchema']}</p>
          ) : null}
          <SchemaFields
            fields={fields}
            values={inputValues}
            onValuesChange={(input) => setDraft({ ...draft, input })}
            errors={inputErrors}
            messages={messages}
            idPrefix={`${idPrefix}-input`}
            slot="paddock-schedule-editor"
          />
        </fieldset>
      </fieldset>
      {blocked && permissions.write.reason ? (
        <p id={ids.reason} data-slot="paddock-schedule-editor-hint">
          {[permissions.write.reason, permissions.write.detail].filter(Boolean).join(' ')}
        </p>
      ) : null}
      {saveError ? (
        <p role="alert" data-slot="paddock-schedule-editor-error">
          {messages['scheduleEditor.saveFailed']} {describeError(saveError, messages).message}
        </p>
      ) : null}
      <div data-slot="paddock-schedule-actions">
        <button
          type="submit"
          aria-disabled={blocked || pending || !engine || undefined}
          aria-describedby={blocked ? ids.reason : undefined}
          data-slot="paddock-schedule-editor-submit"
          data-state={blocked ? 'disabled' : 'enabled'}
        >
          {pending ? messages['scheduleEditor.saving'] : messages['scheduleEditor.save']}
        </button>
        {onCancel ? (
          <button type="button" data-slot="paddock-schedule-editor-cancel" onClick={onCancel}>
            {messages['scheduleEditor.cancel']}
          </button>
        ) : null}
      </div>
    </form>
  );
}
