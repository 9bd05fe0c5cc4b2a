import type { CatalogItem, PrimitiveKind } from '@paddock/client-sdk';
import { matchesFilters, type CatalogFilters } from './catalog-filters.js';
import { searchCatalog, type CatalogIndex, type CatalogSearchResult } from './catalog-search.js';

export interface PickerResultOptions {
  query: string;
  filters: CatalogFilters;
  /** Whether items the user may not pick are listed (greyed, with their reason). */
  showUnavailable: boolean;
  /** Restricts the picker to these kinds regardless of the user's filters; `undefined` = all. */
  kinds?: readonly PrimitiveKind[] | undefined;
}

/** What the picker shows: the scope (kinds, availability), then filters, then the ranked search. */
export function computePickerResults<T extends CatalogItem>(
  index: CatalogIndex<T>,
  { query, filters, showUnavailable, kinds }: PickerResultOptions,
): CatalogSearchResult<T>[] {
  return searchCatalog(index, query).filter(
    ({ item }) =>
      (showUnavailable || item.available) &&
      (kinds === undefined || kinds.includes(item.kind)) &&
      matchesFilters(item, filters),
  );
}

/** The items in scope before the user's own filters: the base for facet counts. */
export function scopeItems<T extends CatalogItem>(
  items: readonly T[],
  { showUnavailable, kinds }: Pick<PickerResultOptions, 'showUnavailable' | 'kinds'>,
): T[] {
  return items.filter(
    (item) => (showUnavailable || item.available) && (kinds === undefined || kinds.includes(item.kind)),
  );
}
