import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { splitControlWords } from '../../scripts/split-words';
import { test, expect, loginAs, axeViolations } from './fixtures';

// Every console page in light and dark, as a builder sees it, written to .paddock-tmp/screenshots for people to
// look at (the README shows the best ones from docs/screenshots). Pages come from the console's own navigation,
// so a new page is photographed without touching this file. Each must also be axe-clean in both themes, with
// no kit control label broken mid-word.
const outDir = join(import.meta.dirname, '..', '..', '.paddock-tmp', 'screenshots');

for (const theme of ['light', 'dark'] as const) {
  test(`every page renders in the ${theme} theme without accessibility violations`, async ({ page }) => {
    mkdirSync(outDir, { recursive: true });
    await loginAs(page, 'builder');
    await page.addInitScript((t) => window.localStorage.setItem('acme-console-theme', t), theme);
    await page.setViewportSize({ width: 1280, height: 860 });
    await page.goto('/');
    const links = page.getByRole('navigation', { name: 'Console' }).getByRole('link');
    const pages = await links.evaluateAll((anchors) =>
      anchors.map((a) => ({ href: a.getAttribute('href') ?? '', label: a.textContent ?? '' })),
    );
    expect(pages.length).toBeGreaterThan(2);
    for (const { href, label } of pages) {
      await page.goto(`/${href}`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      // Settled: no kit part is still loading.
      await expect(page.locator('[data-state="loading"]')).toHaveCount(0, { timeout: 15_000 });
      const name = label.toLowerCase().replace(/[^a-z0-9]+/g, '-');
      await page.screenshot({ path: join(outDir, `${name}-${theme}.png`), fullPage: true });
      expect(await axeViolations(page), `${label} (${theme})`).toEqual([]);
      // No control label squeezed into broken words ("Previou / s page"), as Storybook checks every story.
      expect(await page.evaluate(splitControlWords), `${label} (${theme})`).toEqual([]);
    }
  });
}
