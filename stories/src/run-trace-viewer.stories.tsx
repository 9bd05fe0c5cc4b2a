import { useState } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import type { LightSpan } from '@paddock/client-sdk';
import { RunTraceViewer, type RunTraceViewerProps, type ThemeTokens } from '@paddock/builder-ui';
import { RunTracePrimitive } from '@paddock/builder-ui/primitives';
import type { ReplayOptions } from '../fixtures/replay';
import {
  AGENT_TRACE,
  NO_OBSERVABILITY,
  TOOL_SPAN,
  WORKFLOW_TRACE,
  createRunsReplay,
  type RunsRole,
} from './runs-replay';
import { createReplayKit } from './replay-kit';

/* Traces recorded from the real playground server (record-run-list.ts), replayed per role: an agent run that
   called a tool, and a workflow run whose provisioning step retried. Only Large and LongText synthesize spans. */

const Kit = createReplayKit<RunsRole>(createRunsReplay, 'builder');

const meta: Meta<typeof RunTraceViewer> = {
  title: 'Builder/RunTraceViewer',
  component: RunTraceViewer,
  parameters: { layout: 'padded' },
  args: { pollInterval: false },
};
export default meta;
type Story = StoryObj<typeof RunTraceViewer>;

const tree = (root: HTMLElement) => within(root).findByRole('tree');
const findRow = (root: HTMLElement, name: RegExp | string) =>
  waitFor(() => {
    const rows: HTMLElement[] = within(root).queryAllByRole('treeitem');
    const row = rows.find((r) =>
      typeof name === 'string' ? r.textContent?.includes(name) : name.test(r.textContent ?? ''),
    );
    if (!row) throw new Error(`no row ${String(name)}`);
    return row;
  });

/** The main flow: an agent run recorded for a builder; open the tool call and read its arguments and result. */
export const Default: Story = {
  render: (args) => (
    <Kit person="builder">
      <RunTraceViewer {...args} traceId={AGENT_TRACE} />
    </Kit>
  ),
  play: async ({ canvasElement }) => {
    await tree(canvasElement);
    const row = await findRow(canvasElement, "tool: 'ticket-search-tool'");
    await userEvent.click(row);
    const detail = await within(canvasElement).findByRole('region', { name: 'Span details' });
    await within(detail).findByRole('heading', { name: "tool: 'ticket-search-tool'" });
    await userEvent.click(await within(detail).findByRole('tab', { name: 'Arguments' }));
    await userEvent.click(within(detail).getByRole('tab', { name: 'Result' }));
    // Keyboard: the tree follows the WAI-ARIA tree pattern.
    row.focus();
    await userEvent.keyboard('{Home}');
    await waitFor(() => expect(document.activeElement?.textContent).toContain('agent run'));
  },
};

/** The owner's recorded workflow run: a step that retried, its attempts grouped under it. */
export const WorkflowRetries: Story = {
  render: (args) => (
    <Kit person="owner">
      <RunTraceViewer {...args} traceId={WORKFLOW_TRACE} />
    </Kit>
  ),
  play: async ({ canvasElement }) => {
    const row = await findRow(canvasElement, "workflow step: 'provision-workspace'");
    await userEvent.click(row);
    const detail = await within(canvasElement).findByRole('region', { name: 'Span details' });
    await waitFor(() => expect(detail.textContent).toMatch(/attempt/i));
  },
};

/** A viewer (`*:read`) sees the same trace: reading needs only `observability:read`. */
export const Viewer: Story = {
  render: (args) => (
    <Kit person="viewer">
      <RunTraceViewer {...args} traceId={AGENT_TRACE} />
    </Kit>
  ),
  play: async ({ canvasElement }) => {
    await findRow(canvasElement, "tool: 'ticket-search-tool'");
  },
};

const holdOptions: ReplayOptions = { hold: true };
export const Loading: Story = {
  render: (args) => (
    <Kit options={holdOptions}>
      <RunTraceViewer {...args} traceId={AGENT_TRACE} />
    </Kit>
  ),
  play: async ({ canvasElement }) => {
    await within(canvasElement).findByText('Loading the trace…');
  },
};

/** A trace that has no spans yet. */
export const Empty: Story = {
  render: (args) => (
    <Kit options={emptyOptions}>
      <RunTraceViewer {...args} traceId={AGENT_TRACE} />
    </Kit>
  ),
  play: async ({ canvasElement }) => {
    await within(canvasElement).findByText('This trace has no spans yet.');
  },
};

/** No run chosen yet (`traceId={null}`): nothing is requested. */
export const NoTrace: Story = {
  render: (args) => (
    <Kit>
      <RunTraceViewer {...args} traceId={null} />
    </Kit>
  ),
  play: async ({ canvasElement }) => {
    await within(canvasElement).findByText('Choose a run to see its trace.');
  },
};
const emptyOptions: ReplayOptions = {
  overrides: [
    { route: /\/light$/, body: { traceId: AGENT_TRACE, spans: [] } },
    { route: /\/traces\/[0-9a-f]+$/, body: { traceId: AGENT_TRACE, spans: [] } },
  ],
};

const serverErrorOptions: ReplayOptions = { failures: [{ route: '/observability/traces', answer: 500 }] };
/** The server answers 500: the reason and a retry, never a blank panel. */
export const ServerError: Story = {
  render: (args) => (
    <Kit options={serverErrorOptions}>
      <RunTraceViewer {...args} traceId={AGENT_TRACE} />
    </Kit>
  ),
  play: async ({ canvasElement }) => {
    await within(canvasElement).findByText(/The trace could not be loaded/);
    await expect(within(canvasElement).getByRole('button', { name: 'Try again' })).toBeVisible();
  },
};

const malformedOptions: ReplayOptions = {
  failures: [{ route: '/observability/traces', answer: 'malformed' }],
};
/** A 200 whose body fails validation becomes a typed error in the panel. */
export const MalformedResponse: Story = {
  render: (args) => (
    <Kit options={malformedOptions}>
      <RunTraceViewer {...args} traceId={AGENT_TRACE} />
    </Kit>
  ),
  play: async ({ canvasElement }) => {
    await within(canvasElement).findByText(/The trace could not be loaded/);
  },
};

/** A user without `observability:read`: the reason instead of a request the server would refuse. */
export const PermissionDenied: Story = {
  render: (args) => (
    <Kit person="viewer" options={NO_OBSERVABILITY}>
      <RunTraceViewer {...args} traceId={AGENT_TRACE} />
    </Kit>
  ),
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      expect(
        canvasElement.querySelector('[data-slot="paddock-trace-state"][data-state="forbidden"]'),
      ).not.toBeNull(),
    );
    await expect(within(canvasElement).getByText(/observability:read/)).toBeVisible();
    await expect(within(canvasElement).queryAllByRole('treeitem')).toHaveLength(0);
  },
};

const T0 = Date.UTC(2026, 0, 5, 9, 0, 0);
const iso = (ms: number) => new Date(ms).toISOString();

/** 50,000 spans: one agent run, 500 steps of 99 tool calls and model chunks; a few errors. */
function largeTrace(count: number): LightSpan[] {
  const spans: LightSpan[] = [
    {
      traceId: 'large',
      spanId: 'root',
      parentSpanId: null,
      name: "agent run: 'bulk-reconcile-agent'",
      spanType: 'agent_run',
      entityType: 'agent',
      entityId: 'bulk-reconcile-agent',
      startedAt: iso(T0),
      endedAt: iso(T0 + count * 3),
    },
  ];
  let step = '';
  for (let i = 1; i < count; i++) {
    if ((i - 1) % 100 === 0) {
      step = `step-${i}`;
      spans.push({
        traceId: 'large',
        spanId: step,
        parentSpanId: 'root',
        name: `step: ${(i - 1) / 100}`,
        spanType: 'model_step',
        startedAt: iso(T0 + i * 3),
        endedAt: iso(T0 + (i + 99) * 3),
      });
      continue;
    }
    spans.push({
      traceId: 'large',
      spanId: `s${i}`,
      parentSpanId: step,
      name: i % 2 ? `tool: 'ledger-lookup-${i % 17}'` : `chunk: 'text' ${i}`,
      spanType: i % 2 ? 'tool_call' : 'model_chunk',
      entityType: i % 2 ? 'tool' : 'agent',
      entityId: i % 2 ? `ledger-lookup-${i % 17}` : 'bulk-reconcile-agent',
      startedAt: iso(T0 + i * 3),
      endedAt: iso(T0 + i * 3 + 2),
      error: i % 9973 === 0 ? { message: `Ledger ${i} did not answer` } : null,
    });
  }
  return spans;
}
const LARGE = largeTrace(50_000);

/** A host with its own data layer: `spans={null}` while it loads them (the loading state, no request), then the spans. */
function HostLoads(args: RunTraceViewerProps) {
  const [spans, setSpans] = useState<LightSpan[] | null>(null);
  return (
    <>
      <button type="button" onClick={() => setSpans(largeTrace(5_000))} disabled={spans !== null}>
        Deliver the spans
      </button>
      <RunTraceViewer {...args} traceId="large" spans={spans} fetchSpans={false} />
    </>
  );
}

export const HostLoading: Story = {
  render: (args) => (
    <Kit>
      <HostLoads {...args} />
    </Kit>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByText('Loading the trace…');
    await expect(canvas.queryAllByRole('treeitem')).toHaveLength(0);
    await userEvent.click(canvas.getByRole('button', { name: 'Deliver the spans' }));
    await findRow(canvasElement, 'bulk-reconcile-agent');
    await expect(canvas.queryByText('Loading the trace…')).toBeNull();
  },
};

export const Large: Story = {
  render: (args) => (
    <Kit>
      <RunTraceViewer {...args} traceId="large" spans={LARGE} fetchSpans={false} />
    </Kit>
  ),
  play: async ({ canvasElement }) => {
    await findRow(canvasElement, 'bulk-reconcile-agent');
    // Virtualized: a bounded number of rows in the DOM for 50,000 spans.
    await expect(within(canvasElement).getAllByRole('treeitem').length).toBeLessThan(200);
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Next error' }));
    await findRow(canvasElement, /Ledger|lookup/);
  },
};

const LONG_WORD = 'x'.repeat(5000);
const LONG: LightSpan[] = [
  {
    traceId: 'long',
    spanId: 'root',
    parentSpanId: null,
    name: `agent run: '${LONG_WORD}'`,
    spanType: 'agent_run',
    entityType: 'agent',
    entityId: 'long-agent',
    startedAt: iso(T0),
    endedAt: iso(T0 + 900),
  },
  {
    traceId: 'long',
    spanId: 'rtl',
    parentSpanId: 'root',
    name: "tool: 'البحث عن التذاكر المفتوحة للعميل'",
    spanType: 'tool_call',
    entityType: 'tool',
    entityId: 'ticket-search',
    startedAt: iso(T0 + 10),
    endedAt: iso(T0 + 400),
  },
  {
    traceId: 'long',
    spanId: 'cjk',
    parentSpanId: 'root',
    name: "tool: '顧客のチケットを検索する工具'",
    spanType: 'tool_call',
    entityType: 'tool',
    entityId: 'ticket-search-ja',
    startedAt: iso(T0 + 410),
    endedAt: iso(T0 + 880),
    error: { message: `失敗しました ${LONG_WORD}` },
  },
];

/** A 5,000-character word, right-to-left and CJK names: wrapped or truncated, never overflowing the kit. */
export const LongText: Story = {
  render: (args) => (
    <Kit>
      <RunTraceViewer {...args} traceId="long" spans={LONG} fetchSpans={false} />
    </Kit>
  ),
  play: async ({ canvasElement }) => {
    await findRow(canvasElement, 'البحث');
    await findRow(canvasElement, '顧客');
    const root = canvasElement.querySelector<HTMLElement>('[data-slot="paddock-trace-root"]')!;
    await expect(root.scrollWidth).toBeLessThanOrEqual(root.clientWidth + 1);
  },
};

/** The same spans in a right-to-left page. */
export const LongTextRtl: Story = {
  render: (args) => (
    <div dir="rtl" lang="ar">
      <Kit>
        <RunTraceViewer {...args} traceId="long" spans={LONG} fetchSpans={false} />
      </Kit>
    </div>
  ),
  play: async ({ canvasElement }) => {
    await findRow(canvasElement, 'البحث');
    const root = canvasElement.querySelector<HTMLElement>('[data-slot="paddock-trace-root"]')!;
    await expect(root.scrollWidth).toBeLessThanOrEqual(root.clientWidth + 1);
  },
};

export const Dark: Story = {
  render: (args) => (
    <Kit theme="dark">
      <RunTraceViewer {...args} traceId={AGENT_TRACE} />
    </Kit>
  ),
  play: async ({ canvasElement }) => {
    await findRow(canvasElement, "tool: 'ticket-search-tool'");
  },
};

const CUSTOM_TOKENS: ThemeTokens = {
  primary: '#0f5c4a',
  accent: '#d9f2ea',
  'accent-foreground': '#0b3d31',
  radius: '2px',
  'span-tool': '#8a3b00',
  'status-error': '#a4161a',
};
/** A host's brand through `--paddock-*` tokens only. */
export const CustomTheme: Story = {
  render: (args) => (
    <Kit tokens={CUSTOM_TOKENS}>
      <RunTraceViewer {...args} traceId={WORKFLOW_TRACE} />
    </Kit>
  ),
  play: async ({ canvasElement }) => {
    await findRow(canvasElement, 'provision-workspace');
  },
};

function ControlledViewer(props: Partial<RunTraceViewerProps>) {
  const [selected, setSelected] = useState<string | null>(TOOL_SPAN);
  return (
    <>
      <p>
        Selected span: <output data-testid="selected">{selected ?? 'none'}</output>
      </p>
      <RunTraceViewer
        {...props}
        traceId={AGENT_TRACE}
        selectedSpanId={selected}
        onSelectedSpanIdChange={setSelected}
      />
    </>
  );
}
/** The host owns the selection (a URL, say): `selectedSpanId` + `onSelectedSpanIdChange`. */
export const Controlled: Story = {
  render: (args) => (
    <Kit>
      <ControlledViewer {...args} />
    </Kit>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await findRow(canvasElement, "llm: 'deterministic-v1'"));
    await waitFor(() => expect(canvas.getByTestId('selected').textContent).not.toBe(TOOL_SPAN));
  },
};

/** The headless parts with the host's own markup: a plain list of names and durations. */
export const Headless: Story = {
  render: () => (
    <Kit>
      <RunTracePrimitive.Root traceId={AGENT_TRACE} pollInterval={false} className="host-trace">
        <RunTracePrimitive.Search className="host-search" />
        <RunTracePrimitive.State when="loading" />
        <RunTracePrimitive.Tree className="host-tree">
          {() => (
            <>
              <RunTracePrimitive.RowToggle />
              <RunTracePrimitive.RowName className="host-name" />
              <RunTracePrimitive.RowDuration />
            </>
          )}
        </RunTracePrimitive.Tree>
        <RunTracePrimitive.Detail />
      </RunTracePrimitive.Root>
    </Kit>
  ),
  play: async ({ canvasElement }) => {
    await findRow(canvasElement, 'ticket-search-tool');
    await expect(canvasElement.querySelector('.host-name')).not.toBeNull();
  },
};
