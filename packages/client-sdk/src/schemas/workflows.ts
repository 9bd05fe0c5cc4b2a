import * as z from 'zod/mini';
import {
  dateParamSchema,
  optionalDateSchema,
  encodedJsonSchema,
  pageParamSchema,
  perPageParamSchema,
  requestContextParamSchema,
} from './common.js';

/** A run's status (unknown future statuses still parse as strings). */
export const workflowRunStatusSchema = /* @__PURE__ */ z.string();
/** The statuses the server documents (mastra-api §2.2); the wire field stays a string so new ones parse. */
export const knownWorkflowRunStatusSchema = /* @__PURE__ */ z.enum([
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
export const workflowStepSchema = /* @__PURE__ */ z.looseObject({
  id: z.string(),
  description: z.optional(z.string()),
  inputSchema: z.optional(encodedJsonSchema),
  outputSchema: z.optional(encodedJsonSchema),
  resumeSchema: z.optional(encodedJsonSchema),
  suspendSchema: z.optional(encodedJsonSchema),
  stateSchema: z.optional(encodedJsonSchema),
  component: z.optional(z.string()),
  isWorkflow: z.optional(z.boolean()),
  metadata: z.optional(z.record(z.string(), z.unknown())),
});
export type WorkflowStep = z.infer<typeof workflowStepSchema>;

/** `WorkflowInfo`; schemas decoded from superjson strings to plain JSON Schema. */
export const workflowSchema = /* @__PURE__ */ z.looseObject({
  name: z.optional(z.string()),
  description: z.optional(z.string()),
  metadata: z.optional(z.record(z.string(), z.unknown())),
  steps: z._default(z.record(z.string(), workflowStepSchema), {}),
  allSteps: z.optional(z.record(z.string(), workflowStepSchema)),
  stepGraph: z._default(z.array(z.looseObject({ type: z.string() })), []),
  inputSchema: z.optional(encodedJsonSchema),
  outputSchema: z.optional(encodedJsonSchema),
  stateSchema: z.optional(encodedJsonSchema),
  requestContextSchema: z.optional(encodedJsonSchema),
  options: z.optional(z.record(z.string(), z.unknown())),
  isProcessorWorkflow: z.optional(z.boolean()),
  origin: z.optional(z.string()),
});
export type Workflow = z.infer<typeof workflowSchema>;

/** `GET /workflows`: registration key -> workflow. */
export const workflowMapSchema = /* @__PURE__ */ z.record(z.string(), workflowSchema);
export type WorkflowMap = z.infer<typeof workflowMapSchema>;

/** The new run's id. */
export const createRunResponseSchema = /* @__PURE__ */ z.looseObject({ runId: z.string() });
export type CreateRunResponse = z.infer<typeof createRunResponseSchema>;

const stepResultSchema = /* @__PURE__ */ z.looseObject({ status: z.optional(z.string()) });

/** Result of `start-async` / `resume-async`. */
export const workflowResultSchema = /* @__PURE__ */ z.looseObject({
  status: z.optional(workflowRunStatusSchema),
  result: z.optional(z.unknown()),
  error: z.optional(z.unknown()),
  payload: z.optional(z.unknown()),
  steps: z.optional(z.record(z.string(), stepResultSchema)),
  activeStepsPath: z.optional(z.record(z.string(), z.array(z.number()))),
});
export type WorkflowResult = z.infer<typeof workflowResultSchema>;

/** One run's state (`GET /workflows/:id/runs/:runId`). */
export const workflowRunSchema = /* @__PURE__ */ z.extend(workflowResultSchema, {
  runId: z.string(),
  workflowName: z.optional(z.string()),
  resourceId: z.nullish(z.string()),
  createdAt: optionalDateSchema,
  updatedAt: optionalDateSchema,
});
export type WorkflowRun = z.infer<typeof workflowRunSchema>;

/** A row of `GET /workflows/:id/runs`; `snapshot` may be the run state or its JSON string. */
export const workflowRunSummarySchema = /* @__PURE__ */ z.looseObject({
  runId: z.string(),
  workflowName: z.optional(z.string()),
  resourceId: z.nullish(z.string()),
  createdAt: optionalDateSchema,
  updatedAt: optionalDateSchema,
  snapshot: z.optional(z.union([z.string(), z.looseObject({ status: z.optional(z.string()) })])),
});
export type WorkflowRunSummary = z.infer<typeof workflowRunSummarySchema>;

/** A page of runs with the total. */
export const workflowRunListSchema = /* @__PURE__ */ z.looseObject({
  runs: z.array(workflowRunSummarySchema),
  total: z.optional(z.number()),
});
export type WorkflowRunList = z.infer<typeof workflowRunListSchema>;

/** Running and suspended run counts per workflow. */
export const workflowRunCountsSchema = /* @__PURE__ */ z.record(
  z.string(),
  z.looseObject({ running: z.optional(z.number()), suspended: z.optional(z.number()) }),
);
export type WorkflowRunCounts = z.infer<typeof workflowRunCountsSchema>;

/** `workflows.list` params: `partial` (lighter entries). */
export const workflowListParamsSchema = /* @__PURE__ */ z.object({
  /** `true` skips the step graphs and schemas: a cheaper list. */
  partial: z.optional(z.boolean()),
});
export type WorkflowListParams = z.input<typeof workflowListParamsSchema>;

/** `createRun` params: an optional own `runId` and `resourceId`. */
export const workflowCreateRunParamsSchema = /* @__PURE__ */ z.looseObject({
  /** Choose the run id yourself (it goes in the query); the server generates one otherwise. */
  runId: z.optional(z.string()),
  resourceId: z.optional(z.string()),
  disableScorers: z.optional(z.boolean()),
});
export type WorkflowCreateRunParams = z.input<typeof workflowCreateRunParamsSchema>;

/** Re-attach to a workflow run at a 0-based event `offset`. */
export const workflowObserveParamsSchema = /* @__PURE__ */ z.object({
  /** 0-based event index to replay from; omit to replay everything. */
  offset: z.optional(z.int().check(z.minimum(0))),
});
export type WorkflowObserveParams = z.input<typeof workflowObserveParamsSchema>;

/** Start input: `inputData`, `initialState`, `requestContext`... */
export const workflowStartParamsSchema = /* @__PURE__ */ z.looseObject({
  inputData: z.optional(z.unknown()),
  initialState: z.optional(z.unknown()),
  resourceId: z.optional(z.string()),
  requestContext: z.optional(requestContextParamSchema),
  tracingOptions: z.optional(z.record(z.string(), z.unknown())),
  perStep: z.optional(z.boolean()),
});
export type WorkflowStartParams = z.input<typeof workflowStartParamsSchema>;

/** Resume input: the suspended `step` and its `resumeData`. */
export const workflowResumeParamsSchema = /* @__PURE__ */ z.looseObject({
  step: z.optional(z.union([z.string(), z.array(z.string())])),
  resumeData: z.optional(z.unknown()),
  requestContext: z.optional(requestContextParamSchema),
  tracingOptions: z.optional(z.record(z.string(), z.unknown())),
  perStep: z.optional(z.boolean()),
  forEachIndex: z.optional(z.int().check(z.minimum(0))),
});
export type WorkflowResumeParams = z.input<typeof workflowResumeParamsSchema>;

/** Page and filters of `listRuns`. */
export const workflowRunListParamsSchema = /* @__PURE__ */ z.object({
  page: z.optional(pageParamSchema),
  perPage: z.optional(perPageParamSchema),
  fromDate: z.optional(dateParamSchema),
  toDate: z.optional(dateParamSchema),
  resourceId: z.optional(z.string()),
  status: z.optional(z.string()),
});
export type WorkflowRunListParams = z.input<typeof workflowRunListParamsSchema>;

/** `retrieveRun` params: `fields` to load, nested workflows. */
export const workflowRunRetrieveParamsSchema = /* @__PURE__ */ z.object({
  fields: z.optional(z.array(z.string())),
  withNestedWorkflows: z.optional(z.boolean()),
});
export type WorkflowRunRetrieveParams = z.input<typeof workflowRunRetrieveParamsSchema>;
