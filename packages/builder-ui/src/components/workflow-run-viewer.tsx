import * as WorkflowRunPrimitive from '../primitives/workflow-run/index.js';
import { PaddockRoot } from '../provider/kit-root.js';
import { workflowRunCss } from '../styles/workflow-run.js';
import { cn } from '../utils/cn.js';

const STYLESHEETS = { 'workflow-run': workflowRunCss };

/** The data, selection and follow props are the headless root's, documented there. */
export interface WorkflowRunViewerProps extends Omit<WorkflowRunPrimitive.RootProps, 'asChild' | 'children'> {
  /** Show the step list next to the graph (the graph's keyboard-first twin). @default true */
  showStepList?: boolean | undefined;
}

/**
 * One workflow run: the step graph coloured and labelled by status, retries under their steps, the suspended
 * step's resume form, cancel, and the selected step's details. Follows a running run live.
 *
 * ```tsx
 * <WorkflowRunViewer workflowId="customer-onboarding-workflow" runId={runId} />
 * ```
 */
export function WorkflowRunViewer({ className, showStepList = true, ...props }: WorkflowRunViewerProps) {
  return (
    <PaddockRoot stylesheets={STYLESHEETS} data-slot="paddock-workflow-run-viewer">
      <WorkflowRunPrimitive.Root {...props} className={cn('paddock-workflow-run', className)}>
        <WorkflowRunPrimitive.LoadError />
        <div data-slot="paddock-workflow-run-header" data-state="static">
          <WorkflowRunPrimitive.Status />
          <WorkflowRunPrimitive.Cancel />
        </div>
        <WorkflowRunPrimitive.Legend />
        <WorkflowRunPrimitive.Graph />
        <WorkflowRunPrimitive.ResumeForm />
        {showStepList ? <WorkflowRunPrimitive.StepList /> : null}
        <WorkflowRunPrimitive.StepDetails />
        <WorkflowRunPrimitive.Result />
      </WorkflowRunPrimitive.Root>
    </PaddockRoot>
  );
}
