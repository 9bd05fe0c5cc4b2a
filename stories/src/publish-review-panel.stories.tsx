import { useMemo, type ReactNode } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { BuilderProvider, PublishReviewPanel, ReviewQueue, type PaddockTheme } from '@paddock/builder-ui';
import { PublishReviewPrimitive } from '@paddock/builder-ui/primitives';
import { ReviewLedger, REVIEW_EVENT_SCHEMA } from '@paddock/builder-ui/core';
import {
  createReviewMockServer,
  type ReviewMockRole,
  type ReviewMockServer,
} from '../../packages/builder-ui/src/testing/review-mock-server';

/* Each story gets its own in-memory Mastra from a loader (one agent: active v1, draft v2 adding the high-risk
   send-email tool), optionally with a review already requested by the builder. */

interface Env {
  server: ReviewMockServer;
}

const withEnv = (requested: boolean) => async (): Promise<Env> => {
  const server = createReviewMockServer();
  if (requested) {
    const id = `rev-${crypto.randomUUID()}`;
    await new ReviewLedger(server.client('builder')).append({
      schema: REVIEW_EVENT_SCHEMA,
      id,
      type: 'requested',
      requestId: id,
      agentId: 'escalation',
      versionId: 'v2',
      versionNumber: 2,
      risk: 'high',
      note: 'Emails the customer now',
      at: new Date(0).toISOString(),
    });
  }
  return { server };
};

function Kit({
  env,
  user,
  theme = 'light',
  children,
}: {
  env: Env;
  user: ReviewMockRole;
  theme?: PaddockTheme;
  children: ReactNode;
}) {
  const client = useMemo(() => env.server.client(user), [env, user]);
  return (
    <BuilderProvider client={client} theme={theme}>
      {children}
    </BuilderProvider>
  );
}

const meta: Meta<typeof PublishReviewPanel> = {
  title: 'Builder/PublishReviewPanel',
  component: PublishReviewPanel,
  parameters: { layout: 'padded' },
};
export default meta;
type Story = StoryObj<typeof PublishReviewPanel>;

const ready = (canvasElement: HTMLElement) =>
  waitFor(() => expect(within(canvasElement).getByText(/send-email is new and high risk/)).toBeVisible());

export const AuthorBeforeRequest: Story = {
  loaders: [withEnv(false)],
  render: (_args, { loaded }) => (
    <Kit env={loaded as Env} user="builder">
      <PublishReviewPanel agentId="escalation" />
    </Kit>
  ),
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('button', { name: 'Request review' })).toBeEnabled();
    await expect(canvas.getByText('Published without review')).toBeVisible();
  },
};

export const ReviewerApproves: Story = {
  loaders: [withEnv(true)],
  render: (_args, { loaded }) => (
    <Kit env={loaded as Env} user="reviewer">
      <PublishReviewPanel agentId="escalation" />
    </Kit>
  ),
  play: async ({ canvasElement, loaded }) => {
    await ready(canvasElement);
    const canvas = within(canvasElement);
    const approve = canvas.getByRole('button', { name: 'Approve and publish' });
    await expect(approve).toBeDisabled();
    await userEvent.click(canvas.getByRole('button', { name: 'Acknowledge send-email' }));
    await waitFor(() => expect(approve).toBeEnabled());
    await userEvent.click(approve);
    await waitFor(() => expect(canvas.getByText('Approved by Reviewer and published.')).toBeVisible());
    await expect((loaded as Env).server.agent.activeVersionId).toBe('v2');
  },
};

export const Viewer: Story = {
  loaders: [withEnv(true)],
  render: (_args, { loaded }) => (
    <Kit env={loaded as Env} user="viewer" theme="dark">
      <PublishReviewPanel agentId="escalation" />
    </Kit>
  ),
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('button', { name: 'Approve and publish' })).toBeDisabled();
    await expect(
      canvas.getByText('You do not have permission to publish agents (stored-agents:publish).', {
        selector: '[data-action="approve"] *',
      }),
    ).toBeVisible();
  },
};

export const Headless: Story = {
  loaders: [withEnv(true)],
  render: (_args, { loaded }) => (
    <Kit env={loaded as Env} user="reviewer">
      <PublishReviewPrimitive.Root agentId="escalation" className="plain-review">
        <PublishReviewPrimitive.LoadState />
        <PublishReviewPrimitive.Status />
        <PublishReviewPrimitive.Diff />
      </PublishReviewPrimitive.Root>
    </Kit>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getByText(/asked for review of Version 2/)).toBeVisible());
    await expect(canvasElement.querySelector('[data-slot="paddock-review-root"]')).toHaveClass(
      'plain-review',
    );
  },
};

export const Queue: Story = {
  loaders: [withEnv(true)],
  render: (_args, { loaded }) => (
    <Kit env={loaded as Env} user="reviewer">
      <ReviewQueue hrefFor={(id) => `#/reviews/${id}`} />
    </Kit>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getByText('1 pending')).toBeVisible());
    await userEvent.click(canvas.getByRole('radio', { name: 'High risk' }));
    await waitFor(() =>
      expect(
        canvasElement.querySelector('[data-slot="paddock-queue-entries"] [data-risk="high"]'),
      ).not.toBeNull(),
    );
  },
};
