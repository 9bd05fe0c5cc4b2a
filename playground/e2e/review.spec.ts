import type { APIRequestContext, Page } from '@playwright/test';
import { test, expect, loginAs, axeViolations } from './fixtures';

const API = `http://127.0.0.1:${process.env.PADDOCK_E2E_SERVER_PORT ?? 4111}/api`;
const AGENT = 'e2e-refund-helper';
const REFUND = 'refund-issue-tool';

async function api(request: APIRequestContext, token: string, method: string, path: string, data?: unknown) {
  const response = await request.fetch(`${API}${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, ...(data ? { 'content-type': 'application/json' } : {}) },
    data: data === undefined ? undefined : JSON.stringify(data),
  });
  const text = await response.text();
  return { status: response.status(), body: (text ? JSON.parse(text) : null) as Record<string, unknown> };
}

async function versionIds(request: APIRequestContext, agentId: string): Promise<string[]> {
  const { body } = await api(request, 'owner-token', 'GET', `/stored/agents/${agentId}/versions?perPage=50`);
  return (body.versions as { id: string; versionNumber: number }[])
    .sort((a, b) => a.versionNumber - b.versionNumber)
    .map((v) => v.id);
}

async function activeVersion(request: APIRequestContext, agentId: string) {
  const { body } = await api(request, 'owner-token', 'GET', `/stored/agents/${agentId}?status=draft`);
  return body.activeVersionId as string | null;
}

const panel = (page: Page) => page.locator('[data-slot="paddock-review-root"]');
const checks = (page: Page) => page.locator('[data-slot="paddock-review-checks"]');

test.describe.serial('publish review against the real server', () => {
  test.beforeAll(async ({ request }) => {
    // v1: published directly by an admin (so it starts as "published without review"); v2: the builder's draft
    // that adds the refund tool.
    const created = await api(request, 'builder-token', 'POST', '/stored/agents', {
      id: AGENT,
      name: 'Refund Helper',
      description: 'Helps support agents answer refund questions.',
      instructions: 'Look up the customer and explain the refund policy.',
      tools: { 'crm-lookup-tool': {} },
      visibility: 'public',
      metadata: { contact: '#support-leads' },
      autoPublish: false,
    });
    expect(created.status).toBe(200);
    const [v1] = await versionIds(request, AGENT);
    expect(
      (await api(request, 'admin-token', 'POST', `/stored/agents/${AGENT}/versions/${v1}/activate`)).status,
    ).toBe(200);
    const patched = await api(request, 'builder-token', 'PATCH', `/stored/agents/${AGENT}`, {
      instructions: 'Look up the customer, explain the refund policy, and issue refunds under 50 EUR.',
      tools: { 'crm-lookup-tool': {}, [REFUND]: {} },
      changeMessage: 'Issue small refunds',
      autoPublish: false,
    });
    expect(patched.status).toBe(200);
  });

  test('a builder requests review from the composer and cannot approve their own request', async ({
    page,
  }) => {
    await loginAs(page, 'builder');
    await page.goto('/#/agents');
    await page.locator(`[data-agent-id="${AGENT}"]`).click();
    await page.getByRole('button', { name: 'Request review' }).click();
    await expect(page).toHaveURL(new RegExp(`#/reviews\\?agent=${AGENT}$`));
    await expect(panel(page)).toBeVisible();
    await expect(checks(page).getByText(`${REFUND} is new and high risk`)).toBeVisible();
    await expect(panel(page).getByText('Version 1 → Version 2')).toBeVisible();
    await panel(page).getByLabel('Note').fill('Adds refunds under 50 EUR');
    await panel(page).getByRole('button', { name: 'Request review' }).click();
    await expect(panel(page).getByText('Bea Builder asked for review of Version 2.')).toBeVisible();
    await expect(panel(page).getByRole('button', { name: 'Approve and publish' })).toBeDisabled();
    await expect(
      panel(page)
        .locator('[data-action="approve"]')
        .getByText('You asked for this review, so someone else has to decide on it.'),
    ).toBeVisible();
    expect(await axeViolations(page, '[data-slot="paddock-review-root"]')).toEqual([]);
  });

  test('a reviewer sees it flagged high risk, acknowledges, approves, and exactly that version goes live', async ({
    page,
    request,
  }) => {
    const [, v2] = await versionIds(request, AGENT);
    await loginAs(page, 'reviewer');
    await page.goto('/#/reviews');
    const entry = page.locator('[data-slot="paddock-queue-entries"] [data-slot="paddock-queue-entry"]', {
      hasText: 'Refund Helper',
    });
    await expect(entry).toHaveAttribute('data-risk', 'high');
    await expect(entry.getByText('High risk')).toBeVisible();
    await entry.getByRole('link', { name: 'Open review of Refund Helper' }).click();
    await expect(panel(page).getByText('Bea Builder asked for review of Version 2.')).toBeVisible();
    const approve = panel(page).getByRole('button', { name: 'Approve and publish' });
    await expect(approve).toBeDisabled();
    await checks(page)
      .getByRole('button', { name: `Acknowledge ${REFUND}` })
      .click();
    await expect(checks(page).locator('[data-code="high-risk-added"]')).toHaveAttribute(
      'data-state',
      'acknowledged',
    );
    await panel(page).getByLabel('Note').fill('Refund limit is fine');
    await approve.click();
    await expect(panel(page).getByText('Approved by Remi Reviewer and published.')).toBeVisible();
    await expect(panel(page).getByText('Live version was reviewed')).toBeVisible();
    expect(await activeVersion(request, AGENT)).toBe(v2);
    const audit = panel(page).locator('[data-slot="paddock-review-audit-entry"]');
    await expect(audit).toHaveCount(4);
    await expect(audit.nth(1)).toContainText('Remi Reviewer acknowledged');
    expect(await axeViolations(page, '[data-slot="paddock-review-root"]')).toEqual([]);
  });

  test('a viewer cannot publish: the reason in the UI, and the server says 403 when forced', async ({
    page,
    request,
  }) => {
    await loginAs(page, 'viewer');
    await page.goto(`/#/reviews?agent=${AGENT}`);
    await expect(panel(page)).toBeVisible();
    const [v1] = await versionIds(request, AGENT);
    const activate = panel(page).getByRole('button', { name: 'Activate directly: Version 1' });
    await expect(activate).toBeDisabled();
    await expect(activate).toHaveAttribute('title', /stored-agents:publish/);
    await expect(panel(page).getByRole('button', { name: 'Request review' })).toBeDisabled();
    await expect(
      panel(page)
        .locator('[data-action="request"]')
        .getByText('You cannot write to the review record on this server (datasets:write).'),
    ).toBeVisible();
    const forced = await api(
      request,
      'viewer-token',
      'POST',
      `/stored/agents/${AGENT}/versions/${v1}/activate`,
    );
    expect(forced.status).toBe(403);
    expect(forced.body.message).toBe('Missing required permission: stored-agents:publish');
  });

  test('a publish made directly through the API shows as "published without review"', async ({
    page,
    request,
  }) => {
    const [v1] = await versionIds(request, AGENT);
    expect(
      (await api(request, 'admin-token', 'POST', `/stored/agents/${AGENT}/versions/${v1}/activate`)).status,
    ).toBe(200);
    await loginAs(page, 'reviewer');
    await page.goto(`/#/reviews?agent=${AGENT}`);
    await expect(panel(page).locator('[data-slot="paddock-review-drift"]')).toHaveText(
      'Published without review',
    );
    await expect(panel(page)).toHaveAttribute('data-drift', 'unreviewed');
    await expect(
      page
        .locator('[data-slot="paddock-queue-unreviewed"]')
        .getByRole('link', { name: 'Open review of Refund Helper' }),
    ).toBeVisible();
  });

  test("a reviewer opens a builder's private draft once it is submitted; a viewer still cannot see it", async ({
    browser,
    request,
  }) => {
    const id = 'e2e-private-draft';
    const created = await api(request, 'builder-token', 'POST', '/stored/agents', {
      id,
      name: 'Private Draft',
      description: 'Private until reviewed.',
      instructions: 'Answer politely.',
      visibility: 'private',
      autoPublish: false,
    });
    expect(created.status).toBe(200);
    expect((await api(request, 'reviewer-token', 'GET', `/stored/agents/${id}?status=draft`)).status).toBe(
      404,
    );

    const author = await browser.newPage();
    await loginAs(author, 'builder');
    await author.goto(`/#/reviews?agent=${id}`);
    await author.locator('[data-slot="paddock-review-note"]').fill('First version');
    await author.getByRole('button', { name: 'Request review' }).click();
    await expect(author.getByText('Bea Builder asked for review of Version 1.')).toBeVisible();
    await author.close();

    const reviewer = await browser.newPage();
    await loginAs(reviewer, 'reviewer');
    await reviewer.goto('/#/reviews');
    await reviewer
      .locator('[data-slot="paddock-queue-entries"]')
      .getByRole('link', { name: 'Open review of Private Draft' })
      .click();
    await expect(reviewer.getByText('Bea Builder asked for review of Version 1.')).toBeVisible();
    await expect(reviewer.getByRole('region', { name: 'Version 1, read-only' })).toContainText(
      'Answer politely.',
    );
    await reviewer.close();
    expect((await api(request, 'viewer-token', 'GET', `/stored/agents/${id}?status=draft`)).status).toBe(404);
  });
});
