import { useImperativeHandle, useRef, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { BuilderProvider, RunTraceViewer } from '@paddock/builder-ui';
// The kit's in-memory server (not part of the public package): an owner, so observability:read is granted.
import { createMockServer } from '../../packages/builder-ui/src/testing/mock-server.ts';
import type { TraceImpl, TraceImplProps } from './trace-impl.ts';

/**
 * THE switch for the RunTraceViewer benchmark: `runTraceViewerImpl` is measured beside the plain tree (set it to
 * `null` to measure the plain tree alone). The viewer gets the spans in hand (`spans`, no server list call,
 * no span detail fetches, no polling) inside a BuilderProvider, the way a host that already has a trace uses it.
 * Expand all / collapse all go through its controlled `expandedIds`; search types into its own search box.
 */
const mock = createMockServer({ role: 'owner' });

function Viewer({ trace, handle }: TraceImplProps) {
  const root = useRef<HTMLDivElement>(null);
  const [expanded, setExpanded] = useState<readonly string[] | undefined>(undefined);

  useImperativeHandle(
    handle,
    () => ({
      // Listed when asked, like the plain tree lists its collapsed ids: not part of mounting.
      expandAll: () => {
        const ids = new Set<string>();
        for (const span of trace?.spans ?? []) if (span.parentSpanId) ids.add(span.parentSpanId);
        setExpanded([...ids]);
      },
      collapseAll: () => setExpanded([]),
      search: (query) => {
        const input = root.current?.querySelector<HTMLInputElement>('[data-slot="paddock-trace-search"]');
        if (!input) throw new Error('RunTraceViewer: no search box');
        // What typing does: the native setter (so React sees a change) and an input event.
        const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
        flushSync(() => {
          setter.call(input, query);
          input.dispatchEvent(new Event('input', { bubbles: true }));
        });
      },
      scroller: () => root.current?.querySelector<HTMLElement>('[data-slot="paddock-trace-tree"]') ?? null,
    }),
    [trace],
  );

  return (
    <div ref={root}>
      <RunTraceViewer
        traceId={trace ? trace.traceId : 'loading'}
        // `null`: the host is still getting the spans (the viewer shows its loading state, fetches nothing).
        spans={trace ? trace.spans : null}
        fetchSpans={false}
        pollInterval={false}
        expandedIds={expanded}
      />
    </div>
  );
}

/** The host's provider, mounted with the app before any trace is in hand. */
function Shell({ children }: { children?: ReactNode }) {
  return (
    <BuilderProvider client={mock.client} theme="light">
      {children}
    </BuilderProvider>
  );
}

export const runTraceViewerImpl: TraceImpl | null = {
  id: 'viewer',
  label: 'RunTraceViewer',
  rowSelector: '[data-slot="paddock-trace-row"]',
  Component: Viewer,
  Shell,
};
