import { describe, expect, it } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import { BuilderProvider } from '../provider/builder-provider.js';
import { createMemoryDraftStorage } from '../core/draft-storage.js';
import { createComposerMockServer, supportBot } from '../testing/composer-mock-server.js';
import { createMockServer } from '../testing/mock-server.js';
import { AgentComposer } from './agent-composer.js';
import { PrimitivePicker } from './primitive-picker.js';

const LONG_NAME = 'Renewal'.repeat(29).slice(0, 200);
const LONG_WORD = 'x'.repeat(5000);
const LONG_DESCRIPTION = `${'Lorem ipsum dolor sit amet '.repeat(1900)}${LONG_WORD}`.slice(0, 50_000);

/** Elements under `scope` whose content is wider than their box while they scroll sideways (or the page). */
function sidewaysOverflow(scope: Element): string[] {
  const wide: string[] = [];
  if (document.documentElement.scrollWidth > document.documentElement.clientWidth) wide.push('(page)');
  for (const el of [scope, ...scope.querySelectorAll('*')]) {
    const cs = getComputedStyle(el);
    const scrolls = cs.overflowX === 'auto' || cs.overflowX === 'scroll';
    if (scrolls && el.scrollWidth > el.clientWidth + 1) wide.push(el.getAttribute('data-slot') ?? el.tagName);
  }
  return wide;
}

describe('long unbroken text', () => {
  it('never widens the page or a list, and titles keep their full text available', async () => {
    const server = createComposerMockServer({
      agents: [
        {
          ...supportBot,
          name: LONG_NAME,
          description: LONG_DESCRIPTION,
          instructions: `${LONG_WORD} ${LONG_WORD}`,
          metadata: { team: LONG_WORD },
        },
      ],
    });
    const picker = createMockServer();
    const { container } = render(
      <div style={{ maxWidth: 640 }}>
        <BuilderProvider client={server.client} theme="light">
          <AgentComposer agentId="support-bot" storage={createMemoryDraftStorage()} />
        </BuilderProvider>
        <BuilderProvider client={picker.client} theme="light">
          <PrimitivePicker />
        </BuilderProvider>
      </div>,
    );
    const title = await waitFor(() => {
      const el = container.querySelector('[data-slot="paddock-composer-title"]');
      if (!el?.textContent?.startsWith('Renewal')) throw new Error('not loaded');
      return el as HTMLElement;
    });
    await screen.findAllByRole('option');
    expect(sidewaysOverflow(container)).toEqual([]);
    const page = document.documentElement.clientWidth;
    for (const el of container.querySelectorAll('[data-paddock-root]')) {
      expect(el.getBoundingClientRect().width).toBeLessThanOrEqual(Math.min(640, page) + 1);
    }
    // The title wraps or clamps inside its box, and the whole name stays available.
    expect(title.scrollWidth).toBeLessThanOrEqual(title.clientWidth + 1);
    expect(title.getBoundingClientRect().height).toBeLessThan(120);
    expect(title).toHaveAttribute('title', LONG_NAME);
    expect(title.textContent).toBe(LONG_NAME);
  });
});
