import { safeParse } from 'zod/mini';
import * as z from 'zod/mini';
import type { MastraCore } from '../core-client.js';
import { APIError, ResponseValidationError, errorKindOf } from '../core/errors.js';
import type { MastraErrorKind } from '../core/errors.js';
import type { ResourceImpl } from '../core/lazy.js';
import type { RequestOptions } from '../core/request-options.js';
import { toValidationIssues } from '../internal/issues.js';
import { parseOptionalParams } from '../internal/params.js';
import { path, requestContextQuery } from '../internal/path.js';
import { agentSchema, providersResponseSchema } from '../schemas/agents.js';
import type { AgentMap } from '../schemas/agents.js';
import { builderSettingsSchema } from '../schemas/builder.js';
import { catalogListParamsSchema } from '../schemas/catalog.js';
import { storedAgentListSchema } from '../schemas/stored-agents.js';
import type { Catalog as CatalogResult, PrimitiveKind } from '../schemas/catalog.js';
import { toolSchema } from '../schemas/tools.js';
import { workflowSchema } from '../schemas/workflows.js';
import { buildCatalog } from './build-catalog.js';
import type { SettingsOutcome } from './build-catalog.js';
import type { Catalog } from './catalog.js';

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

/** The body of `Catalog#list` (documented there), loaded with the first call. */
export const catalogImpl: ResourceImpl<Catalog> = {
  async list(params, options) {
    // The catalog has no route of its own; name the first one it reads.
    parseOptionalParams(catalogListParamsSchema, params, '/editor/builder/settings');
    const kinds = new Set(params?.kinds ?? ALL_KINDS);
    const skipped: Skipped = [];
    const client = this.client;
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
  },
};
