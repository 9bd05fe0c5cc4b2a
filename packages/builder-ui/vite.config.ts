import { defineConfig } from 'vite';
import pkg from './package.json' with { type: 'json' };

// Every dependency and peer stays external (the host's bundler dedupes React, TanStack and Radix), matched with
// subpaths such as `react/jsx-runtime`.
const externals = [...Object.keys(pkg.dependencies), ...Object.keys(pkg.peerDependencies)];
const external = (id: string) => externals.some((name) => id === name || id.startsWith(`${name}/`));

// Library build: one ES module. `tsc -p tsconfig.build.json` runs first and writes the declarations into dist/,
// so Vite must not empty the folder. The stylesheet ships inside the JS (injected by the kit root), so there is
// no CSS output.
export default defineConfig({
  build: {
    lib: { entry: 'src/index.ts', formats: ['es'], fileName: 'index' },
    outDir: 'dist',
    emptyOutDir: false,
    sourcemap: true,
    minify: false,
    target: 'es2022',
    rollupOptions: {
      external,
      // The entry's "use client" is kept at the top of the single output chunk (test:build checks it), so the
      // bundler's generic "may not be preserved" notice is noise here. Any other directive still warns.
      onLog(level, log, handler) {
        if (
          log.code === 'MODULE_LEVEL_DIRECTIVE' &&
          log.message.includes('"use client"') &&
          log.id?.endsWith('src/index.ts')
        )
          return;
        handler(level, log);
      },
    },
  },
});
