import { parseAnnotations } from '../core/annotations.js';
import type { MastraErrorKind } from '../core/errors.js';
import type { AgentMap, ProvidersResponse } from '../schemas/agents.js';
import type { BuilderSettings, ModelEntry } from '../schemas/builder.js';
import type { Catalog, CatalogItem, CatalogPolicy } from '../schemas/catalog.js';
import type { ToolMap } from '../schemas/tools.js';
import type { WorkflowMap } from '../schemas/workflows.js';

type Skipped = Catalog['skipped'];

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
}): Catalog {
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
