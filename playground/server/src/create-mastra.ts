import { Mastra } from '@mastra/core/mastra';
import { createPlaygroundLogger } from './logging.js';
import { SimpleAuth } from '@mastra/core/auth';
import { LibSQLStore } from '@mastra/libsql';
import { MastraStorageExporter, Observability } from '@mastra/observability';
import { MastraEditor } from '@mastra/editor';
import { join } from 'node:path';
import { demoAgents } from './demo/agents.js';
import { demoTools } from './demo/tools.js';
import { demoWorkflows } from './demo/workflows.js';
import { DEMO_ALLOWED, MINIMAL_IDS, MOCK_DEFAULT_MODEL, MOCK_PROVIDER } from './ids.js';
import { forecastDigestWorkflow, unitConvertTool, weatherAgent, weatherLookupTool } from './minimal/index.js';
import { createMockGateway } from './model.js';
import { ReviewAwareRBACProvider } from './review-access.js';
import { realProviderGateways, realProviderModels } from './providers.js';
import { ROLE_DEFINITIONS, USERS, TOKENS, ROLES, type DemoUser } from './roles.js';

export type Profile = 'demo' | 'minimal';

export interface CreateMastraOptions {
  profile: Profile;
  dataDir: string;
  /**
   * Derive every caller's memory resource from the signed-in user (`mapUserToResourceId`), as multi-tenant
   * servers do. Agents with memory then refuse runs that name no thread (500 "A resourceId and a threadId must
   * be provided when using Memory"), which is what a client must handle on such servers. @default false
   */
  resourceFromUser?: boolean;
}

function storage(dataDir: string): LibSQLStore {
  return new LibSQLStore({ id: 'paddock-playground', url: `file:${join(dataDir, 'mastra.db')}` });
}

function observability(serviceName: string): Observability {
  return new Observability({
    configs: {
      // Realtime: each span is written as it ends, so a trace is readable right after the run (no 5 s batch).
      default: { serviceName, exporters: [new MastraStorageExporter({ strategy: 'realtime' })] },
    },
  });
}

function demoAuth(resourceFromUser: boolean) {
  const tokens: Record<string, DemoUser> = {};
  for (const role of ROLES) tokens[TOKENS[role]] = USERS[role];
  return {
    // No mapUserToResourceId by default: with it, every run gets a resource id and Mastra then rejects a
    // generate on a memory-enabled agent that names no thread (500), which the seed's runs do.
    // Trade-off (documented in README): thread ownership trusts the resource id the client sends.
    // `resourceFromUser` turns it on for tests of clients against such servers.
    auth: new SimpleAuth<DemoUser>({
      tokens,
      ...(resourceFromUser ? { mapUserToResourceId: (user: DemoUser) => user.id } : {}),
    }),
    rbac: new ReviewAwareRBACProvider<DemoUser>({
      roles: ROLE_DEFINITIONS,
      getUserRoles: (user) => [user.role],
    }),
  };
}

function demoEditor(): MastraEditor {
  return new MastraEditor({
    builder: {
      enabled: true,
      configuration: {
        agent: {
          // Pinned so stored agents never get the builder baseline's observational memory (an OpenAI model).
          memory: { options: { lastMessages: 10 } },
          tools: { allowed: [...DEMO_ALLOWED.tools] },
          agents: { allowed: [...DEMO_ALLOWED.agents] },
          workflows: { allowed: [...DEMO_ALLOWED.workflows] },
          models: {
            allowed: [{ kind: 'custom', provider: MOCK_PROVIDER }, ...realProviderModels()],
            default: { kind: 'custom', provider: MOCK_PROVIDER, modelId: MOCK_DEFAULT_MODEL },
          },
        },
      },
    },
  });
}

function schedulerOptions(): { scheduler?: { tickIntervalMs: number } } {
  const tick = Number(process.env.PADDOCK_SCHEDULER_TICK_MS);
  return Number.isFinite(tick) && tick > 0 ? { scheduler: { tickIntervalMs: tick } } : {};
}

/** Builds the Mastra instance for a profile. Pure configuration: no I/O until the server starts. */
export function createMastra({ profile, dataDir, resourceFromUser = false }: CreateMastraOptions): Mastra {
  const gateways = { [MOCK_PROVIDER]: createMockGateway(), ...realProviderGateways() };
  if (profile === 'minimal') {
    return new Mastra({
      agents: { [MINIMAL_IDS.agent]: weatherAgent },
      tools: { [weatherLookupTool.id]: weatherLookupTool, [unitConvertTool.id]: unitConvertTool },
      workflows: { [MINIMAL_IDS.workflow]: forecastDigestWorkflow },
      gateways,
      storage: storage(dataDir),
      observability: observability('paddock-playground-minimal'),
    });
  }
  const server = demoAuth(resourceFromUser);
  const mastra = new Mastra({
    agents: demoAgents,
    tools: demoTools,
    workflows: demoWorkflows,
    gateways,
    storage: storage(dataDir),
    observability: observability('paddock-playground'),
    editor: demoEditor(),
    server,
    logger: createPlaygroundLogger(),
    // Tests set a short tick so a seconds cron fires within a second of its slot (default 10 s).
    ...schedulerOptions(),
  });
  server.rbac.attach(mastra);
  return mastra;
}
