import { useState, type HTMLAttributes, type Ref } from 'react';
import { useMessages } from '../../hooks/use-builder.js';
import { usePublishReview, type ReviewPolicy, type UsePublishReviewOptions } from '../../hooks/use-review.js';
import { publishReviewMessages } from '../../i18n/publish-review.en-US.js';
import { cn } from '../../utils/cn.js';
import { useControllableState } from '../../utils/use-controllable-state.js';
import { PublishReviewContext, type PublishReviewContextValue } from './publish-review-context.js';

export interface VersionPair {
  from?: string | null | undefined;
  to?: string | null | undefined;
}

export interface PublishReviewPrimitiveRootProps extends Omit<HTMLAttributes<HTMLElement>, 'defaultValue'> {
  /** The stored agent under review. */
  agentId: string;
  /** Separation of duties and private-draft visibility. @default { separationOfDuties: true } */
  policy?: ReviewPolicy | undefined;
  /** Controlled version pair the diff compares. */
  compare?: VersionPair | undefined;
  /** Initial version pair. @default the active version against the version under review (else the latest) */
  defaultCompare?: VersionPair | undefined;
  onCompareChange?: ((pair: VersionPair) => void) | undefined;
  /** Whether the panel is shown (controlled). */
  open?: boolean | undefined;
  /** @default true */
  defaultOpen?: boolean | undefined;
  onOpenChange?: ((open: boolean) => void) | undefined;
  /** After a version went live through the panel (review approval or recorded direct activation). */
  onPublish?: UsePublishReviewOptions['onPublish'];
  ref?: Ref<HTMLElement> | undefined;
}

/**
 * Loads the agent, its versions and its reviews and provides them to the parts. Renders a `<section>` with
 * `data-slot="paddock-review-root"` and `data-state="loading|ready|error|closed"`.
 *
 * @example
 * <PublishReviewPrimitive.Root agentId="escalation-assistant">
 *   <PublishReviewPrimitive.Status />
 *   <PublishReviewPrimitive.Diff />
 *   <PublishReviewPrimitive.Actions />
 * </PublishReviewPrimitive.Root>
 */
export function PublishReviewPrimitiveRoot(props: PublishReviewPrimitiveRootProps) {
  const [open] = useControllableState({
    prop: props.open,
    defaultProp: props.defaultOpen ?? true,
    onChange: props.onOpenChange,
    caller: 'PublishReviewPrimitive.Root',
  });
  if (!open)
    return (
      <section data-slot="paddock-review-root" data-state="closed" hidden className={cn(props.className)} />
    );
  return <OpenRoot {...props} />;
}

function OpenRoot({
  agentId,
  policy,
  compare: compareProp,
  defaultCompare,
  onCompareChange,
  open: _open,
  defaultOpen: _defaultOpen,
  onOpenChange: _onOpenChange,
  onPublish,
  className,
  children,
  ref,
  ...props
}: PublishReviewPrimitiveRootProps) {
  const messages = useMessages(publishReviewMessages);
  const [compare, setCompare] = useControllableState<VersionPair>({
    prop: compareProp,
    defaultProp: defaultCompare ?? {},
    onChange: onCompareChange,
    caller: 'PublishReviewPrimitive.Root',
  });
  const state = usePublishReview(agentId, {
    policy,
    fromVersionId: compare.from,
    toVersionId: compare.to,
    onPublish,
  });
  const [note, setNote] = useState('');
  const value: PublishReviewContextValue = { agentId, state, messages, compare, setCompare, note, setNote };
  return (
    <PublishReviewContext.Provider value={value}>
      <section
        aria-label={messages['publishReview.label']}
        aria-busy={state.status === 'loading' || state.pending !== null}
        {...props}
        ref={ref}
        data-slot="paddock-review-root"
        data-state={state.status}
        data-drift={state.drift}
        className={cn(className)}
      >
        {children}
      </section>
    </PublishReviewContext.Provider>
  );
}
