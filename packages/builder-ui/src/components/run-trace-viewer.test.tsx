import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import { userEvent } from 'vitest/browser';
import axe from 'axe-core';
import { MastraClient, type LightSpan } from '@paddock/client-sdk';
import { BuilderProvider } from '../provider/builder-provider.js';
import { buildTraceTree, flattenTraceTree } from '../core/trace-tree.js';
import { lightTokens } from '../styles/tokens.js';
import { rgb } from '../../test/colors.js';
import { makeLargeTrace, span, type FixtureSpan } from '../testing/trace-fixtures.js';
import * as RunTracePrimitive from '../primitives/run-trace/index.js';
import { RunTraceViewer, type RunTraceViewerProps } from './run-trace-viewer.js';

async function axeViolations(context: Element = document.body) {
  const results = await axe.run(context, { resultTypes: ['violations'] });
  return results.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) }));
}

const nameStyle = (row: Element) =>
  getComputedStyle(row.querySelector('[data-slot="paddock-trace-row-name"]')!);

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

// An agent run with a tool call, a failing step and a retried workflow step.
const SPANS: FixtureSpan[] = [
  span('root', null, 0, 400, {
    name: "agent run: 'support'",
    spanType: 'agent_run',
    entityType: 'agent',
    entityId: 'support',
  }),
  span('gen', 'root', 10, 200, { name: "llm: 'deterministic-v1'", spanType: 'model_generation' }),
  span('tool', 'gen', 20, 30, {
    name: "tool: 'crm-lookup-tool'",
    spanType: 'tool_call',
    entityType: 'tool',
    entityId: 'crm-lookup-tool',
  }),
  span('chunk', 'gen', 31, null, { name: "chunk: 'tool-result'", spanType: 'model_chunk', isEvent: true }),
  span('step', 'root', 210, 390, { name: "workflow step: 'provision'", spanType: 'workflow_step' }),
  span('a1', 'step', 211, 212, { name: 'provisioning attempt 1', error: { message: 'timed out' } }),
  span('a2', 'step', 380, 381, { name: 'provisioning attempt 2' }),
  span('odd', 'root', 395, 396, { name: 'mystery', spanType: 'brand_new_type' }),
];

const noNetwork = () =>
  new MastraClient({
    baseUrl: 'http://paddock.test',
    fetch: async () => new Response('{}', { status: 599 }),
    maxRetries: 0,
  });

function renderViewer(props: Partial<RunTraceViewerProps> = {}, client = noNetwork()) {
  return render(
    <BuilderProvider client={client} theme="light" permissions={{ 'observability:read': true }}>
      <RunTraceViewer traceId="t1" spans={SPANS as LightSpan[]} fetchSpans={false} {...props} />
    </BuilderProvider>,
  );
}

const rowNames = () =>
  screen
    .queryAllByRole('treeitem')
    .map((row) => row.querySelector('[data-slot="paddock-trace-row-name"]')?.textContent ?? '');
const row = (name: string) => {
  const found = screen.queryAllByRole('treeitem').find((r) => r.textContent?.includes(name));
  if (!found) throw new Error(`no row ${name}; have ${rowNames().join(' | ')}`);
  return found;
};

describe('RunTraceViewer', () => {
  it('renders tree rows with tree semantics, badges and waterfall bars, with no axe violations', async () => {
    const { container } = renderViewer({ className: 'host-class' });
    const tree = await screen.findByRole('tree', { name: 'Spans' });
    expect(rowNames()).toEqual([
      "agent run: 'support'",
      "llm: 'deterministic-v1'",
      "tool: 'crm-lookup-tool'",
      "chunk: 'tool-result'",
      "workflow step: 'provision'",
      'provisioning attempt 1',
      'provisioning attempt 2',
      'mystery',
    ]);
    const tool = row('crm-lookup-tool');
    expect(tool).toHaveAttribute('aria-level', '3');
    expect(tool).toHaveAttribute('aria-posinset', '1');
    expect(tool).toHaveAttribute('aria-setsize', '2');
    expect(row('support')).toHaveAttribute('aria-expanded', 'true');
    expect(tool).not.toHaveAttribute('aria-expanded');
    expect(within(row("workflow step: 'provision'")).getByText('2 attempts')).toBeVisible();
    expect(within(row('attempt 1')).getByText('attempt 1 of 2')).toBeVisible();
    expect(within(row('attempt 1')).getByText('Failed')).toBeVisible();
    expect(within(row('mystery')).getByText('Unknown span type')).toBeVisible();
    expect(within(row('tool-result')).getByText('Event')).toBeVisible();
    expect(tree.querySelectorAll('[data-slot="paddock-trace-row-bar"]').length).toBe(8);
    const root = container.querySelector('[data-slot="paddock-trace-root"]')!;
    expect(root).toHaveClass('host-class');
    expect(root).toHaveAttribute('data-state', 'ready');
    expect(root).toHaveAttribute('data-status', 'error');
    expect(screen.getByText('8 spans')).toBeVisible();
    expect(await axeViolations()).toEqual([]);
  });

  it('follows the WAI-ARIA tree keyboard pattern, and Enter opens the detail', async () => {
    const onSelect = vi.fn();
    renderViewer({ onSelectedSpanIdChange: onSelect });
    await screen.findByRole('tree');
    const first = row('support');
    expect(first).toHaveAttribute('tabindex', '0');
    expect(screen.queryAllByRole('treeitem').filter((r) => r.tabIndex === 0)).toHaveLength(1);
    first.focus();
    await userEvent.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(row('deterministic'));
    await userEvent.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(row('crm-lookup'));
    // Left on a leaf goes to the parent; Left on an open parent closes it.
    await userEvent.keyboard('{ArrowLeft}');
    expect(document.activeElement).toBe(row('deterministic'));
    await userEvent.keyboard('{ArrowLeft}');
    expect(row('deterministic')).toHaveAttribute('aria-expanded', 'false');
    expect(rowNames()).not.toContain("tool: 'crm-lookup-tool'");
    // Right opens, Right again moves to the first child.
    await userEvent.keyboard('{ArrowRight}');
    expect(rowNames()).toContain("tool: 'crm-lookup-tool'");
    await userEvent.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(row('crm-lookup'));
    await userEvent.keyboard('{End}');
    expect(document.activeElement).toBe(row('mystery'));
    await userEvent.keyboard('{Home}');
    expect(document.activeElement).toBe(row('support'));
    // Collapse two siblings, then * opens every sibling again.
    await userEvent.keyboard('{ArrowDown}{ArrowLeft}');
    row("workflow step: 'provision'").focus();
    await userEvent.keyboard('{ArrowLeft}');
    expect(rowNames()).not.toContain('provisioning attempt 1');
    await userEvent.keyboard('*');
    expect(rowNames()).toContain('provisioning attempt 1');
    expect(rowNames()).toContain("tool: 'crm-lookup-tool'");
    // Enter selects and opens the detail.
    await userEvent.keyboard('{Enter}');
    expect(onSelect).toHaveBeenLastCalledWith('step');
    const detail = screen.getByRole('region', { name: 'Span details' });
    expect(within(detail).getByRole('heading', { name: "workflow step: 'provision'" })).toBeVisible();
    expect(within(detail).getByText(/Retry attempts: provisioning/)).toBeVisible();
    expect(within(detail).getByText(/retried after 168 ms/)).toBeVisible();
    expect(within(detail).getByText(/timed out/)).toBeVisible();
    expect(row("workflow step: 'provision'")).toHaveAttribute('aria-selected', 'true');
    expect(await axeViolations()).toEqual([]);
  });

  it('search filters to matches and their ancestors; next error reveals a collapsed span', async () => {
    renderViewer({ defaultExpandedIds: ['root'] });
    await screen.findByRole('tree');
    expect(rowNames()).toEqual([
      "agent run: 'support'",
      "llm: 'deterministic-v1'",
      "workflow step: 'provision'",
      'mystery',
    ]);
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search spans' }), 'crm');
    await waitFor(() =>
      expect(rowNames()).toEqual([
        "agent run: 'support'",
        "llm: 'deterministic-v1'",
        "tool: 'crm-lookup-tool'",
      ]),
    );
    expect(row('crm-lookup')).toHaveAttribute('data-match');
    // The match is highlighted; the ancestors kept for context are not.
    expect(nameStyle(row('crm-lookup')).backgroundColor).toBe(rgb(lightTokens.highlight));
    expect(nameStyle(row('deterministic')).backgroundColor).toBe('rgba(0, 0, 0, 0)');
    expect(screen.getByText('1 of 8 spans match')).toBeVisible();
    await userEvent.clear(screen.getByRole('searchbox'));
    await userEvent.click(screen.getByRole('button', { name: 'Next error' }));
    await waitFor(() => expect(row('attempt 1')).toHaveAttribute('aria-selected', 'true'));
    // A failed span's name is in the error colour, selected or not.
    expect(nameStyle(row('attempt 1')).color).toBe(rgb(lightTokens['status-error']));
    expect(nameStyle(row('attempt 2')).color).not.toBe(rgb(lightTokens['status-error']));
    const detail = screen.getByRole('region', { name: 'Span details' });
    await userEvent.click(within(detail).getByRole('tab', { name: 'Error' }));
    expect(within(detail).getByText('timed out')).toBeVisible();
  });

  it('is controllable: expandedIds and selectedSpanId come from the host', async () => {
    const onExpanded = vi.fn();
    function Host() {
      const [expanded, setExpanded] = useState<string[]>([]);
      const [selected, setSelected] = useState<string | null>('odd');
      return (
        <RunTraceViewer
          traceId="t1"
          spans={SPANS as LightSpan[]}
          fetchSpans={false}
          expandedIds={expanded}
          onExpandedIdsChange={(ids) => {
            onExpanded(ids);
            setExpanded(ids);
          }}
          selectedSpanId={selected}
          onSelectedSpanIdChange={setSelected}
        />
      );
    }
    render(
      <BuilderProvider client={noNetwork()} theme="light" permissions={{ 'observability:read': true }}>
        <Host />
      </BuilderProvider>,
    );
    await screen.findByRole('tree');
    expect(rowNames()).toEqual(["agent run: 'support'"]);
    row('support').focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(onExpanded).toHaveBeenLastCalledWith(['root']);
    expect(rowNames()).toHaveLength(4);
    expect(row('mystery')).toHaveAttribute('aria-selected', 'true');
  });

  it('loads light spans, then the selected span’s tool arguments and result from the server', async () => {
    const calls: string[] = [];
    const full = {
      ...SPANS[2]!,
      input: { customerId: 'C-1001' },
      output: { name: 'Acme Corp', tier: 'gold', notes: 'n'.repeat(6000) + 'THE-END' },
      attributes: { toolDescription: 'Looks up a customer' },
      createdAt: SPANS[2]!.startedAt,
      updatedAt: null,
    };
    const client = new MastraClient({
      baseUrl: 'http://paddock.test',
      maxRetries: 0,
      fetch: async (input) => {
        const path = new URL(String(input)).pathname;
        calls.push(path);
        const ok = (body: unknown) =>
          new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
        if (path === '/api/observability/traces/t1/light') return ok({ traceId: 't1', spans: SPANS });
        if (path === '/api/observability/traces/t1') return new Response('{"error":"boom"}', { status: 500 });
        if (path === '/api/observability/traces/t1/spans/tool') return ok({ span: full });
        return new Response('{"error":"Not found"}', { status: 404 });
      },
    });
    render(
      <BuilderProvider client={client} theme="light" permissions={{ 'observability:read': true }}>
        <RunTraceViewer traceId="t1" defaultSelectedSpanId="tool" />
      </BuilderProvider>,
    );
    const detail = await screen.findByRole('region', { name: 'Span details' });
    await userEvent.click(await within(detail).findByRole('tab', { name: 'Arguments' }));
    await waitFor(() => expect(within(detail).getByText(/"customerId": "C-1001"/)).toBeVisible());
    await userEvent.click(within(detail).getByRole('tab', { name: 'Result' }));
    expect(within(detail).getByText(/"tier": "gold"/)).toBeVisible();
    // A large payload shows its start, then everything on request.
    const body = detail.querySelector('[data-slot="paddock-trace-json-body"]')!;
    expect(body.textContent).not.toContain('THE-END');
    await userEvent.click(within(detail).getByRole('button', { name: /^Show all/ }));
    expect(body.textContent).toContain('THE-END');
    await userEvent.click(within(detail).getByRole('button', { name: 'Show less' }));
    expect(body.textContent).not.toContain('THE-END');
    expect(calls).toContain('/api/observability/traces/t1/spans/tool');
    expect(await axeViolations()).toEqual([]);
  });

  it('spans={null} is the host still loading: the loading state, no request, then the spans as they arrive', async () => {
    const calls: string[] = [];
    const client = new MastraClient({
      baseUrl: 'http://paddock.test',
      maxRetries: 0,
      fetch: async (input) => {
        calls.push(new URL(String(input)).pathname);
        return new Response('{}', { status: 599 });
      },
    });
    const viewer = (spans: LightSpan[] | null, traceId: string | null = 't1') => (
      <BuilderProvider client={client} theme="light">
        <RunTraceViewer traceId={traceId} spans={spans} fetchSpans={false} />
      </BuilderProvider>
    );
    const state = () => document.querySelector('[data-slot="paddock-trace-state"]');
    const { rerender } = render(viewer(null));
    expect(state()).toHaveTextContent('Loading the trace…');
    expect(screen.queryAllByRole('treeitem')).toEqual([]);
    // The loading viewer has been laid out (its tree measured) before the spans arrive.
    await nextFrame();
    await nextFrame();
    // A large trace arriving into the open viewer still comes in two steps (nothing was on screen to keep); the
    // first paints only the rows the tree's 520 px show, the rows around them come with the whole tree.
    const spans = makeLargeTrace(5_000) as LightSpan[];
    rerender(viewer(spans));
    expect(rowNames()[0]).toBe("agent run: 'big'");
    const firstRows = screen.getAllByRole('treeitem').length;
    expect(firstRows).toBeLessThanOrEqual(Math.ceil(520 / 30));
    await waitFor(() => expect(screen.getAllByRole('treeitem').length).toBeGreaterThan(firstRows));
    // No trace chosen and none in hand: the "choose a run" state, not loading.
    rerender(viewer(null, null));
    expect(state()).toHaveTextContent('Choose a run to see its trace.');
    expect(calls).toEqual([]);
    expect(await axeViolations()).toEqual([]);
  });

  it('shows the missing permission instead of loading', async () => {
    render(
      <BuilderProvider client={noNetwork()} theme="light" permissions={{ 'observability:read': false }}>
        <RunTraceViewer traceId="t1" />
      </BuilderProvider>,
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'You cannot see runs and traces. Ask an admin for access. Missing permission: observability:read',
    );
    // Nothing to search and no panes to fill: only the reason shows.
    expect(screen.queryByRole('searchbox')).toBeNull();
    expect(screen.queryByRole('tree')).toBeNull();
  });

  it('with no run chosen shows what to do, not an empty search, tree and detail pane', async () => {
    const { container } = render(
      <BuilderProvider client={noNetwork()} theme="light" permissions={{ 'observability:read': true }}>
        <RunTraceViewer traceId={null} />
      </BuilderProvider>,
    );
    expect(await screen.findByText('Choose a run to see its trace.')).toBeVisible();
    for (const slot of ['paddock-trace-search', 'paddock-trace-tree', 'paddock-trace-detail'])
      expect(container.querySelector(`[data-slot="${slot}"]`)).not.toBeVisible();
    expect(await axeViolations()).toEqual([]);
  });

  it('renders a 100,000-span trace with a bounded number of rows, and reaches the end', async () => {
    const spans = makeLargeTrace(100_000) as LightSpan[];
    const t0 = performance.now();
    renderViewer({ spans });
    const tree = await screen.findByRole('tree');
    await waitFor(() => expect(screen.getAllByRole('treeitem').length).toBeGreaterThan(0));
    await nextFrame();
    const firstRow = performance.now() - t0;
    expect(screen.getAllByRole('treeitem').length).toBeLessThan(60);
    const frames: number[] = [];
    for (let step = 1; step <= 30; step++) {
      const start = performance.now();
      tree.scrollTop = (tree.scrollHeight * step) / 30;
      tree.dispatchEvent(new Event('scroll'));
      await nextFrame();
      frames.push(performance.now() - start);
      expect(screen.getAllByRole('treeitem').length).toBeLessThan(60);
    }
    const last = flattenTraceTree(buildTraceTree(spans)).at(-1)!.span.name!;
    await waitFor(() => expect(rowNames()).toContain(last));
    expect(screen.queryByText('Clock skew')).toBeNull();
    row(last).focus();
    await userEvent.keyboard('{Home}');
    await waitFor(() => expect(document.activeElement).toBe(row("agent run: 'big'")));
    frames.sort((a, b) => a - b);
    console.info(
      `[run-trace] 100,000 spans: first row ${firstRow.toFixed(0)} ms, scroll frame p95 ${frames[Math.floor(frames.length * 0.95)]!.toFixed(1)} ms`,
    );
  });

  it('shows a large trace in two steps (its first rows, then the whole tree after that paint), and a poll of it whole', async () => {
    const seen: { complete: boolean; spans: number; rows: number; rowCount: number }[] = [];
    function Probe() {
      const { tree, rows, rowCount } = RunTracePrimitive.useRunTraceViewer();
      if (tree) seen.push({ complete: tree.complete, spans: tree.counts.spans, rows: rows.length, rowCount });
      return null;
    }
    const viewer = (spans: LightSpan[]) => (
      <BuilderProvider client={noNetwork()} theme="light" permissions={{ 'observability:read': true }}>
        <RunTracePrimitive.Root traceId="big" spans={spans} fetchSpans={false}>
          <Probe />
          <RunTracePrimitive.Tree style={{ height: 300 }}>
            {() => <RunTracePrimitive.RowName />}
          </RunTracePrimitive.Tree>
        </RunTracePrimitive.Root>
      </BuilderProvider>
    );
    const spans = makeLargeTrace(5_000) as LightSpan[];
    const { rerender } = render(viewer(spans));
    // The first render: the head, every span counted, the first rows made, room for all of them.
    expect(seen[0]).toMatchObject({ complete: false, spans: 5_000, rowCount: 5_000 });
    expect(seen[0]!.rows).toBeLessThan(5_000);
    expect(rowNames()[0]).toBe("agent run: 'big'");
    // The head's rows alone are measured, yet the scroll height is already the whole trace's (30 px rows).
    expect(screen.getByRole('tree').scrollHeight).toBe(5_000 * 30);
    await waitFor(() => expect(seen.at(-1)).toMatchObject({ complete: true, rows: 5_000, rowCount: 5_000 }));
    const tree = screen.getByRole('tree');
    tree.scrollTop = tree.scrollHeight;
    tree.dispatchEvent(new Event('scroll'));
    const last = flattenTraceTree(buildTraceTree(spans)).at(-1)!.span.name!;
    await waitFor(() => expect(rowNames()).toContain(last));

    // The same trace polled again (one more span): built whole at once, no head.
    seen.length = 0;
    rerender(viewer([...spans, span('late', 's0', 1, 2, { name: 'late span' })] as LightSpan[]));
    expect(seen[0]).toMatchObject({ complete: true, spans: 5_001, rows: 5_001 });
  });

  it('shows retry attempts on the first rows of a large trace once its tree is complete', async () => {
    // A retried step is the root's first child, so it is among the first rows the head shows.
    const spans = [
      ...makeLargeTrace(3_000),
      span('step', 's0', 0, 0.9, { name: "workflow step: 'provision'", spanType: 'workflow_step' }),
      span('try1', 'step', 0.1, 0.2, { name: 'provision attempt 1', error: { message: 'timed out' } }),
      span('try2', 'step', 0.5, 0.8, { name: 'provision attempt 2' }),
    ] as LightSpan[];
    renderViewer({ spans });
    expect(rowNames().slice(0, 2)).toEqual(["agent run: 'big'", "workflow step: 'provision'"]);
    // Retry groups read every child of a row; for a tree arriving in two steps they come with the whole tree.
    await waitFor(() => expect(row("workflow step: 'provision'")).toHaveTextContent('2 attempts'));
    expect(row('provision attempt 1')).toHaveTextContent('attempt 1 of 2');
  });

  it('updates a running trace as spans arrive, and stops polling once it ended', async () => {
    const root = span('root', null, 0, null, { name: "agent run: 'live'", spanType: 'agent_run' });
    const stages: FixtureSpan[][] = [
      [root],
      [root, span('gen', 'root', 5, null, { name: 'llm: step 0', spanType: 'model_generation' })],
      [
        { ...root, endedAt: span('x', null, 0, 90).endedAt },
        span('gen', 'root', 5, 60, { name: 'llm: step 0', spanType: 'model_generation' }),
        span('tool', 'gen', 10, 20, { name: "tool: 'crm-lookup-tool'", spanType: 'tool_call' }),
      ],
    ];
    let calls = 0;
    const client = new MastraClient({
      baseUrl: 'http://paddock.test',
      maxRetries: 0,
      fetch: async (input) => {
        const path = new URL(String(input)).pathname;
        if (path !== '/api/observability/traces/t1/light')
          return new Response('{"error":"no"}', { status: 404 });
        const stage = stages[Math.min(calls++, stages.length - 1)]!;
        return new Response(JSON.stringify({ traceId: 't1', spans: stage }));
      },
    });
    const { container } = render(
      <BuilderProvider client={client} theme="light" permissions={{ 'observability:read': true }}>
        <RunTraceViewer traceId="t1" pollInterval={50} fetchSpans={false} />
      </BuilderProvider>,
    );
    const viewer = () => container.querySelector('[data-slot="paddock-trace-root"]')!;
    await waitFor(() => expect(rowNames()).toEqual(["agent run: 'live'"]));
    expect(viewer()).toHaveAttribute('data-live');
    expect(viewer()).toHaveAttribute('data-status', 'running');
    expect(screen.getByText('Live')).toBeVisible();
    await waitFor(() => expect(rowNames()).toContain('llm: step 0'));
    expect(within(row('llm: step 0')).getByText('Running')).toBeVisible();
    await waitFor(() => expect(rowNames()).toContain("tool: 'crm-lookup-tool'"));
    await waitFor(() => expect(viewer()).toHaveAttribute('data-status', 'success'));
    expect(viewer()).not.toHaveAttribute('data-live');
    const settledCalls = calls;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(calls).toBe(settledCalls);
  });

  it('reports the virtualized first render against a plain rendering of the same 10,000 rows', async () => {
    const spans = makeLargeTrace(10_000) as LightSpan[];
    const rows = flattenTraceTree(buildTraceTree(spans));
    // Plain: every row in the DOM, as a non-virtualized viewer renders it.
    const plainStart = performance.now();
    const plain = render(
      <ul>
        {rows.map((node) => (
          <li key={node.id} style={{ height: 30 }}>
            <span>{node.span.name}</span> <span>{node.span.spanType}</span>
            <span style={{ marginLeft: `${node.depth * 14}px` }}>{node.endMs! - node.startMs} ms</span>
          </li>
        ))}
      </ul>,
    );
    await nextFrame();
    const plainMs = performance.now() - plainStart;
    plain.unmount();
    const start = performance.now();
    renderViewer({ spans });
    await screen.findAllByRole('treeitem');
    await nextFrame();
    const virtualMs = performance.now() - start;
    expect(screen.getAllByRole('treeitem').length).toBeLessThan(60);
    console.info(
      `[run-trace] 10,000 spans to first row: virtualized ${virtualMs.toFixed(0)} ms, plain ${plainMs.toFixed(0)} ms (${(plainMs / virtualMs).toFixed(1)}x)`,
    );
  });

  it('follows new spans on a live trace until the user scrolls away', async () => {
    const root = span('root', null, 0, null, { name: "agent run: 'busy'", spanType: 'agent_run' });
    let count = 100;
    const spansNow = () => [
      root,
      ...Array.from({ length: count }, (_, i) => span(`c${i}`, 'root', i + 1, i + 2, { name: `step ${i}` })),
    ];
    const client = new MastraClient({
      baseUrl: 'http://paddock.test',
      maxRetries: 0,
      fetch: async () => new Response(JSON.stringify({ traceId: 't1', spans: spansNow() })),
    });
    render(
      <BuilderProvider client={client} theme="light" permissions={{ 'observability:read': true }}>
        <RunTraceViewer traceId="t1" pollInterval={50} fetchSpans={false} />
      </BuilderProvider>,
    );
    const tree = await screen.findByRole('tree');
    const atBottom = () => tree.scrollHeight - tree.scrollTop - tree.clientHeight < 45;
    await waitFor(() => expect(rowNames()).toContain('step 99'));
    expect(tree).toHaveAttribute('data-following');
    count = 200;
    await waitFor(() => expect(rowNames()).toContain('step 199'));
    await waitFor(() => expect(atBottom()).toBe(true));
    // The user scrolls up to read: new spans no longer pull the view down.
    tree.scrollTop = 0;
    tree.dispatchEvent(new Event('scroll'));
    await waitFor(() => expect(tree).not.toHaveAttribute('data-following'));
    count = 300;
    await waitFor(() => expect(tree.scrollHeight).toBeGreaterThan(300 * 30));
    await nextFrame();
    expect(tree.scrollTop).toBe(0);
    expect(rowNames()).toContain("agent run: 'busy'");
  });
});
