import { defineConfig } from 'vite';

// Library build: one ES module, zod left to the host. `tsc -p tsconfig.build.json` runs first and writes the
// declarations into dist/, so Vite must not empty the folder.
export default defineConfig({
  build: {
    lib: { entry: 'src/index.ts', formats: ['es'], fileName: 'index' },
    outDir: 'dist',
    emptyOutDir: false,
    sourcemap: true,
    minify: false,
    target: 'es2022',
    rollupOptions: { external: [/^zod(\/.*)?$/] },
  },
});
