import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import { userEvent } from 'vitest/browser';
import axe from 'axe-core';
import { MastraClient } from '@paddock/client-sdk';
import { BuilderProvider } from '../provider/builder-provider.js';
import * as PrimitivePickerPrimitive from '../primitives/primitive-picker/index.js';
import { createMockServer, type MockServerOptions } from '../testing/mock-server.js';
import { PrimitivePicker, type PrimitivePickerProps } from './primitive-picker.js';

async function axeViolations(context: Element = document.body) {
  const results = await axe.run(context, { resultTypes: ['violations'] });
  return results.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) }));
}

function renderPicker(props: PrimitivePickerProps = {}, server: MockServerOptions = {}) {
  const mock = createMockServer(server);
  const utils = render(
    <BuilderProvider client={mock.client} theme="light">
      <PrimitivePicker {...props} />
    </BuilderProvider>,
  );
  return { ...utils, mock };
}

// Options are named by their whole content (name first); tests address them by the visible name part.
const nameOf = (option: HTMLElement) =>
  option.querySelector('[data-slot="paddock-picker-item-name"]')?.textContent ?? null;
const optionNames = () => screen.queryAllByRole('option').map(nameOf);
function option(name: string): HTMLElement {
  const found = screen.queryAllByRole('option').find((o) => nameOf(o) === name);
  if (!found) throw new Error(`No option named ${name}; have ${optionNames().join(', ')}`);
  return found;
}
const findOption = (name: string) => waitFor(() => option(name));
/** Waits for entrance animations so axe measures final colours. */
const settled = () => Promise.all(document.getAnimations().map((a) => a.finished));

describe('when the builder settings cannot be read (policy unknown)', () => {
  it('offers nothing as selectable and says why', async () => {
    const mock = createMockServer();
    const inner = Reflect.get(mock.client, '_fetch') as (
      input: string,
      init?: RequestInit,
    ) => Promise<Response>;
    const client = new MastraClient({
      baseUrl: 'http://paddock.test',
      maxRetries: 0,
      fetch: (input: string, init?: RequestInit) =>
        new URL(input).pathname === '/api/editor/builder/settings'
          ? Promise.resolve(
              new Response(JSON.stringify({ error: 'Forbidden' }), {
                status: 403,
                headers: { 'content-type': 'application/json' },
              }),
            )
          : inner(input, init),
    });
    render(
      <BuilderProvider client={client} theme="light">
        <PrimitivePicker showUnavailable />
      </BuilderProvider>,
    );
    const notice = await screen.findByText(/the builder's allow-lists could not be read/);
    expect(notice).toHaveTextContent('You are not allowed to read the builder settings.');
    await findOption('web-search');
    for (const candidate of screen.getAllByRole('option')) {
      expect(candidate).toHaveAttribute('aria-disabled', 'true');
    }
    expect(screen.getByRole('button', { name: 'Add selected' })).toHaveAttribute('aria-disabled', 'true');
  });
});

describe('given an inline PrimitivePicker for a builder', () => {
  it('lists exactly the allow-listed primitives with risk labels, and no axe violations', async () => {
    renderPicker();
    await findOption('web-search');
    expect(optionNames()).toEqual([
      'lookup-order',
      'send-email',
      'web-search',
      'Support Agent',
      'Ticket triage',
      'gpt-4o-mini',
    ]);
    expect(within(option('send-email')).getByText('High risk')).toBeVisible();
    expect(within(option('send-email')).getByText('Requires approval')).toBeVisible();
    expect(within(option('send-email')).getByText('Side effects: sends email')).toBeVisible();
    expect(within(option('send-email')).getByText('Owner: Comms')).toBeVisible();
    expect(within(option('send-email')).getByText('Contact: comms@acme.test')).toBeVisible();
    expect(within(option('web-search')).getByText('Low risk')).toBeVisible();
    expect(within(option('lookup-order')).getByText('Risk not declared')).toBeVisible();
    expect(within(option('web-search')).getByText('Input: query: string, limit?: number')).toBeVisible();
    expect(within(option('gpt-4o-mini')).getByText('OpenAI: Provider connected')).toBeVisible();
    expect(screen.getByRole('status')).toHaveTextContent('6 primitives');
    expect(await axeViolations()).toEqual([]);
  });

  it('shows unavailable items greyed with their reason and never selects them', async () => {
    const onValueChange = vi.fn();
    renderPicker({ showUnavailable: true, onValueChange });
    const refund = await findOption('refund-order');
    expect(refund).toHaveAttribute('aria-disabled', 'true');
    expect(refund).toHaveAttribute('data-disabled');
    expect(within(refund).getByText('Not on the allow-list')).toBeVisible();
    expect(
      within(option('claude-haiku')).getByText('Provider not connected', {
        selector: '[data-slot="paddock-picker-item-unavailable-reason"]',
      }),
    ).toBeVisible();
    await userEvent.click(refund, { force: true });
    await userEvent.keyboard(' ');
    expect(refund).toHaveAttribute('aria-selected', 'false');
    expect(onValueChange).not.toHaveBeenCalled();
    expect(await axeViolations()).toEqual([]);
  });

  it('renders catalog text as text, never as HTML', async () => {
    renderPicker({ showUnavailable: true });
    const refund = await findOption('refund-order');
    expect(within(refund).getByText('Refunds an order <b>in full</b>.')).toBeVisible();
    expect(refund.querySelector('b')).toBeNull();
  });

  it('searches with ranking and highlighted matches, and filters by kind, risk and owner', async () => {
    renderPicker();
    await findOption('web-search');
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search primitives' }), 'email');
    await waitFor(() => expect(optionNames()).toEqual(['send-email']));
    const marks = option('send-email').querySelectorAll('mark');
    expect([...marks].map((m) => m.textContent)).toContain('email');
    await userEvent.clear(screen.getByRole('searchbox'));

    await userEvent.click(screen.getByRole('button', { name: 'Tool' }));
    expect(screen.getByRole('button', { name: 'Tool' })).toHaveAttribute('aria-pressed', 'true');
    await waitFor(() => expect(optionNames()).toEqual(['lookup-order', 'send-email', 'web-search']));
    await userEvent.click(screen.getByRole('button', { name: 'High risk' }));
    await waitFor(() => expect(optionNames()).toEqual(['send-email']));
    await userEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    await userEvent.click(screen.getByRole('button', { name: 'Support' }));
    await waitFor(() => expect(optionNames()).toEqual(['Support Agent', 'Ticket triage']));
  });

  it('is operable by keyboard: arrows, Home/End, type-ahead, Space toggles, Enter confirms', async () => {
    const onConfirm = vi.fn();
    const onOpenChange = vi.fn();
    renderPicker({ onConfirm, onOpenChange, open: true });
    await findOption('web-search');
    await userEvent.click(screen.getByRole('searchbox'));
    await userEvent.keyboard('{ArrowDown}');
    expect(option('lookup-order')).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    expect(option('send-email')).toHaveFocus();
    await userEvent.keyboard(' ');
    expect(option('send-email')).toHaveAttribute('aria-selected', 'true');
    await userEvent.keyboard('{End}');
    expect(option('gpt-4o-mini')).toHaveFocus();
    await userEvent.keyboard('{Home}');
    expect(option('lookup-order')).toHaveFocus();
    await userEvent.keyboard('w');
    expect(option('web-search')).toHaveFocus();
    await userEvent.keyboard(' ');
    // Only one option is in the tab order at a time (roving tab stop).
    expect(screen.getAllByRole('option').filter((o) => o.tabIndex === 0)).toHaveLength(1);
    expect(screen.getByText('2 selected')).toBeVisible();
    await userEvent.keyboard('{Enter}');
    expect(onConfirm).toHaveBeenCalledWith(['tool:send-email', 'tool:web-search']);
    expect(onOpenChange).toHaveBeenLastCalledWith(false);
    await userEvent.keyboard('{Escape}');
    expect(onOpenChange).toHaveBeenCalledTimes(2);
  });

  it('works uncontrolled from defaultValue', async () => {
    const onValueChange = vi.fn();
    renderPicker({ defaultValue: ['tool:web-search'], onValueChange });
    const web = await findOption('web-search');
    expect(web).toHaveAttribute('aria-selected', 'true');
    await userEvent.click(option('send-email'));
    expect(onValueChange).toHaveBeenLastCalledWith(['tool:web-search', 'tool:send-email']);
    expect(option('send-email')).toHaveAttribute('aria-selected', 'true');
  });

  it('works controlled: the host decides the selection', async () => {
    const mock = createMockServer();
    const seen: (readonly string[])[] = [];
    function Host() {
      const [value, setValue] = useState<readonly string[]>(['workflow:triage']);
      return (
        <BuilderProvider client={mock.client}>
          <PrimitivePicker
            value={value}
            onValueChange={(next) => {
              seen.push(next);
              // The host only accepts tools.
              setValue(next.filter((k) => k.startsWith('tool:') || k === 'workflow:triage'));
            }}
          />
          <output data-testid="host-value">{value.join(',')}</output>
        </BuilderProvider>
      );
    }
    render(<Host />);
    await findOption('web-search');
    expect(option('Ticket triage')).toHaveAttribute('aria-selected', 'true');
    await userEvent.click(option('Support Agent'));
    expect(seen.at(-1)).toEqual(['workflow:triage', 'agent:support-agent']);
    expect(option('Support Agent')).toHaveAttribute('aria-selected', 'false');
    await userEvent.click(option('web-search'));
    expect(screen.getByTestId('host-value')).toHaveTextContent('workflow:triage,tool:web-search');
  });

  it('disables Confirm with the reason for a viewer, and without a selection', async () => {
    renderPicker({}, { role: 'viewer' });
    await findOption('web-search');
    const confirm = screen.getByRole('button', { name: 'Add selected' });
    expect(confirm).toHaveAttribute('aria-disabled', 'true');
    expect(
      screen.getByText('You can view agents but not change them. Ask an admin for edit rights.'),
    ).toBeVisible();
    expect(confirm).toHaveAccessibleDescription(
      'You can view agents but not change them. Ask an admin for edit rights.',
    );
    expect(await axeViolations()).toEqual([]);
  });

  it('shows the loading state, then a typed error with a working retry', async () => {
    const { mock } = renderPicker({}, { failCatalogWith: 500 });
    expect(screen.getByText('Loading the catalog…')).toBeVisible();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveAttribute('data-error', 'server');
    expect(alert).toHaveTextContent(
      'The server ran into a problem. Try again; if it keeps happening, tell your admin.',
    );
    expect(await axeViolations()).toEqual([]);
    mock.setCatalogFailure(undefined);
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    await findOption('web-search');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows an empty state when nothing matches', async () => {
    renderPicker();
    await findOption('web-search');
    await userEvent.type(screen.getByRole('searchbox'), 'nothing like this');
    expect(await screen.findByText('No primitive matches your search or filters.')).toBeVisible();
    expect(screen.queryAllByRole('option')).toHaveLength(0);
    expect(await axeViolations()).toEqual([]);
  });
});

describe('given the dialog variant', () => {
  it('opens from its trigger into a themed portal, focuses the search, and closes on Escape', async () => {
    const onOpenChange = vi.fn();
    renderPicker({ variant: 'dialog', onOpenChange });
    await userEvent.click(screen.getByRole('button', { name: 'Add primitives' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add primitives' });
    expect(dialog.closest('[data-paddock-root]')).toHaveAttribute('data-theme', 'light');
    await waitFor(() => expect(screen.getByRole('searchbox')).toHaveFocus());
    await findOption('web-search');
    await settled();
    expect(await axeViolations(dialog)).toEqual([]);
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(onOpenChange).toHaveBeenLastCalledWith(false);
    expect(screen.getByRole('button', { name: 'Add primitives' })).toHaveFocus();
  });

  it('keeps the selection across open and close and confirms it', async () => {
    const onConfirm = vi.fn();
    renderPicker({ variant: 'dialog', onConfirm });
    await userEvent.click(screen.getByRole('button', { name: 'Add primitives' }));
    await userEvent.click(await findOption('web-search'));
    await userEvent.keyboard('{Escape}');
    await userEvent.click(screen.getByRole('button', { name: 'Add primitives' }));
    expect(await findOption('web-search')).toHaveAttribute('aria-selected', 'true');
    await userEvent.click(screen.getByRole('button', { name: 'Add selected' }));
    expect(onConfirm).toHaveBeenCalledWith(['tool:web-search']);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('is controlled through open/onOpenChange', async () => {
    const mock = createMockServer();
    function Host() {
      const [open, setOpen] = useState(true);
      return (
        <BuilderProvider client={mock.client}>
          <PrimitivePicker variant="dialog" open={open} onOpenChange={setOpen} />
          <output data-testid="open">{String(open)}</output>
        </BuilderProvider>
      );
    }
    render(<Host />);
    expect(await screen.findByRole('dialog')).toBeInTheDocument();
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.getByTestId('open')).toHaveTextContent('false'));
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});

describe('given the headless parts', () => {
  it('merges className, sets data-slot and data-state on every part, and supports asChild', async () => {
    const mock = createMockServer();
    render(
      <BuilderProvider client={mock.client}>
        <PrimitivePickerPrimitive.Root className="host-root" defaultValue={['tool:web-search']}>
          <PrimitivePickerPrimitive.Search className="host-search" />
          <PrimitivePickerPrimitive.List className="host-list">
            <PrimitivePickerPrimitive.Item className="host-item">
              <PrimitivePickerPrimitive.ItemName className="host-name" />
              <PrimitivePickerPrimitive.ItemRisk />
            </PrimitivePickerPrimitive.Item>
          </PrimitivePickerPrimitive.List>
          <PrimitivePickerPrimitive.Confirm asChild>
            <a href="#confirm" className="host-link">
              Use
            </a>
          </PrimitivePickerPrimitive.Confirm>
        </PrimitivePickerPrimitive.Root>
      </BuilderProvider>,
    );
    const web = await findOption('web-search');
    const root = document.querySelector('[data-slot="paddock-picker-root"]');
    expect(root).toHaveClass('host-root');
    expect(root).toHaveAttribute('data-state', 'open');
    expect(root).toHaveAttribute('data-status', 'ready');
    expect(screen.getByRole('searchbox')).toHaveClass('host-search');
    expect(screen.getByRole('searchbox')).toHaveAttribute('data-slot', 'paddock-picker-search');
    expect(screen.getByRole('listbox')).toHaveClass('host-list');
    expect(web).toHaveClass('host-item');
    expect(web).toHaveAttribute('data-state', 'checked');
    expect(web).toHaveAttribute('data-risk', 'low');
    expect(web.querySelector('[data-slot="paddock-picker-item-name"]')).toHaveClass('host-name');
    const link = screen.getByText('Use');
    expect(link.tagName).toBe('A');
    expect(link).toHaveClass('host-link');
    expect(link).toHaveAttribute('data-slot', 'paddock-picker-confirm');
    expect(link).toHaveAttribute('data-state', 'enabled');
    for (const part of document.querySelectorAll('[data-slot^="paddock-picker-"]')) {
      expect(part, part.getAttribute('data-slot') ?? '').toHaveAttribute('data-state');
    }
  });

  it('puts data-slot and data-state on every part of the styled picker, inline and in the dialog', async () => {
    /** Every slotted element (and each highlight `mark`) carries both attributes; names the offender. */
    const missing = () =>
      [...document.querySelectorAll('[data-slot^="paddock-"], mark')]
        .filter((el) => !el.getAttribute('data-slot') || !el.hasAttribute('data-state'))
        .map((el) => el.getAttribute('data-slot') ?? el.outerHTML.slice(0, 80));
    const { unmount } = renderPicker({ showUnavailable: true });
    await findOption('web-search');
    await userEvent.type(screen.getByRole('searchbox'), 'search');
    await waitFor(() => expect(document.querySelector('mark')).not.toBeNull());
    expect(document.querySelector('[data-slot="paddock-picker-inline-root"]')).toHaveAttribute(
      'data-state',
      'open',
    );
    expect(missing()).toEqual([]);
    unmount();
    renderPicker({ variant: 'dialog' });
    const trigger = screen.getByRole('button', { name: 'Add primitives' });
    expect(trigger).toHaveAttribute('data-slot', 'paddock-picker-trigger');
    expect(trigger).toHaveAttribute('data-state', 'closed');
    await userEvent.click(trigger);
    await findOption('web-search');
    expect(trigger).toHaveAttribute('data-state', 'open');
    expect(missing()).toEqual([]);
  });

  it('names itself when rendered outside BuilderProvider', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => render(<PrimitivePicker />)).toThrow(
      '`PrimitivePicker` must be used within `BuilderProvider`',
    );
    spy.mockRestore();
  });

  it('fails loudly when a part is used outside its Root', () => {
    const mock = createMockServer();
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() =>
      render(
        <BuilderProvider client={mock.client}>
          <PrimitivePickerPrimitive.Search />
        </BuilderProvider>,
      ),
    ).toThrow('`PrimitivePickerPrimitive.Search` must be used within `PrimitivePickerPrimitive.Root`');
    spy.mockRestore();
  });
});
