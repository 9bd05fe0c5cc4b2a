import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export type Role = 'owner' | 'admin' | 'builder' | 'reviewer' | 'viewer';

/** Signs the page in as `role` (the playground maps a role to a demo token) before any script runs. */
export async function loginAs(page: Page, role: Role) {
  await page.addInitScript((r) => window.localStorage.setItem('acme-console-role', r), role);
}

/** Runs axe on the page (or a part of it) and returns the violations, for `expect(...).toEqual([])`. */
export async function axeViolations(page: Page, include?: string) {
  const builder = new AxeBuilder({ page });
  if (include) builder.include(include);
  const results = await builder.analyze();
  return results.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) }));
}

// The browser logs every failed request (a 403 the UI handles, a request made while offline) as a console
// error; those are expected. Anything else (a React warning, an uncaught exception) fails the test.
const NETWORK_NOISE = /^Failed to load resource|net::ERR_/;

export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, provide) => {
      const errors: string[] = [];
      page.on('console', (msg) => {
        if (msg.type() === 'error' && !NETWORK_NOISE.test(msg.text())) errors.push(msg.text());
      });
      page.on('pageerror', (err) => errors.push(err.message));
      await provide(errors);
      expect(errors, 'the page logged errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
