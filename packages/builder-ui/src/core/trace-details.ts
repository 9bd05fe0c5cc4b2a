/** Reading what a full span reports: token usage, model, tool call parts. Pure and tolerant of odd shapes. */

export interface TokenUsage {
  inputTokens: number;
  outputTokens: number;
  /** Reported by some providers on `attributes.usage`; summed when present. */
  cost: number | null;
}

function num(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function record(value: unknown): Record<string, unknown> | null {
  return value && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}

/**
 * Token usage a span reports on `attributes.usage` (model_generation / model_step spans). Accepts the v4 nested
 * shape (`inputTokens: { total }`) as well as plain numbers. Null when the span reports none.
 */
export function spanUsage(attributes: unknown): TokenUsage | null {
  const usage = record(record(attributes)?.['usage']);
  if (!usage) return null;
  const read = (value: unknown) => num(value) ?? num(record(value)?.['total']);
  const inputTokens = read(usage['inputTokens']) ?? read(usage['promptTokens']);
  const outputTokens = read(usage['outputTokens']) ?? read(usage['completionTokens']);
  if (inputTokens === null && outputTokens === null) return null;
  const cost = num(usage['cost']) ?? num(record(attributes)?.['cost']);
  return { inputTokens: inputTokens ?? 0, outputTokens: outputTokens ?? 0, cost };
}

/**
 * Totals over full spans. Only `model_generation` spans are counted when there are any: their `model_step`
 * children report the same tokens again, and adding both would double the total.
 */
export function sumTraceUsage(
  spans: readonly { spanType?: string | null | undefined; attributes?: unknown }[],
): TokenUsage | null {
  const generations = spans.some((s) => s.spanType === 'model_generation');
  let found = false;
  const total: TokenUsage = { inputTokens: 0, outputTokens: 0, cost: null };
  for (const span of spans) {
    if (generations ? span.spanType !== 'model_generation' : span.spanType !== 'model_step') continue;
    const usage = spanUsage(span.attributes);
    if (!usage) continue;
    found = true;
    total.inputTokens += usage.inputTokens;
    total.outputTokens += usage.outputTokens;
    if (usage.cost !== null) total.cost = (total.cost ?? 0) + usage.cost;
  }
  return found ? total : null;
}

/** The model a span ran, from `attributes.model` / `responseModel` (and `provider`). */
export function spanModel(attributes: unknown): string | null {
  const attrs = record(attributes);
  if (!attrs) return null;
  const model = attrs['responseModel'] ?? attrs['model'];
  if (typeof model !== 'string' || model === '') return null;
  const provider = attrs['provider'];
  return typeof provider === 'string' && provider !== '' && !model.includes('/')
    ? `${provider}/${model}`
    : model;
}

/** A compact, locale-free duration: `850 µs`, `12 ms`, `1.24 s`, `3 min 05 s`. Negative or NaN gives `—`. */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return '—';
  if (ms < 1) return `${Math.round(ms * 1000)} µs`;
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
  const minutes = Math.floor(ms / 60_000);
  const seconds = Math.round((ms % 60_000) / 1000);
  return `${minutes} min ${String(seconds).padStart(2, '0')} s`;
}

/** Size in characters of a JSON payload once serialised; -1 when it cannot be serialised. */
export function jsonSize(value: unknown): number {
  try {
    return (JSON.stringify(value) ?? '').length;
  } catch {
    return -1;
  }
}
