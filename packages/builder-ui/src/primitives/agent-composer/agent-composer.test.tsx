import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import { userEvent } from 'vitest/browser';
import axe from 'axe-core';
import { MastraClient } from '@paddock/client-sdk';
import { BuilderProvider } from '../../provider/builder-provider.js';
import { AgentComposer, type AgentComposerProps } from '../../components/agent-composer.js';
import { createEmptyDraft, type AgentDraft, type DraftChange } from '../../core/agent-draft.js';
import { createMemoryDraftStorage } from '../../core/draft-storage.js';
import * as AgentComposerPrimitive from './index.js';
import {
  createComposerMockServer as createServer,
  supportBot,
  type ComposerMockServer,
} from '../../testing/composer-mock-server.js';

/* The fake Mastra server (catalog, stored agents with versions, SSE stream) lives in src/testing, shared
   with the composer's stories. */

async function axeViolations(context: Element = document.body) {
  const results = await axe.run(context, { resultTypes: ['violations'] });
  return results.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) }));
}

function renderComposer(props: Partial<AgentComposerProps> = {}, server = createServer()) {
  const utils = render(
    <BuilderProvider client={server.client} theme="light">
      <AgentComposer storage={createMemoryDraftStorage()} debounceMs={30} {...props} />
    </BuilderProvider>,
  );
  return { ...utils, server };
}

const requestsTo = (server: ComposerMockServer, method: string, path: string) =>
  server.requests.filter((r) => r.method === method && r.path === path);

/**
 * The composer's parts (and the picker's inside it) that lack `data-slot` or `data-state`, by slot name. Every
 * element of the styled composer must be addressable; only `<option>` and the injected `<style>` are exempt.
 */
function unslottedParts(): string[] {
  const root = document.querySelector('[data-paddock-root][data-slot="paddock-composer"]');
  if (!root) return ['(no composer root)'];
  return [root, ...root.querySelectorAll('*')]
    .filter((el) => el.tagName !== 'OPTION' && el.tagName !== 'STYLE')
    .filter((el) => !el.getAttribute('data-slot') || !el.hasAttribute('data-state'))
    .map(
      (el) => el.getAttribute('data-slot') ?? `<${el.tagName.toLowerCase()}> ${el.textContent?.slice(0, 40)}`,
    );
}

describe('given a builder composing a new agent', () => {
  it('autosaves a draft (never publishing) as they type, with the length and token estimate', async () => {
    const onSave = vi.fn();
    const { server } = renderComposer({ onSave });
    const name = await screen.findByRole('textbox', { name: 'Name' });
    await waitFor(() => expect(name).not.toHaveAttribute('readonly'));
    await userEvent.type(name, 'Renewal helper');
    await userEvent.type(screen.getByRole('textbox', { name: 'Instructions' }), 'Find renewals at risk.');
    expect(screen.getByText('22 characters · about 6 tokens')).toBeVisible();
    await waitFor(() =>
      expect(document.querySelector('[data-slot="paddock-composer-save-status"]')).toHaveTextContent(
        'Draft saved',
      ),
    );
    const created = requestsTo(server, 'POST', '/stored/agents');
    expect(created).toHaveLength(1);
    expect(created[0]!.body).toMatchObject({
      autoPublish: false,
      changeMessage: expect.stringContaining('Draft created'),
    });
    expect(
      requestsTo(server, 'PATCH', '/stored/agents/renewal-helper').every(
        (r) => r.body!['autoPublish'] === false,
      ),
    ).toBe(true);
    expect(onSave).toHaveBeenCalledWith(
      expect.objectContaining({ agentId: 'renewal-helper', created: true }),
    );
    expect(server.records.get('renewal-helper')!['instructions']).toBe('Find renewals at risk.');
    // The model select shows the policy default; hidden server features hide their sections.
    expect(screen.getByRole('combobox', { name: 'Model' })).toHaveDisplayValue('deterministic-v1 (default)');
    expect(screen.queryByRole('region', { name: 'Workflows' })).toBeNull();
    expect(await axeViolations()).toEqual([]);
  });

  it('binds allow-listed tools from the keyboard and refuses the rest with the reason', async () => {
    const { server } = renderComposer({ agentId: 'support-bot' }, createServer({ agents: [supportBot] }));
    await screen.findByRole('textbox', { name: 'Name' });
    const add = screen.getByRole('button', { name: 'Add tools' });
    add.focus();
    await userEvent.keyboard('{Enter}');
    expect(add).toHaveAttribute('aria-expanded', 'true');
    const search = await screen.findByRole('searchbox');
    await waitFor(() => expect(document.activeElement).toBe(search));
    await userEvent.keyboard('refund');
    const refund = await screen.findByRole('option', { name: /refund-issue-tool/ });
    await userEvent.keyboard('{ArrowDown}');
    await waitFor(() => expect(document.activeElement).toBe(refund));
    await userEvent.keyboard(' ');
    const bound = screen.getByRole('list', { name: 'Bound tools' });
    await waitFor(() =>
      expect(
        within(bound)
          .getAllByRole('listitem')
          .map((li) => li.dataset['id']),
      ).toEqual(['crm-lookup-tool', 'refund-issue-tool']),
    );
    await waitFor(() => expect(requestsTo(server, 'PATCH', '/stored/agents/support-bot')).toHaveLength(1));
    expect(requestsTo(server, 'PATCH', '/stored/agents/support-bot')[0]!.body).toEqual({
      autoPublish: false,
      changeMessage: 'Draft saved: tools',
      tools: { 'crm-lookup-tool': {}, 'refund-issue-tool': {} },
    });
    // Not on the allow-list: listed disabled with its reason, and never bound.
    await userEvent.clear(search);
    await userEvent.type(search, 'pricing');
    const pricing = await screen.findByRole('option', { name: /pricing-approval-tool/ });
    expect(pricing).toHaveAttribute('aria-disabled', 'true');
    expect(within(pricing).getByText('Not on the allow-list')).toBeVisible();
    expect(unslottedParts()).toEqual([]);
    // Removing is a button per binding.
    await userEvent.click(within(bound).getByRole('button', { name: 'Remove refund-issue-tool' }));
    await waitFor(() => expect(within(bound).getAllByRole('listitem')).toHaveLength(1));
  });

  it('turns a name that is already taken into a clear message', async () => {
    renderComposer({}, createServer({ agents: [supportBot] }));
    const name = await screen.findByRole('textbox', { name: 'Name' });
    await waitFor(() => expect(name).not.toHaveAttribute('readonly'));
    await userEvent.type(name, 'Support bot');
    await userEvent.type(screen.getByRole('textbox', { name: 'Instructions' }), 'x');
    await waitFor(() =>
      expect(screen.getByText('An agent with this name already exists. Choose another name.')).toBeVisible(),
    );
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveAttribute('aria-invalid', 'true');
  });
});

describe('given a viewer without write or execute permission', () => {
  it('shows the agent read-only and says why, and the test panel says why it cannot run', async () => {
    const { server } = renderComposer(
      { agentId: 'support-bot' },
      createServer({ role: 'viewer', agents: [supportBot] }),
    );
    const name = await screen.findByRole('textbox', { name: 'Name' });
    await waitFor(() => expect(name).toHaveAttribute('readonly'));
    expect(name).toHaveValue('Support bot');
    // In the user's words, with the permission as a detail for whoever grants it.
    const notice = screen.getByText(/^Read-only\. You can view this agent but not change it\./);
    expect(notice).toHaveTextContent(
      'Read-only. You can view this agent but not change it. Ask an admin for edit rights. Missing permission: stored-agents:write',
    );
    expect(
      screen.getByText('You can view agents but not run them. Ask an admin for the right to run agents.'),
    ).toBeVisible();
    expect(screen.getByRole('combobox', { name: 'Model' })).toBeDisabled();
    expect(screen.queryByRole('button', { name: 'Add tools' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Save draft' })).toBeDisabled();
    expect(screen.getByRole('textbox', { name: 'Message to the draft' })).toBeDisabled();
    await userEvent.type(name, 'x');
    expect(name).toHaveValue('Support bot');
    expect(requestsTo(server, 'PATCH', '/stored/agents/support-bot')).toHaveLength(0);
    // The owner's value, not just its label: supportBot's author id (the record names no author).
    const owner = document.querySelector('[data-slot="paddock-composer-owner"]');
    expect(owner?.textContent).toBe('u-builder');
    expect(owner).toHaveAttribute('data-state', 'other');
    expect(await axeViolations()).toEqual([]);
  });
});

describe('given a builder opening an agent someone else owns', () => {
  it('is read-only with the owner named, but can still test it', async () => {
    const adminsBot = { ...supportBot, authorId: 'u-admin', author: { id: 'u-admin', name: 'Adam Admin' } };
    const { server } = renderComposer({ agentId: 'support-bot' }, createServer({ agents: [adminsBot] }));
    await waitFor(() =>
      expect(
        screen.getByText(
          'Read-only. Only its author, Adam Admin, can change this agent. Ask them to make the change.',
        ),
      ).toBeVisible(),
    );
    const name = screen.getByRole('textbox', { name: 'Name' });
    expect(name).toHaveAttribute('readonly');
    await userEvent.type(name, 'x');
    expect(name).toHaveValue('Support bot');
    expect(screen.getByText('Adam Admin')).toBeVisible();
    // The test panel loads in its own chunk: wait for it.
    expect(await screen.findByRole('textbox', { name: 'Message to the draft' })).toBeEnabled();
    expect(requestsTo(server, 'PATCH', '/stored/agents/support-bot')).toHaveLength(0);
  });
});

describe('control modes', () => {
  it('controlled: edits are proposed through onValueChange and only the passed value is shown', async () => {
    const server = createServer();
    const calls: [AgentDraft, DraftChange[]][] = [];
    function Host() {
      const [value, setValue] = useState(createEmptyDraft({ name: 'Fixed' }));
      return (
        <BuilderProvider client={server.client}>
          <AgentComposerPrimitive.Root
            value={value}
            autosave={false}
            storage={createMemoryDraftStorage()}
            onValueChange={(draft, changes) => {
              calls.push([draft, changes]);
              // The host accepts instruction edits only.
              if (changes.every((c) => c.type === 'set' && c.field === 'instructions')) setValue(draft);
            }}
            className="host-class"
          >
            <AgentComposerPrimitive.Label field="name" />
            <AgentComposerPrimitive.Name />
            <AgentComposerPrimitive.Label field="instructions" />
            <AgentComposerPrimitive.Instructions className="mine" />
          </AgentComposerPrimitive.Root>
        </BuilderProvider>
      );
    }
    render(<Host />);
    const name = await screen.findByRole('textbox', { name: 'Name' });
    await waitFor(() => expect(name).not.toHaveAttribute('readonly'));
    await userEvent.type(name, 'X');
    expect(calls[0]![1]).toEqual([{ type: 'set', field: 'name', value: 'FixedX' }]);
    expect(name).toHaveValue('Fixed');
    const instructions = screen.getByRole('textbox', { name: 'Instructions' });
    await userEvent.type(instructions, 'Hi');
    expect(instructions).toHaveValue('Hi');
    expect(calls.at(-1)![0].instructions).toBe('Hi');
    expect(instructions).toHaveClass('mine');
    expect(document.querySelector('[data-slot="paddock-composer-root"]')).toHaveClass('host-class');
  });

  it('uncontrolled: starts from defaultValue and reports every change', async () => {
    const onValueChange = vi.fn();
    renderComposer({
      defaultValue: createEmptyDraft({ name: 'Started', team: 'Ops' }),
      onValueChange,
      autosave: false,
      className: 'outer',
    });
    const team = await screen.findByRole('textbox', { name: 'Team' });
    expect(team).toHaveValue('Ops');
    await waitFor(() => expect(team).not.toHaveAttribute('readonly'));
    await userEvent.type(team, '!');
    expect(team).toHaveValue('Ops!');
    expect(onValueChange).toHaveBeenLastCalledWith(
      expect.objectContaining({ team: 'Ops!', name: 'Started' }),
      [{ type: 'set', field: 'team', value: 'Ops!' }],
    );
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Visibility' }), 'public');
    expect(onValueChange).toHaveBeenLastCalledWith(expect.objectContaining({ visibility: 'public' }), [
      { type: 'set', field: 'visibility', value: 'public' },
    ]);
    expect(document.querySelector('[data-paddock-root][data-slot="paddock-composer"]')).toHaveClass('outer');
  });
});

describe('keyboard saving', () => {
  it('Ctrl+S saves the draft now, without waiting for autosave', async () => {
    const server = createServer({ agents: [supportBot] });
    renderComposer({ agentId: 'support-bot', autosave: false }, server);
    const team = await screen.findByRole('textbox', { name: 'Team' });
    await waitFor(() => expect(team).not.toHaveAttribute('readonly'));
    await userEvent.type(team, ' EMEA');
    expect(requestsTo(server, 'PATCH', '/stored/agents/support-bot')).toHaveLength(0);
    await userEvent.keyboard('{Control>}s{/Control}');
    await waitFor(() => expect(requestsTo(server, 'PATCH', '/stored/agents/support-bot')).toHaveLength(1));
    expect(requestsTo(server, 'PATCH', '/stored/agents/support-bot')[0]!.body).toMatchObject({
      autoPublish: false,
      metadata: { team: 'Support EMEA' },
    });
  });
});

describe('requesting review', () => {
  it('hands the saved draft version to the host, and says why not while edits are unsaved', async () => {
    const onRequestReview = vi.fn();
    // A debounce long enough that the unsaved state is still there when checked on a busy machine.
    renderComposer(
      { agentId: 'support-bot', onRequestReview, debounceMs: 400 },
      createServer({ agents: [supportBot] }),
    );
    const description = await screen.findByRole('textbox', { name: 'Description' });
    await waitFor(() => expect(description).not.toHaveAttribute('readonly'));
    const review = screen.getByRole('button', { name: 'Request review' });
    await userEvent.type(description, '!');
    expect(review).toBeDisabled();
    expect(review).toHaveAccessibleDescription('Save the draft first.');
    await waitFor(() => expect(review).toBeEnabled());
    await userEvent.click(review);
    expect(onRequestReview).toHaveBeenCalledWith({
      agentId: 'support-bot',
      versionId: 'support-bot-v2',
      draft: expect.objectContaining({ description: 'Answers tickets!' }),
    });
  });
});

describe('requesting review of a new agent', () => {
  it('asks for the required fields until one is highlighted, then points at the highlighted fields', async () => {
    renderComposer({ onRequestReview: vi.fn(), autosave: false });
    const name = await screen.findByRole('textbox', { name: 'Name' });
    const review = screen.getByRole('button', { name: 'Request review' });
    // Nothing is highlighted on a fresh form, so the reason cannot point at highlighted fields.
    expect(name).not.toHaveAttribute('aria-invalid', 'true');
    expect(review).toHaveAccessibleDescription('Fill in the required fields first.');
    await userEvent.click(name);
    await userEvent.tab();
    await waitFor(() => expect(name).toHaveAttribute('aria-invalid', 'true'));
    expect(review).toHaveAccessibleDescription('Fix the highlighted fields first.');
  });
});

describe('given someone else saved the agent meanwhile', () => {
  it('shows both sides and saves only what the user chose', async () => {
    const server = createServer({ agents: [supportBot] });
    renderComposer({ agentId: 'support-bot', autosave: false }, server);
    const description = await screen.findByRole('textbox', { name: 'Description' });
    await waitFor(() => expect(description).not.toHaveAttribute('readonly'));
    await userEvent.clear(description);
    await userEvent.type(description, 'Mine');
    server.editBySomeoneElse('support-bot', { description: 'Theirs', name: 'Support bot 2' });
    await userEvent.click(screen.getByRole('button', { name: 'Save draft' }));
    // The resolver (its parts, CSS and strings) loads on demand: wait for it, then see its own sheet applied.
    const dialog = await screen.findByRole('region', {
      name: 'This agent changed while you were editing',
    });
    await waitFor(() => expect(getComputedStyle(dialog).borderTopWidth).toBe('2px'));
    // Announced without stealing focus from whatever the user was typing in.
    expect(within(dialog).getByRole('alert')).toHaveTextContent(
      'Someone else saved this agent while you were editing. Choose what to keep below.',
    );
    expect(dialog).not.toContainElement(document.activeElement as HTMLElement);
    expect(unslottedParts()).toEqual([]);
    const row = (field: string) => dialog.querySelector(`[data-field="${field}"]`) as HTMLElement;
    expect(within(row('description')).getByText('Mine')).toBeVisible();
    expect(within(row('description')).getByText('Theirs')).toBeVisible();
    expect(within(row('name')).getByText('Changed by them')).toBeVisible();
    expect(requestsTo(server, 'PATCH', '/stored/agents/support-bot')).toHaveLength(0);
    await userEvent.click(within(row('description')).getByRole('radio', { name: 'Take theirs' }));
    await userEvent.click(within(row('description')).getByRole('radio', { name: 'Keep mine' }));
    expect(await axeViolations()).toEqual([]);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Apply and save' }));
    await waitFor(() =>
      expect(screen.queryByRole('region', { name: 'This agent changed while you were editing' })).toBeNull(),
    );
    await waitFor(() => expect(requestsTo(server, 'PATCH', '/stored/agents/support-bot')).toHaveLength(1));
    expect(requestsTo(server, 'PATCH', '/stored/agents/support-bot')[0]!.body).toEqual({
      autoPublish: false,
      changeMessage: 'Draft saved: description',
      description: 'Mine',
    });
    expect(server.records.get('support-bot')).toMatchObject({ name: 'Support bot 2', description: 'Mine' });
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveValue('Support bot 2');
  });
});

describe('the test panel', () => {
  it('chats with the draft version: streamed text, tool calls with arguments and results, trace id', async () => {
    const { server } = renderComposer(
      { agentId: 'support-bot', traceHref: (traceId) => `/traces/${traceId}` },
      createServer({ agents: [supportBot] }),
    );
    const input = await screen.findByRole('textbox', { name: 'Message to the draft' });
    await waitFor(() => expect(input).toBeEnabled());
    await userEvent.type(input, 'Look up customer C-1001{Enter}');
    const transcript = screen.getByRole('list', { name: 'Test conversation' });
    await waitFor(() =>
      expect(within(transcript).getByText('Ada Lovelace is a gold customer.')).toBeVisible(),
    );
    expect(within(transcript).getByText('Tool call: crm-lookup-tool')).toBeVisible();
    expect(within(transcript).getByText(/"customerId": "C-1001"/)).toBeVisible();
    expect(within(transcript).getByText(/"name": "Ada Lovelace"/)).toBeVisible();
    expect(within(transcript).getByRole('link', { name: 'Trace abc123trace' })).toHaveAttribute(
      'href',
      '/traces/abc123trace',
    );
    expect(transcript.querySelector('[data-slot="paddock-composer-test-trace-id"]')!.textContent).toBe(
      'abc123trace',
    );
    const stream = requestsTo(server, 'POST', '/agents/support-bot/stream')[0]!;
    expect(stream.body).toMatchObject({ requestContext: { agentVersionId: 'support-bot-v1' } });
    expect(unslottedParts()).toEqual([]);
    expect(await axeViolations()).toEqual([]);
  });

  it('asks for approval before a sensitive tool runs, and continues after approve', async () => {
    const { server } = renderComposer({ agentId: 'support-bot' }, createServer({ agents: [supportBot] }));
    const input = await screen.findByRole('textbox', { name: 'Message to the draft' });
    await waitFor(() => expect(input).toBeEnabled());
    await userEvent.type(input, 'Please refund 40 EUR');
    await userEvent.click(screen.getByRole('button', { name: 'Send' }));
    const prompt = await screen.findByRole('group', {
      name: 'refund-issue-tool needs your approval to run.',
    });
    expect(unslottedParts()).toEqual([]);
    expect(await axeViolations()).toEqual([]);
    // The styled composer composes the headless parts and gives them the kit's button look itself (the parts
    // carry no styled-layer attributes of their own: agent-composer-actions.test.tsx).
    const approve = within(prompt).getByRole('button', { name: 'Approve' });
    const innerButtons = document.querySelectorAll(
      '[data-slot="paddock-composer-test-approve"], [data-slot="paddock-composer-test-decline"], [data-slot="paddock-composer-binding-remove"]',
    );
    expect(innerButtons.length).toBeGreaterThanOrEqual(3);
    for (const el of innerButtons) expect(el).toHaveAttribute('data-paddock-button', '');
    expect(approve).toHaveAttribute('data-variant', 'primary');
    expect(getComputedStyle(approve).height).toBe('34px');
    await userEvent.click(within(prompt).getByRole('button', { name: 'Approve' }));
    await waitFor(() => expect(screen.getByText('Refund issued.')).toBeVisible());
    expect(requestsTo(server, 'POST', '/agents/support-bot/approve-tool-call')[0]!.body).toMatchObject({
      runId: 'run-1',
      toolCallId: 'call-2',
      requestContext: { agentVersionId: 'support-bot-v1' },
    });
  });
});

describe('the test panel and the allow-lists and memory', () => {
  it('refuses to test a saved draft whose bindings the allow-lists refuse, with the reason, and runs nothing', async () => {
    const { server } = renderComposer(
      { agentId: 'support-bot' },
      createServer({ agents: [{ ...supportBot, tools: { 'pricing-approval-tool': {} } }] }),
    );
    const blocker = await screen.findByText(/Testing is off until the draft can be saved/);
    expect(blocker).toHaveTextContent('pricing-approval-tool');
    const input = screen.getByRole('textbox', { name: 'Message to the draft' });
    expect(input).toBeDisabled();
    expect(input).toHaveAccessibleDescription(blocker.textContent!);
    expect(screen.getByRole('button', { name: 'Send' })).toBeDisabled();
    expect(requestsTo(server, 'POST', '/agents/support-bot/stream')).toEqual([]);
  });

  it('runs an agent with memory in one thread per conversation, owned by the user; Clear starts a new one', async () => {
    const { server } = renderComposer(
      { agentId: 'support-bot' },
      createServer({ agents: [{ ...supportBot, memory: { options: { lastMessages: 10 } } }] }),
    );
    const input = await screen.findByRole('textbox', { name: 'Message to the draft' });
    await waitFor(() => expect(input).toBeEnabled());
    await userEvent.type(input, 'Look up customer C-1001{Enter}');
    await waitFor(() => expect(screen.getByText('Ada Lovelace is a gold customer.')).toBeVisible());
    await userEvent.type(input, 'And C-1002{Enter}');
    await waitFor(() => expect(requestsTo(server, 'POST', '/agents/support-bot/stream')).toHaveLength(2));
    await userEvent.click(screen.getByRole('button', { name: 'Clear conversation' }));
    await userEvent.type(input, 'Fresh start{Enter}');
    await waitFor(() => expect(requestsTo(server, 'POST', '/agents/support-bot/stream')).toHaveLength(3));
    const bodies = requestsTo(server, 'POST', '/agents/support-bot/stream').map(
      (request) => request.body as { memory?: { thread: string; resource: string }; messages: unknown[] },
    );
    expect(bodies.map((body) => body.memory?.resource)).toEqual(['u-builder', 'u-builder', 'u-builder']);
    const threads = bodies.map((body) => body.memory?.thread);
    expect(threads[0]).toBeTruthy();
    expect(threads[1]).toBe(threads[0]);
    expect(threads[2]).not.toBe(threads[0]);
    // The thread holds the history: only the new prompt is sent.
    expect(bodies[1]!.messages).toEqual([{ role: 'user', content: 'And C-1002' }]);
  });
});

describe('sections, locks and refusals', () => {
  it('shows only the sections the host asks for', async () => {
    renderComposer({ sections: ['profile', 'instructions'] });
    await screen.findByRole('textbox', { name: 'Name' });
    expect(screen.getByRole('textbox', { name: 'Instructions' })).toBeVisible();
    expect(screen.queryByRole('combobox', { name: 'Model' })).toBeNull();
    expect(screen.queryByRole('region', { name: 'Tools' })).toBeNull();
    expect(screen.queryByRole('region', { name: 'Test the draft' })).toBeNull();
    expect(screen.queryByRole('textbox', { name: 'Message to the draft' })).toBeNull();
  });

  it('locks the model with the reason when the policy hides the picker', async () => {
    renderComposer({}, createServer({ pickerVisible: false }));
    const model = await screen.findByRole('combobox', { name: 'Model' });
    await waitFor(() => expect(model).toHaveAttribute('data-state', 'locked'));
    expect(model).toBeDisabled();
    const reason = screen.getByText('Model choice is turned off on this server; the default model is used.');
    expect(model.getAttribute('aria-describedby')!.split(' ')).toContain(reason.id);
  });

  it('refuses a binding outside the allow-list and announces why', async () => {
    const server = createServer({ agents: [supportBot] });
    function BindPricing() {
      const composer = AgentComposerPrimitive.useAgentComposer();
      return (
        <button
          type="button"
          onClick={() => composer.change({ type: 'add-binding', kind: 'tools', id: 'pricing-approval-tool' })}
        >
          Bind pricing
        </button>
      );
    }
    render(
      <BuilderProvider client={server.client}>
        <AgentComposerPrimitive.Root agentId="support-bot" storage={createMemoryDraftStorage()}>
          <BindPricing />
          <AgentComposerPrimitive.BindingList kind="tools" />
          <AgentComposerPrimitive.Refusals />
        </AgentComposerPrimitive.Root>
      </BuilderProvider>,
    );
    await screen.findByRole('listitem');
    // Wait until the catalog (the allow-lists) has loaded and the binding shows its name.
    await waitFor(() =>
      expect(screen.getByRole('list', { name: 'Bound tools' })).toHaveTextContent('crm-lookup-tool'),
    );
    await waitFor(() =>
      expect(document.querySelector('[data-slot="paddock-composer-root"]')).not.toHaveAttribute(
        'data-readonly',
      ),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Bind pricing' }));
    expect(screen.getByRole('status')).toHaveTextContent(
      'pricing-approval-tool is not on your organisation’s allow-list.',
    );
    expect(screen.getByRole('list', { name: 'Bound tools' }).querySelectorAll('li')).toHaveLength(1);
  });
});

describe('when the server cannot be reached', () => {
  it('keeps the edit queued with a visible status and saves it on retry', async () => {
    const server = createServer({ agents: [supportBot] });
    renderComposer({ agentId: 'support-bot' }, server);
    const description = await screen.findByRole('textbox', { name: 'Description' });
    await waitFor(() => expect(description).not.toHaveAttribute('readonly'));
    server.setDown(true);
    await userEvent.type(description, ' fast');
    const status = document.querySelector('[data-slot="paddock-composer-save-status"]')!;
    await waitFor(() => expect(status).toHaveAttribute('data-state', 'offline'));
    expect(status).toHaveTextContent('Offline: changes are kept and will be saved when the server is back');
    server.setDown(false);
    // A DOM click, at once: the store's own offline retry (2 s after the first failure) would otherwise race a
    // driver click on a loaded machine, and this test is about the button.
    screen.getByRole('button', { name: 'Retry saving' }).click();
    await waitFor(() => expect(status).toHaveTextContent('Draft saved'));
    expect(server.records.get('support-bot')!['description']).toBe('Answers tickets fast');
    expect(screen.queryByRole('button', { name: 'Retry saving' })).toBeNull();
  });

  it('restores an unsaved local copy after a reload and offers to discard it', async () => {
    const storage = createMemoryDraftStorage();
    const server = createServer({ agents: [supportBot] });
    const first = renderComposer({ agentId: 'support-bot', storage, autosave: false }, server);
    const description = await screen.findByRole('textbox', { name: 'Description' });
    await waitFor(() => expect(description).not.toHaveAttribute('readonly'));
    await userEvent.type(description, ' (unsaved)');
    first.unmount();
    renderComposer({ agentId: 'support-bot', storage, autosave: false }, server);
    await waitFor(() =>
      expect(screen.getByRole('textbox', { name: 'Description' })).toHaveValue('Answers tickets (unsaved)'),
    );
    expect(screen.getByText('Restored your unsaved changes from this device.')).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Discard local changes' }));
    await waitFor(() =>
      expect(screen.getByRole('textbox', { name: 'Description' })).toHaveValue('Answers tickets'),
    );
    expect(await axeViolations()).toEqual([]);
  });
});

describe('when loading or saving fails', () => {
  it('says why the agent could not be loaded, in words from the dictionary, and Retry loads it', async () => {
    const server = createServer({ agents: [supportBot] });
    server.setDown(true);
    renderComposer({ agentId: 'support-bot' }, server);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The agent could not be loaded.');
    expect(alert).toHaveTextContent(
      'The server could not be reached. Check your connection; your work is kept.',
    );
    // The SDK's raw text ("Failed to fetch") is not what the user reads.
    expect(alert).not.toHaveTextContent('fetch');
    expect(alert).toHaveAttribute('data-kind', 'offline');
    expect(unslottedParts()).toEqual([]);
    expect(await axeViolations()).toEqual([]);
    server.setDown(false);
    const retry = within(alert).getByRole('button', { name: 'Try loading again' });
    retry.focus();
    await userEvent.keyboard('{Enter}');
    const name = await screen.findByRole('textbox', { name: 'Name' });
    expect(name).toHaveValue('Support bot');
    expect(screen.queryByText('The agent could not be loaded.')).toBeNull();
    // The Retry button is gone: focus lands on the first field, not on <body>.
    await waitFor(() => expect(document.activeElement).toBe(name));
  });

  it('maps a refused save to a clear message per kind instead of the server text', async () => {
    const server = createServer({ agents: [supportBot] });
    renderComposer({ agentId: 'support-bot' }, server);
    const description = await screen.findByRole('textbox', { name: 'Description' });
    await waitFor(() => expect(description).not.toHaveAttribute('readonly'));
    const status = document.querySelector('[data-slot="paddock-composer-save-status"]')!;
    server.setSaveFailure(403);
    await userEvent.type(description, '!');
    await waitFor(() => expect(status).toHaveAttribute('data-state', 'error'));
    expect(status).toHaveTextContent(
      'Draft not saved: You are not allowed to do this. Ask an admin for access.',
    );
    expect(status).not.toHaveTextContent('Request failed');
    // A 422 without the model-policy code is not reported as a model refusal (the SDK's kind decides).
    server.setSaveFailure(422);
    await userEvent.click(screen.getByRole('button', { name: 'Retry saving' }));
    await waitFor(() =>
      expect(status).toHaveTextContent(
        'Draft not saved: The server refused the draft as invalid. Check the fields and try again.',
      ),
    );
    server.setSaveFailure(500);
    await userEvent.click(screen.getByRole('button', { name: 'Retry saving' }));
    await waitFor(() =>
      expect(status).toHaveTextContent(
        'Draft not saved: The server ran into a problem. Try again; if it keeps happening, tell your admin.',
      ),
    );
    expect(status).not.toHaveTextContent('Internal server error');
  });

  it('keeps the prompt and says why when the save before a test run fails, and runs nothing', async () => {
    const server = createServer({ agents: [supportBot] });
    renderComposer({ agentId: 'support-bot', autosave: false }, server);
    const description = await screen.findByRole('textbox', { name: 'Description' });
    await waitFor(() => expect(description).not.toHaveAttribute('readonly'));
    await userEvent.type(description, '!');
    server.setSaveFailure(403);
    const input = screen.getByRole('textbox', { name: 'Message to the draft' });
    await userEvent.type(input, 'Hello{Enter}');
    const reason = await screen.findByText(
      'Not sent: the draft could not be saved. You are not allowed to do this. Ask an admin for access.',
    );
    expect(reason).toHaveAttribute('role', 'alert');
    expect(input).toHaveValue('Hello');
    expect(input).toHaveAccessibleDescription(reason.textContent!);
    expect(requestsTo(server, 'POST', '/agents/support-bot/stream')).toHaveLength(0);
    // The next edit of the prompt clears the stale reason.
    await userEvent.type(input, '!');
    expect(screen.queryByText(/^Not sent/)).toBeNull();
  });
});

const jsonResponse = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/**
 * A client over the shared fake server whose answers a test may rewrite. The SDK keeps the injected fetch
 * private, hence the reflective read; a rename there fails these tests loudly rather than silently.
 */
function interceptedClient(
  server: ComposerMockServer,
  intercept: (
    path: string,
    init: RequestInit | undefined,
    forward: () => Promise<Response>,
  ) => Promise<Response>,
) {
  const inner = Reflect.get(server.client, '_fetch') as (
    input: string,
    init?: RequestInit,
  ) => Promise<Response>;
  return new MastraClient({
    baseUrl: 'http://paddock.test',
    maxRetries: 0,
    fetch: (input: string, init?: RequestInit) =>
      intercept(new URL(input).pathname, init, () => inner(input, init)),
  });
}

describe('when validation shows', () => {
  it('waits until the user leaves a field or asks to save, never while they type their first field', async () => {
    renderComposer();
    const name = await screen.findByRole('textbox', { name: 'Name' });
    const instructions = screen.getByRole('textbox', { name: 'Instructions' });
    await userEvent.type(name, 'Renewal helper');
    // The autosave found the draft incomplete; nothing is red yet.
    await waitFor(() =>
      expect(document.querySelector('[data-slot="paddock-composer-root"]')).toHaveAttribute(
        'data-status',
        'invalid',
      ),
    );
    expect(instructions).not.toHaveAttribute('aria-invalid');
    expect(
      document.querySelector('[data-slot="paddock-composer-issues"][data-field="instructions"]'),
    ).toHaveTextContent('');
    // Done with Instructions without writing any: now it says so.
    await userEvent.click(instructions);
    await userEvent.click(name);
    await waitFor(() => expect(instructions).toHaveAttribute('aria-invalid', 'true'));
    expect(instructions).toHaveAccessibleDescription(expect.stringContaining('Required.'));
  });

  it('reopens an abandoned new draft as a restored copy, without red errors', async () => {
    const storage = createMemoryDraftStorage();
    const first = renderComposer({ storage, autosave: false });
    await userEvent.type(await screen.findByRole('textbox', { name: 'Name' }), 'Half done');
    first.unmount();
    renderComposer({ storage });
    const name = await screen.findByRole('textbox', { name: 'Name' });
    await waitFor(() => expect(name).toHaveValue('Half done'));
    expect(screen.getByText('Restored your unsaved changes from this device.')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Discard local changes' })).toBeVisible();
    await waitFor(() =>
      expect(document.querySelector('[data-slot="paddock-composer-root"]')).toHaveAttribute(
        'data-status',
        'invalid',
      ),
    );
    expect(screen.getByRole('textbox', { name: 'Instructions' })).not.toHaveAttribute('aria-invalid');
  });
});

describe('the id of a new agent', () => {
  it('is proposed from a name in any script, editable before the first save, and what the create sends', async () => {
    const onSave = vi.fn();
    const { server } = renderComposer({ onSave });
    const name = await screen.findByRole('textbox', { name: 'Name' });
    const id = screen.getByRole('textbox', { name: 'Agent ID' });
    await userEvent.type(name, '续约助手');
    await waitFor(() => expect((id as HTMLInputElement).value).toMatch(/^agent-[a-z0-9]{6}$/));
    expect(id).toHaveAccessibleDescription(expect.stringContaining('Proposed from the name.'));
    await userEvent.clear(id);
    await userEvent.type(id, 'renewals-cn');
    await userEvent.type(screen.getByRole('textbox', { name: 'Instructions' }), 'Help.');
    await waitFor(() => expect(onSave).toHaveBeenCalled());
    expect(requestsTo(server, 'POST', '/stored/agents')[0]!.body).toMatchObject({
      id: 'renewals-cn',
      name: '续约助手',
    });
    // Once the agent exists its id is fixed: the field is gone.
    await waitFor(() => expect(screen.queryByRole('textbox', { name: 'Agent ID' })).toBeNull());
  });
});

describe('while the permissions load', () => {
  it('shows a loading state nothing can be typed into, then an editable form that keeps every keystroke', async () => {
    const server = createServer();
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const client = interceptedClient(server, async (path, _init, forward) => {
      if (path === '/api/auth/capabilities') await released;
      return forward();
    });
    render(
      <BuilderProvider client={client} theme="light">
        <AgentComposer storage={createMemoryDraftStorage()} debounceMs={30} />
      </BuilderProvider>,
    );
    expect(await screen.findByText('Checking what you can do…')).toBeVisible();
    // No read-only form that would swallow the first keystrokes.
    expect(screen.queryByRole('textbox', { name: 'Name' })).toBeNull();
    release();
    const name = await screen.findByRole('textbox', { name: 'Name' });
    await userEvent.type(name, 'Renewal helper');
    expect(name).toHaveValue('Renewal helper');
  });
});

describe('given a stored agent whose draft version the server does not report', () => {
  it('blocks the test panel with the reason instead of running the published version', async () => {
    const server = createServer({ agents: [supportBot] });
    // The shared fake always reports `resolvedVersionId`; strip it (and answer the version list with none),
    // as a server that hides it would.
    const client = interceptedClient(server, async (path, init, forward) => {
      if (path === '/api/stored/agents/support-bot/versions') {
        return jsonResponse({ versions: [], total: 0, page: 0, perPage: 1, hasMore: false });
      }
      const response = await forward();
      if (path === '/api/stored/agents/support-bot' && (init?.method ?? 'GET') === 'GET') {
        const { resolvedVersionId: _dropped, ...record } = (await response.json()) as Record<string, unknown>;
        return jsonResponse(record);
      }
      return response;
    });
    render(
      <BuilderProvider client={client} theme="light">
        <AgentComposer agentId="support-bot" storage={createMemoryDraftStorage()} debounceMs={30} />
      </BuilderProvider>,
    );
    expect(await screen.findByRole('textbox', { name: 'Name' })).toHaveValue('Support bot');
    const input = screen.getByRole('textbox', { name: 'Message to the draft' });
    const reason = await screen.findByText(
      'The saved draft version is not known yet. Save the draft to test it.',
    );
    expect(input).toBeDisabled();
    expect(input).toHaveAccessibleDescription(reason.textContent!);
    expect(screen.getByRole('button', { name: 'Send' })).toBeDisabled();
    expect(requestsTo(server, 'POST', '/agents/support-bot/stream')).toHaveLength(0);
  });
});

describe('keyboard focus around the binding picker', () => {
  it('moves focus into the search on open and back to the "Add" toggle on Escape or Enter', async () => {
    renderComposer({ agentId: 'support-bot' }, createServer({ agents: [supportBot] }));
    await screen.findByRole('textbox', { name: 'Name' });
    const add = await screen.findByRole('button', { name: 'Add tools' });
    await waitFor(() => expect(add).toBeEnabled());
    add.focus();
    await userEvent.keyboard('{Enter}');
    const search = await screen.findByRole('searchbox');
    await waitFor(() => expect(document.activeElement).toBe(search));
    expect(add).toHaveAttribute('data-state', 'open');
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('searchbox')).toBeNull());
    expect(document.activeElement).toBe(add);
    expect(add).toHaveAttribute('aria-expanded', 'false');
    expect(add).toHaveAttribute('data-state', 'closed');
    // Enter on an option confirms and closes: focus comes back to the toggle, not to <body>.
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('searchbox')));
    await screen.findByRole('option', { name: /refund-issue-tool/ });
    await userEvent.keyboard('{ArrowDown}');
    await waitFor(() => expect(document.activeElement).toHaveAttribute('role', 'option'));
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(screen.queryByRole('searchbox')).toBeNull());
    expect(document.activeElement).toBe(add);
  });
});

describe('fields the composer cannot edit', () => {
  it('says why instructions built from blocks and conditional memory are locked, as their description', async () => {
    const blocksBot = {
      ...supportBot,
      instructions: [{ type: 'text', content: 'Help customers.' }],
      memory: [{ value: { lastMessages: 10 }, rules: { team: 'support' } }],
    };
    renderComposer({ agentId: 'support-bot' }, createServer({ agents: [blocksBot] }));
    const instructions = await screen.findByRole('textbox', { name: 'Instructions' });
    await waitFor(() => expect(instructions).toHaveAttribute('data-state', 'locked'));
    expect(instructions).toHaveAttribute('readonly');
    const instructionsReason = screen.getByText(
      'The instructions are built from instruction blocks; edit them in code.',
    );
    expect(instructions.getAttribute('aria-describedby')!.split(' ')).toContain(instructionsReason.id);
    const memory = screen.getByRole('checkbox', { name: 'Remember the conversation' });
    expect(memory).toBeDisabled();
    expect(memory).toHaveAccessibleDescription('Memory has conditional variants; edit it in code.');
    expect(unslottedParts()).toEqual([]);
    expect(await axeViolations()).toEqual([]);
  });
});

describe('when the allow-lists (catalog) cannot be loaded', () => {
  it('holds saving with the reason, and the picker offers the typed error with a Retry that lifts the hold', async () => {
    const server = createServer({ agents: [supportBot] });
    let toolsDown = true;
    const client = interceptedClient(server, (path, _init, forward) =>
      toolsDown && path === '/api/tools' ? Promise.resolve(jsonResponse({ error: 'boom' }, 500)) : forward(),
    );
    render(
      <BuilderProvider client={client} theme="light">
        <AgentComposer agentId="support-bot" storage={createMemoryDraftStorage()} debounceMs={30} />
      </BuilderProvider>,
    );
    const description = await screen.findByRole('textbox', { name: 'Description' });
    await waitFor(() => expect(description).not.toHaveAttribute('readonly'));
    await userEvent.type(description, '!');
    const status = document.querySelector('[data-slot="paddock-composer-save-status"]')!;
    await waitFor(() =>
      expect(status).toHaveTextContent(
        'The allow-lists could not be loaded; nothing is saved until they are.',
      ),
    );
    expect(requestsTo(server, 'PATCH', '/stored/agents/support-bot')).toHaveLength(0);
    await userEvent.click(screen.getByRole('button', { name: 'Add tools' }));
    const picker = document.querySelector<HTMLElement>('[data-composer-kind="tools"]')!;
    const alert = await within(picker).findByRole('alert');
    expect(alert).toHaveTextContent('The catalog could not be loaded');
    expect(alert).toHaveTextContent('The server ran into a problem.');
    expect(unslottedParts()).toEqual([]);
    expect(await axeViolations()).toEqual([]);
    toolsDown = false;
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    await within(picker).findByRole('option', { name: /refund-issue-tool/ });
    await waitFor(() => expect(requestsTo(server, 'PATCH', '/stored/agents/support-bot')).toHaveLength(1));
    await waitFor(() => expect(status).toHaveTextContent('Draft saved'));
  });
});
