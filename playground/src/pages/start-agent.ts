import { createEmptyDraft, type AgentDraft } from '@paddock/builder-ui/core';

/** The console path that opens the composer on a new agent bound to these catalog keys (`tool:x`, `model:p/m`). */
export function startAgentPath(keys: readonly string[]): string {
  return `/agents?with=${encodeURIComponent(keys.join(','))}`;
}

/** A new agent's starting draft from catalog keys: tools, sub-agents and workflows bound, the model chosen. */
export function draftFromCatalogKeys(keys: readonly string[]): AgentDraft {
  const draft = createEmptyDraft();
  for (const key of keys) {
    const colon = key.indexOf(':');
    const kind = key.slice(0, colon);
    const id = key.slice(colon + 1);
    if (kind === 'tool') draft.tools.push(id);
    else if (kind === 'agent') draft.agents.push(id);
    else if (kind === 'workflow') draft.workflows.push(id);
    else if (kind === 'model') {
      const slash = id.indexOf('/');
      draft.model = { provider: id.slice(0, slash), name: id.slice(slash + 1) };
    }
  }
  return draft;
}
