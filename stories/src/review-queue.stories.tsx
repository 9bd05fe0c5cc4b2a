import { useState } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { MastraClient } from '@paddock/client-sdk';
import { ReviewQueue } from '@paddock/builder-ui';
import { QUEUE_FILTERS, type QueueFilter } from '@paddock/builder-ui/core';
import { ReviewQueuePrimitive } from '@paddock/builder-ui/primitives';
import {
  EMPTY_LEDGER,
  envOf,
  Kit,
  ledgerItems,
  LONG_TEXT,
  recorded,
  REVIEW_AGENTS,
  withReplay,
  type Env,
} from './review-story-kit';

/* Every story replays what the real playground server answered (stories/fixtures/record-review.ts): a pending
   high-risk request on refund-helper and a changes-requested decision on the private faq-helper. */

const hrefFor = (agentId: string) => `/reviews?agent=${encodeURIComponent(agentId)}`;
const ITEMS_ROUTE = /GET \/api\/datasets\/[^/]+\/items$/;

const meta: Meta<typeof ReviewQueue> = {
  title: 'Builder/ReviewQueue',
  component: ReviewQueue,
  parameters: { layout: 'padded' },
  args: { hrefFor },
  loaders: [withReplay('reviewer')],
  render: (args, { loaded }) => (
    <Kit env={envOf(loaded)}>
      <ReviewQueue {...args} />
    </Kit>
  ),
};
export default meta;
type Story = StoryObj<typeof ReviewQueue>;

const counted = (canvasElement: HTMLElement, text: string) =>
  waitFor(() => expect(within(canvasElement).getByText(text)).toBeVisible());

/** The reviewer's queue; the high-risk filter keeps only the refund request. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await counted(canvasElement, '1 pending');
    await expect(canvas.getByText('1 changes requested')).toBeVisible();
    // Once as a pending request, once as published without review (v1 went live through the API).
    await waitFor(() =>
      expect(canvas.getAllByRole('link', { name: 'Open review of Refund Helper' })).toHaveLength(2),
    );
    await expect(
      canvasElement.querySelector('[data-slot="paddock-queue-count"][data-state="unreviewed"]'),
    ).toHaveTextContent(/published without review/);
    await userEvent.click(canvas.getByRole('radio', { name: 'High risk' }));
    await waitFor(() => expect(canvas.queryByRole('link', { name: 'Open review of FAQ Helper' })).toBeNull());
    await expect(
      canvasElement.querySelector('[data-slot="paddock-queue-entries"] [data-slot="paddock-queue-entry"]'),
    ).toHaveTextContent('Refund Helper');
    await expect(
      canvas.getByText('High risk', { selector: '[data-slot="paddock-queue-risk"]' }),
    ).toBeVisible();
  },
};

/** The author sees the state of their own requests. */
export const Mine: Story = {
  name: 'Author: my requests',
  args: { defaultFilter: 'mine' },
  loaders: [withReplay('builder')],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() =>
      expect(canvas.getByRole('link', { name: 'Open review of FAQ Helper' })).toBeVisible(),
    );
    await expect(canvas.getByRole('radio', { name: 'My requests' })).toBeChecked();
    await expect(canvas.getAllByText('by Bea Builder').length).toBeGreaterThanOrEqual(2);
  },
};

export const Loading: Story = {
  loaders: [withReplay('reviewer', { hold: true })],
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('Loading reviews…')).toBeVisible();
  },
};

export const Empty: Story = {
  loaders: [withReplay('reviewer', { overrides: [{ route: ITEMS_ROUTE, body: EMPTY_LEDGER }] })],
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('No review requests here.')).toBeVisible();
  },
};

export const ServerError: Story = {
  name: 'Error: server 500',
  loaders: [withReplay('reviewer', { failures: [{ route: ITEMS_ROUTE, answer: 500 }] })],
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText(/Reviews could not be loaded\./)).toBeVisible();
  },
};

export const MalformedResponse: Story = {
  name: 'Error: response fails validation',
  loaders: [withReplay('reviewer', { failures: [{ route: /GET \/api\/datasets$/, answer: 'malformed' }] })],
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText(/Reviews could not be loaded\./)).toBeVisible();
  },
};

/**
 * The viewer (recorded after the reviewer approved the refund request): the private FAQ agent's draft is not
 * theirs to see (the server answers 404), and a server without `datasets:read` for them answers 403.
 */
export const PermissionDenied: Story = {
  name: 'Permission denied (viewer, no datasets:read)',
  loaders: [
    withReplay('viewer', {
      failures: [
        { route: /GET \/api\/datasets$/, answer: 403, message: 'Missing required permission: datasets:read' },
      ],
    }),
  ],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText(/Reviews could not be loaded\./)).toBeVisible();
    await expect(canvas.getByRole('alert')).toHaveTextContent(
      'You are not allowed to do this. Ask an admin for access.',
    );
  },
};

/** 300 requests across 300 agents (synthesized from the recorded request and agent). */
function largeQueueEnv(): Env {
  const { server } = withReplay('reviewer')();
  const { body } = ledgerItems('reviewer');
  const request = body.items.find((item) => item.input['type'] === 'requested')!;
  const draft = recorded('reviewer', 'GET', `/api/stored/agents/${REVIEW_AGENTS.refund}`, '?status=draft');
  const items = Array.from({ length: 300 }, (_, n) => ({
    ...request,
    id: `synth-item-${n}`,
    externalId: `synth-rev-${n}`,
    input: { ...request.input, id: `synth-rev-${n}`, requestId: `synth-rev-${n}`, agentId: `agent-${n}` },
  }));
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    const path = new URL(request.url).pathname;
    const json = (value: unknown) =>
      new Response(JSON.stringify(value), { headers: { 'content-type': 'application/json' } });
    if (/^\/api\/datasets\/[^/]+\/items$/.test(path))
      return json({ items, pagination: { total: items.length, page: 0, perPage: 1000, hasMore: false } });
    const agent = path.match(/^\/api\/stored\/agents\/(agent-\d+)$/);
    if (agent) return json({ ...draft, id: agent[1], name: `Agent ${agent[1]!.slice(6)}` });
    return server.fetch(request);
  };
  return {
    server: {
      ...server,
      fetch,
      client: new MastraClient({ baseUrl: 'http://paddock.test', fetch, maxRetries: 0 }),
    },
  };
}

export const Large: Story = {
  loaders: [largeQueueEnv],
  play: async ({ canvasElement }) => {
    await counted(canvasElement, '300 pending');
    await expect(
      await within(canvasElement).findByRole('link', { name: 'Open review of Agent 299' }),
    ).toBeInTheDocument();
  },
};

export const LongText: Story = {
  name: 'Long text (5,000-character word, RTL, CJK)',
  loaders: [
    withReplay('reviewer', {
      overrides: [
        {
          route: `/api/stored/agents/${REVIEW_AGENTS.refund}`,
          body: {
            ...recorded<Record<string, unknown>>(
              'reviewer',
              'GET',
              `/api/stored/agents/${REVIEW_AGENTS.refund}`,
              '?status=draft',
            ),
            name: LONG_TEXT,
          },
        },
      ],
    }),
  ],
  play: async ({ canvasElement }) => {
    await counted(canvasElement, '1 pending');
    const root = canvasElement.querySelector<HTMLElement>('[data-slot="paddock-queue-root"]')!;
    await expect(root.scrollWidth).toBeLessThanOrEqual(root.parentElement!.clientWidth + 1);
  },
};

export const Dark: Story = {
  render: (args, { loaded }) => (
    <Kit env={envOf(loaded)} theme="dark">
      <ReviewQueue {...args} />
    </Kit>
  ),
  play: async ({ canvasElement }) => {
    await counted(canvasElement, '1 pending');
    await expect(canvasElement.querySelector('[data-paddock-root]')).toHaveAttribute('data-theme', 'dark');
  },
};

export const CustomTheme: Story = {
  name: 'Custom theme (tokens)',
  render: (args, { loaded }) => (
    <Kit env={envOf(loaded)} tokens={{ surface: '#fdf6e3', 'surface-foreground': '#1f2937', radius: '0px' }}>
      <ReviewQueue {...args} />
    </Kit>
  ),
  play: async ({ canvasElement }) => {
    await counted(canvasElement, '1 pending');
    const root = canvasElement.querySelector<HTMLElement>('[data-paddock-root]')!;
    await expect(root.style.getPropertyValue('--paddock-surface')).toBe('#fdf6e3');
  },
};

function ControlledQueue({ hrefFor }: { hrefFor: (agentId: string) => string }) {
  const [filter, setFilter] = useState<QueueFilter>('to-review');
  return (
    <>
      <ReviewQueue hrefFor={hrefFor} filter={filter} onFilterChange={setFilter} />
      <output data-testid="filter">{filter}</output>
    </>
  );
}

/** The filter is the host's state (`filter` / `onFilterChange`). */
export const Controlled: Story = {
  render: (args, { loaded }) => (
    <Kit env={envOf(loaded)}>
      <ControlledQueue hrefFor={args.hrefFor} />
    </Kit>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('radio', { name: 'To review' })).toBeChecked();
    await userEvent.click(canvas.getByRole('radio', { name: 'All' }));
    await waitFor(() => expect(canvas.getByTestId('filter')).toHaveTextContent('all'));
    await expect(QUEUE_FILTERS).toContain('all');
  },
};

/** Composed from the primitives with plain markup: the list only. */
export const Headless: Story = {
  render: (args, { loaded }) => (
    <Kit env={envOf(loaded)}>
      <ReviewQueuePrimitive.Root hrefFor={args.hrefFor} className="plain-queue">
        <ReviewQueuePrimitive.List />
      </ReviewQueuePrimitive.Root>
    </Kit>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() =>
      expect(canvas.getAllByRole('link', { name: 'Open review of Refund Helper' })[0]).toBeVisible(),
    );
    await expect(canvasElement.querySelector('[data-slot="paddock-queue-root"]')).toHaveClass('plain-queue');
    await expect(canvasElement.querySelector('[data-slot="paddock-queue-filters"]')).toBeNull();
  },
};
