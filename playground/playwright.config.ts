import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.ts';

export default defineConfig({
  testDir: './e2e',
  // One real Mastra server is shared by the specs; on two cores, running them one at a time is also fastest.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : [['list']],
  use: {
    // Set by the global setup (a free port); workers load this config after it ran.
    baseURL: process.env.PADDOCK_E2E_APP_URL,
    browserName: 'chromium',
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
  },
  // No webServer: the global setup starts a fresh server and app on free ports (never a running `pnpm dev`).
  globalSetup: './e2e-global-setup.ts',
});
