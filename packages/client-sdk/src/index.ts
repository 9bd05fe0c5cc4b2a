export { MastraClient, MastraCore, createClient } from './client.js';
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
  MASTRA_ERROR_KINDS,
  errorKindOf,
  isRetryableError,
} from './core/errors.js';
export type {
  APIErrorInit,
  FieldIssue,
  ValidationIssue,
  MastraErrorKind,
  MastraClientErrorOptions,
} from './core/errors.js';

export { matchesPermission, hasPermission, createPermissionChecker, can } from './core/permissions.js';
export type { PermissionChecker } from './core/permissions.js';

export { parseAnnotations, splitDescription } from './core/annotations.js';
export { Stream } from './core/streaming.js';
export type { StreamProgress } from './core/streaming.js';
export type { ReconnectOptions } from './resources/agents.js';

export { paddockKeys } from './query-keys.js';
export { buildCatalog } from './resources/build-catalog.js';
export type { SettingsOutcome } from './resources/build-catalog.js';

// Resource classes, to build only the ones a host uses over `createClient(...)`.
export { Agents } from './resources/agents.js';
export { Tools } from './resources/tools.js';
export { Workflows } from './resources/workflows.js';
export { StoredAgents, StoredAgentVersions } from './resources/stored-agents.js';
export { Builder } from './resources/builder.js';
export { Observability } from './resources/observability.js';
export type { MetricsKind } from './resources/observability.js';
export { Auth } from './resources/auth.js';
export { System } from './resources/system.js';
export { Catalog as CatalogResource } from './resources/catalog.js';
export { Datasets } from './resources/datasets.js';
export { Schedules, scheduleKeys } from './resources/schedules.js';

// Every schema and schema type is also exported here, for hosts that import one entry.
export * from './schemas.js';

export { retrieveLightTrace, parseLightTrace } from './resources/observability-light.js';
export type { LightSpan, LightTrace } from './resources/observability-light.js';
