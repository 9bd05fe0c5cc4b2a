import type { CatalogItem, PrimitiveKind } from '@paddock/client-sdk';

/** Risk as a filter value: items without a declared risk are `'unknown'`, never silently "low". */
export type RiskLevel = 'low' | 'medium' | 'high' | 'unknown';

export const PRIMITIVE_KINDS: readonly PrimitiveKind[] = ['tool', 'agent', 'workflow', 'model'];
export const RISK_LEVELS: readonly RiskLevel[] = ['low', 'medium', 'high', 'unknown'];

/** Active filters; an empty list means "any". Values inside one facet are OR-ed, facets are AND-ed. */
export interface CatalogFilters {
  kind: readonly PrimitiveKind[];
  risk: readonly RiskLevel[];
  owner: readonly string[];
}

export type CatalogFacet = keyof CatalogFilters;

export const EMPTY_FILTERS: CatalogFilters = { kind: [], risk: [], owner: [] };

export function riskOf(item: CatalogItem): RiskLevel {
  return item.annotations.risk ?? 'unknown';
}

/** The owner facet value; items without an owner group under the empty string. */
export function ownerOf(item: CatalogItem): string {
  return item.annotations.owner ?? '';
}

export function matchesFilters(item: CatalogItem, filters: CatalogFilters): boolean {
  return (
    (filters.kind.length === 0 || filters.kind.includes(item.kind)) &&
    (filters.risk.length === 0 || filters.risk.includes(riskOf(item))) &&
    (filters.owner.length === 0 || filters.owner.includes(ownerOf(item)))
  );
}

export function hasActiveFilters(filters: CatalogFilters): boolean {
  return filters.kind.length > 0 || filters.risk.length > 0 || filters.owner.length > 0;
}

/** Adds `value` to the facet, or removes it when present. Returns a new object. */
export function toggleFilter<F extends CatalogFacet>(
  filters: CatalogFilters,
  facet: F,
  value: CatalogFilters[F][number],
): CatalogFilters {
  const current = filters[facet] as readonly string[];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return { ...filters, [facet]: next };
}

export interface FacetOption<V extends string = string> {
  value: V;
  /** Items carrying this value in the unfiltered list. */
  count: number;
}

export interface CatalogFacets {
  kind: FacetOption<PrimitiveKind>[];
  risk: FacetOption<RiskLevel>[];
  owner: FacetOption[];
}

/** The filter options worth offering for a list: only values that occur, in a stable order. */
export function getFacets(items: readonly CatalogItem[]): CatalogFacets {
  const kinds = new Map<PrimitiveKind, number>();
  const risks = new Map<RiskLevel, number>();
  const owners = new Map<string, number>();
  for (const item of items) {
    kinds.set(item.kind, (kinds.get(item.kind) ?? 0) + 1);
    risks.set(riskOf(item), (risks.get(riskOf(item)) ?? 0) + 1);
    owners.set(ownerOf(item), (owners.get(ownerOf(item)) ?? 0) + 1);
  }
  return {
    kind: PRIMITIVE_KINDS.filter((k) => kinds.has(k)).map((value) => ({
      value,
      count: kinds.get(value) ?? 0,
    })),
    risk: RISK_LEVELS.filter((r) => risks.has(r)).map((value) => ({ value, count: risks.get(value) ?? 0 })),
    owner: [...owners.entries()]
      .filter(([value]) => value !== '')
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([value, count]) => ({ value, count })),
  };
}
