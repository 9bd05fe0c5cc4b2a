import { useState } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { PublishReviewPanel } from '@paddock/builder-ui';
import { PublishReviewPrimitive } from '@paddock/builder-ui/primitives';
import {
  EMPTY_LEDGER,
  envOf,
  Kit,
  longTextVersions,
  manyVersions,
  recorded,
  REVIEW_AGENTS,
  withReplay,
} from './review-story-kit';

/* Every story replays what the real playground server answered (stories/fixtures/record-review.ts):
   refund-helper has v1 live (activated directly by an admin) and v2, the builder's draft adding the high-risk
   refund tool, waiting for review; faq-helper (private) had changes requested by the reviewer. */

const REFUND = REVIEW_AGENTS.refund;
const refundDraft = recorded('reviewer', 'GET', `/api/stored/agents/${REFUND}`, '?status=draft');
const CANDIDATE = String(refundDraft['resolvedVersionId']);

const meta: Meta<typeof PublishReviewPanel> = {
  title: 'Builder/PublishReviewPanel',
  component: PublishReviewPanel,
  parameters: { layout: 'padded' },
  args: { agentId: REFUND, policy: { reviewersCanReadPrivate: true } },
  loaders: [withReplay('reviewer')],
  render: (args, { loaded }) => (
    <Kit env={envOf(loaded)}>
      <PublishReviewPanel {...args} />
    </Kit>
  ),
};
export default meta;
type Story = StoryObj<typeof PublishReviewPanel>;

const ready = (canvasElement: HTMLElement) =>
  waitFor(() =>
    expect(within(canvasElement).getByText(/refund-issue-tool is new and high risk/)).toBeVisible(),
  );

/** The reviewer's main flow: the high-risk tool blocks approval until acknowledged; approving activates v2. */
export const Default: Story = {
  loaders: [withReplay('reviewer', { live: true })],
  play: async ({ canvasElement, loaded }) => {
    const { server } = envOf(loaded);
    await ready(canvasElement);
    const canvas = within(canvasElement);
    await expect(canvas.getByText('Bea Builder asked for review of Version 2.')).toBeVisible();
    const approve = canvas.getByRole('button', { name: 'Approve and publish' });
    await expect(approve).toBeDisabled();
    await expect(canvas.getByText('Resolve or acknowledge the blocking checks first.')).toBeVisible();

    await userEvent.click(canvas.getByRole('button', { name: 'Acknowledge refund-issue-tool' }));
    await waitFor(() => expect(approve).toBeEnabled());
    await userEvent.click(approve);
    // Exactly the reviewed version is activated, after the decision is in the ledger.
    await waitFor(() =>
      expect(server.calls).toContain(`POST /api/stored/agents/${REFUND}/versions/${CANDIDATE}/activate`),
    );
    const types = server.appended.map((item) => (item as { input: { type: string } }).input.type);
    await expect(types).toEqual(['acknowledged', 'approved', 'published']);
    await waitFor(() =>
      expect(
        canvas.getByText(/published/i, { selector: '[data-slot="paddock-review-status"] *' }),
      ).toBeVisible(),
    );
  },
};

/** The author's view of their own pending request: they cannot approve it, and may withdraw it. */
export const AuthorPending: Story = {
  name: 'Author: own request pending',
  loaders: [withReplay('builder')],
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('button', { name: 'Approve and publish' })).toBeDisabled();
    await expect(
      canvas.getByText('You asked for this review, so someone else has to decide on it.', {
        selector: '[data-action="approve"] *',
      }),
    ).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Withdraw request' })).toBeEnabled();
  },
};

/** A decision in the ledger: the reviewer asked for changes on the private FAQ agent. */
export const ChangesRequested: Story = {
  args: { agentId: REVIEW_AGENTS.faq },
  loaders: [withReplay('builder')],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() =>
      expect(
        canvas.getByText(/requested changes/i, { selector: '[data-slot="paddock-review-status"] *' }),
      ).toBeVisible(),
    );
    await expect(canvas.getByText('Link the article too, not only its title.')).toBeVisible();
  },
};

export const Loading: Story = {
  loaders: [withReplay('reviewer', { hold: true })],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('Loading versions and reviews…')).toBeVisible();
    await expect(canvasElement.querySelector('[data-slot="paddock-review-root"]')).toHaveAttribute(
      'aria-busy',
      'true',
    );
  },
};

/** No review in the ledger yet: the panel says so, and the agent shows as published without review. */
export const Empty: Story = {
  loaders: [
    withReplay('builder', {
      overrides: [{ route: /GET \/api\/datasets\/[^/]+\/items$/, body: EMPTY_LEDGER }],
    }),
  ],
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    const canvas = within(canvasElement);
    await expect(canvas.getByText('Published without review')).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Request review' })).toBeEnabled();
  },
};

export const ServerError: Story = {
  name: 'Error: server 500',
  loaders: [
    withReplay('reviewer', { failures: [{ route: `/api/stored/agents/${REFUND}/versions`, answer: 500 }] }),
  ],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      await canvas.findByText(/The agent, its versions or its reviews could not be loaded\./),
    ).toBeVisible();
  },
};

export const MalformedResponse: Story = {
  name: 'Error: response fails validation',
  loaders: [
    withReplay('reviewer', {
      failures: [{ route: /GET \/api\/datasets\/[^/]+\/items$/, answer: 'malformed' }],
    }),
  ],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      await canvas.findByText(/The agent, its versions or its reviews could not be loaded\./),
    ).toBeVisible();
  },
};

/**
 * The viewer (recorded after the reviewer approved) may read everything public but write nothing: every action
 * is disabled with the reason.
 */
export const PermissionDenied: Story = {
  name: 'Permission denied (viewer)',
  loaders: [withReplay('viewer')],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('Approved by Remi Reviewer and published.')).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Request review' })).toBeDisabled();
    await expect(canvas.getByRole('button', { name: 'Approve and publish' })).toBeDisabled();
    await expect(
      canvas.getAllByText('You cannot write to the review record on this server (datasets:write).')[0],
    ).toBeVisible();
  },
};

/** The viewer cannot see the builder's private draft: the server answers 404, and the panel says so. */
export const PrivateDraftHidden: Story = {
  name: 'Permission denied: private draft (viewer)',
  args: { agentId: REVIEW_AGENTS.faq },
  loaders: [withReplay('viewer')],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      await canvas.findByText(/The agent, its versions or its reviews could not be loaded\./),
    ).toBeVisible();
  },
};

/** 300 versions (the recorded two on top of synthesized history). */
export const Large: Story = {
  loaders: [
    withReplay('reviewer', {
      overrides: [{ route: `/api/stored/agents/${REFUND}/versions`, body: manyVersions('reviewer', 300) }],
    }),
  ],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('Change 1')).toBeInTheDocument();
    await expect(
      canvas.getByText('Version 300', { selector: '[data-slot="paddock-review-versions"] *' }),
    ).toBeVisible();
  },
};

export const LongText: Story = {
  name: 'Long text (5,000-character word, RTL, CJK)',
  loaders: [
    withReplay('reviewer', {
      overrides: [{ route: `/api/stored/agents/${REFUND}/versions`, body: longTextVersions('reviewer') }],
    }),
  ],
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    const root = canvasElement.querySelector<HTMLElement>('[data-slot="paddock-review-root"]')!;
    // Nothing may push the panel wider than its container.
    await expect(root.scrollWidth).toBeLessThanOrEqual(root.parentElement!.clientWidth + 1);
  },
};

export const Dark: Story = {
  render: (args, { loaded }) => (
    <Kit env={envOf(loaded)} theme="dark">
      <PublishReviewPanel {...args} />
    </Kit>
  ),
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    await expect(canvasElement.querySelector('[data-paddock-root]')).toHaveAttribute('data-theme', 'dark');
  },
};

export const CustomTheme: Story = {
  name: 'Custom theme (tokens)',
  render: (args, { loaded }) => (
    <Kit env={envOf(loaded)} tokens={{ primary: '#0f5132', 'primary-foreground': '#ffffff', radius: '2px' }}>
      <PublishReviewPanel {...args} />
    </Kit>
  ),
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    const root = canvasElement.querySelector<HTMLElement>('[data-paddock-root]')!;
    await expect(root.style.getPropertyValue('--paddock-primary')).toBe('#0f5132');
  },
};

function ControlledPanel(props: { agentId: string }) {
  const [compare, setCompare] = useState<PublishReviewPrimitive.VersionPair>({});
  return (
    <>
      <PublishReviewPanel {...props} compare={compare} onCompareChange={setCompare} />
      <output data-testid="compare">{JSON.stringify(compare)}</output>
    </>
  );
}

/** The compared pair is the host's state (`compare` / `onCompareChange`). */
export const Controlled: Story = {
  render: (args, { loaded }) => (
    <Kit env={envOf(loaded)}>
      <ControlledPanel agentId={args.agentId} />
    </Kit>
  ),
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Open read-only: Version 1' }));
    await waitFor(() =>
      expect(canvas.getByTestId('compare').textContent).toContain(
        String(
          recorded('reviewer', 'GET', `/api/stored/agents/${REFUND}`, '?status=draft')['activeVersionId'],
        ),
      ),
    );
  },
};

/** Composed from the primitives with plain markup: status and diff only. */
export const Headless: Story = {
  render: (args, { loaded }) => (
    <Kit env={envOf(loaded)}>
      <PublishReviewPrimitive.Root agentId={args.agentId} className="plain-review">
        <PublishReviewPrimitive.LoadState />
        <PublishReviewPrimitive.Status />
        <PublishReviewPrimitive.Checks />
        <PublishReviewPrimitive.Diff />
      </PublishReviewPrimitive.Root>
    </Kit>
  ),
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    await expect(canvasElement.querySelector('[data-slot="paddock-review-root"]')).toHaveClass(
      'plain-review',
    );
    await expect(canvasElement.querySelector('[data-slot="paddock-review-actions"]')).toBeNull();
  },
};
