import {
  lazy,
  Suspense,
  useEffect,
  useMemo,
  useRef,
  useState,
  type FormEvent,
  type HTMLAttributes,
  type KeyboardEvent,
  type Ref,
} from 'react';
import {
  buildFormValue,
  initialValues,
  schemaToFields,
  type FieldError,
  type FormValues,
} from '../../core/json-schema-form.js';
import { isTerminalRunStatus, STEP_STATUSES } from '../../core/workflow-graph.js';
import { errorKindOf } from '@paddock/client-sdk';
import { describeError } from '../../hooks/use-error-message.js';
import { cn } from '../../utils/cn.js';
import { useWorkflowRunContext } from './workflow-run-context.js';
import { nodeNotes, stepStatusLabel, toDisplayJson } from './workflow-run-labels.js';
import { SchemaFields } from './workflow-run-schema-fields.js';

type DivProps = HTMLAttributes<HTMLDivElement> & { ref?: Ref<HTMLDivElement> | undefined };

// The graph pulls in @xyflow/react and dagre: loaded only when a graph is rendered.
const LazyGraphView = lazy(() => import('./workflow-run-graph-view.js'));

/** The run's status in words, and whether the view is following it live. */
export function WorkflowRunPrimitiveStatus({ className, ref, ...props }: DivProps) {
  const { run, live, messages, kitMessages, status } = useWorkflowRunContext('WorkflowRunPrimitive.Status');
  if (!run) {
    if (status !== 'loading') return null;
    return (
      <div
        role="status"
        {...props}
        ref={ref}
        className={cn(className)}
        data-slot="paddock-workflow-run-status"
        data-state="loading"
      >
        {kitMessages['common.loading']}
      </div>
    );
  }
  return (
    <div
      role="status"
      {...props}
      ref={ref}
      className={cn(className)}
      data-slot="paddock-workflow-run-status"
      data-state={run.status ?? 'unknown'}
    >
      <span data-slot="paddock-workflow-run-status-label">{messages['workflowRun.runStatus']}: </span>
      <span data-slot="paddock-workflow-run-status-value">
        {messages['workflowRun.runStatus.value'](run.status ?? '')}
      </span>
      {live ? (
        <span data-slot="paddock-workflow-run-live" data-state="live">
          {' · '}
          {messages['workflowRun.live']}
        </span>
      ) : null}
    </div>
  );
}

/**
 * Why the run cannot be shown, in the user's words: Mastra answers 403 on another user's run even to an owner,
 * so a 403 without a missing permission means "not yours", never a blank panel.
 */
export function WorkflowRunPrimitiveLoadError({ className, ref, ...props }: DivProps) {
  const { status, error, retry, messages, kitMessages } = useWorkflowRunContext(
    'WorkflowRunPrimitive.LoadError',
  );
  if (status !== 'error') return null;
  const permission = (error as { permission?: unknown } | null)?.permission;
  // By the SDK's kind (one source of truth, and a second SDK copy in the host still counts), never a class name.
  const kind = errorKindOf(error);
  let text: string;
  if (kind === 'permission' && typeof permission !== 'string') text = messages['workflowRun.forbidden'];
  else if (kind === 'not-found') text = messages['workflowRun.notFound'];
  else text = describeError(error, kitMessages).message;
  return (
    <div
      role="alert"
      {...props}
      ref={ref}
      className={cn(className)}
      data-slot="paddock-workflow-run-error"
      data-state="error"
    >
      <p data-slot="paddock-workflow-run-error-title">{messages['workflowRun.loadError']}</p>
      <p data-slot="paddock-workflow-run-error-message">{text}</p>
      <button type="button" data-slot="paddock-workflow-run-error-retry" onClick={retry}>
        {messages['workflowRun.retry']}
      </button>
    </div>
  );
}

/** The step graph (lazy). Nodes are buttons: Tab reaches them, Enter or Space selects. */
export function WorkflowRunPrimitiveGraph({ className, ref, ...props }: DivProps) {
  const ctx = useWorkflowRunContext('WorkflowRunPrimitive.Graph');
  const { graph, messages, status } = ctx;
  if (status !== 'ready') return null;
  return (
    <div
      role="group"
      aria-label={messages['workflowRun.graphLabel']}
      {...props}
      ref={ref}
      className={cn(className)}
      data-slot="paddock-workflow-run-graph"
      data-state={graph.nodes.length ? 'ready' : 'empty'}
    >
      {graph.nodes.length === 0 ? (
        <p data-slot="paddock-workflow-run-graph-empty">{messages['workflowRun.graphEmpty']}</p>
      ) : (
        <Suspense
          fallback={
            <p data-slot="paddock-workflow-run-graph-loading">{messages['workflowRun.graphLoading']}</p>
          }
        >
          <LazyGraphView
            graph={graph}
            attempts={ctx.attempts}
            selectedStepId={ctx.selectedStepId}
            onSelect={ctx.selectStep}
            messages={messages}
          />
        </Suspense>
      )}
    </div>
  );
}

/** Legend: every status with its label, so colour is never the only signal. */
export function WorkflowRunPrimitiveLegend({ className, ref, ...props }: DivProps) {
  const { messages, graph, status } = useWorkflowRunContext('WorkflowRunPrimitive.Legend');
  if (status !== 'ready') return null;
  const present = new Set(graph.nodes.map((n) => n.status));
  return (
    <div
      role="group"
      aria-label={messages['workflowRun.legend']}
      {...props}
      ref={ref}
      className={cn(className)}
      data-slot="paddock-workflow-run-legend"
      data-state="ready"
    >
      {STEP_STATUSES.filter((s) => present.has(s)).map((s) => (
        <span key={s} data-slot="paddock-workflow-run-legend-item" data-status={s} data-state={s}>
          {stepStatusLabel(messages, s)}
        </span>
      ))}
    </div>
  );
}

/** The steps as a list (the graph's keyboard- and screen-reader-friendly twin): status, notes, attempts. */
export function WorkflowRunPrimitiveStepList({
  className,
  ref,
  ...props
}: HTMLAttributes<HTMLOListElement> & { ref?: Ref<HTMLOListElement> | undefined }) {
  const { graph, attempts, messages, selectedStepId, selectStep, status } = useWorkflowRunContext(
    'WorkflowRunPrimitive.StepList',
  );
  const listRef = useRef<HTMLOListElement | null>(null);
  if (status !== 'ready') return null;
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (!['ArrowDown', 'ArrowUp', 'Home', 'End'].includes(event.key)) return;
    const buttons = [
      ...(listRef.current?.querySelectorAll<HTMLButtonElement>('[data-slot="paddock-workflow-run-step"]') ??
        []),
    ];
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const next =
      event.key === 'Home'
        ? 0
        : event.key === 'End'
          ? buttons.length - 1
          : Math.min(buttons.length - 1, Math.max(0, index + (event.key === 'ArrowDown' ? 1 : -1)));
    buttons[next]?.focus();
    event.preventDefault();
  };
  return (
    <ol
      aria-label={messages['workflowRun.stepsLabel']}
      {...props}
      ref={(node) => {
        listRef.current = node;
        if (typeof ref === 'function') ref(node);
        else if (ref) ref.current = node;
      }}
      className={cn(className)}
      data-slot="paddock-workflow-run-steps"
      data-state="ready"
    >
      {graph.nodes.map((node) => {
        const retries = attempts[node.id];
        const notes = nodeNotes(messages, node, retries);
        const selected = node.id === selectedStepId;
        return (
          <li key={node.id} data-slot="paddock-workflow-run-step-item" data-depth={node.depth}>
            <button
              type="button"
              aria-pressed={selected}
              data-slot="paddock-workflow-run-step"
              data-state={node.status}
              data-selected={selected ? '' : undefined}
              data-retried={
                retries?.succeededAfterRetry ? 'after-retry' : retries?.retried ? 'retried' : undefined
              }
              onClick={() => selectStep(selected ? null : node.id)}
              onKeyDown={onKeyDown}
            >
              <span data-slot="paddock-workflow-run-step-name">{node.stepId}</span>
              <span data-slot="paddock-workflow-run-step-status">
                {stepStatusLabel(messages, node.status, node.rawStatus)}
              </span>
              {node.parentId ? (
                <span data-slot="paddock-workflow-run-step-note">
                  {messages['workflowRun.inWorkflow'](node.parentId)}
                </span>
              ) : null}
              {notes.map((note) => (
                <span key={note} data-slot="paddock-workflow-run-step-note">
                  {note}
                </span>
              ))}
            </button>
          </li>
        );
      })}
    </ol>
  );
}

function Json({ value, slot }: { value: unknown; slot: string }) {
  // Long values scroll inside the block; keyboard users must be able to reach and scroll it.
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <pre tabIndex={0} data-slot={slot}>
      {toDisplayJson(value)}
    </pre>
  );
}

/** The selected step's input, output, error, timing and attempts. */
export function WorkflowRunPrimitiveStepDetails({ className, ref, ...props }: DivProps) {
  const { selectedNode, run, attempts, messages, idPrefix, status } = useWorkflowRunContext(
    'WorkflowRunPrimitive.StepDetails',
  );
  const titleId = `${idPrefix}-details-title`;
  if (status !== 'ready') return null;
  if (!selectedNode) {
    return (
      <div
        {...props}
        ref={ref}
        className={cn(className)}
        data-slot="paddock-workflow-run-details"
        data-state="empty"
      >
        <p data-slot="paddock-workflow-run-details-empty">{messages['workflowRun.selectStep']}</p>
      </div>
    );
  }
  const record = run?.steps[selectedNode.id];
  const retries = attempts[selectedNode.id];
  const started = typeof record?.startedAt === 'number' ? record.startedAt : undefined;
  const ended = typeof record?.endedAt === 'number' ? record.endedAt : undefined;
  const errorValue = record?.error;
  return (
    <section
      aria-labelledby={titleId}
      {...props}
      ref={ref}
      className={cn(className)}
      data-slot="paddock-workflow-run-details"
      data-state={selectedNode.status}
    >
      <h3 id={titleId} data-slot="paddock-workflow-run-details-title">
        {messages['workflowRun.details']}: {selectedNode.id} (
        {stepStatusLabel(messages, selectedNode.status, selectedNode.rawStatus)})
      </h3>
      {selectedNode.description ? (
        <p data-slot="paddock-workflow-run-details-description">{selectedNode.description}</p>
      ) : null}
      <dl data-slot="paddock-workflow-run-timing">
        <dt>{messages['workflowRun.started']}</dt>
        <dd>{started ? new Date(started).toISOString() : messages['workflowRun.none']}</dd>
        <dt>{messages['workflowRun.ended']}</dt>
        <dd>{ended ? new Date(ended).toISOString() : messages['workflowRun.none']}</dd>
        <dt>{messages['workflowRun.duration']}</dt>
        <dd>
          {started && ended
            ? messages['workflowRun.durationValue'](ended - started)
            : messages['workflowRun.none']}
        </dd>
      </dl>
      {retries && retries.attempts.length > 0 ? (
        <div
          data-slot="paddock-workflow-run-attempts"
          data-state={retries.succeededAfterRetry ? 'after-retry' : retries.retried ? 'retried' : 'single'}
        >
          <h4 data-slot="paddock-workflow-run-attempts-title">{messages['workflowRun.attempts']}</h4>
          <ol aria-label={messages['workflowRun.attempts']}>
            {retries.attempts.map((attempt) => (
              <li key={attempt.attempt} data-slot="paddock-workflow-run-attempt" data-state={attempt.status}>
                <span data-slot="paddock-workflow-run-attempt-name">
                  {messages['workflowRun.attempt'](attempt.attempt)}
                </span>{' '}
                <span data-slot="paddock-workflow-run-attempt-status">
                  {messages[`workflowRun.attemptStatus.${attempt.status}`]}
                </span>
                {attempt.delayBeforeMs !== undefined ? (
                  <span data-slot="paddock-workflow-run-attempt-delay">
                    {' '}
                    · {messages['workflowRun.retryDelay'](attempt.delayBeforeMs)}
                  </span>
                ) : null}
                {attempt.error ? (
                  <span data-slot="paddock-workflow-run-attempt-error"> · {attempt.error}</span>
                ) : null}
              </li>
            ))}
          </ol>
          {retries.source === 'record' ? (
            <p data-slot="paddock-workflow-run-attempts-note">{messages['workflowRun.attemptsFromRecord']}</p>
          ) : null}
        </div>
      ) : null}
      {record?.suspendPayload !== undefined ? (
        <>
          <h4>{messages['workflowRun.suspendPayload']}</h4>
          <Json value={record.suspendPayload} slot="paddock-workflow-run-suspend-payload" />
        </>
      ) : null}
      <h4>{messages['workflowRun.input']}</h4>
      <Json value={record?.payload ?? messages['workflowRun.none']} slot="paddock-workflow-run-input" />
      {record?.output !== undefined ? (
        <>
          <h4>{messages['workflowRun.output']}</h4>
          <Json value={record.output} slot="paddock-workflow-run-output" />
        </>
      ) : null}
      {errorValue ? (
        <>
          <h4>{messages['workflowRun.error']}</h4>
          <Json
            value={(errorValue as { message?: unknown }).message ?? errorValue}
            slot="paddock-workflow-run-step-error"
          />
        </>
      ) : null}
    </section>
  );
}

/**
 * The resume form of the suspended step: what it waits for, and fields generated from its resume schema
 * (JSON when it declares none). Submitting streams the rest of the run into the view.
 */
export function WorkflowRunPrimitiveResumeForm({
  className,
  ref,
  ...props
}: HTMLAttributes<HTMLFormElement> & { ref?: Ref<HTMLFormElement> | undefined }) {
  const { suspendedNode, resumeSchema, run, messages, kitMessages, execute, readOnly, actions, idPrefix } =
    useWorkflowRunContext('WorkflowRunPrimitive.ResumeForm');
  const fields = useMemo(
    () =>
      resumeSchema
        ? schemaToFields(resumeSchema)
        : [{ name: '', kind: 'json' as const, required: true, label: 'resumeData', defaultText: '{}' }],
    [resumeSchema],
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
  if (!suspendedNode || readOnly || run?.status !== 'suspended') return null;
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
      ref={ref}
      onSubmit={submit}
      className={cn(className)}
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

/** Cancels a running or suspended run after a confirmation; disabled with the reason without permission. */
export function WorkflowRunPrimitiveCancel({ className, ref, ...props }: DivProps) {
  const { run, messages, kitMessages, execute, readOnly, actions, idPrefix } = useWorkflowRunContext(
    'WorkflowRunPrimitive.Cancel',
  );
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLButtonElement | null>(null);
  const triggerRef = useRef<HTMLButtonElement | null>(null);
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);
  if (!run || readOnly) return null;
  const open = !isTerminalRunStatus(run.status);
  const reason = !execute.allowed
    ? [execute.reason, execute.detail].filter(Boolean).join(' ')
    : !open
      ? messages['workflowRun.notRunning']
      : null;
  const reasonId = `${idPrefix}-cancel-reason`;
  const titleId = `${idPrefix}-cancel-title`;
  const close = () => {
    setConfirming(false);
    // After the confirm buttons unmount.
    queueMicrotask(() => triggerRef.current?.focus());
  };
  const onEscape = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key === 'Escape') close();
  };
  return (
    <div
      {...props}
      ref={ref}
      className={cn(className)}
      data-slot="paddock-workflow-run-cancel"
      data-state={confirming ? 'confirming' : reason ? 'disabled' : 'idle'}
    >
      {confirming ? (
        <div role="group" aria-labelledby={titleId} data-slot="paddock-workflow-run-cancel-confirm">
          <p id={titleId} data-slot="paddock-workflow-run-cancel-title">
            {messages['workflowRun.cancelConfirmTitle']}
          </p>
          <p data-slot="paddock-workflow-run-cancel-body">{messages['workflowRun.cancelConfirmBody']}</p>
          <button
            ref={confirmRef}
            type="button"
            onKeyDown={onEscape}
            data-slot="paddock-workflow-run-cancel-yes"
            onClick={() => {
              actions.cancel.mutate(undefined, { onSettled: close });
            }}
          >
            {messages['workflowRun.cancelConfirm']}
          </button>
          <button
            type="button"
            onKeyDown={onEscape}
            data-slot="paddock-workflow-run-cancel-no"
            onClick={close}
          >
            {messages['workflowRun.cancelKeep']}
          </button>
        </div>
      ) : (
        <button
          ref={triggerRef}
          type="button"
          aria-disabled={reason ? true : undefined}
          aria-describedby={reason ? reasonId : undefined}
          data-slot="paddock-workflow-run-cancel-trigger"
          data-state={reason ? 'disabled' : 'enabled'}
          onClick={() => {
            if (!reason) setConfirming(true);
          }}
        >
          {messages['workflowRun.cancel']}
        </button>
      )}
      {reason && !confirming ? (
        <span id={reasonId} data-slot="paddock-workflow-run-cancel-reason">
          {reason}
        </span>
      ) : null}
      {actions.cancel.error ? (
        <p role="alert" data-slot="paddock-workflow-run-cancel-error">
          {messages['workflowRun.cancelFailed']} {describeError(actions.cancel.error, kitMessages).message}
        </p>
      ) : null}
    </div>
  );
}

/** The run's result or error once it ended. */
export function WorkflowRunPrimitiveResult({ className, ref, ...props }: DivProps) {
  const { run, messages } = useWorkflowRunContext('WorkflowRunPrimitive.Result');
  if (!run || (run.result === undefined && !run.error)) return null;
  return (
    <div
      {...props}
      ref={ref}
      className={cn(className)}
      data-slot="paddock-workflow-run-result"
      data-state={run.error ? 'error' : 'success'}
    >
      <h3>{run.error ? messages['workflowRun.runError'] : messages['workflowRun.result']}</h3>
      <Json
        value={run.error ? ((run.error as { message?: unknown }).message ?? run.error) : run.result}
        slot="paddock-workflow-run-result-value"
      />
    </div>
  );
}
