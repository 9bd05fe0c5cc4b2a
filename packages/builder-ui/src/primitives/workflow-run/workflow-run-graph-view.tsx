/**
 * The React Flow canvas. Loaded with `React.lazy` by `WorkflowRunPrimitive.Graph`, so @xyflow/react and dagre
 * are fetched only by pages that draw a graph. xyflow's own stylesheet is not imported (it is global); the rules
 * the canvas needs are re-declared under the kit root in `styles/workflow-run-graph.ts`, which the part injects
 * with this view. The view imports nothing else of the kit: its words come in as props (see `lazyPart`).
 */
import { useMemo } from 'react';
import { Handle, Position, ReactFlow, type Edge, type Node, type NodeProps } from '@xyflow/react';
import type { WorkflowGraph, WorkflowGraphNode } from '../../core/workflow-graph.js';
import { layoutWorkflowGraph } from '../../core/workflow-graph-layout.js';
import type { StepRetrySummary } from '../../core/workflow-retries.js';
import type { WorkflowRunMessages } from '../../i18n/workflow-run.en-US.js';
import type { describeNode } from './workflow-run-labels.js';

export interface WorkflowRunGraphViewProps {
  graph: WorkflowGraph;
  attempts: Record<string, StepRetrySummary>;
  selectedStepId: string | null;
  onSelect: (stepId: string | null) => void;
  messages: WorkflowRunMessages;
  /** A node's words (status, notes, parent workflow). */
  describeNode: typeof describeNode;
}

type StepNodeData = {
  node: WorkflowGraphNode;
  notes: string[];
  statusLabel: string;
  selected: boolean;
  retried: 'after-retry' | 'retried' | undefined;
  onSelect: (stepId: string | null) => void;
  inWorkflow: string | undefined;
};

function StepNode({ data }: NodeProps<Node<StepNodeData>>) {
  const { node, notes, statusLabel, selected, retried, onSelect, inWorkflow } = data;
  return (
    <>
      <Handle type="target" position={Position.Top} isConnectable={false} />
      <button
        type="button"
        aria-pressed={selected}
        data-slot="paddock-workflow-run-node"
        data-state={node.status}
        data-kind={node.kind}
        data-selected={selected ? '' : undefined}
        data-retried={retried}
        data-depth={node.depth}
        onClick={() => onSelect(selected ? null : node.id)}
      >
        <span data-slot="paddock-workflow-run-node-name">{node.stepId}</span>
        <span data-slot="paddock-workflow-run-node-status">{statusLabel}</span>
        {inWorkflow || notes.length ? (
          <span data-slot="paddock-workflow-run-node-notes">
            {[inWorkflow, ...notes].filter(Boolean).join(' · ')}
          </span>
        ) : null}
      </button>
      <Handle type="source" position={Position.Bottom} isConnectable={false} />
    </>
  );
}

const nodeTypes = { step: StepNode };

export default function WorkflowRunGraphView({
  graph,
  attempts,
  selectedStepId,
  onSelect,
  messages,
  describeNode,
}: WorkflowRunGraphViewProps) {
  const positions = useMemo(() => layoutWorkflowGraph(graph), [graph]);
  const nodes = useMemo<Node<StepNodeData>[]>(
    () =>
      graph.nodes.map((node) => {
        const pos = positions.get(node.id);
        const retries = attempts[node.id];
        const { statusLabel, notes, inWorkflow } = describeNode(messages, node, retries);
        return {
          id: node.id,
          type: 'step',
          position: { x: pos?.x ?? 0, y: pos?.y ?? 0 },
          width: pos?.width,
          height: pos?.height,
          draggable: false,
          selectable: false,
          focusable: false,
          data: {
            node,
            notes,
            statusLabel,
            selected: node.id === selectedStepId,
            retried: retries?.succeededAfterRetry ? 'after-retry' : retries?.retried ? 'retried' : undefined,
            onSelect,
            inWorkflow,
          },
        };
      }),
    [graph, positions, attempts, selectedStepId, onSelect, messages, describeNode],
  );
  const edges = useMemo<Edge[]>(
    () =>
      graph.edges.map((edge) => {
        const target = graph.nodes.find((n) => n.id === edge.target);
        return {
          id: edge.id,
          source: edge.source,
          target: edge.target,
          focusable: false,
          selectable: false,
          className: `paddock-edge-${edge.kind}`,
          animated: target?.status === 'running',
        };
      }),
    [graph],
  );
  return (
    <div data-slot="paddock-workflow-run-canvas" data-state="ready">
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        fitView
        fitViewOptions={{ padding: 0.15 }}
        nodesDraggable={false}
        nodesConnectable={false}
        nodesFocusable={false}
        edgesFocusable={false}
        elementsSelectable={false}
        panOnScroll
        zoomOnScroll={false}
        minZoom={0.3}
        maxZoom={1.5}
        proOptions={{ hideAttribution: true }}
        colorMode="system"
      />
    </div>
  );
}
