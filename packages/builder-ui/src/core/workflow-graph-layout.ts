/**
 * Automatic top-down layout of a workflow graph with dagre. Kept out of `core/index.ts` on purpose: only the
 * lazily loaded graph view imports it, so pages without a graph never load dagre.
 */
import { Graph, layout } from '@dagrejs/dagre';
import type { WorkflowGraph } from './workflow-graph.js';

export interface LaidOutNode {
  id: string;
  /** Top-left corner. */
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LayoutOptions {
  nodeWidth?: number;
  nodeHeight?: number;
  /** Horizontal gap between nodes of one rank. @default 32 */
  nodeGap?: number;
  /** Vertical gap between ranks. @default 48 */
  rankGap?: number;
}

export function layoutWorkflowGraph(
  graph: WorkflowGraph,
  options: LayoutOptions = {},
): Map<string, LaidOutNode> {
  const width = options.nodeWidth ?? 220;
  const height = options.nodeHeight ?? 72;
  const g = new Graph();
  g.setGraph({
    rankdir: 'TB',
    nodesep: options.nodeGap ?? 32,
    ranksep: options.rankGap ?? 48,
    marginx: 8,
    marginy: 8,
  });
  g.setDefaultEdgeLabel(() => ({}));
  for (const node of graph.nodes) g.setNode(node.id, { width, height });
  for (const edge of graph.edges) g.setEdge(edge.source, edge.target);
  layout(g);
  const out = new Map<string, LaidOutNode>();
  for (const node of graph.nodes) {
    const placed = g.node(node.id) as { x: number; y: number } | undefined;
    if (!placed) continue;
    // dagre gives centres; React Flow positions by the top-left corner.
    out.set(node.id, { id: node.id, x: placed.x - width / 2, y: placed.y - height / 2, width, height });
  }
  return out;
}
