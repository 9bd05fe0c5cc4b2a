import { test, expect, loginAs, axeViolations } from './fixtures';

test('the console reaches the real Mastra server and shows the signed-in role', async ({ page }) => {
  await loginAs(page, 'reviewer');
  await page.goto('/');
  await expect(page.getByTestId('backend-status')).toHaveText('online');
  await expect(page.getByTestId('user-roles')).toHaveText('reviewer');
  expect(await axeViolations(page)).toEqual([]);
});

test('switching role changes what the server says about the user', async ({ page }) => {
  await loginAs(page, 'viewer');
  await page.goto('/');
  await expect(page.getByTestId('user-roles')).toHaveText('viewer');
  await page.getByLabel('Signed in as').selectOption('builder');
  await expect(page.getByTestId('user-roles')).toHaveText('builder');
});
