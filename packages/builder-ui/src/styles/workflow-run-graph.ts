import { R } from './base.js';
import { token as t } from './tokens.js';
import { statusColours } from './workflow-run.js';

const W = (part: string) => `${R} [data-slot="paddock-workflow-run-${part}"]`;
/** xyflow's classes, only under the kit root: its global stylesheet is never loaded. */
const X = (cls: string) => `${R} .react-flow${cls}`;

/**
 * The step graph and React Flow's own rules. Injected by the lazily loaded graph view, so a page that never
 * shows the graph does not ship it.
 */
export const workflowRunGraphCss = `
${statusColours(W('node'), 'border-color')}
${X('')} { direction: ltr; position: relative; width: 100%; height: 100%; overflow: hidden; z-index: 0;
  --xy-edge-stroke-default: ${t('muted-foreground')}; }
${X('__container')} { position: absolute; width: 100%; height: 100%; top: 0; left: 0; }
${X('__pane')} { z-index: 1; touch-action: none; }
${X('__pane')}.draggable { cursor: grab; }
${X('__viewport')} { transform-origin: 0 0; z-index: 2; pointer-events: none; }
${X('__renderer')} { z-index: 4; }
${X('__edges')} { position: absolute; }
${X('__edges')} svg { overflow: visible; position: absolute; pointer-events: none; }
${X('__edge-path')} { stroke: ${t('muted-foreground')}; stroke-width: 1.5; fill: none; }
${X('__edge')}.paddock-edge-nested .react-flow__edge-path { stroke-dasharray: 4 3; }
${X('__edge')}.animated path { stroke-dasharray: 5; }
@media (prefers-reduced-motion: no-preference) {
  ${X('__edge')}.animated path { animation: paddock-dashdraw 0.5s linear infinite; }
}
@keyframes paddock-dashdraw { from { stroke-dashoffset: 10; } }
${X('__nodes')} { pointer-events: none; transform-origin: 0 0; }
${X('__node')} { position: absolute; user-select: none; pointer-events: all; transform-origin: 0 0; box-sizing: border-box; cursor: default; }
${X('__handle')} { position: absolute; pointer-events: none; width: 6px; height: 6px; min-width: 5px; min-height: 5px; background: ${t('muted-foreground')}; border-radius: 50%; opacity: 0.6; }
${X('__handle-bottom')} { top: auto; left: 50%; bottom: 0; transform: translate(-50%, 50%); }
${X('__handle-top')} { top: 0; left: 50%; transform: translate(-50%, -50%); }
${X('__panel')} { position: absolute; z-index: 5; margin: 15px; }
${X('__edgelabel-renderer')}, ${X('__viewport-portal')} { position: absolute; width: 100%; height: 100%; left: 0; top: 0; pointer-events: none; user-select: none; }
`;
