import { R } from './base.js';
import { token as t } from './tokens.js';

/** A part by its slot alone: for the second part of a descendant rule, which the first has already scoped. */
const slot = (part: string) => `[data-slot="paddock-workflow-run-${part}"]`;
const W = (part: string) => `${R} ${slot(part)}`;

export const statusColours = (selector: string, prop: 'color' | 'border-color') =>
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

/** The run viewer without its graph (header, legend, step list, details, resume and cancel forms). */
export const workflowRunCss = `
${W('root')} {
  display: grid; gap: 12px; padding: 12px; border-radius: ${t('radius')};
  background: ${t('surface')}; color: ${t('surface-foreground')};
}
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
${W('attempt')}[data-state="failed"] ${slot('attempt-status')} { color: ${t('status-error')}; font-weight: 600; }
${W('attempt')}[data-state="success"] ${slot('attempt-status')} { color: ${t('status-success')}; font-weight: 600; }
${W('resume-fields')} { border: 0; padding: 0; margin: 8px 0; display: grid; gap: 8px; }
${W('resume-field')} { display: grid; gap: 4px; }
${W('resume-input')}:not([type="checkbox"]) {
  padding: 6px 8px; border: 1px solid ${t('border')}; border-radius: calc(${t('radius')} * 0.75);
  background: ${t('surface')}; color: ${t('surface-foreground')}; font: inherit;
}
${W('resume-input')}[aria-invalid="true"] { border-color: ${t('danger')}; }
${W('resume-error')}, ${W('cancel-error')}, ${W('part-error')} { color: ${t('danger')}; margin: 0; font-size: 13px; }
${W('part-loading')} { color: ${t('muted-foreground')}; margin: 0; }
${W('resume-hint')}, ${W('resume-reason')}, ${W('cancel-reason')} {
  color: ${t('muted-foreground')}; font-size: 13px; margin: 0;
}
${R} :is([data-slot="paddock-workflow-run-resume-submit"], [data-slot^="paddock-workflow-run-cancel-"], [data-slot="paddock-workflow-run-error-retry"], [data-slot="paddock-workflow-run-part-retry"]):is(button) {
  padding: 6px 12px; border: 1px solid ${t('border')}; border-radius: calc(${t('radius')} * 0.75);
  background: ${t('surface')}; color: ${t('surface-foreground')}; font: inherit; cursor: pointer;
}
${R} :is([data-slot="paddock-workflow-run-resume-submit"], [data-slot="paddock-workflow-run-cancel-yes"]):is(button) {
  background: ${t('primary')}; color: ${t('primary-foreground')}; border-color: ${t('primary')};
}
${R} button[aria-disabled="true"]:is([data-slot^="paddock-workflow-run-"]) { opacity: 0.6; cursor: not-allowed; }
${W('cancel')} { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
${W('cancel-confirm')} { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; padding: 8px; border: 1px solid ${t('danger')}; border-radius: ${t('radius')}; }
${W('cancel-title')}, ${W('cancel-body')} { margin: 0; flex-basis: 100%; }
`;
