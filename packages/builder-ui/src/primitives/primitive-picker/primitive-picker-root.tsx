import {
  useCallback,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type HTMLAttributes,
  type ReactNode,
  type Ref,
} from 'react';
import type { Catalog, CatalogItem, PrimitiveKind } from '@paddock/client-sdk';
import {
  computePickerResults,
  createCatalogIndex,
  createListNavigation,
  createPickerQueryStore,
  getFacets,
  pruneSelection,
  scopeItems,
  toggleSelection,
  type CatalogFacets,
  type CatalogFilters,
  type CatalogSearchResult,
  type ListNavigationStore,
  type NavigableEntry,
  type PickerQueryStore,
} from '../../core/index.js';
import { useCatalog } from '../../hooks/use-catalog.js';
import { usePermission, type PermissionState } from '../../hooks/use-permission.js';
import { cn } from '../../utils/cn.js';
import { createContext } from '../../utils/create-context.js';
import { Slot } from '../../utils/slot.js';
import { useControllableState } from '../../utils/use-controllable-state.js';

/** Where the picker's data is: `'loading'`, `'error'` (with a retry), or `'ready'`. */
export type PrimitivePickerStatus = 'loading' | 'error' | 'ready';

export interface PrimitivePickerContextValue {
  status: PrimitivePickerStatus;
  error: unknown;
  retry: () => void;
  /** The catalog as the server sent it (undefined until loaded or when `items` is passed). */
  catalog: Catalog | undefined;
  /** Items in scope (kinds, availability) before the user's search and filters. */
  scopedItems: readonly CatalogItem[];
  /** What the list shows, ranked, with match ranges for highlighting. */
  results: readonly CatalogSearchResult[];
  facets: CatalogFacets;
  query: string;
  filters: CatalogFilters;
  queryStore: PickerQueryStore;
  navigation: ListNavigationStore;
  activeKey: string | null;
  value: readonly string[];
  setValue: (next: readonly string[]) => void;
  toggle: (key: string) => void;
  multiple: boolean;
  disabled: boolean;
  showUnavailable: boolean;
  open: boolean;
  setOpen: (open: boolean) => void;
  /** Confirms the current selection: `onConfirm(value)`, then closes. */
  confirm: () => void;
  confirmPermission: PermissionState | null;
  ids: { root: string; list: string; search: string; status: string; confirmReason: string };
  /** True once after a keyboard move: the newly active option should take DOM focus when it renders. */
  consumeFocusIntent: () => boolean;
  /** Whether a keyboard move is waiting for its option to take focus. */
  hasFocusIntent: () => boolean;
  searchRef: { current: HTMLInputElement | null };
  /** The listbox element, set by `List`. */
  listRef: { current: HTMLElement | null };
  /** Moves the roving tab stop and DOM focus: to a key, or to what a navigation call returns. */
  moveTo: (target: string | null | (() => string | null)) => void;
  navigableEntries: readonly NavigableEntry[];
}

export const [PrimitivePickerContext, usePrimitivePickerContext, usePrimitivePickerContextOptional] =
  /* @__PURE__ */ createContext<PrimitivePickerContextValue>('PrimitivePickerPrimitive.Root');

/**
 * The picker's state for custom parts and the styled layer: status, results, facets, selection, open state.
 * Must be used within `PrimitivePickerPrimitive.Root`.
 */
export function usePrimitivePicker(): PrimitivePickerContextValue {
  return usePrimitivePickerContext('usePrimitivePicker');
}

const EMPTY: readonly string[] = [];

export interface PrimitivePickerPrimitiveRootProps extends Omit<
  HTMLAttributes<HTMLDivElement>,
  'defaultValue' | 'onChange'
> {
  /** Selected item keys (`${kind}:${id}`), controlled. */
  value?: readonly string[] | undefined;
  /** Initial selection when uncontrolled. @default [] */
  defaultValue?: readonly string[] | undefined;
  /** Called with the next selection whenever the user toggles an item. */
  onValueChange?: ((value: readonly string[]) => void) | undefined;
  /** Whether the picker is open (meaningful for dialog-style hosts), controlled. */
  open?: boolean | undefined;
  /** @default true */
  defaultOpen?: boolean | undefined;
  /** Escape and confirm call this with `false`. */
  onOpenChange?: ((open: boolean) => void) | undefined;
  /** Called with the selection (only keys still selectable) when the user confirms (Enter, `Confirm`). */
  onConfirm?: ((value: readonly string[]) => void) | undefined;
  /** Allow several items; single mode replaces the selection on each pick. @default true */
  multiple?: boolean | undefined;
  /** List items the user may not pick, greyed with their reason. @default false */
  showUnavailable?: boolean | undefined;
  /** Only offer these kinds. @default all kinds */
  kinds?: readonly PrimitiveKind[] | undefined;
  /** Use these items instead of loading `client.catalog.list()` (stories, custom sources). */
  items?: readonly CatalogItem[] | undefined;
  /** Initial search text. @default '' */
  defaultQuery?: string | undefined;
  /**
   * Permission required to confirm; without it `Confirm` is disabled with the reason. `null` skips the check.
   * @default 'stored-agents:write'
   */
  permission?: string | null | undefined;
  /** Disables every interaction. @default false */
  disabled?: boolean | undefined;
  /** Merge into the single child element instead of rendering a `div`. @default false */
  asChild?: boolean | undefined;
  ref?: Ref<HTMLDivElement> | undefined;
  children?: ReactNode;
}

/**
 * Holds the picker's data, search, filters, roving focus and selection. Renders one `div`.
 *
 * @selector [data-slot="paddock-picker-root"]
 * @selector [data-state="open" | "closed"]
 * @selector [data-status="loading" | "error" | "ready"]
 * @example
 * <PrimitivePickerPrimitive.Root defaultValue={['tool:search']} onConfirm={save}>
 *   <PrimitivePickerPrimitive.Search />
 *   <PrimitivePickerPrimitive.List>
 *     <PrimitivePickerPrimitive.Item><PrimitivePickerPrimitive.ItemName /></PrimitivePickerPrimitive.Item>
 *   </PrimitivePickerPrimitive.List>
 * </PrimitivePickerPrimitive.Root>
 */
export function PrimitivePickerPrimitiveRoot({
  value: valueProp,
  defaultValue = EMPTY,
  onValueChange,
  open: openProp,
  defaultOpen = true,
  onOpenChange,
  onConfirm,
  multiple = true,
  showUnavailable = false,
  kinds,
  items: itemsProp,
  defaultQuery = '',
  permission = 'stored-agents:write',
  disabled = false,
  asChild,
  className,
  ref,
  children,
  ...props
}: PrimitivePickerPrimitiveRootProps) {
  const catalogQuery = useCatalog({ enabled: itemsProp === undefined });
  const confirmPermission = usePermission(permission ?? '*');

  const [value, setValue] = useControllableState<readonly string[]>({
    prop: valueProp,
    defaultProp: defaultValue,
    onChange: onValueChange,
    caller: 'PrimitivePickerPrimitive.Root',
  });
  const [open, setOpen] = useControllableState<boolean>({
    prop: openProp,
    defaultProp: defaultOpen,
    onChange: onOpenChange,
    caller: 'PrimitivePickerPrimitive.Root',
  });

  const [queryStore] = useState(() => createPickerQueryStore({ query: defaultQuery }));
  const [navigation] = useState(() => createListNavigation());
  const { query, filters } = useSyncExternalStore(
    queryStore.subscribe,
    queryStore.getSnapshot,
    queryStore.getSnapshot,
  );
  const { activeKey } = useSyncExternalStore(
    navigation.subscribe,
    navigation.getSnapshot,
    navigation.getSnapshot,
  );

  const allItems = itemsProp ?? catalogQuery.data?.items;
  const index = useMemo(() => createCatalogIndex(allItems ?? []), [allItems]);
  const scopedItems = useMemo(
    () => scopeItems(allItems ?? [], { showUnavailable, kinds }),
    [allItems, showUnavailable, kinds],
  );
  const facets = useMemo(() => getFacets(scopedItems), [scopedItems]);
  const results = useMemo(
    () => computePickerResults(index, { query, filters, showUnavailable, kinds }),
    [index, query, filters, showUnavailable, kinds],
  );
  const navigableEntries = useMemo(
    () => results.map(({ item }) => ({ key: item.key, label: item.name })),
    [results],
  );

  // The tab stop must always sit on a rendered option; fix it before paint when the results change.
  useLayoutEffect(() => {
    navigation.sync(navigableEntries);
  }, [navigation, navigableEntries]);

  const status: PrimitivePickerStatus =
    itemsProp !== undefined
      ? 'ready'
      : catalogQuery.status === 'pending'
        ? 'loading'
        : catalogQuery.status === 'error'
          ? 'error'
          : 'ready';

  const selectableKeys = useMemo(
    () => new Set((allItems ?? []).filter((i) => i.available).map((i) => i.key)),
    [allItems],
  );

  const toggle = useCallback(
    (key: string) => {
      if (disabled || !selectableKeys.has(key)) return;
      setValue((prev) => toggleSelection(prev, key, { multiple }));
    },
    [disabled, selectableKeys, setValue, multiple],
  );

  const confirm = useCallback(() => {
    if (disabled) return;
    if (permission !== null && !confirmPermission.allowed) return;
    const confirmed = allItems ? pruneSelection(value, allItems) : value;
    if (confirmed.length === 0) return;
    onConfirm?.(confirmed);
    setOpen(false);
  }, [disabled, permission, confirmPermission.allowed, allItems, value, onConfirm, setOpen]);

  const focusIntent = useRef(false);
  const consumeFocusIntent = useCallback(() => {
    const pending = focusIntent.current;
    focusIntent.current = false;
    return pending;
  }, []);
  const hasFocusIntent = useCallback(() => focusIntent.current, []);
  const searchRef = useRef<HTMLInputElement | null>(null);
  const listRef = useRef<HTMLElement | null>(null);
  const moveTo = useCallback(
    (target: string | null | (() => string | null)) => {
      const before = navigation.getSnapshot().activeKey;
      // Set before the store changes: the option that becomes active focuses itself when it renders.
      focusIntent.current = true;
      const key = typeof target === 'function' ? target() : target;
      if (key !== null && key !== before) navigation.setActive(key);
      if (key === null || key === before) {
        // No state change means no re-render to pick the focus up: focus the (always rendered) option now.
        focusIntent.current = false;
        if (key !== null)
          listRef.current?.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`)?.focus();
      }
    },
    [navigation],
  );

  const id = useId();
  const ids = useMemo(
    () => ({
      root: `${id}picker`,
      list: `${id}list`,
      search: `${id}search`,
      status: `${id}status`,
      confirmReason: `${id}confirm-reason`,
    }),
    [id],
  );

  const retry = catalogQuery.refetch;
  const context = useMemo<PrimitivePickerContextValue>(
    () => ({
      status,
      error: catalogQuery.error,
      retry: () => void retry(),
      catalog: catalogQuery.data,
      scopedItems,
      results,
      facets,
      query,
      filters,
      queryStore,
      navigation,
      activeKey,
      value,
      setValue,
      toggle,
      multiple,
      disabled,
      showUnavailable,
      open,
      setOpen,
      confirm,
      confirmPermission: permission === null ? null : confirmPermission,
      ids,
      consumeFocusIntent,
      hasFocusIntent,
      searchRef,
      listRef,
      moveTo,
      navigableEntries,
    }),
    [
      status,
      catalogQuery.error,
      retry,
      catalogQuery.data,
      scopedItems,
      results,
      facets,
      query,
      filters,
      queryStore,
      navigation,
      activeKey,
      value,
      setValue,
      toggle,
      multiple,
      disabled,
      showUnavailable,
      open,
      setOpen,
      confirm,
      permission,
      confirmPermission,
      ids,
      consumeFocusIntent,
      hasFocusIntent,
      moveTo,
      navigableEntries,
    ],
  );

  const Comp = asChild ? Slot : 'div';
  return (
    <PrimitivePickerContext value={context}>
      <Comp
        {...props}
        ref={ref as Ref<HTMLElement & HTMLDivElement>}
        id={props.id ?? ids.root}
        className={cn(className)}
        data-slot="paddock-picker-root"
        data-state={open ? 'open' : 'closed'}
        data-status={status}
        data-disabled={disabled ? '' : undefined}
      >
        {children}
      </Comp>
    </PrimitivePickerContext>
  );
}
PrimitivePickerPrimitiveRoot.displayName = 'PrimitivePickerPrimitive.Root';
