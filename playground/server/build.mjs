// Bundles the server once so it starts with plain `node` (tsx would triple its memory and add ~1 s).
import { build } from 'esbuild';
import { renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(fileURLToPath(import.meta.url));
const dist = join(root, 'dist');
// Build aside and swap, so a server starting concurrently never sees a half-written dist/.
const staging = join(root, `.dist-staging-${process.pid}`);
const retired = join(root, `.dist-retired-${process.pid}`);
rmSync(staging, { recursive: true, force: true });
await build({
  entryPoints: { main: join(root, 'src/main.ts') },
  outdir: staging,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  // Keeps `await import('./server.js')` a separate chunk, so the offline env is set before @mastra loads.
  splitting: true,
  sourcemap: true,
  logLevel: 'warning',
});
try {
  renameSync(dist, retired);
} catch {
  // no previous build
}
renameSync(staging, dist);
rmSync(retired, { recursive: true, force: true });
console.log('built dist/main.js');
