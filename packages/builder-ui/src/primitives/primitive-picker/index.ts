export {
  PrimitivePickerPrimitiveRoot as Root,
  usePrimitivePicker,
  type PrimitivePickerContextValue,
  type PrimitivePickerStatus,
} from './primitive-picker-root.js';
export {
  PrimitivePickerPrimitiveList as List,
  PrimitivePickerPrimitiveItem as Item,
  usePrimitivePickerItem,
  type PrimitivePickerItemState,
} from './primitive-picker-list.js';
export {
  PrimitivePickerPrimitiveHighlight as Highlight,
  PrimitivePickerPrimitiveItemIndicator as ItemIndicator,
  PrimitivePickerPrimitiveItemName as ItemName,
  PrimitivePickerPrimitiveItemId as ItemId,
  PrimitivePickerPrimitiveItemDescription as ItemDescription,
  PrimitivePickerPrimitiveItemKind as ItemKind,
  PrimitivePickerPrimitiveItemOwner as ItemOwner,
  PrimitivePickerPrimitiveItemContact as ItemContact,
  PrimitivePickerPrimitiveItemRisk as ItemRisk,
  PrimitivePickerPrimitiveItemApproval as ItemApproval,
  PrimitivePickerPrimitiveItemSideEffects as ItemSideEffects,
  PrimitivePickerPrimitiveItemTags as ItemTags,
  PrimitivePickerPrimitiveItemSchema as ItemSchema,
  PrimitivePickerPrimitiveItemModelStatus as ItemModelStatus,
  PrimitivePickerPrimitiveItemUnavailableReason as ItemUnavailableReason,
} from './primitive-picker-item-parts.js';
export {
  PrimitivePickerPrimitiveSearch as Search,
  PrimitivePickerPrimitiveFilters as Filters,
  PrimitivePickerPrimitiveFilterGroup as FilterGroup,
  PrimitivePickerPrimitiveFilterOption as FilterOption,
  PrimitivePickerPrimitiveClearFilters as ClearFilters,
  PrimitivePickerPrimitiveStatus as Status,
  PrimitivePickerPrimitiveSelectionCount as SelectionCount,
  PrimitivePickerPrimitiveLoading as Loading,
  PrimitivePickerPrimitiveEmpty as Empty,
  PrimitivePickerPrimitiveError as Error,
  PrimitivePickerPrimitivePolicyNotice as PolicyNotice,
  PrimitivePickerPrimitiveRetry as Retry,
  PrimitivePickerPrimitiveConfirm as Confirm,
  PrimitivePickerPrimitiveConfirmReason as ConfirmReason,
  PrimitivePickerPrimitiveClearSelection as ClearSelection,
  PrimitivePickerPrimitiveTrigger as Trigger,
} from './primitive-picker-controls.js';
export type { PrimitivePickerPrimitiveRootProps as RootProps } from './primitive-picker-root.js';
export type {
  PrimitivePickerPrimitiveListProps as ListProps,
  PrimitivePickerPrimitiveItemProps as ItemProps,
} from './primitive-picker-list.js';
export type {
  PrimitivePickerPrimitiveHighlightProps as HighlightProps,
  PrimitivePickerPrimitiveItemSchemaProps as ItemSchemaProps,
} from './primitive-picker-item-parts.js';
export type {
  PrimitivePickerPrimitiveSearchProps as SearchProps,
  PrimitivePickerPrimitiveFilterGroupProps as FilterGroupProps,
  PrimitivePickerPrimitiveFilterOptionProps as FilterOptionProps,
} from './primitive-picker-controls.js';
