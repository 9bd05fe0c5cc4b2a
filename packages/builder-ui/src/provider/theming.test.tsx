import { afterEach, describe, expect, it } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import { BuilderProvider } from './builder-provider.js';
import { PrimitivePicker } from '../components/primitive-picker.js';
import { createMockServer } from '../testing/mock-server.js';

// A host page at its worst: a global reset, element and universal rules, attribute selectors that happen to
// match the kit's ARIA, and a tiny root font size.
const HOSTILE_CSS = `
*, *::before, *::after { box-sizing: content-box; margin: 7px; padding: 0; letter-spacing: 3px; }
html { font-size: 9px; }
body { font-family: "Times New Roman", serif; color: rgb(0, 128, 0); line-height: 3; }
div { padding: 13px; background-color: rgb(255, 0, 0); }
span { text-transform: uppercase; font-size: 22px; }
button { background: rgb(255, 255, 0); border: 4px dashed rgb(255, 0, 255); font-size: 30px; }
button:hover { background: rgb(0, 0, 255); }
input { border: 6px solid rgb(0, 255, 255); height: 80px; }
[role="option"] { display: inline; }
[role="listbox"] { overflow: visible; }
mark { background: rgb(0, 0, 0); color: rgb(0, 0, 0); }
`;

function addStyle(css: string) {
  const style = document.createElement('style');
  style.dataset.testHost = '';
  style.textContent = css;
  document.head.append(style);
  return style;
}

afterEach(() => document.querySelectorAll('style[data-test-host]').forEach((s) => s.remove()));

const probe = (el: Element, props: string[]) => {
  const cs = getComputedStyle(el);
  return Object.fromEntries(props.map((p) => [p, cs.getPropertyValue(p)]));
};

const HOST_PROPS = [
  'color',
  'background-color',
  'font-size',
  'font-family',
  'margin-top',
  'padding-top',
  'border-top-width',
  'box-sizing',
  'text-transform',
  'letter-spacing',
  'line-height',
];

describe('given a host page with hostile global CSS', () => {
  it('leaves host elements exactly as they were, and keeps the kit intact', async () => {
    addStyle(HOSTILE_CSS);
    const host = document.createElement('section');
    host.innerHTML =
      '<div class="host-div">host <span>text</span></div><button>host button</button><input aria-label="host input" />';
    document.body.append(host);
    const hostElements = [
      ...host.querySelectorAll('div, span, button, input'),
      document.body,
      document.documentElement,
    ];
    const before = hostElements.map((el) => probe(el, HOST_PROPS));

    const mock = createMockServer();
    render(
      <BuilderProvider client={mock.client} theme="light">
        <PrimitivePicker defaultValue={['tool:web-search']} />
      </BuilderProvider>,
    );
    const option = await waitFor(() => {
      const el = document.querySelector('[data-key="tool:web-search"]');
      if (!el) throw new Error('not yet');
      return el;
    });

    // The host is untouched: same computed styles after the kit injected its stylesheet.
    expect(hostElements.map((el) => probe(el, HOST_PROPS))).toEqual(before);
    // The kit's stylesheet has no global selectors at all.
    const kitSheet = [...document.styleSheets].find(
      (s) => (s.ownerNode as Element | null)?.getAttribute('data-href') === 'paddock-builder-ui',
    );
    expect(kitSheet).toBeDefined();
    const selectors = [...(kitSheet?.cssRules ?? [])].flatMap((rule) =>
      rule instanceof CSSStyleRule
        ? [rule.selectorText]
        : rule instanceof CSSMediaRule
          ? [...rule.cssRules].map((r) => (r as CSSStyleRule).selectorText)
          : [],
    );
    expect(selectors.length).toBeGreaterThan(20);
    for (const selector of selectors) {
      for (const part of selector.split(',')) expect(part.trim(), selector).toMatch(/^\[data-paddock-root\]/);
    }

    // The kit is intact: its own box model, colours and layout win over the host's rules.
    const root = document.querySelector('[data-slot="paddock-picker-root"]')!;
    expect(
      probe(root, ['box-sizing', 'margin-top', 'background-color', 'font-size', 'letter-spacing']),
    ).toEqual({
      'box-sizing': 'border-box',
      'margin-top': '0px',
      'background-color': 'rgb(255, 255, 255)',
      'font-size': '14px',
      'letter-spacing': 'normal',
    });
    const kitRoot = root.closest('[data-paddock-root]')!;
    expect(getComputedStyle(kitRoot).fontFamily).not.toContain('Times New Roman');
    expect(getComputedStyle(kitRoot).backgroundColor).toBe('rgba(0, 0, 0, 0)');
    expect(probe(option, ['position', 'display', 'padding-top', 'background-color'])).toEqual({
      position: 'absolute',
      display: 'grid',
      'padding-top': '10px',
      // Selected rows use the accent surface.
      'background-color': 'rgb(238, 242, 255)',
    });
    expect(getComputedStyle(screen.getByRole('listbox')).overflowY).toBe('auto');
    const name = option.querySelector('[data-slot="paddock-picker-item-name"]')!;
    expect(probe(name, ['text-transform', 'font-size', 'margin-top'])).toEqual({
      'text-transform': 'none',
      'font-size': '14px',
      'margin-top': '0px',
    });
    const search = screen.getByRole('searchbox');
    expect(probe(search, ['height', 'border-top-width', 'box-sizing'])).toEqual({
      height: '36px',
      'border-top-width': '1px',
      'box-sizing': 'border-box',
    });
    const confirm = screen.getByRole('button', { name: 'Add selected' });
    expect(probe(confirm, ['background-color', 'border-top-style', 'font-size'])).toEqual({
      'background-color': 'rgb(67, 56, 202)',
      'border-top-style': 'solid',
      'font-size': '14px',
    });
    host.remove();
  });

  it('switches every token with the theme and applies host token overrides on the kit root only', async () => {
    const mock = createMockServer();
    render(
      <BuilderProvider client={mock.client} theme="dark" tokens={{ primary: 'rgb(1, 2, 3)' }}>
        <PrimitivePicker />
      </BuilderProvider>,
    );
    const root = await waitFor(() => {
      const el = document.querySelector('[data-slot="paddock-picker-root"]');
      if (!el) throw new Error('not yet');
      return el;
    });
    expect(getComputedStyle(root).backgroundColor).toBe('rgb(11, 17, 32)');
    expect(getComputedStyle(screen.getByRole('button', { name: 'Add selected' })).backgroundColor).toBe(
      'rgb(1, 2, 3)',
    );
    expect(getComputedStyle(document.documentElement).getPropertyValue('--paddock-primary')).toBe('');
    expect(getComputedStyle(document.body).colorScheme).not.toBe('dark');
  });
});
