/**
 * The selected step's details, loaded on demand by `WorkflowRunPrimitive.StepDetails` (see `lazyPart`): they
 * show only once a step is selected. What it uses of the kit comes in as `kit`.
 */
import type { HTMLAttributes, Ref } from 'react';
import type { WorkflowGraphNode } from '../../core/workflow-graph.js';
import type { WorkflowRunContextValue } from './workflow-run-context.js';
import type { WorkflowRunLazyKit } from './workflow-run-parts.js';

export interface StepDetailsBodyProps extends HTMLAttributes<HTMLDivElement> {
  ctx: WorkflowRunContextValue;
  node: WorkflowGraphNode;
  statusLabel: string;
  kit: WorkflowRunLazyKit;
  ref?: Ref<HTMLDivElement> | undefined;
}

export default function StepDetailsBody({
  ctx: { run, attempts, messages, idPrefix },
  node: selectedNode,
  statusLabel,
  kit: { Json },
  ...props
}: StepDetailsBodyProps) {
  const titleId = `${idPrefix}-details-title`;
  const record = run?.steps[selectedNode.id];
  const retries = attempts[selectedNode.id];
  const started = typeof record?.startedAt === 'number' ? record.startedAt : undefined;
  const ended = typeof record?.endedAt === 'number' ? record.endedAt : undefined;
  const errorValue = record?.error;
  return (
    <section
      aria-labelledby={titleId}
      {...props}
      data-slot="paddock-workflow-run-details"
      data-state={selectedNode.status}
    >
      <h3 id={titleId} data-slot="paddock-workflow-run-details-title">
        {messages['workflowRun.details']}: {selectedNode.id} ({statusLabel})
      </h3>
      {selectedNode.description ? (
        <p data-slot="paddock-workflow-run-details-description">{selectedNode.description}</p>
      ) : null}
      <dl data-slot="paddock-workflow-run-timing">
        <dt>{messages['workflowRun.started']}</dt>
        <dd>{started ? new Date(started).toISOString() : messages['workflowRun.none']}</dd>
        <dt>{messages['workflowRun.ended']}</dt>
        <dd>{ended ? new Date(ended).toISOString() : messages['workflowRun.none']}</dd>
        <dt>{messages['workflowRun.duration']}</dt>
        <dd>
          {started && ended
            ? messages['workflowRun.durationValue'](ended - started)
            : messages['workflowRun.none']}
        </dd>
      </dl>
      {retries && retries.attempts.length > 0 ? (
        <div
          data-slot="paddock-workflow-run-attempts"
          data-state={retries.succeededAfterRetry ? 'after-retry' : retries.retried ? 'retried' : 'single'}
        >
          <h4 data-slot="paddock-workflow-run-attempts-title">{messages['workflowRun.attempts']}</h4>
          <ol aria-label={messages['workflowRun.attempts']}>
            {retries.attempts.map((attempt) => (
              <li key={attempt.attempt} data-slot="paddock-workflow-run-attempt" data-state={attempt.status}>
                <span data-slot="paddock-workflow-run-attempt-name">
                  {messages['workflowRun.attempt'](attempt.attempt)}
                </span>{' '}
                <span data-slot="paddock-workflow-run-attempt-status">
                  {messages[`workflowRun.attemptStatus.${attempt.status}`]}
                </span>
                {attempt.delayBeforeMs !== undefined ? (
                  <span data-slot="paddock-workflow-run-attempt-delay">
                    {' '}
                    · {messages['workflowRun.retryDelay'](attempt.delayBeforeMs)}
                  </span>
                ) : null}
                {attempt.error ? (
                  <span data-slot="paddock-workflow-run-attempt-error"> · {attempt.error}</span>
                ) : null}
              </li>
            ))}
          </ol>
          {retries.source === 'record' ? (
            <p data-slot="paddock-workflow-run-attempts-note">{messages['workflowRun.attemptsFromRecord']}</p>
          ) : null}
        </div>
      ) : null}
      {record?.suspendPayload !== undefined ? (
        <>
          <h4>{messages['workflowRun.suspendPayload']}</h4>
          <Json value={record.suspendPayload} slot="paddock-workflow-run-suspend-payload" />
        </>
      ) : null}
      <h4>{messages['workflowRun.input']}</h4>
      <Json value={record?.payload ?? messages['workflowRun.none']} slot="paddock-workflow-run-input" />
      {record?.output !== undefined ? (
        <>
          <h4>{messages['workflowRun.output']}</h4>
          <Json value={record.output} slot="paddock-workflow-run-output" />
        </>
      ) : null}
      {errorValue ? (
        <>
          <h4>{messages['workflowRun.error']}</h4>
          <Json
            value={(errorValue as { message?: unknown }).message ?? errorValue}
            slot="paddock-workflow-run-step-error"
          />
        </>
      ) : null}
    </section>
  );
}
