export {
  RunListPrimitiveRoot as Root,
  RunListPrimitiveFilters as Filters,
  RunListPrimitiveItems as Items,
  RunListPrimitivePager as Pager,
  RunListPrimitiveState as State,
  useRunListContext as useRunList,
  toServerFilters,
  DEFAULT_RUN_LIST_FILTERS,
  type RunListContextValue,
  type RunListFilterState,
  type RunListEntityType,
  type RunListRange,
  type RunListRunView,
} from './run-list-root.js';
export type {
  RunListPrimitiveRootProps as RootProps,
  RunListPrimitiveItemsProps as ItemsProps,
} from './run-list-root.js';
