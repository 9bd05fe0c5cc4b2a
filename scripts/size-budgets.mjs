// Size budgets, written as imports. Every `packages/*/size-budgets.json` is an array of rows
//   { "name": "BuilderProvider", "import": "export { BuilderProvider } from '@paddock/builder-ui'",
//     "external": ["react", "react-dom"], "limitBytes": 1800, "esbuildLimitBytes": 2400 }
// Each row's `import` is bundled on its own from the packages' BUILT `dist/` (run `pnpm build` first), the way a
// host's production build would, by two bundlers that split code differently:
// - a Vite (rolldown) app build, fully minified, NODE_ENV=production, checked against `limitBytes`;
// - esbuild with code splitting (`--bundle --minify --splitting`, what the first figures used), checked
//   against `esbuildLimitBytes`. esbuild makes every dynamic `import()` target an entry of its own and loads up
//   front every module that the row's entry reaches through a module in use and that any entry uses, so a lazy
//   part that shares modules with the package's public entries shows here first.
// `external` packages (and their subpaths) are left out, everything else is bundled. The figure is the gzip
// (level 9) size of what a page loads up front: the entry chunk plus the chunks it imports statically. Chunks
// behind a dynamic `import()` (a lazily loaded graph library, say) are reported in their own column (rolldown)
// and not counted against the limits.
//
// Prints a table, writes `.paddock-tmp/size-report.json`, and exits 1 when a row is over either limit.
// Usage: node scripts/size-budgets.mjs [--why] [name filter]
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const tmp = join(root, '.paddock-tmp', 'size');
mkdirSync(tmp, { recursive: true });
const args = process.argv.slice(2);
// `--why` lists each row's largest modules (minified, before gzip): where the bytes come from.
const why = args.includes('--why');
const filter = args.find((arg) => !arg.startsWith('--'));

/** @typedef {{ name: string, import: string, external: string[], limitBytes: number, esbuildLimitBytes: number }} Budget */

/** Workspace packages by name, so `@paddock/x/sub` resolves through x's `exports` to its built file. */
const packages = new Map();
/** @type {{ pkg: string, budget: Budget }[]} */
const rows = [];
for (const dir of readdirSync(join(root, 'packages'))) {
  const pkgDir = join(root, 'packages', dir);
  if (!existsSync(join(pkgDir, 'package.json'))) continue;
  const manifest = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
  packages.set(manifest.name, { dir: pkgDir, manifest });
  const budgetsFile = join(pkgDir, 'size-budgets.json');
  if (!existsSync(budgetsFile)) continue;
  /** @type {Budget[]} */
  const budgets = JSON.parse(readFileSync(budgetsFile, 'utf8'));
  for (const budget of budgets) {
    for (const key of ['name', 'import', 'limitBytes', 'esbuildLimitBytes', 'external']) {
      if (!(key in budget)) throw new Error(`${budgetsFile}: a row has no "${key}"`);
    }
    if (!filter || budget.name.includes(filter)) rows.push({ pkg: manifest.name, budget });
  }
}

/** The built file a workspace import resolves to: the `import` target of its `exports` entry (not the source). */
/** @param {string} id */
function resolveWorkspace(id) {
  for (const [name, { dir, manifest }] of packages) {
    if (id !== name && !id.startsWith(`${name}/`)) continue;
    const subpath = `.${id.slice(name.length)}`;
    const target = manifest.exports?.[subpath];
    const file = typeof target === 'string' ? target : target?.import;
    if (!file) throw new Error(`${id}: ${name} has no "${subpath}" export`);
    const path = join(dir, file);
    if (!existsSync(path)) throw new Error(`${id}: ${path} does not exist; run \`pnpm build\` first`);
    return path;
  }
  return null;
}

/** @param {string | Uint8Array} code */
const gzip = (code) => gzipSync(code, { level: 9 }).length;

/** Bundles one row and returns its up-front and lazy gzip sizes. */
/**
 * @param {string} pkg
 * @param {Budget} budget
 * @param {number} index
 */
async function measure(pkg, budget, index) {
  const importerInPackage = join(packages.get(pkg)?.dir ?? root, 'package.json');
  const entry = join(tmp, `row-${index}.js`);
  writeFileSync(entry, `${budget.import}\n`);
  /** @param {string} id */
  const external = (id) => budget.external.some((name) => id === name || id.startsWith(`${name}/`));
  const result = await build({
    configFile: false,
    root,
    logLevel: 'silent',
    mode: 'production',
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [
      {
        name: 'paddock-workspace-dist',
        enforce: 'pre',
        async resolveId(id, importer) {
          const workspace = resolveWorkspace(id);
          if (workspace) return workspace;
          // The row's own bare imports resolve from its package, as they would in that package's host.
          if (importer === entry && !id.startsWith('.')) {
            return this.resolve(id, importerInPackage, { skipSelf: true });
          }
          return null;
        },
      },
    ],
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      sourcemap: false,
      // An app build, not `build.lib`: Vite's library mode leaves whitespace and module comments in ES output
      // (to keep pure annotations for the next bundler), which a host's own production build would strip.
      rollupOptions: {
        input: entry,
        external,
        // A host's app build has no entry signature to keep (Vite sets `preserveEntrySignatures: false` for
        // apps), so a module the entry shares with a lazy chunk stays in the entry chunk. 'allow-extension' does
        // the same while keeping the row's exports, which stand in for the host code that uses them ('strict'
        // would split such a module into a chunk of its own, zipped apart, so it would count more).
        preserveEntrySignatures: 'allow-extension',
      },
    },
  });
  if (!('output' in result) && !Array.isArray(result)) throw new Error('vite build returned a watcher');
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output);
  const chunks = new Map(outputs.filter((o) => o.type === 'chunk').map((c) => [c.fileName, c]));
  const assets = outputs.filter((o) => o.type === 'asset');
  const entryChunk = [...chunks.values()].find((c) => c.isEntry);
  if (!entryChunk) throw new Error(`${budget.name}: no entry chunk`);
  // Up front: the entry and everything it imports statically, transitively.
  /** @type {Set<string>} */
  const initial = new Set();
  /** @param {string} fileName */
  const visit = (fileName) => {
    if (initial.has(fileName)) return;
    initial.add(fileName);
    for (const dep of chunks.get(fileName)?.imports ?? []) visit(dep);
  };
  visit(entryChunk.fileName);
  if (why) {
    const modules = [...initial].flatMap((f) => Object.entries(chunks.get(f)?.modules ?? {}));
    modules.sort((a, b) => b[1].renderedLength - a[1].renderedLength);
    console.log(`\n${budget.name}: largest modules (rendered bytes)`);
    for (const [id, info] of modules.slice(0, 25)) {
      console.log(
        `  ${String(info.renderedLength).padStart(8)}  ${id.replace(root, '').replace(/.*node_modules\//, '')}`,
      );
    }
  }
  let bytes = 0;
  let minified = 0;
  let lazy = 0;
  for (const [fileName, chunk] of chunks) {
    if (initial.has(fileName)) {
      bytes += gzip(chunk.code);
      minified += Buffer.byteLength(chunk.code);
    } else lazy += gzip(chunk.code);
  }
  // A stylesheet emitted as a file would be loaded up front too (the kit ships CSS inside its JS today).
  for (const asset of assets) bytes += gzip(asset.source);
  return { bytes, minified, lazy, chunks: chunks.size };
}

/**
 * The row bundled by esbuild with code splitting: gzip bytes of the entry and the chunks it imports statically.
 * @param {string} pkg @param {Budget} budget @param {number} index
 */
async function measureEsbuild(pkg, budget, index) {
  const { build: esbuild } = await import('esbuild');
  // In the package's folder, so the row's bare import resolves through the package's own `exports`.
  const entry = join(packages.get(pkg)?.dir ?? root, `.size-row-${index}.js`);
  const outdir = join(tmp, `esbuild-${index}`);
  writeFileSync(entry, `${budget.import}\n`);
  try {
    const result = await esbuild({
      entryPoints: [entry],
      bundle: true,
      minify: true,
      splitting: true,
      format: 'esm',
      target: 'es2022',
      // Metafile paths are relative to this folder, whatever the script's working directory.
      absWorkingDir: root,
      outdir,
      write: false,
      metafile: true,
      logLevel: 'silent',
      define: { 'process.env.NODE_ENV': '"production"' },
      external: budget.external.flatMap((name) => [name, `${name}/*`]),
    });
    const outputs = result.metafile.outputs;
    const files = new Map(result.outputFiles.map((f) => [f.path, f.contents]));
    // Each lazily imported module is an entry point of its own in esbuild's metafile: find the row's.
    const start = Object.keys(outputs).find((name) =>
      outputs[name]?.entryPoint?.endsWith(`.size-row-${index}.js`),
    );
    if (!start) throw new Error(`${budget.name}: esbuild emitted no chunk for the row's entry`);
    /** @type {Set<string>} */
    const initial = new Set();
    /** @param {string} name */
    const visit = (name) => {
      if (initial.has(name) || !outputs[name]) return;
      initial.add(name);
      for (const dep of outputs[name].imports) if (dep.kind === 'import-statement') visit(dep.path);
    };
    visit(start);
    let bytes = 0;
    for (const name of initial) {
      const contents = files.get(join(root, name));
      if (!contents)
        throw new Error(`${budget.name}: esbuild's metafile names ${name}, which it did not emit`);
      bytes += gzip(contents);
    }
    if (why) {
      const inputs = [...initial].flatMap((name) => Object.entries(outputs[name]?.inputs ?? {}));
      inputs.sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput);
      console.log(
        `\n${budget.name}: esbuild, ${initial.size} up-front chunks, largest modules (minified bytes)`,
      );
      for (const [id, info] of inputs.slice(0, 25)) {
        console.log(`  ${String(info.bytesInOutput).padStart(8)}  ${id.replace(/.*node_modules\//, '')}`);
      }
    }
    return bytes;
  } finally {
    rmSync(entry, { force: true });
  }
}

/** @param {number} bytes */
const kB = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;
const report = [];
for (const [index, { pkg, budget }] of rows.entries()) {
  const size = await measure(pkg, budget, index);
  const esbuildBytes = await measureEsbuild(pkg, budget, index);
  report.push({
    package: pkg,
    name: budget.name,
    import: budget.import,
    external: budget.external,
    limitBytes: budget.limitBytes,
    gzipBytes: size.bytes,
    minifiedBytes: size.minified,
    lazyGzipBytes: size.lazy,
    esbuildLimitBytes: budget.esbuildLimitBytes,
    esbuildGzipBytes: esbuildBytes,
    ok: size.bytes <= budget.limitBytes && esbuildBytes <= budget.esbuildLimitBytes,
  });
}

const header = ['package', 'import', 'gzip', 'limit', 'min', 'lazy (gzip)', 'esbuild', 'limit', ''];
const table = report.map((r) => [
  r.package,
  r.name,
  kB(r.gzipBytes),
  kB(r.limitBytes),
  kB(r.minifiedBytes),
  r.lazyGzipBytes ? kB(r.lazyGzipBytes) : '-',
  kB(r.esbuildGzipBytes),
  kB(r.esbuildLimitBytes),
  [
    ...(r.gzipBytes > r.limitBytes ? ['OVER (rolldown)'] : []),
    ...(r.esbuildGzipBytes > r.esbuildLimitBytes ? ['OVER (esbuild)'] : []),
  ].join(', ') || 'ok',
]);
const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i]?.length ?? 0)));
for (const row of [header, ...table])
  console.log(row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  '));

mkdirSync(join(root, '.paddock-tmp'), { recursive: true });
writeFileSync(join(root, '.paddock-tmp', 'size-report.json'), `${JSON.stringify(report, null, 2)}\n`);
const over = report.filter((r) => !r.ok);
if (rows.length === 0) {
  console.error('no size budgets found (packages/*/size-budgets.json)');
  process.exit(1);
}
if (over.length > 0) {
  console.error(
    `\n${over.length} of ${report.length} size budgets exceeded: ${over.map((r) => r.name).join(', ')}`,
  );
  process.exit(1);
}
console.log(
  `\nall ${report.length} size budgets met (gzip level 9; report in .paddock-tmp/size-report.json)`,
);
