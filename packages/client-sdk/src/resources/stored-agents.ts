import { lazyImpl } from '../core/lazy.js';
import { APIResource } from '../core/resource.js';
import type { RequestOptions } from '../core/request-options.js';
import type {
  ActivateVersionResponse,
  AgentVersionCreateParams,
  AgentVersion,
  AgentVersionList,
  AgentVersionListParams,
  Dependents,
  StoredAgent,
  StoredAgentCreateParams,
  StoredAgentDeleteResponse,
  StoredAgentList,
  StoredAgentListParams,
  StoredAgentUpdateParams,
  StoredAgentRetrieveParams,
  VersionCompare,
  VersionCompareParams,
} from '../schemas/stored-agents.js';

/** The method bodies and the stored-agent schemas, loaded with the first call (see `lazyImpl`). */
const load = () => import('./impls.js');
const runVersions = /* @__PURE__ */ lazyImpl<StoredAgentVersions>('stored agent versions', () =>
  load().then((m) => m.storedAgentVersionsImpl),
);
const run = /* @__PURE__ */ lazyImpl<StoredAgents>('stored agents', () =>
  load().then((m) => m.storedAgentsImpl),
);

/** Versions of one stored agent. "Publish" is `activate`. */
export class StoredAgentVersions extends APIResource {
  /** Newest first by default on the server's side; pages of 20. */
  list(
    agentId: string,
    params?: AgentVersionListParams,
    options?: RequestOptions,
  ): Promise<AgentVersionList> {
    return runVersions(this, this._client, 'list', agentId, params, options);
  }

  /** One version's full configuration snapshot (versions are immutable). */
  retrieve(agentId: string, versionId: string, options?: RequestOptions): Promise<AgentVersion> {
    return runVersions(this, this._client, 'retrieve', agentId, versionId, options);
  }

  /** Snapshots the active (or latest) configuration into a new version. */
  create(
    agentId: string,
    params?: AgentVersionCreateParams,
    options?: RequestOptions,
  ): Promise<AgentVersion> {
    return runVersions(this, this._client, 'create', agentId, params, options);
  }

  /** Field-level diffs between two versions. */
  compare(agentId: string, params: VersionCompareParams, options?: RequestOptions): Promise<VersionCompare> {
    return runVersions(this, this._client, 'compare', agentId, params, options);
  }

  /** Publishes a version (needs `stored-agents:publish`). Safe to repeat, so it is retried like a GET. */
  activate(agentId: string, versionId: string, options?: RequestOptions): Promise<ActivateVersionResponse> {
    return runVersions(this, this._client, 'activate', agentId, versionId, options);
  }

  /** Copies an old version into a new latest version. It is **not** activated. */
  restore(agentId: string, versionId: string, options?: RequestOptions): Promise<AgentVersion> {
    return runVersions(this, this._client, 'restore', agentId, versionId, options);
  }

  /** Deletes a version; the server refuses (400) for the active one. */
  delete(agentId: string, versionId: string, options?: RequestOptions): Promise<StoredAgentDeleteResponse> {
    return runVersions(this, this._client, 'delete', agentId, versionId, options);
  }
}

/**
 * Stored (database) agents: the Agent Builder's persistence. Responses merge the agent record with its
 * resolved version. Hidden agents (private, someone else's) answer `NotFoundError`.
 */
export class StoredAgents extends APIResource {
  readonly versions: StoredAgentVersions = new StoredAgentVersions(this._client);

  /**
   * Lists stored agents. Note the server resolves `status: 'published'` by default, which hides agents that
   * were never published: pass `status: 'draft'` to see them.
   */
  list(params?: StoredAgentListParams, options?: RequestOptions): Promise<StoredAgentList> {
    return run(this, this._client, 'list', params, options);
  }

  /** One agent resolved at its active version (`published`, the default) or its latest (`draft`). */
  retrieve(id: string, params?: StoredAgentRetrieveParams, options?: RequestOptions): Promise<StoredAgent> {
    return run(this, this._client, 'retrieve', id, params, options);
  }

  /** Creates an agent (version 1). `autoPublish` is required: the server's implicit default is `true`. */
  create(params: StoredAgentCreateParams, options?: RequestOptions): Promise<StoredAgent> {
    return run(this, this._client, 'create', params, options);
  }

  /**
   * Saves changes. A new version is created only when the configuration changed; with `autoPublish: false` it
   * stays a draft. The response is resolved at the draft.
   */
  update(id: string, params: StoredAgentUpdateParams, options?: RequestOptions): Promise<StoredAgent> {
    return run(this, this._client, 'update', id, params, options);
  }

  /** Hard delete. */
  delete(id: string, options?: RequestOptions): Promise<StoredAgentDeleteResponse> {
    return run(this, this._client, 'delete', id, options);
  }

  /** Agents that use this one as a sub-agent (`hiddenCount` = ones the caller may not see). */
  dependents(id: string, options?: RequestOptions): Promise<Dependents> {
    return run(this, this._client, 'dependents', id, options);
  }
}
