import { useId, useMemo, useState, type HTMLAttributes, type ReactNode, type Ref } from 'react';
import type { LightSpan, Span } from '@paddock/client-sdk';
import { formatDuration, jsonSize, spanModel, spanUsage } from '../../core/trace-details.js';
import type { TraceNode } from '../../core/trace-tree.js';
import { useTraceSpan } from '../../hooks/use-run-trace.js';
import { describeError } from '../../hooks/use-error-message.js';
import { useMessages } from '../../hooks/use-builder.js';
import { PaddockLink } from '../../provider/kit-root.js';
import { cn } from '../../utils/cn.js';
import { useRunTraceContext, type RunTraceEntity } from './run-trace-root.js';

/** Characters of a payload shown before "Show all". */
export const JSON_PREVIEW_CHARS = 4000;

export interface RunTraceDetailTab {
  id: string;
  label: string;
  /** The tab's content for the selected span (full span when loaded, else the light one). */
  render: (span: Span | LightSpan, node: TraceNode<LightSpan>) => ReactNode;
}

export interface RunTracePrimitiveDetailProps extends Omit<HTMLAttributes<HTMLElement>, 'children'> {
  /** Extra tabs after the built-in ones (scores, feedback, a host's own view). */
  extraTabs?: readonly RunTraceDetailTab[] | undefined;
  ref?: Ref<HTMLElement> | undefined;
}

function pretty(value: unknown): string {
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value, null, 2) ?? String(value);
  } catch {
    return String(value);
  }
}

function sizeLabel(chars: number): string {
  if (chars < 1024) return `${chars} chars`;
  if (chars < 1024 * 1024) return `${(chars / 1024).toFixed(1)} K chars`;
  return `${(chars / 1024 / 1024).toFixed(1)} M chars`;
}

export interface RunTracePrimitiveJsonProps extends HTMLAttributes<HTMLDetailsElement> {
  label: string;
  value: unknown;
  /** @default true */
  defaultOpen?: boolean | undefined;
  ref?: Ref<HTMLDetailsElement> | undefined;
}

/**
 * A collapsible JSON payload, rendered as text (never HTML). Payloads over `JSON_PREVIEW_CHARS` show their
 * start and a "Show all" button.
 *
 * @selector [data-slot="paddock-trace-json"][data-state="open" | "closed"] > [data-slot="paddock-trace-json-body"]
 */
export function RunTracePrimitiveJson({
  label,
  value,
  defaultOpen = true,
  className,
  ref,
  ...props
}: RunTracePrimitiveJsonProps) {
  const { messages } = useRunTraceContext('RunTracePrimitive.Json');
  const [open, setOpen] = useState(defaultOpen);
  const [all, setAll] = useState(false);
  const text = useMemo(() => (value === undefined || value === null ? null : pretty(value)), [value]);
  const long = text !== null && text.length > JSON_PREVIEW_CHARS;
  return (
    <details
      data-slot="paddock-trace-json"
      data-state={open ? 'open' : 'closed'}
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
      {...props}
      ref={ref}
      className={cn(className)}
    >
      <summary data-slot="paddock-trace-json-label">{label}</summary>
      {text === null ? (
        <p data-slot="paddock-trace-json-empty">{messages['runTrace.noValue']}</p>
      ) : (
        <>
          <pre data-slot="paddock-trace-json-body">
            {long && !all ? `${text.slice(0, JSON_PREVIEW_CHARS)}…` : text}
          </pre>
          {long ? (
            <button type="button" data-slot="paddock-trace-json-more" onClick={() => setAll(!all)}>
              {all ? messages['runTrace.showLess'] : messages['runTrace.showAll'](sizeLabel(jsonSize(value)))}
            </button>
          ) : null}
        </>
      )}
    </details>
  );
}

/**
 * The selected span: overview (type, status, entity link with the version that ran, timings, model, tokens,
 * cost), input and output (tool arguments and result for tool calls), attributes, error with its stack, retry
 * attempts and events below it, plus the host's `extraTabs`. Full details come from `retrieveSpan` on
 * selection (or the already loaded full trace).
 *
 * @selector [data-slot="paddock-trace-detail"][data-state="empty" | "loading" | "error" | "ready"]
 */
export function RunTracePrimitiveDetail({
  extraTabs,
  className,
  ref,
  ...props
}: RunTracePrimitiveDetailProps) {
  const ctx = useRunTraceContext('RunTracePrimitive.Detail');
  const { messages, tree, selectedSpanId, traceId, fullSpans, retries } = ctx;
  const kitMessages = useMessages();
  const node = selectedSpanId ? (tree?.byId.get(selectedSpanId) ?? null) : null;
  const preloaded = node ? fullSpans?.get(node.id) : undefined;
  const spanQuery = useTraceSpan(traceId, node?.id, { enabled: !!node && !preloaded && ctx.fetchSpans });
  const full: Span | undefined = preloaded ?? spanQuery.data;
  const [tab, setTab] = useState('overview');
  const baseId = useId();

  if (!node) {
    return (
      <section
        data-slot="paddock-trace-detail"
        data-state="empty"
        aria-label={messages['runTrace.detail']}
        {...props}
        ref={ref}
        className={cn(className)}
      >
        <p data-slot="paddock-trace-detail-empty">{messages['runTrace.detailEmpty']}</p>
      </section>
    );
  }

  const span: Span | LightSpan = full ?? node.span;
  const isTool = node.category === 'tool';
  const error = (full?.error ?? node.span.error) as
    { message?: unknown; name?: unknown; stack?: unknown; details?: unknown } | null | undefined;
  const tabs: { id: string; label: string }[] = [
    { id: 'overview', label: messages['runTrace.tab.overview'] },
    { id: 'input', label: isTool ? messages['runTrace.toolArgs'] : messages['runTrace.tab.input'] },
    { id: 'output', label: isTool ? messages['runTrace.toolResult'] : messages['runTrace.tab.output'] },
    { id: 'attributes', label: messages['runTrace.tab.attributes'] },
    ...(error ? [{ id: 'error', label: messages['runTrace.tab.error'] }] : []),
    ...(extraTabs ?? []).map((t) => ({ id: `extra:${t.id}`, label: t.label })),
  ];
  const current = tabs.some((t) => t.id === tab) ? tab : 'overview';
  const state = full ? 'ready' : spanQuery.isError ? 'error' : ctx.fetchSpans ? 'loading' : 'ready';

  const entity: RunTraceEntity | null = node.span.entityId
    ? {
        type: node.span.entityType ?? '',
        id: node.span.entityId,
        name: node.span.entityName ?? null,
        versionId: node.span.entityVersionId ?? null,
      }
    : null;
  const href = entity ? ctx.entityHref?.(entity) : undefined;
  const usage = spanUsage(full?.attributes);
  const model = spanModel(full?.attributes);
  const suspended = (full?.attributes as { status?: unknown } | null | undefined)?.status === 'suspended';
  const groups = retries?.byOwnerId.get(node.id);
  const events = node.children.filter((c) => c.isEvent);

  let body: ReactNode;
  if (current === 'overview') {
    body = (
      <>
        <dl data-slot="paddock-trace-fields">
          <dt>{messages['runTrace.field.type']}</dt>
          <dd>{node.span.spanType}</dd>
          <dt>{messages['runTrace.field.status']}</dt>
          <dd data-status={node.status}>
            {node.endMs === null && !node.isEvent && tree?.finished
              ? messages['runTrace.status.unfinished']
              : messages[`runTrace.status.${node.status}`]}
            {suspended ? ` · ${messages['runTrace.field.suspended']}` : ''}
          </dd>
          {entity ? (
            <>
              <dt>{messages['runTrace.field.entity']}</dt>
              <dd>
                {href ? (
                  <PaddockLink
                    href={href}
                    data-slot="paddock-trace-entity-link"
                    aria-label={messages['runTrace.openEntity'](entity.name ?? entity.id)}
                  >
                    {entity.name ?? entity.id}
                  </PaddockLink>
                ) : (
                  (entity.name ?? entity.id)
                )}
              </dd>
              {entity.versionId ? (
                <>
                  <dt>{messages['runTrace.field.version']}</dt>
                  <dd>{entity.versionId}</dd>
                </>
              ) : null}
            </>
          ) : null}
          <dt>{messages['runTrace.field.started']}</dt>
          <dd>
            {new Date(node.startMs).toISOString()} (+{formatDuration(node.startMs - (tree?.startMs ?? 0))})
          </dd>
          <dt>{messages['runTrace.field.duration']}</dt>
          <dd>{node.endMs === null ? '—' : formatDuration(Math.max(0, node.endMs - node.startMs))}</dd>
          {model ? (
            <>
              <dt>{messages['runTrace.field.model']}</dt>
              <dd>{model}</dd>
            </>
          ) : null}
          {usage ? (
            <>
              <dt>{messages['runTrace.field.tokens']}</dt>
              <dd>{messages['runTrace.summary.tokens'](usage.inputTokens, usage.outputTokens)}</dd>
            </>
          ) : null}
          {usage?.cost != null ? (
            <>
              <dt>{messages['runTrace.field.cost']}</dt>
              <dd>{usage.cost}</dd>
            </>
          ) : null}
          <dt>{messages['runTrace.field.spanId']}</dt>
          <dd>{node.id}</dd>
        </dl>
        {groups?.map((group) => (
          <section
            key={group.id}
            data-slot="paddock-trace-attempts"
            aria-label={messages['runTrace.attemptsTitle']}
          >
            <h4>
              {messages['runTrace.attemptsTitle']}: {group.label} ·{' '}
              {messages['runTrace.attempts'](group.attempts.length)}
            </h4>
            <ol>
              {group.attempts.map((attempt) => (
                <li key={attempt.id} data-slot="paddock-trace-attempt" data-status={attempt.status}>
                  <button type="button" onClick={() => ctx.reveal(attempt.id)}>
                    {messages['runTrace.attemptRow'](attempt.number)}
                  </button>{' '}
                  {messages[`runTrace.status.${attempt.status}`]}
                  {' · '}
                  {attempt.delayBeforeMs === null
                    ? messages['runTrace.attemptFirst']
                    : messages['runTrace.retriedAfter'](formatDuration(attempt.delayBeforeMs))}
                  {attempt.errorMessage ? (
                    <span data-slot="paddock-trace-attempt-error"> — {attempt.errorMessage}</span>
                  ) : null}
                </li>
              ))}
            </ol>
          </section>
        ))}
        {events.length > 0 ? (
          <section data-slot="paddock-trace-events" aria-label={messages['runTrace.eventsTitle']}>
            <h4>{messages['runTrace.eventsTitle']}</h4>
            <ul>
              {events.map((ev) => (
                <li key={ev.id}>
                  <button type="button" onClick={() => ctx.reveal(ev.id)}>
                    {ev.span.name || ev.id}
                  </button>{' '}
                  +{formatDuration(ev.startMs - (tree?.startMs ?? 0))}
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </>
    );
  } else if (current === 'input' || current === 'output' || current === 'attributes') {
    body =
      state === 'loading' ? (
        <p data-slot="paddock-trace-detail-loading">{messages['runTrace.detailLoading']}</p>
      ) : state === 'error' ? (
        <p data-slot="paddock-trace-detail-error" role="alert">
          {messages['runTrace.detailError']} {describeError(spanQuery.error, kitMessages).message}
        </p>
      ) : (
        <RunTracePrimitiveJson
          key={`${node.id}:${current}`}
          label={tabs.find((t) => t.id === current)!.label}
          value={
            current === 'attributes'
              ? { attributes: full?.attributes, metadata: full?.metadata ?? node.span.metadata }
              : (span as Record<string, unknown>)[current]
          }
        />
      );
  } else if (current === 'error' && error) {
    body = (
      <div data-slot="paddock-trace-error" role="group" aria-label={messages['runTrace.tab.error']}>
        <p data-slot="paddock-trace-error-message">
          {typeof error.name === 'string' ? `${error.name}: ` : ''}
          {typeof error.message === 'string' ? error.message : ''}
        </p>
        {typeof error.stack === 'string' ? (
          <RunTracePrimitiveJson label={messages['runTrace.stack']} value={error.stack} defaultOpen={false} />
        ) : null}
        {error.details ? (
          <RunTracePrimitiveJson label="details" value={error.details} defaultOpen={false} />
        ) : null}
      </div>
    );
  } else {
    const extra = extraTabs?.find((t) => `extra:${t.id}` === current);
    body = extra ? extra.render(span, node) : null;
  }

  return (
    <section
      data-slot="paddock-trace-detail"
      data-state={state}
      data-status={node.status}
      aria-label={messages['runTrace.detail']}
      {...props}
      ref={ref}
      className={cn(className)}
    >
      <h3 data-slot="paddock-trace-detail-title">{node.span.name || node.id}</h3>
      <div role="tablist" data-slot="paddock-trace-tabs" aria-label={messages['runTrace.detail']}>
        {tabs.map((t, i) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            id={`${baseId}-tab-${i}`}
            aria-controls={`${baseId}-panel`}
            aria-selected={t.id === current}
            tabIndex={t.id === current ? 0 : -1}
            data-slot="paddock-trace-tab"
            data-state={t.id === current ? 'active' : 'inactive'}
            onClick={() => setTab(t.id)}
            onKeyDown={(event) => {
              const dir = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
              if (dir === 0) return;
              event.preventDefault();
              const next = tabs[(i + dir + tabs.length) % tabs.length]!;
              setTab(next.id);
              const list = event.currentTarget.parentElement;
              requestAnimationFrame(() =>
                list
                  ?.querySelector<HTMLElement>(`[data-slot="paddock-trace-tab"][data-state="active"]`)
                  ?.focus(),
              );
            }}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`${baseId}-panel`}
        aria-labelledby={`${baseId}-tab-${tabs.findIndex((t) => t.id === current)}`}
        data-slot="paddock-trace-panel"
      >
        {body}
      </div>
    </section>
  );
}
