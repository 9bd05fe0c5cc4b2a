import { memo, useImperativeHandle, useMemo, useState, type CSSProperties } from 'react';
import type { GeneratedSpan } from '../lib/trace-generator.ts';
import type { TraceImpl, TraceImplProps } from './trace-impl.ts';

/**
 * The baseline: a trace tree built the common way. A recursive component per span, nested lists, every row in
 * the DOM, expansion kept as a set of collapsed ids at the top, search keeping matches and their ancestors.
 * No virtualization, no windowing: the ratio against RunTraceViewer shows what those buy.
 */
interface Node {
  span: GeneratedSpan;
  children: Node[];
  start: number;
  end: number;
}

function buildTree(spans: GeneratedSpan[]) {
  const byId = new Map<string, Node>();
  for (const span of spans) {
    const start = Date.parse(span.startedAt);
    byId.set(span.spanId, {
      span,
      children: [],
      start,
      end: span.endedAt ? Date.parse(span.endedAt) : start,
    });
  }
  const roots: Node[] = [];
  for (const node of byId.values()) {
    const parent = node.span.parentSpanId ? byId.get(node.span.parentSpanId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return { roots, byId };
}

const COLORS: Record<string, string> = {
  agent_run: '#4f46e5',
  model_generation: '#0891b2',
  tool_call: '#16a34a',
  workflow_run: '#c026d3',
  workflow_step: '#db2777',
};

interface RowProps {
  node: Node;
  depth: number;
  collapsed: ReadonlySet<string>;
  visible: ReadonlySet<string> | null;
  query: string;
  range: { start: number; span: number };
  onToggle: (id: string) => void;
}

const SpanRow = memo(function SpanRow({ node, depth, collapsed, visible, query, range, onToggle }: RowProps) {
  const { span } = node;
  const open = !collapsed.has(span.spanId);
  const kids = visible ? node.children.filter((c) => visible.has(c.span.spanId)) : node.children;
  const bar: CSSProperties = {
    position: 'absolute',
    left: `${((node.start - range.start) / range.span) * 100}%`,
    width: `${Math.max(0.2, ((node.end - node.start) / range.span) * 100)}%`,
    top: 4,
    bottom: 4,
    background: span.status === 'error' ? '#dc2626' : (COLORS[span.spanType] ?? '#64748b'),
  };
  const match = query !== '' && span.name.toLowerCase().includes(query);
  return (
    <li role="treeitem" aria-expanded={kids.length ? open : undefined} aria-selected={false}>
      <div
        data-bench-row=""
        style={{ display: 'flex', gap: 8, height: 24, alignItems: 'center', paddingLeft: depth * 14 }}
      >
        {kids.length ? (
          <button
            type="button"
            onClick={() => onToggle(span.spanId)}
            aria-label={open ? 'Collapse' : 'Expand'}
          >
            {open ? '▾' : '▸'}
          </button>
        ) : (
          <span style={{ width: 18 }} />
        )}
        <span style={{ width: 260, overflow: 'hidden', whiteSpace: 'nowrap', fontWeight: match ? 700 : 400 }}>
          {span.name}
        </span>
        <span style={{ width: 120, color: '#475569' }}>{span.spanType}</span>
        <span style={{ width: 70, textAlign: 'right' }}>{(node.end - node.start).toFixed(0)} ms</span>
        <span style={{ position: 'relative', flex: 1, height: 24 }}>
          <span style={bar} />
        </span>
      </div>
      {open && kids.length ? (
        <ul role="group" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {kids.map((child) => (
            <SpanRow
              key={child.span.spanId}
              node={child}
              depth={depth + 1}
              collapsed={collapsed}
              visible={visible}
              query={query}
              range={range}
              onToggle={onToggle}
            />
          ))}
        </ul>
      ) : null}
    </li>
  );
});

const NO_SPANS: GeneratedSpan[] = [];

function PlainTraceTree({ trace, handle }: TraceImplProps) {
  const { roots, byId } = useMemo(() => buildTree(trace?.spans ?? NO_SPANS), [trace]);
  const range = useMemo(() => {
    let start = Infinity;
    let end = -Infinity;
    for (const node of byId.values()) {
      start = Math.min(start, node.start);
      end = Math.max(end, node.end);
    }
    return { start, span: Math.max(1, end - start) };
  }, [byId]);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(() => new Set());
  const [query, setQuery] = useState('');
  const visible = useMemo(() => {
    if (!query) return null;
    const keep = new Set<string>();
    for (const node of byId.values()) {
      if (!node.span.name.toLowerCase().includes(query)) continue;
      for (let id: string | null | undefined = node.span.spanId; id && !keep.has(id);) {
        keep.add(id);
        id = byId.get(id)?.span.parentSpanId;
      }
    }
    return keep;
  }, [byId, query]);
  const [scroller, setScroller] = useState<HTMLDivElement | null>(null);

  useImperativeHandle(
    handle,
    () => ({
      expandAll: () => setCollapsed(new Set()),
      collapseAll: () =>
        setCollapsed(new Set([...byId.values()].filter((n) => n.children.length).map((n) => n.span.spanId))),
      search: (text) => setQuery(text.toLowerCase()),
      scroller: () => scroller,
    }),
    [byId, scroller],
  );
  const onToggle = (id: string) =>
    setCollapsed((previous) => {
      const next = new Set(previous);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <div style={{ font: '13px system-ui, sans-serif' }}>
      <input
        aria-label="Search spans"
        value={query}
        onChange={(e) => setQuery(e.target.value.toLowerCase())}
      />
      <div ref={setScroller} style={{ height: 520, overflow: 'auto', border: '1px solid #cbd5e1' }}>
        {trace ? null : <p role="status">Loading the trace…</p>}
        <ul role="tree" aria-label="Trace" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {roots
            .filter((root) => !visible || visible.has(root.span.spanId))
            .map((root) => (
              <SpanRow
                key={root.span.spanId}
                node={root}
                depth={0}
                collapsed={collapsed}
                visible={visible}
                query={query}
                range={range}
                onToggle={onToggle}
              />
            ))}
        </ul>
      </div>
    </div>
  );
}

export const plainTraceTree: TraceImpl = {
  id: 'plain',
  label: 'plain recursive tree (no virtualization)',
  rowSelector: '[data-bench-row]',
  Component: PlainTraceTree,
};
