import { describe, expect, it } from 'vitest';
import { isDevelopment } from './env.js';

describe('development warnings in a browser', () => {
  it('are on in a development bundle, where the bundler replaces process.env.NODE_ENV (no process global)', () => {
    expect(typeof (globalThis as { process?: unknown }).process).toBe('undefined');
    expect(isDevelopment).toBe(true);
  });
});
