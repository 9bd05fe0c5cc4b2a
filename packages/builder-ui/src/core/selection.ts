import type { CatalogItem } from '@paddock/client-sdk';

/** Only available items can ever enter a selection. */
export function isSelectable(item: Pick<CatalogItem, 'available'>): boolean {
  return item.available;
}

/**
 * Toggles `key` in `value`. In single mode a toggle replaces the selection (or clears it when the key was the
 * selected one). Returns the same array when nothing changes so controlled hosts are not re-rendered.
 */
export function toggleSelection(
  value: readonly string[],
  key: string,
  { multiple }: { multiple: boolean },
): readonly string[] {
  if (value.includes(key)) return value.filter((k) => k !== key);
  return multiple ? [...value, key] : [key];
}

/** Drops keys that are not selectable in `items` (e.g. an item that left the allow-list since). */
export function pruneSelection(value: readonly string[], items: readonly CatalogItem[]): readonly string[] {
  const selectable = new Set(items.filter(isSelectable).map((i) => i.key));
  const next = value.filter((k) => selectable.has(k));
  return next.length === value.length ? value : next;
}
