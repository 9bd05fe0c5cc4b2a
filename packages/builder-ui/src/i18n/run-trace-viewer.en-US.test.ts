import { describe, expect, it } from 'vitest';
import { runTraceViewerMessages as m } from './run-trace-viewer.en-US.js';

describe('run trace viewer messages', () => {
  it('group whole numbers the way en-US toLocaleString does, without Intl', () => {
    for (const n of [0, 1, 7, 999, 1000, 12_345, 999_999, 1_000_000, 123_456_789, -1, -1234, -1_000_000]) {
      expect(m['runTrace.summary.errors'](n)).toBe(
        `${n.toLocaleString('en-US')} ${n === 1 ? 'error' : 'errors'}`,
      );
    }
    expect(m['runTrace.summary.spans'](100_000)).toBe('100,000 spans');
    expect(m['runTrace.summary.spans'](1)).toBe('1 span');
    expect(m['runTrace.searchResults'](0, 10_000)).toBe('No span matches (of 10,000)');
    expect(m['runTrace.searchResults'](1234, 50_000)).toBe('1,234 of 50,000 spans match');
    expect(m['runTrace.summary.tokens'](12_000, 345)).toBe('12,000 in / 345 out tokens');
  });

  it('leave fractions and unsafe integers to toLocaleString', () => {
    expect(m['runTrace.summary.tokens'](1234.5, 2 ** 60)).toBe(
      `${(1234.5).toLocaleString('en-US')} in / ${(2 ** 60).toLocaleString('en-US')} out tokens`,
    );
  });
});
