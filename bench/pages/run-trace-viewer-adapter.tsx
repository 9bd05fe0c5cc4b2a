import type { TraceImpl } from './trace-impl.ts';

/**
 * THE switch for the RunTraceViewer benchmark. RunTraceViewer is not on main yet; when it lands, replace
 * `null` below with an adapter, e.g.
 *
 *   import { RunTraceViewer } from '@paddock/builder-ui';
 *   export const runTraceViewerImpl: TraceImpl = {
 *     id: 'viewer', label: 'RunTraceViewer', rowSelector: '[data-slot="paddock-trace-row"]',
 *     Component: ({ trace, handle }) => ... <RunTraceViewer trace={parsed} ... /> plus a TraceHandle that clicks
 *       its expand-all / collapse-all controls, types into its search box and returns its scroll container,
 *   };
 *
 * Until then the bench reports the viewer rows as "not available" and measures the plain baseline alone.
 */
export const runTraceViewerImpl: TraceImpl | null = null;
