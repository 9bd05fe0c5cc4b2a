export {
  WorkflowRunPrimitiveRoot as Root,
  type WorkflowRunPrimitiveRootProps as RootProps,
} from './workflow-run-root.js';
export {
  useWorkflowRunContext as useWorkflowRun,
  type WorkflowRunContextValue,
} from './workflow-run-context.js';
export {
  WorkflowRunPrimitiveStatus as Status,
  WorkflowRunPrimitiveLoadError as LoadError,
  WorkflowRunPrimitiveGraph as Graph,
  WorkflowRunPrimitiveLegend as Legend,
  WorkflowRunPrimitiveStepList as StepList,
  WorkflowRunPrimitiveStepDetails as StepDetails,
  WorkflowRunPrimitiveResumeForm as ResumeForm,
  WorkflowRunPrimitiveCancel as Cancel,
  WorkflowRunPrimitiveResult as Result,
} from './workflow-run-parts.js';
