import { defineConfig, type Plugin } from 'vite';
import pkg from './package.json' with { type: 'json' };
import { exportStarEntries } from '../../scripts/export-star-entries.ts';

// Every dependency and peer stays external (the host's bundler dedupes React, TanStack and Radix), matched with
// subpaths such as `react/jsx-runtime`.
const externals = [...Object.keys(pkg.dependencies), ...Object.keys(pkg.peerDependencies)];
const external = (id: string) => externals.some((name) => id === name || id.startsWith(`${name}/`));

/**
 * The public entries, read from package.json `exports` (the API report and the size budgets read the same map):
 * `./dist/primitives/index.js` is built from the `@paddock/source` file `./src/primitives/index.ts`.
 * `tsc -p tsconfig.build.json` runs first and writes the declarations beside the JavaScript, so Vite must not
 * empty `dist/`.
 */
const entries = Object.fromEntries(
  Object.values(pkg.exports).flatMap((target) =>
    typeof target === 'object' && '@paddock/source' in target
      ? [[target.import.replace(/^\.\/dist\//, '').replace(/\.js$/, ''), target['@paddock/source']]]
      : [],
  ),
);

/**
 * Top-level `Part.displayName = '…'` statements are side effects to every bundler: they keep each part (and all it
 * imports) alive in a host bundle that never renders it. After tree-shaking the library, rewrite them as pure
 * calls: a host's bundler then drops them, and with them any part the host does not use. The names are a
 * development aid (React DevTools); source consumers (tests, stories, the playground) keep them, and bundled
 * hosts see the parts' function names (`PrimitivePickerPrimitiveRoot`) instead.
 */
const pureDisplayNames: Plugin = {
  name: 'paddock-pure-display-names',
  renderChunk(code) {
    const next = code.replace(
      /^([A-Za-z_$][\w$]*)\.displayName = ([^;\n]+);$/gm,
      '/* @__PURE__ */ Object.assign($1, { displayName: $2 });',
    );
    return next === code ? null : { code: next, map: null };
  },
};

// One output file per source module (`preserveModules`): a host's bundler then drops whole files it does not
// import, instead of depending on how well it tree-shakes inside one big module. The stylesheets ship as JS
// strings that each styled component injects for itself; `scripts/write-css.mjs` writes the `styles.css` file
// for hosts that turn injection off.
export default defineConfig({
  plugins: [pureDisplayNames, exportStarEntries()],
  build: {
    lib: { entry: entries, formats: ['es'] },
    outDir: 'dist',
    emptyOutDir: false,
    sourcemap: true,
    minify: false,
    target: 'es2022',
    rollupOptions: {
      external,
      output: {
        preserveModules: true,
        preserveModulesRoot: 'src',
        entryFileNames: '[name].js',
      },
      // Module-level "use client" directives are kept per file with preserveModules (test:build checks the
      // entries), so the bundler's generic "may not be preserved" notice is noise. Any other directive still warns.
      onLog(level, log, handler) {
        if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('"use client"')) return;
        handler(level, log);
      },
    },
  },
});
