import * as SchedulesPrimitive from '../primitives/schedules/index.js';
import { PaddockRoot } from '../provider/kit-root.js';
import { schedulesCss } from '../styles/schedules.js';
import { cn } from '../utils/cn.js';

const STYLESHEETS = { schedules: schedulesCss };

export type ScheduleEditorProps = SchedulesPrimitive.EditorProps;

/**
 * Create or edit a workflow schedule: cron with the next five fires, timezone, input data from the workflow's
 * input schema. Draft props (`value` / `defaultValue` / `onValueChange`) are the primitive's.
 */
export function ScheduleEditor({ className, ...props }: ScheduleEditorProps) {
  return (
    <PaddockRoot stylesheets={STYLESHEETS} data-slot="paddock-schedule-editor-root">
      <SchedulesPrimitive.Editor {...props} className={cn('paddock-schedule-editor', className)} />
    </PaddockRoot>
  );
}
