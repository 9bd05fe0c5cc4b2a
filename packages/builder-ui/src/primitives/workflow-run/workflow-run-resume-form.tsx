/**
 * The suspended step's resume form, loaded on demand by `WorkflowRunPrimitive.ResumeForm` (see `lazyPart`): only
 * a suspended run shows it. What it uses of the kit (the form generator, the JSON block) comes in as `kit`.
 */
import { useMemo, useState, type FormEvent, type HTMLAttributes, type Ref } from 'react';
import type { WorkflowGraphNode } from '../../core/workflow-graph.js';
import type { WorkflowRunState } from '../../core/workflow-run-store.js';
import type { FieldError, FormValues } from '../../core/json-schema-form.js';
import type { WorkflowRunContextValue } from './workflow-run-context.js';
import type { WorkflowRunLazyKit } from './workflow-run-parts.js';

export interface ResumeFormBodyProps extends HTMLAttributes<HTMLFormElement> {
  ctx: WorkflowRunContextValue;
  node: WorkflowGraphNode;
  run: WorkflowRunState;
  kit: WorkflowRunLazyKit;
  ref?: Ref<HTMLFormElement> | undefined;
}

export default function ResumeFormBody({
  ctx: { resumeSchema, messages, kitMessages, execute, actions, idPrefix },
  node: suspendedNode,
  run,
  kit: { Json, SchemaFields, buildFormValue, describeError, initialValues, schemaToFields },
  ...props
}: ResumeFormBodyProps) {
  const fields = useMemo(
    () =>
      resumeSchema
        ? schemaToFields(resumeSchema)
        : [{ name: '', kind: 'json' as const, required: true, label: 'resumeData', defaultText: '{}' }],
    [resumeSchema, schemaToFields],
  );
  // New fields (another suspended step) start from their defaults: state adjusted while rendering, not in an effect.
  const [form, setForm] = useState(() => ({
    fields,
    values: initialValues(fields),
    errors: {} as Record<string, FieldError>,
  }));
  if (form.fields !== fields) setForm({ fields, values: initialValues(fields), errors: {} });
  const { values, errors } = form;
  const setValues = (next: FormValues) => setForm((current) => ({ ...current, values: next }));
  const setErrors = (next: Record<string, FieldError>) =>
    setForm((current) => ({ ...current, errors: next }));
  const titleId = `${idPrefix}-resume-title`;
  const reasonId = `${idPrefix}-resume-reason`;
  const blocked = !execute.allowed;
  const pending = actions.resume.isPending;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (blocked || pending) return;
    const result = buildFormValue(fields, values);
    setErrors(result.errors);
    if (!result.valid) return;
    actions.resume.mutate({ step: suspendedNode.id.split('.'), resumeData: result.value });
  };
  const suspendPayload = run.steps[suspendedNode.id]?.suspendPayload;
  return (
    <form
      aria-labelledby={titleId}
      noValidate
      {...props}
      onSubmit={submit}
      data-slot="paddock-workflow-run-resume"
      data-state={pending ? 'submitting' : blocked ? 'disabled' : 'idle'}
    >
      <h3 id={titleId} data-slot="paddock-workflow-run-resume-title">
        {messages['workflowRun.suspendedTitle'](suspendedNode.id)}
      </h3>
      {suspendPayload !== undefined ? (
        <>
          <p data-slot="paddock-workflow-run-resume-waits">{messages['workflowRun.suspendPayload']}</p>
          <Json value={suspendPayload} slot="paddock-workflow-run-resume-payload" />
        </>
      ) : null}
      {!resumeSchema ? (
        <p data-slot="paddock-workflow-run-resume-hint">{messages['workflowRun.resumeNoSchema']}</p>
      ) : null}
      <fieldset disabled={blocked || pending} data-slot="paddock-workflow-run-resume-fields">
        <legend>{messages['workflowRun.resumeForm'](suspendedNode.stepId)}</legend>
        <SchemaFields
          fields={fields}
          values={values}
          onValuesChange={setValues}
          errors={errors}
          messages={messages}
          idPrefix={`${idPrefix}-resume`}
          slot="paddock-workflow-run-resume"
        />
      </fieldset>
      {blocked && execute.reason ? (
        <p id={reasonId} data-slot="paddock-workflow-run-resume-reason">
          {[execute.reason, execute.detail].filter(Boolean).join(' ')}
        </p>
      ) : null}
      {actions.resume.error ? (
        <p role="alert" data-slot="paddock-workflow-run-resume-error">
          {messages['workflowRun.resumeFailed']} {describeError(actions.resume.error, kitMessages).message}
        </p>
      ) : null}
      <button
        type="submit"
        aria-disabled={blocked || pending || undefined}
        aria-describedby={blocked ? reasonId : undefined}
        data-slot="paddock-workflow-run-resume-submit"
        data-state={blocked ? 'disabled' : 'enabled'}
      >
        {pending ? messages['workflowRun.resuming'] : messages['workflowRun.resume']}
      </button>
    </form>
  );
}
