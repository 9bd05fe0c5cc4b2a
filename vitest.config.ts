import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.ts';

// Workspace packages are consumed from source through this export condition, so no test needs a build.
const conditions = ['@paddock/source', 'module', 'browser', 'development|production'];
const nodeConditions = ['@paddock/source', 'module', 'node', 'development|production'];

export default defineConfig({
  test: {
    projects: [
      {
        resolve: { conditions: nodeConditions },
        ssr: { resolve: { conditions: nodeConditions } },
        test: {
          name: 'sdk',
          environment: 'node',
          // Plus the kit's *.node.test.ts: proof that importing it outside a browser touches no DOM.
          include: [
            'packages/client-sdk/src/**/*.test.ts',
            'packages/builder-ui/src/**/*.node.test.ts',
            'stories/fixtures/*.test.ts',
          ],
          exclude: ['**/*.integration.test.ts'],
        },
      },
      {
        plugins: [react()],
        resolve: { conditions },
        test: {
          name: 'ui',
          environment: 'jsdom',
          include: ['packages/builder-ui/src/**/*.test.ts'],
          exclude: ['**/*.integration.test.ts', '**/*.node.test.ts'],
          setupFiles: ['packages/builder-ui/test/setup-jsdom.ts'],
        },
      },
      {
        plugins: [react()],
        resolve: { conditions },
        optimizeDeps: {
          include: [
            'react',
            'react-dom',
            'react-dom/client',
            'react/jsx-dev-runtime',
            'react/jsx-runtime',
            // Lazily imported by the workflow graph / schedule editor: pre-bundled so Vite never reloads mid-run.
            '@paddock/builder-ui > @xyflow/react',
            '@paddock/builder-ui > @dagrejs/dagre',
            '@paddock/builder-ui > croner',
            '@paddock/builder-ui > cronstrue',
          ],
        },
        test: {
          name: 'ui-browser',
          include: ['packages/builder-ui/src/**/*.test.tsx'],
          setupFiles: ['packages/builder-ui/test/setup-browser.ts'],
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({ launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS } }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
      {
        resolve: { conditions: nodeConditions },
        ssr: { resolve: { conditions: nodeConditions } },
        test: {
          name: 'integration',
          environment: 'node',
          include: ['packages/*/src/**/*.integration.test.ts', 'playground/server/**/*.integration.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // Each file starts its own real Mastra server; two cores cannot run many at once.
          maxWorkers: 1,
          fileParallelism: false,
        },
      },
      'stories/vitest.config.ts',
    ],
  },
});
