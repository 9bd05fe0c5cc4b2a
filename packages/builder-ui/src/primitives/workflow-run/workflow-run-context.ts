import type { Span, Workflow } from '@paddock/client-sdk';
import type { WorkflowGraph, WorkflowGraphNode } from '../../core/workflow-graph.js';
import type { WorkflowRunState } from '../../core/workflow-run-store.js';
import type { StepRetrySummary } from '../../core/workflow-retries.js';
import type { CommonMessages } from '../../i18n/common.en-US.js';
import type { WorkflowRunMessages } from '../../i18n/workflow-run.en-US.js';
import type { PermissionState } from '../../hooks/use-permission.js';
import type { useWorkflowRunActions } from '../../hooks/use-workflow-run.js';
import { createContext } from '../../utils/create-context.js';

export type WorkflowRunViewStatus = 'loading' | 'error' | 'ready';

export interface WorkflowRunContextValue {
  workflowId: string;
  runId: string;
  messages: WorkflowRunMessages;
  /** The kit dictionary (error sentences). */
  kitMessages: CommonMessages;
  status: WorkflowRunViewStatus;
  /** The load error (typed SDK error), when `status` is `error`. */
  error: unknown;
  retry(): void;
  run: WorkflowRunState | undefined;
  info: Workflow | undefined;
  graph: WorkflowGraph;
  attempts: Record<string, StepRetrySummary>;
  spans: Span[];
  live: boolean;
  selectedStepId: string | null;
  selectStep(stepId: string | null): void;
  selectedNode: WorkflowGraphNode | undefined;
  /** The suspended node a resume targets (the selected one when suspended, else the deepest). */
  suspendedNode: WorkflowGraphNode | undefined;
  /** JSON Schema of the suspended step's resume data, when it declares one. */
  resumeSchema: Record<string, unknown> | undefined;
  execute: PermissionState;
  readOnly: boolean;
  actions: ReturnType<typeof useWorkflowRunActions>;
  /** Prefix for ids of parts (labels, descriptions). */
  idPrefix: string;
}

export const [WorkflowRunContext, useWorkflowRunContext] =
  createContext<WorkflowRunContextValue>('WorkflowRunPrimitive.Root');
