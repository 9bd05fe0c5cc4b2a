import { safeParse } from 'zod/mini';
import * as z from 'zod/mini';
import type { MastraCore } from '../core-client.js';
import { APIResource } from '../core/resource.js';
import { parseAnnotations } from '../core/annotations.js';
import { APIError, ResponseValidationError, errorKindOf } from '../core/errors.js';
import type { MastraErrorKind } from '../core/errors.js';
import type { RequestOptions } from '../core/request-options.js';
import { toValidationIssues } from '../internal/issues.js';
import { parseOptionalParams } from '../internal/params.js';
import { path, requestContextQuery } from '../internal/path.js';
import { agentSchema, providersResponseSchema } from '../schemas/agents.js';
import type { AgentMap, ProvidersResponse } from '../schemas/agents.js';
import { builderSettingsSchema } from '../schemas/builder.js';
import { catalogListParamsSchema } from '../schemas/catalog.js';
import type { BuilderSettings, ModelEntry } from '../schemas/builder.js';
import { storedAgentListSchema } from '../schemas/stored-agents.js';
import type {
  Catalog as CatalogResult,
  CatalogPolicy,
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
async function tolerantMap<S extends z.core.$ZodType>(
  client: MastraCore,
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
    const parsed = safeParse(entry, value);
    if (parsed.success) out[key] = parsed.data;
    else
      skipped.push({
        kind,
        reason: 'invalid-entry',
        id: key,
        issues: toValidationIssues(parsed.error.issues).map(({ path, message }) => ({ path, message })),
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

/** What `buildCatalog` accepts for the settings: read settings, or why they could not be read. */
export type SettingsOutcome =
  | BuilderSettings
  | { state: 'unknown'; reason: MastraErrorKind | 'misfit'; message: string; error: unknown }
  | null;

function isUnknownOutcome(value: SettingsOutcome): value is Extract<SettingsOutcome, { state: 'unknown' }> {
  return !!value && (value as { state?: unknown }).state === 'unknown';
}

/**
 * Builds the catalog from already-fetched parts (exported for hosts that fetch themselves). `settings: null`
 * or an `{ state: 'unknown', ... }` outcome means the allow-lists are unknown: nothing is selectable.
 */
export function buildCatalog(parts: {
  settings: SettingsOutcome;
  tools: ToolMap | null;
  agents: AgentMap | null;
  workflows: WorkflowMap | null;
  providers: ProvidersResponse | null;
  skipped?: Skipped;
}): CatalogResult {
  const known = parts.settings !== null && !isUnknownOutcome(parts.settings);
  const settings = known ? (parts.settings as BuilderSettings) : null;
  const catalogPolicy: CatalogPolicy = settings
    ? { state: 'known', builderEnabled: settings.enabled === true }
    : isUnknownOutcome(parts.settings)
      ? { ...parts.settings }
      : { state: 'unknown', reason: 'unknown', message: 'The builder settings were not given.', error: null };
  const builderEnabled = settings?.enabled === true;
  const picker = builderEnabled ? settings?.picker : undefined;
  const policy = settings?.modelPolicy;
  const policyActive = policy?.active === true;
  const allowed = policyActive
    ? (policy?.allowed ?? settings?.configuration?.agent?.models?.allowed)
    : undefined;
  const defaultModel = policy?.default ?? settings?.configuration?.agent?.models?.default;
  // Fail closed: with unknown allow-lists every entry is refused, naming why.
  const availability = (list: string[] | null | undefined, key: string) =>
    !settings
      ? ({ available: false, unavailableReason: 'policy-unknown' } as const)
      : allowedByPicker(list, key)
        ? ({ available: true } as const)
        : ({ available: false, unavailableReason: 'not-allow-listed' } as const);

  const items: CatalogItem[] = [];
  const group = (list: CatalogItem[]) => items.push(...list.sort(byName));

  if (parts.tools) {
    group(
      Object.entries(parts.tools).map(([key, tool]) => {
        const { description, annotations } = parseAnnotations(tool);
        const access = availability(picker?.visibleTools, key);
        return {
          key: `tool:${key}`,
          kind: 'tool' as const,
          id: key,
          name: tool.id ?? key,
          description,
          ...access,
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
        const access = availability(picker?.visibleAgents, key);
        return {
          key: `agent:${key}`,
          kind: 'agent' as const,
          id: key,
          name: agent.name || key,
          description,
          ...access,
          annotations,
        };
      }),
    );
  }
  if (parts.workflows) {
    group(
      Object.entries(parts.workflows).map(([key, workflow]) => {
        const { description, annotations } = parseAnnotations(workflow);
        const access = availability(picker?.visibleWorkflows, key);
        return {
          key: `workflow:${key}`,
          kind: 'workflow' as const,
          id: key,
          name: workflow.name || key,
          description,
          ...access,
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
        const reason = !settings
          ? 'policy-unknown'
          : !inPolicy
            ? 'model-policy'
            : !connected
              ? 'provider-disconnected'
              : undefined;
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
    policy: catalogPolicy,
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
 * The builder settings, or why they could not be read. Any failure (403, 404, 5xx, network, a body that does
 * not fit, even with `validate: false`) leaves the allow-lists unknown, and the catalog fails closed. Only the
 * caller's own abort propagates.
 */
async function loadSettings(
  client: MastraCore,
  options: RequestOptions | undefined,
): Promise<SettingsOutcome> {
  const route = '/editor/builder/settings';
  try {
    const raw: unknown = await client.get(route, { options });
    const parsed = safeParse(builderSettingsSchema, raw);
    if (parsed.success) return parsed.data;
    const error = new ResponseValidationError({
      path: route,
      body: raw,
      issues: toValidationIssues(parsed.error.issues),
    });
    return { state: 'unknown', reason: 'misfit', message: error.message, error };
  } catch (error) {
    const kind = errorKindOf(error);
    if (kind === 'aborted') throw error;
    return {
      state: 'unknown',
      reason: kind ?? 'unknown',
      message: error instanceof Error ? error.message : String(error),
      error,
    };
  }
}

/** Stored-agent statuses `GET /stored/agents` filters by (it has no "all"). */
const STORED_STATUSES = ['published', 'draft', 'archived'] as const;
const STORED_PAGE = 100;
/** Bounded: an unlisted stored agent is checked one request each; a few at a time spares the server. */
const CHECK_CONCURRENCY = 4;

/**
 * `GET /agents` lists stored agents regardless of their visibility (mastra-api §9.4), so another user's
 * private draft would show up. Keep a stored agent only when the stored-agents routes, which apply
 * ownership and visibility, let this caller read it: listed by `GET /stored/agents` (own, unowned and public
 * rows), or else answered by `GET /stored/agents/:id` (scoped read grants, admin bypass). When neither can
 * tell (no `stored-agents:read`, no stored-agents storage), the agent is left out and `skipped` says so.
 * Code agents (`source` other than `stored`) are public to every `agents:read` caller and kept as they are.
 */
async function readableOnly(
  client: MastraCore,
  map: AgentMap,
  skipped: Skipped,
  options: RequestOptions | undefined,
): Promise<AgentMap> {
  const stored = Object.keys(map).filter((key) => map[key]?.source === 'stored');
  if (stored.length === 0) return map;
  const readable = new Set<string>();
  let listKind: MastraErrorKind | undefined;
  try {
    for (const status of STORED_STATUSES) {
      // The server filters visibility after paging, so a page may be short: follow `hasMore`, not the count.
      for (let page = 0; ; page++) {
        const list = await client.get('/stored/agents', {
          query: { status, page, perPage: STORED_PAGE },
          schema: storedAgentListSchema,
          options,
        });
        for (const agent of list.agents) readable.add(agent.id);
        if (!list.hasMore || page >= 99) break;
      }
    }
  } catch (error) {
    listKind = errorKindOf(error) ?? 'unknown';
    // "You may not list these" (403), "no such route" (404) or an unreadable list leave visibility open;
    // anything else (network, 5xx) is a failure of the catalog itself, reported like a failed `GET /agents`.
    if (listKind !== 'permission' && listKind !== 'not-found' && listKind !== 'response-validation')
      throw error;
  }
  const unlisted = stored.filter((key) => !readable.has(key));
  let unverifiable = 0;
  const check = async (key: string) => {
    try {
      await client.get(path`/stored/agents/${key}`, {
        query: { status: 'draft' },
        options,
      });
      readable.add(key);
    } catch (error) {
      const kind = errorKindOf(error);
      // 404 is the server's "hidden from you" (or gone); 403 leaves the answer open; anything else is a failure.
      if (kind === 'permission') unverifiable++;
      else if (kind !== 'not-found') throw error;
    }
  };
  // The per-agent route needs the same permission as the list, and lives under the same prefix: after a 403 or
  // a 404 on the list it can only answer the same again.
  if (listKind !== undefined) unverifiable = unlisted.length;
  else
    for (let i = 0; i < unlisted.length; i += CHECK_CONCURRENCY) {
      await Promise.all(unlisted.slice(i, i + CHECK_CONCURRENCY).map(check));
    }
  if (unverifiable > 0) {
    skipped.push({ kind: 'agent', reason: 'visibility-unknown' });
  }
  const out: AgentMap = {};
  for (const [key, agent] of Object.entries(map)) {
    if (agent.source !== 'stored' || readable.has(key)) out[key] = agent;
  }
  return out;
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
    parseOptionalParams(catalogListParamsSchema, params, '/editor/builder/settings');
    const kinds = new Set(params?.kinds ?? ALL_KINDS);
    const skipped: Skipped = [];
    const client = this._client;
    const query = requestContextQuery(params?.requestContext, '/editor/builder/settings');
    const [settings, tools, agents, workflows, providers] = await Promise.all([
      loadSettings(client, options),
      kinds.has('tool')
        ? soft('tool', skipped, () =>
            tolerantMap(client, 'tool', skipped, '/tools', toolSchema, query, options),
          )
        : null,
      kinds.has('agent')
        ? soft('agent', skipped, () =>
            tolerantMap(client, 'agent', skipped, '/agents', agentSchema, query, options).then((map) =>
              readableOnly(client, map, skipped, options),
            ),
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
