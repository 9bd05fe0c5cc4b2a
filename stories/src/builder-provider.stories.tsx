import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import {
  BuilderProvider,
  PaddockRoot,
  PrimitivePicker,
  TOKEN_NAMES,
  type PaddockTheme,
  type ThemeTokens,
  type TokenName,
} from '@paddock/builder-ui';
import { createReplayServer } from '../fixtures/replay';
import { deDE } from './locales/de-DE';

/* BuilderProvider has no UI of its own: these stories show what it supplies — the theme tokens (light, dark, a
   host's own), and the words (a second locale). Data is replayed from the real playground server's answers. */

const NON_COLOUR = new Set<TokenName>(['radius', 'font-family', 'font-family-mono', 'font-size']);

function TokenTable() {
  const ref = useRef<HTMLTableElement>(null);
  const [values, setValues] = useState<Record<string, string>>({});
  useLayoutEffect(() => {
    if (!ref.current) return;
    const style = getComputedStyle(ref.current);
    // The kit declares `--paddock-<name>-default` per theme on its root; a host's `--paddock-<name>` wins.
    setValues(
      Object.fromEntries(
        TOKEN_NAMES.map((name) => [
          name,
          (
            style.getPropertyValue(`--paddock-${name}`) || style.getPropertyValue(`--paddock-${name}-default`)
          ).trim(),
        ]),
      ),
    );
  }, []);
  return (
    <table ref={ref} style={{ borderCollapse: 'collapse', fontSize: 13 }}>
      <caption style={{ textAlign: 'left', fontWeight: 700, paddingBottom: 8 }}>Theme tokens</caption>
      <thead>
        <tr>
          <th scope="col" style={{ textAlign: 'left', padding: 4 }}>
            Token
          </th>
          <th scope="col" style={{ textAlign: 'left', padding: 4 }}>
            Value
          </th>
          <th scope="col" style={{ textAlign: 'left', padding: 4 }}>
            Sample
          </th>
        </tr>
      </thead>
      <tbody>
        {TOKEN_NAMES.map((name) => (
          <tr key={name} data-token={name}>
            <td style={{ padding: 4 }}>
              <code>--paddock-{name}</code>
            </td>
            <td style={{ padding: 4 }}>
              <code data-testid={`value-${name}`}>{values[name] ?? ''}</code>
            </td>
            <td style={{ padding: 4 }}>
              {NON_COLOUR.has(name) ? null : (
                <span
                  aria-hidden="true"
                  style={{
                    display: 'inline-block',
                    width: 48,
                    height: 18,
                    border: '1px solid currentColor',
                    background: `var(--paddock-${name}, var(--paddock-${name}-default))`,
                  }}
                />
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Gallery({ theme, tokens }: { theme: PaddockTheme; tokens?: ThemeTokens }) {
  const server = createReplayServer('builder');
  return (
    <BuilderProvider client={server.client} theme={theme} tokens={tokens}>
      <PaddockRoot
        style={{ padding: 16, background: 'var(--paddock-surface, var(--paddock-surface-default))' }}
      >
        <TokenTable />
      </PaddockRoot>
    </BuilderProvider>
  );
}

function Picker({
  children,
}: {
  children: (client: ReturnType<typeof createReplayServer>['client']) => ReactNode;
}) {
  return <>{children(createReplayServer('builder').client)}</>;
}

const meta: Meta<typeof BuilderProvider> = {
  title: 'Builder/BuilderProvider',
  component: BuilderProvider,
  parameters: { layout: 'padded' },
};
export default meta;
type Story = StoryObj<typeof BuilderProvider>;

export const TokensLight: Story = {
  name: 'Tokens (light)',
  render: () => <Gallery theme="light" />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getByTestId('value-primary')).toHaveTextContent('#4338ca'));
    await expect(canvas.getAllByRole('row')).toHaveLength(TOKEN_NAMES.length + 1);
  },
};

export const TokensDark: Story = {
  name: 'Tokens (dark)',
  render: () => <Gallery theme="dark" />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getByTestId('value-primary')).toHaveTextContent('#a5b4fc'));
  },
};

const acme: ThemeTokens = {
  primary: '#0f5c4d',
  'primary-foreground': '#ffffff',
  ring: '#2f8f7a',
  accent: '#e3f1ec',
  'accent-foreground': '#0b3d33',
  surface: '#fffdf8',
  muted: '#f3efe4',
  border: '#8f8670',
  radius: '2px',
  'font-family': 'Georgia, "Times New Roman", serif',
};

export const CustomHostTheme: Story = {
  name: 'Custom host theme',
  render: () => (
    <div style={{ display: 'grid', gap: 24 }}>
      <Gallery theme="light" tokens={acme} />
      <Picker>
        {(client) => (
          <BuilderProvider client={client} theme="light" tokens={acme}>
            <PrimitivePicker showUnavailable />
          </BuilderProvider>
        )}
      </Picker>
    </div>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getByTestId('value-primary')).toHaveTextContent('#0f5c4d'));
    await waitFor(() => expect(canvas.getAllByRole('option').length).toBeGreaterThan(3));
  },
};

export const SecondLocale: Story = {
  name: 'Messages: a second locale (German)',
  render: () => (
    <Picker>
      {(client) => (
        <BuilderProvider client={client} theme="light" messages={deDE}>
          <PrimitivePicker showUnavailable />
        </BuilderProvider>
      )}
    </Picker>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('searchbox', { name: 'Bausteine durchsuchen' })).toBeVisible();
    await waitFor(() => expect(canvas.getAllByText('Nicht freigegeben').length).toBeGreaterThan(0));
    await expect(canvas.getByRole('button', { name: 'Übernehmen' })).toBeVisible();
  },
};
