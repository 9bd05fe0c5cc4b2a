import { R } from './base.js';
import { token as t } from './tokens.js';

const W = (part: string) => `${R} [data-slot="paddock-workflow-run-${part}"]`;
const S = (part: string) => `${R} [data-slot="paddock-schedule-${part}"]`;
/** xyflow's classes, only under the kit root: its global stylesheet is never loaded. */
const X = (cls: string) => `${R} .react-flow${cls}`;

const statusColours = (selector: string, prop: 'color' | 'border-color') =>
  [
    ['success', 'status-success'],
    ['failed', 'status-error'],
    ['running', 'status-running'],
    ['suspended', 'approval'],
    ['waiting', 'status-waiting'],
    ['canceled', 'status-cancelled'],
    ['skipped', 'muted-foreground'],
    ['pending', 'muted-foreground'],
    ['unknown', 'risk-unknown'],
  ]
    .map(([state, token]) => `${selector}[data-state="${state}"] { ${prop}: ${t(token as never)}; }`)
    .join('\n');

export const workflowRunCss = `
${W('root')} { display: grid; gap: 12px; color: ${t('surface-foreground')}; }
${W('header')} { display: flex; flex-wrap: wrap; gap: 8px 16px; align-items: center; justify-content: space-between; }
${W('status')} { font-weight: 600; }
${W('live')} { font-weight: 400; color: ${t('muted-foreground')}; }
${W('error')} { padding: 12px; border: 1px solid ${t('danger')}; border-radius: ${t('radius')}; }
${W('graph')} { border: 1px solid ${t('border')}; border-radius: ${t('radius')}; background: ${t('surface')}; }
${W('canvas')} { position: relative; width: 100%; height: 420px; }
${W('node')} {
  display: flex; flex-direction: column; align-items: flex-start; gap: 2px;
  width: 100%; height: 100%; padding: 8px 10px; text-align: start;
  border: 2px solid ${t('border')}; border-inline-start-width: 6px; border-radius: ${t('radius')};
  background: ${t('surface')}; color: ${t('surface-foreground')}; font: inherit; cursor: pointer;
}
${statusColours(W('node'), 'border-color')}
${W('node')}[data-state="pending"], ${W('node')}[data-state="skipped"] { border-style: dashed; }
${W('node')}[data-retried="after-retry"] { box-shadow: inset 0 0 0 2px ${t('status-waiting')}; }
${W('node')}[data-selected] { outline: 3px solid ${t('ring')}; outline-offset: 2px; }
${W('node')}:focus-visible { outline: 3px solid ${t('ring')}; outline-offset: 2px; }
${W('node-name')} { font-weight: 600; overflow-wrap: anywhere; }
${W('node-status')}, ${W('node-notes')} { font-size: 12px; }
${W('node-notes')} { color: ${t('muted-foreground')}; }
${W('legend')} { display: flex; flex-wrap: wrap; gap: 6px 12px; font-size: 12px; }
${W('legend-item')} { border-inline-start: 6px solid currentColor; padding-inline-start: 6px; }
${statusColours(W('legend-item'), 'color')}
${W('steps')} { list-style: none; margin: 0; padding: 0; display: grid; gap: 4px; }
${W('step-item')}[data-depth="1"] { padding-inline-start: 16px; }
${W('step-item')}[data-depth="2"] { padding-inline-start: 32px; }
${W('step')} {
  display: flex; flex-wrap: wrap; gap: 4px 10px; align-items: baseline; width: 100%; padding: 6px 10px;
  border: 1px solid ${t('border')}; border-inline-start-width: 6px; border-radius: calc(${t('radius')} * 0.75);
  background: ${t('surface')}; color: ${t('surface-foreground')}; font: inherit; text-align: start; cursor: pointer;
}
${statusColours(W('step'), 'border-color')}
${W('step')}[data-selected] { background: ${t('muted')}; }
${W('step')}:focus-visible { outline: 3px solid ${t('ring')}; outline-offset: 1px; }
${W('step-name')} { font-weight: 600; }
${W('step-note')} { font-size: 12px; color: ${t('muted-foreground')}; }
${W('details')}, ${W('resume')}, ${W('result')} {
  padding: 12px; border: 1px solid ${t('border')}; border-radius: ${t('radius')}; background: ${t('surface')};
}
${W('details')} h3, ${W('details')} h4, ${W('resume')} h3, ${W('result')} h3 { margin: 8px 0 4px; font-size: 14px; }
${W('details')} pre, ${W('resume')} pre, ${W('result')} pre {
  margin: 0; padding: 8px; overflow: auto; max-height: 240px; white-space: pre-wrap; overflow-wrap: anywhere;
  background: ${t('muted')}; color: ${t('surface-foreground')}; border-radius: calc(${t('radius')} * 0.5);
  font-family: ${t('font-family-mono')}; font-size: 12px;
}
${W('timing')} { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 0; }
${W('timing')} dd { margin: 0; }
${W('attempts')} ol { margin: 0; padding-inline-start: 20px; }
${W('attempt')}[data-state="failed"] ${W('attempt-status')} { color: ${t('status-error')}; font-weight: 600; }
${W('attempt')}[data-state="success"] ${W('attempt-status')} { color: ${t('status-success')}; font-weight: 600; }
${W('resume-fields')} { border: 0; padding: 0; margin: 8px 0; display: grid; gap: 8px; }
${W('resume-field')} { display: grid; gap: 4px; }
${W('resume-input')}:not([type="checkbox"]), ${S('editor-input')}:not([type="checkbox"]) {
  padding: 6px 8px; border: 1px solid ${t('border')}; border-radius: calc(${t('radius')} * 0.75);
  background: ${t('surface')}; color: ${t('surface-foreground')}; font: inherit;
}
${W('resume-input')}[aria-invalid="true"], ${S('editor-input')}[aria-invalid="true"] { border-color: ${t('danger')}; }
${W('resume-error')}, ${S('editor-error')}, ${W('cancel-error')} { color: ${t('danger')}; margin: 0; font-size: 13px; }
${W('resume-hint')}, ${W('resume-reason')}, ${W('cancel-reason')}, ${S('editor-hint')}, ${S('reason')} {
  color: ${t('muted-foreground')}; font-size: 13px; margin: 0;
}
${R} :is([data-slot="paddock-workflow-run-resume-submit"], [data-slot^="paddock-workflow-run-cancel-"], [data-slot="paddock-workflow-run-error-retry"], [data-slot^="paddock-schedule-action"], [data-slot="paddock-schedule-editor-submit"], [data-slot="paddock-schedule-editor-cancel"], [data-slot="paddock-schedule-create"]):is(button) {
  padding: 6px 12px; border: 1px solid ${t('border')}; border-radius: calc(${t('radius')} * 0.75);
  background: ${t('surface')}; color: ${t('surface-foreground')}; font: inherit; cursor: pointer;
}
${R} :is([data-slot="paddock-workflow-run-resume-submit"], [data-slot="paddock-workflow-run-cancel-yes"], [data-slot="paddock-schedule-editor-submit"]):is(button) {
  background: ${t('primary')}; color: ${t('primary-foreground')}; border-color: ${t('primary')};
}
${R} button[aria-disabled="true"]:is([data-slot^="paddock-workflow-run-"], [data-slot^="paddock-schedule-"]) { opacity: 0.6; cursor: not-allowed; }
${W('cancel')} { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
${W('cancel-confirm')} { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; padding: 8px; border: 1px solid ${t('danger')}; border-radius: ${t('radius')}; }
${W('cancel-title')}, ${W('cancel-body')} { margin: 0; flex-basis: 100%; }

${S('list')} { display: grid; gap: 12px; color: ${t('surface-foreground')}; }
${S('table')} { width: 100%; border-collapse: collapse; }
${S('table')} th, ${S('table')} td { text-align: start; vertical-align: top; padding: 8px; border-bottom: 1px solid ${t('border')}; }
${S('status')}[data-state="active"] { color: ${t('status-success')}; font-weight: 600; }
${S('status')}[data-state="paused"] { color: ${t('status-waiting')}; font-weight: 600; }
${S('muted')} { color: ${t('muted-foreground')}; font-size: 12px; display: block; }
${S('warning')} { color: ${t('risk-medium')}; font-size: 13px; margin: 4px 0 0; }
${S('actions')} { display: flex; flex-wrap: wrap; gap: 6px; }
${S('fires')} { list-style: none; margin: 0; padding: 0; font-size: 13px; }
${S('fire')}[data-state="failed"] { color: ${t('status-error')}; }
${S('editor')} { display: grid; gap: 10px; padding: 12px; border: 1px solid ${t('border')}; border-radius: ${t('radius')}; background: ${t('surface')}; }
${S('editor-field')} { display: grid; gap: 4px; }
${S('editor-preview')} ol { margin: 0; padding-inline-start: 20px; font-size: 13px; }
${S('editor-fields')} { border: 0; padding: 0; margin: 0; display: grid; gap: 8px; }

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
${X('__edge')}.animated path { stroke-dasharray: 5; animation: paddock-dashdraw 0.5s linear infinite; }
@media (prefers-reduced-motion: reduce) { ${X('__edge')}.animated path { animation: none; } }
@keyframes paddock-dashdraw { from { stroke-dashoffset: 10; } }
${X('__nodes')} { pointer-events: none; transform-origin: 0 0; }
${X('__node')} { position: absolute; user-select: none; pointer-events: all; transform-origin: 0 0; box-sizing: border-box; cursor: default; }
${X('__handle')} { position: absolute; pointer-events: none; width: 6px; height: 6px; min-width: 5px; min-height: 5px; background: ${t('muted-foreground')}; border-radius: 50%; opacity: 0.6; }
${X('__handle-bottom')} { top: auto; left: 50%; bottom: 0; transform: translate(-50%, 50%); }
${X('__handle-top')} { top: 0; left: 50%; transform: translate(-50%, -50%); }
${X('__panel')} { position: absolute; z-index: 5; margin: 15px; }
${X('__edgelabel-renderer')}, ${X('__viewport-portal')} { position: absolute; width: 100%; height: 100%; left: 0; top: 0; pointer-events: none; user-select: none; }
`;
