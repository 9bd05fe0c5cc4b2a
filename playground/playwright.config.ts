import { defineConfig } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const SERVER_PORT = Number(process.env.PADDOCK_E2E_SERVER_PORT ?? 4111);
const APP_PORT = Number(process.env.PADDOCK_E2E_APP_PORT ?? 4173);

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
    baseURL: `http://127.0.0.1:${APP_PORT}`,
    browserName: 'chromium',
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
  },
  webServer: [
    {
      // The real Mastra server, offline, on a fresh seeded database.
      command: `pnpm --filter @paddock/playground-server run build && node playground/server/dist/main.js --reset`,
      cwd: root,
      url: `http://127.0.0.1:${SERVER_PORT}/health`,
      env: {
        PORT: String(SERVER_PORT),
        DATA_DIR: `${root}.paddock-tmp/e2e-data-${SERVER_PORT}`,
        PADDOCK_CORS_ORIGINS: `http://127.0.0.1:${APP_PORT}`,
      },
      reuseExistingServer: !process.env.CI,
      timeout: 90_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: `pnpm --filter @paddock/playground run build && pnpm --filter @paddock/playground run preview --port ${APP_PORT}`,
      cwd: root,
      url: `http://127.0.0.1:${APP_PORT}`,
      env: { VITE_PADDOCK_SERVER_URL: `http://127.0.0.1:${SERVER_PORT}` },
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
  ],
});
