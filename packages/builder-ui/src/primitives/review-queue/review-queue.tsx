import { createContext, useContext, useId, type HTMLAttributes, type ReactNode, type Ref } from 'react';
import { QUEUE_FILTERS, type QueueEntry, type QueueFilter } from '../../core/review-state.js';
import { useMessages } from '../../hooks/use-builder.js';
import { useErrorDescription } from '../../hooks/use-error-message.js';
import { useReviewQueue, type ReviewPolicy, type ReviewQueueState } from '../../hooks/use-review.js';
import { reviewQueueMessages, type ReviewQueueMessages } from '../../i18n/review-queue.en-US.js';
import { PaddockLink } from '../../provider/kit-root.js';
import { cn } from '../../utils/cn.js';
import { useControllableState } from '../../utils/use-controllable-state.js';

interface ReviewQueueContextValue {
  state: ReviewQueueState;
  messages: ReviewQueueMessages;
  filter: QueueFilter;
  setFilter: (filter: QueueFilter) => void;
  hrefFor: (agentId: string) => string;
}

const ReviewQueueContext = createContext<ReviewQueueContextValue | null>(null);

function useQueueContext(part: string): ReviewQueueContextValue {
  const value = useContext(ReviewQueueContext);
  if (!value) throw new Error(`<ReviewQueuePrimitive.${part}> must be inside <ReviewQueuePrimitive.Root>.`);
  return value;
}

export interface ReviewQueuePrimitiveRootProps extends Omit<HTMLAttributes<HTMLElement>, 'defaultValue'> {
  /** Controlled filter. */
  filter?: QueueFilter | undefined;
  /** @default 'all' */
  defaultFilter?: QueueFilter | undefined;
  onFilterChange?: ((filter: QueueFilter) => void) | undefined;
  /** Where each entry links to (the host's review page for that agent). */
  hrefFor: (agentId: string) => string;
  /** @default { separationOfDuties: true } */
  policy?: ReviewPolicy | undefined;
  ref?: Ref<HTMLElement> | undefined;
  children?: ReactNode;
}

/** Loads the review queue and provides it to the parts. `data-slot="paddock-queue-root"`. */
function Root({
  filter: filterProp,
  defaultFilter = 'all',
  onFilterChange,
  hrefFor,
  policy,
  className,
  ref,
  children,
  ...props
}: ReviewQueuePrimitiveRootProps) {
  const messages = useMessages(reviewQueueMessages);
  const [filter, setFilter] = useControllableState({
    prop: filterProp,
    defaultProp: defaultFilter,
    onChange: onFilterChange,
    caller: 'ReviewQueuePrimitive.Root',
  });
  const state = useReviewQueue(filter, policy);
  return (
    <ReviewQueueContext.Provider value={{ state, messages, filter, setFilter, hrefFor }}>
      <section
        aria-label={messages['reviewQueue.label']}
        {...props}
        ref={ref}
        data-slot="paddock-queue-root"
        data-state={state.status}
        className={cn(className)}
      >
        {children}
      </section>
    </ReviewQueueContext.Provider>
  );
}

type PartProps = HTMLAttributes<HTMLDivElement> & { ref?: Ref<HTMLDivElement> | undefined };

/** Counts per state. */
function Counts({ className, ref, ...props }: PartProps) {
  const { state, messages } = useQueueContext('Counts');
  const { counts } = state.summary;
  return (
    <div
      role="status"
      {...props}
      ref={ref}
      data-slot="paddock-queue-counts"
      data-state={state.status}
      className={cn(className)}
    >
      {(['pending', 'changes-requested', 'approved', 'stale'] as const).map((key) => (
        <span key={key} data-slot="paddock-queue-count" data-state={key}>
          {messages[`reviewQueue.count.${key}`](counts[key])}
        </span>
      ))}
      <span data-slot="paddock-queue-count" data-state="unreviewed">
        {messages['reviewQueue.count.unreviewed'](state.unreviewed.length)}
      </span>
    </div>
  );
}

/** The filter as a radio group (arrow keys move between options). */
function Filters({ className, ref, ...props }: PartProps) {
  const { messages, filter, setFilter } = useQueueContext('Filters');
  const name = useId();
  return (
    <div
      role="radiogroup"
      aria-label={messages['reviewQueue.filter']}
      {...props}
      ref={ref}
      data-slot="paddock-queue-filters"
      data-state={filter}
      className={cn(className)}
    >
      {QUEUE_FILTERS.map((option) => (
        <label key={option} data-slot="paddock-queue-filter" data-state={option === filter ? 'on' : 'off'}>
          <input
            type="radio"
            name={name}
            value={option}
            checked={option === filter}
            onChange={() => setFilter(option)}
          />
          {messages[`reviewQueue.filter.${option}`]}
        </label>
      ))}
    </div>
  );
}

function entryState(entry: QueueEntry): string {
  return entry.stale ? 'stale' : entry.request.status;
}

/** The requests, newest first, each linking to its panel; then agents published without review. */
function List({ className, ref, ...props }: PartProps) {
  const { state, messages, hrefFor } = useQueueContext('List');
  const error = useErrorDescription(state.error);
  if (state.status === 'loading')
    return (
      <div
        role="status"
        ref={ref}
        data-slot="paddock-queue-list"
        data-state="loading"
        className={cn(className)}
      >
        {messages['reviewQueue.loading']}
      </div>
    );
  if (state.status === 'error')
    return (
      <div role="alert" ref={ref} data-slot="paddock-queue-list" data-state="error" className={cn(className)}>
        {messages['reviewQueue.loadError']} {error?.message}
      </div>
    );
  const { entries } = state.summary;
  return (
    <div
      {...props}
      ref={ref}
      data-slot="paddock-queue-list"
      data-state={entries.length ? 'ready' : 'empty'}
      className={cn(className)}
    >
      {entries.length === 0 ? <p data-slot="paddock-queue-empty">{messages['reviewQueue.empty']}</p> : null}
      <ul data-slot="paddock-queue-entries">
        {entries.map((entry) => {
          const name = entry.agentName ?? entry.request.agentId;
          const stateKey = entryState(entry);
          return (
            <li
              key={entry.request.id}
              data-slot="paddock-queue-entry"
              data-state={stateKey}
              data-drift={entry.drift}
              data-risk={entry.highRisk ? 'high' : undefined}
            >
              <PaddockLink
                href={hrefFor(entry.request.agentId)}
                aria-label={messages['reviewQueue.open'](name)}
              >
                {name}
              </PaddockLink>{' '}
              <span data-slot="paddock-queue-entry-state" data-state={stateKey}>
                {messages[`reviewQueue.state.${stateKey}` as `reviewQueue.state.${'pending' | 'stale'}`]}
              </span>{' '}
              {entry.highRisk ? (
                <span data-slot="paddock-queue-risk" data-risk="high">
                  {messages['reviewQueue.highRisk']}
                </span>
              ) : null}{' '}
              {entry.drift === 'unreviewed' ? (
                <span data-slot="paddock-queue-drift" data-state="unreviewed">
                  {messages['reviewQueue.unreviewed']}
                </span>
              ) : null}{' '}
              <span data-slot="paddock-queue-entry-by">
                {messages['reviewQueue.by'](entry.request.requester.name ?? entry.request.requester.id)}
              </span>
            </li>
          );
        })}
      </ul>
      {state.unreviewed.length ? (
        <ul data-slot="paddock-queue-unreviewed">
          {state.unreviewed.map((agent) => (
            <li
              key={agent.id}
              data-slot="paddock-queue-entry"
              data-state="unreviewed"
              data-drift="unreviewed"
            >
              <PaddockLink href={hrefFor(agent.id)} aria-label={messages['reviewQueue.open'](agent.name)}>
                {agent.name}
              </PaddockLink>{' '}
              <span data-slot="paddock-queue-drift" data-state="unreviewed">
                {messages['reviewQueue.unreviewed']}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** Headless parts of the review queue. */
export { Root, Counts, Filters, List };
