import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRequestContext, Page } from '@playwright/test';
import { test, expect, loginAs, axeViolations } from './fixtures';

// The whole journey in the host console, against the real server: a builder composes an agent from
// allow-listed primitives, tests it and asks for review; a reviewer approves exactly that version; a run of the
// published version is read in Runs; a viewer sees all of it read-only with the reasons; a workflow run that
// retried a step and suspended is inspected and resumed.
test.describe.configure({ mode: 'serial' });

const API = `http://127.0.0.1:${process.env.PADDOCK_E2E_SERVER_PORT ?? 4111}/api`;
const NAME = `Renewal Reminder Agent ${Date.now()}`;
let agentId = '';
let traceId = '';

// Screens of the journey for people to look at (the README shows them from docs/screenshots).
const shots = join(import.meta.dirname, '..', '..', '.paddock-tmp', 'screenshots');
async function shoot(page: Page, name: string) {
  mkdirSync(shots, { recursive: true });
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.screenshot({ path: join(shots, `journey-${name}.png`) });
}

async function api(request: APIRequestContext, role: string, method: string, path: string, data?: unknown) {
  const response = await request.fetch(`${API}${path}`, {
    method,
    headers: {
      Authorization: `Bearer ${role}-token`,
      ...(data ? { 'content-type': 'application/json' } : {}),
    },
    data: data === undefined ? undefined : JSON.stringify(data),
  });
  const text = await response.text();
  return { status: response.status(), body: (text ? JSON.parse(text) : null) as Record<string, unknown> };
}

const saveStatus = (page: Page) => page.locator('[data-slot="paddock-composer-save-status"]');
const panel = (page: Page) => page.locator('[data-slot="paddock-review-root"]');

async function bind(page: Page, search: string, tool: RegExp) {
  await page.getByRole('button', { name: 'Add tools' }).click();
  await page.getByRole('searchbox').fill(search);
  await page.getByRole('option', { name: tool }).click();
  await page.keyboard.press('Escape');
}

test('a builder composes the Renewal Reminder Agent, tests it, sees the tool call and asks for review', async ({
  page,
}) => {
  await loginAs(page, 'builder');
  await page.goto('/#/agents');
  await page.getByRole('button', { name: 'New agent' }).click();
  const name = page.getByRole('textbox', { name: 'Name' });
  await expect(name).toBeEditable();
  await name.fill(NAME);
  await page
    .getByRole('textbox', { name: 'Instructions' })
    .fill('Remind account owners of upcoming renewals. Look customers up in the CRM first.');
  await page.getByRole('textbox', { name: 'Description' }).fill('Reminds account owners before a renewal.');
  await page.getByRole('combobox', { name: 'Visibility' }).selectOption('public');
  await bind(page, 'crm', /crm-lookup-tool/);
  await bind(page, 'refund', /refund-issue-tool/);
  const bound = page.getByRole('list', { name: 'Bound tools' });
  await expect(bound.locator('[data-id="crm-lookup-tool"]')).toBeVisible();
  await expect(bound.locator('[data-id="refund-issue-tool"]')).toBeVisible();
  await expect(saveStatus(page)).toHaveText('Draft saved');
  agentId = (await page.getByTestId('selected-agent').textContent())!.trim();
  expect(agentId).not.toBe('new agent');

  // The test panel runs the saved draft; the deterministic model calls the CRM tool.
  const input = page.getByRole('textbox', { name: 'Message to the draft' });
  await expect(input).toBeEnabled();
  await input.fill('Look up customer C-1001 before the renewal');
  await input.press('Enter');
  const run = page.locator('[data-slot="paddock-composer-test-run"]').last();
  await expect(run).toHaveAttribute('data-state', 'done', { timeout: 20_000 });
  await expect(run.getByText('Tool call: crm-lookup-tool')).toBeVisible();
  await expect(run.locator('[data-slot="paddock-composer-test-tool-result"]')).toContainText('Ada Lovelace');
  await shoot(page, 'composer');

  // Request review opens the review panel for this agent.
  await page.getByRole('button', { name: 'Request review' }).click();
  await expect(page).toHaveURL(new RegExp(`#/reviews\\?agent=${agentId}$`));
  await expect(panel(page)).toBeVisible();
  await panel(page).getByLabel('Note').fill('First version: CRM lookups, refunds on request.');
  await panel(page).getByRole('button', { name: 'Request review' }).click();
  await expect(panel(page).getByText(/Bea Builder asked for review of Version \d+\./)).toBeVisible();
  await expect(panel(page).getByRole('button', { name: 'Approve and publish' })).toBeDisabled();
  expect(await axeViolations(page, 'main')).toEqual([]);
});

test('a reviewer sees the diff with its risk flags, acknowledges and approves: exactly that version goes live', async ({
  page,
  request,
}) => {
  expect(agentId).not.toBe('');
  const draft = await api(request, 'owner', 'GET', `/stored/agents/${agentId}?status=draft`);
  const reviewed = draft.body['resolvedVersionId'] as string;

  await loginAs(page, 'reviewer');
  await page.goto('/#/reviews');
  const entry = page.locator('[data-slot="paddock-queue-entry"]', { hasText: NAME });
  await expect(entry).toHaveAttribute('data-risk', 'high');
  await entry.getByRole('link', { name: `Open review of ${NAME}` }).click();
  await expect(panel(page).getByText(/Bea Builder asked for review of Version \d+\./)).toBeVisible();
  const checks = page.locator('[data-slot="paddock-review-checks"]');
  await expect(checks.getByText('refund-issue-tool is new and high risk')).toBeVisible();
  const approve = panel(page).getByRole('button', { name: 'Approve and publish' });
  await expect(approve).toBeDisabled();
  await shoot(page, 'review');
  await checks.getByRole('button', { name: 'Acknowledge refund-issue-tool' }).click();
  await panel(page).getByLabel('Note').fill('Refunds need approval per call; fine.');
  await approve.click();
  await expect(panel(page).getByText('Approved by Remi Reviewer and published.')).toBeVisible();

  const live = await api(request, 'owner', 'GET', `/stored/agents/${agentId}?status=draft`);
  expect(live.body['activeVersionId']).toBe(reviewed);
  expect(await axeViolations(page, 'main')).toEqual([]);
});

test('a run of the published version appears in Runs, and its trace shows the tool span with input and output', async ({
  page,
  request,
}) => {
  const generated = await api(request, 'builder', 'POST', `/agents/${agentId}/generate`, {
    messages: [{ role: 'user', content: 'Look up customer C-1001 for the renewal' }],
  });
  expect(generated.status).toBe(200);
  traceId = generated.body['traceId'] as string;
  expect(traceId).toMatch(/^[0-9a-f]{32}$/);

  await loginAs(page, 'reviewer');
  await page.goto('/#/runs');
  const list = page.getByRole('region', { name: 'Recent runs' });
  await list.getByRole('textbox', { name: 'Entity id' }).fill(agentId);
  const runs = list.locator('[data-slot="paddock-run-list-item"]');
  await expect(runs.first()).toBeVisible({ timeout: 20_000 });
  await runs.first().click();
  await expect(page).toHaveURL(/#\/runs\?trace=[0-9a-f]+/);

  const tree = page.getByRole('tree', { name: 'Spans' });
  const tool = tree.getByRole('treeitem').filter({ hasText: "tool: 'crm-lookup-tool'" }).first();
  await expect(tool).toBeVisible({ timeout: 20_000 });
  await tool.click();
  const detail = page.getByRole('region', { name: 'Span details' });
  await detail.getByRole('tab', { name: 'Arguments' }).click();
  await expect(detail.locator('[data-slot="paddock-trace-json-body"]')).toContainText(
    '"customerId": "C-1001"',
  );
  await detail.getByRole('tab', { name: 'Result' }).click();
  await expect(detail.locator('[data-slot="paddock-trace-json-body"]')).toContainText('Ada Lovelace');
  await shoot(page, 'trace');
});

test('a viewer sees all of it read-only, with the reasons', async ({ page }) => {
  await loginAs(page, 'viewer');
  // The composer: readable, not editable, and why.
  await page.goto('/#/agents');
  await page.locator(`[data-agent-id="${agentId}"]`).click();
  await expect(page.getByRole('textbox', { name: 'Name' })).toHaveValue(NAME);
  await expect(page.getByRole('textbox', { name: 'Name' })).not.toBeEditable();
  await expect(
    page.getByText(
      /You can view this agent but not change it\. Ask an admin for edit rights\. Missing permission: stored-agents:write/,
    ),
  ).toBeVisible();

  // The review: the decision is visible, every action disabled with its reason.
  await page.goto(`/#/reviews?agent=${agentId}`);
  await expect(panel(page).getByText('Live version was reviewed')).toBeVisible();
  await expect(panel(page).getByRole('button', { name: 'Request review' })).toBeDisabled();

  // The run: the viewer reads the trace.
  await page.goto(`/#/runs?trace=${traceId}`);
  await expect(
    page
      .getByRole('tree', { name: 'Spans' })
      .getByRole('treeitem')
      .filter({ hasText: "tool: 'crm-lookup-tool'" })
      .first(),
  ).toBeVisible({ timeout: 20_000 });
  expect(await axeViolations(page, 'main')).toEqual([]);
});

test('a workflow run that retried a step and suspended is inspected and resumed', async ({ page }) => {
  await loginAs(page, 'owner');
  await page.goto('/#/workflow-runs');
  await page.getByRole('form', { name: 'Start a run' }).getByRole('button', { name: 'Start run' }).click();
  const viewer = page.getByRole('region', { name: /^Workflow run / });
  await expect(viewer.getByRole('status').first()).toContainText('Suspended, waiting for input');
  const graph = viewer.getByRole('group', { name: 'Step graph' });
  await expect(graph.getByRole('button', { name: /^provision-workspace/ })).toContainText(
    'Succeeded after 2 attempts',
  );
  await expect(graph.getByRole('button', { name: /^request-approval/ })).toContainText('Suspended');
  await shoot(page, 'workflow');
  const form = viewer.getByRole('form', { name: '“request-approval” is waiting for input' });
  await form.getByRole('checkbox', { name: /approved/ }).check();
  await form.getByRole('textbox', { name: /approver/ }).fill('u-owner');
  await form.getByRole('button', { name: 'Resume' }).click();
  await expect(viewer.getByRole('status').first()).toContainText('Succeeded');
  await expect(graph.getByRole('button', { name: /^send-welcome/ })).toContainText('Succeeded');
});
