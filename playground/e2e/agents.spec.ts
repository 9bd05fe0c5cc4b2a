import type { APIRequestContext, Page, Route } from '@playwright/test';
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

interface TraceSpan {
  traceId: string;
  spanType: string;
  entityId?: string | null;
}

/** The spans the server stored under `traceId` (none yet while the trace is unknown to it). */
async function serverTraceSpans(request: APIRequestContext, traceId: string): Promise<TraceSpan[]> {
  const response = await request.get(`${API}/observability/traces/${traceId}`, {
    headers: { Authorization: 'Bearer builder-token' },
  });
  if (response.status() === 404) return [];
  expect(response.ok(), `GET /observability/traces/${traceId}: ${response.status()}`).toBe(true);
  return ((await response.json()) as { spans?: TraceSpan[] }).spans ?? [];
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
  // The builder gives every agent memory: each run names the conversation's thread, owned by the user.
  const streamBodies: { memory?: { thread: string; resource: string } }[] = [];
  page.on('request', (sent) => {
    if (sent.method() === 'POST' && new URL(sent.url()).pathname === `/api/agents/${agentId}/stream`) {
      streamBodies.push(sent.postDataJSON() as (typeof streamBodies)[number]);
    }
  });
  await input.fill('Look up customer C-1001');
  await input.press('Enter');
  const transcript = page.getByRole('list', { name: 'Test conversation' });
  const run = transcript.locator('[data-slot="paddock-composer-test-run"]').last();
  await expect(run).toHaveAttribute('data-state', 'done', { timeout: 20_000 });
  expect(streamBodies[0]?.memory).toEqual({ thread: expect.any(String), resource: 'u-builder' });
  expect(stored['memory']).toBeTruthy();
  // The thread holds the conversation on the server, under the user's resource.
  const thread = await request.get(
    `${API}/memory/threads/${streamBodies[0]!.memory!.thread}/messages?agentId=${agentId}`,
    { headers: { Authorization: 'Bearer builder-token' } },
  );
  expect(thread.status()).toBe(200);
  await expect(run.getByText('Tool call: crm-lookup-tool')).toBeVisible();
  await expect(run.locator('[data-slot="paddock-composer-test-tool-args"]')).toContainText(
    '"customerId": "C-1001"',
  );
  await expect(run.locator('[data-slot="paddock-composer-test-tool-result"]')).toContainText('Ada Lovelace');
  const traceId = (await run.locator('[data-slot="paddock-composer-test-trace-id"]').textContent())!.trim();
  expect(traceId).toMatch(/^[0-9a-f]{32}$/);
  // The id is generated by the client, so its format proves nothing: the server must have recorded this run
  // under it, with the agent's run and the CRM tool call among its spans. Spans are written as they end,
  // which can be just after the stream closed, hence the poll.
  await expect
    .poll(async () => {
      const spans = await serverTraceSpans(request, traceId);
      return {
        sameTrace: spans.length > 0 && spans.every((span) => span.traceId === traceId),
        entities: spans.map((span) => span.entityId),
        toolCalls: spans.filter((span) => span.spanType === 'tool_call').map((span) => span.entityId),
      };
    })
    .toEqual({
      sameTrace: true,
      entities: expect.arrayContaining([agentId]),
      toolCalls: expect.arrayContaining(['crm-lookup-tool']),
    });
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

  // Every save of this agent fails as if the network dropped, so the edit can only survive the reload in the
  // browser's local copy: the server never sees it before the reload (checked below), so getting the text
  // back proves the local restore, not a lucky autosave.
  const isSave = (url: URL) => url.pathname === `/api/stored/agents/${agentId}`;
  const blockSaves = (route: Route) =>
    route.request().method() === 'PATCH' ? route.abort('internetdisconnected') : route.fallback();
  await page.route(isSave, blockSaves);
  const instructions = page.getByRole('textbox', { name: 'Instructions' });
  await instructions.click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Always mention the renewal date.');
  await expect(saveStatus(page)).toHaveText(/Offline/);
  const expected =
    'You help the renewals team. Look customers up in the CRM. Always mention the renewal date.';
  expect((await serverDraft(request, agentId))['instructions']).not.toBe(expected);

  // Saves stay blocked across the reload, so the notice cannot be cleared by a save racing the assertion.
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Instructions' })).toHaveValue(expected);
  await expect(page.getByText('Restored your unsaved changes from this device.')).toBeVisible();
  expect((await serverDraft(request, agentId))['instructions']).not.toBe(expected);

  // The server is reachable again: the offline queue's next retry delivers the restored edit.
  await page.unroute(isSave, blockSaves);
  await expect(saveStatus(page)).toHaveText('Draft saved', { timeout: 20_000 });
  expect((await serverDraft(request, agentId))['instructions']).toBe(expected);
  await expect(page.getByText('Restored your unsaved changes from this device.')).toBeHidden();

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
  const dialog = page.getByRole('region', { name: 'This agent changed while you were editing' });
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
