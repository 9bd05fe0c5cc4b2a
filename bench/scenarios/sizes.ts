import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import type { SizeRow, SizesResult } from '../lib/results.ts';

interface Entry {
  /** Folder holding the package.json (peers are read from it). */
  packageDir: string;
  /** Peers kept out of the bundle in addition to the package's own peers (none by default). */
  alsoBundle?: string[];
  label?: string;
}

const METHOD =
  'Vite 8 (rolldown) library build of `export * from "<package>"`, production, minified; the package\'s ' +
  'peerDependencies external, its dependencies bundled; gzip level 9 per chunk. "Initial" = the entry chunk and what it imports statically (what a host loads up front); "all" adds the lazily loaded chunks.';

function readJson(path: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
}

async function measure(work: string, entry: Entry): Promise<SizeRow> {
  const pkg = readJson(join(entry.packageDir, 'package.json'));
  const peers = Object.keys((pkg['peerDependencies'] as Record<string, string> | undefined) ?? {}).filter(
    (peer) => !entry.alsoBundle?.includes(peer),
  );
  const name = entry.label ?? String(pkg['name']);
  const dir = join(work, name.replace(/[^a-z0-9]+/gi, '-'));
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'entry.js'), `export * from '${String(pkg['name'])}';\n`);
  const row: SizeRow = {
    name,
    version: String(pkg['version']),
    external: peers,
    minBytes: null,
    gzipBytes: null,
    initialMinBytes: null,
    initialGzipBytes: null,
    files: 0,
    source: 'bench',
  };
  try {
    const output = await build({
      configFile: false,
      root: dir,
      logLevel: 'silent',
      mode: 'production',
      resolve: { conditions: ['@paddock/source', 'module', 'browser', 'production'] },
      define: { 'process.env.NODE_ENV': JSON.stringify('production') },
      build: {
        outDir: join(dir, 'out'),
        emptyOutDir: true,
        minify: true,
        sourcemap: false,
        copyPublicDir: false,
        // An app build (as scripts/size-budgets.mjs): library mode keeps whitespace a host's build would strip.
        rolldownOptions: {
          input: join(dir, 'entry.js'),
          preserveEntrySignatures: 'strict',
          external: (id: string) => peers.some((peer) => id === peer || id.startsWith(`${peer}/`)),
        },
      },
    });
    const chunks = (Array.isArray(output) ? output : [output])
      .flatMap((o) => ('output' in o ? o.output : []))
      .filter((c): c is Extract<typeof c, { type: 'chunk' }> => c.type === 'chunk');
    const byName = new Map(chunks.map((c) => [c.fileName, c]));
    // What a host loads up front: the entry and what it imports statically (lazy chunks load on demand).
    const initial = new Set<string>();
    const visit = (name: string) => {
      if (initial.has(name) || !byName.has(name)) return;
      initial.add(name);
      for (const next of byName.get(name)!.imports) visit(next);
    };
    for (const chunk of chunks) if (chunk.isEntry) visit(chunk.fileName);
    let min = 0;
    let gzip = 0;
    row.initialMinBytes = 0;
    row.initialGzipBytes = 0;
    for (const chunk of chunks) {
      const buffer = Buffer.from(chunk.code);
      const zipped = gzipSync(buffer, { level: 9 }).length;
      min += buffer.length;
      gzip += zipped;
      if (initial.has(chunk.fileName)) {
        row.initialMinBytes += buffer.length;
        row.initialGzipBytes += zipped;
      }
    }
    row.minBytes = min;
    row.gzipBytes = gzip;
    row.files = chunks.length;
  } catch (error) {
    row.error = (error instanceof Error ? error.message : String(error)).split('\n').slice(0, 3).join(' ');
  }
  return row;
}

/** The size budgets' figures (scripts/size-budgets.mjs, run here on freshly built packages), plus the
 *  same measure for the Mastra packages a host would otherwise use. */
export async function benchSizes(root: string, log: (line: string) => void): Promise<SizesResult> {
  const work = join(root, '.paddock-tmp', 'bench', 'sizes');
  const rows: SizeRow[] = [];
  const report = join(root, '.paddock-tmp', 'size-report.json');
  // Measured now, from the packages' current dist/ (built first), never a report left by an older tree.
  const built = spawnSync('pnpm', ['build'], { cwd: root, stdio: 'ignore' });
  const measured =
    built.status === 0 &&
    spawnSync(process.execPath, [join(root, 'scripts', 'size-budgets.mjs')], { cwd: root, stdio: 'ignore' })
      .status !== null;
  if (!measured)
    log('  sizes: could not build the packages and run scripts/size-budgets.mjs; measuring instead');
  let haveReport = false;
  if (measured && existsSync(report) && statSync(report).isFile()) {
    try {
      const data = readJson(report) as { entries?: unknown; rows?: unknown };
      const list = (Array.isArray(data) ? data : (data.rows ?? data.entries ?? [])) as Record<
        string,
        unknown
      >[];
      // The size-budgets script's rows: { package, name, gzipBytes (up front), minifiedBytes, lazyGzipBytes, limitBytes }.
      for (const item of list) {
        const gzip = Number(item['gzipBytes'] ?? NaN);
        const min = Number(item['minifiedBytes'] ?? item['minBytes'] ?? NaN);
        const lazy = Number(item['lazyGzipBytes'] ?? 0);
        const limit = Number(item['limitBytes'] ?? NaN);
        rows.push({
          name: [item['package'], item['name']].filter(Boolean).join(' · ') || 'entry',
          version: '',
          external: Array.isArray(item['external']) ? (item['external'] as string[]) : [],
          minBytes: null,
          gzipBytes: Number.isFinite(gzip) ? gzip + (Number.isFinite(lazy) ? lazy : 0) : null,
          initialMinBytes: Number.isFinite(min) ? min : null,
          initialGzipBytes: Number.isFinite(gzip) ? gzip : null,
          files: 0,
          source: 'size-report',
          ...(Number.isFinite(limit) ? { limitBytes: limit } : {}),
        });
      }
      haveReport = rows.length > 0;
      log(`  sizes: read ${rows.length} rows from .paddock-tmp/size-report.json`);
    } catch (error) {
      log(`  sizes: could not read .paddock-tmp/size-report.json (${String(error)}); measuring instead`);
    }
  }
  const modules = join(root, 'node_modules');
  const entries: Entry[] = [
    ...(haveReport
      ? []
      : [
          { packageDir: join(root, 'packages', 'client-sdk') },
          { packageDir: join(root, 'packages', 'builder-ui') },
          {
            packageDir: join(root, 'packages', 'builder-ui'),
            alsoBundle: ['@paddock/client-sdk'],
            label: '@paddock/builder-ui + client-sdk',
          },
        ]),
    { packageDir: join(modules, '@mastra', 'client-js') },
    { packageDir: join(modules, '@mastra', 'react') },
    { packageDir: join(modules, '@mastra', 'playground-ui') },
  ];
  for (const entry of entries) {
    const row = await measure(work, entry);
    log(
      `  size ${row.name}: ${row.error ?? `initial ${row.initialMinBytes} B min / ${row.initialGzipBytes} B gzip; all ${row.files} chunks ${row.minBytes} B / ${row.gzipBytes} B`}`,
    );
    rows.push(row);
  }
  return { method: METHOD, rows };
}
