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
  ToolExecutionError,
  StreamError,
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
} from './core/streaming.js';
export type { ServerSentEvent, ByteSource } from './core/streaming.js';

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

export * from './schemas/index.js';
