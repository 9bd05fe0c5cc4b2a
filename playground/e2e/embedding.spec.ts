import type { Page } from '@playwright/test';
import { test, expect, loginAs } from './fixtures';

// Proofs that the kit embeds in a real host console without changing it, and keeps working inside it.

/** Computed styles of the console's own elements, the ones a stray kit rule would most likely touch. */
async function hostStyles(page: Page) {
  return page.evaluate(() => {
    const props = [
      'font-family',
      'font-size',
      'color',
      'background-color',
      'margin',
      'padding',
      'box-sizing',
      'line-height',
      'border',
      'display',
    ];
    const pick = (selector: string) => {
      const element = document.querySelector(selector);
      if (!element) return null;
      const style = getComputedStyle(element);
      return Object.fromEntries(props.map((p) => [p, style.getPropertyValue(p)]));
    };
    return {
      body: pick('body'),
      header: pick('.console-header'),
      brand: pick('.console-brand'),
      nav: pick('.console-nav'),
      navLink: pick('.console-nav a'),
      select: pick('.console-header select'),
      checkbox: pick('.console-header input[type="checkbox"]'),
      help: pick('.console-help'),
      heading: pick('.console-page h1'),
    };
  });
}

test("the host's own styles are the same with and without the kit on the page", async ({ page }) => {
  await loginAs(page, 'builder');
  await page.setViewportSize({ width: 1280, height: 800 });
  // The not-found page renders no kit component, and no kit stylesheet is in the document.
  await page.goto('/#/no-kit-here');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  expect(await page.locator('[data-paddock-root]').count()).toBe(0);
  const without = await hostStyles(page);

  for (const path of ['/#/catalog', '/#/agents']) {
    await page.goto(path);
    await expect(page.locator('[data-paddock-root]').first()).toBeVisible();
    const withKit = await hostStyles(page);
    expect(withKit, path).toEqual(without);
  }

  // Every rule the kit put into the document is scoped under its root.
  const { kitSheets, unscoped } = await page.evaluate(() => {
    const rules: string[] = [];
    let sheets = 0;
    for (const sheet of Array.from(document.styleSheets)) {
      const owner = sheet.ownerNode as HTMLElement | null;
      if (!owner || !(owner.dataset['href'] ?? owner.getAttribute('href') ?? '').includes('paddock'))
        continue;
      sheets += 1;
      const walk = (list: CSSRuleList) => {
        for (const rule of Array.from(list)) {
          if (rule instanceof CSSStyleRule && !rule.selectorText.includes('[data-paddock-root]'))
            rules.push(rule.selectorText);
          if ('cssRules' in rule && !(rule instanceof CSSStyleRule)) walk((rule as CSSGroupingRule).cssRules);
        }
      };
      walk(sheet.cssRules);
    }
    return { kitSheets: sheets, unscoped: rules };
  });
  expect(kitSheets).toBeGreaterThan(0);
  expect(unscoped).toEqual([]);
});

const HOSTILE_STYLESHEETS = ['input, select { height: 12px }', 'input { display: none }', '* { all: unset }'];

for (const css of HOSTILE_STYLESHEETS) {
  test(`the composer stays usable under the host rule \`${css}\``, async ({ page }) => {
    await loginAs(page, 'builder');
    await page.goto('/#/agents');
    await page.addStyleTag({ content: css });
    await page.getByRole('button', { name: 'New agent' }).click();
    const name = page.getByRole('textbox', { name: 'Name' });
    await expect(name).toBeVisible();
    await expect(name).toBeEditable();
    const box = await name.boundingBox();
    expect(box?.height ?? 0, 'the name field is tall enough to use').toBeGreaterThanOrEqual(24);
    await name.fill(`Hostile CSS ${Date.now()}`);
    await page.getByRole('textbox', { name: 'Instructions' }).fill('Survive the host.');
    await page.getByRole('button', { name: 'Add tools' }).click();
    const search = page.getByRole('searchbox');
    await expect(search).toBeVisible();
    await search.fill('crm');
    await page.getByRole('option', { name: /crm-lookup-tool/ }).click();
    await expect(
      page.getByRole('list', { name: 'Bound tools' }).locator('[data-id="crm-lookup-tool"]'),
    ).toBeVisible();
    await expect(page.locator('[data-slot="paddock-composer-save-status"]')).toHaveText('Draft saved');
  });
}

test("the kit works beside the host's own Radix dialog and shares the host's QueryClient", async ({
  page,
}) => {
  await loginAs(page, 'builder');
  await page.goto('/#/catalog');
  // The host's Radix dialog opens and closes back to its trigger, with the kit on the page.
  const help = page.getByRole('button', { name: 'Help', exact: true });
  await help.click();
  const hostDialog = page.getByRole('dialog', { name: 'About the Acme Support Console' });
  await expect(hostDialog).toBeVisible();
  expect(await hostDialog.evaluate((el) => !!el.closest('[data-paddock-root]'))).toBe(false);
  await page.keyboard.press('Escape');
  await expect(hostDialog).toBeHidden();
  await expect(help).toBeFocused();

  // The kit's Radix dialog opens in its own themed portal, and the host's still works after it.
  await page.getByRole('button', { name: 'Browse the catalog' }).click();
  const kitDialog = page.getByRole('dialog', { name: 'Add primitives' });
  await expect(kitDialog).toBeVisible();
  expect(await kitDialog.evaluate((el) => !!el.closest('[data-paddock-root]'))).toBe(true);
  await kitDialog.getByRole('searchbox').fill('crm');
  await kitDialog.getByRole('option', { name: /crm-lookup-tool/ }).click();
  await kitDialog.getByRole('button', { name: 'Start an agent with these' }).click();
  await expect(kitDialog).toBeHidden();
  await help.click();
  await expect(hostDialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(hostDialog).toBeHidden();

  // The dialog's choice opened the composer; the kit saves through the host's QueryClient, so the host's own
  // agent list (host code on the SDK) refreshes by itself.
  await expect(page).toHaveURL(/#\/agents\?with=/);
  const agentName = `Shared cache ${Date.now()}`;
  await page.getByRole('textbox', { name: 'Name' }).fill(agentName);
  await page.getByRole('textbox', { name: 'Instructions' }).fill('Share the cache.');
  await expect(page.locator('[data-slot="paddock-composer-save-status"]')).toHaveText('Draft saved');
  await expect(page.getByRole('navigation', { name: 'Stored agents' }).getByText(agentName)).toBeVisible();
});

test('changing the theme tokens changes the colours the kit paints', async ({ page }) => {
  await loginAs(page, 'builder');
  await page.addInitScript(() => {
    if (!window.localStorage.getItem('acme-console-theme'))
      window.localStorage.setItem('acme-console-theme', 'light');
  });
  await page.goto('/#/catalog');
  const picker = page.getByRole('region', { name: 'Primitive catalog' });
  const toolFilter = picker.getByRole('button', { name: 'Tool', exact: true });
  await toolFilter.click();
  await expect(toolFilter).toHaveAttribute('aria-pressed', 'true');
  const paint = () => toolFilter.evaluate((el) => getComputedStyle(el).backgroundColor);
  // Light theme: the kit's default primary (#4338ca).
  expect(await paint()).toBe('rgb(67, 56, 202)');
  // The console's brand theme passes { primary: '#0f5c4d' }: the same control repaints in the host's colour.
  await page.getByLabel('Theme').selectOption('acme');
  await expect.poll(paint).toBe('rgb(15, 92, 77)');
});
