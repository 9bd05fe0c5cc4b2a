import { useState } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { PrimitivePicker, type ThemeTokens } from '@paddock/builder-ui';
import { PrimitivePickerPrimitive } from '@paddock/builder-ui/primitives';
import {
  createReplayServer,
  findExchange,
  scenarios,
  type RecordedRole,
  type ReplayOptions,
} from '../fixtures/replay';
import { makeLargeCatalog } from './mock-client';
import { createReplayKit } from './replay-kit';

/* The catalog the real playground server answered (record.ts), replayed per role: six tools (five on the
   builder's allow-list, the pricing tool not), the allow-listed agents and workflows, and the mock provider's
   models. Only Large synthesizes items; Long text rewrites the recorded descriptions. */

const Kit = createReplayKit<RecordedRole>(createReplayServer, 'builder');

const meta: Meta<typeof PrimitivePicker> = {
  title: 'Builder/PrimitivePicker',
  component: PrimitivePicker,
  parameters: { layout: 'padded' },
  render: (args) => (
    <Kit>
      <PrimitivePicker {...args} />
    </Kit>
  ),
};
export default meta;
type Story = StoryObj<typeof PrimitivePicker>;

const nameOf = (option: HTMLElement) =>
  option.querySelector('[data-slot="paddock-picker-item-name"]')?.textContent ?? '';
const findOption = (canvas: ReturnType<typeof within>, name: string) =>
  waitFor(() => {
    const options: HTMLElement[] = canvas.queryAllByRole('option');
    const found = options.find((o) => nameOf(o) === name);
    if (!found) throw new Error(`no option ${name}`);
    return found;
  });
const pickerRoot = (canvasElement: HTMLElement) =>
  canvasElement.querySelector<HTMLElement>('[data-slot="paddock-picker"]') ??
  canvasElement.querySelector<HTMLElement>('[data-paddock-root]')!;

/** A recorded JSON answer of the builder's recording (a fresh copy). */
function recorded<T>(path: string): T {
  const exchange = findExchange(scenarios.builder, 'GET', path, '');
  if (!exchange?.body) throw new Error(`not recorded: GET ${path}`);
  return structuredClone(exchange.body) as T;
}

/** The main flow: search the recorded catalog, read a tool's risk, select it from the keyboard. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await findOption(canvas, 'crm-lookup-tool');
    // The pricing tool is off the builder's allow-list: hidden by default.
    await expect(canvas.queryAllByRole('option').some((o) => nameOf(o) === 'pricing-approval-tool')).toBe(
      false,
    );
    await userEvent.type(canvas.getByRole('searchbox', { name: 'Search primitives' }), 'refund');
    const refund = await findOption(canvas, 'refund-issue-tool');
    await expect(within(refund).getByText('High risk')).toBeVisible();
    await expect(within(refund).getByText('Requires approval')).toBeVisible();
    await expect(within(refund).getByText('Owner: Finance Operations')).toBeVisible();
    await userEvent.keyboard('{ArrowDown}');
    await userEvent.keyboard(' ');
    await expect(refund).toHaveAttribute('aria-selected', 'true');
    await expect(canvas.getByText('1 selected')).toBeVisible();
  },
};

/** `showUnavailable`: what is off the allow-list shows, disabled, with the reason. */
export const ShowUnavailable: Story = {
  args: { showUnavailable: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const pricing = await findOption(canvas, 'pricing-approval-tool');
    await expect(pricing).toHaveAttribute('aria-disabled', 'true');
    await expect(within(pricing).getByText('Not on the allow-list')).toBeVisible();
  },
};

export const DialogVariant: Story = {
  args: { variant: 'dialog' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Add primitives' }));
    // The dialog is portaled to the body, inside its own themed kit root.
    const dialog = await within(document.body).findByRole('dialog', { name: 'Add primitives' });
    await expect(dialog.closest('[data-paddock-root]')).not.toBeNull();
    await findOption(within(dialog), 'crm-lookup-tool');
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(within(document.body).queryByRole('dialog')).toBeNull());
  },
};

function ControlledPicker() {
  const [value, setValue] = useState<readonly string[]>(['tool:crm-lookup-tool']);
  return (
    <>
      <PrimitivePicker value={value} onValueChange={setValue} />
      <p>
        Host state: <output data-testid="host-value">{value.join(', ') || 'none'}</output>
      </p>
    </>
  );
}

/** The host owns the selection: `value` + `onValueChange`. */
export const Controlled: Story = {
  render: () => (
    <Kit>
      <ControlledPicker />
    </Kit>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const tickets = await findOption(canvas, 'ticket-search-tool');
    await expect(canvas.getByTestId('host-value')).toHaveTextContent('tool:crm-lookup-tool');
    await userEvent.click(tickets);
    await expect(canvas.getByTestId('host-value')).toHaveTextContent(
      'tool:crm-lookup-tool, tool:ticket-search-tool',
    );
  },
};

/** The recorded viewer (`*:read`) browses the catalog; adding is disabled with the reason. */
export const PermissionDenied: Story = {
  name: 'Permission denied (viewer)',
  render: (args) => (
    <Kit person="viewer">
      <PrimitivePicker {...args} />
    </Kit>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await findOption(canvas, 'crm-lookup-tool');
    await expect(canvas.getByRole('button', { name: 'Add selected' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    await expect(
      canvas.getByText('You can view agents but not change them. Ask an admin for edit rights.'),
    ).toBeVisible();
  },
};

const holdOptions: ReplayOptions = { hold: true };
export const Loading: Story = {
  render: (args) => (
    <Kit options={holdOptions}>
      <PrimitivePicker {...args} />
    </Kit>
  ),
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('Loading the catalog…')).toBeVisible();
  },
};

const serverErrorOptions: ReplayOptions = { failures: [{ route: /^GET \/api\/tools$/, answer: 500 }] };
/** The tools route answers 500: the reason and a retry, never a blank picker. */
export const ServerError: Story = {
  name: 'Error: server 500',
  render: (args) => (
    <Kit options={serverErrorOptions}>
      <PrimitivePicker {...args} />
    </Kit>
  ),
  play: async ({ canvasElement }) => {
    const alert = await within(canvasElement).findByRole('alert');
    await expect(alert).toHaveTextContent('The catalog could not be loaded');
    await expect(within(alert).getByRole('button', { name: 'Retry' })).toBeVisible();
  },
};

const malformedOptions: ReplayOptions = {
  failures: [{ route: /^GET \/api\/agents\/providers$/, answer: 'malformed' }],
};
/** A 200 whose body fails validation (the model providers) becomes a typed error in the picker. */
export const MalformedResponse: Story = {
  name: 'Error: response fails validation',
  render: (args) => (
    <Kit options={malformedOptions}>
      <PrimitivePicker {...args} />
    </Kit>
  ),
  play: async ({ canvasElement }) => {
    const alert = await within(canvasElement).findByRole('alert');
    await expect(alert).toHaveTextContent('The catalog could not be loaded');
    await expect(alert).toHaveTextContent(/did not match the expected shape/);
  },
};

const unreadableSettings: ReplayOptions = {
  failures: [{ route: 'GET /api/editor/builder/settings', answer: 'malformed' }],
};
/** Builder settings that fail validation: no primitive is known to be allowed, and the picker says why. */
export const SettingsUnreadable: Story = {
  name: 'Error: allow-lists fail validation',
  render: (args) => (
    <Kit options={unreadableSettings}>
      <PrimitivePicker {...args} />
    </Kit>
  ),
  play: async ({ canvasElement }) => {
    await expect(
      await within(canvasElement).findByText(/the builder's allow-lists could not be read/),
    ).toBeVisible();
  },
};

const emptyOptions: ReplayOptions = {
  overrides: [
    { route: /^GET \/api\/tools$/, body: {} },
    { route: /^GET \/api\/agents$/, body: {} },
    { route: /^GET \/api\/workflows$/, body: {} },
    { route: /^GET \/api\/agents\/providers$/, body: { providers: [] } },
  ],
};
/** A server with nothing registered. */
export const Empty: Story = {
  render: (args) => (
    <Kit options={emptyOptions}>
      <PrimitivePicker {...args} />
    </Kit>
  ),
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('No primitives are available to you.')).toBeVisible();
  },
};

export const Dark: Story = {
  args: { showUnavailable: true },
  render: (args) => (
    <Kit theme="dark">
      <PrimitivePicker {...args} />
    </Kit>
  ),
  play: async ({ canvasElement }) => {
    await findOption(within(canvasElement), 'refund-issue-tool');
    await expect(canvasElement.querySelector('[data-paddock-root]')).toHaveAttribute('data-theme', 'dark');
  },
};

const CUSTOM_TOKENS: ThemeTokens = {
  primary: '#0f5c4a',
  'primary-foreground': '#ffffff',
  accent: '#d9f2ea',
  'accent-foreground': '#0b3d31',
  radius: '2px',
};
/** A host's brand through `--paddock-*` tokens only. */
export const CustomTheme: Story = {
  name: 'Custom theme (tokens)',
  render: (args) => (
    <Kit tokens={CUSTOM_TOKENS}>
      <PrimitivePicker {...args} />
    </Kit>
  ),
  play: async ({ canvasElement }) => {
    await findOption(within(canvasElement), 'crm-lookup-tool');
    const root = canvasElement.querySelector<HTMLElement>('[data-paddock-root]')!;
    await expect(root.style.getPropertyValue('--paddock-primary')).toBe('#0f5c4a');
  },
};

const large = makeLargeCatalog(10_000);

/** 10,000 primitives (synthesized): virtualized, searchable. */
export const Large: Story = {
  name: 'Large (10,000 primitives)',
  args: { items: large, showUnavailable: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await findOption(canvas, 'Primitive 0');
    await expect(canvas.getByRole('status')).toHaveTextContent('10000 primitives');
    // Virtualized: a handful of rows in the DOM for ten thousand items.
    await expect(canvas.getAllByRole('option').length).toBeLessThan(60);
    await userEvent.type(canvas.getByRole('searchbox', { name: 'Search primitives' }), 'Primitive 9999');
    await findOption(canvas, 'Primitive 9999');
  },
};

const LONG_WORD = 'x'.repeat(5000);
type RecordedTools = Record<string, { description: string; [key: string]: unknown }>;
/** The recorded tools with their descriptions' first line replaced by a long word, Arabic and Japanese. */
function longTextTools(): RecordedTools {
  const tools = recorded<RecordedTools>('/api/tools');
  const rewrite = (id: string, text: string) => {
    const [, ...annotations] = tools[id]!.description.split('\n');
    tools[id]!.description = [text, ...annotations].join('\n');
  };
  rewrite('crm-lookup-tool', `${LONG_WORD} looks up a customer`);
  rewrite('ticket-search-tool', 'يبحث عن التذاكر المفتوحة للعميل ويعرض آخر التحديثات');
  rewrite('customer-summary-tool', '顧客の契約状況と最近のチケットを要約するツールです。');
  return tools;
}
const longTextOptions: ReplayOptions = {
  overrides: [{ route: /^GET \/api\/tools$/, body: longTextTools() }],
};

/** A 5,000-character word, right-to-left and CJK text: wrapped, never pushing the picker wider. */
export const LongText: Story = {
  name: 'Long text (5,000-character word, RTL, CJK)',
  render: (args) => (
    <Kit options={longTextOptions}>
      <PrimitivePicker {...args} />
    </Kit>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await findOption(canvas, 'crm-lookup-tool');
    await expect(await canvas.findByText(/يبحث عن التذاكر/)).toBeVisible();
    await expect(canvas.getByText(/顧客の契約状況/)).toBeVisible();
    const root = pickerRoot(canvasElement);
    await expect(root.scrollWidth).toBeLessThanOrEqual(root.clientWidth + 1);
  },
};

/** The same text in a right-to-left page. */
export const LongTextRtl: Story = {
  name: 'Long text in a right-to-left page',
  render: (args) => (
    <div dir="rtl" lang="ar">
      <Kit options={longTextOptions}>
        <PrimitivePicker {...args} />
      </Kit>
    </div>
  ),
  play: async ({ canvasElement }) => {
    await findOption(within(canvasElement), 'ticket-search-tool');
    const root = pickerRoot(canvasElement);
    await expect(root.scrollWidth).toBeLessThanOrEqual(root.clientWidth + 1);
  },
};

/** The headless parts with the host's own markup and classes: a plain list, no kit styles. */
export const Headless: Story = {
  render: () => (
    <Kit>
      <PrimitivePickerPrimitive.Root className="host-picker">
        <h3>Find a tool</h3>
        <PrimitivePickerPrimitive.Search className="host-search" />
        <PrimitivePickerPrimitive.Status />
        <PrimitivePickerPrimitive.Loading />
        <PrimitivePickerPrimitive.Error />
        <PrimitivePickerPrimitive.List>
          <PrimitivePickerPrimitive.Item className="host-item">
            <PrimitivePickerPrimitive.ItemName />
            <PrimitivePickerPrimitive.ItemRisk />
          </PrimitivePickerPrimitive.Item>
        </PrimitivePickerPrimitive.List>
        <PrimitivePickerPrimitive.SelectionCount />
      </PrimitivePickerPrimitive.Root>
    </Kit>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const option = await findOption(canvas, 'refund-issue-tool');
    await expect(option.className).toContain('host-item');
    await userEvent.click(option);
    await expect(option).toHaveAttribute('aria-selected', 'true');
    await expect(canvas.getByText('1 selected')).toBeVisible();
  },
};
