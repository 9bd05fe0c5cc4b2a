import { useMemo, useState, type ReactNode } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { BuilderProvider, PrimitivePicker, type PaddockTheme } from '@paddock/builder-ui';
import { PrimitivePickerPrimitive } from '@paddock/builder-ui/primitives';
import { createMockServer, makeLargeCatalog, type MockServerOptions } from './mock-client';

function Kit({
  children,
  server,
  theme = 'light',
}: {
  children: ReactNode;
  server?: MockServerOptions;
  theme?: PaddockTheme;
}) {
  // One mock server per mounted story, so stories never share a cache.
  const mock = useMemo(() => createMockServer(server), [server]);
  return (
    <BuilderProvider client={mock.client} theme={theme}>
      {children}
    </BuilderProvider>
  );
}

const meta: Meta<typeof PrimitivePicker> = {
  title: 'Builder/PrimitivePicker',
  component: PrimitivePicker,
  parameters: { layout: 'padded' },
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

export const Default: Story = {
  render: (args) => (
    <Kit>
      <PrimitivePicker {...args} />
    </Kit>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await findOption(canvas, 'web-search');
    await expect(canvas.getByRole('status')).toHaveTextContent('6 primitives');
    await userEvent.type(canvas.getByRole('searchbox', { name: 'Search primitives' }), 'email');
    const email = await findOption(canvas, 'send-email');
    await expect(within(email).getByText('High risk')).toBeVisible();
    await expect(within(email).getByText('Requires approval')).toBeVisible();
    await userEvent.keyboard('{ArrowDown}');
    await userEvent.keyboard(' ');
    await expect(email).toHaveAttribute('aria-selected', 'true');
    await expect(canvas.getByText('1 selected')).toBeVisible();
  },
};

export const ShowUnavailable: Story = {
  args: { showUnavailable: true },
  render: (args) => (
    <Kit>
      <PrimitivePicker {...args} />
    </Kit>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const refund = await findOption(canvas, 'refund-order');
    await expect(refund).toHaveAttribute('aria-disabled', 'true');
    await expect(within(refund).getByText('Not on the allow-list')).toBeVisible();
  },
};

export const DialogVariant: Story = {
  args: { variant: 'dialog' },
  render: (args) => (
    <Kit>
      <PrimitivePicker {...args} />
    </Kit>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Add primitives' }));
    // The dialog is portaled to the body, inside its own themed kit root.
    const dialog = await within(document.body).findByRole('dialog', { name: 'Add primitives' });
    await expect(dialog.closest('[data-paddock-root]')).not.toBeNull();
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(within(document.body).queryByRole('dialog')).toBeNull());
  },
};

function ControlledPicker() {
  const [value, setValue] = useState<readonly string[]>(['tool:web-search']);
  return (
    <>
      <PrimitivePicker value={value} onValueChange={setValue} />
      <p>
        Host state: <output data-testid="host-value">{value.join(', ') || 'none'}</output>
      </p>
    </>
  );
}

export const Controlled: Story = {
  render: () => (
    <Kit>
      <ControlledPicker />
    </Kit>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const lookup = await findOption(canvas, 'lookup-order');
    await expect(canvas.getByTestId('host-value')).toHaveTextContent('tool:web-search');
    await userEvent.click(lookup);
    await expect(canvas.getByTestId('host-value')).toHaveTextContent('tool:web-search, tool:lookup-order');
  },
};

export const ReadOnlyViewer: Story = {
  render: (args) => (
    <Kit server={{ role: 'viewer' }}>
      <PrimitivePicker {...args} />
    </Kit>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await findOption(canvas, 'web-search');
    await expect(canvas.getByRole('button', { name: 'Add selected' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    await expect(canvas.getByText('Requires the "stored-agents:write" permission.')).toBeVisible();
  },
};

export const Loading: Story = {
  render: (args) => (
    <Kit server={{ hold: true }}>
      <PrimitivePicker {...args} />
    </Kit>
  ),
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('Loading the catalog…')).toBeVisible();
  },
};

export const ErrorState: Story = {
  name: 'Error',
  render: (args) => (
    <Kit server={{ failCatalogWith: 500 }}>
      <PrimitivePicker {...args} />
    </Kit>
  ),
  play: async ({ canvasElement }) => {
    const alert = await within(canvasElement).findByRole('alert');
    await expect(within(alert).getByRole('button', { name: 'Retry' })).toBeVisible();
  },
};

export const Empty: Story = {
  args: { items: [] },
  render: (args) => (
    <Kit>
      <PrimitivePicker {...args} />
    </Kit>
  ),
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('No primitives are available to you.')).toBeVisible();
  },
};

export const Dark: Story = {
  render: (args) => (
    <Kit theme="dark">
      <PrimitivePicker {...args} showUnavailable />
    </Kit>
  ),
  play: async ({ canvasElement }) => {
    await findOption(within(canvasElement), 'web-search');
  },
};

const large = makeLargeCatalog(10_000);

export const TenThousandItems: Story = {
  args: { items: large, showUnavailable: true },
  render: (args) => (
    <Kit>
      <PrimitivePicker {...args} />
    </Kit>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await findOption(canvas, 'Primitive 0');
    // Virtualized: a handful of rows in the DOM for ten thousand items.
    await expect(canvas.getAllByRole('option').length).toBeLessThan(60);
  },
};

/** The headless parts with the host's own markup and styles. */
export const Headless: Story = {
  render: () => (
    <Kit>
      <PrimitivePickerPrimitive.Root>
        <PrimitivePickerPrimitive.Search className="host-search" />
        <PrimitivePickerPrimitive.Status />
        <PrimitivePickerPrimitive.List>
          <PrimitivePickerPrimitive.Item className="host-item">
            <PrimitivePickerPrimitive.ItemName />
            <PrimitivePickerPrimitive.ItemRisk />
          </PrimitivePickerPrimitive.Item>
        </PrimitivePickerPrimitive.List>
      </PrimitivePickerPrimitive.Root>
    </Kit>
  ),
  play: async ({ canvasElement }) => {
    const option = await findOption(within(canvasElement), 'send-email');
    await expect(option.className).toContain('host-item');
  },
};
