import { useState, type ReactNode } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import type { MastraClient } from '@paddock/client-sdk';
import { AgentComposer, BuilderProvider, type PaddockTheme, type ThemeTokens } from '@paddock/builder-ui';
import {
  createEmptyDraft,
  createMemoryDraftStorage,
  draftFromStoredAgent,
  draftStorageKey,
  type AgentDraft,
  type DraftStorage,
  type PersistedDraft,
  type StoredAgentLike,
  type TestRunTransport,
} from '@paddock/builder-ui/core';
import { AgentComposerPrimitive } from '@paddock/builder-ui/primitives';
import {
  createReplayServer,
  type RecordedRole,
  type ReplayOptions,
  type ReplayServer,
} from '../fixtures/replay';
import {
  createComposerMockServer,
  supportBot,
  type ComposerMockServer,
  type ComposerMockServerOptions,
  type StoredRecord,
} from './mock-client';
import {
  agentRoute,
  CJK_TEXT,
  ESCALATION,
  FAQ,
  largeCatalogOptions,
  LONG_WORD,
  longTextAgentOptions,
  recordedAgent,
  RTL_TEXT,
} from './composer-replay';

/* Two servers stand behind these stories, each story gets its own from a loader (so stories never share state):

   - What only reads (the recorded agents opened by a builder, a viewer or a non-author, loading, the load errors,
     the empty server, 10,000 primitives, long text, the custom theme, the controlled value) replays the answers
     RECORDED from the real playground server (stories/fixtures/replay.ts): the escalation assistant (three
     versions, the newest a draft adding the refund tool) and the FAQ responder authored by Adam Admin.
   - What writes (autosave and Save create or PATCH a stored agent, the test panel streams a run, the play
     function takes the server down or edits as someone else) needs a server that changes as it is used, which a
     recording cannot answer: those keep the kit's in-memory composer server (composer-mock-server.ts). Its only
     seed is its stored agents (`agents`); its catalog and model policy are fixed in the kit, so the stories
     that edit keep its `supportBot`, bound to a tool that catalog knows. */

interface Env {
  client: MastraClient;
  storage: DraftStorage;
  transport?: TestRunTransport;
  /** The in-memory server, for stories that write. */
  server?: ComposerMockServer;
  /** The recorded server, for stories that only read. */
  replay?: ReplayServer;
}

const withEnv =
  (options: ComposerMockServerOptions = {}, extra: () => Partial<Env> = () => ({})) =>
  (): Env => {
    const server = createComposerMockServer(options);
    return { client: server.client, server, storage: createMemoryDraftStorage(), ...extra() };
  };

const withReplay =
  (role: RecordedRole = 'builder', options: ReplayOptions = {}) =>
  (): Env => {
    const replay = createReplayServer(role, options);
    return { client: replay.client, replay, storage: createMemoryDraftStorage() };
  };

const envOf = (context: { loaded: Record<string, unknown> }) => context.loaded as unknown as Env;
/** The in-memory server of a story that writes. */
const mockOf = (context: { loaded: Record<string, unknown> }) => {
  const { server } = envOf(context);
  if (!server) throw new Error('this story runs on the recorded server, not the in-memory one');
  return server;
};
/** The recorded server of a story that only reads. */
const replayOf = (context: { loaded: Record<string, unknown> }) => {
  const { replay } = envOf(context);
  if (!replay) throw new Error('this story runs on the in-memory server, not the recorded one');
  return replay;
};

function Kit({
  env,
  theme = 'light',
  tokens,
  children,
}: {
  env: Env;
  theme?: PaddockTheme;
  tokens?: ThemeTokens;
  children: ReactNode;
}) {
  return (
    <BuilderProvider client={env.client} theme={theme} tokens={tokens}>
      {children}
    </BuilderProvider>
  );
}

const meta: Meta<typeof AgentComposer> = {
  title: 'Builder/AgentComposer',
  component: AgentComposer,
  parameters: { layout: 'padded' },
  // A short autosave debounce keeps the stories (and their tests) quick; the component's default is 800 ms.
  args: { debounceMs: 200 },
  loaders: [withEnv()],
  render: (args, context) => {
    const env = envOf(context);
    return (
      <Kit env={env}>
        <AgentComposer storage={env.storage} testTransport={env.transport} {...args} />
      </Kit>
    );
  },
};
export default meta;
type Story = StoryObj<typeof AgentComposer>;

type Canvas = ReturnType<typeof within>;

const slot = (root: HTMLElement, name: string) => {
  const element = root.querySelector<HTMLElement>(`[data-slot="${name}"]`);
  if (!element) throw new Error(`no ${name}`);
  return element;
};
const saveStatus = (root: HTMLElement) => slot(root, 'paddock-composer-save-status');
const requestsTo = (server: ComposerMockServer, method: string, path: string) =>
  server.requests.filter((r) => r.method === method && r.path === path);

/** The Name field once the user's permissions are known (it is read-only until then). */
async function editableName(canvas: Canvas) {
  const name = await canvas.findByRole('textbox', { name: 'Name' });
  await waitFor(() => expect(name).not.toHaveAttribute('readonly'));
  return name;
}

/** The test panel's prompt once it may run (permissions and the saved draft version known). */
async function readyPrompt(canvas: Canvas) {
  const input = await canvas.findByRole('textbox', { name: 'Message to the draft' });
  await waitFor(() => expect(input).toBeEnabled());
  return input;
}

const SAVE_TIMEOUT = { timeout: 5000 };

export const NewAgent: Story = {
  name: 'New agent',
  play: async ({ canvasElement, loaded }) => {
    const server = mockOf({ loaded });
    const canvas = within(canvasElement);
    const name = await editableName(canvas);
    await expect(canvas.getByRole('heading', { level: 2, name: 'New agent' })).toBeVisible();
    await expect(saveStatus(canvasElement)).toHaveTextContent('No changes');
    await expect(canvas.getByText('0 characters · about 0 tokens')).toBeVisible();
    // The test panel loads as its own chunk once the draft is ready.
    await expect(await canvas.findByText('Save the agent once to test it.')).toBeVisible();
    await expect(canvas.getByRole('textbox', { name: 'Message to the draft' })).toBeDisabled();

    await userEvent.type(name, 'Renewal helper');
    const instructions = canvas.getByRole('textbox', { name: 'Instructions' });
    await userEvent.type(instructions, 'Find renewals at risk.');
    await expect(canvas.getByText('22 characters · about 6 tokens')).toBeVisible();
    await expect(instructions).toHaveAccessibleDescription(
      expect.stringContaining('22 characters · about 6 tokens'),
    );
    await expect(canvas.getByRole('heading', { level: 2, name: 'Renewal helper' })).toBeVisible();

    // Autosave creates a draft (never published), and the test panel can now run it.
    await waitFor(() => expect(saveStatus(canvasElement)).toHaveTextContent('Draft saved'), SAVE_TIMEOUT);
    await expect(requestsTo(server, 'POST', '/stored/agents')[0]?.body).toMatchObject({
      name: 'Renewal helper',
      autoPublish: false,
    });
    await readyPrompt(canvas);
    await expect(canvas.queryByText('Save the agent once to test it.')).toBeNull();
    await expect(
      canvas.getByText('Saving creates a draft version. Publishing happens after review.'),
    ).toBeVisible();
  },
};

export const EditExisting: Story = {
  name: 'Edit existing agent',
  args: { agentId: 'support-bot', onRequestReview: fn() },
  loaders: [withEnv({ agents: [supportBot] })],
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const name = await editableName(canvas);
    await expect(name).toHaveValue('Support bot');
    await expect(canvas.getByRole('heading', { level: 2, name: 'Support bot' })).toBeVisible();
    await expect(canvas.getByRole('textbox', { name: 'Description' })).toHaveValue('Answers tickets');
    await expect(canvas.getByRole('textbox', { name: 'Instructions' })).toHaveValue('Help customers.');
    await expect(canvas.getByText(/^15 characters · about \d+ tokens$/)).toBeVisible();
    await expect(canvas.getByRole('combobox', { name: 'Model' })).toHaveDisplayValue(
      'deterministic-v1 (default)',
    );
    const tools = canvas.getByRole('list', { name: 'Bound tools' });
    await waitFor(() => expect(within(tools).getByText('crm-lookup-tool')).toBeVisible());
    await expect(within(tools).getByText('Low risk')).toBeVisible();
    await expect(canvas.getByRole('combobox', { name: 'Visibility' })).toHaveDisplayValue(
      'Public: everyone in the organisation',
    );
    await expect(canvas.getByRole('textbox', { name: 'Team' })).toHaveValue('Support');
    await expect(canvas.getByText('Bea Builder (you)')).toBeVisible();
    await expect(saveStatus(canvasElement)).toHaveTextContent('No changes');
    await expect(canvas.getByText('Draft version support-')).toBeVisible();

    // The saved draft version goes to the host's review flow.
    const review = canvas.getByRole('button', { name: 'Request review' });
    await expect(review).toBeEnabled();
    await userEvent.click(review);
    await expect(args.onRequestReview).toHaveBeenCalledWith(
      expect.objectContaining({ agentId: 'support-bot', versionId: 'support-bot-v1' }),
    );
  },
};

export const ModelPinnedByPolicy: Story = {
  name: 'Model locked by policy (pinned)',
  loaders: [withEnv({ allowedModels: [{ provider: 'mock', modelId: 'deterministic-v1' }] })],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const model = await canvas.findByRole('combobox', { name: 'Model' });
    await waitFor(() => expect(model).toHaveAttribute('data-state', 'locked'));
    await expect(model).toBeDisabled();
    await expect(model).toHaveDisplayValue('deterministic-v1 (default)');
    // Described by the reason (and the field's issues, empty here).
    await expect(model).toHaveAccessibleDescription(
      /^The model is pinned by your organisation’s model policy\./,
    );
    // Only the model is locked: the rest stays editable.
    await editableName(canvas);
  },
};

export const ModelChoiceTurnedOff: Story = {
  name: 'Model locked by policy (picker hidden)',
  loaders: [withEnv({ pickerVisible: false })],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const model = await canvas.findByRole('combobox', { name: 'Model' });
    await waitFor(() => expect(model).toHaveAttribute('data-state', 'locked'));
    await expect(model).toBeDisabled();
    await expect(model).toHaveAccessibleDescription(
      /^Model choice is turned off on this server; the default model is used\./,
    );
  },
};

const writesTo = (replay: ReplayServer) => replay.calls.filter((call) => !call.startsWith('GET '));

/**
 * The builder opens their recorded escalation assistant: its draft (version 3, adding the high-risk refund tool)
 * with the recorded catalog's risk labels, and sends it to the host's review flow.
 */
export const Default: Story = {
  name: 'Default (recorded agent)',
  args: { agentId: ESCALATION, onRequestReview: fn() },
  loaders: [withReplay('builder')],
  play: async ({ canvasElement, args, loaded }) => {
    const replay = replayOf({ loaded });
    const draft = recordedAgent('builder', ESCALATION);
    const canvas = within(canvasElement);
    const name = await editableName(canvas);
    await expect(name).toHaveValue('Escalation Assistant');
    await expect(canvas.getByRole('heading', { level: 2, name: 'Escalation Assistant' })).toBeVisible();
    await expect(canvas.getByRole('textbox', { name: 'Instructions' })).toHaveValue(
      String(draft['instructions']),
    );
    const tools = canvas.getByRole('list', { name: 'Bound tools' });
    await waitFor(() => expect(within(tools).getByText('refund-issue-tool')).toBeVisible());
    // The risk comes from the recorded catalog, which may answer after the agent.
    await expect(await within(tools).findByText('High risk')).toBeVisible();
    await expect(within(tools).getByText('ticket-search-tool')).toBeVisible();
    await expect(canvas.getByText('Bea Builder (you)')).toBeVisible();
    await expect(saveStatus(canvasElement)).toHaveTextContent('No changes');

    // The saved draft version, not the live one, goes to the host's review flow.
    const review = canvas.getByRole('button', { name: 'Request review' });
    await waitFor(() => expect(review).toBeEnabled());
    await userEvent.click(review);
    await expect(args.onRequestReview).toHaveBeenCalledWith(
      expect.objectContaining({ agentId: ESCALATION, versionId: String(draft['resolvedVersionId']) }),
    );
    // Opening and reviewing writes nothing.
    await expect(writesTo(replay)).toEqual([]);
  },
};

/** The recorded viewer (`*:read`) opens the same agent: everything read-only, each action with the reason. */
export const PermissionDenied: Story = {
  name: 'Permission denied (viewer)',
  args: { agentId: ESCALATION },
  loaders: [withReplay('viewer')],
  play: async ({ canvasElement, loaded }) => {
    const replay = replayOf({ loaded });
    const canvas = within(canvasElement);
    const name = await canvas.findByRole('textbox', { name: 'Name' });
    await waitFor(() => expect(name).toHaveValue('Escalation Assistant'));
    await expect(name).toHaveAttribute('readonly');
    await expect(
      canvas.getByText(
        /^Read-only\. You can view this agent but not change it\. Ask an admin for edit rights\./,
      ),
    ).toBeVisible();
    await expect(
      canvas.getByText('You can view agents but not run them. Ask an admin for the right to run agents.'),
    ).toBeVisible();
    await expect(canvas.getByRole('combobox', { name: 'Model' })).toBeDisabled();
    await expect(canvas.getByRole('combobox', { name: 'Visibility' })).toBeDisabled();
    await expect(canvas.queryByRole('button', { name: 'Add tools' })).toBeNull();
    await expect(canvas.queryByRole('button', { name: 'Remove ticket-search-tool' })).toBeNull();
    await expect(canvas.getByRole('button', { name: 'Save draft' })).toBeDisabled();
    await expect(canvas.getByRole('textbox', { name: 'Message to the draft' })).toBeDisabled();
    await userEvent.type(name, 'x');
    await expect(name).toHaveValue('Escalation Assistant');
    await expect(writesTo(replay)).toEqual([]);
  },
};

/** The builder opens the recorded FAQ responder, authored by Adam Admin: read-only, but testable. */
export const OwnedBySomeoneElse: Story = {
  name: 'Read-only: owned by someone else',
  args: { agentId: FAQ },
  loaders: [withReplay('builder')],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      await canvas.findByText(
        'Read-only. Only its author, Adam Admin, can change this agent. Ask them to make the change.',
      ),
    ).toBeVisible();
    await expect(canvas.getByRole('textbox', { name: 'Name' })).toHaveAttribute('readonly');
    await expect(canvas.getByText('Adam Admin')).toBeVisible();
    // Testing is a separate permission: the builder may still chat with the draft.
    await readyPrompt(canvas);
  },
};

export const Loading: Story = {
  name: 'Loading an agent',
  args: { agentId: ESCALATION },
  loaders: [withReplay('builder', { hold: true })],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('Loading the agent…')).toBeVisible();
    // Nothing editable appears before the agent is known: an edit now would be lost on load.
    await expect(canvas.queryByRole('textbox', { name: 'Name' })).toBeNull();
  },
};

/** The server no longer has the agent (404): the reason and a retry, nothing editable. */
export const LoadError: Story = {
  name: 'Agent not found',
  args: { agentId: 'retired-bot' },
  loaders: [withReplay('builder', { failures: [{ route: agentRoute('retired-bot'), answer: 404 }] })],
  play: async ({ canvasElement }) => {
    const alert = await within(canvasElement).findByRole('alert');
    await expect(alert).toHaveTextContent('The agent could not be loaded.');
    await expect(alert).toHaveTextContent('This no longer exists, or you are not allowed to see it.');
    await expect(within(alert).getByRole('button', { name: 'Try loading again' })).toBeVisible();
    await expect(within(canvasElement).queryByRole('textbox', { name: 'Name' })).toBeNull();
  },
};

export const ServerError: Story = {
  name: 'Error: server 500',
  args: { agentId: ESCALATION },
  loaders: [withReplay('builder', { failures: [{ route: agentRoute(ESCALATION), answer: 500 }] })],
  play: async ({ canvasElement }) => {
    const alert = await within(canvasElement).findByRole('alert');
    await expect(alert).toHaveTextContent('The agent could not be loaded.');
    await expect(within(alert).getByRole('button', { name: 'Try loading again' })).toBeVisible();
    await expect(within(canvasElement).queryByRole('textbox', { name: 'Name' })).toBeNull();
  },
};

/** A 200 whose body fails validation: a typed error in the composer, never a blank form. */
export const MalformedResponse: Story = {
  name: 'Error: response fails validation',
  args: { agentId: ESCALATION },
  loaders: [withReplay('builder', { failures: [{ route: agentRoute(ESCALATION), answer: 'malformed' }] })],
  play: async ({ canvasElement }) => {
    const alert = await within(canvasElement).findByRole('alert');
    await expect(alert).toHaveTextContent('The agent could not be loaded.');
    await expect(within(canvasElement).queryByRole('textbox', { name: 'Name' })).toBeNull();
  },
};

/** A server with nothing registered: a new agent has no tools to add, and says so. */
export const Empty: Story = {
  name: 'Empty (new agent, empty server)',
  loaders: [
    withReplay('builder', {
      overrides: [
        { route: /^GET \/api\/tools$/, body: {} },
        { route: /^GET \/api\/agents$/, body: {} },
        { route: /^GET \/api\/workflows$/, body: {} },
        {
          route: /^GET \/api\/stored\/agents$/,
          body: { agents: [], total: 0, page: 0, perPage: 100, hasMore: false },
        },
      ],
    }),
  ],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await editableName(canvas);
    await expect(canvas.getByRole('heading', { level: 2, name: 'New agent' })).toBeVisible();
    await expect(canvas.getByText('No tools yet.')).toBeVisible();
    await expect(await canvas.findByText('Save the agent once to test it.')).toBeVisible();
  },
};

const LARGE = largeCatalogOptions(10_000);
/** 10,000 allow-listed tools (synthesized in the recorded wire shape): the tool picker stays virtualized. */
export const Large: Story = {
  name: 'Large (10,000 primitives)',
  args: { agentId: ESCALATION },
  loaders: [withReplay('builder', LARGE)],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await editableName(canvas);
    await userEvent.click(await canvas.findByRole('button', { name: 'Add tools' }));
    const search = await canvas.findByRole('searchbox', { name: 'Search primitives' });
    await waitFor(() => expect(canvas.getAllByRole('option').length).toBeGreaterThan(0));
    await expect(canvas.getAllByRole('option').length).toBeLessThan(60);
    await userEvent.type(search, 'ledger-tool-09999');
    await waitFor(() =>
      expect(canvas.getAllByRole('option').some((o) => o.textContent?.includes('ledger-tool-09999'))).toBe(
        true,
      ),
    );
  },
};

const LONG_TEXT = longTextAgentOptions();
const composerRoot = (canvasElement: HTMLElement) => slot(canvasElement, 'paddock-composer');
/** A 5,000-character word, right-to-left and CJK text in the recorded agent: wrapped, never overflowing. */
export const LongText: Story = {
  name: 'Long text (5,000-character word, RTL, CJK)',
  args: { agentId: ESCALATION },
  loaders: [withReplay('builder', LONG_TEXT)],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const name = await editableName(canvas);
    await expect(name).toHaveValue(`${CJK_TEXT} ${LONG_WORD}`);
    await expect(canvas.getByRole('textbox', { name: 'Description' })).toHaveValue(RTL_TEXT);
    const root = composerRoot(canvasElement);
    await expect(root.scrollWidth).toBeLessThanOrEqual(root.clientWidth + 1);
  },
};

/** The same agent in a right-to-left page. */
export const LongTextRtl: Story = {
  name: 'Long text in a right-to-left page',
  args: { agentId: ESCALATION },
  loaders: [withReplay('builder', LONG_TEXT)],
  render: (args, context) => {
    const env = envOf(context);
    return (
      <div dir="rtl" lang="ar">
        <Kit env={env}>
          <AgentComposer storage={env.storage} {...args} />
        </Kit>
      </div>
    );
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await editableName(canvas);
    const root = composerRoot(canvasElement);
    await expect(root.scrollWidth).toBeLessThanOrEqual(root.clientWidth + 1);
  },
};

const CUSTOM_TOKENS: ThemeTokens = {
  primary: '#0f5c4a',
  'primary-foreground': '#ffffff',
  accent: '#d9f2ea',
  'accent-foreground': '#0b3d31',
  radius: '2px',
};
/** A host's brand through `--paddock-*` tokens only, on the recorded agent. */
export const CustomTheme: Story = {
  name: 'Custom theme (tokens)',
  args: { agentId: ESCALATION },
  loaders: [withReplay('builder')],
  render: (args, context) => {
    const env = envOf(context);
    return (
      <Kit env={env} tokens={CUSTOM_TOKENS}>
        <AgentComposer storage={env.storage} {...args} />
      </Kit>
    );
  },
  play: async ({ canvasElement }) => {
    await editableName(within(canvasElement));
    const root = canvasElement.querySelector<HTMLElement>('[data-paddock-root]')!;
    await expect(root.style.getPropertyValue('--paddock-primary')).toBe('#0f5c4a');
  },
};

export const NameTaken: Story = {
  name: 'Invalid: name taken',
  loaders: [withEnv({ agents: [supportBot] })],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const name = await editableName(canvas);
    await userEvent.type(name, 'Support bot');
    await userEvent.type(canvas.getByRole('textbox', { name: 'Instructions' }), 'Help.');
    await waitFor(
      () => expect(saveStatus(canvasElement)).toHaveTextContent('Not saved yet: some fields need attention.'),
      SAVE_TIMEOUT,
    );
    await expect(name).toHaveAttribute('aria-invalid', 'true');
    await expect(name).toHaveAccessibleDescription(
      'An agent with this name already exists. Choose another name.',
    );
  },
};

export const TestPanelRun: Story = {
  name: 'Test panel: tool call with its result',
  args: { agentId: 'support-bot', traceHref: (traceId) => `/traces/${traceId}` },
  loaders: [withEnv({ agents: [supportBot] })],
  play: async ({ canvasElement, loaded }) => {
    const server = mockOf({ loaded });
    const canvas = within(canvasElement);
    const panel = await canvas.findByRole('region', { name: 'Test the draft' });
    await userEvent.type(await readyPrompt(canvas), 'Look up customer C-1001{Enter}');
    const transcript = within(panel).getByRole('list', { name: 'Test conversation' });
    await waitFor(() =>
      expect(within(transcript).getByText('Ada Lovelace is a gold customer.')).toBeVisible(),
    );
    const tool = slot(transcript, 'paddock-composer-test-tool');
    await expect(within(tool).getByText('Tool call: crm-lookup-tool')).toBeVisible();
    await expect(within(tool).getByText('Done')).toBeVisible();
    await expect(within(tool).getByText(/"customerId": "C-1001"/)).toBeVisible();
    await expect(within(tool).getByText(/"name": "Ada Lovelace"/)).toBeVisible();
    await expect(within(transcript).getByRole('link', { name: 'Trace abc123trace' })).toHaveAttribute(
      'href',
      '/traces/abc123trace',
    );
    // The run used the saved draft version, not the published one.
    await expect(requestsTo(server, 'POST', '/agents/support-bot/stream')[0]?.body).toMatchObject({
      requestContext: { agentVersionId: 'support-bot-v1' },
    });
  },
};

/**
 * A transport that streams a tool call, its result and the first words, then keeps the run open until it is
 * stopped: the panel as it looks mid-stream.
 */
function heldStreamTransport(): TestRunTransport {
  const chunk = (type: string, payload: object) => ({ type, runId: 'run-live', from: 'AGENT', payload });
  return {
    stream: async function* ({ signal }) {
      yield chunk('start', {});
      yield chunk('tool-call', {
        toolCallId: 'call-live',
        toolName: 'crm-lookup-tool',
        args: { customerId: 'C-2002' },
      });
      yield chunk('tool-result', {
        toolCallId: 'call-live',
        toolName: 'crm-lookup-tool',
        result: { found: true, name: 'Grace Hopper', tier: 'silver' },
      });
      yield chunk('text-delta', { id: 't', text: 'Grace Hopper is a silver' });
      await new Promise<never>((_, reject) =>
        signal.addEventListener('abort', () => reject(new DOMException('Stopped', 'AbortError')), {
          once: true,
        }),
      );
    },
    // The held run never asks for an approval.
    approveToolCall: async function* () {},
    declineToolCall: async function* () {},
  };
}

export const TestPanelStreaming: Story = {
  name: 'Test panel: streaming',
  args: { agentId: 'support-bot' },
  loaders: [withEnv({ agents: [supportBot] }, () => ({ transport: heldStreamTransport() }))],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(await readyPrompt(canvas), 'Who is C-2002?{Enter}');
    const transcript = canvas.getByRole('list', { name: 'Test conversation' });
    await waitFor(() => expect(within(transcript).getByText('Grace Hopper is a silver')).toBeVisible());
    await expect(slot(transcript, 'paddock-composer-test-run')).toHaveAttribute('data-state', 'streaming');
    await expect(within(transcript).getByText('Tool call: crm-lookup-tool')).toBeVisible();
    await expect(within(transcript).getByText(/"tier": "silver"/)).toBeVisible();
    // One run at a time: Send waits, Stop is offered.
    await expect(canvas.getByRole('button', { name: 'Stop' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Send' })).toBeDisabled();
  },
};

export const ToolApproval: Story = {
  name: 'Test panel: tool approval prompt',
  args: { agentId: 'support-bot' },
  loaders: [withEnv({ agents: [supportBot] })],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(await readyPrompt(canvas), 'Please refund 40 EUR');
    await userEvent.click(canvas.getByRole('button', { name: 'Send' }));
    const prompt = await canvas.findByRole('group', {
      name: 'refund-issue-tool needs your approval to run.',
    });
    await expect(within(prompt).getByRole('button', { name: 'Approve' })).toBeVisible();
    await expect(within(prompt).getByRole('button', { name: 'Decline' })).toBeVisible();
    const tool = slot(canvasElement, 'paddock-composer-test-tool');
    await expect(within(tool).getByText('Waiting for approval')).toBeVisible();
    await expect(within(tool).getByText(/"amount": 40/)).toBeVisible();
    await expect(slot(canvasElement, 'paddock-composer-test-run')).toHaveAttribute(
      'data-state',
      'awaiting-approval',
    );
  },
};

/* The save-path stories below seed the in-memory server with the builder's own stored agent as the real server
   recorded it (builder-scratchpad: private, no tools, authored by u-builder like the in-memory builder), so
   what is edited, queued and PATCHed is a recorded agent; the server's answers to the writes are the in-memory
   server's. */
const SCRATCHPAD = 'builder-scratchpad';
const scratchpad = (): StoredRecord => ({ ...recordedAgent('builder', SCRATCHPAD), id: SCRATCHPAD });
const SCRATCHPAD_DESCRIPTION = String(recordedAgent('builder', SCRATCHPAD)['description']);

export const SavingError: Story = {
  name: 'Saving error with Retry',
  args: { agentId: SCRATCHPAD },
  loaders: [withEnv({ agents: [scratchpad()] })],
  play: async ({ canvasElement, loaded }) => {
    const server = mockOf({ loaded });
    const canvas = within(canvasElement);
    await editableName(canvas);
    server.setSaveFailure(500);
    await userEvent.type(canvas.getByRole('textbox', { name: 'Description' }), ' (EMEA)');
    await waitFor(
      () => expect(saveStatus(canvasElement)).toHaveAttribute('data-state', 'error'),
      SAVE_TIMEOUT,
    );
    await expect(saveStatus(canvasElement)).toHaveTextContent(/^Draft not saved: .+/);
    await expect(requestsTo(server, 'PATCH', `/stored/agents/${SCRATCHPAD}`)).toHaveLength(1);
    // Retry tries again (the server still fails here), and the edit is never lost.
    await userEvent.click(canvas.getByRole('button', { name: 'Retry saving' }));
    await waitFor(() => expect(requestsTo(server, 'PATCH', `/stored/agents/${SCRATCHPAD}`)).toHaveLength(2));
    await waitFor(() => expect(saveStatus(canvasElement)).toHaveAttribute('data-state', 'error'));
    await expect(canvas.getByRole('button', { name: 'Retry saving' })).toBeVisible();
    await expect(canvas.getByRole('textbox', { name: 'Description' })).toHaveValue(
      `${SCRATCHPAD_DESCRIPTION} (EMEA)`,
    );
  },
};

export const Offline: Story = {
  name: 'Offline (queued)',
  args: { agentId: SCRATCHPAD },
  loaders: [withEnv({ agents: [scratchpad()] })],
  play: async ({ canvasElement, loaded }) => {
    const { storage } = envOf({ loaded });
    const server = mockOf({ loaded });
    const canvas = within(canvasElement);
    await editableName(canvas);
    server.setDown(true);
    const description = canvas.getByRole('textbox', { name: 'Description' });
    await userEvent.type(description, ' fast');
    await waitFor(
      () => expect(saveStatus(canvasElement)).toHaveAttribute('data-state', 'offline'),
      SAVE_TIMEOUT,
    );
    await expect(saveStatus(canvasElement)).toHaveTextContent(
      'Offline: changes are kept and will be saved when the server is back',
    );
    await expect(canvas.getByRole('button', { name: 'Retry saving' })).toBeVisible();
    await expect(description).toHaveValue(`${SCRATCHPAD_DESCRIPTION} fast`);
    // Queued on this device until the server answers.
    const kept = JSON.parse(
      storage.getItem(draftStorageKey('u-builder', SCRATCHPAD)) ?? 'null',
    ) as PersistedDraft | null;
    await expect(kept?.draft.description).toBe(`${SCRATCHPAD_DESCRIPTION} fast`);
    await expect(server.records.get(SCRATCHPAD)?.['description']).toBe(SCRATCHPAD_DESCRIPTION);
  },
};

/** The user's unsaved copy from an earlier visit, as the composer keeps it on this device. */
function restoredStorage(): DraftStorage {
  const storage = createMemoryDraftStorage();
  const base = draftFromStoredAgent(supportBot as StoredAgentLike).draft;
  const persisted: PersistedDraft = {
    version: 1,
    draft: { ...base, description: 'Answers tickets (unsaved)' },
    base,
    baseVersionId: 'support-bot-v1',
    agentId: 'support-bot',
    savedAt: 0,
  };
  storage.setItem(draftStorageKey('u-builder', 'support-bot'), JSON.stringify(persisted));
  return storage;
}

export const RestoredLocalCopy: Story = {
  name: 'Restored unsaved changes',
  args: { agentId: 'support-bot', autosave: false },
  loaders: [withEnv({ agents: [supportBot] }, () => ({ storage: restoredStorage() }))],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const description = await canvas.findByRole('textbox', { name: 'Description' });
    await waitFor(() => expect(description).toHaveValue('Answers tickets (unsaved)'));
    await expect(canvas.getByText('Restored your unsaved changes from this device.')).toBeVisible();
    await expect(saveStatus(canvasElement)).toHaveTextContent('Unsaved changes');
    await expect(canvas.getByRole('button', { name: 'Discard local changes' })).toBeVisible();
  },
};

export const Conflict: Story = {
  name: 'Concurrent-edit conflict',
  args: { agentId: SCRATCHPAD, autosave: false },
  loaders: [withEnv({ agents: [scratchpad()] })],
  play: async ({ canvasElement, loaded }) => {
    const server = mockOf({ loaded });
    const canvas = within(canvasElement);
    await editableName(canvas);
    const description = canvas.getByRole('textbox', { name: 'Description' });
    await userEvent.clear(description);
    await userEvent.type(description, 'Answers tickets within an hour');
    server.editBySomeoneElse(SCRATCHPAD, {
      description: 'Answers tickets and chats',
      name: 'Builder Scratchpad 2',
    });
    await userEvent.click(canvas.getByRole('button', { name: 'Save draft' }));

    const dialog = await canvas.findByRole('region', {
      name: 'This agent changed while you were editing',
    });
    await expect(saveStatus(canvasElement)).toHaveTextContent(
      'Someone else changed this agent. Choose what to keep.',
    );
    await expect(within(dialog).getByRole('columnheader', { name: 'Your edit' })).toBeVisible();
    await expect(within(dialog).getByRole('columnheader', { name: 'Their version' })).toBeVisible();
    const row = (field: string) => {
      const found = dialog.querySelector<HTMLElement>(`tr[data-field="${field}"]`);
      if (!found) throw new Error(`no conflict row for ${field}`);
      return found;
    };
    // Side by side: both edits of the description, the user decides.
    await expect(within(row('description')).getByText('Changed by both')).toBeVisible();
    await expect(within(row('description')).getByText('Answers tickets within an hour')).toBeVisible();
    await expect(within(row('description')).getByText('Answers tickets and chats')).toBeVisible();
    await expect(within(row('description')).getByRole('radio', { name: 'Keep mine' })).toBeChecked();
    // Their rename is taken unless the user says otherwise.
    await expect(within(row('name')).getByText('Changed by them')).toBeVisible();
    await expect(within(row('name')).getByRole('radio', { name: 'Take theirs' })).toBeChecked();
    await expect(within(dialog).getByRole('button', { name: 'Apply and save' })).toBeEnabled();
    // Nothing is written until the user applies.
    await expect(requestsTo(server, 'PATCH', `/stored/agents/${SCRATCHPAD}`)).toHaveLength(0);
    await expect(canvas.getByRole('button', { name: 'Save draft' })).toBeDisabled();
  },
};

export const Sections: Story = {
  name: 'Sections subset',
  args: { sections: ['profile', 'instructions'] },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await editableName(canvas);
    await expect(canvas.getByRole('textbox', { name: 'Description' })).toBeVisible();
    await expect(canvas.getByRole('textbox', { name: 'Instructions' })).toBeVisible();
    await expect(canvas.queryByRole('combobox', { name: 'Model' })).toBeNull();
    await expect(canvas.queryByRole('region', { name: 'Tools' })).toBeNull();
    await expect(canvas.queryByRole('region', { name: 'Memory' })).toBeNull();
    await expect(canvas.queryByRole('region', { name: 'Sharing' })).toBeNull();
    await expect(canvas.queryByRole('region', { name: 'Test the draft' })).toBeNull();
  },
};

function ControlledComposer({ storage }: { storage: DraftStorage }) {
  const [draft, setDraft] = useState<AgentDraft>(() => createEmptyDraft({ name: 'Quarterly review helper' }));
  return (
    <>
      <p>
        Host state: <output data-testid="host-name">{draft.name || '(empty)'}</output>, instructions{' '}
        <output data-testid="host-instructions">{draft.instructions.length}</output> characters{' '}
        <button type="button" onClick={() => setDraft(createEmptyDraft())}>
          Start over
        </button>
      </p>
      <AgentComposer
        value={draft}
        onValueChange={setDraft}
        storage={storage}
        autosave={false}
        sections={['profile', 'instructions', 'model']}
      />
    </>
  );
}

export const Controlled: Story = {
  // Nothing is saved (autosave off): the recorded builder's capabilities and catalog are enough.
  loaders: [withReplay('builder')],
  render: (_args, context) => {
    const env = envOf(context);
    return (
      <Kit env={env}>
        <ControlledComposer storage={env.storage} />
      </Kit>
    );
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const name = await editableName(canvas);
    await expect(name).toHaveValue('Quarterly review helper');
    await expect(canvas.getByTestId('host-name')).toHaveTextContent('Quarterly review helper');
    await userEvent.type(canvas.getByRole('textbox', { name: 'Instructions' }), 'Summarise the quarter.');
    await expect(canvas.getByTestId('host-instructions')).toHaveTextContent('22');
    // The host owns the value: replacing it replaces what the composer shows.
    await userEvent.click(canvas.getByRole('button', { name: 'Start over' }));
    await waitFor(() => expect(name).toHaveValue(''));
    await expect(canvas.getByRole('textbox', { name: 'Instructions' })).toHaveValue('');
    await expect(canvas.getByTestId('host-name')).toHaveTextContent('(empty)');
  },
};

export const Dark: Story = {
  name: 'Dark theme',
  args: { agentId: 'support-bot' },
  loaders: [withEnv({ agents: [supportBot] })],
  render: (args, context) => {
    const env = envOf(context);
    return (
      <Kit env={env} theme="dark">
        <AgentComposer storage={env.storage} {...args} />
      </Kit>
    );
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await editableName(canvas);
    await expect(slot(canvasElement, 'paddock-composer')).toHaveAttribute('data-theme', 'dark');
    // A finished run and a pending approval, so axe checks the transcript's colours too.
    await userEvent.type(await readyPrompt(canvas), 'Look up customer C-1001{Enter}');
    await waitFor(() => expect(canvas.getByText('Ada Lovelace is a gold customer.')).toBeVisible());
    await userEvent.type(await readyPrompt(canvas), 'Please refund 40 EUR{Enter}');
    await expect(await canvas.findByRole('button', { name: 'Approve' })).toBeVisible();
  },
};

/** The headless parts in the host's own markup, with the host's classes merged onto each part. */
export const Headless: Story = {
  render: (_args, context) => {
    const env = envOf(context);
    return (
      <Kit env={env}>
        <AgentComposerPrimitive.Root className="host-form" storage={env.storage} autosave={false}>
          <div className="host-row">
            <AgentComposerPrimitive.Label field="name" className="host-label" />
            <AgentComposerPrimitive.Name className="host-input" />
            <AgentComposerPrimitive.FieldIssues field="name" className="host-error" />
          </div>
          <div className="host-row">
            <AgentComposerPrimitive.Label field="instructions" className="host-label">
              What should it do?
            </AgentComposerPrimitive.Label>
            <AgentComposerPrimitive.Instructions className="host-input" rows={4} />
            <AgentComposerPrimitive.InstructionsStats className="host-hint" />
          </div>
          <AgentComposerPrimitive.SaveStatus className="host-status" />
          <AgentComposerPrimitive.Save className="host-button">Save it</AgentComposerPrimitive.Save>
        </AgentComposerPrimitive.Root>
      </Kit>
    );
  },
  play: async ({ canvasElement, loaded }) => {
    const server = mockOf({ loaded });
    const canvas = within(canvasElement);
    const root = slot(canvasElement, 'paddock-composer-root');
    await expect(root).toHaveClass('host-form');
    await expect(root).toHaveAttribute('role', 'region');
    const name = await editableName(canvas);
    await expect(name).toHaveClass('host-input');
    await expect(name).toHaveAttribute('data-slot', 'paddock-composer-name');
    const instructions = canvas.getByRole('textbox', { name: 'What should it do?' });
    await expect(instructions).toHaveAttribute('data-slot', 'paddock-composer-instructions');
    await userEvent.type(name, 'Headless helper');
    await userEvent.type(instructions, 'Be brief.');
    await expect(slot(canvasElement, 'paddock-composer-instructions-stats')).toHaveClass('host-hint');
    const save = canvas.getByRole('button', { name: 'Save it' });
    await expect(save).toHaveClass('host-button');
    await userEvent.click(save);
    await waitFor(() => expect(saveStatus(canvasElement)).toHaveTextContent('Draft saved'), SAVE_TIMEOUT);
    await expect(saveStatus(canvasElement)).toHaveClass('host-status');
    await expect(server.records.get('headless-helper')?.['instructions']).toBe('Be brief.');
  },
};
