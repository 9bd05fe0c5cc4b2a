import { join } from 'node:path';
import { chromium, type Page } from 'playwright';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.ts';
import { serveFolder } from '../lib/static-server.ts';

/**
 * The bench pages as `pnpm bench` last built them (`.paddock-tmp/bench/pages`), served on 127.0.0.1, and a
 * headless Debian Chromium to open them in, each page at the bench's viewport. For the tools in this folder.
 */
export async function openBuiltPages() {
  const root = join(import.meta.dirname, '..', '..');
  const pages = await serveFolder(join(root, '.paddock-tmp', 'bench', 'pages'));
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_ARGS],
  });
  return {
    /** Opens `path` (e.g. `trace.html?n=10000`) in a fresh page. */
    async open(path: string): Promise<Page> {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.goto(`${pages.url}/${path}`);
      return page;
    },
    async close() {
      await browser.close();
      await pages.close();
    },
  };
}
