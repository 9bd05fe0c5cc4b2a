/**
 * Entry point: `node dist/main.js [--reset]`.
 * Env: PORT (4111), HOST (127.0.0.1), DATA_DIR (playground/server/data), PADDOCK_SERVER_PROFILE (demo|minimal),
 * PADDOCK_SEED (1; 0 skips the demo seed), PADDOCK_CORS_ORIGINS (comma-separated extra origins),
 * PADDOCK_RESOURCE_FROM_USER (1: memory resource derived from the signed-in user; runs need a thread).
 */
import { rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { applyOfflineEnv } from './offline-env.js';

const offline = applyOfflineEnv();

const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const profile = process.env.PADDOCK_SERVER_PROFILE === 'minimal' ? 'minimal' : 'demo';
const port = Number(process.env.PORT ?? 4111);
const host = process.env.HOST ?? '127.0.0.1';
const dataDir = resolve(process.env.DATA_DIR ?? resolve(packageDir, 'data'));
const extraOrigins = (process.env.PADDOCK_CORS_ORIGINS ?? '')
  .split(',')
  .map((origin) => origin.trim())
  .filter(Boolean);

if (offline.removedLicenceKeys.length > 0) {
  console.warn(
    `[paddock] ignoring ${offline.removedLicenceKeys.join(', ')}: this server is for development and testing only`,
  );
}
if (offline.forcedDevelopment)
  console.warn('[paddock] NODE_ENV=production replaced by development (dev/test server)');
if (process.argv.includes('--reset')) {
  rmSync(dataDir, { recursive: true, force: true });
  console.log(`[paddock] reset: removed ${dataDir}`);
}

const started = Date.now();
// Imported only now: the offline switches above must be in place before any @mastra module is evaluated.
const { DEFAULT_CORS_ORIGINS, startServer } = await import('./server.js');
const server = await startServer({
  port,
  host,
  dataDir,
  profile,
  seed: profile === 'demo' && process.env.PADDOCK_SEED !== '0',
  corsOrigins: [...DEFAULT_CORS_ORIGINS, ...extraOrigins],
  resourceFromUser: process.env.PADDOCK_RESOURCE_FROM_USER === '1',
});
console.log(
  `[paddock] ${profile} server ready at ${server.url} (data ${dataDir}) in ${Date.now() - started} ms`,
);

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.log(`[paddock] ${signal}: shutting down`);
  // Never hang a terminal or a test run on a stuck drain.
  setTimeout(() => process.exit(0), 5000).unref();
  try {
    await server.close();
  } finally {
    process.exit(0);
  }
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
