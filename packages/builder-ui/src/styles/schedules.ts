import { R } from './base.js';
import { token as t } from './tokens.js';

const S = (part: string) => `${R} [data-slot="paddock-schedule-${part}"]`;

/**
 * ScheduleList and ScheduleEditor. Buttons, column headings and statuses keep their words whole: the kit root
 * lets any word break (so long server text cannot widen a page), which let the table squeeze "Status" into
 * "Statu / s" and an action into "Pau / se".
 */
export const schedulesCss = `
${S('editor-input')}:not([type="checkbox"]) {
  padding: 6px 8px; border: 1px solid ${t('border')}; border-radius: calc(${t('radius')} * 0.75);
  background: ${t('surface')}; color: ${t('surface-foreground')}; font: inherit;
}
${S('editor-input')}[aria-invalid="true"] { border-color: ${t('danger')}; }
${S('editor-error')} { color: ${t('danger')}; margin: 0; font-size: 13px; }
${S('editor-hint')}, ${S('reason')} {
  color: ${t('muted-foreground')}; font-size: 13px; margin: 0;
}
${R} :is([data-slot^="paddock-schedule-action"], [data-slot="paddock-schedule-editor-submit"], [data-slot="paddock-schedule-editor-cancel"], [data-slot="paddock-schedule-create"]):is(button) {
  padding: 6px 12px; border: 1px solid ${t('border')}; border-radius: calc(${t('radius')} * 0.75);
  background: ${t('surface')}; color: ${t('surface-foreground')}; font: inherit; cursor: pointer;
  overflow-wrap: normal;
}
${R} :is([data-slot="paddock-schedule-editor-submit"]):is(button) {
  background: ${t('primary')}; color: ${t('primary-foreground')}; border-color: ${t('primary')};
}
${R} button[aria-disabled="true"]:is([data-slot^="paddock-schedule-"]) { opacity: 0.6; cursor: not-allowed; }
${S('list')} {
  display: grid; gap: 12px; padding: 12px; border-radius: ${t('radius')};
  background: ${t('surface')}; color: ${t('surface-foreground')};
}
${S('table')} { width: 100%; border-collapse: collapse; }
${S('table')} th, ${S('table')} td { text-align: start; vertical-align: top; padding: 8px; border-bottom: 1px solid ${t('border')}; }
${S('table')} thead th, ${S('status')} { overflow-wrap: normal; }
${S('status')}[data-state="active"] { color: ${t('status-success')}; font-weight: 600; }
${S('status')}[data-state="paused"] { color: ${t('status-waiting')}; font-weight: 600; }
${S('muted')} { color: ${t('muted-foreground')}; font-size: 12px; display: block; }
${S('warning')} { color: ${t('risk-medium')}; font-size: 13px; margin: 4px 0 0; }
${S('actions')} { display: flex; flex-wrap: wrap; gap: 6px; }
${S('fires')} { list-style: none; margin: 0; padding: 0; font-size: 13px; }
${S('fire')}[data-state="failed"] { color: ${t('status-error')}; }
${S('editor')} { display: grid; gap: 10px; padding: 12px; border: 1px solid ${t('border')}; border-radius: ${t('radius')}; background: ${t('surface')}; color: ${t('surface-foreground')}; }
${S('editor-field')} { display: grid; gap: 4px; }
${S('editor-preview')} ol { margin: 0; padding-inline-start: 20px; font-size: 13px; }
${S('editor-fields')} { border: 0; padding: 0; margin: 0; display: grid; gap: 8px; }
`;
