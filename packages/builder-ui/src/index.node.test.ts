import { expect, it } from 'vitest';

it('imports in Node without a DOM (safe for server rendering and RSC hosts)', async () => {
  expect(typeof window).toBe('undefined');
  expect(typeof document).toBe('undefined');
  const kit = await import('./index.js');
  expect(typeof kit.BuilderProvider).toBe('function');
  expect(typeof kit.PrimitivePicker).toBe('function');
  expect(typeof kit.usePermission).toBe('function');
});
