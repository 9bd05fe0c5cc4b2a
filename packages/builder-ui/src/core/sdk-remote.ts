/**
 * The SDK behind the composer's framework-free stores: stored-agent loads and saves for the draft store, the
 * agent stream for the test panel. Plain functions of a `MastraClient`, so integration tests (and hosts
 * without React) use the same calls the hooks do.
 */
import {
  storedAgentCreateParamsSchema,
  type MastraClient,
  type StoredAgent,
  type StoredAgentCreateParams,
} from '@paddock/client-sdk';
import type { StoredAgentLike } from './agent-draft.js';
import type { DraftRemote, RemoteAgent } from './agent-draft-store.js';
import type { SafeParseSchema } from './agent-draft-validation.js';
import type { TestRunTransport } from './draft-test-run.js';

/** The stored-agents calls the draft store needs, through the SDK. */
export function createSdkDraftRemote(client: MastraClient): DraftRemote {
  async function withVersion(record: StoredAgent): Promise<RemoteAgent> {
    if (record.resolvedVersionId) return { record, versionId: record.resolvedVersionId };
    // Servers that do not leak `resolvedVersionId`: the newest version is the draft the edit builds on.
    const list = await client.storedAgents.versions.list(record.id, {
      perPage: 1,
      orderBy: { field: 'versionNumber', direction: 'DESC' },
    });
    return { record, versionId: list.versions[0]?.id ?? null };
  }
  return {
    load: async (agentId) => withVersion(await client.storedAgents.retrieve(agentId, { status: 'draft' })),
    create: async (body) =>
      withVersion(await client.storedAgents.create(body as unknown as StoredAgentCreateParams)),
    update: async (agentId, body) => {
      const record = await client.storedAgents.update(agentId, { autoPublish: false, ...body });
      // The newest versions tell whether another save landed between the caller's check and this write: the
      // version before ours must be the one the caller checked (see `RemoteAgent.previous`).
      let list: Awaited<ReturnType<typeof client.storedAgents.versions.list>>;
      try {
        list = await client.storedAgents.versions.list(agentId, {
          perPage: 5,
          orderBy: { field: 'versionNumber', direction: 'DESC' },
        });
      } catch (error) {
        // The write succeeded; a server without the version list only loses the after-save check.
        if (record.resolvedVersionId) return { record, versionId: record.resolvedVersionId };
        throw error;
      }
      const versionId = record.resolvedVersionId ?? list.versions[0]?.id ?? null;
      const at = list.versions.findIndex((version) => version.id === versionId);
      const before = at === -1 ? undefined : list.versions[at + 1];
      let previous: RemoteAgent['previous'];
      if (before) previous = { versionId: before.id, record: { ...before, id: agentId } as StoredAgentLike };
      // Ours is the oldest version listed: the first version ever (nothing before it), or past the page.
      else if (at !== -1 && list.versions.length < 5) previous = null;
      return { record, versionId, previous };
    },
  };
}

/**
 * The wire body is checked with the SDK's own create schema (required fields, model shape, per-binding config)
 * before it is sent, so a malformed draft is reported on its field instead of failing on the server.
 */
export const sdkDraftBodySchema: SafeParseSchema = storedAgentCreateParamsSchema;

/** Runs through the SDK's agent stream, pinned to one stored version with its trace id chosen up front. */
export function createSdkTestRunTransport(client: MastraClient): TestRunTransport {
  const context = (versionId: string | null) => (versionId ? { agentVersionId: versionId } : undefined);
  return {
    stream: ({ agentId, versionId, messages, memory, traceId, signal }) =>
      client.agents.stream(
        agentId,
        {
          messages,
          ...(versionId ? { versionId } : {}),
          ...(memory ? { memory } : {}),
          tracingOptions: { traceId },
        },
        { signal },
      ),
    approveToolCall: ({ agentId, versionId, runId, toolCallId, signal }) =>
      client.agents.approveToolCall(
        agentId,
        { runId, toolCallId, requestContext: context(versionId) },
        { signal },
      ),
    declineToolCall: ({ agentId, versionId, runId, toolCallId, signal }) =>
      client.agents.declineToolCall(
        agentId,
        { runId, toolCallId, requestContext: context(versionId) },
        { signal },
      ),
  };
}
