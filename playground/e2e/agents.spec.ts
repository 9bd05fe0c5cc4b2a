import type { APIRequestContext, Page } from '@playwright/test';
import { test, expect, loginAs, axeViolations } from './fixtures';

const API = `http://127.0.0.1:${process.env.PADDOCK_E2E_SERVER_PORT ?? 4111}/api`;

/** The server's view of the agent's latest draft, read as the builder through the API (a second client). */
async function serverDraft(request: APIRequestContext, agentId: string) {
  const response = await request.get(`${API}/stored/agents/${agentId}?status=draft`, {
    headers: { Authorization: 'Bearer builder-token' },
  });
  expect(response.ok()).toBe(true);
  return (await response.json()) as Record<string, unknown> & { metadata?: Record<string, unknown> };
}

const saveStatus = (page: Page) => page.locator('[data-slot="paddock-composer-save-status"]');

async function openAgentsPage(page: Page) {
  await page.goto('/#/agents');
  await expect(page.getByRole('heading', { name: 'Agents', level: 1 })).toBeVisible();
}

/** Creates an agent from allow-listed primitives through the UI and returns its id. */
async function createAgent(page: Page, name: string) {
  await openAgentsPage(page);
  await page.getByRole('button', { name: 'New agent' }).click();
  const nameField = page.getByRole('textbox', { name: 'Name' });
  await expect(nameField).toBeEditable();
  await nameField.fill(name);
  await page
    .getByRole('textbox', { name: 'Instructions' })
    .fill('You help the renewals team. Look customers up in the CRM.');
  await page.getByRole('button', { name: 'Add tools' }).click();
  await page.getByRole('searchbox').fill('crm');
  await page.getByRole('option', { name: /crm-lookup-tool/ }).click();
  const bound = page.getByRole('list', { name: 'Bound tools' });
  await expect(bound.locator('[data-id="crm-lookup-tool"]')).toBeVisible();
  await expect(saveStatus(page)).toHaveText('Draft saved');
  const agentId = (await page.getByTestId('selected-agent').textContent())!;
  expect(agentId).not.toBe('new agent');
  return agentId;
}

test('a builder composes an agent from allow-listed primitives, saves it as a draft and tests it', async ({
  page,
  request,
  consoleErrors,
}) => {
  await loginAs(page, 'builder');
  const agentId = await createAgent(page, `Renewal helper ${Date.now()}`);

  // Outside the allow-list: offered greyed out with the reason, never bindable.
  await page.getByRole('searchbox').fill('pricing');
  const pricing = page.getByRole('option', { name: /pricing-approval-tool/ });
  await expect(pricing).toHaveAttribute('aria-disabled', 'true');
  await expect(pricing.getByText('Not on the allow-list')).toBeVisible();

  // Saved as a draft: the server has it, not published.
  const stored = await serverDraft(request, agentId);
  expect(stored).toMatchObject({ status: 'draft', tools: { 'crm-lookup-tool': {} } });
  expect(stored['activeVersionId'] ?? null).toBeNull();

  // The test panel runs the draft version; the deterministic model calls the CRM tool.
  const input = page.getByRole('textbox', { name: 'Message to the draft' });
  await expect(input).toBeEnabled();
  await input.fill('Look up customer C-1001');
  await input.press('Enter');
  const transcript = page.getByRole('list', { name: 'Test conversation' });
  const run = transcript.locator('[data-slot="paddock-composer-test-run"]').last();
  await expect(run).toHaveAttribute('data-state', 'done', { timeout: 20_000 });
  await expect(run.getByText('Tool call: crm-lookup-tool')).toBeVisible();
  await expect(run.locator('[data-slot="paddock-composer-test-tool-args"]')).toContainText(
    '"customerId": "C-1001"',
  );
  await expect(run.locator('[data-slot="paddock-composer-test-tool-result"]')).toContainText('Ada Lovelace');
  await expect(run.locator('[data-slot="paddock-composer-test-trace-id"]')).toHaveText(/^[0-9a-f]{32}$/);
  expect(await axeViolations(page, '[data-slot="paddock-composer"]')).toEqual([]);
  expect(consoleErrors).toEqual([]);
});

test('nothing is lost: a reload mid-edit and an offline spell keep every keystroke', async ({
  page,
  context,
  request,
}) => {
  await loginAs(page, 'builder');
  const agentId = await createAgent(page, `Durable helper ${Date.now()}`);

  // Reload before the autosave debounce can fire: the local copy has every keystroke.
  const instructions = page.getByRole('textbox', { name: 'Instructions' });
  await instructions.click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Always mention the renewal date.');
  await page.reload();
  const expected =
    'You help the renewals team. Look customers up in the CRM. Always mention the renewal date.';
  await expect(page.getByRole('textbox', { name: 'Instructions' })).toHaveValue(expected);
  await expect(saveStatus(page)).toHaveText('Draft saved');
  expect((await serverDraft(request, agentId))['instructions']).toBe(expected);

  // Offline: the edit is kept and queued, then saved when the connection returns.
  await context.setOffline(true);
  const description = page.getByRole('textbox', { name: 'Description' });
  await description.fill('Drafted on a train');
  await expect(saveStatus(page)).toHaveText(/Offline/);
  await context.setOffline(false);
  await expect(saveStatus(page)).toHaveText('Draft saved');
  expect((await serverDraft(request, agentId))['description']).toBe('Drafted on a train');
});

test('a concurrent edit from a second client is detected and resolved without overwriting', async ({
  page,
  browser,
  request,
}) => {
  await loginAs(page, 'builder');
  const name = `Shared helper ${Date.now()}`;
  const agentId = await createAgent(page, name);

  // A second client (another browser session of the same builder) renames the agent.
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await loginAs(otherPage, 'builder');
  await openAgentsPage(otherPage);
  await otherPage.locator(`[data-agent-id="${agentId}"]`).click();
  const otherName = otherPage.getByRole('textbox', { name: 'Name' });
  await expect(otherName).toHaveValue(name);
  await expect(otherName).toBeEditable();
  await otherName.fill(`${name} (renamed)`);
  await expect(saveStatus(otherPage)).toHaveText('Draft saved');
  await other.close();

  // The first client edits another field: the save finds the newer version and asks.
  await page.getByRole('textbox', { name: 'Team' }).fill('Renewals');
  const dialog = page.getByRole('alertdialog', { name: 'This agent changed while you were editing' });
  await expect(dialog).toBeVisible();
  await expect(saveStatus(page)).toHaveText(/Someone else changed this agent/);
  const nameRow = dialog.locator('[data-field="name"]');
  await expect(nameRow.getByText('Changed by them')).toBeVisible();
  await expect(nameRow.locator('[data-slot="paddock-composer-conflict-theirs"]')).toHaveText(
    `${name} (renamed)`,
  );
  await expect(dialog.locator('[data-field="team"] [data-slot="paddock-composer-conflict-mine"]')).toHaveText(
    'Renewals',
  );
  // Nothing was written while the conflict is open.
  expect((await serverDraft(request, agentId)).metadata?.['team'] ?? '').toBe('');
  expect(await axeViolations(page, '[data-slot="paddock-composer-conflict"]')).toEqual([]);

  await dialog.getByRole('button', { name: 'Apply and save' }).click();
  await expect(dialog).toBeHidden();
  await expect(saveStatus(page)).toHaveText('Draft saved');
  await expect(page.getByRole('textbox', { name: 'Name' })).toHaveValue(`${name} (renamed)`);
  const merged = await serverDraft(request, agentId);
  expect(merged['name']).toBe(`${name} (renamed)`);
  expect(merged.metadata?.['team']).toBe('Renewals');
});
