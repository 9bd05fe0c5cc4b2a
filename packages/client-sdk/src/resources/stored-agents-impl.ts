import type { ResourceImpl } from '../core/lazy.js';
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
import type { StoredAgentVersions, StoredAgents } from './stored-agents.js';

/** The bodies of `StoredAgentVersions`' async methods (documented there), loaded with the first call. */
export const storedAgentVersionsImpl: ResourceImpl<StoredAgentVersions> = {
  async list(agentId, params, options) {
    const route = path`/stored/agents/${agentId}/versions`;
    parseOptionalParams(agentVersionListParamsSchema, params, route);
    return this.client.get(route, {
      query: { ...params },
      schema: agentVersionListSchema,
      options,
    });
  },

  async retrieve(agentId, versionId, options) {
    return this.client.get(path`/stored/agents/${agentId}/versions/${versionId}`, {
      schema: agentVersionSchema,
      options,
    });
  },

  async create(agentId, params, options) {
    const route = path`/stored/agents/${agentId}/versions`;
    parseOptionalParams(agentVersionCreateParamsSchema, params, route);
    return this.client.post(route, {
      body: { ...params },
      schema: agentVersionSchema,
      options,
    });
  },

  async compare(agentId, params, options) {
    const route = path`/stored/agents/${agentId}/versions/compare`;
    parseParams(versionCompareParamsSchema, params, route);
    return this.client.get(route, {
      query: { from: params.from, to: params.to },
      schema: versionCompareSchema,
      options,
    });
  },

  async activate(agentId, versionId, options) {
    return this.client.post(path`/stored/agents/${agentId}/versions/${versionId}/activate`, {
      schema: activateVersionResponseSchema,
      options: { idempotent: true, ...options },
    });
  },

  async restore(agentId, versionId, options) {
    return this.client.post(path`/stored/agents/${agentId}/versions/${versionId}/restore`, {
      schema: agentVersionSchema,
      options,
    });
  },

  async delete(agentId, versionId, options) {
    return this.client.delete(path`/stored/agents/${agentId}/versions/${versionId}`, {
      schema: storedAgentDeleteResponseSchema,
      options,
    });
  },
};

/** The bodies of `StoredAgents`' async methods (documented there), loaded with the first call. */
export const storedAgentsImpl: ResourceImpl<StoredAgents> = {
  async list(params, options) {
    parseOptionalParams(storedAgentListParamsSchema, params, '/stored/agents');
    return this.client.get('/stored/agents', {
      query: { ...params },
      schema: storedAgentListSchema,
      options,
    });
  },

  async retrieve(id, params, options) {
    const route = path`/stored/agents/${id}`;
    parseOptionalParams(storedAgentRetrieveParamsSchema, params, route);
    return this.client.get(route, {
      query: { status: params?.status },
      schema: storedAgentSchema,
      options,
    });
  },

  async create(params, options) {
    // Validated, then sent as given: what the user typed reaches the server byte for byte.
    parseParams(storedAgentCreateParamsSchema, params, '/stored/agents');
    return this.client.post('/stored/agents', { body: params, schema: storedAgentSchema, options });
  },

  async update(id, params, options) {
    const route = path`/stored/agents/${id}`;
    parseParams(storedAgentUpdateParamsSchema, params, route);
    return this.client.patch(route, {
      body: params,
      schema: storedAgentSchema,
      options,
    });
  },

  async delete(id, options) {
    return this.client.delete(path`/stored/agents/${id}`, {
      schema: storedAgentDeleteResponseSchema,
      options,
    });
  },

  async dependents(id, options) {
    return this.client.get(path`/stored/agents/${id}/dependents`, { schema: dependentsSchema, options });
  },
};
