import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
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

/** Elements inside `root` without `data-slot` or `data-state`, or with a styled-layer attribute. */
function partProblems(root: Element): string[] {
  return [root, ...root.querySelectorAll('*')].flatMap((el) => {
    const name = el.getAttribute('data-slot') ?? `<${el.tagName.toLowerCase()}>`;
    const problems: string[] = [];
    if (!el.hasAttribute('data-slot') || !el.hasAttribute('data-state')) problems.push(`${name}: unslotted`);
    if (el.hasAttribute('data-paddock-button') || el.hasAttribute('data-variant'))
      problems.push(`${name}: styled-layer attribute`);
    return problems;
  });
}

function renderHeadless(children: ReactNode) {
  const server = createComposerMockServer({ agents: [supportBot] });
  render(
    <BuilderProvider client={server.client} theme="light">
      <AgentComposerPrimitive.Root
        agentId="support-bot"
        autosave={false}
        storage={createMemoryDraftStorage()}
      >
        <AgentComposerPrimitive.Label field="description" />
        <AgentComposerPrimitive.Description />
        <AgentComposerPrimitive.Save />
        {children}
      </AgentComposerPrimitive.Root>
    </BuilderProvider>,
  );
  return server;
}

async function makeConflict(server: ReturnType<typeof createComposerMockServer>) {
  const description = await screen.findByRole('textbox', { name: 'Description' });
  await waitFor(() => expect(description).not.toHaveAttribute('readonly'));
  await userEvent.clear(description);
  await userEvent.type(description, 'Mine');
  server.editBySomeoneElse('support-bot', { description: 'Theirs', name: 'Support bot 2' });
  await userEvent.click(screen.getByRole('button', { name: 'Save draft' }));
  return screen.findByRole('region', { name: 'This agent changed while you were editing' });
}

describe('ConflictResolver as compound parts', () => {
  it('renders its default anatomy as headless parts: one slotted element each, no styled-layer attributes', async () => {
    const server = renderHeadless(<AgentComposerPrimitive.ConflictResolver />);
    const region = await makeConflict(server);
    expect(within(region).getByRole('columnheader', { name: 'Their version' })).toBeVisible();
    expect(within(region).getByRole('button', { name: 'Apply and save' })).toBeEnabled();
    expect(partProblems(region)).toEqual([]);
  });

  it('lays out custom rows whose props, ref and className reach their element, and saves the choices', async () => {
    const rows: HTMLTableRowElement[] = [];
    let resolver: HTMLElement | null = null;
    const server = renderHeadless(
      <AgentComposerPrimitive.ConflictResolver
        className="host-resolver"
        ref={(el) => {
          resolver = el;
        }}
      >
        <AgentComposerPrimitive.ConflictTitle className="host-title" />
        <AgentComposerPrimitive.ConflictTable>
          <AgentComposerPrimitive.ConflictBody>
            {(field) => (
              <AgentComposerPrimitive.ConflictRow
                field={field}
                className="host-row"
                title={`row ${field}`}
                ref={(el) => {
                  if (el) rows.push(el);
                }}
              >
                <AgentComposerPrimitive.ConflictField>
                  <AgentComposerPrimitive.ConflictFieldLabel />
                  <AgentComposerPrimitive.ConflictChoices>
                    <AgentComposerPrimitive.ConflictChoice option="mine" className="host-choice" />
                    <AgentComposerPrimitive.ConflictChoice option="theirs" />
                  </AgentComposerPrimitive.ConflictChoices>
                </AgentComposerPrimitive.ConflictField>
                <AgentComposerPrimitive.ConflictValue side="theirs" className="host-theirs" />
              </AgentComposerPrimitive.ConflictRow>
            )}
          </AgentComposerPrimitive.ConflictBody>
        </AgentComposerPrimitive.ConflictTable>
        <AgentComposerPrimitive.ConflictApply className="host-apply">
          Use these
        </AgentComposerPrimitive.ConflictApply>
      </AgentComposerPrimitive.ConflictResolver>,
    );
    const region = await makeConflict(server);
    expect(resolver).toBe(region);
    expect(region).toHaveClass('host-resolver');
    expect(region).toHaveAttribute('data-slot', 'paddock-composer-conflict');
    expect(within(region).getByRole('heading')).toHaveClass('host-title');
    const row = region.querySelector<HTMLTableRowElement>('[data-field="description"]')!;
    expect(rows).toContain(row);
    expect(row).toHaveClass('host-row');
    expect(row).toHaveAttribute('title', 'row description');
    expect(row).toHaveAttribute('data-slot', 'paddock-composer-conflict-row');
    expect(row.querySelector('.host-theirs')).toHaveTextContent('Theirs');
    // The host left out "your edit": only the parts it composed render.
    expect(row.querySelector('[data-slot="paddock-composer-conflict-mine"]')).toBeNull();
    expect(partProblems(region)).toEqual([]);
    const keepMine = within(row).getByRole('radio', { name: 'Keep mine' });
    expect(keepMine.closest('label')).toHaveClass('host-choice');
    await userEvent.click(keepMine);
    expect(row).toHaveAttribute('data-choice', 'mine');
    await userEvent.click(within(region).getByRole('button', { name: 'Use these' }));
    await waitFor(() =>
      expect(screen.queryByRole('region', { name: 'This agent changed while you were editing' })).toBeNull(),
    );
    await waitFor(() => expect(server.records.get('support-bot')).toMatchObject({ description: 'Mine' }));
    // Their rename was preselected ("Take theirs") and kept.
    expect(server.records.get('support-bot')).toMatchObject({ name: 'Support bot 2' });
  });
});

describe('TestTranscript as compound parts', () => {
  function panel(transcript: ReactNode) {
    return (
      <AgentComposerPrimitive.TestPanel>
        <AgentComposerPrimitive.TestBlocker />
        {transcript}
        <AgentComposerPrimitive.TestInput />
        <AgentComposerPrimitive.TestSend />
      </AgentComposerPrimitive.TestPanel>
    );
  }

  async function send(prompt: string) {
    const input = await screen.findByRole('textbox', { name: 'Message to the draft' });
    await waitFor(() => expect(input).toBeEnabled());
    await userEvent.type(input, `${prompt}{Enter}`);
  }

  it('renders its default anatomy as headless parts, approval buttons included', async () => {
    renderHeadless(panel(<AgentComposerPrimitive.TestTranscript />));
    await send('Please refund 40 EUR');
    const transcript = screen.getByRole('list', { name: 'Test conversation' });
    await within(transcript).findByRole('group', { name: 'refund-issue-tool needs your approval to run.' });
    expect(within(transcript).getByRole('button', { name: 'Approve' })).toBeVisible();
    expect(partProblems(transcript)).toEqual([]);
  });

  it('lays out custom runs whose props, ref and className reach their element, and approves from them', async () => {
    const runs: HTMLLIElement[] = [];
    const server = renderHeadless(
      panel(
        <AgentComposerPrimitive.TestTranscript className="host-transcript">
          {(run) => (
            <AgentComposerPrimitive.TestRun
              run={run}
              className="host-run"
              ref={(el) => {
                if (el) runs.push(el);
              }}
            >
              <AgentComposerPrimitive.TestMessage author="assistant" className="host-answer">
                {run.parts.map((part, index) =>
                  part.type === 'text' ? (
                    <AgentComposerPrimitive.TestText key={index} index={index} className="host-text" />
                  ) : (
                    <AgentComposerPrimitive.TestToolCall
                      key={part.call.toolCallId}
                      toolCallId={part.call.toolCallId}
                    >
                      <AgentComposerPrimitive.TestToolName />
                      <AgentComposerPrimitive.TestApproval>
                        <AgentComposerPrimitive.TestApprove className="host-approve">
                          Yes, run it
                        </AgentComposerPrimitive.TestApprove>
                      </AgentComposerPrimitive.TestApproval>
                    </AgentComposerPrimitive.TestToolCall>
                  ),
                )}
              </AgentComposerPrimitive.TestMessage>
              <AgentComposerPrimitive.TestTrace className="host-trace" />
            </AgentComposerPrimitive.TestRun>
          )}
        </AgentComposerPrimitive.TestTranscript>,
      ),
    );
    await send('Please refund 40 EUR');
    const transcript = screen.getByRole('list', { name: 'Test conversation' });
    expect(transcript).toHaveClass('host-transcript');
    const approve = await within(transcript).findByRole('button', { name: 'Yes, run it' });
    expect(approve).toHaveClass('host-approve');
    expect(approve).toHaveAttribute('data-slot', 'paddock-composer-test-approve');
    const run = transcript.querySelector('li')!;
    expect(runs).toContain(run);
    expect(run).toHaveClass('host-run');
    expect(run.querySelector('.host-answer')).toHaveAttribute('data-role', 'assistant');
    // The host left out the prompt: only the parts it composed render.
    expect(run.querySelector('[data-slot="paddock-composer-test-prompt"]')).toBeNull();
    expect(partProblems(transcript)).toEqual([]);
    await userEvent.click(approve);
    await waitFor(() => expect(within(transcript).getByText('Refund issued.')).toHaveClass('host-text'));
    expect(server.requests.some((r) => r.path === '/agents/support-bot/approve-tool-call')).toBe(true);
    // A run that reports its trace shows it where the host put TestTrace (as text: no traceHref).
    await send('Look up customer C-1001');
    await waitFor(() => expect(transcript.querySelectorAll('li')).toHaveLength(2));
    const second = transcript.querySelectorAll('li')[1]!;
    await waitFor(() => expect(second.querySelector('.host-trace')?.textContent).toMatch(/^Trace \w+$/));
    expect(second.querySelector('[data-slot="paddock-composer-test-trace-id"]')).toHaveAttribute(
      'data-state',
      'text',
    );
    expect(partProblems(transcript)).toEqual([]);
  });
});
