/**
 * A workflow's step graph as plain nodes and edges, built from Mastra's serialized step graph
 * (`WorkflowInfo.stepGraph` / `run.serializedStepGraph`) and coloured by a run's step records. Layout-free: the
 * lazily loaded graph view lays it out; this module stays pure so every shape (sequential, parallel, branch,
 * loop, foreach, nested workflow) is unit-tested without a browser.
 */

/** The statuses a step is drawn with. Each has a label in the messages: colour is never the only signal. */
export type StepStatus =
  'success' | 'failed' | 'running' | 'suspended' | 'waiting' | 'skipped' | 'canceled' | 'pending' | 'unknown';

export const STEP_STATUSES: readonly StepStatus[] = [
  'success',
  'failed',
  'running',
  'suspended',
  'waiting',
  'skipped',
  'canceled',
  'pending',
  'unknown',
];

/** Run statuses after which no step will start any more. */
const TERMINAL_RUN_STATUSES = new Set(['success', 'failed', 'canceled', 'bailed', 'tripwire']);

export function isTerminalRunStatus(status: string | undefined): boolean {
  return !!status && TERMINAL_RUN_STATUSES.has(status);
}

/** A server step status (any string, new ones included) as the status it is drawn with. */
export function toStepStatus(raw: unknown): StepStatus {
  switch (raw) {
    case 'success':
    case 'bailed': // ended the run early on purpose; the step itself succeeded
      return 'success';
    case 'failed':
    case 'tripwire':
      return 'failed';
    case 'running':
      return 'running';
    case 'suspended':
      return 'suspended';
    case 'waiting':
    case 'paused':
      return 'waiting';
    case 'skipped':
      return 'skipped';
    case 'canceled':
      return 'canceled';
    case 'pending':
      return 'pending';
    default:
      return 'unknown';
  }
}

export type WorkflowNodeKind =
  'step' | 'agent' | 'tool' | 'mapping' | 'sleep' | 'sleepUntil' | 'waitForEvent' | 'workflow' | 'classifier';

export interface WorkflowGraphNode {
  /** Unique in the graph: the step's key in the run record (`outer.inner` inside nested workflows). */
  id: string;
  /** The step id as declared (last segment of `id`). */
  stepId: string;
  kind: WorkflowNodeKind;
  description?: string | undefined;
  status: StepStatus;
  /** The raw server status when it is not one the kit knows (shown as text). */
  rawStatus?: string | undefined;
  /** Id of the nested-workflow node this step belongs to. */
  parentId?: string | undefined;
  /** Nesting depth: 0 for top-level steps. */
  depth: number;
  /** Set when the step is the body of a `.dowhile` / `.dountil`. */
  loop?: 'dowhile' | 'dountil' | undefined;
  /** Set when the step runs once per item (`.foreach`). */
  foreach?: { concurrency?: number | undefined } | undefined;
  /** Index of the branch (`.branch`) this step starts, 0-based. */
  branchIndex?: number | undefined;
  /** Can suspend (declared on the step). */
  canSuspend?: boolean | undefined;
}

export interface WorkflowGraphEdge {
  id: string;
  source: string;
  target: string;
  kind: 'next' | 'parallel' | 'branch' | 'nested';
}

export interface WorkflowGraph {
  nodes: WorkflowGraphNode[];
  edges: WorkflowGraphEdge[];
}

/** What `buildWorkflowGraph` reads of a run: the step records keyed by step id. */
export interface RunStepsInput {
  status?: string | undefined;
  steps?: Record<string, { status?: string | undefined } | undefined> | undefined;
}

type Entry = Record<string, unknown>;

function isRecord(value: unknown): value is Entry {
  return !!value && typeof value === 'object' && !Array.isArray(value);
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

interface Ends {
  heads: string[];
  tails: string[];
}

/**
 * Builds nodes and edges from a serialized step graph. Unknown entry types are skipped rather than failing the
 * graph; steps without a record are `pending` while the run can still reach them and `skipped` once it ended
 * (an untaken branch, or steps after a failure).
 */
export function buildWorkflowGraph(
  stepGraph: readonly unknown[] | undefined,
  run?: RunStepsInput,
): WorkflowGraph {
  const nodes: WorkflowGraphNode[] = [];
  const edges: WorkflowGraphEdge[] = [];
  const seen = new Set<string>();
  const terminal = isTerminalRunStatus(run?.status);

  const statusOf = (key: string): Pick<WorkflowGraphNode, 'status' | 'rawStatus'> => {
    const record = run?.steps?.[key];
    if (!record) return { status: run ? (terminal ? 'skipped' : 'pending') : 'pending' };
    const status = toStepStatus(record.status);
    return status === 'unknown' ? { status, rawStatus: String(record.status ?? '') } : { status };
  };

  const connect = (from: string[], to: string[], kind: WorkflowGraphEdge['kind']) => {
    for (const source of from)
      for (const target of to) {
        const id = `${source}->${target}`;
        if (source === target || edges.some((e) => e.id === id)) continue;
        edges.push({ id, source, target, kind });
      }
  };

  const addNode = (node: Omit<WorkflowGraphNode, 'status' | 'rawStatus'>): string => {
    // Two entries with one id (a step reused in a sequence) become one node: the run record keys by id too.
    if (!seen.has(node.id)) {
      seen.add(node.id);
      nodes.push({ ...node, ...statusOf(node.id) });
    }
    return node.id;
  };

  const single = (
    entry: Entry,
    prefix: string,
    parentId: string | undefined,
    depth: number,
    extra: Partial<WorkflowGraphNode> = {},
  ): Ends | undefined => {
    const type = str(entry['type']);
    const step = isRecord(entry['step']) ? entry['step'] : undefined;
    if (type === 'step' && step) {
      const stepId = str(step['id']);
      if (!stepId) return undefined;
      const id = prefix + stepId;
      const nested = Array.isArray(step['serializedStepFlow']) ? step['serializedStepFlow'] : undefined;
      const isWorkflow = step['component'] === 'WORKFLOW' || !!nested;
      addNode({
        id,
        stepId,
        kind: isWorkflow ? 'workflow' : 'step',
        description: str(step['description']),
        parentId,
        depth,
        canSuspend: step['canSuspend'] === true ? true : undefined,
        ...extra,
      });
      return nested ? nestedEnds(id, nested, depth) : { heads: [id], tails: [id] };
    }
    if (type === 'workflow') {
      const stepId = str(entry['id']) ?? str(entry['workflowId']);
      if (!stepId) return undefined;
      const id = prefix + stepId;
      addNode({
        id,
        stepId,
        kind: 'workflow',
        description: str(entry['description']),
        parentId,
        depth,
        ...extra,
      });
      const nested = Array.isArray(entry['serializedStepFlow']) ? entry['serializedStepFlow'] : undefined;
      return nested ? nestedEnds(id, nested, depth) : { heads: [id], tails: [id] };
    }
    const kinds: Record<string, WorkflowNodeKind> = {
      agent: 'agent',
      tool: 'tool',
      mapping: 'mapping',
      sleep: 'sleep',
      sleepUntil: 'sleepUntil',
      waitForEvent: 'waitForEvent',
      classifier: 'classifier',
    };
    const kind = type ? kinds[type] : undefined;
    const stepId = str(entry['id']) ?? str(step?.['id']);
    if (!kind || !stepId) return undefined;
    const id = prefix + stepId;
    addNode({ id, stepId, kind, description: str(entry['description']), parentId, depth, ...extra });
    return { heads: [id], tails: [id] };
  };

  // A nested workflow: its node leads into its own steps, whose last steps lead on.
  const nestedEnds = (id: string, flow: unknown[], depth: number): Ends => {
    const inner = sequence(flow, `${id}.`, id, depth + 1);
    if (inner.heads.length === 0) return { heads: [id], tails: [id] };
    connect([id], inner.heads, 'nested');
    return { heads: [id], tails: inner.tails };
  };

  const entryEnds = (
    entry: Entry,
    prefix: string,
    parentId: string | undefined,
    depth: number,
  ): Ends | undefined => {
    const type = str(entry['type']);
    if (type === 'parallel' || type === 'conditional') {
      const branches = Array.isArray(entry['steps']) ? entry['steps'] : [];
      const ends: Ends = { heads: [], tails: [] };
      branches.forEach((branch, index) => {
        if (!isRecord(branch)) return;
        const got = single(
          branch,
          prefix,
          parentId,
          depth,
          type === 'conditional' ? { branchIndex: index } : {},
        );
        if (!got) return;
        ends.heads.push(...got.heads);
        ends.tails.push(...got.tails);
      });
      return ends.heads.length > 0 ? ends : undefined;
    }
    if (type === 'loop' && isRecord(entry['step'])) {
      const loopType = entry['loopType'] === 'dountil' ? 'dountil' : 'dowhile';
      return single(entry['step'], prefix, parentId, depth, { loop: loopType });
    }
    if (type === 'foreach' && isRecord(entry['step'])) {
      const opts = isRecord(entry['opts']) ? entry['opts'] : {};
      const concurrency = typeof opts['concurrency'] === 'number' ? opts['concurrency'] : undefined;
      return single(entry['step'], prefix, parentId, depth, { foreach: { concurrency } });
    }
    return single(entry, prefix, parentId, depth);
  };

  const edgeKindFor = (entry: Entry): WorkflowGraphEdge['kind'] =>
    entry['type'] === 'parallel' ? 'parallel' : entry['type'] === 'conditional' ? 'branch' : 'next';

  const sequence = (
    flow: readonly unknown[],
    prefix: string,
    parentId: string | undefined,
    depth: number,
  ): Ends => {
    let heads: string[] = [];
    let tails: string[] = [];
    for (const entry of flow) {
      if (!isRecord(entry)) continue;
      const got = entryEnds(entry, prefix, parentId, depth);
      if (!got) continue;
      if (heads.length === 0) heads = got.heads;
      else connect(tails, got.heads, edgeKindFor(entry));
      tails = got.tails;
    }
    return { heads, tails };
  };

  sequence(stepGraph ?? [], '', undefined, 0);
  return { nodes, edges };
}

/** Counts of nodes per status, for the legend and the run summary. */
export function countByStatus(graph: WorkflowGraph): Partial<Record<StepStatus, number>> {
  const counts: Partial<Record<StepStatus, number>> = {};
  for (const node of graph.nodes) counts[node.status] = (counts[node.status] ?? 0) + 1;
  return counts;
}

/** The suspended steps of a run, outermost first (what a resume must name). */
export function suspendedStepIds(graph: WorkflowGraph): string[] {
  return graph.nodes.filter((node) => node.status === 'suspended').map((node) => node.id);
}

/**
 * The step path a resume must name for a suspended node: `['outer', 'inner']` for a step inside a nested
 * workflow. Picks the deepest suspended node when `nodeId` is not given.
 */
export function resumeStepPath(graph: WorkflowGraph, nodeId?: string): string[] | undefined {
  const suspended = graph.nodes.filter((node) => node.status === 'suspended');
  const node = nodeId
    ? suspended.find((candidate) => candidate.id === nodeId)
    : [...suspended].sort((a, b) => b.depth - a.depth)[0];
  return node ? node.id.split('.') : undefined;
}
