import {
  memo,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type HTMLAttributes,
  type KeyboardEvent,
  type ReactNode,
  type Ref,
} from 'react';
import { useMessages } from '../../hooks/use-builder.js';
import { runTraceViewerMessages } from '../../i18n/run-trace-viewer.en-US.js';
import {
  defaultRangeExtractor,
  elementScroll,
  observeElementRect,
  useVirtualizer,
  type Range,
  type Rect,
  type Virtualizer,
} from '@tanstack/react-virtual';
import type { LightSpan } from '@paddock/client-sdk';
import { childCount, TRACE_ISSUE, treeKeyAction, type TraceNode } from '../../core/trace-tree.js';
import { formatDuration, spanMarker } from '../../core/trace-details.js';
import type { RetryAttempt, RetryGroup } from '../../core/trace-retries.js';
import { cn } from '../../utils/cn.js';
import { composeEventHandlers } from '../../utils/compose-event-handlers.js';
import { composeRefs } from '../../utils/compose-refs.js';
import { createContext } from '../../utils/create-context.js';
import { useRunTraceContext } from './run-trace-root.js';

export interface RunTraceRowState {
  node: TraceNode<LightSpan>;
  index: number;
  selected: boolean;
  focused: boolean;
  expanded: boolean;
  match: boolean;
  /** The retry groups this span owns (its attempts are below it). */
  retryGroups: readonly RetryGroup[] | undefined;
  /** When this span is one attempt of a retried step. */
  attempt: { group: RetryGroup; attempt: RetryAttempt } | undefined;
}

const [RowContext, useRowContext] = createContext<RunTraceRowState>('RunTracePrimitive.Tree');

/*
 * TanStack Virtual's default observers read the viewport when it mounts (offsetHeight, scrollTop, and a
 * scrollTo(0)), each of which makes the browser lay out the whole page inside React's commit, and the rows
 * then take a second commit once the size is known. A viewport that has just been created is at offset 0, and
 * its size is what a ResizeObserver reports once it is laid out, before that frame is painted. So: rows for the
 * window's height on the first commit, no read and no scroll until the element has been laid out, and the real
 * size from the observer.
 */
type TreeVirtualizer = Virtualizer<HTMLDivElement, Element>;

function observeSizeAfterLayout(instance: TreeVirtualizer, cb: (rect: Rect) => void) {
  const element = instance.scrollElement;
  const ResizeObserver = instance.targetWindow?.ResizeObserver;
  if (!element || !ResizeObserver) return observeElementRect(instance, cb);
  const observer = new ResizeObserver((entries) => {
    const box = entries[0]?.borderBoxSize?.[0];
    if (box) cb({ width: Math.round(box.inlineSize), height: Math.round(box.blockSize) });
    else cb({ width: element.offsetWidth, height: element.offsetHeight });
  });
  observer.observe(element, { box: 'border-box' });
  return () => observer.disconnect();
}

function observeScrollWithoutReading(
  instance: TreeVirtualizer,
  cb: (offset: number, scrolling: boolean) => void,
) {
  const element = instance.scrollElement;
  if (!element) return undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const onScroll = () => {
    cb(element.scrollTop, true);
    clearTimeout(timer);
    timer = setTimeout(() => cb(element.scrollTop, false), instance.options.isScrollingResetDelay);
  };
  element.addEventListener('scroll', onScroll, { passive: true });
  return () => {
    element.removeEventListener('scroll', onScroll);
    clearTimeout(timer);
  };
}

const scrolledElements = /* @__PURE__ */ new WeakSet<Element>();
function scrollUnlessFresh(
  offset: number,
  options: Parameters<typeof elementScroll>[1],
  instance: TreeVirtualizer,
) {
  const element = instance.scrollElement;
  // The virtualizer "restores" offset 0 on a viewport it has just been given: a new element is there already.
  if (element && !scrolledElements.has(element)) {
    scrolledElements.add(element);
    if (offset + (options.adjustments ?? 0) === 0) return;
  }
  elementScroll(offset, options, instance);
}

const initialRect = (): Rect => ({
  width: 0,
  height: typeof window === 'undefined' ? 0 : window.innerHeight,
});

/** The row a part is rendered in, for custom row parts. */
export function useRunTraceRow(consumerName = 'useRunTraceRow'): RunTraceRowState {
  return useRowContext(consumerName);
}

export interface RunTracePrimitiveTreeProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  /**
   * The span row slot: what to render inside each visible row (`RunTracePrimitive.RowToggle`, `RowName`…, or
   * anything reading `useRunTraceRow()`).
   */
  children: (row: RunTraceRowState) => ReactNode;
  /** Row height in px; rows are fixed-height so no row is ever measured. @default 30 */
  rowHeight?: number | undefined;
  /** Rows rendered beyond the viewport on each side. @default 12 */
  overscan?: number | undefined;
  ref?: Ref<HTMLDivElement> | undefined;
}

/**
 * The span tree (WAI-ARIA `tree`, flat rows with `aria-level`/`aria-setsize`/`aria-posinset`), virtualized
 * with TanStack Virtual and keyed by span id: only the rows in view exist in the DOM. One row holds the
 * roving tab stop; arrows, Home/End, `*`, Left/Right and Enter follow the tree pattern. While the trace runs
 * the view follows new spans, until the user scrolls away from the bottom.
 *
 * @selector [data-slot="paddock-trace-tree"] (viewport), [data-slot="paddock-trace-tree-sizer"]
 * @selector [data-following] while following a live trace
 */
export function RunTracePrimitiveTree({
  children,
  rowHeight = 30,
  overscan = 12,
  className,
  style,
  onKeyDown,
  onScroll,
  ref,
  ...props
}: RunTracePrimitiveTreeProps) {
  const ctx = useRunTraceContext('RunTracePrimitive.Tree');
  const { rows, tree, retries, selectedSpanId, searchResult, messages, live, revealRequest } = ctx;
  const scrollRef = useRef<HTMLDivElement | null>(null);
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const [following, setFollowing] = useState(true);

  const activeId =
    focusedId !== null && tree?.byId.has(focusedId) ? focusedId : (selectedSpanId ?? rows[0]?.id ?? null);
  const indexOf = useCallback(
    (id: string | null) => {
      if (id === null) return -1;
      // Rows are in preorder, and so are the node indexes: binary search instead of a scan of 100,000 rows.
      const node = tree?.byId.get(id);
      if (!node) return -1;
      let lo = 0;
      let hi = rows.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const at = rows[mid]!.index;
        if (at === node.index) return mid;
        if (at < node.index) lo = mid + 1;
        else hi = mid - 1;
      }
      return -1;
    },
    [rows, tree],
  );
  const activeIndex = indexOf(activeId);
  const activeIndexRef = useRef(activeIndex);
  useLayoutEffect(() => {
    activeIndexRef.current = activeIndex;
  });

  // The row with the tab stop is always rendered, even scrolled out of view, so Tab can always reach the tree.
  const rangeExtractor = useCallback((range: Range) => {
    const indexes = defaultRangeExtractor(range);
    const active = activeIndexRef.current;
    if (active >= 0 && active < range.count && !indexes.includes(active)) {
      indexes.push(active);
      indexes.sort((a, b) => a - b);
    }
    return indexes;
  }, []);

  // Stable callbacks: the virtualizer recomputes every row's offset when `getItemKey` or `estimateSize`
  // change identity, which at 100,000 rows would turn each scroll frame into a full pass. Its keys stay the
  // row indexes (rows are never measured, so no size is cached by key); React keys rows by span id below.
  const estimateSize = useCallback(() => rowHeight, [rowHeight]);
  const getScrollElement = useCallback(() => scrollRef.current, []);
  const [firstRect] = useState(initialRect);
  // Until the viewport has been laid out once, only the rows the window could show, without overscan.
  const [sized, setSized] = useState(false);
  const observeRect = useCallback(
    (instance: TreeVirtualizer, cb: (rect: Rect) => void) =>
      observeSizeAfterLayout(instance, (rect) => {
        setSized(true);
        cb(rect);
      }),
    [],
  );
  // A head (the first rows of a large trace; the whole tree comes one frame later) is given to the virtualizer
  // as the rows it has: rows are all one height, so the scroll height is the whole trace's without a
  // measurement per span (100,000 of them) on the way to the first paint.
  const head = tree?.complete === false;
  // The virtualizer's measurements change without React state; this component must not be auto-memoized.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: head ? Math.min(rows.length, ctx.rowCount) : ctx.rowCount,
    getScrollElement,
    estimateSize,
    // A tree arriving in two steps (a large trace's head, then the whole) paints its first rows alone too: the
    // overscan comes with the complete tree, one frame later.
    overscan: sized && !head ? overscan : 0,
    rangeExtractor,
    initialRect: firstRect,
    observeElementRect: observeRect,
    observeElementOffset: observeScrollWithoutReading,
    scrollToFn: scrollUnlessFresh,
  });

  const focusRequest = useRef(false);
  const moveFocus = (index: number) => {
    const row = rows[index];
    if (!row) return;
    focusRequest.current = true;
    setFocusedId(row.id);
    virtualizer.scrollToIndex(index, { align: 'auto' });
  };

  // Error navigation, search and deep links ask for a span to be revealed: scroll to it and move the tab stop
  // there (taking DOM focus only when the tree already had it). Handled once per request.
  const handledReveal = useRef<number | null>(null);
  useEffect(() => {
    if (!revealRequest || handledReveal.current === revealRequest.seq) return;
    const index = indexOf(revealRequest.id);
    if (index < 0) return;
    handledReveal.current = revealRequest.seq;
    setFocusedId(revealRequest.id);
    setFollowing(false);
    virtualizer.scrollToIndex(index, { align: 'center' });
    if (scrollRef.current?.contains(document.activeElement)) focusRequest.current = true;
  }, [revealRequest, indexOf, virtualizer]);

  useEffect(() => {
    if (!focusRequest.current || activeId === null) return;
    const el = scrollRef.current?.querySelector<HTMLElement>(`[data-span-id="${CSS.escape(activeId)}"]`);
    if (el) {
      focusRequest.current = false;
      el.focus({ preventScroll: true });
    }
  });

  // Live: keep the newest rows in view while the user stays at the bottom.
  const rowCount = rows.length;
  useEffect(() => {
    if (live && following && rowCount > 0) virtualizer.scrollToIndex(rowCount - 1, { align: 'end' });
  }, [live, following, rowCount, virtualizer]);

  const handleKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const action = treeKeyAction(event.key, rows, Math.max(activeIndex, 0), ctx.expanded);
    switch (action.type) {
      case 'none':
        return;
      case 'focus':
        moveFocus(action.index);
        break;
      case 'expand':
        ctx.setOpen([action.id], true);
        break;
      case 'collapse':
        ctx.setOpen([action.id], false);
        break;
      case 'expand-siblings':
        ctx.setOpen(action.ids, true);
        break;
      case 'activate':
        ctx.select(action.id);
        break;
    }
    event.preventDefault();
  };

  // Rows get stable handlers (reading the latest state), so a row whose props did not change skips rendering:
  // while scrolling, only the rows entering the viewport render.
  const latest = useRef({ handleKeyDown, select: ctx.select });
  useLayoutEffect(() => {
    latest.current = { handleKeyDown, select: ctx.select };
  });
  const [handlers] = useState<RowHandlers>(() => ({
    click: (id) => {
      setFocusedId(id);
      latest.current.select(id);
    },
    focus: (id) => setFocusedId((current) => (current === id ? current : id)),
    keyDown: (event) => latest.current.handleKeyDown(event),
  }));

  const items = virtualizer.getVirtualItems();
  const total = head ? ctx.rowCount * rowHeight : virtualizer.getTotalSize();
  // Retry groups read every child of a row (a root with thousands of children included): for a tree still
  // arriving in two steps they come with its complete render, one frame after the first rows.
  const retryIndex = head ? null : retries;
  return (
    <div
      role="tree"
      aria-label={messages['runTrace.tree']}
      data-slot="paddock-trace-tree"
      data-state={rows.length > 0 ? 'filled' : 'empty'}
      data-following={live && following ? '' : undefined}
      {...props}
      ref={composeRefs(scrollRef, ref)}
      className={cn(className)}
      style={{ position: 'relative', overflow: 'auto', ...style }}
      onKeyDown={onKeyDown}
      tabIndex={-1}
      onScroll={composeEventHandlers(onScroll, (event) => {
        const el = event.currentTarget;
        const atBottom = el.scrollHeight - el.scrollTop - el.clientHeight < rowHeight * 1.5;
        if (atBottom !== following) setFollowing(atBottom);
      })}
    >
      <div
        data-slot="paddock-trace-tree-sizer"
        role="none"
        style={{ height: total, position: 'relative', width: '100%' }}
      >
        {items.map((item) => {
          // Past the first rows of a tree still being built: they come with the next render.
          const node = rows[item.index];
          if (!node) return null;
          const attempt = retryIndex?.byAttemptId.get(node.id);
          return (
            <TreeRow
              key={node.id}
              node={node}
              index={item.index}
              top={item.start}
              height={rowHeight}
              setSize={node.parent ? childCount(node.parent) : tree!.roots.length}
              selected={node.id === selectedSpanId}
              focused={node.id === activeId}
              expanded={childCount(node) > 0 && (searchResult ? true : ctx.expanded(node.id))}
              match={!!searchResult?.matchIds.has(node.id)}
              retryGroups={retryIndex?.byOwnerId.get(node.id)}
              attemptGroup={attempt?.group}
              attempt={attempt?.attempt}
              render={children}
              handlers={handlers}
            />
          );
        })}
      </div>
    </div>
  );
}

interface RowHandlers {
  click: (id: string) => void;
  focus: (id: string) => void;
  keyDown: (event: KeyboardEvent<HTMLDivElement>) => void;
}

interface TreeRowProps {
  node: TraceNode<LightSpan>;
  index: number;
  top: number;
  height: number;
  setSize: number;
  selected: boolean;
  focused: boolean;
  expanded: boolean;
  match: boolean;
  retryGroups: readonly RetryGroup[] | undefined;
  attemptGroup: RetryGroup | undefined;
  attempt: RetryAttempt | undefined;
  render: (row: RunTraceRowState) => ReactNode;
  handlers: RowHandlers;
}

/** One row of the tree; memoized on what it shows. */
const TreeRow = memo(function TreeRow({
  node,
  index,
  top,
  height,
  setSize,
  selected,
  focused,
  expanded,
  match,
  retryGroups,
  attemptGroup,
  attempt,
  render,
  handlers,
}: TreeRowProps) {
  const state = useMemo<RunTraceRowState>(
    () => ({
      node,
      index,
      selected,
      focused,
      expanded,
      match,
      retryGroups,
      attempt: attemptGroup && attempt ? { group: attemptGroup, attempt } : undefined,
    }),
    [node, index, selected, focused, expanded, match, retryGroups, attemptGroup, attempt],
  );
  return (
    <div
      role="treeitem"
      data-slot="paddock-trace-row"
      data-span-id={node.id}
      data-state={selected ? 'selected' : 'idle'}
      data-status={node.status}
      data-category={node.category}
      data-focused={focused ? '' : undefined}
      data-match={match ? '' : undefined}
      data-error-below={node.hasErrorBelow ? '' : undefined}
      aria-level={node.depth + 1}
      aria-setsize={setSize}
      aria-posinset={node.position + 1}
      aria-expanded={childCount(node) > 0 ? expanded : undefined}
      aria-selected={selected}
      tabIndex={focused ? 0 : -1}
      style={{
        position: 'absolute',
        top: 0,
        left: 0,
        width: '100%',
        height,
        transform: `translateY(${top}px)`,
      }}
      onClick={() => handlers.click(node.id)}
      onKeyDown={handlers.keyDown}
      onFocus={() => handlers.focus(node.id)}
    >
      <RowContext value={state}>{render(state)}</RowContext>
    </div>
  );
});

/* -------------------------------------------------------------------------------------------------
 * Row parts
 * -----------------------------------------------------------------------------------------------*/

type SpanProps = HTMLAttributes<HTMLSpanElement> & { ref?: Ref<HTMLSpanElement> | undefined };

/**
 * The expand/collapse chevron, indented by depth (`--paddock-trace-depth`). Not focusable: the row carries
 * the keyboard (Left/Right); a click toggles without selecting.
 *
 * @selector [data-slot="paddock-trace-row-toggle"][data-state="open" | "closed" | "leaf"]
 */
export function RunTracePrimitiveRowToggle({ className, style, onClick, ref, ...props }: SpanProps) {
  const ctx = useRunTraceContext('RunTracePrimitive.RowToggle');
  const row = useRowContext('RunTracePrimitive.RowToggle');
  const leaf = childCount(row.node) === 0;
  return (
    <span
      data-slot="paddock-trace-row-toggle"
      data-state={leaf ? 'leaf' : row.expanded ? 'open' : 'closed'}
      aria-hidden="true"
      {...props}
      ref={ref}
      className={cn(className)}
      style={{ ['--paddock-trace-depth' as string]: row.node.depth, ...style }}
      onClick={composeEventHandlers(onClick, (event) => {
        if (leaf) return;
        event.stopPropagation();
        ctx.setOpen([row.node.id], !row.expanded);
      })}
    />
  );
}

/** The span name (as text). @selector [data-slot="paddock-trace-row-name"] */
export function RunTracePrimitiveRowName({ className, children, ref, ...props }: SpanProps) {
  const row = useRowContext('RunTracePrimitive.RowName');
  return (
    <span data-slot="paddock-trace-row-name" {...props} ref={ref} className={cn(className)}>
      {children ?? (row.node.span.name || row.node.id)}
    </span>
  );
}

/** The span type. @selector [data-slot="paddock-trace-row-type"][data-category] */
export function RunTracePrimitiveRowType({ className, children, ref, ...props }: SpanProps) {
  const row = useRowContext('RunTracePrimitive.RowType');
  return (
    <span
      data-slot="paddock-trace-row-type"
      data-category={row.node.category}
      {...props}
      ref={ref}
      className={cn(className)}
    >
      {children ?? row.node.span.spanType}
    </span>
  );
}

/**
 * Badges: error, repaired-tree issues, retry attempts, event.
 *
 * @selector [data-slot="paddock-trace-row-badges"] holding [data-slot="paddock-trace-badge"][data-kind]
 */
export function RunTracePrimitiveRowBadges({ className, ref, ...props }: SpanProps) {
  const { fullSpans } = useRunTraceContext('RunTracePrimitive.RowBadges');
  const messages = useMessages(runTraceViewerMessages);
  const row = useRowContext('RunTracePrimitive.RowBadges');
  const { node } = row;
  const badges: { kind: string; text: string }[] = [];
  if (node.status === 'error') badges.push({ kind: 'error', text: messages['runTrace.status.error'] });
  const marker = spanMarker(fullSpans?.get(node.id) ?? node.span);
  if (marker) badges.push({ kind: marker, text: messages[`runTrace.marker.${marker}`] });
  if (row.retryGroups)
    for (const group of row.retryGroups)
      badges.push({ kind: 'retries', text: messages['runTrace.attempts'](group.attempts.length) });
  if (row.attempt) {
    const { attempt, group } = row.attempt;
    badges.push({
      kind: 'attempt',
      text: messages['runTrace.attempt'](attempt.number, group.attempts.length),
    });
  }
  if (node.isEvent) badges.push({ kind: 'event', text: messages['runTrace.event'] });
  const issues = node.issues;
  if (issues & TRACE_ISSUE.orphan) badges.push({ kind: 'issue', text: messages['runTrace.issue.orphan'] });
  if (issues & TRACE_ISSUE.cycle) badges.push({ kind: 'issue', text: messages['runTrace.issue.cycle'] });
  if (issues & TRACE_ISSUE.skew) badges.push({ kind: 'issue', text: messages['runTrace.issue.skew'] });
  if (issues & TRACE_ISSUE.unfinished)
    badges.push({ kind: 'issue', text: messages['runTrace.issue.unfinished'] });
  if (issues & TRACE_ISSUE.invalidTime)
    badges.push({ kind: 'issue', text: messages['runTrace.issue.invalidTime'] });
  if (issues & TRACE_ISSUE.unknownType)
    badges.push({ kind: 'issue', text: messages['runTrace.issue.unknownType'] });
  if (badges.length === 0) return null;
  return (
    <span data-slot="paddock-trace-row-badges" {...props} ref={ref} className={cn(className)}>
      {badges.map((badge, i) => (
        <span key={i} data-slot="paddock-trace-badge" data-kind={badge.kind}>
          {badge.text}
        </span>
      ))}
    </span>
  );
}

/** Duration (or "running"). @selector [data-slot="paddock-trace-row-duration"] */
export function RunTracePrimitiveRowDuration({ className, children, ref, ...props }: SpanProps) {
  const messages = useMessages(runTraceViewerMessages);
  const { node } = useRowContext('RunTracePrimitive.RowDuration');
  let text: string;
  if (node.isEvent) text = '';
  else if (node.endMs === null)
    text = node.issues & TRACE_ISSUE.unfinished ? '—' : messages['runTrace.status.running'];
  else text = formatDuration(Math.max(0, node.endMs - node.startMs));
  return (
    <span data-slot="paddock-trace-row-duration" {...props} ref={ref} className={cn(className)}>
      {children ?? text}
    </span>
  );
}

/**
 * The waterfall cell: a bar placed by `--paddock-trace-bar-start` and `--paddock-trace-bar-width` (percent of
 * the trace), a point for events. Its label says where the span starts.
 *
 * @selector [data-slot="paddock-trace-row-timeline"] > [data-slot="paddock-trace-row-bar"][data-status][data-kind="bar" | "point" | "open"]
 */
export function RunTracePrimitiveRowBar({ className, style, ref, ...props }: SpanProps) {
  const { tree, messages } = useRunTraceContext('RunTracePrimitive.RowBar');
  const { node } = useRowContext('RunTracePrimitive.RowBar');
  const span = tree && tree.durationMs > 0 ? tree.durationMs : 1;
  const origin = tree?.startMs ?? node.startMs;
  const start = ((node.startMs - origin) / span) * 100;
  const width = ((node.displayEndMs - node.startMs) / span) * 100;
  const kind = node.isEvent ? 'point' : node.endMs === null ? 'open' : 'bar';
  return (
    <span
      data-slot="paddock-trace-row-timeline"
      title={messages['runTrace.offset'](formatDuration(node.startMs - origin))}
      {...props}
      ref={ref}
      className={cn(className)}
      style={style}
    >
      <span
        data-slot="paddock-trace-row-bar"
        data-status={node.status}
        data-kind={kind}
        style={{
          ['--paddock-trace-bar-start' as string]: `${Math.min(100, Math.max(0, start))}%`,
          ['--paddock-trace-bar-width' as string]: `${Math.min(100, Math.max(0, width))}%`,
        }}
      />
    </span>
  );
}
