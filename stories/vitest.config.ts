import { defineProject } from 'vitest/config';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.ts';

// Every story is a test: it renders in real Chromium, its play function runs, and axe must find nothing.
export default defineProject({
  plugins: [storybookTest({ configDir: fileURLToPath(new URL('./.storybook', import.meta.url)) })],
  resolve: { conditions: ['@paddock/source', 'module', 'browser', 'development|production'] },
  // Pre-bundle up front: a dependency discovered mid-run makes Vite reload the page and fail every story on a
  // fresh machine.
  optimizeDeps: {
    include: [
      'react',
      'react-dom',
      'react-dom/client',
      'react/jsx-runtime',
      'react/jsx-dev-runtime',
      '@tanstack/react-query',
      // The kit's own dependencies, resolved from the kit: the stories package does not depend on them itself.
      '@paddock/builder-ui > @radix-ui/react-dialog',
      '@paddock/builder-ui > @tanstack/react-virtual',
      '@paddock/client-sdk > zod',
      '@paddock/client-sdk > zod/mini',
      '@paddock/builder-ui > croner',
      '@paddock/builder-ui > cronstrue',
      '@paddock/builder-ui > @xyflow/react',
      '@paddock/builder-ui > @dagrejs/dagre',
    ],
  },
  test: {
    name: 'storybook',
    browser: {
      enabled: true,
      headless: true,
      provider: playwright({ launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS } }),
      instances: [{ browser: 'chromium' }],
    },
  },
});
