import { useState } from 'react';
import { useQueries } from '@tanstack/react-query';
import { paddockKeys, type StoredAgent } from '@paddock/client-sdk';
import { AgentComposer } from '@paddock/builder-ui';
import { useHostClient } from '../host-client';
import { Embedded } from '../embed';
import { useSearchParams } from '../router';
import { draftFromCatalogKeys } from './start-agent';

const SELECTED_KEY = 'acme-agents-selected';
const STATUSES = ['draft', 'published'] as const;

/** Which agent the composer edits, kept for this tab so a reload reopens the same one. */
function readSelection(): string | null {
  return globalThis.sessionStorage?.getItem(SELECTED_KEY) || null;
}

function writeSelection(agentId: string | null) {
  if (agentId) sessionStorage.setItem(SELECTED_KEY, agentId);
  else sessionStorage.removeItem(SELECTED_KEY);
}

/**
 * Internal agents: every stored agent the user can see (never-published drafts included) and the kit's
 * AgentComposer for the selected one. The list is the host's own code on the SDK; the composer is the kit.
 */
export function AgentsPage() {
  const client = useHostClient();
  // The server lists one record status at a time and defaults to published: ask for both.
  const lists = useQueries({
    queries: STATUSES.map((status) => ({
      queryKey: paddockKeys.storedAgents.list(client.baseUrl, { status }),
      queryFn: () => client.storedAgents.list({ status, orderBy: { field: 'updatedAt', direction: 'DESC' } }),
    })),
  });
  const agents: StoredAgent[] = lists.flatMap((query) => query.data?.agents ?? []);
  const failed = lists.find((query) => query.isError)?.error;

  // `mounted` is what the composer was opened with; `selected` follows saves. Creating an agent must not
  // remount the composer under the user's cursor, so a new agent's id only updates `selected`.
  // Arriving from the catalog's "Start an agent with these": a new agent with those primitives bound.
  const fromCatalog = useSearchParams().get('with');
  const startWith = fromCatalog ? draftFromCatalogKeys(fromCatalog.split(',').filter(Boolean)) : undefined;
  const [mounted, setMounted] = useState(() => ({
    agentId: fromCatalog ? null : readSelection(),
    key: 0,
  }));
  const [selected, setSelected] = useState<string | null>(mounted.agentId);
  const open = (agentId: string | null) => {
    // Leaving a catalog hand-off: "New agent" means an empty one from now on.
    if (fromCatalog) window.location.hash = '/agents';
    writeSelection(agentId);
    setSelected(agentId);
    setMounted((current) => ({ agentId, key: current.key + 1 }));
  };

  return (
    <section className="console-page" aria-labelledby="agents-title">
      <h1 id="agents-title">Agents</h1>
      <div className="agents-layout">
        <nav aria-label="Stored agents" className="agents-list">
          <button
            type="button"
            className="agents-new"
            onClick={() => open(null)}
            aria-pressed={selected === null}
          >
            New agent
          </button>
          {failed ? <p role="alert">Could not list agents: {failed.message}</p> : null}
          <ul>
            {agents.map((agent) => (
              <li key={agent.id}>
                <button
                  type="button"
                  aria-pressed={agent.id === selected}
                  onClick={() => open(agent.id)}
                  data-agent-id={agent.id}
                >
                  <span>{agent.name}</span> <small data-status={agent.status}>{agent.status}</small>
                </button>
              </li>
            ))}
          </ul>
        </nav>
        <div className="agents-editor">
          <p className="agents-editing">
            Editing: <output data-testid="selected-agent">{selected ?? 'new agent'}</output>
          </p>
          <Embedded name="AgentComposer">
            <AgentComposer
              key={`${mounted.key}:${fromCatalog ?? ''}`}
              agentId={mounted.agentId}
              traceHref={(traceId) => `/runs?trace=${encodeURIComponent(traceId)}`}
              defaultValue={mounted.agentId ? undefined : startWith}
              onSave={({ agentId, created }) => {
                if (created) {
                  writeSelection(agentId);
                  setSelected(agentId);
                }
              }}
            />
          </Embedded>
        </div>
      </div>
    </section>
  );
}
