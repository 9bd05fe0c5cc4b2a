import { describe, expect, it } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import { userEvent } from 'vitest/browser';
import { BuilderProvider } from '../../provider/builder-provider.js';
import { createMemoryDraftStorage } from '../../core/draft-storage.js';
import * as AgentComposerPrimitive from './index.js';
import { createComposerMockServer, supportBot } from '../../testing/composer-mock-server.js';

/* A host's own buttons, built from the action hooks alone: the callback, or null when the action cannot run. */
function CustomActions() {
  const save = AgentComposerPrimitive.useAgentComposerSave();
  const retry = AgentComposerPrimitive.useAgentComposerRetry();
  return (
    <>
      <button type="button" disabled={!save} onClick={() => void save?.()}>
        My save
      </button>
      <button type="button" disabled={!retry} onClick={() => void retry?.()}>
        My retry
      </button>
    </>
  );
}

describe('the composer action hooks', () => {
  it('return null while the action cannot run and the callback once it can', async () => {
    const server = createComposerMockServer({ agents: [supportBot] });
    render(
      <BuilderProvider client={server.client} theme="light">
        <AgentComposerPrimitive.Root
          agentId="support-bot"
          autosave={false}
          storage={createMemoryDraftStorage()}
        >
          <AgentComposerPrimitive.Label field="name" />
          <AgentComposerPrimitive.Name />
          <CustomActions />
        </AgentComposerPrimitive.Root>
      </BuilderProvider>,
    );
    const name = await screen.findByRole('textbox', { name: 'Name' });
    await waitFor(() => expect(name).not.toHaveAttribute('readonly'));
    const save = screen.getByRole('button', { name: 'My save' });
    // Nothing to save yet, nothing failed.
    expect(save).toBeDisabled();
    expect(screen.getByRole('button', { name: 'My retry' })).toBeDisabled();
    await userEvent.type(name, ' 2');
    await waitFor(() => expect(save).toBeEnabled());
    await userEvent.click(save);
    await waitFor(() => expect(server.records.get('support-bot')!['name']).toBe('Support bot 2'));
    await waitFor(() => expect(save).toBeDisabled());
  });
});

describe('BindingList as compound parts', () => {
  it('lays out custom rows whose props, ref and className reach the row element, and removes from them', async () => {
    const server = createComposerMockServer({ agents: [supportBot] });
    const rows: HTMLLIElement[] = [];
    render(
      <BuilderProvider client={server.client} theme="light">
        <AgentComposerPrimitive.Root
          agentId="support-bot"
          autosave={false}
          storage={createMemoryDraftStorage()}
        >
          <AgentComposerPrimitive.BindingList kind="tools" className="host-list">
            {(id) => (
              <AgentComposerPrimitive.BindingRow
                kind="tools"
                id={id}
                className="host-row"
                title={`row ${id}`}
                ref={(el) => {
                  if (el) rows.push(el);
                }}
              >
                <AgentComposerPrimitive.BindingName className="host-name" />
                <AgentComposerPrimitive.BindingRemove>Remove</AgentComposerPrimitive.BindingRemove>
              </AgentComposerPrimitive.BindingRow>
            )}
          </AgentComposerPrimitive.BindingList>
        </AgentComposerPrimitive.Root>
      </BuilderProvider>,
    );
    const list = await screen.findByRole('list', { name: 'Bound tools' });
    await waitFor(() => expect(list.querySelectorAll('[data-id]')).toHaveLength(1));
    expect(list).toHaveClass('host-list');
    const row = list.querySelector('li')!;
    expect(rows).toContain(row);
    expect(row).toHaveClass('host-row');
    expect(row).toHaveAttribute('title', 'row crm-lookup-tool');
    expect(row).toHaveAttribute('data-slot', 'paddock-composer-binding');
    expect(row.querySelector('.host-name')).toHaveAttribute('data-slot', 'paddock-composer-binding-name');
    await waitFor(() => expect(screen.getByRole('button', { name: /crm/i })).toHaveTextContent('Remove'));
    await userEvent.click(screen.getByRole('button', { name: /crm/i }));
    await waitFor(() =>
      expect(list.querySelector('[data-slot="paddock-composer-bindings-empty"]')).not.toBeNull(),
    );
  });
});
