/**
 * Query-key factories for TanStack Query. Every key starts with `['paddock', baseUrl]`-scoped segments so two
 * servers never share cache entries, and a prefix invalidates everything below it:
 *
 * ```ts
 * queryClient.invalidateQueries({ queryKey: paddockKeys.storedAgents.all(baseUrl) });
 * ```
 */
export const paddockKeys = {
  all: ['paddock'] as const,
  server: (baseUrl: string) => ['paddock', baseUrl] as const,

  catalog: (baseUrl: string, params?: object) =>
    params ? (['paddock', baseUrl, 'catalog', params] as const) : (['paddock', baseUrl, 'catalog'] as const),
  capabilities: (baseUrl: string) => ['paddock', baseUrl, 'auth', 'capabilities'] as const,
  me: (baseUrl: string) => ['paddock', baseUrl, 'auth', 'me'] as const,
  permissionPatterns: (baseUrl: string) => ['paddock', baseUrl, 'auth', 'permission-patterns'] as const,
  /** `auth.rolePermissions(roleId)`. */
  rolePermissions: (baseUrl: string, roleId: string) =>
    ['paddock', baseUrl, 'auth', 'role-permissions', roleId] as const,

  agents: {
    all: (baseUrl: string) => ['paddock', baseUrl, 'agents'] as const,
    list: (baseUrl: string, params?: object) => ['paddock', baseUrl, 'agents', 'list', params ?? {}] as const,
    detail: (baseUrl: string, id: string, version?: object) =>
      ['paddock', baseUrl, 'agents', 'detail', id, version ?? {}] as const,
    providers: (baseUrl: string) => ['paddock', baseUrl, 'agents', 'providers'] as const,
  },
  tools: {
    all: (baseUrl: string) => ['paddock', baseUrl, 'tools'] as const,
    /** `tools.list(params)`: results depend on `requestContext`, so params are part of the key. */
    list: (baseUrl: string, params?: object) => ['paddock', baseUrl, 'tools', 'list', params ?? {}] as const,
    detail: (baseUrl: string, id: string) => ['paddock', baseUrl, 'tools', 'detail', id] as const,
  },
  workflows: {
    all: (baseUrl: string) => ['paddock', baseUrl, 'workflows'] as const,
    /** `workflows.list(params)`: `partial` changes the result, so params are part of the key. */
    list: (baseUrl: string, params?: object) =>
      ['paddock', baseUrl, 'workflows', 'list', params ?? {}] as const,
    /** `workflows.runCounts()`. */
    runCounts: (baseUrl: string) => ['paddock', baseUrl, 'workflows', 'run-counts'] as const,
    detail: (baseUrl: string, id: string) => ['paddock', baseUrl, 'workflows', 'detail', id] as const,
    runs: (baseUrl: string, id: string, params?: object) =>
      ['paddock', baseUrl, 'workflows', 'runs', id, params ?? {}] as const,
    run: (baseUrl: string, id: string, runId: string) =>
      ['paddock', baseUrl, 'workflows', 'run', id, runId] as const,
  },
  storedAgents: {
    all: (baseUrl: string) => ['paddock', baseUrl, 'stored-agents'] as const,
    list: (baseUrl: string, params?: object) =>
      ['paddock', baseUrl, 'stored-agents', 'list', params ?? {}] as const,
    detail: (baseUrl: string, id: string, status?: 'draft' | 'published') =>
      ['paddock', baseUrl, 'stored-agents', 'detail', id, status ?? 'published'] as const,
    dependents: (baseUrl: string, id: string) =>
      ['paddock', baseUrl, 'stored-agents', 'dependents', id] as const,
    versions: (baseUrl: string, id: string, params?: object) =>
      ['paddock', baseUrl, 'stored-agents', 'versions', id, params ?? {}] as const,
    version: (baseUrl: string, id: string, versionId: string) =>
      ['paddock', baseUrl, 'stored-agents', 'version', id, versionId] as const,
    compare: (baseUrl: string, id: string, from: string, to: string) =>
      ['paddock', baseUrl, 'stored-agents', 'compare', id, from, to] as const,
  },
  builder: {
    all: (baseUrl: string) => ['paddock', baseUrl, 'builder'] as const,
    settings: (baseUrl: string) => ['paddock', baseUrl, 'builder', 'settings'] as const,
    models: (baseUrl: string) => ['paddock', baseUrl, 'builder', 'models'] as const,
  },
  observability: {
    all: (baseUrl: string) => ['paddock', baseUrl, 'observability'] as const,
    traces: (baseUrl: string, params?: object) =>
      ['paddock', baseUrl, 'observability', 'traces', params ?? {}] as const,
    /** `listTracesLight(params)`: another shape than `traces`, so another key. */
    tracesLight: (baseUrl: string, params?: object) =>
      ['paddock', baseUrl, 'observability', 'traces-light', params ?? {}] as const,
    /** `listTraceDelta(params)`: one key per cursor (`after`), so polls never overwrite each other. */
    traceDelta: (baseUrl: string, params?: object) =>
      ['paddock', baseUrl, 'observability', 'trace-delta', params ?? {}] as const,
    /** `trajectory(traceId)`. */
    trajectory: (baseUrl: string, traceId: string) =>
      ['paddock', baseUrl, 'observability', 'trajectory', traceId] as const,
    trace: (baseUrl: string, traceId: string, light?: boolean) =>
      ['paddock', baseUrl, 'observability', 'trace', traceId, light ? 'light' : 'full'] as const,
    span: (baseUrl: string, traceId: string, spanId: string) =>
      ['paddock', baseUrl, 'observability', 'span', traceId, spanId] as const,
    agentTraces: (baseUrl: string, params: { entityId: string; entityVersionId?: string }) =>
      ['paddock', baseUrl, 'observability', 'traces', { entityType: 'agent', ...params }] as const,
    metrics: (baseUrl: string, params?: object) =>
      ['paddock', baseUrl, 'observability', 'metrics', params ?? {}] as const,
  },
  system: {
    health: (baseUrl: string) => ['paddock', baseUrl, 'system', 'health'] as const,
    packages: (baseUrl: string) => ['paddock', baseUrl, 'system', 'packages'] as const,
    capabilities: (baseUrl: string) => ['paddock', baseUrl, 'system', 'capabilities'] as const,
  },
} as const;
