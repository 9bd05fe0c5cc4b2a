import { Profiler, type ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import { userEvent } from 'vitest/browser';
import { BuilderProvider } from '../../provider/builder-provider.js';
import { createMemoryDraftStorage } from '../../core/draft-storage.js';
import * as AgentComposerPrimitive from './index.js';
import { createComposerMockServer, supportBot } from '../../testing/composer-mock-server.js';

/* Counts React commits per part (Profiler `onRender` fires once for every commit its subtree rendered in),
   so the test sees exactly which parts a keystroke re-rendered. Counts, never timings. */

type Counts = Record<string, number>;

function Counted({ id, counts, children }: { id: string; counts: Counts; children: ReactNode }) {
  return (
    <Profiler id={id} onRender={() => countRender(counts, id)}>
      {children}
    </Profiler>
  );
}

function countRender(counts: Counts, id: string) {
  counts[id] = (counts[id] ?? 0) + 1;
}

function renderCounted(counts: Counts) {
  const server = createComposerMockServer({ agents: [supportBot] });
  render(
    <BuilderProvider client={server.client} theme="light">
      {/* No autosave: a save legitimately changes the version the test panel shows. */}
      <AgentComposerPrimitive.Root
        agentId="support-bot"
        autosave={false}
        storage={createMemoryDraftStorage()}
      >
        <Counted id="name" counts={counts}>
          <AgentComposerPrimitive.Label field="name" />
          <AgentComposerPrimitive.Name />
        </Counted>
        <Counted id="instructions" counts={counts}>
          <AgentComposerPrimitive.Label field="instructions" />
          <AgentComposerPrimitive.Instructions />
        </Counted>
        <Counted id="stats" counts={counts}>
          <AgentComposerPrimitive.InstructionsStats />
        </Counted>
        <Counted id="model" counts={counts}>
          <AgentComposerPrimitive.Label field="model" />
          <AgentComposerPrimitive.ModelSelect />
          <AgentComposerPrimitive.ModelLockReason />
        </Counted>
        <Counted id="bindings" counts={counts}>
          <AgentComposerPrimitive.Section section="tools">
            <AgentComposerPrimitive.SectionTitle section="tools" />
            <AgentComposerPrimitive.BindingList kind="tools" />
            <AgentComposerPrimitive.FieldIssues field="tools" />
            <AgentComposerPrimitive.LockReason field="tools" />
          </AgentComposerPrimitive.Section>
        </Counted>
        <Counted id="memory" counts={counts}>
          <AgentComposerPrimitive.MemoryOption option="enabled" />
          <AgentComposerPrimitive.Visibility aria-label="Visibility" />
          <AgentComposerPrimitive.Owner />
        </Counted>
        <Counted id="test" counts={counts}>
          <AgentComposerPrimitive.TestPanel>
            <AgentComposerPrimitive.TestVersion />
            <AgentComposerPrimitive.TestBlocker />
            <AgentComposerPrimitive.TestTranscript />
            <AgentComposerPrimitive.TestInput />
            <AgentComposerPrimitive.TestSend />
          </AgentComposerPrimitive.TestPanel>
        </Counted>
        <Counted id="notices" counts={counts}>
          <AgentComposerPrimitive.ReadOnlyNotice />
          <AgentComposerPrimitive.LoadError />
          <AgentComposerPrimitive.ConflictResolver />
        </Counted>
      </AgentComposerPrimitive.Root>
    </BuilderProvider>,
  );
  return server;
}

describe('typing in the instructions', () => {
  it('re-renders only the parts that show the instructions, not the bindings, model, memory or test panel', async () => {
    const counts: Counts = {};
    renderCounted(counts);
    const instructions = await screen.findByRole('textbox', { name: 'Instructions' });
    await waitFor(() => expect(instructions).not.toHaveAttribute('readonly'));
    await waitFor(() =>
      expect(screen.getByRole('list', { name: 'Bound tools' }).querySelectorAll('li')).toHaveLength(1),
    );
    await userEvent.click(instructions);
    // The first keystroke turns the draft dirty (the Save button's business, not these parts'): count after it.
    await userEvent.keyboard('{End}x');
    await waitFor(() => expect(instructions).toHaveValue(`${supportBot['instructions'] as string}x`));
    const before = { ...counts };

    const typed = 'renewals';
    await userEvent.keyboard(typed);
    await waitFor(() => expect(instructions).toHaveValue(`${supportBot['instructions'] as string}x${typed}`));

    const rendered = (id: string) => (counts[id] ?? 0) - (before[id] ?? 0);
    // What depends on the text renders once per keystroke (no more: one commit each).
    expect(rendered('instructions')).toBe(typed.length);
    expect(rendered('stats')).toBe(typed.length);
    expect(screen.getByText(/characters · about/)).toHaveAttribute(
      'data-characters',
      String((supportBot['instructions'] as string).length + 1 + typed.length),
    );
    // What does not, does not render at all.
    for (const part of ['name', 'model', 'bindings', 'memory', 'test', 'notices']) {
      expect({ part, renders: rendered(part) }).toEqual({ part, renders: 0 });
    }
  });
});
