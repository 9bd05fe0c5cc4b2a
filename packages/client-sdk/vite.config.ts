import { defineConfig } from 'vite';
import { exportStarEntries } from '../../scripts/export-star-entries.ts';

// Library build: one ES module per source module (so a host's bundler drops what it does not import), zod left
// to the host. `tsc -p tsconfig.build.json` runs first and writes the declarations into dist/, so Vite must
// not empty the folder.
export default defineConfig({
  plugins: [exportStarEntries()],
  build: {
    lib: { entry: { index: 'src/index.ts', schemas: 'src/schemas.ts' }, formats: ['es'] },
    outDir: 'dist',
    emptyOutDir: false,
    sourcemap: true,
    minify: false,
    target: 'es2022',
    rollupOptions: {
      external: [/^zod(\/.*)?$/],
      output: {
        preserveModules: true,
        preserveModulesRoot: 'src',
        entryFileNames: '[name].js',
      },
    },
  },
});
