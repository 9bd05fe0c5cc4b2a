import { workflowRunMessages } from '../../i18n/workflow-run.en-US.js';
import { useCallback, useEffect, useId, useMemo, type HTMLAttributes, type ReactNode, type Ref } from 'react';
import { buildWorkflowGraph, resumeStepPath } from '../../core/workflow-graph.js';
import { groupRunAttempts, stepIdForSpan, stepSpanIds } from '../../core/workflow-retries.js';
import { useMessages } from '../../hooks/use-builder.js';
import { usePermission } from '../../hooks/use-permission.js';
import {
  useWorkflowInfo,
  useWorkflowRun,
  useWorkflowRunActions,
  useWorkflowRunSpans,
} from '../../hooks/use-workflow-run.js';
import { cn } from '../../utils/cn.js';
import { Slot } from '../../utils/slot.js';
import { useControllableState } from '../../utils/use-controllable-state.js';
import { WorkflowRunContext, type WorkflowRunContextValue } from './workflow-run-context.js';

export interface WorkflowRunPrimitiveRootProps extends Omit<HTMLAttributes<HTMLDivElement>, 'onSelect'> {
  workflowId: string;
  runId: string;
  /** The selected step (its key in the run record, `outer.inner` when nested), controlled. */
  selectedStepId?: string | null | undefined;
  /** Initially selected step (uncontrolled). @default null */
  defaultSelectedStepId?: string | null | undefined;
  onSelectedStepChange?: ((stepId: string | null) => void) | undefined;
  /**
   * A span selected elsewhere (e.g. in a RunTraceViewer on the same page): the step it belongs to is selected.
   * @default undefined
   */
  selectedSpanId?: string | null | undefined;
  /**
   * Called with the span ids of the newly selected step (and each span's trace id, in the same order), so a
   * trace viewer can select them. A resumed run has a second trace, hence the trace ids.
   */
  onSelectedSpansChange?: ((spanIds: string[], traceIds: string[]) => void) | undefined;
  /** Follow a running run live through the server's observe stream. @default true */
  follow?: boolean | undefined;
  /** Hide resume and cancel regardless of permissions. @default false */
  readOnly?: boolean | undefined;
  /** Merge into the single child element instead of rendering a `div`. @default false */
  asChild?: boolean | undefined;
  ref?: Ref<HTMLDivElement> | undefined;
  children?: ReactNode;
}

/** Loads a run (and its workflow's graph), follows it live, and shares it with the parts. */
export function WorkflowRunPrimitiveRoot({
  workflowId,
  runId,
  selectedStepId: selectedProp,
  defaultSelectedStepId = null,
  onSelectedStepChange,
  selectedSpanId,
  onSelectedSpansChange,
  follow = true,
  readOnly = false,
  asChild,
  className,
  ref,
  children,
  ...props
}: WorkflowRunPrimitiveRootProps) {
  const messages = useMessages(workflowRunMessages);
  const idPrefix = useId();
  const info = useWorkflowInfo(workflowId);
  const live = useWorkflowRun(workflowId, runId, { follow });
  const run = live.state.run;
  const spansQuery = useWorkflowRunSpans(runId, { enabled: !!run, refreshKey: run?.status ?? '' });
  const spans = useMemo(() => spansQuery.data ?? [], [spansQuery.data]);
  const actions = useWorkflowRunActions(workflowId, runId, live.follow);
  const execute = usePermission('workflows:execute');
  const [selectedStepId, setSelected] = useControllableState<string | null>({
    prop: selectedProp,
    defaultProp: defaultSelectedStepId,
    onChange: onSelectedStepChange,
    caller: 'WorkflowRunPrimitive.Root',
  });

  const graph = useMemo(
    () => buildWorkflowGraph(run?.serializedStepGraph ?? info.data?.stepGraph, run),
    [run, info.data],
  );
  const attempts = useMemo(() => groupRunAttempts(run?.steps, spans), [run?.steps, spans]);

  const selectStep = useCallback(
    (stepId: string | null) => {
      setSelected(stepId);
      if (onSelectedSpansChange) {
        const ids = stepId ? stepSpanIds(stepId, spans) : [];
        const traceOf = new Map(spans.map((span) => [span.spanId, span.traceId]));
        onSelectedSpansChange(
          ids,
          ids.map((id) => traceOf.get(id) ?? ''),
        );
      }
    },
    [setSelected, onSelectedSpansChange, spans],
  );

  useEffect(() => {
    if (!selectedSpanId) return;
    const stepId = stepIdForSpan(selectedSpanId, spans);
    if (!stepId) return;
    const node = graph.nodes.find((candidate) => candidate.id === stepId || candidate.stepId === stepId);
    if (node) setSelected(node.id);
    // Only a new span selection from outside moves the step selection.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selectedSpanId]);

  const selectedNode = graph.nodes.find((node) => node.id === selectedStepId);
  const suspendedPath = resumeStepPath(
    graph,
    selectedNode?.status === 'suspended' ? selectedNode.id : undefined,
  );
  const suspendedNode = suspendedPath
    ? graph.nodes.find((node) => node.id === suspendedPath.join('.'))
    : undefined;
  const resumeSchema = useMemo(() => {
    if (!suspendedNode || !info.data) return undefined;
    const all = { ...(info.data.steps ?? {}), ...(info.data.allSteps ?? {}) };
    const step = all[suspendedNode.id] ?? all[suspendedNode.stepId];
    return step?.resumeSchema as Record<string, unknown> | undefined;
  }, [suspendedNode, info.data]);

  const error = live.query.error ?? (info.error && !run ? info.error : null);
  const status: WorkflowRunContextValue['status'] = error && !run ? 'error' : run ? 'ready' : 'loading';

  const value: WorkflowRunContextValue = {
    workflowId,
    runId,
    messages,
    kitMessages: messages,
    status,
    error,
    retry: () => {
      void live.query.refetch();
      void info.refetch();
    },
    run,
    info: info.data,
    graph,
    attempts,
    spans,
    live: live.live,
    selectedStepId,
    selectStep,
    selectedNode,
    suspendedNode,
    resumeSchema,
    execute,
    readOnly,
    actions,
    idPrefix,
  };

  const Comp = asChild ? Slot : 'div';
  return (
    <WorkflowRunContext value={value}>
      <Comp
        role="region"
        aria-label={messages['workflowRun.label'](workflowId, runId)}
        aria-busy={status === 'loading' || undefined}
        {...props}
        ref={ref as Ref<HTMLElement & HTMLDivElement>}
        className={cn(className)}
        data-slot="paddock-workflow-run-root"
        data-state={status}
        data-run-status={run?.status}
      >
        {children}
      </Comp>
    </WorkflowRunContext>
  );
}
