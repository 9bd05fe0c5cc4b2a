import { ScheduleList } from '@paddock/builder-ui';
import { Embedded } from '../embed';

/** Every workflow schedule of the org, with the kit's list and editor; fires link to the run they started. */
export function SchedulesPage() {
  return (
    <section className="console-page" aria-labelledby="schedules-title">
      {/* Not just "Schedules": the kit's list is a region of that name, and two landmarks may not share one. */}
      <h1 id="schedules-title">Workflow schedules</h1>
      <Embedded name="ScheduleList">
        <ScheduleList
          refetchInterval={2000}
          runHref={(workflowId, runId) =>
            `/workflow-runs?workflow=${encodeURIComponent(workflowId)}&run=${encodeURIComponent(runId)}`
          }
        />
      </Embedded>
    </section>
  );
}
