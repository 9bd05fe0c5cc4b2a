import { serve, type ServerType } from '@hono/node-server';
import { MastraServer } from '@mastra/hono';
import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { mkdirSync } from 'node:fs';
import { createMastra, type Profile } from './create-mastra.js';
import { publishGuard } from './publish-guard.js';
import { ensureDemoSchedules } from './schedules-seed.js';
import { secretGuard } from './secret-guard.js';
import { seedDemo } from './seed.js';
import { setSeeding } from './logging.js';

export const API_PREFIX = '/api';

/** The playground's Vite dev server and `vite preview`. */
export const DEFAULT_CORS_ORIGINS = [
  'http://127.0.0.1:5173',
  'http://localhost:5173',
  'http://127.0.0.1:4173',
];

export interface StartOptions {
  port: number;
  host: string;
  dataDir: string;
  profile: Profile;
  seed: boolean;
  corsOrigins: string[];
  /** See `CreateMastraOptions.resourceFromUser`. @default false */
  resourceFromUser?: boolean;
  log?: (line: string) => void;
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

export async function startServer(options: StartOptions): Promise<RunningServer> {
  const log = options.log ?? ((line: string) => console.log(line));
  mkdirSync(options.dataDir, { recursive: true });
  const mastra = createMastra({
    profile: options.profile,
    dataDir: options.dataDir,
    resourceFromUser: options.resourceFromUser ?? false,
  });
  let ready = false;

  const app = new Hono();
  app.use(
    '*',
    cors({
      origin: options.corsOrigins,
      credentials: true,
      allowHeaders: ['Content-Type', 'Authorization', 'X-Playground-Access', 'x-mastra-client-type'],
      allowMethods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'],
      maxAge: 600,
    }),
  );
  // Healthy means ready to serve the promised data: 503 until the seed has finished.
  // (@mastra/hono registers no /health of its own; the mastra deployer would.)
  app.get('/health', (c) =>
    ready
      ? c.json({ success: true, profile: options.profile })
      : c.json({ success: false, status: 'starting' }, 503),
  );
  // Before Mastra's routes so it sees (and rewrites) their responses.
  app.use(`${API_PREFIX}/*`, secretGuard(API_PREFIX));
  if (options.profile === 'demo') app.use(`${API_PREFIX}/stored/agents/*`, publishGuard(API_PREFIX));
  if (options.profile === 'demo') app.use(`${API_PREFIX}/stored/agents`, publishGuard(API_PREFIX));

  // Hono's app type and the adapter's structural HonoApp differ only in generics.
  await new MastraServer({ app: app as never, mastra, prefix: API_PREFIX }).init();
  // Nothing in @mastra/hono starts Mastra's workers: without this, schedules are stored but never fire and
  // "run now" publishes an event nobody consumes (mastra-schedules §1.1, §5.7).
  await mastra.startWorkers();

  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: app.fetch, port: options.port, hostname: options.host }, () => resolve(s));
  });
  const url = `http://${options.host}:${options.port}`;

  if (options.profile === 'demo' && options.seed) {
    setSeeding(true);
    const result = await seedDemo({ baseUrl: url, dataDir: options.dataDir, log }).finally(() =>
      setSeeding(false),
    );
    log(result.skipped ? '[paddock] seed already present' : `[paddock] seeded in ${result.ms} ms`);
  }
  if (options.profile === 'demo') await ensureDemoSchedules(mastra, log);
  ready = true;

  return {
    url,
    close: async () => {
      ready = false;
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await mastra.stopWorkers();
      await mastra.shutdown();
    },
  };
}
