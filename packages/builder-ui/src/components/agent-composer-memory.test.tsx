import { describe, expect, it } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import { userEvent } from 'vitest/browser';
import axe from 'axe-core';
import { BuilderProvider } from '../provider/builder-provider.js';
import { AgentComposer } from './agent-composer.js';
import { createMemoryDraftStorage } from '../core/draft-storage.js';
import {
  createComposerMockServer,
  supportBot,
  type ComposerMockServer,
  type StoredRecord,
} from '../testing/composer-mock-server.js';

/* Memory settings end to end inside the component: each control's change must reach the wire, because the
   server (not the form) decides how the agent remembers. Same fake server as agent-composer.test.tsx. */

async function axeViolations(context: Element = document.body) {
  const results = await axe.run(context, { resultTypes: ['violations'] });
  return results.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) }));
}

function renderComposer(server: ComposerMockServer, agentId?: string) {
  render(
    <BuilderProvider client={server.client} theme="light">
      <AgentComposer agentId={agentId} storage={createMemoryDraftStorage()} debounceMs={30} />
    </BuilderProvider>,
  );
}

const saveStatus = () => document.querySelector('[data-slot="paddock-composer-save-status"]');

const writes = (server: ComposerMockServer, method: 'PATCH' | 'POST') =>
  server.requests.filter(
    (r) =>
      r.method === method &&
      (method === 'POST' ? r.path === '/stored/agents' : r.path.startsWith('/stored/')),
  );

/**
 * Runs `edit`, then waits for exactly one more PATCH and a settled "Draft saved", and returns that PATCH's
 * body. Exactly one: each toggle is its own save, so a body can only be attributed to the toggle before it.
 */
async function patchAfter(server: ComposerMockServer, edit: () => Promise<void>) {
  const before = writes(server, 'PATCH').length;
  await edit();
  await waitFor(() => {
    expect(writes(server, 'PATCH')).toHaveLength(before + 1);
    expect(saveStatus()).toHaveTextContent('Draft saved');
  });
  return writes(server, 'PATCH')[before]!.body!;
}

const memoryControls = () => ({
  enabled: screen.getByRole('checkbox', { name: 'Remember the conversation' }),
  lastMessages: screen.getByRole('spinbutton', { name: 'Messages of history' }),
  semanticRecall: screen.getByRole('checkbox', { name: 'Recall related older messages' }),
  generateTitle: screen.getByRole('checkbox', { name: 'Title new conversations' }),
});

describe('given a builder editing the memory of a stored agent', () => {
  it('saves each memory option as it is toggled, and turning memory off removes it', async () => {
    const server = createComposerMockServer({ agents: [supportBot] });
    renderComposer(server, 'support-bot');
    const name = await screen.findByRole('textbox', { name: 'Name' });
    await waitFor(() => expect(name).not.toHaveAttribute('readonly'));
    let memory = memoryControls();
    // Stateless to begin with: the options wait for memory to be on.
    expect(memory.enabled).not.toBeChecked();
    expect(memory.semanticRecall).toBeDisabled();
    expect(memory.generateTitle).toBeDisabled();
    expect(memory.lastMessages).toBeDisabled();

    expect(await patchAfter(server, () => userEvent.click(memory.enabled))).toEqual({
      autoPublish: false,
      changeMessage: 'Draft saved: memory',
      memory: { options: { lastMessages: 10, semanticRecall: false, generateTitle: false } },
    });
    memory = memoryControls();
    expect(memory.semanticRecall).toBeEnabled();

    expect((await patchAfter(server, () => userEvent.fill(memory.lastMessages, '25')))['memory']).toEqual({
      options: { lastMessages: 25, semanticRecall: false, generateTitle: false },
    });
    expect(
      (await patchAfter(server, () => userEvent.click(memoryControls().semanticRecall)))['memory'],
    ).toEqual({ options: { lastMessages: 25, semanticRecall: true, generateTitle: false } });
    expect(
      (await patchAfter(server, () => userEvent.click(memoryControls().generateTitle)))['memory'],
    ).toEqual({ options: { lastMessages: 25, semanticRecall: true, generateTitle: true } });
    // Unchecking is sent too, not only checking.
    expect(
      (await patchAfter(server, () => userEvent.click(memoryControls().semanticRecall)))['memory'],
    ).toEqual({ options: { lastMessages: 25, semanticRecall: false, generateTitle: true } });
    expect(server.records.get('support-bot')!['memory']).toEqual({
      options: { lastMessages: 25, semanticRecall: false, generateTitle: true },
    });
    expect(await axeViolations()).toEqual([]);

    // Off means stateless: the memory config is cleared on the server, and the options are disabled again.
    expect(await patchAfter(server, () => userEvent.click(memoryControls().enabled))).toEqual({
      autoPublish: false,
      changeMessage: 'Draft saved: memory',
      memory: null,
    });
    expect(memoryControls().generateTitle).toBeDisabled();
    expect(server.records.get('support-bot')!['memory']).toBeNull();
  });

  it('keeps the memory settings the composer does not edit when it changes one option', async () => {
    const remembering: StoredRecord = {
      ...supportBot,
      memory: {
        vector: 'pgvector',
        options: {
          lastMessages: 20,
          semanticRecall: true,
          generateTitle: false,
          workingMemory: { enabled: true },
        },
      },
    };
    const server = createComposerMockServer({ agents: [remembering] });
    renderComposer(server, 'support-bot');
    const name = await screen.findByRole('textbox', { name: 'Name' });
    await waitFor(() => expect(name).not.toHaveAttribute('readonly'));
    const memory = memoryControls();
    expect(memory.enabled).toBeChecked();
    expect(memory.lastMessages).toHaveValue(20);
    expect(memory.semanticRecall).toBeChecked();
    expect(memory.generateTitle).not.toBeChecked();

    expect((await patchAfter(server, () => userEvent.click(memory.generateTitle)))['memory']).toEqual({
      vector: 'pgvector',
      options: {
        lastMessages: 20,
        semanticRecall: true,
        generateTitle: true,
        workingMemory: { enabled: true },
      },
    });
  });
});

describe('given a builder creating a new agent', () => {
  it('sends the memory options chosen before the first save in the create body', async () => {
    const server = createComposerMockServer();
    renderComposer(server);
    const name = await screen.findByRole('textbox', { name: 'Name' });
    await waitFor(() => expect(name).not.toHaveAttribute('readonly'));
    await userEvent.click(memoryControls().enabled);
    await userEvent.fill(memoryControls().lastMessages, '5');
    await userEvent.click(memoryControls().generateTitle);
    // Nothing is created before the agent has a name.
    expect(writes(server, 'POST')).toHaveLength(0);

    await userEvent.type(name, 'Memory helper');
    await userEvent.type(screen.getByRole('textbox', { name: 'Instructions' }), 'Remember renewals.');
    await waitFor(() => expect(saveStatus()).toHaveTextContent('Draft saved'));
    const created = writes(server, 'POST');
    expect(created).toHaveLength(1);
    expect(created[0]!.body).toMatchObject({
      autoPublish: false,
      memory: { options: { lastMessages: 5, semanticRecall: false, generateTitle: true } },
    });
    expect(server.records.get('memory-helper')!['memory']).toEqual({
      options: { lastMessages: 5, semanticRecall: false, generateTitle: true },
    });
    expect(await axeViolations()).toEqual([]);
  });
});
