import type { ReactNode } from 'react';
import * as RunTracePrimitive from '../primitives/run-trace/index.js';
import { PaddockRoot } from '../provider/kit-root.js';
import { cn } from '../utils/cn.js';

/** Selection, expansion, data and link props are the headless root's, documented there. */
export interface RunTraceViewerProps extends Pick<
  RunTracePrimitive.RootProps,
  | 'traceId'
  | 'spans'
  | 'fetchSpans'
  | 'selectedSpanId'
  | 'defaultSelectedSpanId'
  | 'onSelectedSpanIdChange'
  | 'expandedIds'
  | 'defaultExpandedIds'
  | 'onExpandedIdsChange'
  | 'pollInterval'
  | 'entityHref'
> {
  /** Class for the viewer (merged with the kit's). */
  className?: string | undefined;
  /** Span row slot: replaces the default row content (toggle, name, type, badges, duration, bar). */
  renderRow?: ((row: RunTracePrimitive.RunTraceRowState) => ReactNode) | undefined;
  /** Extra tabs in the detail panel. */
  detailTabs?: readonly RunTracePrimitive.RunTraceDetailTab[] | undefined;
}

function DefaultRow() {
  return (
    <>
      <span data-slot="paddock-trace-row-label">
        <RunTracePrimitive.RowToggle />
        <RunTracePrimitive.RowName />
        <RunTracePrimitive.RowType />
        <RunTracePrimitive.RowBadges />
      </span>
      <RunTracePrimitive.RowDuration />
      <RunTracePrimitive.RowBar />
    </>
  );
}

/**
 * One run: span tree and waterfall sharing rows (virtualized, so 100,000 spans scroll like 100), search that
 * filters to matches and their ancestors, previous/next error, and the selected span's details.
 */
export function RunTraceViewer({ className, renderRow, detailTabs, ...props }: RunTraceViewerProps) {
  return (
    <PaddockRoot asChild>
      <RunTracePrimitive.Root {...props} className={cn(className)}>
        <div data-slot="paddock-trace-toolbar">
          <RunTracePrimitive.Search />
          <RunTracePrimitive.PreviousError />
          <RunTracePrimitive.NextError />
          <RunTracePrimitive.SearchStatus />
        </div>
        <RunTracePrimitive.Summary />
        <RunTracePrimitive.State when="idle" />
        <RunTracePrimitive.State when="loading" />
        <RunTracePrimitive.State when="error" />
        <RunTracePrimitive.State when="forbidden" />
        <RunTracePrimitive.State when="empty" />
        <div data-slot="paddock-trace-body">
          <RunTracePrimitive.Tree>
            {(row) => (renderRow ? renderRow(row) : <DefaultRow />)}
          </RunTracePrimitive.Tree>
          <RunTracePrimitive.Detail extraTabs={detailTabs} />
        </div>
      </RunTracePrimitive.Root>
    </PaddockRoot>
  );
}
