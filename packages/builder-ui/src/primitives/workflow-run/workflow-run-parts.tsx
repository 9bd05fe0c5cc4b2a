import {
  lazy,
  Suspense,
  useEffect,
  useRef,
  useState,
  type HTMLAttributes,
  type KeyboardEvent,
  type Ref,
} from 'react';
import { buildFormValue, initialValues, schemaToFields } from '../../core/json-schema-form.js';
import { isTerminalRunStatus, STEP_STATUSES } from '../../core/workflow-graph.js';
import { errorKindOf } from '@paddock/client-sdk';
import { describeError } from '../../hooks/use-error-message.js';
import { PaddockStylesheets } from '../../provider/kit-root.js';
import { workflowRunGraphCss } from '../../styles/workflow-run-graph.js';
import { cn } from '../../utils/cn.js';
import { lazyPart } from '../../utils/lazy-part.js';
import { useWorkflowRunContext } from './workflow-run-context.js';
import { describeNode, nodeNotes, stepStatusLabel } from './workflow-run-labels.js';
import { Json } from './workflow-run-json.js';
import { SchemaFields } from './workflow-run-schema-fields.js';

type DivProps = HTMLAttributes<HTMLDivElement> & { ref?: Ref<HTMLDivElement> | undefined };

// The graph pulls in @xyflow/react and dagre: loaded only when a graph is rendered. Its sheet (xyflow's rules
// under the kit root) is injected with it, inside the same Suspense boundary.
const LazyGraphView = lazy(() => import('./workflow-run-graph-view.js'));
const GRAPH_STYLESHEETS = { 'workflow-run-graph': workflowRunGraphCss };

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
          <PaddockStylesheets stylesheets={GRAPH_STYLESHEETS} />
          <LazyGraphView
            graph={graph}
            attempts={ctx.attempts}
            selectedStepId={ctx.selectedStepId}
            onSelect={ctx.selectStep}
            messages={messages}
            describeNode={describeNode}
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

/**
 * What the parts loaded on demand use of the kit, handed to them as a prop: a lazy chunk that imported these
 * itself would make every bundler split them (and whatever shares their chunk) out of the page's main chunk.
 */
const LAZY_KIT = { Json, SchemaFields, buildFormValue, describeError, initialValues, schemaToFields };
export type WorkflowRunLazyKit = typeof LAZY_KIT;

const stepDetailsPart = /* @__PURE__ */ lazyPart(() => import('./workflow-run-step-details.js'));
const resumeFormPart = /* @__PURE__ */ lazyPart(() => import('./workflow-run-resume-form.js'));

/**
 * What a part loaded on demand shows until its chunk is there: the part's own slot in the `loading` state, or
 * in `error` with a retry when the chunk could not be fetched.
 */
function PartPending({
  state,
  slot,
  retry,
  className,
  ...props
}: HTMLAttributes<HTMLDivElement> & { state: 'failed' | undefined; slot: string; retry: () => void }) {
  const { messages, kitMessages } = useWorkflowRunContext('WorkflowRunPrimitive.Part');
  return state === 'failed' ? (
    <div role="alert" {...props} className={cn(className)} data-slot={slot} data-state="error">
      <p data-slot="paddock-workflow-run-part-error">{messages['workflowRun.partFailed']}</p>
      <button type="button" data-slot="paddock-workflow-run-part-retry" onClick={retry}>
        {messages['workflowRun.retry']}
      </button>
    </div>
  ) : (
    <div aria-busy {...props} className={cn(className)} data-slot={slot} data-state="loading">
      <p data-slot="paddock-workflow-run-part-loading">{kitMessages['common.loading']}</p>
    </div>
  );
}

/**
 * The selected step's input, output, error, timing and attempts. The details load on demand, fetched once the
 * run is shown (before a step is picked, so picking one rarely waits): a page pays for them after first paint.
 */
export function WorkflowRunPrimitiveStepDetails({ className, ref, ...props }: DivProps) {
  const ctx = useWorkflowRunContext('WorkflowRunPrimitive.StepDetails');
  const { selectedNode, messages, status } = ctx;
  const body = stepDetailsPart.use(status === 'ready');
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
  if (body === undefined || body === 'failed')
    return (
      <PartPending
        {...props}
        className={className}
        state={body}
        slot="paddock-workflow-run-details"
        retry={stepDetailsPart.load}
      />
    );
  return (
    <body.default
      {...props}
      ref={ref}
      className={cn(className)}
      ctx={ctx}
      node={selectedNode}
      statusLabel={stepStatusLabel(messages, selectedNode.status, selectedNode.rawStatus)}
      kit={LAZY_KIT}
    />
  );
}

/**
 * The resume form of the suspended step: what it waits for, and fields generated from its resume schema
 * (JSON when it declares none). Submitting streams the rest of the run into the view. The form loads on demand
 * once a run is suspended: runs that never suspend never fetch it.
 */
export function WorkflowRunPrimitiveResumeForm({
  className,
  ref,
  ...props
}: HTMLAttributes<HTMLFormElement> & { ref?: Ref<HTMLFormElement> | undefined }) {
  const ctx = useWorkflowRunContext('WorkflowRunPrimitive.ResumeForm');
  const { suspendedNode, run, readOnly } = ctx;
  const shown = !!suspendedNode && !readOnly && run?.status === 'suspended';
  const body = resumeFormPart.use(shown);
  if (!shown) return null;
  if (body === undefined || body === 'failed')
    return (
      <PartPending
        className={className}
        state={body}
        slot="paddock-workflow-run-resume"
        retry={resumeFormPart.load}
      />
    );
  return (
    <body.default
      {...props}
      ref={ref}
      className={cn(className)}
      ctx={ctx}
      node={suspendedNode}
      run={run}
      kit={LAZY_KIT}
    />
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
