import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { paddockKeys, type MastraClient } from '@paddock/client-sdk';
import {
  createTestRunStore,
  type TestPanelState,
  type TestRunStore,
  type TestRunTransport,
} from '../core/draft-test-run.js';
import { useBuilderContext } from '../provider/builder-context.js';

/** Runs through the SDK's agent stream, pinned to one stored version with its trace id chosen up front. */
export function createSdkTestRunTransport(client: MastraClient): TestRunTransport {
  const context = (versionId: string | null) => (versionId ? { agentVersionId: versionId } : undefined);
  return {
    stream: ({ agentId, versionId, messages, traceId, signal }) =>
      client.agents.stream(
        agentId,
        { messages, ...(versionId ? { versionId } : {}), tracingOptions: { traceId } },
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

export interface UseAgentTestRunResult extends TestPanelState {
  send: TestRunStore['send'];
  approve: TestRunStore['approve'];
  decline: TestRunStore['decline'];
  abort: () => void;
  reset: () => void;
}

/**
 * A chat with one stored agent version (the draft under edit): streamed text, tool calls with arguments and
 * results, approval prompts and typed errors; each run carries its trace id.
 *
 * @example
 * const test = useAgentTestRun();
 * await test.send('Look up C-1001', { agentId: 'support-bot', versionId: draftVersionId });
 */
export function useAgentTestRun(transport?: TestRunTransport): UseAgentTestRunResult {
  const { client, onError } = useBuilderContext('useAgentTestRun');
  const [store] = useState(() => createTestRunStore(transport ?? createSdkTestRunTransport(client)));
  // These calls bypass TanStack Query, so the provider's cache listener never sees them: report here.
  useEffect(() => {
    store.setOnError((error, failure) =>
      onError?.(error, {
        key: [...paddockKeys.agents.all(client.baseUrl), failure.operation, failure.agentId],
        source: 'mutation',
      }),
    );
  }, [store, onError, client.baseUrl]);
  useEffect(() => () => store.abort(), [store]);
  const state = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
  return useMemo(
    () => ({
      ...state,
      send: store.send,
      approve: store.approve,
      decline: store.decline,
      abort: store.abort,
      reset: store.reset,
    }),
    [state, store],
  );
}
