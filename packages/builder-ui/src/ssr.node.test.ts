import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { expect, it } from 'vitest';
import { MastraClient } from '@paddock/client-sdk';

// A host that renders on the server (Next.js, Remix, plain SSR) imports both packages and renders kit components
// to HTML without a DOM; the data arrives after hydration.
it('renders the provider and components to markup in Node without touching window or document', async () => {
  expect(typeof window).toBe('undefined');
  expect(typeof document).toBe('undefined');
  const kit = await import('./index.js');
  const client = new MastraClient({
    baseUrl: 'http://paddock.test',
    fetch: () => Promise.reject(new Error('no request may be made while rendering on the server')),
  });
  const html = renderToString(
    createElement(
      kit.BuilderProvider,
      { client, theme: 'dark' },
      createElement(kit.PrimitivePicker, {}),
      createElement(kit.AgentComposer, {}),
    ),
  );
  expect(html).toContain('data-paddock-root');
  expect(html).toContain('data-theme="dark"');
  expect(html).toContain('data-slot="paddock-picker');
  expect(html).toContain('data-slot="paddock-composer');
});
