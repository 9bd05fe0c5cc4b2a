import { createStateCell, type Store } from './store.js';

export type MoveDirection = 'next' | 'previous' | 'first' | 'last';

/** An entry the navigator can land on. Disabled entries stay reachable so their reason can be read. */
export interface NavigableEntry {
  key: string;
  /** Text matched by type-ahead (usually the visible name). */
  label: string;
}

export interface ListNavigationState {
  /** The entry holding the roving tab stop, or null when the list is empty. */
  activeKey: string | null;
  /** Characters typed in quick succession. */
  typeahead: string;
  typeaheadAt: number;
}

export interface ListNavigationStore extends Store<ListNavigationState> {
  setActive(key: string | null): void;
  /** Moves the tab stop and returns the new active key. */
  move(direction: MoveDirection, entries: readonly NavigableEntry[]): string | null;
  /**
   * Type-ahead: `char` extends the buffer when typed within `timeout` ms of the last one, then the next entry
   * whose label starts with the buffer becomes active. Repeating one letter cycles through its entries.
   * `now` is passed in so the logic stays deterministic and testable.
   */
  typeahead(char: string, entries: readonly NavigableEntry[], now: number): string | null;
  /** Keeps the active key valid after the list changed (filtering, loading): falls back to the first entry. */
  sync(entries: readonly NavigableEntry[]): string | null;
}

export interface ListNavigationOptions {
  /** Whether arrows wrap from the last entry to the first. @default false */
  loop?: boolean;
  /** Pause in ms after which type-ahead starts a new word. @default 500 */
  typeaheadTimeout?: number;
}

/** Roving-focus and type-ahead state for a (possibly virtualized) list, framework-free. */
export function createListNavigation({
  loop = false,
  typeaheadTimeout = 500,
}: ListNavigationOptions = {}): ListNavigationStore {
  const cell = createStateCell<ListNavigationState>({ activeKey: null, typeahead: '', typeaheadAt: 0 });

  function setActive(key: string | null) {
    const state = cell.getSnapshot();
    if (state.activeKey !== key) cell.set({ ...state, activeKey: key });
  }

  return {
    getSnapshot: cell.getSnapshot,
    subscribe: cell.subscribe,
    setActive,
    move(direction, entries) {
      if (entries.length === 0) return null;
      const last = entries.length - 1;
      const current = entries.findIndex((e) => e.key === cell.getSnapshot().activeKey);
      let index: number;
      switch (direction) {
        case 'first':
          index = 0;
          break;
        case 'last':
          index = last;
          break;
        case 'next':
          index = current === -1 ? 0 : current === last ? (loop ? 0 : last) : current + 1;
          break;
        case 'previous':
          index = current === -1 ? last : current === 0 ? (loop ? last : 0) : current - 1;
          break;
        default:
          direction satisfies never;
          index = 0;
      }
      const key = entries[index]?.key ?? null;
      setActive(key);
      return key;
    },
    typeahead(char, entries, now) {
      const state = cell.getSnapshot();
      const fresh = now - state.typeaheadAt > typeaheadTimeout;
      const typed = (fresh ? char : state.typeahead + char).toLowerCase();
      // "aaa" means "cycle through the a's", not "find aaa".
      const repeated = typed.length > 1 && [...typed].every((c) => c === typed[0]);
      const search = repeated ? typed[0]! : typed;
      const current = entries.findIndex((e) => e.key === state.activeKey);
      // A fresh letter or a repeated one starts after the active entry; a growing word may stay on it.
      const offset = fresh || repeated ? 1 : 0;
      const start = current === -1 ? 0 : current + offset;
      let found: string | null = null;
      for (let step = 0; step < entries.length; step++) {
        const entry = entries[(start + step) % entries.length];
        if (entry && entry.label.toLowerCase().startsWith(search)) {
          found = entry.key;
          break;
        }
      }
      cell.set({ activeKey: found ?? state.activeKey, typeahead: typed, typeaheadAt: now });
      return found;
    },
    sync(entries) {
      const { activeKey } = cell.getSnapshot();
      if (activeKey !== null && entries.some((e) => e.key === activeKey)) return activeKey;
      const key = entries[0]?.key ?? null;
      setActive(key);
      return key;
    },
  };
}
