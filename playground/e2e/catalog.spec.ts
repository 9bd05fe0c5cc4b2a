import type { Locator } from '@playwright/test';
import { DEMO_ALLOWED, DEMO_AGENT_IDS, DEMO_TOOL_IDS, DEMO_WORKFLOW_IDS } from '@paddock/playground-server';
import { test, expect, loginAs, axeViolations } from './fixtures';

interface Row {
  key: string;
  disabled: boolean;
  selected: boolean;
  risk: string;
  approval: string | null;
  reason: string | null;
}

/** The list is virtualized: scroll it end to end and collect every option that was rendered on the way. */
async function collectRows(list: Locator): Promise<Map<string, Row>> {
  const rows = new Map<string, Row>();
  for (let step = 0; step < 100; step++) {
    const visible = await list.locator('[role="option"]').evaluateAll((els) =>
      els.map((el) => ({
        key: el.getAttribute('data-key') ?? '',
        disabled: el.getAttribute('aria-disabled') === 'true',
        selected: el.getAttribute('aria-selected') === 'true',
        risk: el.querySelector('[data-slot="paddock-picker-item-risk"]')?.textContent ?? '',
        approval: el.querySelector('[data-slot="paddock-picker-item-approval"]')?.textContent ?? null,
        reason: el.querySelector('[data-slot="paddock-picker-item-unavailable-reason"]')?.textContent ?? null,
      })),
    );
    for (const row of visible) rows.set(row.key, row);
    const atEnd = await list.evaluate(async (el) => {
      const end = el.scrollTop + el.clientHeight >= el.scrollHeight - 1;
      el.scrollTop += el.clientHeight * 0.75;
      // Two frames: the virtualizer renders the new range after the scroll event.
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      return end;
    });
    if (atEnd) break;
  }
  return rows;
}

const allowedKeys = [
  ...DEMO_ALLOWED.tools.map((id) => `tool:${id}`),
  ...DEMO_ALLOWED.agents.map((id) => `agent:${id}`),
  ...DEMO_ALLOWED.workflows.map((id) => `workflow:${id}`),
];
const notAllowedKeys = [
  `tool:${DEMO_TOOL_IDS.pricingApproval}`,
  `agent:${DEMO_AGENT_IDS.financeOps}`,
  `workflow:${DEMO_WORKFLOW_IDS.pricingReview}`,
];

test('a builder sees exactly the allow-listed primitives with their risk labels and cannot pick the others', async ({
  page,
  consoleErrors,
}) => {
  await loginAs(page, 'builder');
  await page.goto('/#/catalog');
  const picker = page.getByRole('region', { name: 'Primitive catalog' });
  const list = picker.getByRole('listbox', { name: 'Primitives' });
  await expect(list.locator('[role="option"]').first()).toBeVisible();

  const rows = await collectRows(list);
  const available = [...rows.values()].filter((r) => !r.disabled && !r.key.startsWith('model:'));
  expect(available.map((r) => r.key).sort()).toEqual([...allowedKeys].sort());
  // Models come through the model policy: only the mock provider's models are pickable.
  const models = [...rows.values()].filter((r) => r.key.startsWith('model:'));
  expect(
    models
      .filter((r) => !r.disabled)
      .map((r) => r.key)
      .sort(),
  ).toEqual(['model:mock/deterministic-v1', 'model:mock/deterministic-v2']);

  expect(rows.get(`tool:${DEMO_TOOL_IDS.crmLookup}`)?.risk).toBe('Low risk');
  expect(rows.get(`tool:${DEMO_TOOL_IDS.slackNotify}`)?.risk).toBe('Medium risk');
  expect(rows.get(`tool:${DEMO_TOOL_IDS.refundIssue}`)).toMatchObject({
    risk: 'High risk',
    approval: 'Requires approval',
  });

  // Unavailable items are shown (showUnavailable) greyed with the reason, and stay unselected.
  for (const key of notAllowedKeys) {
    expect(rows.get(key), key).toMatchObject({
      disabled: true,
      selected: false,
      reason: 'Not on the allow-list',
    });
  }

  // Trying to pick one (search narrows the list so it is on screen) changes nothing.
  await picker.getByRole('searchbox').fill('pricing-approval');
  const pricing = list.locator(`[data-key="tool:${DEMO_TOOL_IDS.pricingApproval}"]`);
  await pricing.click({ force: true });
  await pricing.press(' ');
  await expect(pricing).toHaveAttribute('aria-selected', 'false');
  await expect(picker.getByText('Nothing selected')).toBeVisible();

  // An allowed one can be picked and confirmed.
  await picker.getByRole('searchbox').fill('refund');
  const refund = list.locator(`[data-key="tool:${DEMO_TOOL_IDS.refundIssue}"]`);
  await refund.click();
  await expect(refund).toHaveAttribute('aria-selected', 'true');
  expect(await axeViolations(page)).toEqual([]);

  // "Start an agent with these" opens the composer on a new agent with the choice already bound.
  await picker.getByRole('button', { name: 'Start an agent with these' }).click();
  await expect(page).toHaveURL(/#\/agents\?with=tool%3Arefund-issue-tool$/);
  await expect(page.getByTestId('selected-agent')).toHaveText('new agent');
  const bound = page.getByRole('list', { name: 'Bound tools' });
  await expect(bound.locator(`[data-id="${DEMO_TOOL_IDS.refundIssue}"]`)).toBeVisible();
  await expect(bound.locator('[data-slot="paddock-composer-binding"]')).toHaveCount(1);
  expect(consoleErrors).toEqual([]);
});

test('a viewer can browse the catalog but the confirm action is disabled with the reason', async ({
  page,
}) => {
  await loginAs(page, 'viewer');
  await page.goto('/#/catalog');
  const picker = page.getByRole('region', { name: 'Primitive catalog' });
  await expect(picker.getByRole('option').first()).toBeVisible();
  const confirm = picker.getByRole('button', { name: 'Start an agent with these' });
  await expect(confirm).toHaveAttribute('aria-disabled', 'true');
  await expect(picker.getByText('Requires the "stored-agents:write" permission.')).toBeVisible();
});
