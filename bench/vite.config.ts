import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const pages = fileURLToPath(new URL('./pages/', import.meta.url));

/**
 * The bench pages, built the way a host ships the kit: production mode, minified. The kit comes from its
 * public entry, resolved to source through the `@paddock/source` condition (as the playground does).
 */
export default defineConfig({
  root: pages,
  base: './',
  mode: 'production',
  logLevel: 'warn',
  plugins: [react()],
  resolve: { conditions: ['@paddock/source', 'module', 'browser', 'production'] },
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    outDir: fileURLToPath(new URL('../.paddock-tmp/bench/pages/', import.meta.url)),
    emptyOutDir: true,
    // BENCH_MINIFY=0 keeps names, for reading a profile (figures of record are minified).
    minify: process.env.BENCH_MINIFY !== '0',
    sourcemap: false,
    chunkSizeWarningLimit: 4000,
    rolldownOptions: {
      input: {
        picker: `${pages}picker.html`,
        composer: `${pages}composer.html`,
        trace: `${pages}trace.html`,
      },
    },
  },
});
