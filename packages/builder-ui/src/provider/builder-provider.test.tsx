import { describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import { QueryClient } from '@tanstack/react-query';
import { paddockKeys } from '@paddock/client-sdk';
import { useCatalog } from '../hooks/use-catalog.js';
import { useMessages } from '../hooks/use-builder.js';
import { PaddockLink } from './kit-root.js';
import { usePermission } from '../hooks/use-permission.js';
import { createMockServer, type MockRole } from '../testing/mock-server.js';
import { BuilderProvider, type BuilderProviderProps } from './builder-provider.js';

function Permission({ name }: { name: string }) {
  const { allowed, reason, status } = usePermission(name);
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

  it('merges message overrides over en-US, including function entries', () => {
    function Texts() {
      const messages = useMessages();
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
});

describe('usePermission', () => {
  it('allows what the role grants and explains what it does not', async () => {
    renderWithRole(
      'builder',
      <>
        <Permission name="stored-agents:write" />
        <Permission name="stored-agents:publish" />
      </>,
    );
    expect(screen.getByTestId('stored-agents:write')).toHaveTextContent(
      'pending:false:Checking your permissions…',
    );
    await waitFor(() => expect(screen.getByTestId('stored-agents:write')).toHaveTextContent('ready:true:'));
    expect(screen.getByTestId('stored-agents:publish')).toHaveTextContent(
      'ready:false:Requires the "stored-agents:publish" permission.',
    );
  });

  it('honours wildcards (owner has *) and servers without auth', async () => {
    renderWithRole('owner', <Permission name="stored-agents:publish" />);
    await waitFor(() => expect(screen.getByTestId('stored-agents:publish')).toHaveTextContent('ready:true:'));
  });

  it('allows everything when the server has no auth, and nothing when signed out', async () => {
    renderWithRole('no-auth', <Permission name="stored-agents:delete" />);
    await waitFor(() => expect(screen.getByTestId('stored-agents:delete')).toHaveTextContent('ready:true:'));
  });

  it('says to sign in when auth is on and nobody is signed in', async () => {
    renderWithRole('signed-out', <Permission name="stored-agents:read" />);
    await waitFor(() =>
      expect(screen.getByTestId('stored-agents:read')).toHaveTextContent('ready:false:Sign in to do this.'),
    );
  });

  it('lets the host override the server, record or function', async () => {
    const mock = renderWithRole(
      'viewer',
      <>
        <Permission name="stored-agents:write" />
        <Permission name="agents:read" />
      </>,
      { permissions: { 'stored-agents:write': true, 'agents:read': false } },
    );
    expect(screen.getByTestId('stored-agents:write')).toHaveTextContent('ready:true:');
    expect(screen.getByTestId('agents:read')).toHaveTextContent(
      'ready:false:Requires the "agents:read" permission.',
    );
    expect(mock.calls.length).toBeGreaterThanOrEqual(0);
  });
});
