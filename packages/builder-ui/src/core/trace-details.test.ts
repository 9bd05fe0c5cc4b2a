import { describe, expect, it } from 'vitest';
import { formatDuration, jsonSize, spanModel, spanUsage, sumTraceUsage } from './trace-details.js';

describe('trace details', () => {
  it('reads usage in flat and v4 nested shapes', () => {
    expect(spanUsage({ usage: { inputTokens: 20, outputTokens: 12 } })).toEqual({
      inputTokens: 20,
      outputTokens: 12,
      cost: null,
    });
    expect(
      spanUsage({ usage: { inputTokens: { total: 7 }, outputTokens: { total: 3 }, cost: 0.5 } }),
    ).toEqual({
      inputTokens: 7,
      outputTokens: 3,
      cost: 0.5,
    });
    expect(spanUsage({ usage: { foo: 1 } })).toBeNull();
    expect(spanUsage(null)).toBeNull();
    expect(spanUsage('garbage')).toBeNull();
  });

  it('sums generations only, so steps are not counted twice', () => {
    const total = sumTraceUsage([
      { spanType: 'model_generation', attributes: { usage: { inputTokens: 20, outputTokens: 12 } } },
      { spanType: 'model_step', attributes: { usage: { inputTokens: 20, outputTokens: 12 } } },
      { spanType: 'model_generation', attributes: { usage: { inputTokens: 5, outputTokens: 1 } } },
      { spanType: 'tool_call', attributes: null },
    ]);
    expect(total).toEqual({ inputTokens: 25, outputTokens: 13, cost: null });
    expect(sumTraceUsage([{ spanType: 'tool_call' }])).toBeNull();
  });

  it('names the model', () => {
    expect(spanModel({ model: 'deterministic-v1', provider: 'mock' })).toBe('mock/deterministic-v1');
    expect(spanModel({ responseModel: 'openai/gpt-x' })).toBe('openai/gpt-x');
    expect(spanModel({})).toBeNull();
  });

  it('formats durations', () => {
    expect(formatDuration(0.25)).toBe('250 µs');
    expect(formatDuration(12.4)).toBe('12 ms');
    expect(formatDuration(1240)).toBe('1.24 s');
    expect(formatDuration(12_400)).toBe('12.4 s');
    expect(formatDuration(185_000)).toBe('3 min 05 s');
    expect(formatDuration(-1)).toBe('—');
    expect(formatDuration(Number.NaN)).toBe('—');
  });

  it('measures JSON size, -1 for cycles', () => {
    const cyc: Record<string, unknown> = {};
    cyc['a'] = cyc;
    expect(jsonSize({ a: 1 })).toBe(7);
    expect(jsonSize(cyc)).toBe(-1);
  });
});
