import { useState } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { RunList, type RunListProps, type ThemeTokens } from '@paddock/builder-ui';
import { RunListPrimitive } from '@paddock/builder-ui/primitives';
import type { ReplayOptions } from '../fixtures/replay';
import {
  AGENT_TRACE,
  NO_OBSERVABILITY,
  WORKFLOW_TRACE,
  createRunsReplay,
  type RunsRole,
} from './runs-replay';
import { createReplayKit } from './replay-kit';

/* The runs page recorded from the real playground server (record-run-list.ts), replayed per role: the first
   light page of recent runs (agents and workflows, some failed) and the LibSQL store's 501 on the trace delta,
   so the list polls. Only Large and LongText synthesize runs. */

const Kit = createReplayKit<RunsRole>(createRunsReplay, 'builder');

const meta: Meta<typeof RunList> = {
  title: 'Builder/RunList',
  component: RunList,
  parameters: { layout: 'padded' },
  args: { pollInterval: false },
};
export default meta;
type Story = StoryObj<typeof RunList>;

const list = (root: HTMLElement) => within(root).findByRole('region', { name: 'Recent runs' });
const runButton = (root: HTMLElement, traceId: string) =>
  waitFor(() => {
    const button = root.querySelector<HTMLElement>(`[data-trace-id="${traceId}"]`);
    if (!button) throw new Error(`no run ${traceId}`);
    return button;
  });

/** The main flow: the builder's recent runs; narrow by text, open one. The store has no delta: it polls. */
export const Default: Story = {
  args: { pollInterval: 60_000 },
  render: (args) => (
    <Kit>
      <RunList {...args} />
    </Kit>
  ),
  play: async ({ canvasElement }) => {
    const region = await list(canvasElement);
    const agent = await runButton(canvasElement, AGENT_TRACE);
    await expect(agent).toHaveTextContent("agent run: 'support-triage-agent'");
    await waitFor(() => expect(within(region).getByText('Live (polling)')).toBeVisible());
    await userEvent.type(within(region).getByRole('searchbox', { name: 'Search runs' }), 'onboarding');
    await waitFor(() => expect(canvasElement.querySelector(`[data-trace-id="${AGENT_TRACE}"]`)).toBeNull());
    const workflow = await runButton(canvasElement, WORKFLOW_TRACE);
    await userEvent.click(workflow);
    await expect(workflow).toHaveAttribute('aria-current', 'true');
  },
};

/** The owner's view of the same organisation. */
export const Owner: Story = {
  render: (args) => (
    <Kit person="owner">
      <RunList {...args} />
    </Kit>
  ),
  play: async ({ canvasElement }) => {
    await runButton(canvasElement, WORKFLOW_TRACE);
  },
};

/** A viewer (`*:read`) reads runs too. */
export const Viewer: Story = {
  render: (args) => (
    <Kit person="viewer">
      <RunList {...args} />
    </Kit>
  ),
  play: async ({ canvasElement }) => {
    await runButton(canvasElement, AGENT_TRACE);
  },
};

const holdOptions: ReplayOptions = { hold: true };
export const Loading: Story = {
  render: (args) => (
    <Kit options={holdOptions}>
      <RunList {...args} />
    </Kit>
  ),
  play: async ({ canvasElement }) => {
    await within(canvasElement).findByText('Loading runs…');
  },
};

const emptyOptions: ReplayOptions = {
  overrides: [
    {
      route: 'GET /api/observability/traces/light',
      body: { pagination: { total: 0, page: 0, perPage: 25, hasMore: false }, spans: [] },
    },
  ],
};
export const Empty: Story = {
  render: (args) => (
    <Kit options={emptyOptions}>
      <RunList {...args} />
    </Kit>
  ),
  play: async ({ canvasElement }) => {
    await within(canvasElement).findByText('No runs match these filters.');
  },
};

const serverErrorOptions: ReplayOptions = { failures: [{ route: '/observability/traces', answer: 500 }] };
/** The server answers 500: the reason and a retry. */
export const ServerError: Story = {
  render: (args) => (
    <Kit options={serverErrorOptions}>
      <RunList {...args} />
    </Kit>
  ),
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('button', { name: 'Try again' })).toBeVisible();
  },
};

const malformedOptions: ReplayOptions = {
  failures: [{ route: '/observability/traces', answer: 'malformed' }],
};
/** A 200 whose body fails validation: a typed error, never a blank list. */
export const MalformedResponse: Story = {
  render: (args) => (
    <Kit options={malformedOptions}>
      <RunList {...args} />
    </Kit>
  ),
  play: async ({ canvasElement }) => {
    await within(canvasElement).findByRole('button', { name: 'Try again' });
    await expect(canvasElement.querySelector('[data-slot="paddock-run-list-root"]')).toHaveAttribute(
      'data-state',
      'error',
    );
  },
};

/** A user without `observability:read`: the reason, and no request the server would refuse. */
export const PermissionDenied: Story = {
  render: (args) => (
    <Kit person="viewer" options={NO_OBSERVABILITY}>
      <RunList {...args} />
    </Kit>
  ),
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('alert')).toHaveTextContent('observability:read');
  },
};

const T0 = Date.UTC(2026, 0, 5, 9, 0, 0);
function runsPage(names: string[], total: number) {
  return {
    pagination: { total, page: 0, perPage: 25, hasMore: total > names.length },
    spans: names.map((name, i) => ({
      traceId: `run-${i}`,
      spanId: `root-${i}`,
      parentSpanId: null,
      name,
      spanType: i % 3 ? 'agent_run' : 'workflow_run',
      entityType: i % 3 ? 'agent' : 'workflow_run',
      entityId: i % 3 ? `agent-${i % 40}` : `workflow-${i % 12}`,
      status: i % 7 === 0 ? 'error' : 'success',
      error: i % 7 === 0 ? { message: 'failed' } : null,
      startedAt: new Date(T0 - i * 60_000).toISOString(),
      endedAt: new Date(T0 - i * 60_000 + 1200 + i).toISOString(),
    })),
  };
}

/** 50,000 runs on the server: one page at a time. */
const largeOptions: ReplayOptions = {
  overrides: [
    {
      route: 'GET /api/observability/traces/light',
      body: runsPage(
        Array.from({ length: 25 }, (_, i) => `agent run: 'bulk-agent-${i}'`),
        50_000,
      ),
    },
  ],
};
export const Large: Story = {
  render: (args) => (
    <Kit options={largeOptions}>
      <RunList {...args} />
    </Kit>
  ),
  play: async ({ canvasElement }) => {
    await within(canvasElement).findByText('Page 1 of 2000');
    await expect(within(canvasElement).getByRole('button', { name: 'Next page' })).toBeEnabled();
  },
};

const longOptions: ReplayOptions = {
  overrides: [
    {
      route: 'GET /api/observability/traces/light',
      body: runsPage(
        [
          `agent run: '${'x'.repeat(5000)}'`,
          "agent run: 'مساعد تصعيد التذاكر'",
          "workflow run: '顧客オンボーディングのワークフロー'",
        ],
        3,
      ),
    },
  ],
};
/** A 5,000-character word, right-to-left and CJK names: truncated, never overflowing the kit. */
export const LongText: Story = {
  render: (args) => (
    <Kit options={longOptions}>
      <RunList {...args} />
    </Kit>
  ),
  play: async ({ canvasElement }) => {
    await within(canvasElement).findByText("agent run: 'مساعد تصعيد التذاكر'");
    const root = canvasElement.querySelector<HTMLElement>('[data-slot="paddock-run-list-root"]')!;
    await expect(root.scrollWidth).toBeLessThanOrEqual(root.clientWidth + 1);
  },
};

/** The same list in a right-to-left page. */
export const LongTextRtl: Story = {
  render: (args) => (
    <div dir="rtl" lang="ar">
      <Kit options={longOptions}>
        <RunList {...args} />
      </Kit>
    </div>
  ),
  play: async ({ canvasElement }) => {
    await within(canvasElement).findByText("workflow run: '顧客オンボーディングのワークフロー'");
  },
};

export const Dark: Story = {
  render: (args) => (
    <Kit theme="dark">
      <RunList {...args} />
    </Kit>
  ),
  play: async ({ canvasElement }) => {
    await runButton(canvasElement, AGENT_TRACE);
  },
};

const CUSTOM_TOKENS: ThemeTokens = {
  primary: '#0f5c4a',
  accent: '#d9f2ea',
  'accent-foreground': '#0b3d31',
  radius: '2px',
  'status-error': '#a4161a',
};
/** A host's brand through `--paddock-*` tokens only. */
export const CustomTheme: Story = {
  args: { defaultValue: AGENT_TRACE },
  render: (args) => (
    <Kit tokens={CUSTOM_TOKENS}>
      <RunList {...args} />
    </Kit>
  ),
  play: async ({ canvasElement }) => {
    await expect(await runButton(canvasElement, AGENT_TRACE)).toHaveAttribute('aria-current', 'true');
  },
};

function ControlledList(props: Partial<RunListProps>) {
  const [value, setValue] = useState<string | null>(AGENT_TRACE);
  return (
    <>
      <p>
        Open run: <output data-testid="open-run">{value ?? 'none'}</output>
      </p>
      <RunList {...props} value={value} onValueChange={setValue} />
    </>
  );
}
/** The host owns the open run (a URL, say): `value` + `onValueChange`. */
export const Controlled: Story = {
  render: (args) => (
    <Kit>
      <ControlledList {...args} />
    </Kit>
  ),
  play: async ({ canvasElement }) => {
    await expect(await runButton(canvasElement, AGENT_TRACE)).toHaveAttribute('aria-current', 'true');
    await userEvent.click(await runButton(canvasElement, WORKFLOW_TRACE));
    await waitFor(() =>
      expect(within(canvasElement).getByTestId('open-run')).toHaveTextContent(WORKFLOW_TRACE),
    );
  },
};

/** The headless parts with the host's own markup: names only, in a plain list. */
export const Headless: Story = {
  render: () => (
    <Kit>
      <RunListPrimitive.Root pollInterval={false} className="host-runs">
        <RunListPrimitive.State />
        <RunListPrimitive.Items className="host-items">
          {(run) => <span className="host-run">{run.name}</span>}
        </RunListPrimitive.Items>
      </RunListPrimitive.Root>
    </Kit>
  ),
  play: async ({ canvasElement }) => {
    await runButton(canvasElement, AGENT_TRACE);
    await expect(canvasElement.querySelector('.host-run')).not.toBeNull();
  },
};
