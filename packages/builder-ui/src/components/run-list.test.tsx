import { describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import { userEvent } from 'vitest/browser';
import axe from 'axe-core';
import { MastraClient } from '@paddock/client-sdk';
import { BuilderProvider } from '../provider/builder-provider.js';
import { lightTokens } from '../styles/tokens.js';
import { rgb } from '../../test/colors.js';
import { span } from '../testing/trace-fixtures.js';
import { RunList } from './run-list.js';

/** How many lines an element's text takes (one client rect per line box the text sits on). */
function textLines(element: Element) {
  const range = document.createRange();
  range.selectNodeContents(element);
  return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
}

async function axeViolations(context: Element = document.body) {
  const results = await axe.run(context, { resultTypes: ['violations'] });
  return results.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) }));
}

const RUNS = [
  {
    ...span('r1', null, 0, 120, {
      name: "agent run: 'support'",
      spanType: 'agent_run',
      entityType: 'agent',
      entityId: 'support',
    }),
    traceId: 'trace-a',
    status: 'success',
  },
  {
    ...span('r2', null, 0, 300, {
      name: "workflow run: 'onboarding'",
      spanType: 'workflow_run',
      entityType: 'workflow_run',
      entityId: 'onboarding',
      error: { message: 'boom' },
    }),
    traceId: 'trace-b',
    status: 'error',
  },
];

function setup(delta: 'unsupported' | 'supported') {
  const requests: URL[] = [];
  const client = new MastraClient({
    baseUrl: 'http://paddock.test',
    maxRetries: 0,
    fetch: async (input) => {
      const url = new URL(String(input));
      requests.push(url);
      const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status });
      if (url.pathname === '/api/observability/traces' && url.searchParams.get('mode') === 'delta') {
        return delta === 'unsupported'
          ? json(
              { error: 'Delta polling is not supported by the configured observability store for traces' },
              501,
            )
          : json({ spans: [], deltaCursor: 'c1', delta: { limit: 50, hasMore: false } });
      }
      if (url.pathname === '/api/observability/traces/light') {
        const kind = url.searchParams.get('entityType');
        const spans = kind ? RUNS.filter((r) => r.entityType === kind) : RUNS;
        return json({ pagination: { total: spans.length, page: 0, perPage: 25, hasMore: false }, spans });
      }
      return json({ error: 'Not found' }, 404);
    },
  });
  return { client, requests };
}

describe('RunList', () => {
  it('lists runs newest first, filters on the server, selects one, and falls back to polling without delta', async () => {
    const { client, requests } = setup('unsupported');
    const onValueChange = vi.fn();
    const { container } = render(
      <BuilderProvider client={client} theme="light" permissions={{ 'observability:read': true }}>
        <RunList onValueChange={onValueChange} className="host-list" />
      </BuilderProvider>,
    );
    const list = await screen.findByRole('region', { name: 'Recent runs' });
    await within(list).findByText("agent run: 'support'");
    expect(container.querySelector('[data-slot="paddock-run-list-root"]')).toHaveClass('host-list');
    const first = requests.find((u) => u.pathname === '/api/observability/traces/light')!;
    expect(first.searchParams.get('field')).toBe('startedAt');
    expect(first.searchParams.get('direction')).toBe('DESC');
    await waitFor(() => expect(within(list).getByText('Live (polling)')).toBeVisible());
    expect(list.querySelector('[data-trace-id="trace-b"]')).toHaveAttribute('data-status', 'error');

    await userEvent.selectOptions(within(list).getByRole('combobox', { name: 'Kind' }), 'workflow_run');
    await waitFor(() => expect(within(list).queryByText("agent run: 'support'")).toBeNull());
    expect(requests.some((u) => u.searchParams.get('entityType') === 'workflow_run')).toBe(true);

    await userEvent.click(within(list).getByRole('button', { name: /onboarding/ }));
    expect(onValueChange).toHaveBeenCalledWith('trace-b');
    expect(within(list).getByRole('button', { name: /onboarding/ })).toHaveAttribute('aria-current', 'true');
    expect(await axeViolations()).toEqual([]);
  });

  it('uses the trace delta where the store has it, and filters the page by text', async () => {
    const { client } = setup('supported');
    render(
      <BuilderProvider client={client} theme="light" permissions={{ 'observability:read': true }}>
        <RunList />
      </BuilderProvider>,
    );
    const list = await screen.findByRole('region', { name: 'Recent runs' });
    await waitFor(() => expect(within(list).getByText('Live (trace delta)')).toBeVisible());
    await userEvent.type(within(list).getByRole('searchbox', { name: 'Search runs' }), 'onboard');
    await waitFor(() => expect(within(list).queryByText("agent run: 'support'")).toBeNull());
    expect(within(list).getByText("workflow run: 'onboarding'")).toBeVisible();
  });

  it('colours a failed run, and keeps the pager on whole words in a narrow list', async () => {
    const { client } = setup('unsupported');
    render(
      <div style={{ width: 240 }}>
        <BuilderProvider client={client} theme="light" permissions={{ 'observability:read': true }}>
          <RunList />
        </BuilderProvider>
      </div>,
    );
    const list = await screen.findByRole('region', { name: 'Recent runs' });
    await waitFor(() => expect(within(list).getByText('Live (polling)')).toBeVisible());
    const status = (traceId: string) =>
      list.querySelector(`[data-trace-id="${traceId}"] [data-slot="paddock-run-list-item-status"]`)!;
    expect(getComputedStyle(status('trace-b')).color).toBe(rgb(lightTokens['status-error']));
    expect(getComputedStyle(status('trace-a')).color).toBe(rgb(lightTokens['status-success']));
    // Selected, the status takes the selection's text colour (on the accent background).
    await userEvent.click(within(list).getByRole('button', { name: /onboarding/ }));
    await waitFor(() =>
      expect(getComputedStyle(status('trace-b')).color).toBe(rgb(lightTokens['accent-foreground'])),
    );

    const pager = list.querySelector('[data-slot="paddock-run-list-pager"]')!;
    const parts = [...pager.children];
    expect(parts.map((part) => part.getAttribute('data-slot'))).toEqual([
      'paddock-run-list-page-button',
      'paddock-run-list-page',
      'paddock-run-list-page-button',
      'paddock-run-list-live',
    ]);
    // 240 px cannot hold them on one row: they wrap as whole items ("Previous page", not "Previou / s page").
    expect(new Set(parts.map((part) => Math.round(part.getBoundingClientRect().top))).size).toBeGreaterThan(
      1,
    );
    for (const part of parts) expect(textLines(part)).toBe(1);
  });

  it('says which permission is missing', async () => {
    const { client } = setup('unsupported');
    render(
      <BuilderProvider client={client} theme="light" permissions={{ 'observability:read': false }}>
        <RunList />
      </BuilderProvider>,
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'You cannot see runs and traces. Ask an admin for access. Missing permission: observability:read',
    );
  });
});
