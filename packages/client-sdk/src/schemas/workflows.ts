import { z } from 'zod';
import {
  dateParamSchema,
  optionalDateSchema,
  encodedJsonSchema,
  pageParamSchema,
  perPageParamSchema,
  requestContextParamSchema,
} from './common.js';

/** A run's status (unknown future statuses still parse as strings). */
export const workflowRunStatusSchema = z.string();
/** The statuses the server documents (mastra-api §2.2); the wire field stays a string so new ones parse. */
export const knownWorkflowRunStatusSchema = z.enum([
  'running',
  'waiting',
  'suspended',
  'success',
  'failed',
  'canceled',
  'pending',
  'bailed',
  'tripwire',
  'paused',
  'skipped',
]);
/** Known statuses; the server may add more, so the field stays a string. */
// `string & {}` keeps editor autocompletion for the known names while accepting any other.
export type WorkflowRunStatus = z.infer<typeof knownWorkflowRunStatusSchema> | (string & {});

/** One step of a workflow, schemas decoded. */
export const workflowStepSchema = z.looseObject({
  id: z.string(),
  description: z.string().optional(),
  inputSchema: encodedJsonSchema.optional(),
  outputSchema: encodedJsonSchema.optional(),
  resumeSchema: encodedJsonSchema.optional(),
  suspendSchema: encodedJsonSchema.optional(),
  stateSchema: encodedJsonSchema.optional(),
  component: z.string().optional(),
  isWorkflow: z.boolean().optional(),
  metadata: z.record(z.string(), z.unknown()).optional(),
});
export type WorkflowStep = z.infer<typeof workflowStepSchema>;

/** `WorkflowInfo`; schemas decoded from superjson strings to plain JSON Schema. */
export const workflowSchema = z.looseObject({
  name: z.string().optional(),
  description: z.string().optional(),
  metadata: z.record(z.string(), z.unknown()).optional(),
  steps: z.record(z.string(), workflowStepSchema).default({}),
  allSteps: z.record(z.string(), workflowStepSchema).optional(),
  stepGraph: z.array(z.looseObject({ type: z.string() })).default([]),
  inputSchema: encodedJsonSchema.optional(),
  outputSchema: encodedJsonSchema.optional(),
  stateSchema: encodedJsonSchema.optional(),
  requestContextSchema: encodedJsonSchema.optional(),
  options: z.record(z.string(), z.unknown()).optional(),
  isProcessorWorkflow: z.boolean().optional(),
  origin: z.string().optional(),
});
export type Workflow = z.infer<typeof workflowSchema>;

/** `GET /workflows`: registration key -> workflow. */
export const workflowMapSchema = z.record(z.string(), workflowSchema);
export type WorkflowMap = z.infer<typeof workflowMapSchema>;

/** The new run's id. */
export const createRunResponseSchema = z.looseObject({ runId: z.string() });
export type CreateRunResponse = z.infer<typeof createRunResponseSchema>;

const stepResultSchema = z.looseObject({ status: z.string().optional() });

/** Result of `start-async` / `resume-async`. */
export const workflowResultSchema = z.looseObject({
  status: workflowRunStatusSchema.optional(),
  result: z.unknown().optional(),
  error: z.unknown().optional(),
  payload: z.unknown().optional(),
  steps: z.record(z.string(), stepResultSchema).optional(),
  activeStepsPath: z.record(z.string(), z.array(z.number())).optional(),
});
export type WorkflowResult = z.infer<typeof workflowResultSchema>;

/** One run's state (`GET /workflows/:id/runs/:runId`). */
export const workflowRunSchema = workflowResultSchema.extend({
  runId: z.string(),
  workflowName: z.string().optional(),
  resourceId: z.string().nullish(),
  createdAt: optionalDateSchema,
  updatedAt: optionalDateSchema,
});
export type WorkflowRun = z.infer<typeof workflowRunSchema>;

/** A row of `GET /workflows/:id/runs`; `snapshot` may be the run state or its JSON string. */
export const workflowRunSummarySchema = z.looseObject({
  runId: z.string(),
  workflowName: z.string().optional(),
  resourceId: z.string().nullish(),
  createdAt: optionalDateSchema,
  updatedAt: optionalDateSchema,
  snapshot: z.union([z.string(), z.looseObject({ status: z.string().optional() })]).optional(),
});
export type WorkflowRunSummary = z.infer<typeof workflowRunSummarySchema>;

/** A page of runs with the total. */
export const workflowRunListSchema = z.looseObject({
  runs: z.array(workflowRunSummarySchema),
  total: z.number().optional(),
});
export type WorkflowRunList = z.infer<typeof workflowRunListSchema>;

/** Running and suspended run counts per workflow. */
export const workflowRunCountsSchema = z.record(
  z.string(),
  z.looseObject({ running: z.number().optional(), suspended: z.number().optional() }),
);
export type WorkflowRunCounts = z.infer<typeof workflowRunCountsSchema>;

/** `workflows.list` params: `partial` (lighter entries). */
export const workflowListParamsSchema = z.object({
  /** `true` skips the step graphs and schemas: a cheaper list. */
  partial: z.boolean().optional(),
});
export type WorkflowListParams = z.input<typeof workflowListParamsSchema>;

/** `createRun` params: an optional own `runId` and `resourceId`. */
export const workflowCreateRunParamsSchema = z.looseObject({
  /** Choose the run id yourself (it goes in the query); the server generates one otherwise. */
  runId: z.string().optional(),
  resourceId: z.string().optional(),
  disableScorers: z.boolean().optional(),
});
export type WorkflowCreateRunParams = z.input<typeof workflowCreateRunParamsSchema>;

/** Re-attach to a workflow run at a 0-based event `offset`. */
export const workflowObserveParamsSchema = z.object({
  /** 0-based event index to replay from; omit to replay everything. */
  offset: z.number().int().min(0).optional(),
});
export type WorkflowObserveParams = z.input<typeof workflowObserveParamsSchema>;

/** Start input: `inputData`, `initialState`, `requestContext`... */
export const workflowStartParamsSchema = z.looseObject({
  inputData: z.unknown().optional(),
  initialState: z.unknown().optional(),
  resourceId: z.string().optional(),
  requestContext: requestContextParamSchema.optional(),
  tracingOptions: z.record(z.string(), z.unknown()).optional(),
  perStep: z.boolean().optional(),
});
export type WorkflowStartParams = z.input<typeof workflowStartParamsSchema>;

/** Resume input: the suspended `step` and its `resumeData`. */
export const workflowResumeParamsSchema = z.looseObject({
  step: z.union([z.string(), z.array(z.string())]).optional(),
  resumeData: z.unknown().optional(),
  requestContext: requestContextParamSchema.optional(),
  tracingOptions: z.record(z.string(), z.unknown()).optional(),
  perStep: z.boolean().optional(),
  forEachIndex: z.number().int().min(0).optional(),
});
export type WorkflowResumeParams = z.input<typeof workflowResumeParamsSchema>;

/** Page and filters of `listRuns`. */
export const workflowRunListParamsSchema = z.object({
  page: pageParamSchema.optional(),
  perPage: perPageParamSchema.optional(),
  fromDate: dateParamSchema.optional(),
  toDate: dateParamSchema.optional(),
  resourceId: z.string().optional(),
  status: z.string().optional(),
});
export type WorkflowRunListParams = z.input<typeof workflowRunListParamsSchema>;

/** `retrieveRun` params: `fields` to load, nested workflows. */
export const workflowRunRetrieveParamsSchema = z.object({
  fields: z.array(z.string()).optional(),
  withNestedWorkflows: z.boolean().optional(),
});
export type WorkflowRunRetrieveParams = z.input<typeof workflowRunRetrieveParamsSchema>;
