import { APIResource } from '../core/resource.js';
import type { RequestOptions } from '../core/request-options.js';
import { parseOptionalParams, parseParams } from '../internal/params.js';
import { path } from '../internal/path.js';
import {
  activateVersionResponseSchema,
  agentVersionCreateParamsSchema,
  agentVersionListParamsSchema,
  agentVersionListSchema,
  agentVersionSchema,
  dependentsSchema,
  storedAgentDeleteResponseSchema,
  storedAgentListParamsSchema,
  storedAgentListSchema,
  storedAgentRetrieveParamsSchema,
  storedAgentCreateParamsSchema,
  storedAgentSchema,
  storedAgentUpdateParamsSchema,
  versionCompareParamsSchema,
  versionCompareSchema,
} from '../schemas/stored-agents.js';
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

/** Versions of one stored agent. "Publish" is `activate`. */
export class StoredAgentVersions extends APIResource {
  /** Newest first by default on the server's side; pages of 20. */
  async list(
    agentId: string,
    params?: AgentVersionListParams,
    options?: RequestOptions,
  ): Promise<AgentVersionList> {
    const route = path`/stored/agents/${agentId}/versions`;
    parseOptionalParams(agentVersionListParamsSchema, params, route);
    return this._client.get(route, {
      query: { ...params },
      schema: agentVersionListSchema,
      options,
    });
  }

  /** One version's full configuration snapshot (versions are immutable). */
  async retrieve(agentId: string, versionId: string, options?: RequestOptions): Promise<AgentVersion> {
    return this._client.get(path`/stored/agents/${agentId}/versions/${versionId}`, {
      schema: agentVersionSchema,
      options,
    });
  }

  /** Snapshots the active (or latest) configuration into a new version. */
  async create(
    agentId: string,
    params?: AgentVersionCreateParams,
    options?: RequestOptions,
  ): Promise<AgentVersion> {
    const route = path`/stored/agents/${agentId}/versions`;
    parseOptionalParams(agentVersionCreateParamsSchema, params, route);
    return this._client.post(route, {
      body: { ...params },
      schema: agentVersionSchema,
      options,
    });
  }

  /** Field-level diffs between two versions. */
  async compare(
    agentId: string,
    params: VersionCompareParams,
    options?: RequestOptions,
  ): Promise<VersionCompare> {
    const route = path`/stored/agents/${agentId}/versions/compare`;
    parseParams(versionCompareParamsSchema, params, route);
    return this._client.get(route, {
      query: { from: params.from, to: params.to },
      schema: versionCompareSchema,
      options,
    });
  }

  /** Publishes a version (needs `stored-agents:publish`). Safe to repeat, so it is retried like a GET. */
  async activate(
    agentId: string,
    versionId: string,
    options?: RequestOptions,
  ): Promise<ActivateVersionResponse> {
    return this._client.post(path`/stored/agents/${agentId}/versions/${versionId}/activate`, {
      schema: activateVersionResponseSchema,
      options: { idempotent: true, ...options },
    });
  }

  /** Copies an old version into a new latest version. It is **not** activated. */
  async restore(agentId: string, versionId: string, options?: RequestOptions): Promise<AgentVersion> {
    return this._client.post(path`/stored/agents/${agentId}/versions/${versionId}/restore`, {
      schema: agentVersionSchema,
      options,
    });
  }

  /** Deletes a version; the server refuses (400) for the active one. */
  async delete(
    agentId: string,
    versionId: string,
    options?: RequestOptions,
  ): Promise<StoredAgentDeleteResponse> {
    return this._client.delete(path`/stored/agents/${agentId}/versions/${versionId}`, {
      schema: storedAgentDeleteResponseSchema,
      options,
    });
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
  async list(params?: StoredAgentListParams, options?: RequestOptions): Promise<StoredAgentList> {
    parseOptionalParams(storedAgentListParamsSchema, params, '/stored/agents');
    return this._client.get('/stored/agents', {
      query: { ...params },
      schema: storedAgentListSchema,
      options,
    });
  }

  /** One agent resolved at its active version (`published`, the default) or its latest (`draft`). */
  async retrieve(
    id: string,
    params?: StoredAgentRetrieveParams,
    options?: RequestOptions,
  ): Promise<StoredAgent> {
    const route = path`/stored/agents/${id}`;
    parseOptionalParams(storedAgentRetrieveParamsSchema, params, route);
    return this._client.get(route, {
      query: { status: params?.status },
      schema: storedAgentSchema,
      options,
    });
  }

  /** Creates an agent (version 1). `autoPublish` is required: the server's implicit default is `true`. */
  async create(params: StoredAgentCreateParams, options?: RequestOptions): Promise<StoredAgent> {
    // Validated, then sent as given: what the user typed reaches the server byte for byte.
    parseParams(storedAgentCreateParamsSchema, params, '/stored/agents');
    return this._client.post('/stored/agents', { body: params, schema: storedAgentSchema, options });
  }

  /**
   * Saves changes. A new version is created only when the configuration changed; with `autoPublish: false` it
   * stays a draft. The response is resolved at the draft.
   */
  async update(id: string, params: StoredAgentUpdateParams, options?: RequestOptions): Promise<StoredAgent> {
    const route = path`/stored/agents/${id}`;
    parseParams(storedAgentUpdateParamsSchema, params, route);
    return this._client.patch(route, {
      body: params,
      schema: storedAgentSchema,
      options,
    });
  }

  /** Hard delete. */
  async delete(id: string, options?: RequestOptions): Promise<StoredAgentDeleteResponse> {
    return this._client.delete(path`/stored/agents/${id}`, {
      schema: storedAgentDeleteResponseSchema,
      options,
    });
  }

  /** Agents that use this one as a sub-agent (`hiddenCount` = ones the caller may not see). */
  async dependents(id: string, options?: RequestOptions): Promise<Dependents> {
    return this._client.get(path`/stored/agents/${id}/dependents`, { schema: dependentsSchema, options });
  }
}
