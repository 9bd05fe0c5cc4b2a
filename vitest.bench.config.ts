import { defineConfig } from 'vitest/config';

// `pnpm bench`: speed goals live here, never in timed tests. Node environment, workspace sources.
const conditions = ['@paddock/source', 'module', 'node', 'development|production'];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions } },
  test: {
    name: 'bench',
    environment: 'node',
    benchmark: { include: ['packages/*/src/**/*.bench.ts'] },
  },
});
