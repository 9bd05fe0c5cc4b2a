import { describe, expect, it } from 'vitest';
import { buildWorkflowGraph } from './workflow-graph.js';
import { layoutWorkflowGraph } from './workflow-graph-layout.js';

const step = (id: string) => ({ type: 'step', step: { id } });

describe('layoutWorkflowGraph', () => {
  it('places each step below its predecessors and parallel steps side by side', () => {
    const graph = buildWorkflowGraph([
      step('a'),
      { type: 'parallel', steps: [step('b'), step('c')] },
      step('d'),
    ]);
    const pos = layoutWorkflowGraph(graph);
    const y = (id: string) => pos.get(id)!.y;
    const x = (id: string) => pos.get(id)!.x;
    expect(y('b')).toBeGreaterThan(y('a'));
    expect(y('b')).toBe(y('c'));
    expect(x('b')).not.toBe(x('c'));
    expect(y('d')).toBeGreaterThan(y('b'));
    // No two nodes overlap.
    const boxes = [...pos.values()];
    for (const p of boxes)
      for (const q of boxes)
        if (p !== q)
          expect(
            p.x + p.width <= q.x || q.x + q.width <= p.x || p.y + p.height <= q.y || q.y + q.height <= p.y,
          ).toBe(true);
  });
});
