import { expect, it } from 'vitest';

it('imports in Node without a DOM (safe for server rendering and RSC hosts)', async () => {
  expect(typeof window).toBe('undefined');
  expect(typeof document).toBe('undefined');
  const kit = await import('./index.js');
  expect(typeof kit.BuilderProvider).toBe('function');
  expect(typeof kit.PrimitivePicker).toBe('function');
  expect(typeof kit.usePermission).toBe('function');
  const primitives = await import('./primitives/index.js');
  expect(typeof primitives.PrimitivePickerPrimitive.Root).toBe('function');
  expect(typeof primitives.AgentComposerPrimitive.Root).toBe('function');
  const core = await import('./core/index.js');
  expect(typeof core.createAgentDraftStore).toBe('function');
});

it('keeps internal helpers out of the public entries', async () => {
  const entries = [
    await import('./index.js'),
    await import('./primitives/index.js'),
    await import('./core/index.js'),
  ];
  for (const entry of entries) {
    for (const internal of [
      'cn',
      'composeRefs',
      'composeEventHandlers',
      'Slot',
      'createContext',
      'createActionButton',
    ]) {
      expect(Object.keys(entry)).not.toContain(internal);
    }
  }
});

it('ships every component stylesheet in paddockCss, for hosts that turn injection off', async () => {
  const { paddockCss } = await import('./index.js');
  const sheets = import.meta.glob('./styles/*.ts', { eager: true });
  const componentSheets = Object.entries(sheets).flatMap(([path, mod]) =>
    ['./styles/index.ts', './styles/base.ts', './styles/tokens.ts'].includes(path)
      ? []
      : Object.entries(mod as Record<string, unknown>).filter(([name]) => name.endsWith('Css')),
  );
  // A new component's `src/styles/<component>.ts` exporting `<component>Css` is picked up here by itself.
  expect(componentSheets.map(([name]) => name)).toEqual(
    expect.arrayContaining(['agentComposerCss', 'primitivePickerCss']),
  );
  for (const [, css] of componentSheets) expect(paddockCss).toContain(css);
});
