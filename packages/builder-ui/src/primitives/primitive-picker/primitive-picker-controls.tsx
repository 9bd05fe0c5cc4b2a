import type {
  ButtonHTMLAttributes,
  ChangeEvent,
  HTMLAttributes,
  InputHTMLAttributes,
  KeyboardEvent,
  Ref,
} from 'react';
import type { CatalogFacet, CatalogFilters } from '../../core/index.js';
import { hasActiveFilters } from '../../core/index.js';
import { useMessages } from '../../hooks/use-builder.js';
import { primitivePickerMessages } from '../../i18n/primitive-picker.en-US.js';
import { describeError } from '../../hooks/use-error-message.js';
import { cn } from '../../utils/cn.js';
import { composeEventHandlers } from '../../utils/compose-event-handlers.js';
import { composeRefs } from '../../utils/compose-refs.js';
import {
  createActionButton,
  createActionReason,
  type ActionState,
} from '../../utils/create-action-button.js';
import { Slot } from '../../utils/slot.js';
import { usePrimitivePickerContext } from './primitive-picker-root.js';

type DivProps = HTMLAttributes<HTMLDivElement> & { ref?: Ref<HTMLDivElement> | undefined };
type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & {
  /** Merge into the single child element instead of rendering a `button`. @default false */
  asChild?: boolean | undefined;
  ref?: Ref<HTMLButtonElement> | undefined;
};

/* -------------------------------------------------------------------------------------------------
 * Search
 * -----------------------------------------------------------------------------------------------*/

export interface PrimitivePickerPrimitiveSearchProps extends Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'value' | 'defaultValue'
> {
  ref?: Ref<HTMLInputElement> | undefined;
}

/**
 * The search box. Typing ranks the list; ArrowDown moves into the list; Enter confirms; Escape closes.
 * @selector [data-slot="paddock-picker-search"][data-state="empty" | "filled"]
 */
export function PrimitivePickerPrimitiveSearch({
  className,
  onChange,
  onKeyDown,
  ref,
  ...props
}: PrimitivePickerPrimitiveSearchProps) {
  const picker = usePrimitivePickerContext('PrimitivePickerPrimitive.Search');
  const messages = useMessages(primitivePickerMessages);
  const handleKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      picker.moveTo(() => picker.activeKey ?? picker.navigation.move('first', picker.navigableEntries));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      picker.confirm();
    } else if (event.key === 'Escape') {
      picker.setOpen(false);
    }
  };
  return (
    <input
      type="search"
      autoComplete="off"
      spellCheck={false}
      aria-label={messages['picker.searchLabel']}
      placeholder={messages['picker.searchPlaceholder']}
      aria-controls={picker.ids.list}
      aria-describedby={picker.ids.status}
      disabled={picker.disabled}
      {...props}
      ref={composeRefs(ref, picker.searchRef)}
      id={props.id ?? picker.ids.search}
      className={cn(className)}
      value={picker.query}
      data-slot="paddock-picker-search"
      data-state={picker.query ? 'filled' : 'empty'}
      onChange={composeEventHandlers(onChange, (event: ChangeEvent<HTMLInputElement>) =>
        picker.queryStore.setQuery(event.target.value),
      )}
      onKeyDown={composeEventHandlers(onKeyDown, handleKeyDown)}
    />
  );
}
PrimitivePickerPrimitiveSearch.displayName = 'PrimitivePickerPrimitive.Search';

/* -------------------------------------------------------------------------------------------------
 * Filters
 * -----------------------------------------------------------------------------------------------*/

/** The group of all filters. @selector [data-slot="paddock-picker-filters"][data-state="active" | "inactive"] */
export function PrimitivePickerPrimitiveFilters({ className, ref, ...props }: DivProps) {
  const picker = usePrimitivePickerContext('PrimitivePickerPrimitive.Filters');
  const messages = useMessages(primitivePickerMessages);
  return (
    <div
      role="group"
      aria-label={messages['picker.filtersLabel']}
      {...props}
      ref={ref}
      className={cn(className)}
      data-slot="paddock-picker-filters"
      data-state={hasActiveFilters(picker.filters) ? 'active' : 'inactive'}
    />
  );
}
PrimitivePickerPrimitiveFilters.displayName = 'PrimitivePickerPrimitive.Filters';

export interface PrimitivePickerPrimitiveFilterGroupProps extends DivProps {
  facet: CatalogFacet;
}

/** One facet's options. @selector [data-slot="paddock-picker-filter-group"][data-facet="kind" | "risk" | "owner"] */
export function PrimitivePickerPrimitiveFilterGroup({
  facet,
  className,
  ref,
  ...props
}: PrimitivePickerPrimitiveFilterGroupProps) {
  const picker = usePrimitivePickerContext('PrimitivePickerPrimitive.FilterGroup');
  const messages = useMessages(primitivePickerMessages);
  return (
    <div
      role="group"
      aria-label={messages[`picker.filterGroup.${facet}`]}
      {...props}
      ref={ref}
      className={cn(className)}
      data-slot="paddock-picker-filter-group"
      data-facet={facet}
      data-state={picker.filters[facet].length ? 'active' : 'inactive'}
    />
  );
}
PrimitivePickerPrimitiveFilterGroup.displayName = 'PrimitivePickerPrimitive.FilterGroup';

export interface PrimitivePickerPrimitiveFilterOptionProps<
  F extends CatalogFacet = CatalogFacet,
> extends ButtonProps {
  facet: F;
  value: CatalogFilters[F][number];
}

/**
 * A toggle for one filter value (`aria-pressed`). Default label: the kind or risk label, or the owner name.
 * @selector [data-slot="paddock-picker-filter-option"][data-state="on" | "off"]
 */
export function PrimitivePickerPrimitiveFilterOption({
  facet,
  value,
  asChild,
  className,
  onClick,
  children,
  ref,
  ...props
}: PrimitivePickerPrimitiveFilterOptionProps) {
  const picker = usePrimitivePickerContext('PrimitivePickerPrimitive.FilterOption');
  const messages = useMessages(primitivePickerMessages);
  const pressed = (picker.filters[facet] as readonly string[]).includes(value);
  const label =
    facet === 'kind'
      ? messages[`picker.kind.${value as 'tool'}`]
      : facet === 'risk'
        ? messages[`picker.risk.${value as 'low'}`]
        : value;
  const Comp = asChild ? Slot : 'button';
  return (
    <Comp
      type={asChild ? undefined : 'button'}
      aria-pressed={pressed}
      disabled={picker.disabled || undefined}
      {...props}
      ref={ref as Ref<HTMLElement & HTMLButtonElement>}
      className={cn(className)}
      data-slot="paddock-picker-filter-option"
      data-facet={facet}
      data-value={value}
      data-state={pressed ? 'on' : 'off'}
      onClick={composeEventHandlers(onClick, () => picker.queryStore.toggleFilter(facet, value))}
    >
      {children ?? label}
    </Comp>
  );
}
PrimitivePickerPrimitiveFilterOption.displayName = 'PrimitivePickerPrimitive.FilterOption';

function useClearFilters(): ActionState {
  const picker = usePrimitivePickerContext('PrimitivePickerPrimitive.ClearFilters');
  const active = hasActiveFilters(picker.filters);
  return { action: active ? picker.queryStore.clearFilters : null, reason: null, hidden: !active };
}

/** Clears every filter; hidden while none is active. @selector [data-slot="paddock-picker-clear-filters"] */
export const PrimitivePickerPrimitiveClearFilters = /* @__PURE__ */ createActionButton(
  'PrimitivePickerPrimitive.ClearFilters',
  'paddock-picker-clear-filters',
  useClearFilters,
);

/* -------------------------------------------------------------------------------------------------
 * Status (live region), selection count
 * -----------------------------------------------------------------------------------------------*/

/**
 * A polite live region announcing how many primitives are listed.
 * @selector [data-slot="paddock-picker-status"][data-state="loading" | "error" | "ready"]
 */
export function PrimitivePickerPrimitiveStatus({ className, children, ref, ...props }: DivProps) {
  const picker = usePrimitivePickerContext('PrimitivePickerPrimitive.Status');
  const messages = useMessages(primitivePickerMessages);
  return (
    <div
      role="status"
      aria-live="polite"
      {...props}
      ref={ref}
      id={picker.ids.status}
      className={cn(className)}
      data-slot="paddock-picker-status"
      data-state={picker.status}
    >
      {children ?? (picker.status === 'ready' ? messages['picker.results'](picker.results.length) : null)}
    </div>
  );
}
PrimitivePickerPrimitiveStatus.displayName = 'PrimitivePickerPrimitive.Status';

/** "3 selected". @selector [data-slot="paddock-picker-selection-count"][data-state="empty" | "some"] */
export function PrimitivePickerPrimitiveSelectionCount({ className, children, ref, ...props }: DivProps) {
  const picker = usePrimitivePickerContext('PrimitivePickerPrimitive.SelectionCount');
  const messages = useMessages(primitivePickerMessages);
  return (
    <div
      {...props}
      ref={ref}
      className={cn(className)}
      data-slot="paddock-picker-selection-count"
      data-state={picker.value.length ? 'some' : 'empty'}
    >
      {children ?? messages['picker.selected'](picker.value.length)}
    </div>
  );
}
PrimitivePickerPrimitiveSelectionCount.displayName = 'PrimitivePickerPrimitive.SelectionCount';

/* -------------------------------------------------------------------------------------------------
 * Loading / Empty / Error
 * -----------------------------------------------------------------------------------------------*/

/** Rendered only while the catalog loads. @selector [data-slot="paddock-picker-loading"] */
export function PrimitivePickerPrimitiveLoading({ className, children, ref, ...props }: DivProps) {
  const picker = usePrimitivePickerContext('PrimitivePickerPrimitive.Loading');
  const messages = useMessages(primitivePickerMessages);
  if (picker.status !== 'loading') return null;
  return (
    <div
      {...props}
      ref={ref}
      className={cn(className)}
      data-slot="paddock-picker-loading"
      data-state="loading"
      aria-busy
    >
      {children ?? messages['picker.loading']}
    </div>
  );
}
PrimitivePickerPrimitiveLoading.displayName = 'PrimitivePickerPrimitive.Loading';

/**
 * Rendered only when loaded and nothing is listed: `data-state="no-match"` when search or filters hide
 * everything, `"no-items"` when nothing is available at all.
 * @selector [data-slot="paddock-picker-empty"][data-state="no-match" | "no-items"]
 */
export function PrimitivePickerPrimitiveEmpty({ className, children, ref, ...props }: DivProps) {
  const picker = usePrimitivePickerContext('PrimitivePickerPrimitive.Empty');
  const messages = useMessages(primitivePickerMessages);
  if (picker.status !== 'ready' || picker.results.length > 0) return null;
  const noItems = picker.scopedItems.length === 0;
  return (
    <div
      {...props}
      ref={ref}
      className={cn(className)}
      data-slot="paddock-picker-empty"
      data-state={noItems ? 'no-items' : 'no-match'}
    >
      {children ?? (noItems ? messages['picker.emptyCatalog'] : messages['picker.empty'])}
    </div>
  );
}
PrimitivePickerPrimitiveEmpty.displayName = 'PrimitivePickerPrimitive.Empty';

/**
 * Rendered only when loading failed; `role="alert"`. Default content: the typed error's message. Exposes the
 * SDK error class in `data-error` (`PermissionDeniedError`, `APIConnectionError`…).
 * @selector [data-slot="paddock-picker-error"][data-error]
 */
export function PrimitivePickerPrimitiveError({ className, children, ref, ...props }: DivProps) {
  const picker = usePrimitivePickerContext('PrimitivePickerPrimitive.Error');
  const messages = useMessages(primitivePickerMessages);
  if (picker.status !== 'error') return null;
  const description = describeError(picker.error, messages);
  return (
    <div
      role="alert"
      {...props}
      ref={ref}
      className={cn(className)}
      data-slot="paddock-picker-error"
      data-state={description.retryable ? 'retryable' : 'final'}
      data-error={description.kind}
    >
      {children ?? description.message}
    </div>
  );
}
PrimitivePickerPrimitiveError.displayName = 'PrimitivePickerPrimitive.Error';

function useRetry(): ActionState {
  const picker = usePrimitivePickerContext('PrimitivePickerPrimitive.Retry');
  return {
    action: picker.status === 'error' ? picker.retry : null,
    reason: null,
    hidden: picker.status !== 'error',
  };
}

/** Reloads the catalog; rendered only in the error state. @selector [data-slot="paddock-picker-retry"] */
export const PrimitivePickerPrimitiveRetry = /* @__PURE__ */ createActionButton(
  'PrimitivePickerPrimitive.Retry',
  'paddock-picker-retry',
  useRetry,
);

/* -------------------------------------------------------------------------------------------------
 * Confirm, ClearSelection, Trigger
 * -----------------------------------------------------------------------------------------------*/

function useConfirm(): ActionState {
  const picker = usePrimitivePickerContext('PrimitivePickerPrimitive.Confirm');
  const messages = useMessages(primitivePickerMessages);
  const permission = picker.confirmPermission;
  if (permission && !permission.allowed) {
    return { action: null, reason: permission.reason, reasonId: picker.ids.confirmReason };
  }
  if (picker.value.length === 0) {
    return {
      action: null,
      reason: messages['picker.confirmNeedsSelection'],
      reasonId: picker.ids.confirmReason,
    };
  }
  return {
    action: picker.disabled ? null : picker.confirm,
    reason: null,
    reasonId: picker.ids.confirmReason,
  };
}

/**
 * Confirms the selection (`onConfirm`, then closes). Unavailable without a selection or without the
 * `permission` of the Root; it then stays focusable and points at `ConfirmReason`.
 * @selector [data-slot="paddock-picker-confirm"][data-state="enabled" | "disabled"]
 */
export const PrimitivePickerPrimitiveConfirm = /* @__PURE__ */ createActionButton(
  'PrimitivePickerPrimitive.Confirm',
  'paddock-picker-confirm',
  useConfirm,
);

/** Why `Confirm` is unavailable, when it is. @selector [data-slot="paddock-picker-confirm-reason"] */
export const PrimitivePickerPrimitiveConfirmReason = /* @__PURE__ */ createActionReason(
  'PrimitivePickerPrimitive.ConfirmReason',
  'paddock-picker-confirm-reason',
  useConfirm,
);

function useClearSelection(): ActionState {
  const picker = usePrimitivePickerContext('PrimitivePickerPrimitive.ClearSelection');
  return {
    action: picker.value.length && !picker.disabled ? () => picker.setValue([]) : null,
    reason: null,
  };
}

/** Empties the selection. @selector [data-slot="paddock-picker-clear-selection"] */
export const PrimitivePickerPrimitiveClearSelection = /* @__PURE__ */ createActionButton(
  'PrimitivePickerPrimitive.ClearSelection',
  'paddock-picker-clear-selection',
  useClearSelection,
);

/**
 * Opens the picker (`onOpenChange(true)`). For dialog hosts; pairs with the host's dialog trigger via `asChild`.
 * @selector [data-slot="paddock-picker-trigger"][data-state="open" | "closed"]
 */
export function PrimitivePickerPrimitiveTrigger({ asChild, className, onClick, ref, ...props }: ButtonProps) {
  const picker = usePrimitivePickerContext('PrimitivePickerPrimitive.Trigger');
  const Comp = asChild ? Slot : 'button';
  return (
    <Comp
      type={asChild ? undefined : 'button'}
      aria-expanded={picker.open}
      aria-controls={picker.open ? picker.ids.root : undefined}
      {...props}
      ref={ref as Ref<HTMLElement & HTMLButtonElement>}
      className={cn(className)}
      data-slot="paddock-picker-trigger"
      data-state={picker.open ? 'open' : 'closed'}
      onClick={composeEventHandlers(onClick, () => picker.setOpen(true))}
    />
  );
}
PrimitivePickerPrimitiveTrigger.displayName = 'PrimitivePickerPrimitive.Trigger';
