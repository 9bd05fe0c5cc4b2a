import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import { userEvent } from 'vitest/browser';
import axe from 'axe-core';
import { BuilderProvider } from '../provider/builder-provider.js';
import {
  createReviewMockServer,
  type ReviewMockRole,
  type ReviewMockServer,
} from '../testing/review-mock-server.js';
import { PublishReviewPanel, type PublishReviewPanelProps } from './publish-review-panel.js';
import { ReviewQueue } from './review-queue.js';

async function axeViolations(context: Element = document.body) {
  const results = await axe.run(context, { resultTypes: ['violations'] });
  return results.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) }));
}

function renderPanel(
  server: ReviewMockServer,
  role: ReviewMockRole,
  props: Partial<PublishReviewPanelProps> = {},
) {
  return render(
    <BuilderProvider client={server.client(role)} theme="light">
      <PublishReviewPanel agentId="escalation" {...props} />
    </BuilderProvider>,
  );
}

const button = (name: string | RegExp) => screen.getByRole('button', { name });
// Ready = versions, reviews and the catalog (risk labels) are loaded.
const ready = () => waitFor(() => expect(screen.getByText(/send-email is new and high risk/)).toBeVisible());

describe('given a draft that adds a high-risk tool', () => {
  it('shows the semantic diff and the blocking check, and lets the author request review but not approve', async () => {
    const server = createReviewMockServer();
    const { container } = renderPanel(server, 'builder', { className: 'host-class' });
    await ready();
    const diff = screen.getByRole('region', { name: /Changes/ });
    const added = within(diff).getByText('Tool send-email').closest('li')!;
    expect(added).toHaveAttribute('data-state', 'added');
    expect(within(added).getByText('High risk')).toBeVisible();
    expect(within(diff).getByText('Version 1 → Version 2')).toBeVisible();
    expect(diff.querySelector('ins[data-state="added"]')?.textContent).toContain('the customer');
    expect(screen.getByText(/send-email is new and high risk/)).toBeVisible();
    expect(container.querySelector('[data-slot="paddock-review-root"]')).toHaveClass('host-class');
    expect(screen.getByText('Published without review')).toBeVisible();

    await userEvent.click(screen.getByLabelText('Note'));
    await userEvent.keyboard('Please check the email step');
    button('Request review').focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByText('Builder asked for review of Version 2.')).toBeVisible());
    expect(button('Approve and publish')).toBeDisabled();
    expect(
      screen.getByText('You asked for this review, so someone else has to decide on it.', {
        selector: '[data-action="approve"] *',
      }),
    ).toBeVisible();
    expect(button('Acknowledge send-email')).toBeDisabled();
    expect(await axeViolations()).toEqual([]);
  });

  it('lets a reviewer acknowledge the tool with the keyboard, approve, and publish exactly the reviewed version', async () => {
    const server = createReviewMockServer();
    const author = renderPanel(server, 'builder');
    await ready();
    await userEvent.click(button('Request review'));
    await waitFor(() => expect(screen.getByText(/asked for review of Version 2/)).toBeVisible());
    author.unmount();

    const onPublish = vi.fn();
    renderPanel(server, 'reviewer', { onPublish });
    await ready();
    await waitFor(() => expect(screen.getByText(/asked for review of Version 2/)).toBeVisible());
    expect(button('Approve and publish')).toBeDisabled();
    expect(screen.getByText('Resolve or acknowledge the blocking checks first.')).toBeVisible();
    button('Acknowledge send-email').focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(button('Approve and publish')).toBeEnabled());
    await userEvent.click(button('Approve and publish'));
    await waitFor(() => expect(screen.getByText('Approved by Reviewer and published.')).toBeVisible());
    expect(server.agent.activeVersionId).toBe('v2');
    expect(server.calls.filter((c) => c.endsWith('/activate'))).toEqual([
      'POST /stored/agents/escalation/versions/v2/activate',
    ]);
    expect(onPublish).toHaveBeenCalledWith({ agentId: 'escalation', versionId: 'v2', via: 'review' });
    expect(screen.getByText('Live version was reviewed')).toBeVisible();
    const audit = screen.getByRole('region', { name: 'Audit trail' });
    expect(
      within(audit)
        .getAllByRole('listitem')
        .map((li) => li.getAttribute('data-state')),
    ).toEqual(['requested', 'acknowledged', 'approved', 'published']);
    expect(await axeViolations()).toEqual([]);
  });

  it('marks the review stale when the author saves again, and refuses approval', async () => {
    const server = createReviewMockServer();
    const author = renderPanel(server, 'builder');
    await ready();
    await userEvent.click(button('Request review'));
    await waitFor(() => expect(screen.getByText(/asked for review/)).toBeVisible());
    author.unmount();
    server.saveNewDraft();
    renderPanel(server, 'reviewer');
    await waitFor(() => expect(screen.getByText(/Stale: the author saved a newer version/)).toBeVisible());
    expect(button('Approve and publish')).toBeDisabled();
  });

  it('opens any version read-only and diffs against it', async () => {
    const server = createReviewMockServer();
    renderPanel(server, 'viewer');
    await ready();
    await userEvent.click(button('Open read-only: Version 1'));
    const view = await screen.findByRole('region', { name: 'Version 1, read-only' });
    expect(within(view).getByText('Look up the ticket and recommend escalate or not.')).toBeVisible();
    expect(within(view).getByText('web-search')).toBeVisible();
    expect(screen.getByText('Version 1 → Version 1')).toBeVisible();
    expect(screen.getByText('No differences between these versions.')).toBeVisible();
    expect(await axeViolations()).toEqual([]);
  });

  it('tells a viewer why they cannot publish', async () => {
    const server = createReviewMockServer();
    renderPanel(server, 'viewer');
    await ready();
    expect(button('Request review')).toBeDisabled();
    expect(
      screen.getByText('You cannot write to the review record on this server (datasets:write).'),
    ).toBeVisible();
  });

  it('renders nothing but a closed section when controlled closed, and opens on demand', async () => {
    const server = createReviewMockServer();
    function Host() {
      const [open, setOpen] = useState(false);
      return (
        <BuilderProvider client={server.client('builder')} theme="light">
          <button type="button" onClick={() => setOpen(true)}>
            open
          </button>
          <PublishReviewPanel agentId="escalation" open={open} onOpenChange={setOpen} />
        </BuilderProvider>
      );
    }
    const { container } = render(<Host />);
    expect(container.querySelector('[data-slot="paddock-review-root"]')).toHaveAttribute(
      'data-state',
      'closed',
    );
    await userEvent.click(screen.getByRole('button', { name: 'open' }));
    await waitFor(() => expect(screen.getByText('Policy checks')).toBeVisible());
  });
});

async function requestAsBuilder(server: ReviewMockServer) {
  const author = renderPanel(server, 'builder');
  await ready();
  await userEvent.click(button('Request review'));
  await waitFor(() => expect(screen.getByText(/asked for review of Version 2/)).toBeVisible());
  author.unmount();
}

describe('given a reviewer publishing', () => {
  it('activates once however often approve is clicked', async () => {
    const server = createReviewMockServer();
    await requestAsBuilder(server);
    renderPanel(server, 'reviewer');
    await ready();
    await userEvent.click(button('Acknowledge send-email'));
    await waitFor(() => expect(button('Approve and publish')).toBeEnabled());
    await userEvent.dblClick(button('Approve and publish'));
    await waitFor(() => expect(screen.getByText('Approved by Reviewer and published.')).toBeVisible());
    expect(server.calls.filter((c) => c.endsWith('/activate'))).toHaveLength(1);
  });

  it("shows the server's 403 clearly and keeps the approval to retry", async () => {
    const server = createReviewMockServer({ denyActivate: true });
    await requestAsBuilder(server);
    renderPanel(server, 'reviewer');
    await ready();
    await userEvent.click(button('Acknowledge send-email'));
    await waitFor(() => expect(button('Approve and publish')).toBeEnabled());
    await userEvent.click(button('Approve and publish'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The server refused: you do not have permission for this.');
    expect(alert).toHaveTextContent('stored-agents:publish');
    await waitFor(() => expect(screen.getByText('Approved by Reviewer; not yet live.')).toBeVisible());
    expect(button('Publish the approved version')).toBeEnabled();
    expect(server.agent.activeVersionId).toBe('v1');
  });

  it('records a direct activation (rollback) and shows it as such', async () => {
    const server = createReviewMockServer();
    server.agent.activeVersionId = 'v2';
    renderPanel(server, 'reviewer');
    await waitFor(() => expect(screen.getByText('Version history')).toBeVisible());
    await userEvent.click(button('Activate directly: Version 1'));
    await waitFor(() => expect(screen.getByText('Published directly (recorded)')).toBeVisible());
    expect(server.agent.activeVersionId).toBe('v1');
    const audit = screen.getByRole('region', { name: 'Audit trail' });
    expect(within(audit).getByText('activated directly')).toBeVisible();
  });
});

describe('given the review queue', () => {
  it('counts requests, filters with the keyboard and flags drift', async () => {
    const server = createReviewMockServer();
    const author = renderPanel(server, 'builder');
    await ready();
    await userEvent.click(button('Request review'));
    await waitFor(() => expect(screen.getByText(/asked for review/)).toBeVisible());
    author.unmount();

    const { container } = render(
      <BuilderProvider client={server.client('reviewer')} theme="light">
        <ReviewQueue hrefFor={(id) => `/reviews/${id}`} />
      </BuilderProvider>,
    );
    const linkIn = (slot: string) =>
      [...container.querySelectorAll<HTMLElement>(`[data-slot="${slot}"] a`)].find(
        (a) => a.getAttribute('aria-label') === 'Open review of Escalation Assistant',
      );
    await waitFor(() => expect(linkIn('paddock-queue-entries')).toBeDefined());
    const link = linkIn('paddock-queue-entries')!;
    // The live version (1) went out without review, so the agent is also listed as drift.
    await waitFor(() => expect(linkIn('paddock-queue-unreviewed')).toBeDefined());
    expect(link).toHaveAttribute('href', '/reviews/escalation');
    expect(screen.getByText('1 pending')).toBeVisible();
    expect(link.closest('li')).toHaveAttribute('data-risk', 'high');
    expect(link.closest('li')).toHaveAttribute('data-drift', 'unreviewed');
    screen.getByRole('radio', { name: 'All' }).focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(screen.getByRole('radio', { name: 'To review' })).toBeChecked();
    await userEvent.keyboard('{ArrowRight}');
    expect(screen.getByRole('radio', { name: 'My requests' })).toBeChecked();
    await waitFor(() => expect(screen.getByText('No review requests here.')).toBeVisible());
    expect(await axeViolations()).toEqual([]);
  });
});
