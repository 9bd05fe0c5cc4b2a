import type { AgentComposerContextValue } from './agent-composer-context.js';
import { useAgentComposer } from './agent-composer-context.js';

/* The composer's action rules as hooks that return the callback, or `null` when the action cannot run now
   (assistant-ui's pattern): a custom button needs only `disabled={!save}` and `onClick={save}`. Each reads
   its own selection, so it re-renders only when its answer changes. */

function canSave(c: AgentComposerContextValue): boolean {
  const { state } = c;
  return (
    !c.readOnly &&
    state.load === 'ready' &&
    state.conflict === null &&
    state.status !== 'saving' &&
    (state.dirtyFields.length > 0 || state.agentId === null)
  );
}

/** Saves now (never publishes); `null` while read-only, loading, in conflict, saving or with nothing to save. */
export function useAgentComposerSave(): (() => Promise<void>) | null {
  return useAgentComposer((c) => (canSave(c) ? c.save : null));
}

/** Retries a failed or queued save; `null` unless the save status is `error` or `offline`. */
export function useAgentComposerRetry(): (() => Promise<void>) | null {
  return useAgentComposer((c) =>
    c.state.status === 'error' || c.state.status === 'offline' ? c.retry : null,
  );
}

/** Hands the saved draft version to `onRequestReview`; `null` while `requestReviewBlocker` says why not. */
export function useAgentComposerRequestReview(): (() => void) | null {
  return useAgentComposer((c) => c.requestReview);
}

/** Drops the restored local copy for the server's draft; `null` unless a local copy with edits was restored. */
export function useAgentComposerDiscardLocal(): (() => Promise<void>) | null {
  return useAgentComposer((c) =>
    c.state.restored && c.state.dirtyFields.length > 0 ? c.discardLocal : null,
  );
}

/** Loads the agent again after a failed load; `null` unless the load failed and no reload is running. */
export function useAgentComposerReload(): (() => Promise<void>) | null {
  return useAgentComposer((c) => (c.state.load === 'error' && !c.reloading ? c.reload : null));
}
