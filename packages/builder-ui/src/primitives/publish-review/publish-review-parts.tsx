import { useId, type ButtonHTMLAttributes, type HTMLAttributes, type Ref } from 'react';
import { auditCsv, auditJson, type ReviewActor } from '../../core/review-state.js';
import type { PolicyCheck } from '../../core/policy-checks.js';
import { bindingEntries, instructionsText, modelLabel, type BindingChange } from '../../core/version-diff.js';
import { useErrorDescription } from '../../hooks/use-error-message.js';
import { cn } from '../../utils/cn.js';
import { usePublishReviewContext } from './publish-review-context.js';

type PartProps<E extends HTMLElement = HTMLDivElement> = HTMLAttributes<E> & { ref?: Ref<E> | undefined };

/** The dictionary sentence for a block reason (`publishReview.reason.<block>`); none when nothing blocks. */
function reasonText(messages: Record<string, unknown>, block: string | null): string | undefined {
  const text = block === null ? undefined : messages[`publishReview.reason.${block}`];
  return typeof text === 'string' ? text : undefined;
}

function who(actor: ReviewActor | undefined): string {
  return actor?.name ?? actor?.id ?? '?';
}

/* ------------------------------------------------------------------------------------------------------------
 * LoadState: loading and load-error messages (renders nothing once ready)
 * ----------------------------------------------------------------------------------------------------------*/

export function PublishReviewLoadState({ className, ref, ...props }: PartProps) {
  const { state, messages } = usePublishReviewContext('LoadState');
  const error = useErrorDescription(state.error);
  if (state.status === 'ready') return null;
  return (
    <div
      role={state.status === 'error' ? 'alert' : 'status'}
      {...props}
      ref={ref}
      data-slot="paddock-review-load-state"
      data-state={state.status}
      className={cn(className)}
    >
      {state.status === 'loading'
        ? messages['publishReview.loading']
        : `${messages['publishReview.loadError']} ${error?.message ?? ''}`}
    </div>
  );
}

/* ------------------------------------------------------------------------------------------------------------
 * Status: the request's state, staleness and drift
 * ----------------------------------------------------------------------------------------------------------*/

export function PublishReviewStatus({ className, ref, ...props }: PartProps) {
  const { state, messages } = usePublishReviewContext('Status');
  if (state.status !== 'ready') return null;
  const { request } = state;
  let text: string;
  if (!request) text = messages['publishReview.status.none'];
  else if (request.status === 'pending')
    text = messages['publishReview.status.pending'](
      who(request.requester),
      messages['publishReview.version'](request.versionNumber ?? 0),
    );
  else if (request.status === 'changes-requested')
    text = messages['publishReview.status.changes-requested'](who(request.decision?.actor));
  else if (request.status === 'approved')
    text = messages['publishReview.status.approved'](who(request.decision?.actor));
  else if (request.status === 'published')
    text = messages['publishReview.status.published'](who(request.decision?.actor));
  else text = messages[`publishReview.status.${request.status}`];
  const driftLabel =
    state.drift === 'unreviewed'
      ? messages['publishReview.drift.unreviewed']
      : state.drift === 'direct'
        ? messages['publishReview.drift.direct']
        : state.drift === 'reviewed'
          ? messages['publishReview.drift.reviewed']
          : messages['publishReview.drift.unpublished'];
  return (
    <div
      role="status"
      aria-label={messages['publishReview.status']}
      {...props}
      ref={ref}
      data-slot="paddock-review-status"
      data-state={request?.status ?? 'none'}
      data-stale={state.stale ? '' : undefined}
      data-drift={state.drift}
      className={cn(className)}
    >
      <p data-slot="paddock-review-status-text">{text}</p>
      {request?.note ? <p data-slot="paddock-review-status-note">{request.note}</p> : null}
      {state.stale ? (
        <p data-slot="paddock-review-stale" data-state="stale">
          {messages['publishReview.stale']}
        </p>
      ) : null}
      <p
        data-slot="paddock-review-drift"
        data-state={state.drift}
        title={state.drift === 'unreviewed' ? messages['publishReview.drift.unreviewedDetail'] : undefined}
      >
        {driftLabel}
      </p>
    </div>
  );
}

/* ------------------------------------------------------------------------------------------------------------
 * Versions: history with state, compare selection, read-only open, restore and direct activation
 * ----------------------------------------------------------------------------------------------------------*/

export function PublishReviewVersions({ className, ref, ...props }: PartProps<HTMLElement>) {
  const { state, messages, compare, setCompare, note } = usePublishReviewContext('Versions');
  const headingId = useId();
  if (state.status !== 'ready') return null;
  const publish = state.permissions.publish;
  // Restoring or activating an older version needs the publish permission; the title says why not.
  const locked = {
    disabled: !publish.allowed || state.pending !== null,
    title: [publish.reason, publish.detail].filter(Boolean).join(' ') || undefined,
  };
  const underReview =
    state.request && (state.request.status === 'pending' || state.request.status === 'changes-requested')
      ? state.request.versionId
      : undefined;
  return (
    <section
      aria-labelledby={headingId}
      {...props}
      ref={ref}
      data-slot="paddock-review-versions"
      data-state={state.versions.length ? 'ready' : 'empty'}
      className={cn(className)}
    >
      <h2 id={headingId} data-slot="paddock-review-heading">
        {messages['publishReview.versions']}
      </h2>
      <ol data-slot="paddock-review-version-list">
        {state.versions.map((version) => {
          const versionState =
            version.id === state.activeVersionId
              ? 'active'
              : version.id === state.latestVersionId
                ? 'latest'
                : 'older';
          const label = messages['publishReview.version'](version.versionNumber);
          const isTo = state.to?.id === version.id;
          const isFrom = state.from?.id === version.id;
          const button = (
            action: 'open' | 'compareFrom' | 'restore' | 'activate',
            extra: ButtonHTMLAttributes<HTMLButtonElement>,
            onClick: () => void,
          ) => (
            <button
              type="button"
              data-slot="paddock-review-button"
              aria-label={`${messages[`publishReview.version.${action}`]}: ${label}`}
              {...extra}
              onClick={onClick}
            >
              {messages[`publishReview.version.${action}`]}
            </button>
          );
          return (
            <li
              key={version.id}
              data-slot="paddock-review-version"
              data-state={versionState}
              data-under-review={version.id === underReview ? '' : undefined}
              data-selected={isTo || isFrom ? '' : undefined}
            >
              <span data-slot="paddock-review-version-label">{label}</span>
              <span data-slot="paddock-review-version-badge" data-state={versionState}>
                {messages[`publishReview.version.${versionState}`]}
              </span>
              {version.id === underReview ? (
                <span data-slot="paddock-review-version-badge" data-state="under-review">
                  {messages['publishReview.version.underReview']}
                </span>
              ) : null}
              <span data-slot="paddock-review-version-message">
                {version.changeMessage || messages['publishReview.version.noMessage']}
              </span>
              <time data-slot="paddock-review-version-time" dateTime={version.createdAt.toISOString()}>
                {version.createdAt.toLocaleString()}
              </time>
              <span data-slot="paddock-review-version-actions">
                {button('open', { 'aria-pressed': isTo }, () => setCompare({ ...compare, to: version.id }))}
                {button('compareFrom', { 'aria-pressed': isFrom }, () =>
                  setCompare({ ...compare, from: version.id }),
                )}
                {versionState === 'older' ? (
                  <>
                    {button('restore', locked, () => void state.actions.restore(version.id))}
                    {button(
                      'activate',
                      locked,
                      () =>
                        void state.actions.activateDirect(
                          version.id,
                          note || messages['publishReview.version.activateNote'],
                        ),
                    )}
                  </>
                ) : null}
              </span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

/* ------------------------------------------------------------------------------------------------------------
 * Diff: the semantic diff between the compared versions
 * ----------------------------------------------------------------------------------------------------------*/

function show(value: unknown, empty: string): string {
  if (value === null || value === undefined || value === '') return empty;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

export function PublishReviewDiff({ className, ref, ...props }: PartProps<HTMLElement>) {
  const { state, messages } = usePublishReviewContext('Diff');
  const headingId = useId();
  if (state.status !== 'ready' || !state.diff) return null;
  const { diff } = state;
  const fromLabel = state.from
    ? messages['publishReview.version'](state.from.versionNumber)
    : messages['publishReview.diff.nothingPublished'];
  const toLabel = state.to ? messages['publishReview.version'](state.to.versionNumber) : '';
  const bindingLabel = (change: BindingChange) => {
    const risk = change.facts.requiresApproval ? 'high' : change.facts.risk;
    return {
      risk,
      text: `${messages[`publishReview.diff.kind.${change.kind}`]} ${change.facts.name ?? change.id}`,
    };
  };
  return (
    <section
      aria-labelledby={headingId}
      {...props}
      ref={ref}
      data-slot="paddock-review-diff"
      data-state={diff.changed ? 'changed' : 'unchanged'}
      className={cn(className)}
    >
      <h2 id={headingId} data-slot="paddock-review-heading">
        {messages['publishReview.diff']}{' '}
        <span data-slot="paddock-review-diff-range">
          {messages['publishReview.diff.range'](fromLabel, toLabel)}
        </span>
      </h2>
      {!diff.changed ? <p data-slot="paddock-review-empty">{messages['publishReview.diff.none']}</p> : null}
      {diff.bindings.length ? (
        <div data-slot="paddock-review-diff-group" data-state="bindings">
          <h3 data-slot="paddock-review-subheading">{messages['publishReview.diff.bindings']}</h3>
          <ul data-slot="paddock-review-binding-list">
            {diff.bindings.map((change) => {
              const { risk, text } = bindingLabel(change);
              return (
                <li
                  key={`${change.kind}:${change.id}`}
                  data-slot="paddock-review-binding"
                  data-state={change.change}
                  data-risk={risk}
                >
                  <span data-slot="paddock-review-binding-change">
                    {messages[`publishReview.diff.${change.change}`]}
                  </span>{' '}
                  <span data-slot="paddock-review-binding-name">{text}</span>
                  {risk ? (
                    <span data-slot="paddock-review-risk" data-risk={risk}>
                      {messages[`publishReview.diff.risk.${risk}`]}
                    </span>
                  ) : null}
                  {change.facts.requiresApproval ? (
                    <span data-slot="paddock-review-risk" data-risk="approval">
                      {messages['publishReview.diff.requiresApproval']}
                    </span>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </div>
      ) : null}
      {diff.model.changed ? (
        <p data-slot="paddock-review-diff-model" data-state="changed">
          {messages['publishReview.diff.model']}:{' '}
          <del>{show(diff.model.before, messages['publishReview.diff.empty'])}</del> →{' '}
          <ins>{show(diff.model.after, messages['publishReview.diff.empty'])}</ins>
        </p>
      ) : null}
      <div data-slot="paddock-review-diff-group" data-state="instructions">
        <h3 data-slot="paddock-review-subheading">{messages['publishReview.diff.instructions']}</h3>
        {diff.instructions.changed ? (
          <pre data-slot="paddock-review-instructions" data-mode={diff.instructions.mode}>
            {diff.instructions.parts.map((part, index) =>
              part.added ? (
                <ins key={index} data-slot="paddock-review-text" data-state="added">
                  {part.value}
                </ins>
              ) : part.removed ? (
                <del key={index} data-slot="paddock-review-text" data-state="removed">
                  {part.value}
                </del>
              ) : (
                <span key={index} data-slot="paddock-review-text" data-state="same">
                  {part.value}
                </span>
              ),
            )}
          </pre>
        ) : (
          <p data-slot="paddock-review-empty">{messages['publishReview.diff.instructionsUnchanged']}</p>
        )}
      </div>
      {diff.memory.changed ? (
        <p data-slot="paddock-review-diff-memory">{messages['publishReview.diff.memory']}</p>
      ) : null}
      {diff.fields.length ? (
        <div data-slot="paddock-review-diff-group" data-state="fields">
          <h3 data-slot="paddock-review-subheading">{messages['publishReview.diff.fields']}</h3>
          <dl data-slot="paddock-review-field-list">
            {diff.fields.map((field) => (
              <div key={field.field} data-slot="paddock-review-field">
                <dt>{messages['publishReview.diff.field'](field.field)}</dt>
                <dd>
                  <del>{show(field.before, messages['publishReview.diff.empty'])}</del> →{' '}
                  <ins>{show(field.after, messages['publishReview.diff.empty'])}</ins>
                </dd>
              </div>
            ))}
          </dl>
        </div>
      ) : null}
    </section>
  );
}

/* ------------------------------------------------------------------------------------------------------------
 * Checks: policy checks, per-tool acknowledgment, visibility impact
 * ----------------------------------------------------------------------------------------------------------*/

export function PublishReviewChecks({ className, ref, ...props }: PartProps<HTMLElement>) {
  const { state, messages } = usePublishReviewContext('Checks');
  const headingId = useId();
  if (state.status !== 'ready') return null;
  const acknowledged = new Set(
    state.request?.versionId === state.to?.id ? (state.request?.acknowledged ?? []) : [],
  );
  const ackBlock = state.blocks.acknowledge;
  const ackReason = reasonText(messages, ackBlock);
  const text = (check: PolicyCheck) => messages[`publishReview.check.${check.code}`](check.subject ?? '');
  const visibility = state.checks.some((c) => c.code === 'private-to-public');
  const dependents = state.dependents;
  return (
    <section
      aria-labelledby={headingId}
      {...props}
      ref={ref}
      data-slot="paddock-review-checks"
      data-state={state.unresolved.length ? 'blocked' : state.checks.length ? 'warnings' : 'clear'}
      className={cn(className)}
    >
      <h2 id={headingId} data-slot="paddock-review-heading">
        {messages['publishReview.checks']}
      </h2>
      {state.checks.length === 0 ? (
        <p data-slot="paddock-review-empty">{messages['publishReview.checks.allClear']}</p>
      ) : null}
      <ul data-slot="paddock-review-check-list">
        {state.checks.map((check) => {
          const done = check.requiresAcknowledgment && acknowledged.has(check.id);
          return (
            <li
              key={check.id}
              data-slot="paddock-review-check"
              data-state={done ? 'acknowledged' : check.severity}
              data-code={check.code}
            >
              <span data-slot="paddock-review-check-severity">
                {done
                  ? messages['publishReview.checks.acknowledged']
                  : messages[
                      check.severity === 'blocking'
                        ? 'publishReview.checks.blocking'
                        : 'publishReview.checks.warning'
                    ]}
              </span>{' '}
              <span data-slot="paddock-review-check-text">{text(check)}</span>
              {check.requiresAcknowledgment && !done ? (
                <button
                  type="button"
                  data-slot="paddock-review-button"
                  disabled={ackBlock !== null || state.pending !== null}
                  title={ackReason}
                  onClick={() => void state.actions.acknowledge([check.id])}
                >
                  {messages['publishReview.checks.acknowledge'](check.subject ?? '')}
                </button>
              ) : null}
              {check.requiresAcknowledgment && !done && ackReason ? (
                <span data-slot="paddock-review-reason">{ackReason}</span>
              ) : null}
            </li>
          );
        })}
      </ul>
      {visibility && dependents && dependents.dependents.length + dependents.hiddenCount > 0 ? (
        <p data-slot="paddock-review-dependents">
          {messages['publishReview.dependents'](dependents.dependents.map((d) => d.name || d.id).join(', '))}{' '}
          {dependents.hiddenCount ? messages['publishReview.dependentsHidden'](dependents.hiddenCount) : null}
        </p>
      ) : null}
    </section>
  );
}

/* ------------------------------------------------------------------------------------------------------------
 * Actions: request / withdraw (author), comment, approve / request changes (reviewer), with reasons
 * ----------------------------------------------------------------------------------------------------------*/

export function PublishReviewActions({ className, ref, ...props }: PartProps) {
  const { state, messages, note, setNote } = usePublishReviewContext('Actions');
  const noteId = useId();
  const actionError = useErrorDescription(state.actionError);
  if (state.status !== 'ready') return null;
  const { blocks, actions, pending, request } = state;
  const reason = (block: string | null) => reasonText(messages, block);
  const requestReason =
    blocks.request === 'missing-permission'
      ? messages['publishReview.reason.missing-write']
      : reason(blocks.request);
  const busy = pending !== null;
  const after = (promise: Promise<void>) => void promise.then(() => setNote(''));
  const forbidden = actionError?.kind === 'permission';
  const buttons: {
    key: string;
    label: string;
    block: string | undefined;
    onClick: () => void;
    show: boolean;
  }[] = [
    {
      key: 'request',
      label: messages['publishReview.request'],
      block: requestReason,
      onClick: () => after(actions.requestReview(note)),
      show: true,
    },
    {
      key: 'withdraw',
      label: messages['publishReview.withdraw'],
      block: reason(blocks.withdraw),
      onClick: () => void actions.withdraw(),
      show:
        !!request &&
        (request.status === 'pending' || request.status === 'changes-requested') &&
        request.requester.id === state.userId,
    },
    {
      key: 'comment',
      label: messages['publishReview.comment'],
      block: reason(!request ? 'not-open' : state.permissions.ledger.allowed ? null : 'no-ledger-access'),
      onClick: () => after(actions.comment(note)),
      show: !!request,
    },
    {
      key: 'approve',
      label: messages['publishReview.approve'],
      block: reason(blocks.approve),
      onClick: () => after(actions.approve(note)),
      show: true,
    },
    {
      key: 'request-changes',
      label: messages['publishReview.requestChanges'],
      block: reason(blocks.requestChanges),
      onClick: () => after(actions.requestChanges(note)),
      show: true,
    },
    {
      key: 'publish',
      label: messages['publishReview.publishApproved'],
      block: reason(state.permissions.publish.allowed ? null : 'missing-permission'),
      onClick: () => void actions.publishApproved(),
      show: request?.status === 'approved',
    },
  ];
  return (
    <div
      {...props}
      ref={ref}
      data-slot="paddock-review-actions"
      data-state={pending ?? 'idle'}
      className={cn(className)}
    >
      <label htmlFor={noteId} data-slot="paddock-review-note-label">
        {messages['publishReview.note']}
      </label>
      <textarea
        id={noteId}
        data-slot="paddock-review-note"
        value={note}
        placeholder={messages['publishReview.notePlaceholder']}
        onChange={(event) => setNote(event.target.value)}
        rows={3}
      />
      <div data-slot="paddock-review-buttons">
        {buttons
          .filter((button) => button.show)
          .map((button) => {
            const reasonId = `${noteId}-${button.key}-reason`;
            const disabled =
              busy || button.block !== undefined || (button.key === 'comment' && note.trim() === '');
            return (
              <span key={button.key} data-slot="paddock-review-action" data-action={button.key}>
                <button
                  type="button"
                  data-slot="paddock-review-button"
                  data-variant={button.key === 'approve' ? 'primary' : undefined}
                  data-state={pending === button.key ? 'pending' : disabled ? 'disabled' : 'idle'}
                  disabled={disabled}
                  aria-describedby={button.block ? reasonId : undefined}
                  onClick={button.onClick}
                >
                  {pending === button.key ? messages['publishReview.working'] : button.label}
                </button>
                {button.block ? (
                  <span id={reasonId} data-slot="paddock-review-reason">
                    {button.block}
                  </span>
                ) : null}
              </span>
            );
          })}
      </div>
      {actionError ? (
        <p role="alert" data-slot="paddock-review-error" data-kind={actionError.kind}>
          {forbidden ? `${messages['publishReview.forbidden']} ` : null}
          {actionError.message}
          {actionError.detail ? ` ${actionError.detail}` : null}
        </p>
      ) : null}
    </div>
  );
}

/* ------------------------------------------------------------------------------------------------------------
 * Audit: every event for this agent, exportable as JSON or CSV
 * ----------------------------------------------------------------------------------------------------------*/

function download(name: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // Revoked on the next tick: revoking synchronously can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export function PublishReviewAudit({ className, ref, ...props }: PartProps<HTMLElement>) {
  const { state, messages, agentId } = usePublishReviewContext('Audit');
  const headingId = useId();
  if (state.status !== 'ready') return null;
  return (
    <section
      aria-labelledby={headingId}
      {...props}
      ref={ref}
      data-slot="paddock-review-audit"
      data-state={state.events.length ? 'ready' : 'empty'}
      className={cn(className)}
    >
      <h2 id={headingId} data-slot="paddock-review-heading">
        {messages['publishReview.audit']}
      </h2>
      <div data-slot="paddock-review-audit-export">
        <button
          type="button"
          data-slot="paddock-review-button"
          onClick={() =>
            download(`${agentId}-review-audit.json`, 'application/json', auditJson(state.events))
          }
        >
          {messages['publishReview.audit.exportJson']}
        </button>
        <button
          type="button"
          data-slot="paddock-review-button"
          onClick={() => download(`${agentId}-review-audit.csv`, 'text/csv', auditCsv(state.events))}
        >
          {messages['publishReview.audit.exportCsv']}
        </button>
      </div>
      {state.events.length === 0 ? (
        <p data-slot="paddock-review-empty">{messages['publishReview.audit.empty']}</p>
      ) : null}
      <ol data-slot="paddock-review-audit-list">
        {state.events.map((event) => (
          <li
            key={event.id}
            data-slot="paddock-review-audit-entry"
            data-state={event.ignored ? 'ignored' : event.type}
          >
            <time dateTime={event.recordedAt.toISOString()}>{event.recordedAt.toLocaleString()}</time>{' '}
            <span data-slot="paddock-review-audit-actor">{who(event.actor)}</span>
            {event.actor.verified ? null : ` ${messages['publishReview.audit.unverified']}`}{' '}
            <span data-slot="paddock-review-audit-event">
              {messages[`publishReview.event.${event.type}`]}
            </span>{' '}
            {event.versionNumber !== undefined
              ? messages['publishReview.version'](event.versionNumber)
              : null}
            {event.checks?.length ? ` (${event.checks.join(', ')})` : null}
            {event.note ? <q data-slot="paddock-review-audit-note">{event.note}</q> : null}
            {event.edited ? ` ${messages['publishReview.audit.edited']}` : null}
            {event.ignored ? (
              <span data-slot="paddock-review-audit-ignored">
                {' '}
                {messages['publishReview.audit.ignored'](event.ignored)}
              </span>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}

/* ------------------------------------------------------------------------------------------------------------
 * VersionView: the opened version's configuration, read-only
 * ----------------------------------------------------------------------------------------------------------*/

export function PublishReviewVersionView({ className, ref, ...props }: PartProps<HTMLElement>) {
  const { state, messages } = usePublishReviewContext('VersionView');
  const headingId = useId();
  const version = state.to;
  if (state.status !== 'ready' || !version) return null;
  const list = (value: unknown) =>
    [...bindingEntries(value).keys()].join(', ') || messages['publishReview.diff.empty'];
  const rows: [string, string][] = [
    [messages['publishReview.view.name'], version.name ?? ''],
    [messages['publishReview.view.description'], version.description ?? messages['publishReview.diff.empty']],
    [messages['publishReview.diff.model'], modelLabel(version.model) ?? messages['publishReview.diff.empty']],
    [messages['publishReview.diff.kind.tool'], list(version.tools)],
    [messages['publishReview.diff.kind.agent'], list(version.agents)],
    [messages['publishReview.diff.kind.workflow'], list(version.workflows)],
    [
      messages['publishReview.view.memory'],
      version.memory ? JSON.stringify(version.memory) : messages['publishReview.diff.empty'],
    ],
  ];
  return (
    <section
      aria-labelledby={headingId}
      {...props}
      ref={ref}
      data-slot="paddock-review-version-view"
      data-state={
        version.id === state.activeVersionId
          ? 'active'
          : version.id === state.latestVersionId
            ? 'latest'
            : 'older'
      }
      className={cn(className)}
    >
      <h2 id={headingId} data-slot="paddock-review-heading">
        {messages['publishReview.view'](messages['publishReview.version'](version.versionNumber))}
      </h2>
      <dl data-slot="paddock-review-field-list">
        {rows.map(([label, value]) => (
          <div key={label} data-slot="paddock-review-field">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <pre data-slot="paddock-review-instructions" data-mode="plain">
        {instructionsText(version.instructions)}
      </pre>
    </section>
  );
}
