import { afterEach, describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import { userEvent } from 'vitest/browser';
import { BuilderProvider } from './builder-provider.js';
import { PrimitivePicker } from '../components/primitive-picker.js';
import { AgentComposer } from '../components/agent-composer.js';
import { createMemoryDraftStorage } from '../core/draft-storage.js';
import { paddockCss } from '../styles/index.js';
import { createMockServer } from '../testing/mock-server.js';
import { createComposerMockServer, supportBot } from '../testing/composer-mock-server.js';

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

// The way application stylesheets are really written: rules under the app's mount point (`#root`, `.app`),
// which outrank a one-attribute reset, a modal library's `[role="dialog"]` rules and `body > div` rules that hit
// portals, and `!important` on the page's own ancestors.
//
// What the kit does not promise: a host `!important` rule that matches kit elements themselves (say
// `* { box-sizing: content-box !important }`) beats every normal declaration by the cascade, whatever its
// specificity. Answering with `!important` in the kit would take the kit's parts away from the host's own
// `className` rules too, so the kit stays out of that fight and this sheet does not test it.
const APP_CSS = `
.app div { margin: 13px; padding: 11px; border: 3px solid rgb(255, 0, 0); }
.app button { all: unset; }
#root input, #root textarea, #root select { font-size: 25px; padding: 20px; border: 5px solid rgb(0, 255, 0); }
.app label { display: block; font-weight: 700; text-transform: uppercase; }
#root ul { list-style: disc; padding-left: 40px; margin: 16px 0; }
.app h2, .app h3 { font-size: 40px; margin: 30px 0; }
body > div { padding: 20px; }
[role="dialog"] { position: static; width: 100px; padding: 50px; background: rgb(255, 0, 0); }
html { font-size: 9px !important; }
body { color: rgb(0, 128, 0) !important; line-height: 3 !important; letter-spacing: 3px !important; }
`;

function addStyle(css: string) {
  const style = document.createElement('style');
  style.dataset.testHost = '';
  style.textContent = css;
  document.head.append(style);
  return style;
}

afterEach(() => {
  document.querySelectorAll('style[data-test-host]').forEach((s) => s.remove());
  document.getElementById('root')?.remove();
});

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
  'display',
  'list-style-type',
  'font-weight',
];

async function find(selector: string, scope: ParentNode = document) {
  return waitFor(() => {
    const el = scope.querySelector(selector);
    if (!el) throw new Error(`no ${selector} yet`);
    return el;
  });
}

/** Every selector of every stylesheet the kit injected (React hoists them as `<style data-href="paddock-…">`). */
function kitSelectors() {
  const sheets = [...document.styleSheets].filter((s) =>
    (s.ownerNode as Element | null)?.getAttribute('data-href')?.startsWith('paddock'),
  );
  const selectors = sheets.flatMap((sheet) =>
    [...sheet.cssRules].flatMap((rule) =>
      rule instanceof CSSStyleRule
        ? [rule.selectorText]
        : rule instanceof CSSMediaRule
          ? [...rule.cssRules].map((r) => (r as CSSStyleRule).selectorText)
          : [],
    ),
  );
  return { hrefs: sheets.map((s) => (s.ownerNode as Element).getAttribute('data-href')), selectors };
}

/** A selector list split at its top-level commas (not those inside `:is(…)` or `:not(…)`). */
function topLevelParts(selector: string) {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of selector) {
    if (char === ',' && depth === 0) {
      parts.push(current.trim());
      current = '';
      continue;
    }
    if (char === '(') depth += 1;
    if (char === ')') depth -= 1;
    current += char;
  }
  return [...parts, current.trim()];
}

// Runs first, before any test below has let React inject the kit's sheets (they stay in <head> once hoisted).
describe('given a host that turns style injection off and ships paddockCss itself', () => {
  it('injects nothing, and the exported paddockCss styles the composer as well as the picker', async () => {
    expect(document.querySelector('style[data-href^="paddock"]')).toBeNull();
    addStyle(paddockCss);
    const server = createComposerMockServer({ agents: [supportBot] });
    render(
      <BuilderProvider client={server.client} theme="light" injectStyles={false}>
        <AgentComposer agentId="support-bot" storage={createMemoryDraftStorage()} />
      </BuilderProvider>,
    );
    await screen.findByRole('textbox', { name: 'Name' });
    expect(document.querySelector('style[data-href^="paddock"]')).toBeNull();
    // Without the composer's block in paddockCss the composer would be an unstyled `display: block` stack.
    const composer = document.querySelector('[data-slot="paddock-composer"]')!;
    expect(probe(composer, ['display', 'column-gap'])).toEqual({ display: 'grid', 'column-gap': '20px' });
    const form = document.querySelector('[data-slot="paddock-composer-form"]')!;
    expect(probe(form, ['display', 'padding-top', 'border-top-width', 'background-color'])).toEqual({
      display: 'flex',
      'padding-top': '16px',
      'border-top-width': '1px',
      'background-color': 'rgb(255, 255, 255)',
    });
    const status = document.querySelector('[data-slot="paddock-composer-save-status"]')!;
    expect(getComputedStyle(status).borderTopLeftRadius).toBe('999px');
    // The binding picker inside the composer gets the composer's tighter frame and shorter list, not the
    // standalone picker's (12px padding, 380px list).
    screen.getByRole('button', { name: 'Add tools' }).click();
    const bindingPicker = await find('[data-slot="paddock-picker-root"][data-composer-kind="tools"]');
    expect(getComputedStyle(bindingPicker).paddingTop).toBe('8px');
    // The picker's list loads with the first open (React.lazy), after its root.
    const list = await find('[data-slot="paddock-picker-list"]', bindingPicker);
    expect(getComputedStyle(list).height).toBe('280px');
  });
});

describe('given a page that renders only the picker', () => {
  it("injects the base sheet and the picker's sheet, not the composer's", async () => {
    const mock = createMockServer();
    const { unmount } = render(
      <BuilderProvider client={mock.client} theme="light">
        <PrimitivePicker defaultValue={['tool:web-search']} />
      </BuilderProvider>,
    );
    await find('[data-key="tool:web-search"]');
    expect(kitSelectors().hrefs).toEqual(['paddock-builder-ui', 'paddock-primitive-picker']);
    unmount();
  });
});

// Host rules that target form controls by element: the kit's reset must still give every control a usable box.
const CONTROL_HOSTILE_SHEETS = {
  'input, select { height: 12px }': 'input, select { height: 12px; }',
  'input { display: none }': 'input { display: none; }',
  '* { all: unset }': '* { all: unset; }',
};

/** Every form control and button the styled composer and picker render, with why it is unusable (if it is). */
function unusableControls(scope: ParentNode): string[] {
  const problems: string[] = [];
  for (const el of scope.querySelectorAll<HTMLElement>('input, select, textarea, button')) {
    const cs = getComputedStyle(el);
    const rect = el.getBoundingClientRect();
    const label = `${el.tagName.toLowerCase()}[${el.getAttribute('data-slot') ?? el.getAttribute('type') ?? ''}]`;
    const tick = el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio');
    if (cs.display === 'none' || cs.visibility !== 'visible') problems.push(`${label}: hidden`);
    else if (tick && (cs.appearance === 'none' || rect.width < 10 || rect.height < 10))
      problems.push(`${label}: ${rect.width}x${rect.height} ${cs.appearance}`);
    else if (!tick && rect.height < 20) problems.push(`${label}: ${Math.round(rect.height)}px tall`);
  }
  return problems;
}

describe('given host rules aimed at form controls', () => {
  for (const [name, css] of Object.entries(CONTROL_HOSTILE_SHEETS)) {
    it(`keeps every composer and picker control usable under ${name}`, async () => {
      addStyle(css);
      const mock = createMockServer();
      const composerServer = createComposerMockServer({ agents: [supportBot] });
      const { container } = render(
        <>
          <BuilderProvider client={mock.client} theme="light">
            <PrimitivePicker />
          </BuilderProvider>
          <BuilderProvider client={composerServer.client} theme="light">
            <AgentComposer agentId="support-bot" storage={createMemoryDraftStorage()} />
          </BuilderProvider>
          <BuilderProvider client={composerServer.client} theme="light">
            <AgentComposer storage={createMemoryDraftStorage()} />
          </BuilderProvider>
        </>,
      );
      await find('[data-key="tool:web-search"]', container);
      await find('[data-slot="paddock-composer-section"][data-section="memory"]', container);
      await find('[data-slot="paddock-composer-agent-id"]', container);
      expect(container.querySelectorAll('input, select, textarea, button').length).toBeGreaterThan(20);
      expect(unusableControls(container)).toEqual([]);
      // And the controls really work: the new agent's name takes typing.
      const names = screen.getAllByRole('textbox', { name: 'Name' });
      const newName = names[names.length - 1]!;
      await userEvent.type(newName, 'Styled anyway');
      expect(newName).toHaveValue('Styled anyway');
    });
  }
});

describe('given a host page with hostile global CSS', () => {
  it('leaves host elements exactly as they were, and keeps the picker, the composer and the dialog intact', async () => {
    addStyle(HOSTILE_CSS);
    addStyle(APP_CSS);
    // The app's mount point, as in most React hosts: the kit renders inside it, next to the host's own markup.
    const mount = document.createElement('div');
    mount.id = 'root';
    mount.className = 'app';
    document.body.append(mount);
    const host = document.createElement('section');
    host.innerHTML =
      '<div class="host-div">host <span>text</span></div><button>host button</button>' +
      '<input aria-label="host input" /><label>host label</label><ul><li>host item</li></ul><h3>host heading</h3>';
    mount.append(host);
    const kitMount = document.createElement('div');
    kitMount.dataset.testid = 'kit';
    mount.append(kitMount);
    const hostElements = [
      ...host.querySelectorAll('div, span, button, input, label, ul, h3'),
      mount,
      document.body,
      document.documentElement,
    ];
    const before = hostElements.map((el) => probe(el, HOST_PROPS));

    const mock = createMockServer();
    const composerServer = createComposerMockServer({ agents: [supportBot] });
    render(
      <>
        <BuilderProvider client={mock.client} theme="light">
          <div data-testid="inline-picker">
            <PrimitivePicker defaultValue={['tool:web-search']} />
          </div>
          <PrimitivePicker variant="dialog" defaultOpen />
        </BuilderProvider>
        <BuilderProvider client={composerServer.client} theme="light">
          <AgentComposer agentId="support-bot" storage={createMemoryDraftStorage()} />
        </BuilderProvider>
      </>,
      { container: kitMount },
    );
    const inline = await find('[data-testid="inline-picker"]');
    const option = await find('[data-key="tool:web-search"]', inline);
    const dialog = await find('[data-slot="paddock-picker-dialog-content"]');
    await find('[data-key="tool:web-search"]', dialog);
    await find('[data-slot="paddock-composer-section"][data-section="memory"]');
    // The test panel arrives in the composer's deferred chunk, with its own sheet.
    await find('[data-slot="paddock-composer-test"]');

    // The host is untouched: same computed styles after the kit injected its stylesheets.
    expect(hostElements.map((el) => probe(el, HOST_PROPS))).toEqual(before);
    // The kit's stylesheets (the base sheet and the composer's) have no global selectors at all.
    const { hrefs, selectors } = kitSelectors();
    // The base sheet first, then each component's own (React keeps one per href, in first-insertion order).
    expect(hrefs).toEqual([
      'paddock-builder-ui',
      'paddock-primitive-picker',
      'paddock-agent-composer',
      'paddock-agent-composer-test',
    ]);
    expect(selectors.length).toBeGreaterThan(100);
    expect(selectors.some((s) => s.includes('paddock-composer-form'))).toBe(true);
    for (const selector of selectors) {
      // The whole scope, not just the attribute: a rule without the id-weight would lose to `.app div`.
      for (const part of topLevelParts(selector)) {
        expect(part, selector).toMatch(/^\[data-paddock-root\]:not\(#paddock-scope\)/);
      }
    }

    // The inline picker is intact: its own box model, colours and layout win over the host's rules.
    const root = inline.querySelector('[data-slot="paddock-picker-root"]')!;
    expect(
      probe(root, ['box-sizing', 'margin-top', 'padding-top', 'border-top-width', 'background-color']),
    ).toEqual({
      'box-sizing': 'border-box',
      'margin-top': '0px',
      'padding-top': '12px',
      'border-top-width': '1px',
      'background-color': 'rgb(255, 255, 255)',
    });
    expect(probe(root, ['font-size', 'letter-spacing', 'line-height'])).toEqual({
      'font-size': '14px',
      'letter-spacing': 'normal',
      // 1.45 × 14px: the host's `!important` line-height on <body> does not leak in.
      'line-height': '20.3px',
    });
    const kitRoot = root.closest('[data-paddock-root]')!;
    expect(getComputedStyle(kitRoot).fontFamily).not.toContain('Times New Roman');
    expect(probe(kitRoot, ['background-color', 'margin-top', 'padding-top', 'color'])).toEqual({
      'background-color': 'rgba(0, 0, 0, 0)',
      'margin-top': '0px',
      'padding-top': '0px',
      color: getComputedStyle(root).color,
    });
    expect(getComputedStyle(kitRoot).color).not.toBe('rgb(0, 128, 0)');
    expect(probe(option, ['position', 'display', 'padding-top', 'margin-top', 'background-color'])).toEqual({
      position: 'absolute',
      display: 'grid',
      'padding-top': '10px',
      'margin-top': '0px',
      // Selected rows use the accent surface.
      'background-color': 'rgb(238, 242, 255)',
    });
    expect(
      getComputedStyle(within(inline as HTMLElement).getByRole('listbox', { hidden: true })).overflowY,
    ).toBe('auto');
    const name = option.querySelector('[data-slot="paddock-picker-item-name"]')!;
    expect(probe(name, ['text-transform', 'font-size', 'margin-top'])).toEqual({
      'text-transform': 'none',
      'font-size': '14px',
      'margin-top': '0px',
    });
    const search = inline.querySelector('[data-slot="paddock-picker-search"]')!;
    expect(probe(search, ['height', 'border-top-width', 'box-sizing', 'font-size', 'padding-left'])).toEqual({
      height: '36px',
      'border-top-width': '1px',
      'box-sizing': 'border-box',
      'font-size': '14px',
      'padding-left': '10px',
    });
    const confirm = within(inline as HTMLElement).getByRole('button', { name: 'Add selected', hidden: true });
    // Not `display`: the footer's flex layout blockifies the button, so it reads `flex` either way.
    expect(probe(confirm, ['height', 'background-color', 'border-top-style', 'font-size', 'cursor'])).toEqual(
      {
        height: '34px',
        'background-color': 'rgb(67, 56, 202)',
        'border-top-style': 'solid',
        'font-size': '14px',
        cursor: 'pointer',
      },
    );

    // The dialog's portaled content is outside #root, in its own themed root right under <body>.
    const portalRoot = dialog.closest('[data-paddock-root]')!;
    expect(portalRoot.parentElement).toBe(document.body);
    expect(probe(portalRoot, ['padding-top', 'background-color'])).toEqual({
      'padding-top': '0px',
      'background-color': 'rgba(0, 0, 0, 0)',
    });
    expect(
      probe(dialog, ['position', 'padding-top', 'background-color', 'box-sizing', 'font-size', 'width']),
    ).toEqual({
      position: 'fixed',
      'padding-top': '16px',
      'background-color': 'rgb(255, 255, 255)',
      'box-sizing': 'border-box',
      'font-size': '14px',
      width: `${Math.min(760, window.innerWidth - 32)}px`,
    });
    expect(
      getComputedStyle(portalRoot.querySelector('[data-slot="paddock-picker-dialog-overlay"]')!).position,
    ).toBe('fixed');
    const dialogSearch = dialog.querySelector('[data-slot="paddock-picker-search"]')!;
    expect(probe(dialogSearch, ['height', 'border-top-width', 'margin-top'])).toEqual({
      height: '36px',
      'border-top-width': '1px',
      'margin-top': '0px',
    });

    // The composer is intact under the app's #root/.app rules.
    const composer = document.querySelector('[data-slot="paddock-composer"]')!;
    expect(probe(composer, ['display', 'margin-top', 'padding-top', 'border-top-width'])).toEqual({
      display: 'grid',
      'margin-top': '0px',
      'padding-top': '0px',
      'border-top-width': '0px',
    });
    const form = composer.querySelector('[data-slot="paddock-composer-form"]')!;
    expect(
      probe(form, ['display', 'margin-top', 'padding-top', 'border-top-width', 'background-color']),
    ).toEqual({
      display: 'flex',
      'margin-top': '0px',
      'padding-top': '16px',
      'border-top-width': '1px',
      'background-color': 'rgb(255, 255, 255)',
    });
    const header = composer.querySelector('[data-slot="paddock-composer-header"]')!;
    expect(probe(header, ['margin-top', 'padding-top', 'border-top-width', 'background-color'])).toEqual({
      'margin-top': '0px',
      'padding-top': '0px',
      'border-top-width': '0px',
      'background-color': 'rgba(0, 0, 0, 0)',
    });
    const title = composer.querySelector('[data-slot="paddock-composer-section-title"]')!;
    expect(probe(title, ['font-size', 'margin-top', 'font-weight'])).toEqual({
      'font-size': '14px',
      'margin-top': '0px',
      'font-weight': '600',
    });
    const nameInput = within(composer as HTMLElement).getByRole('textbox', { name: 'Name', hidden: true });
    expect(probe(nameInput, ['font-size', 'padding-top', 'border-top-width', 'box-sizing'])).toEqual({
      'font-size': '14px',
      'padding-top': '7px',
      'border-top-width': '1px',
      'box-sizing': 'border-box',
    });
    const instructions = composer.querySelector('[data-slot="paddock-composer-instructions"]')!;
    expect(probe(instructions, ['padding-top', 'border-top-width'])).toEqual({
      'padding-top': '7px',
      'border-top-width': '1px',
    });
    const model = composer.querySelector('[data-slot="paddock-composer-model"]')!;
    expect(probe(model, ['font-size', 'padding-top', 'border-top-width'])).toEqual({
      'font-size': '14px',
      'padding-top': '7px',
      'border-top-width': '1px',
    });
    const label = composer.querySelector('[data-slot="paddock-composer-label"]')!;
    expect(probe(label, ['font-weight', 'text-transform'])).toEqual({
      'font-weight': '500',
      'text-transform': 'none',
    });
    const memoryOption = composer.querySelector('[data-slot="paddock-composer-memory-option"]')!;
    expect(probe(memoryOption, ['display', 'font-weight', 'text-transform'])).toEqual({
      display: 'flex',
      'font-weight': '400',
      'text-transform': 'none',
    });
    const bindings = composer.querySelector('[data-slot="paddock-composer-bindings"]')!;
    expect(probe(bindings, ['display', 'list-style-type', 'padding-left', 'margin-top'])).toEqual({
      display: 'flex',
      'list-style-type': 'none',
      'padding-left': '0px',
      'margin-top': '0px',
    });
    const add = composer.querySelector('[data-slot="paddock-composer-add"]')!;
    expect(
      probe(add, [
        'align-items',
        'height',
        'border-top-style',
        'border-top-width',
        'cursor',
        'background-color',
      ]),
    ).toEqual({
      'align-items': 'center',
      height: '34px',
      'border-top-style': 'solid',
      'border-top-width': '1px',
      cursor: 'pointer',
      'background-color': 'rgb(255, 255, 255)',
    });
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

describe('given a user who prefers reduced motion', () => {
  it('keeps every kit animation and transition behind prefers-reduced-motion: no-preference', () => {
    // Read from the stylesheet itself: whatever the media state of the test browser, a motion rule outside
    // the no-preference query would run for users who asked for none.
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(paddockCss);
    const moving: { selector: string; guarded: boolean }[] = [];
    const walk = (rules: CSSRuleList, guarded: boolean) => {
      for (const rule of rules) {
        if (rule instanceof CSSMediaRule) {
          walk(rule.cssRules, guarded || /prefers-reduced-motion:\s*no-preference/.test(rule.conditionText));
        } else if (rule instanceof CSSStyleRule) {
          const { animationName, transitionProperty, transitionDuration } = rule.style;
          const animates = animationName !== '' && animationName !== 'none';
          const transitions = transitionProperty !== '' && !/^(0s,?\s*)+$/.test(transitionDuration);
          if (animates || transitions) moving.push({ selector: rule.selectorText, guarded });
        }
      }
    };
    walk(sheet.cssRules, false);
    expect(moving.length).toBeGreaterThan(0);
    expect(moving.filter((rule) => !rule.guarded)).toEqual([]);
  });
});
