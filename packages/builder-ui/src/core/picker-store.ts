import { EMPTY_FILTERS, toggleFilter, type CatalogFacet, type CatalogFilters } from './catalog-filters.js';
import { createStateCell, type Store } from './store.js';

export interface PickerQueryState {
  query: string;
  filters: CatalogFilters;
}

export interface PickerQueryStore extends Store<PickerQueryState> {
  setQuery(query: string): void;
  toggleFilter<F extends CatalogFacet>(facet: F, value: CatalogFilters[F][number]): void;
  clearFilters(): void;
}

/** The picker's search text and filters, framework-free. */
export function createPickerQueryStore(initial: Partial<PickerQueryState> = {}): PickerQueryStore {
  const cell = createStateCell<PickerQueryState>({ query: '', filters: EMPTY_FILTERS, ...initial });
  return {
    getSnapshot: cell.getSnapshot,
    subscribe: cell.subscribe,
    setQuery(query) {
      const state = cell.getSnapshot();
      if (state.query !== query) cell.set({ ...state, query });
    },
    toggleFilter(facet, value) {
      const state = cell.getSnapshot();
      cell.set({ ...state, filters: toggleFilter(state.filters, facet, value) });
    },
    clearFilters() {
      cell.set({ ...cell.getSnapshot(), filters: EMPTY_FILTERS });
    },
  };
}
