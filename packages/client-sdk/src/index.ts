export { MastraClient } from './client';
export type { ClientOptions, FetchLike, FinalRequest, RequestOptions } from './client';

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
} from './core/errors';
export type { APIErrorInit, FieldIssue, ValidationIssue } from './core/errors';

export { matchesPermission, hasPermission, createPermissionChecker, can } from './core/permissions';
export type { PermissionChecker } from './core/permissions';

export { parseAnnotations, splitDescription } from './core/annotations';
export {
  Stream,
  LineDecoder,
  SSEDecoder,
  iterateSSE,
  iterateSSEJson,
  iterateRecords,
  RECORD_SEPARATOR,
} from './core/streaming';
export type { ServerSentEvent, ByteSource } from './core/streaming';

export { paddockKeys } from './query-keys';
export { buildCatalog } from './resources/catalog';
export { path as encodePath } from './internal/path';

export type { Agents } from './resources/agents';
export type { Tools } from './resources/tools';
export type { Workflows } from './resources/workflows';
export type { StoredAgents, StoredAgentVersions } from './resources/stored-agents';
export type { Builder } from './resources/builder';
export type { Observability, MetricsKind } from './resources/observability';
export type { Auth } from './resources/auth';
export type { System } from './resources/system';
export type { Catalog as CatalogResource } from './resources/catalog';

export * from './schemas';
