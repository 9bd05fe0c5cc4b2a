export { MastraClient } from './client.js';
export type { ClientOptions, FetchLike, FinalRequest, RequestOptions } from './client.js';

export {
  MastraClientError,
  APIError,
  BadRequestError,
  AuthenticationError,
  PermissionDeniedError,
  NotFoundError,
  RequestTimeoutError,
  ConflictError,
  PayloadTooLargeError,
  UnprocessableEntityError,
  ModelNotAllowedError,
  RateLimitError,
  InternalServerError,
  APIConnectionError,
  APIConnectionTimeoutError,
  APIUserAbortError,
  ResponseValidationError,
  RequestValidationError,
  ToolExecutionError,
} from './core/errors.js';
export type { APIErrorInit, FieldIssue, ValidationIssue } from './core/errors.js';

export { matchesPermission, hasPermission, createPermissionChecker, can } from './core/permissions.js';
export type { PermissionChecker } from './core/permissions.js';

export { parseAnnotations, splitDescription } from './core/annotations.js';
export {
  Stream,
  LineDecoder,
  SSEDecoder,
  iterateSSE,
  iterateSSEJson,
  iterateRecords,
  RECORD_SEPARATOR,
  newStreamProgress,
} from './core/streaming.js';
export type { ServerSentEvent, ByteSource, StreamProgress } from './core/streaming.js';
export { reconnecting } from './resources/agents.js';
export type { ReconnectOptions } from './resources/agents.js';

export { paddockKeys } from './query-keys.js';
export { buildCatalog } from './resources/catalog.js';
export { path as encodePath } from './internal/path.js';

export type { Agents } from './resources/agents.js';
export type { Tools } from './resources/tools.js';
export type { Workflows } from './resources/workflows.js';
export type { StoredAgents, StoredAgentVersions } from './resources/stored-agents.js';
export type { Builder } from './resources/builder.js';
export type { Observability, MetricsKind } from './resources/observability.js';
export type { Auth } from './resources/auth.js';
export type { System } from './resources/system.js';
export type { Catalog as CatalogResource } from './resources/catalog.js';

export {
  dateSchema,
  jsonSchemaObjectSchema,
  decodeSchemaString,
  encodedJsonSchema,
  paginationSchema,
  successResponseSchema,
  messageResponseSchema,
  recordOfUnknown,
} from './schemas/common.js';
export type { JsonSchemaObject, Pagination, SuccessResponse, MessageResponse } from './schemas/common.js';
export {
  authUserSchema,
  authAccessSchema,
  authLoginSchema,
  authCapabilitiesSchema,
  currentUserSchema,
  permissionPatternsSchema,
  rolePermissionsSchema,
  signInParamsSchema,
  signInResponseSchema,
  signOutResponseSchema,
} from './schemas/auth.js';
export type {
  AuthUser,
  AuthAccess,
  AuthCapabilities,
  CurrentUser,
  PermissionPatterns,
  RolePermissions,
  SignInParams,
  SignInResponse,
  SignOutResponse,
} from './schemas/auth.js';
export {
  agentSchema,
  agentMapSchema,
  providerSchema,
  providersResponseSchema,
  generateResultSchema,
  enhanceInstructionsResultSchema,
  agentRetrieveParamsSchema,
  agentVersionSelectorSchema,
  agentListParamsSchema,
  agentExecuteParamsSchema,
  toolCallDecisionParamsSchema,
  resumeStreamParamsSchema,
  observeParamsSchema,
  enhanceInstructionsParamsSchema,
} from './schemas/agents.js';
export type {
  Agent,
  AgentMap,
  Provider,
  ProvidersResponse,
  AgentVersionSelector,
  AgentRetrieveParams,
  AgentListParams,
  AgentExecuteParams,
  GenerateResult,
  ToolCallDecisionParams,
  ResumeStreamParams,
  ObserveParams,
  EnhanceInstructionsResult,
  EnhanceInstructionsParams,
} from './schemas/agents.js';
export { toolSchema, toolMapSchema, toolExecuteParamsSchema, toolListParamsSchema } from './schemas/tools.js';
export type { Tool, ToolMap, ToolExecuteParams, ToolListParams } from './schemas/tools.js';
export {
  workflowRunStatusSchema,
  knownWorkflowRunStatusSchema,
  workflowStepSchema,
  workflowSchema,
  workflowMapSchema,
  createRunResponseSchema,
  workflowResultSchema,
  workflowRunSchema,
  workflowRunSummarySchema,
  workflowRunListSchema,
  workflowRunCountsSchema,
  workflowStartParamsSchema,
  workflowResumeParamsSchema,
  workflowRunListParamsSchema,
  workflowRunRetrieveParamsSchema,
  workflowListParamsSchema,
  workflowCreateRunParamsSchema,
  workflowObserveParamsSchema,
} from './schemas/workflows.js';
export type {
  WorkflowRunStatus,
  WorkflowStep,
  Workflow,
  WorkflowMap,
  CreateRunResponse,
  WorkflowResult,
  WorkflowRun,
  WorkflowRunSummary,
  WorkflowRunList,
  WorkflowRunCounts,
  WorkflowStartParams,
  WorkflowResumeParams,
  WorkflowRunListParams,
  WorkflowRunRetrieveParams,
  WorkflowListParams,
  WorkflowCreateRunParams,
  WorkflowObserveParams,
} from './schemas/workflows.js';
export {
  storedModelSchema,
  toolConfigSchema,
  instructionBlockSchema,
  knownInstructionBlockSchema,
  storedAgentStatusSchema,
  storedAgentSchema,
  storedAgentListSchema,
  storedAgentDeleteResponseSchema,
  dependentsSchema,
  agentVersionSchema,
  agentVersionListSchema,
  versionDiffSchema,
  versionCompareSchema,
  activateVersionResponseSchema,
  storedAgentConfigSchema,
  storedAgentCreateParamsSchema,
  storedAgentUpdateParamsSchema,
  storedAgentListParamsSchema,
  agentVersionListParamsSchema,
  storedAgentRetrieveParamsSchema,
  agentVersionCreateParamsSchema,
  versionCompareParamsSchema,
  STORED_AGENT_NAME_MAX,
  STORED_AGENT_DESCRIPTION_MAX,
  CHANGE_MESSAGE_MAX,
} from './schemas/stored-agents.js';
export type {
  StoredModel,
  ToolConfig,
  InstructionBlock,
  StoredAgent,
  StoredAgentList,
  StoredAgentStatus,
  StoredAgentListParams,
  StoredAgentConfig,
  StoredAgentCreateParams,
  StoredAgentUpdateParams,
  StoredAgentDeleteResponse,
  Dependents,
  AgentVersion,
  AgentVersionList,
  AgentVersionListParams,
  StoredAgentRetrieveParams,
  AgentVersionCreateParams,
  VersionCompareParams,
  VersionDiff,
  VersionCompare,
  ActivateVersionResponse,
} from './schemas/stored-agents.js';
export {
  modelEntrySchema,
  defaultModelSchema,
  modelPolicySchema,
  builderSettingsSchema,
} from './schemas/builder.js';
export type { ModelEntry, DefaultModel, ModelPolicy, BuilderSettings } from './schemas/builder.js';
export {
  spanSchema,
  traceListSchema,
  traceSchema,
  spanResponseSchema,
  metricsResultSchema,
  trajectorySchema,
  trajectoryStepSchema,
  traceListParamsSchema,
  traceDeltaParamsSchema,
  traceRetrieveParamsSchema,
  metricsParamsSchema,
} from './schemas/observability.js';
export type {
  Span,
  TraceList,
  Trace,
  SpanResponse,
  TraceListParams,
  TraceDeltaParams,
  TraceRetrieveParams,
  MetricsParams,
  MetricsResult,
  TraceDeltaResult,
  Unsupported,
  Trajectory,
  TrajectoryStep,
} from './schemas/observability.js';
export { healthSchema, systemPackagesSchema, serverCapabilitiesSchema } from './schemas/system.js';
export type { Health, SystemPackages, ServerCapabilities } from './schemas/system.js';
export {
  primitiveKindSchema,
  riskSchema,
  annotationsSchema,
  unavailableReasonSchema,
  catalogModelSchema,
  catalogItemSchema,
  catalogSchema,
  catalogListParamsSchema,
} from './schemas/catalog.js';
export type {
  PrimitiveKind,
  Risk,
  Annotations,
  UnavailableReason,
  CatalogModel,
  CatalogItem,
  Catalog,
  CatalogListParams,
} from './schemas/catalog.js';
export {
  streamChunkSchema,
  isKnownAgentChunk,
  isChunkType,
  chunkTypeOf,
  toAgentStreamChunk,
  toWorkflowStreamEvent,
  knownAgentStreamChunkSchema,
  knownWorkflowStreamEventSchema,
  textDeltaChunkSchema,
  toolCallChunkSchema,
  toolResultChunkSchema,
  toolErrorChunkSchema,
  toolCallApprovalChunkSchema,
  toolCallSuspendedChunkSchema,
  finishChunkSchema,
  stepFinishChunkSchema,
  errorChunkSchema,
  tripwireChunkSchema,
  objectChunkSchema,
  opaqueChunkSchema,
} from './schemas/stream-chunks.js';
export type {
  TextDeltaChunk,
  ToolCallChunk,
  ToolResultChunk,
  ToolErrorChunk,
  ToolCallApprovalChunk,
  ToolCallSuspendedChunk,
  FinishChunk,
  StepFinishChunk,
  ErrorChunk,
  TripwireChunk,
  ObjectChunk,
  OpaqueChunk,
  UnknownChunk,
  KnownAgentStreamChunk,
  AgentStreamChunk,
  KnownWorkflowStreamEvent,
  WorkflowStreamEvent,
} from './schemas/stream-chunks.js';

export { retrieveLightTrace, parseLightTrace } from './resources/observability-light.js';
export type { LightSpan, LightTrace } from './resources/observability-light.js';
