import { z } from 'zod';
import type { MastraClient } from '../client.js';
import { APIResource } from '../core/resource.js';
import { parseAnnotations } from '../core/annotations.js';
import { APIError } from '../core/errors.js';
import type { RequestOptions } from '../core/request-options.js';
import { parseParams } from '../internal/params.js';
import { requestContextQuery } from '../internal/path.js';
import { agentSchema, providersResponseSchema } from '../schemas/agents.js';
import type { AgentMap, ProvidersResponse } from '../schemas/agents.js';
import { builderSettingsSchema } from '../schemas/builder.js';
import { catalogListParamsSchema } from '../schemas/catalog.js';
import type { BuilderSettings, ModelEntry } from '../schemas/builder.js';
import type {
  Catalog as CatalogResult,
  CatalogItem,
  CatalogListParams,
  PrimitiveKind,
} from '../schemas/catalog.js';
import { toolSchema } from '../schemas/tools.js';
import type { ToolMap } from '../schemas/tools.js';
import { workflowSchema } from '../schemas/workflows.js';
import type { WorkflowMap } from '../schemas/workflows.js';

const ALL_KINDS: PrimitiveKind[] = ['tool', 'agent', 'workflow', 'model'];

type Skipped = CatalogResult['skipped'];

/** 403/404 mean "this caller cannot list that kind here": record it and carry on. Anything else is real. */
async function soft<T>(
  kind: PrimitiveKind | null,
  skipped: Skipped,
  load: () => Promise<T>,
): Promise<T | null> {
  try {
    return await load();
  } catch (error) {
    if (error instanceof APIError && (error.status === 403 || error.status === 404)) {
      if (kind) skipped.push({ kind, reason: error.status === 403 ? 'permission-denied' : 'not-found' });
      return null;
    }
    throw error;
  }
}

/**
 * Loads a `key -> entry` map and validates entry by entry: one tool, agent or workflow a newer (or broken)
 * server describes in a shape the SDK does not expect must not empty the whole picker. A misfit entry is left
 * out and reported in `skipped` with its id and issues; a body that is not a map at all still throws
 * `ResponseValidationError` (unless validation is off). Misfits are skipped even with validation off: the
 * catalog derives names, annotations and flags from each entry and would crash on a raw misfit.
 */
async function tolerantMap<S extends z.ZodType>(
  client: MastraClient,
  kind: PrimitiveKind,
  skipped: Skipped,
  route: string,
  entry: S,
  query: Record<string, string> | undefined,
  options: RequestOptions | undefined,
): Promise<Record<string, z.output<S>>> {
  const raw = await client.get(route, { query, schema: z.record(z.string(), z.unknown()), options });
  const out: Record<string, z.output<S>> = {};
  // With validation off a non-map body comes back raw; there is nothing to list in it.
  const entries = raw && typeof raw === 'object' && !Array.isArray(raw) ? Object.entries(raw) : [];
  for (const [key, value] of entries) {
    const parsed = entry.safeParse(value);
    if (parsed.success) out[key] = parsed.data;
    else
      skipped.push({
        kind,
        reason: 'invalid-entry',
        id: key,
        issues: parsed.error.issues.map((issue) => ({
          path: issue.path.filter((p): p is string | number => typeof p !== 'symbol'),
          message: issue.message,
        })),
      });
  }
  return out;
}

function allowedByPicker(list: string[] | null | undefined, key: string): boolean {
  return list === null || list === undefined || list.includes(key);
}

function modelAllowed(entries: ModelEntry[] | undefined, provider: string, modelId: string): boolean {
  if (!entries) return true;
  return entries.some((e) => e.provider === provider && (e.modelId === undefined || e.modelId === modelId));
}

function byName(a: CatalogItem, b: CatalogItem): number {
  return a.name.localeCompare(b.name) || a.id.localeCompare(b.id);
}

/** Builds the catalog from already-fetched parts (exported for hosts that fetch themselves). */
export function buildCatalog(parts: {
  settings: BuilderSettings | null;
  tools: ToolMap | null;
  agents: AgentMap | null;
  workflows: WorkflowMap | null;
  providers: ProvidersResponse | null;
  skipped?: Skipped;
}): CatalogResult {
  const { settings } = parts;
  const builderEnabled = settings?.enabled === true;
  const picker = builderEnabled ? settings?.picker : undefined;
  const policy = settings?.modelPolicy;
  const policyActive = policy?.active === true;
  const allowed = policyActive
    ? (policy?.allowed ?? settings?.configuration?.agent?.models?.allowed)
    : undefined;
  const defaultModel = policy?.default ?? settings?.configuration?.agent?.models?.default;

  const items: CatalogItem[] = [];
  const group = (list: CatalogItem[]) => items.push(...list.sort(byName));

  if (parts.tools) {
    group(
      Object.entries(parts.tools).map(([key, tool]) => {
        const { description, annotations } = parseAnnotations(tool);
        const available = allowedByPicker(picker?.visibleTools, key);
        return {
          key: `tool:${key}`,
          kind: 'tool' as const,
          id: key,
          name: tool.id ?? key,
          description,
          available,
          ...(available ? {} : { unavailableReason: 'not-allow-listed' as const }),
          annotations,
          ...(tool.inputSchema ? { inputSchema: tool.inputSchema } : {}),
        };
      }),
    );
  }
  if (parts.agents) {
    group(
      Object.entries(parts.agents).map(([key, agent]) => {
        const { description, annotations } = parseAnnotations(agent);
        const available = allowedByPicker(picker?.visibleAgents, key);
        return {
          key: `agent:${key}`,
          kind: 'agent' as const,
          id: key,
          name: agent.name || key,
          description,
          available,
          ...(available ? {} : { unavailableReason: 'not-allow-listed' as const }),
          annotations,
        };
      }),
    );
  }
  if (parts.workflows) {
    group(
      Object.entries(parts.workflows).map(([key, workflow]) => {
        const { description, annotations } = parseAnnotations(workflow);
        const available = allowedByPicker(picker?.visibleWorkflows, key);
        return {
          key: `workflow:${key}`,
          kind: 'workflow' as const,
          id: key,
          name: workflow.name || key,
          description,
          available,
          ...(available ? {} : { unavailableReason: 'not-allow-listed' as const }),
          annotations,
          ...(workflow.inputSchema ? { inputSchema: workflow.inputSchema } : {}),
        };
      }),
    );
  }
  if (parts.providers) {
    const models: CatalogItem[] = [];
    for (const provider of parts.providers.providers) {
      const providerName = provider.name ?? provider.label ?? provider.id;
      const connected = provider.connected === true;
      for (const modelId of provider.models) {
        const inPolicy = modelAllowed(allowed, provider.id, modelId);
        const reason = !inPolicy ? 'model-policy' : !connected ? 'provider-disconnected' : undefined;
        const isDefault = defaultModel?.provider === provider.id && defaultModel.modelId === modelId;
        const { annotations } = parseAnnotations({});
        models.push({
          key: `model:${provider.id}/${modelId}`,
          kind: 'model',
          id: `${provider.id}/${modelId}`,
          name: modelId,
          description: providerName,
          available: reason === undefined,
          ...(reason ? { unavailableReason: reason } : {}),
          annotations,
          model: { provider: provider.id, providerName, modelId, connected, isDefault },
        });
      }
    }
    group(models);
  }

  return {
    items,
    builderEnabled,
    modelPolicy: {
      active: policyActive,
      pickerVisible: policy?.pickerVisible ?? true,
      ...(defaultModel
        ? { default: { provider: defaultModel.provider, modelId: defaultModel.modelId } }
        : {}),
    },
    skipped: parts.skipped ?? [],
  };
}

/**
 * Everything a primitive picker needs in one call: tools, agents, workflows and models with the builder's
 * allow-lists, the model policy and each primitive's Paddock annotations.
 */
export class Catalog extends APIResource {
  /**
   * Loads settings, tools, agents, workflows and models in parallel and merges them. A kind the caller may
   * not list (403/404), or an entry that does not fit, is reported in `skipped` instead of failing the call.
   * `kinds` limits what is loaded. @default all four kinds
   */
  async list(params?: CatalogListParams, options?: RequestOptions): Promise<CatalogResult> {
    // The catalog has no route of its own; name the first one it reads.
    parseParams(catalogListParamsSchema.optional(), params, '/editor/builder/settings');
    const kinds = new Set(params?.kinds ?? ALL_KINDS);
    const skipped: Skipped = [];
    const client = this._client;
    const query = requestContextQuery(params?.requestContext, '/editor/builder/settings');
    const [settings, tools, agents, workflows, providers] = await Promise.all([
      soft(null, skipped, () =>
        client.get('/editor/builder/settings', { schema: builderSettingsSchema, options }),
      ),
      kinds.has('tool')
        ? soft('tool', skipped, () =>
            tolerantMap(client, 'tool', skipped, '/tools', toolSchema, query, options),
          )
        : null,
      kinds.has('agent')
        ? soft('agent', skipped, () =>
            tolerantMap(client, 'agent', skipped, '/agents', agentSchema, query, options),
          )
        : null,
      kinds.has('workflow')
        ? soft('workflow', skipped, () =>
            tolerantMap(client, 'workflow', skipped, '/workflows', workflowSchema, undefined, options),
          )
        : null,
      kinds.has('model')
        ? soft('model', skipped, () =>
            client.get('/agents/providers', { schema: providersResponseSchema, options }),
          )
        : null,
    ]);
    return buildCatalog({ settings, tools, agents, workflows, providers, skipped });
  }
}
