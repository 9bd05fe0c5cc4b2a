import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const conditions = ['@paddock/source', 'module', 'node', 'production'];

/** The Node side of the SDK comparison: the Paddock SDK bundled from source, production, minified. */
export default defineConfig({
  mode: 'production',
  logLevel: 'warn',
  resolve: { conditions },
  ssr: { noExternal: [/^@paddock\//], resolve: { conditions, externalConditions: ['node'] } },
  build: {
    ssr: fileURLToPath(new URL('./node/sdk-bench.ts', import.meta.url)),
    outDir: fileURLToPath(new URL('../.paddock-tmp/bench/node/', import.meta.url)),
    emptyOutDir: true,
    minify: true,
    target: 'node22',
    rolldownOptions: { output: { entryFileNames: 'sdk-bench.mjs' } },
  },
});
