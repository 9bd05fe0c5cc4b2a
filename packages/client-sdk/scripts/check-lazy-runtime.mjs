// The resources that load their method bodies on first call (`core/lazy.ts`, one chunk: `resources/impls.ts`)
// work from the BUILT package, as a host runs it: imported as is (Node ESM resolves the dynamic import), and
// bundled by esbuild with code splitting (the lazy chunk is a separate file the entry fetches). In both, a lazy
// call sends its request and validates the answer with the schemas in the chunk, and a malformed answer is the
// entry's own `ResponseValidationError` class (one class across chunks). Run after `pnpm build`.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const pkgDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** @param {string} label @param {Record<string, any>} sdk */
async function check(label, sdk) {
  /** @type {string[]} */
  const requests = [];
  /** @type {typeof fetch} */
  const fetchStub = async (input) => {
    const url = new URL(String(input));
    requests.push(url.pathname);
    const body = url.pathname === '/api/tools' ? '[]' : '{}';
    return new Response(body, { status: 200, headers: { 'content-type': 'application/json' } });
  };
  const client = new sdk.MastraClient({ baseUrl: 'http://sdk.test', fetch: fetchStub, maxRetries: 0 });
  const problems = [];
  const workflows = await client.workflows.list();
  if (JSON.stringify(workflows) !== '{}') problems.push(`workflows.list() gave ${JSON.stringify(workflows)}`);
  // `/tools` answers a list where a map is expected: the lazy chunk's schema refuses it with the entry's class.
  const refused = await client.tools.list().then(
    () => null,
    (/** @type {unknown} */ error) => error,
  );
  if (!(refused instanceof sdk.ResponseValidationError))
    problems.push(`tools.list() on a malformed answer: ${refused?.constructor?.name ?? 'no error'}`);
  if (requests.join(',') !== '/api/workflows,/api/tools') problems.push(`requests: ${requests.join(',')}`);
  for (const problem of problems) console.error(`${label}: ${problem}`);
  if (problems.length === 0)
    console.log(`${label}: lazy resources load, validate and reject with the entry's class`);
  return problems.length;
}

let failures = await check('dist as built', await import(pathToFileURL(join(pkgDir, 'dist/index.js')).href));
const out = mkdtempSync(join(tmpdir(), 'paddock-sdk-split-'));
try {
  const entry = join(pkgDir, '.lazy-runtime-entry.js');
  writeFileSync(entry, "export * from '@paddock/client-sdk';\n");
  try {
    const { metafile } = await build({
      entryPoints: [entry],
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'neutral',
      mainFields: ['module', 'main'],
      outdir: out,
      metafile: true,
      logLevel: 'silent',
    });
    // Otherwise this would not check a lazy chunk at all.
    const lazy = Object.values(metafile.outputs).some((o) =>
      o.imports.some((i) => i.kind === 'dynamic-import'),
    );
    if (!lazy) throw new Error('esbuild split no lazy chunk off the SDK: nothing here loads on first call');
  } finally {
    rmSync(entry, { force: true });
  }
  failures += await check(
    'esbuild --splitting bundle',
    await import(pathToFileURL(join(out, '.lazy-runtime-entry.js')).href),
  );
} finally {
  rmSync(out, { recursive: true, force: true });
}
process.exit(failures > 0 ? 1 : 0);
