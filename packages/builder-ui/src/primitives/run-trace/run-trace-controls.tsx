import type { ButtonHTMLAttributes, HTMLAttributes, InputHTMLAttributes, ReactNode, Ref } from 'react';
import { formatDuration } from '../../core/trace-details.js';
import { describeError } from '../../hooks/use-error-message.js';
import { useMessages } from '../../hooks/use-builder.js';
import { runTraceViewerMessages } from '../../i18n/run-trace-viewer.en-US.js';
import { cn } from '../../utils/cn.js';
import { composeEventHandlers } from '../../utils/compose-event-handlers.js';
import { useRunTraceContext, type RunTraceStatus } from './run-trace-root.js';

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'defaultValue'> & {
  ref?: Ref<HTMLInputElement> | undefined;
};

/**
 * In-trace search: filters the tree to matching spans and their ancestors. Enter jumps to the first match.
 *
 * @selector [data-slot="paddock-trace-search"]
 */
export function RunTracePrimitiveSearch({ className, onChange, onKeyDown, ref, ...props }: InputProps) {
  const ctx = useRunTraceContext('RunTracePrimitive.Search');
  return (
    <input
      type="search"
      data-slot="paddock-trace-search"
      aria-label={ctx.messages['runTrace.search']}
      placeholder={ctx.messages['runTrace.searchPlaceholder']}
      autoComplete="off"
      spellCheck={false}
      {...props}
      ref={ref}
      className={cn(className)}
      value={ctx.search}
      onChange={composeEventHandlers(onChange, (event) => ctx.setSearch(event.currentTarget.value))}
      onKeyDown={composeEventHandlers(onKeyDown, (event) => {
        const first = ctx.searchResult?.matches[0];
        if (event.key === 'Enter' && first) {
          event.preventDefault();
          ctx.reveal(first.id);
        }
      })}
    />
  );
}

type DivProps = HTMLAttributes<HTMLDivElement> & { ref?: Ref<HTMLDivElement> | undefined };

/** "n of m spans match", announced politely. @selector [data-slot="paddock-trace-search-status"] */
export function RunTracePrimitiveSearchStatus({ className, ref, ...props }: DivProps) {
  const { searchResult, tree, messages } = useRunTraceContext('RunTracePrimitive.SearchStatus');
  return (
    <div data-slot="paddock-trace-search-status" role="status" {...props} ref={ref} className={cn(className)}>
      {searchResult && tree
        ? messages['runTrace.searchResults'](searchResult.matches.length, tree.counts.spans)
        : null}
    </div>
  );
}

type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & { ref?: Ref<HTMLButtonElement> | undefined };

function ErrorButton(direction: 'next' | 'previous') {
  const name = direction === 'next' ? 'RunTracePrimitive.NextError' : 'RunTracePrimitive.PreviousError';
  function ErrorNavButton({ className, onClick, children, ref, ...props }: ButtonProps) {
    const ctx = useRunTraceContext(name);
    const none = !ctx.tree || ctx.tree.counts.errors === 0;
    const label = ctx.messages[direction === 'next' ? 'runTrace.nextError' : 'runTrace.previousError'];
    return (
      <button
        type="button"
        data-slot={`paddock-trace-${direction}-error`}
        disabled={none}
        title={none ? ctx.messages['runTrace.noErrors'] : label}
        {...props}
        ref={ref}
        className={cn(className)}
        onClick={composeEventHandlers(onClick, () => ctx.goToError(direction))}
      >
        {children ?? label}
      </button>
    );
  }
  ErrorNavButton.displayName = name;
  return ErrorNavButton;
}

/** Selects and reveals the next span with an error. @selector [data-slot="paddock-trace-next-error"] */
export const RunTracePrimitiveNextError = ErrorButton('next');
/** Selects and reveals the previous span with an error. @selector [data-slot="paddock-trace-previous-error"] */
export const RunTracePrimitivePreviousError = ErrorButton('previous');

/**
 * Trace totals: spans, errors, duration, tokens (and cost) when the store reports them, repaired spans.
 *
 * @selector [data-slot="paddock-trace-summary"] > [data-slot="paddock-trace-summary-item"][data-kind]
 */
export function RunTracePrimitiveSummary({ className, ref, ...props }: DivProps) {
  const { tree, usage, messages, live } = useRunTraceContext('RunTracePrimitive.Summary');
  if (!tree) return null;
  const repaired = tree.counts.orphans + tree.counts.cycles + tree.counts.skewed;
  const items: { kind: string; text: string }[] = [
    { kind: 'status', text: messages[`runTrace.status.${tree.status}`] },
    { kind: 'spans', text: messages['runTrace.summary.spans'](tree.counts.spans) },
    { kind: 'duration', text: messages['runTrace.summary.duration'](formatDuration(tree.durationMs)) },
  ];
  if (tree.counts.errors > 0)
    items.push({ kind: 'errors', text: messages['runTrace.summary.errors'](tree.counts.errors) });
  if (usage)
    items.push({
      kind: 'tokens',
      text: messages['runTrace.summary.tokens'](usage.inputTokens, usage.outputTokens),
    });
  if (usage?.cost != null)
    items.push({ kind: 'cost', text: messages['runTrace.summary.cost'](String(usage.cost)) });
  if (repaired > 0) items.push({ kind: 'repaired', text: messages['runTrace.summary.repaired'](repaired) });
  if (live) items.push({ kind: 'live', text: messages['runTrace.live'] });
  return (
    <div
      data-slot="paddock-trace-summary"
      data-status={tree.status}
      {...props}
      ref={ref}
      className={cn(className)}
    >
      {items.map((item) => (
        <span key={item.kind} data-slot="paddock-trace-summary-item" data-kind={item.kind}>
          {item.text}
        </span>
      ))}
    </div>
  );
}

/**
 * Content shown only in some Root states: `loading`, `error` (with the typed error's sentence), `forbidden`
 * (with the permission reason), `empty`, `idle`. Children replace the default sentence.
 *
 * @selector [data-slot="paddock-trace-state"][data-state]
 */
export function RunTracePrimitiveState({
  when,
  className,
  children,
  ref,
  ...props
}: DivProps & { when: Exclude<RunTraceStatus, 'ready'>; children?: ReactNode }) {
  const ctx = useRunTraceContext('RunTracePrimitive.State');
  const messages = useMessages(runTraceViewerMessages);
  if (ctx.status !== when) return null;
  let text: ReactNode;
  if (when === 'loading') text = messages['runTrace.loading'];
  else if (when === 'empty') text = messages['runTrace.empty'];
  else if (when === 'idle') text = messages['runTrace.noTrace'];
  // The sentence for the user, then the permission id for whoever grants it.
  else if (when === 'forbidden')
    text = [ctx.permission.reason, ctx.permission.detail].filter(Boolean).join(' ');
  else
    text = (
      <>
        {messages['runTrace.loadError']} {describeError(ctx.error, messages).message}{' '}
        <button type="button" data-slot="paddock-trace-retry" onClick={ctx.retry}>
          {messages['runTrace.retry']}
        </button>
      </>
    );
  return (
    <div
      data-slot="paddock-trace-state"
      data-state={when}
      role={when === 'error' || when === 'forbidden' ? 'alert' : 'status'}
      {...props}
      ref={ref}
      className={cn(className)}
    >
      {children ?? text}
    </div>
  );
}
