import { useMemo, useState, type HTMLAttributes, type ReactNode, type Ref } from 'react';
import type { Span, TraceList } from '@paddock/client-sdk';
import { deriveSpanStatus, toEpochMs, type TraceSpanStatus } from '../../core/trace-tree.js';
import { formatDuration } from '../../core/trace-details.js';
import { useMessages } from '../../hooks/use-builder.js';
import { describeError } from '../../hooks/use-error-message.js';
import { usePermission, type PermissionState } from '../../hooks/use-permission.js';
import { useRunList, type RunListData, type RunListFilters } from '../../hooks/use-run-list.js';
import { runListMessages, type RunListMessages } from '../../i18n/run-list.en-US.js';
import type { CommonMessages } from '../../i18n/common.en-US.js';
import { cn } from '../../utils/cn.js';
import { createContext } from '../../utils/create-context.js';
import { useControllableState } from '../../utils/use-controllable-state.js';

export type RunListEntityType = 'all' | 'agent' | 'workflow_run' | 'tool';
export type RunListRange = 'all' | 'hour' | 'day' | 'week';

/** The list's filter form; `text` filters the loaded page by name and entity, the rest go to the server. */
export interface RunListFilterState {
  entityType: RunListEntityType;
  entityId: string;
  status: 'all' | TraceSpanStatus;
  range: RunListRange;
  text: string;
}

export const DEFAULT_RUN_LIST_FILTERS: RunListFilterState = {
  entityType: 'all',
  entityId: '',
  status: 'all',
  range: 'all',
  text: '',
};

const RANGE_MS: Record<Exclude<RunListRange, 'all'>, number> = {
  hour: 3_600_000,
  day: 86_400_000,
  week: 604_800_000,
};

/** The server filters for a filter form (`now` passed in so a range is stable while the form is unchanged). */
export function toServerFilters(filters: RunListFilterState, now: number): RunListFilters {
  const out: RunListFilters = {};
  if (filters.entityType !== 'all') out.entityType = filters.entityType;
  if (filters.entityId.trim() !== '') out.entityId = filters.entityId.trim();
  if (filters.status !== 'all') out.status = filters.status;
  if (filters.range !== 'all') out.startedAt = { start: new Date(now - RANGE_MS[filters.range]) };
  return out;
}

export interface RunListRunView {
  traceId: string;
  span: Span;
  name: string;
  status: TraceSpanStatus;
  startedAt: number;
  durationMs: number | null;
}

export interface RunListContextValue {
  filters: RunListFilterState;
  setFilters: (next: RunListFilterState) => void;
  runs: RunListRunView[];
  data: RunListData;
  page: number;
  setPage: (page: number) => void;
  perPage: number;
  value: string | null;
  select: (traceId: string) => void;
  permission: PermissionState;
  messages: CommonMessages & RunListMessages;
  status: 'loading' | 'error' | 'forbidden' | 'empty' | 'ready';
  errorText: string | null;
}

export const [RunListContext, useRunListContext] =
  createContext<RunListContextValue>('RunListPrimitive.Root');

export interface RunListPrimitiveRootProps extends Omit<
  HTMLAttributes<HTMLDivElement>,
  'children' | 'defaultValue'
> {
  /** The selected trace id (controlled). */
  value?: string | null | undefined;
  /** @default null */
  defaultValue?: string | null | undefined;
  onValueChange?: ((traceId: string | null) => void) | undefined;
  /** Filters (controlled). */
  filters?: RunListFilterState | undefined;
  /** @default DEFAULT_RUN_LIST_FILTERS */
  defaultFilters?: Partial<RunListFilterState> | undefined;
  onFiltersChange?: ((filters: RunListFilterState) => void) | undefined;
  /** Runs per page. @default 25 */
  perPage?: number | undefined;
  /** How often to check for new runs (ms); `false` turns it off. @default 3000 */
  pollInterval?: number | false | undefined;
  children?: ReactNode;
  ref?: Ref<HTMLDivElement> | undefined;
}

/**
 * Recent runs (agent runs, workflow runs, tool calls) with filters, paging and live updates; selecting one
 * reports its trace id. Renders one `div`.
 *
 * @selector [data-slot="paddock-run-list-root"][data-state="loading" | "error" | "forbidden" | "empty" | "ready"]
 */
export function RunListPrimitiveRoot({
  value: valueProp,
  defaultValue = null,
  onValueChange,
  filters: filtersProp,
  defaultFilters,
  onFiltersChange,
  perPage = 25,
  pollInterval = 3000,
  className,
  children,
  ref,
  ...props
}: RunListPrimitiveRootProps) {
  const messages = useMessages(runListMessages);
  const permission = usePermission('observability:read');
  const [value, setValue] = useControllableState<string | null>({
    prop: valueProp,
    defaultProp: defaultValue,
    onChange: onValueChange,
    caller: 'RunListPrimitive.Root',
  });
  const [filters, setFiltersState] = useControllableState<RunListFilterState>({
    prop: filtersProp,
    defaultProp: { ...DEFAULT_RUN_LIST_FILTERS, ...defaultFilters },
    onChange: onFiltersChange,
    caller: 'RunListPrimitive.Root',
  });
  const [page, setPage] = useState(0);
  // The time range is anchored when the filters change, so the query key stays stable between polls.
  const [anchor, setAnchor] = useState(() => Date.now());
  const serverFilters = useMemo(() => toServerFilters(filters, anchor), [filters, anchor]);
  const data = useRunList({
    filters: serverFilters,
    page,
    perPage,
    pollInterval,
    enabled: permission.status === 'ready' && permission.allowed,
  });
  const list: TraceList | undefined = data.query.data;

  const runs = useMemo(() => {
    const text = filters.text.trim().toLowerCase();
    const out: RunListRunView[] = [];
    for (const span of list?.spans ?? []) {
      const name = span.name || span.entityName || span.entityId || span.traceId;
      if (text !== '') {
        const hay =
          `${name}\n${span.entityId ?? ''}\n${span.entityName ?? ''}\n${span.traceId}`.toLowerCase();
        if (!hay.includes(text)) continue;
      }
      const start = toEpochMs(span.startedAt);
      const end = toEpochMs(span.endedAt ?? null);
      out.push({
        traceId: span.traceId,
        span,
        name,
        status: deriveSpanStatus(span),
        startedAt: start,
        durationMs: Number.isNaN(end) ? null : Math.max(0, end - start),
      });
    }
    return out;
  }, [list, filters.text]);

  let status: RunListContextValue['status'];
  if (permission.status === 'ready' && !permission.allowed) status = 'forbidden';
  else if (list) status = runs.length === 0 ? 'empty' : 'ready';
  else if (data.query.isError) status = 'error';
  else status = 'loading';

  const ctx: RunListContextValue = {
    filters,
    setFilters: (next) => {
      setFiltersState(next);
      setAnchor(Date.now());
      setPage(0);
    },
    runs,
    data,
    page,
    setPage,
    perPage,
    value,
    select: (traceId) => setValue(traceId),
    permission,
    messages,
    status,
    errorText: data.query.isError ? describeError(data.query.error, messages).message : null,
  };
  return (
    <RunListContext value={ctx}>
      <div
        data-slot="paddock-run-list-root"
        data-state={status}
        data-live={data.liveMode}
        role="region"
        aria-label={messages['runList.label']}
        {...props}
        ref={ref}
        className={cn(className)}
      >
        {children}
      </div>
    </RunListContext>
  );
}

type DivProps = HTMLAttributes<HTMLDivElement> & { ref?: Ref<HTMLDivElement> | undefined };

/**
 * The filter form: text, kind, entity id, status, time range.
 *
 * @selector [data-slot="paddock-run-list-filters"] > [data-slot="paddock-run-list-field"]
 */
export function RunListPrimitiveFilters({ className, ref, ...props }: DivProps) {
  const { filters, setFilters, messages } = useRunListContext('RunListPrimitive.Filters');
  const set = <K extends keyof RunListFilterState>(key: K, v: RunListFilterState[K]) =>
    setFilters({ ...filters, [key]: v });
  return (
    <div
      role="group"
      aria-label={messages['runList.filters']}
      data-slot="paddock-run-list-filters"
      {...props}
      ref={ref}
      className={cn(className)}
    >
      <label data-slot="paddock-run-list-field">
        {messages['runList.text']}
        <input
          type="search"
          value={filters.text}
          placeholder={messages['runList.textPlaceholder']}
          onChange={(e) => set('text', e.currentTarget.value)}
        />
      </label>
      <label data-slot="paddock-run-list-field">
        {messages['runList.entityType']}
        <select
          value={filters.entityType}
          onChange={(e) => set('entityType', e.currentTarget.value as RunListEntityType)}
        >
          {(['all', 'agent', 'workflow_run', 'tool'] as const).map((k) => (
            <option key={k} value={k}>
              {messages[`runList.entityType.${k}`]}
            </option>
          ))}
        </select>
      </label>
      <label data-slot="paddock-run-list-field">
        {messages['runList.entityId']}
        <input
          type="text"
          value={filters.entityId}
          onChange={(e) => set('entityId', e.currentTarget.value)}
        />
      </label>
      <label data-slot="paddock-run-list-field">
        {messages['runList.status']}
        <select
          value={filters.status}
          onChange={(e) => set('status', e.currentTarget.value as RunListFilterState['status'])}
        >
          {(['all', 'success', 'error', 'running'] as const).map((k) => (
            <option key={k} value={k}>
              {messages[`runList.status.${k}`]}
            </option>
          ))}
        </select>
      </label>
      <label data-slot="paddock-run-list-field">
        {messages['runList.range']}
        <select value={filters.range} onChange={(e) => set('range', e.currentTarget.value as RunListRange)}>
          {(['all', 'hour', 'day', 'week'] as const).map((k) => (
            <option key={k} value={k}>
              {messages[`runList.range.${k}`]}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}

export interface RunListPrimitiveItemsProps extends Omit<HTMLAttributes<HTMLUListElement>, 'children'> {
  /** Row slot; the default shows name, status, entity, start and duration. */
  children?: ((run: RunListRunView, selected: boolean) => ReactNode) | undefined;
  ref?: Ref<HTMLUListElement> | undefined;
}

/**
 * The runs, each a button that selects it (`aria-current` on the selected one).
 *
 * @selector [data-slot="paddock-run-list-items"] > li > [data-slot="paddock-run-list-item"][data-state][data-status]
 */
export function RunListPrimitiveItems({ children, className, ref, ...props }: RunListPrimitiveItemsProps) {
  const { runs, value, select, messages, status } = useRunListContext('RunListPrimitive.Items');
  if (status !== 'ready') return null;
  return (
    <ul data-slot="paddock-run-list-items" {...props} ref={ref} className={cn(className)}>
      {runs.map((run) => {
        const selected = run.traceId === value;
        return (
          <li key={run.traceId}>
            <button
              type="button"
              data-slot="paddock-run-list-item"
              data-state={selected ? 'selected' : 'idle'}
              data-status={run.status}
              data-trace-id={run.traceId}
              aria-current={selected ? 'true' : undefined}
              onClick={() => select(run.traceId)}
            >
              {children ? (
                children(run, selected)
              ) : (
                <>
                  <span data-slot="paddock-run-list-item-name">{run.name}</span>
                  <span data-slot="paddock-run-list-item-status">
                    {messages[`runList.status.${run.status}`]}
                  </span>
                  <span data-slot="paddock-run-list-item-meta">
                    {run.span.entityId ?? ''}
                    {' · '}
                    {messages['runList.startedAt'](
                      Number.isNaN(run.startedAt) ? '—' : new Date(run.startedAt).toLocaleString('en-US'),
                    )}
                    {run.durationMs !== null ? ` · ${formatDuration(run.durationMs)}` : ''}
                  </span>
                </>
              )}
            </button>
          </li>
        );
      })}
    </ul>
  );
}

/**
 * Previous / next page, the page number and how the list stays live.
 *
 * @selector [data-slot="paddock-run-list-pager"]
 * @selector [data-slot="paddock-run-list-page"] (the page number)
 * @selector [data-slot="paddock-run-list-live"]
 */
export function RunListPrimitivePager({ className, ref, ...props }: DivProps) {
  const { data, page, setPage, perPage, messages } = useRunListContext('RunListPrimitive.Pager');
  const pagination = data.query.data?.pagination;
  const total = pagination ? Math.ceil(pagination.total / perPage) : null;
  const hasMore = pagination?.hasMore ?? false;
  return (
    <div data-slot="paddock-run-list-pager" {...props} ref={ref} className={cn(className)}>
      <button
        type="button"
        data-slot="paddock-run-list-page-button"
        disabled={page === 0}
        onClick={() => setPage(page - 1)}
      >
        {messages['runList.previous']}
      </button>
      <span data-slot="paddock-run-list-page">{messages['runList.page'](page + 1, total)}</span>
      <button
        type="button"
        data-slot="paddock-run-list-page-button"
        disabled={!hasMore}
        onClick={() => setPage(page + 1)}
      >
        {messages['runList.next']}
      </button>
      {data.liveMode === 'delta' || data.liveMode === 'polling' ? (
        <span data-slot="paddock-run-list-live">{messages[`runList.live.${data.liveMode}`]}</span>
      ) : null}
    </div>
  );
}

/** Loading, error, forbidden and empty messages. @selector [data-slot="paddock-run-list-state"][data-state] */
export function RunListPrimitiveState({ className, ref, ...props }: DivProps) {
  const { status, messages, permission, errorText, data } = useRunListContext('RunListPrimitive.State');
  if (status === 'ready') return null;
  let text: ReactNode;
  if (status === 'loading') text = messages['runList.loading'];
  else if (status === 'empty') text = messages['runList.empty'];
  // The sentence for the user, then the permission id for whoever grants it.
  else if (status === 'forbidden') text = [permission.reason, permission.detail].filter(Boolean).join(' ');
  else
    text = (
      <>
        {messages['runList.loadError']} {errorText}{' '}
        <button
          type="button"
          data-slot="paddock-run-list-page-button"
          onClick={() => void data.query.refetch()}
        >
          {messages['runList.retry']}
        </button>
      </>
    );
  return (
    <div
      data-slot="paddock-run-list-state"
      data-state={status}
      role={status === 'error' || status === 'forbidden' ? 'alert' : 'status'}
      {...props}
      ref={ref}
      className={cn(className)}
    >
      {text}
    </div>
  );
}
