import type { TraceNode, TraceSpanLike, TraceTree } from './trace-tree.js';

/** How much of a span's input preview is searched: previews can be large JSON, and search runs per keystroke. */
export const SEARCH_PREVIEW_CHARS = 400;

export interface TraceSearchResult<S extends TraceSpanLike = TraceSpanLike> {
  /** The normalised query (trimmed, lower-cased); empty means "no filter". */
  query: string;
  /** Matching spans in preorder. */
  matches: TraceNode<S>[];
  matchIds: ReadonlySet<string>;
  /** Matches plus every ancestor of a match: the rows the filtered tree shows. */
  visibleIds: ReadonlySet<string>;
}

function previewText(value: unknown): string {
  if (value == null) return '';
  if (typeof value === 'string') return value.slice(0, SEARCH_PREVIEW_CHARS);
  try {
    return (JSON.stringify(value) ?? '').slice(0, SEARCH_PREVIEW_CHARS);
  } catch {
    return '';
  }
}

/** The text a span is searched by: name, type, entity, input preview, error message. Cached on the node. */
export function spanSearchText<S extends TraceSpanLike>(node: TraceNode<S>): string {
  if (node.searchText !== undefined) return node.searchText;
  const span = node.span;
  const error = span.error && typeof span.error.message === 'string' ? span.error.message : '';
  const text = [
    span.name ?? '',
    span.spanType ?? '',
    span.entityType ?? '',
    span.entityId ?? '',
    span.entityName ?? '',
    previewText(span.inputPreview),
    error,
  ]
    .join('\n')
    .toLowerCase();
  node.searchText = text;
  return text;
}

/**
 * Filters a trace: a span matches when every whitespace-separated term occurs in its search text
 * (`spanSearchText`). The visible set keeps each match's ancestors so matches stay in context. Linear in spans.
 */
export function searchTrace<S extends TraceSpanLike>(
  tree: TraceTree<S>,
  query: string,
): TraceSearchResult<S> {
  const normalised = query.trim().toLowerCase();
  if (normalised === '') return { query: '', matches: [], matchIds: new Set(), visibleIds: new Set() };
  const terms = normalised.split(/\s+/);
  const matches: TraceNode<S>[] = [];
  const matchIds = new Set<string>();
  const visibleIds = new Set<string>();
  for (const node of tree.order) {
    const text = spanSearchText(node);
    let ok = true;
    for (const term of terms) {
      if (!text.includes(term)) {
        ok = false;
        break;
      }
    }
    if (!ok) continue;
    matches.push(node);
    matchIds.add(node.id);
    // Stop at the first ancestor already visible: each node is added once, so the whole pass stays linear.
    for (let p: TraceNode<S> | null = node; p && !visibleIds.has(p.id); p = p.parent) visibleIds.add(p.id);
  }
  return { query: normalised, matches, matchIds, visibleIds };
}
