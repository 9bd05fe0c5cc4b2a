/**
 * The AgentComposer stories' recorded answers (record.ts) and the few answers derived from them for the edge
 * cases: a catalog of 10,000 allow-listed tools, and a recorded agent whose text is long, right-to-left and CJK.
 */
import { findExchange, scenarios, type RecordedRole, type ReplayOptions } from '../fixtures/replay';

/** Authored by the builder: three versions, the newest a draft that adds the refund tool. */
export const ESCALATION = 'escalation-assistant';
/** Public, authored by Adam Admin: a builder may read and test it, not change it. */
export const FAQ = 'faq-responder';

/** A recorded JSON answer, as the server sent it (a fresh copy). */
export function recorded<T = Record<string, unknown>>(
  role: RecordedRole,
  path: string,
  query = '',
  method = 'GET',
): T {
  const exchange = findExchange(scenarios[role], method, path, query);
  if (!exchange?.body) throw new Error(`not recorded: ${method} ${path}${query}`);
  return structuredClone(exchange.body) as T;
}

/** A recorded stored agent as its draft (`?status=draft`), which is what the composer edits. */
export const recordedAgent = (role: RecordedRole, id: string) =>
  recorded(role, `/api/stored/agents/${id}`, '?status=draft');

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Matches every read of one stored agent (with or without `?status=draft`), not its versions. */
export const agentRoute = (id: string) => new RegExp(`^GET /api/stored/agents/${escape(id)}$`);

const RISKS = ['low', 'medium', 'high'] as const;

/**
 * The recorded catalog plus `count` synthesized tools in the recorded wire shape (annotations on the
 * `paddock:` description line), each added to the recorded builder settings' allow-list.
 */
export function largeCatalogOptions(count: number): ReplayOptions {
  const tools = recorded<Record<string, { id: string; description: string }>>('builder', '/api/tools');
  const ids: string[] = [];
  for (let index = 0; index < count; index++) {
    const id = `ledger-tool-${String(index).padStart(5, '0')}`;
    ids.push(id);
    const annotations = {
      owner: `Team ${index % 12}`,
      risk: RISKS[index % RISKS.length],
      sideEffects: [],
      requiresApproval: index % 5 === 0,
      tags: [`group-${index % 20}`],
    };
    tools[id] = {
      id,
      description: `Reads ledger ${index} for reconciliation.\npaddock: ${JSON.stringify(annotations)}`,
    };
  }
  const settings = recorded<{
    configuration: { agent: { tools: { allowed: string[] } } };
    picker: { visibleTools: string[] };
  }>('builder', '/api/editor/builder/settings');
  settings.configuration.agent.tools.allowed.push(...ids);
  settings.picker.visibleTools.push(...ids);
  return {
    overrides: [
      { route: /^GET \/api\/tools$/, body: tools },
      { route: /^GET \/api\/editor\/builder\/settings$/, body: settings },
    ],
  };
}

/** A 5,000-character word, then right-to-left and CJK text. */
export const LONG_WORD = 'x'.repeat(5000);
export const RTL_TEXT = 'يساعد قادة الدعم على تقرير ما إذا كان يجب تصعيد التذكرة';
export const CJK_TEXT = 'チケットをエスカレーションするかどうかをサポートリーダーが判断するのを助けます';

/** The recorded escalation assistant with its name, description and instructions replaced by long text. */
export function longTextAgentOptions(): ReplayOptions {
  const agent = recordedAgent('builder', ESCALATION);
  agent['name'] = `${CJK_TEXT} ${LONG_WORD}`;
  agent['description'] = RTL_TEXT;
  agent['instructions'] = `${LONG_WORD}\n${RTL_TEXT}\n${CJK_TEXT}`;
  return { overrides: [{ route: agentRoute(ESCALATION), body: agent }] };
}
