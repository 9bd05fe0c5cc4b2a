import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { paddockKeys } from '@paddock/client-sdk';
import {
  createTestRunStore,
  type TestPanelState,
  type TestRunStore,
  type TestRunTransport,
} from '../core/draft-test-run.js';
import { createSdkTestRunTransport } from '../core/sdk-remote.js';

export { createSdkTestRunTransport } from '../core/sdk-remote.js';
import { useBuilderContext } from '../provider/builder-context.js';

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
