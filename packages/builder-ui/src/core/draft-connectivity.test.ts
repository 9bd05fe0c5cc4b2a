import { describe, expect, it, vi } from 'vitest';
import { browserConnectivity, OFFLINE_RETRY_MS, offlineRetryDelay } from './draft-connectivity.js';

describe('offlineRetryDelay', () => {
  it('backs off from 2 s and stays at the longest wait', () => {
    expect([0, 1, 2, 3, 4].map(offlineRetryDelay)).toEqual([2000, 4000, 8000, 15000, 30000]);
    expect(offlineRetryDelay(50)).toBe(OFFLINE_RETRY_MS.at(-1));
    expect(offlineRetryDelay(-1)).toBe(2000);
  });
});

describe('browserConnectivity', () => {
  it("follows the window's online and offline events until unsubscribed", () => {
    const connectivity = browserConnectivity();
    expect(connectivity.isOnline()).toBe(navigator.onLine !== false);
    const onChange = vi.fn();
    const unsubscribe = connectivity.subscribe(onChange);
    window.dispatchEvent(new Event('offline'));
    window.dispatchEvent(new Event('online'));
    expect(onChange).toHaveBeenCalledTimes(2);
    unsubscribe();
    window.dispatchEvent(new Event('offline'));
    expect(onChange).toHaveBeenCalledTimes(2);
  });
});
