import type { Page } from '@playwright/test';
import { test, expect, loginAs, axeViolations } from './fixtures';

const tree = (page: Page) => page.getByRole('tree', { name: 'Spans' });
const detail = (page: Page) => page.getByRole('region', { name: 'Span details' });
const spanRow = (page: Page, name: string) => tree(page).getByRole('treeitem').filter({ hasText: name });

test('an agent run from the composer test panel opens in Runs, with the tool call’s arguments and result', async ({
  page,
}) => {
  await loginAs(page, 'builder');
  await page.goto('/#/agents');
  await page.getByRole('button', { name: 'New agent' }).click();
  const name = page.getByRole('textbox', { name: 'Name' });
  await expect(name).toBeEditable();
  await name.fill(`Trace helper ${Date.now()}`);
  await page.getByRole('textbox', { name: 'Instructions' }).fill('Look customers up in the CRM.');
  await page.getByRole('button', { name: 'Add tools' }).click();
  await page.getByRole('searchbox').fill('crm');
  await page.getByRole('option', { name: /crm-lookup-tool/ }).click();
  await expect(page.locator('[data-slot="paddock-composer-save-status"]')).toHaveText('Draft saved');

  const input = page.getByRole('textbox', { name: 'Message to the draft' });
  await expect(input).toBeEnabled();
  await input.fill('Look up customer C-1001');
  await input.press('Enter');
  const run = page.locator('[data-slot="paddock-composer-test-run"]').last();
  await expect(run).toHaveAttribute('data-state', 'done', { timeout: 20_000 });
  const traceId = (await run.locator('[data-slot="paddock-composer-test-trace-id"]').textContent())!.trim();

  // The trace id is a link to the Runs page.
  await run.locator('[data-slot="paddock-composer-test-trace-link"]').click();
  await expect(page).toHaveURL(new RegExp(`#/runs\\?trace=${traceId}`));
  await expect(page.getByRole('heading', { name: 'Runs', level: 1 })).toBeVisible();

  // Spans are exported as they end, possibly after the stream closed: the viewer polls until the run ended.
  const tool = spanRow(page, "tool: 'crm-lookup-tool'");
  await expect(tool).toBeVisible({ timeout: 20_000 });
  await expect(spanRow(page, 'agent run:')).toHaveAttribute('aria-level', '1');
  await tool.click();
  await expect(tool).toHaveAttribute('aria-selected', 'true');
  // The selected span is in the URL: a deep link.
  await expect(page).toHaveURL(/span=/);
  await detail(page).getByRole('tab', { name: 'Arguments' }).click();
  await expect(detail(page).locator('[data-slot="paddock-trace-json-body"]')).toContainText(
    '"customerId": "C-1001"',
  );
  await detail(page).getByRole('tab', { name: 'Result' }).click();
  await expect(detail(page).locator('[data-slot="paddock-trace-json-body"]')).toContainText('Ada Lovelace');

  // Reloading the deep link reopens the same span.
  await page.reload();
  await expect(spanRow(page, "tool: 'crm-lookup-tool'")).toHaveAttribute('aria-selected', 'true');
  await expect(detail(page).getByRole('heading', { name: "tool: 'crm-lookup-tool'" })).toBeVisible();

  // Keyboard: Home goes to the root span, Enter opens it.
  await spanRow(page, "tool: 'crm-lookup-tool'").focus();
  await page.keyboard.press('Home');
  await page.keyboard.press('Enter');
  await expect(detail(page).getByRole('heading', { name: /^agent run:/ })).toBeVisible();
  expect(await axeViolations(page, '[data-slot="paddock-trace-root"]')).toEqual([]);
});

test('a workflow run that retried a step shows its attempts, delays and the failed attempt’s error', async ({
  page,
}) => {
  await loginAs(page, 'builder');
  await page.goto('/#/runs');
  const list = page.getByRole('region', { name: 'Recent runs' });
  await list.getByRole('combobox', { name: 'Kind' }).selectOption('workflow_run');
  await list.getByRole('textbox', { name: 'Entity id' }).fill('customer-onboarding-workflow');
  await list.getByRole('combobox', { name: 'Status' }).selectOption('success');
  const runs = list.locator('[data-slot="paddock-run-list-item"]');
  await expect(runs.first()).toBeVisible();
  await expect(runs.filter({ hasNotText: 'customer-onboarding-workflow' })).toHaveCount(0);
  await runs.first().click();
  await expect(page).toHaveURL(/#\/runs\?trace=[0-9a-f]+/);

  const step = spanRow(page, "workflow step: 'provision-workspace'");
  await expect(step).toBeVisible();
  await expect(step.getByText('2 attempts')).toBeVisible();
  await expect(spanRow(page, 'provisioning attempt 1').getByText('attempt 1 of 2')).toBeVisible();
  await expect(spanRow(page, 'provisioning attempt 1')).toHaveAttribute('data-status', 'error');
  await step.click();
  const attempts = detail(page).locator('[data-slot="paddock-trace-attempt"]');
  await expect(attempts).toHaveCount(2);
  await expect(attempts.nth(0)).toHaveAttribute('data-status', 'error');
  await expect(attempts.nth(0)).toContainText('Provisioning API timed out');
  await expect(attempts.nth(0)).toContainText('first try');
  await expect(attempts.nth(1)).toHaveAttribute('data-status', 'success');
  await expect(attempts.nth(1)).toContainText(/retried after \d+ ms/);

  // The approval step suspended the run (a human approved it later).
  const approval = spanRow(page, "workflow step: 'request-approval'").first();
  await expect(approval.getByText('Suspended')).toBeVisible();

  // Next error jumps to the failed attempt.
  await page.getByRole('button', { name: 'Next error' }).click();
  await expect(spanRow(page, 'provisioning attempt 1')).toHaveAttribute('aria-selected', 'true');
  await detail(page).getByRole('tab', { name: 'Error' }).click();
  await expect(detail(page)).toContainText('Provisioning API timed out');

  // Search filters to the match and its ancestors.
  await page.getByRole('searchbox', { name: 'Search spans' }).fill('enrich');
  await expect(tree(page).getByRole('treeitem')).toHaveCount(3);
  await expect(spanRow(page, "workflow step: 'enrich-crm-profile'")).toHaveAttribute('data-match', '');
  expect(await axeViolations(page, 'main')).toEqual([]);
});
