import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  type CSSProperties,
  type HTMLAttributes,
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
  type Ref,
} from 'react';
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import type { CatalogItem } from '@paddock/client-sdk';
import { riskOf, type CatalogMatch, type CatalogSearchResult } from '../../core/index.js';
import { useMessages } from '../../hooks/use-builder.js';
import { primitivePickerMessages } from '../../i18n/primitive-picker.en-US.js';
import { cn } from '../../utils/cn.js';
import { composeEventHandlers } from '../../utils/compose-event-handlers.js';
import { composeRefs } from '../../utils/compose-refs.js';
import { createContext } from '../../utils/create-context.js';
import { Slot } from '../../utils/slot.js';
import { usePrimitivePickerContext } from './primitive-picker-root.js';

/* -------------------------------------------------------------------------------------------------
 * List
 * -----------------------------------------------------------------------------------------------*/

interface RowContextValue {
  result: CatalogSearchResult;
  index: number;
  start: number;
  measureElement: (node: Element | null) => void;
}

const [RowContext, useRowContext] = /* @__PURE__ */ createContext<RowContextValue>(
  'PrimitivePickerPrimitive.List',
);

export interface PrimitivePickerPrimitiveListProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  /**
   * What to render for each visible row: usually `<PrimitivePickerPrimitive.Item>` with its parts, which read
   * the row from context. A function receives the row's result for per-item decisions.
   */
  children: ReactNode | ((result: CatalogSearchResult, index: number) => ReactNode);
  /** Estimated row height in px before a row is measured. @default 96 */
  estimateSize?: number | undefined;
  /** Rows rendered beyond the viewport on each side. @default 6 */
  overscan?: number | undefined;
  ref?: Ref<HTMLDivElement> | undefined;
}

function isPrintable(event: KeyboardEvent): boolean {
  return event.key.length === 1 && event.key !== ' ' && !event.ctrlKey && !event.metaKey && !event.altKey;
}

/**
 * The `listbox`: a scroll viewport holding only the visible rows (TanStack Virtual), plus the option with the
 * roving tab stop so keyboard focus never lands on an unmounted row. Arrow keys, Home/End and type-ahead move
 * the tab stop; Space toggles; Enter confirms; Escape closes. Hidden while there is nothing to list.
 *
 * @selector [data-slot="paddock-picker-list"] (and its inner `[data-slot="paddock-picker-list-sizer"]`)
 * @selector [data-state="filled" | "empty"]
 */
export function PrimitivePickerPrimitiveList({
  children,
  estimateSize = 96,
  overscan = 6,
  className,
  style,
  onKeyDown,
  ref,
  ...props
}: PrimitivePickerPrimitiveListProps) {
  const picker = usePrimitivePickerContext('PrimitivePickerPrimitive.List');
  const messages = useMessages(primitivePickerMessages);
  const { results, activeKey, navigableEntries, navigation, moveTo } = picker;
  const scrollRef = useRef<HTMLDivElement | null>(null);

  const activeIndex = useMemo(
    () => (activeKey === null ? -1 : results.findIndex((r) => r.item.key === activeKey)),
    [results, activeKey],
  );
  const activeIndexRef = useRef(activeIndex);
  useLayoutEffect(() => {
    activeIndexRef.current = activeIndex;
  });

  const rangeExtractor = useCallback((range: Range) => {
    const indexes = defaultRangeExtractor(range);
    const active = activeIndexRef.current;
    if (active >= 0 && active < range.count && !indexes.includes(active)) {
      indexes.push(active);
      indexes.sort((a, b) => a - b);
    }
    return indexes;
  }, []);

  // The virtualizer's measurements change without React state; this component must not be auto-memoized.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: results.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => estimateSize,
    overscan,
    getItemKey: (index) => results[index]?.item.key ?? index,
    rangeExtractor,
  });

  // Keep the tab stop in view when it moves by keyboard, before the browser focuses it.
  useEffect(() => {
    if (picker.hasFocusIntent() && activeIndex >= 0)
      virtualizer.scrollToIndex(activeIndex, { align: 'auto' });
  }, [activeIndex, picker, virtualizer]);

  const handleKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (picker.disabled) return;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        moveTo(() => navigation.move('next', navigableEntries));
        return;
      case 'ArrowUp':
        event.preventDefault();
        if (activeIndex === 0 && picker.searchRef.current) {
          picker.searchRef.current.focus();
          return;
        }
        moveTo(() => navigation.move('previous', navigableEntries));
        return;
      case 'Home':
        event.preventDefault();
        moveTo(() => navigation.move('first', navigableEntries));
        return;
      case 'End':
        event.preventDefault();
        moveTo(() => navigation.move('last', navigableEntries));
        return;
      case ' ':
        event.preventDefault();
        if (activeKey !== null) picker.toggle(activeKey);
        return;
      case 'Enter':
        event.preventDefault();
        if (!picker.multiple && activeKey !== null && !picker.value.includes(activeKey))
          picker.toggle(activeKey);
        picker.confirm();
        return;
      case 'Escape':
        picker.setOpen(false);
        return;
      default:
        if (isPrintable(event)) {
          const timeStamp = event.timeStamp;
          moveTo(() => navigation.typeahead(event.key, navigableEntries, timeStamp));
        }
    }
  };

  const empty = results.length === 0;
  return (
    <div
      role="listbox"
      // Focus lives on the options (roving tab stop); -1 only lets a click on the gutter land somewhere.
      tabIndex={-1}
      aria-label={messages['picker.listLabel']}
      aria-multiselectable={picker.multiple || undefined}
      aria-disabled={picker.disabled || undefined}
      id={picker.ids.list}
      hidden={empty}
      {...props}
      ref={composeRefs(ref, scrollRef, picker.listRef)}
      className={cn(className)}
      style={{ overflow: 'auto', position: 'relative', ...style }}
      data-slot="paddock-picker-list"
      data-state={empty ? 'empty' : 'filled'}
      onKeyDown={composeEventHandlers(onKeyDown, handleKeyDown)}
    >
      <div
        role="presentation"
        data-slot="paddock-picker-list-sizer"
        data-state={empty ? 'empty' : 'filled'}
        style={{ height: virtualizer.getTotalSize(), position: 'relative', width: '100%' }}
      >
        {virtualizer.getVirtualItems().map((row) => {
          const result = results[row.index];
          if (!result) return null;
          return (
            <RowContext
              key={row.key}
              value={{
                result,
                index: row.index,
                start: row.start,
                measureElement: virtualizer.measureElement,
              }}
            >
              {typeof children === 'function' ? children(result, row.index) : children}
            </RowContext>
          );
        })}
      </div>
    </div>
  );
}
PrimitivePickerPrimitiveList.displayName = 'PrimitivePickerPrimitive.List';

/* -------------------------------------------------------------------------------------------------
 * Item
 * -----------------------------------------------------------------------------------------------*/

/** Per-option state for custom item parts. */
export interface PrimitivePickerItemState {
  item: CatalogItem;
  match: CatalogMatch;
  index: number;
  selected: boolean;
  /** Not selectable: unavailable, or the picker is disabled. */
  disabled: boolean;
  active: boolean;
  optionId: string;
}

const [ItemContext, useItemContext] = /* @__PURE__ */ createContext<PrimitivePickerItemState>(
  'PrimitivePickerPrimitive.Item',
);

/** The option a part is rendered in. Must be used within `PrimitivePickerPrimitive.Item`. */
export function usePrimitivePickerItem(): PrimitivePickerItemState {
  return useItemContext('usePrimitivePickerItem');
}

export interface PrimitivePickerPrimitiveItemProps extends HTMLAttributes<HTMLDivElement> {
  /** Merge into the single child element instead of rendering a `div`. @default false */
  asChild?: boolean | undefined;
  ref?: Ref<HTMLDivElement> | undefined;
}

/**
 * One `option`, absolutely positioned by the virtualizer. Clicking toggles it unless it is unavailable;
 * unavailable options stay focusable so their reason can be read.
 *
 * @selector [data-slot="paddock-picker-item"]
 * @selector [data-state="checked" | "unchecked"] [data-active] [data-disabled]
 * @selector [data-kind="tool" | "agent" | "workflow" | "model"] [data-risk="low" | "medium" | "high" | "unknown"]
 */
export function PrimitivePickerPrimitiveItem({
  asChild,
  className,
  style,
  onClick,
  onFocus,
  ref,
  ...props
}: PrimitivePickerPrimitiveItemProps) {
  const picker = usePrimitivePickerContext('PrimitivePickerPrimitive.Item');
  const row = useRowContext('PrimitivePickerPrimitive.Item');
  const { item, match } = row.result;
  const selected = picker.value.includes(item.key);
  const disabled = !item.available || picker.disabled;
  const active = picker.activeKey === item.key;
  const optionId = `${picker.ids.list}-option-${row.index}`;

  const nodeRef = useRef<HTMLDivElement | null>(null);
  useLayoutEffect(() => {
    if (active && nodeRef.current && picker.consumeFocusIntent())
      nodeRef.current.focus({ preventScroll: true });
  });

  const state = useMemo<PrimitivePickerItemState>(
    () => ({ item, match, index: row.index, selected, disabled, active, optionId }),
    [item, match, row.index, selected, disabled, active, optionId],
  );

  const Comp = asChild ? Slot : 'div';
  const positioned: CSSProperties = {
    position: 'absolute',
    top: 0,
    left: 0,
    width: '100%',
    transform: `translateY(${row.start}px)`,
    ...style,
  };
  return (
    <ItemContext value={state}>
      <Comp
        role="option"
        id={optionId}
        aria-selected={selected}
        aria-disabled={disabled || undefined}
        aria-setsize={picker.results.length}
        aria-posinset={row.index + 1}
        tabIndex={active ? 0 : -1}
        {...props}
        ref={composeRefs(ref, nodeRef, row.measureElement) as Ref<HTMLElement & HTMLDivElement>}
        className={cn(className)}
        style={positioned}
        data-slot="paddock-picker-item"
        data-index={row.index}
        data-key={item.key}
        data-kind={item.kind}
        data-risk={riskOf(item)}
        data-state={selected ? 'checked' : 'unchecked'}
        data-active={active ? '' : undefined}
        data-disabled={disabled ? '' : undefined}
        onFocus={composeEventHandlers(onFocus, () => {
          if (!active) picker.navigation.setActive(item.key);
        })}
        onClick={composeEventHandlers(onClick, (_event: MouseEvent<HTMLDivElement>) => {
          picker.moveTo(item.key);
          if (!disabled) picker.toggle(item.key);
        })}
      />
    </ItemContext>
  );
}
PrimitivePickerPrimitiveItem.displayName = 'PrimitivePickerPrimitive.Item';
