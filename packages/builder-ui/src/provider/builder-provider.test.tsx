import { describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import { userEvent } from 'vitest/browser';
import { QueryClient } from '@tanstack/react-query';
import { MastraClient, paddockKeys } from '@paddock/client-sdk';
import { useCatalog } from '../hooks/use-catalog.js';
import { useAgentDraft } from '../hooks/use-agent-draft.js';
import { useAgentTestRun } from '../hooks/use-agent-test-run.js';
import type { DraftCatalog } from '../core/agent-draft-validation.js';
import { createMemoryDraftStorage } from '../core/draft-storage.js';
import { createComposerMockServer, supportBot } from '../testing/composer-mock-server.js';
import { useMessages } from '../hooks/use-builder.js';
import { primitivePickerMessages } from '../i18n/primitive-picker.en-US.js';
import { PaddockLink } from './kit-root.js';
import { usePermission } from '../hooks/use-permission.js';
import { createMockServer, type MockRole } from '../testing/mock-server.js';
import { BuilderProvider, type BuilderProviderProps } from './builder-provider.js';

function Permission({ name, enabled }: { name: string; enabled?: boolean }) {
  const { allowed, reason, status } = usePermission(name, { enabled });
  return (
    <output data-testid={name}>
      {status}:{String(allowed)}:{reason ?? ''}
    </output>
  );
}

function renderWithRole(role: MockRole, ui: React.ReactNode, props: Partial<BuilderProviderProps> = {}) {
  const mock = createMockServer({ role });
  render(
    <BuilderProvider client={mock.client} {...props}>
      {ui}
    </BuilderProvider>,
  );
  return mock;
}

describe('given a BuilderProvider', () => {
  it('throws a clear error when a hook is used outside it', () => {
    function Orphan() {
      useMessages();
      return null;
    }
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => render(<Orphan />)).toThrow('`useMessages` must be used within `BuilderProvider`');
    spy.mockRestore();
  });

  it("merges message overrides over a component's en-US defaults, including function entries", () => {
    function Texts() {
      const messages = useMessages(primitivePickerMessages);
      return (
        <p>
          {messages['picker.confirm']} / {messages['picker.selected'](2)} / {messages['picker.trigger']}
        </p>
      );
    }
    renderWithRole('builder', <Texts />, {
      messages: { 'picker.confirm': 'Use these', 'picker.selected': (n) => `${n} chosen` },
    });
    expect(screen.getByText('Use these / 2 chosen / Add primitives')).toBeVisible();
  });

  it('carries only the common strings itself: component strings come with the component', () => {
    function Texts() {
      const provided = useMessages();
      const merged = useMessages(primitivePickerMessages);
      const pickerKeys = Object.keys(provided).filter((key) => key.startsWith('picker.')).length;
      return (
        <p>
          {pickerKeys} / {provided['common.retry']} / {merged['common.retry']} / {merged['picker.confirm']}
        </p>
      );
    }
    renderWithRole('builder', <Texts />, { messages: { 'common.retry': 'Again' } });
    expect(screen.getByText('0 / Again / Again / Add selected')).toBeVisible();
  });

  it('hands the host LinkComponent to the kit', () => {
    function HostLink({ href, children }: { href: string; children?: React.ReactNode }) {
      return <a href={`#${href}`}>{children}</a>;
    }
    renderWithRole('builder', <PaddockLink href="/agents/a1">Agent</PaddockLink>, {
      LinkComponent: HostLink,
    });
    expect(screen.getByRole('link', { name: 'Agent' })).toHaveAttribute('href', '#/agents/a1');
  });

  it('keeps its own QueryClient unless the host passes one, so host caches stay untouched', async () => {
    function Loads() {
      return <output>{useCatalog().status}</output>;
    }
    const host = new QueryClient();
    const isolated = createMockServer();
    const shared = createMockServer();
    render(
      <>
        <BuilderProvider client={isolated.client}>
          <Loads />
        </BuilderProvider>
        <BuilderProvider client={shared.client} queryClient={host}>
          <Loads />
        </BuilderProvider>
      </>,
    );
    await waitFor(() => expect(screen.getAllByText('success')).toHaveLength(2));
    // Both clients share a base URL, so only the host-provided cache can hold the kit's entry.
    expect(host.getQueryData(paddockKeys.catalog('http://paddock.test'))).toBeDefined();
    expect(host.getQueryCache().getAll()).toHaveLength(1);
  });

  it('reports each failed kit request once through onError', async () => {
    const onError = vi.fn();
    function Loads() {
      useCatalog();
      useCatalog();
      return null;
    }
    const mock = createMockServer({ failCatalogWith: 500 });
    render(
      <BuilderProvider client={mock.client} onError={onError}>
        <Loads />
      </BuilderProvider>,
    );
    await waitFor(() => expect(onError).toHaveBeenCalledTimes(1));
    expect(onError.mock.calls[0]?.[1]).toMatchObject({ source: 'query' });
  });

  it('reports composer failures too (a failing PATCH, a failing test stream), once each', async () => {
    const catalog: DraftCatalog = {
      items: [
        { kind: 'tool', id: 'crm-lookup-tool', available: true },
        {
          kind: 'model',
          id: 'mock/deterministic-v1',
          available: true,
          model: { provider: 'mock', modelId: 'deterministic-v1' },
        },
      ],
      modelPolicy: { active: true, pickerVisible: true },
    };
    function Composer() {
      const { state, change, save } = useAgentDraft({
        agentId: 'support-bot',
        userId: 'u-builder',
        catalog,
        autosave: false,
        storage: createMemoryDraftStorage(),
      });
      const test = useAgentTestRun();
      return (
        <>
          <output data-testid="draft">
            {state.load}:{state.status}
          </output>
          <button onClick={() => change({ type: 'set', field: 'description', value: 'Changed' })}>
            Edit
          </button>
          <button onClick={() => void save()}>Save</button>
          <button
            onClick={() => void test.send('hi', { agentId: 'support-bot', versionId: 'support-bot-v1' })}
          >
            Run
          </button>
          <output data-testid="run">{test.runs[0]?.status ?? 'none'}</output>
        </>
      );
    }
    const onError = vi.fn();
    const server = createComposerMockServer({ agents: [supportBot] });
    render(
      <BuilderProvider client={server.client} onError={onError}>
        <Composer />
      </BuilderProvider>,
    );
    await waitFor(() => expect(screen.getByTestId('draft')).toHaveTextContent('ready:idle'));
    server.setSaveFailure(500);
    await userEvent.click(screen.getByRole('button', { name: 'Edit' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByTestId('draft')).toHaveTextContent('ready:error'));
    expect(onError).toHaveBeenCalledTimes(1);
    expect(onError.mock.calls[0]?.[0]).toMatchObject({ status: 500 });
    expect(onError.mock.calls[0]?.[1]).toEqual({
      key: [...paddockKeys.storedAgents.all('http://paddock.test'), 'update', 'support-bot'],
      source: 'mutation',
    });

    server.setDown(true);
    await userEvent.click(screen.getByRole('button', { name: 'Run' }));
    await waitFor(() => expect(screen.getByTestId('run')).toHaveTextContent('error'));
    expect(onError).toHaveBeenCalledTimes(2);
    expect(onError.mock.calls[1]?.[1]).toEqual({
      key: [...paddockKeys.agents.all('http://paddock.test'), 'stream', 'support-bot'],
      source: 'mutation',
    });
  });
});

describe('usePermission', () => {
  it('says the server cannot be reached, not that permissions failed, when the network is down', async () => {
    const client = new MastraClient({
      baseUrl: 'http://paddock.test',
      maxRetries: 0,
      fetch: async () => {
        throw new TypeError('Failed to fetch');
      },
    });
    render(
      <BuilderProvider
        client={client}
        queryClient={new QueryClient({ defaultOptions: { queries: { retry: false } } })}
      >
        <Permission name="stored-agents:write" />
      </BuilderProvider>,
    );
    await waitFor(() =>
      expect(screen.getByTestId('stored-agents:write')).toHaveTextContent(
        'error:false:The server could not be reached, so what you may do is not known yet. Check your connection.',
      ),
    );
  });

  it('allows what the role grants and explains what it does not', async () => {
    renderWithRole(
      'builder',
      <>
        <Permission name="stored-agents:write" />
        <Permission name="stored-agents:publish" />
      </>,
    );
    expect(screen.getByTestId('stored-agents:write')).toHaveTextContent(
      'pending:false:Checking what you can do…',
    );
    await waitFor(() => expect(screen.getByTestId('stored-agents:write')).toHaveTextContent('ready:true:'));
    expect(screen.getByTestId('stored-agents:publish')).toHaveTextContent(
      'ready:false:You cannot publish agents. Ask an admin for publishing rights.',
    );
  });

  it('with enabled: false, asks the server nothing and answers from capabilities another part fetched', async () => {
    const mock = createMockServer({ role: 'builder' });
    const { rerender } = render(
      <BuilderProvider client={mock.client}>
        <Permission name="stored-agents:write" enabled={false} />
      </BuilderProvider>,
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.getByTestId('stored-agents:write')).toHaveTextContent('pending:false:');
    expect(mock.calls.filter((call) => call.includes('/auth/capabilities'))).toEqual([]);
    rerender(
      <BuilderProvider client={mock.client}>
        <Permission name="stored-agents:write" enabled={false} />
        <Permission name="stored-agents:publish" />
      </BuilderProvider>,
    );
    await waitFor(() => expect(screen.getByTestId('stored-agents:write')).toHaveTextContent('ready:true:'));
    expect(mock.calls.filter((call) => call.includes('/auth/capabilities'))).toHaveLength(1);
  });

  it('honours wildcards (owner has *) and servers without auth', async () => {
    renderWithRole('owner', <Permission name="stored-agents:publish" />);
    await waitFor(() => expect(screen.getByTestId('stored-agents:publish')).toHaveTextContent('ready:true:'));
  });

  it('allows everything when the server has no auth', async () => {
    renderWithRole('no-auth', <Permission name="stored-agents:delete" />);
    await waitFor(() => expect(screen.getByTestId('stored-agents:delete')).toHaveTextContent('ready:true:'));
  });

  it('says to sign in when auth is on and nobody is signed in', async () => {
    renderWithRole('signed-out', <Permission name="stored-agents:read" />);
    await waitFor(() =>
      expect(screen.getByTestId('stored-agents:read')).toHaveTextContent('ready:false:Sign in to do this.'),
    );
  });

  it('lets the host override the server with a record, before and after the server answers', async () => {
    const mock = renderWithRole(
      'viewer',
      <>
        <Permission name="stored-agents:write" />
        <Permission name="agents:read" />
        <Permission name="stored-agents:publish" />
      </>,
      { permissions: { 'stored-agents:write': true, 'agents:read': false } },
    );
    // Decided on the first render: the overrides do not wait for /auth/capabilities.
    expect(screen.getByTestId('stored-agents:write')).toHaveTextContent('ready:true:');
    expect(screen.getByTestId('agents:read')).toHaveTextContent(
      'ready:false:You cannot see agents. Ask an admin for access.',
    );
    expect(screen.getByTestId('stored-agents:publish')).toHaveTextContent('pending:false:');
    // Once the server has answered (the viewer may read agents but not write), the overrides still win.
    await waitFor(() =>
      expect(screen.getByTestId('stored-agents:publish')).toHaveTextContent(
        'ready:false:You cannot publish agents. Ask an admin for publishing rights.',
      ),
    );
    expect(mock.calls).toContain('/auth/capabilities');
    expect(screen.getByTestId('stored-agents:write')).toHaveTextContent('ready:true:');
    expect(screen.getByTestId('agents:read')).toHaveTextContent('ready:false:');
  });

  it('lets the host override the server with a function; undefined falls through to the server', async () => {
    const decide = vi.fn((permission: string) => (permission === 'agents:execute' ? false : undefined));
    renderWithRole(
      'builder',
      <>
        <Permission name="agents:execute" />
        <Permission name="stored-agents:write" />
      </>,
      { permissions: decide },
    );
    // The builder role has agents:execute on the server; the function denies it anyway.
    expect(screen.getByTestId('agents:execute')).toHaveTextContent(
      'ready:false:You can view agents but not run them. Ask an admin for the right to run agents.',
    );
    expect(screen.getByTestId('stored-agents:write')).toHaveTextContent('pending:false:');
    await waitFor(() => expect(screen.getByTestId('stored-agents:write')).toHaveTextContent('ready:true:'));
    expect(screen.getByTestId('agents:execute')).toHaveTextContent('ready:false:');
    expect(decide).toHaveBeenCalledWith('stored-agents:write');
  });
});
