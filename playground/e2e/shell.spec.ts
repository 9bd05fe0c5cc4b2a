import type { Page } from '@playwright/test';
import { test, expect, loginAs, axeViolations } from './fixtures';

test('the console reaches the real Mastra server and shows the signed-in role', async ({ page }) => {
  await loginAs(page, 'reviewer');
  await page.goto('/');
  await expect(page.getByTestId('backend-status')).toHaveText('online');
  await expect(page.getByTestId('user-roles')).toHaveText('reviewer');
  await expect(page.getByTestId('role-can')).toContainText('Reviewer');
  expect(await axeViolations(page)).toEqual([]);
});

test('switching person changes what the server says about the user and what the role may do', async ({
  page,
}) => {
  await loginAs(page, 'viewer');
  await page.goto('/');
  await expect(page.getByTestId('user-roles')).toHaveText('viewer');
  await expect(page.getByTestId('role-can')).toContainText('changes nothing');
  const switcher = page.getByLabel('Signed in as');
  await expect(switcher.locator('option')).toHaveText([
    'Olivia Owner (Owner)',
    'Adam Admin (Admin)',
    'Bea Builder (Agent builder)',
    'Remi Reviewer (Reviewer)',
    'Vic Viewer (Viewer)',
  ]);
  await switcher.selectOption('builder');
  await expect(page.getByTestId('user-roles')).toHaveText('builder');
  await expect(page.getByTestId('role-can')).toContainText('cannot publish');
});

test('an unknown route shows a not-found page with the way back', async ({ page }) => {
  await loginAs(page, 'builder');
  await page.goto('/#/no-such-page');
  await expect(page.getByRole('heading', { name: 'Page not found', level: 1 })).toBeVisible();
  await expect(page.getByText('/no-such-page')).toBeVisible();
  await page.getByRole('link', { name: 'Go to the overview' }).click();
  await expect(page.getByTestId('backend-status')).toHaveText('online');
});

/** The kit's text colour and primary token, and the host header's background, as the browser resolves them. */
async function paintedColours(page: Page) {
  return page.evaluate(() => {
    const kit = document.querySelector('[data-paddock-root]');
    const header = document.querySelector('.console-header');
    return {
      kit: kit ? getComputedStyle(kit).color : null,
      kitPrimary: kit ? getComputedStyle(kit).getPropertyValue('--paddock-primary').trim() : null,
      host: header ? getComputedStyle(header).backgroundColor : null,
    };
  });
}

test('the theme switch drives the host and the kit together, and ignores a dark OS', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await loginAs(page, 'builder');
  // First visit only: the console would otherwise follow the dark OS until the user picks a theme.
  await page.addInitScript(() => {
    if (!window.localStorage.getItem('acme-console-theme'))
      window.localStorage.setItem('acme-console-theme', 'light');
  });
  await page.goto('/#/catalog');
  const picker = page.getByRole('region', { name: 'Primitive catalog' });
  await expect(picker.getByRole('option').first()).toBeVisible();
  const theme = page.getByLabel('Theme');

  // A light console stays light inside, even on a dark OS.
  await expect(page.locator('[data-paddock-root]').first()).toHaveAttribute('data-theme', 'light');
  const light = await paintedColours(page);

  await theme.selectOption('dark');
  await expect(page.locator('[data-paddock-root]').first()).toHaveAttribute('data-theme', 'dark');
  const dark = await paintedColours(page);
  expect(dark.kit).not.toBe(light.kit);
  expect(dark.host).not.toBe(light.host);
  expect(await axeViolations(page)).toEqual([]);

  // The brand theme hands the host's colours to the kit as tokens.
  await theme.selectOption('acme');
  const acme = await paintedColours(page);
  expect(acme.kitPrimary).toBe('#0f5c4d');
  expect(acme.host).not.toBe(light.host);
  expect(await axeViolations(page)).toEqual([]);

  // The choice survives a reload.
  await page.reload();
  await expect(page.getByLabel('Theme')).toHaveValue('acme');
});

test('Paddock markers outline each embedded component and can be turned off', async ({ page }) => {
  await loginAs(page, 'builder');
  await page.goto('/#/catalog');
  const marker = page.locator('[data-embedded="PrimitivePicker"] .embedded-label');
  await expect(marker).toHaveText('Paddock · PrimitivePicker');
  await expect(marker).toBeVisible();
  await page.getByLabel('Show Paddock markers').uncheck();
  await expect(marker).toBeHidden();

  // Every page shows the code that embeds the kit: the page's real source.
  await page.getByText('How this page embeds the kit').click();
  await expect(page.getByLabel('Source of this page')).toContainText('<PrimitivePicker');
});
