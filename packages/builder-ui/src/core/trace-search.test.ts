import { describe, expect, it } from 'vitest';
import { makeLargeTrace, span } from '../testing/trace-fixtures.js';
import { searchTrace, SEARCH_PREVIEW_CHARS } from './trace-search.js';
import { buildTraceTree, flattenTraceTree } from './trace-tree.js';

describe('searchTrace', () => {
  const tree = buildTraceTree([
    span('root', null, 0, 100, { name: "agent run: 'support'", spanType: 'agent_run', entityId: 'support' }),
    span('gen', 'root', 1, 50, { name: "llm: 'deterministic-v1'", spanType: 'model_generation' }),
    span('tool', 'gen', 2, 3, {
      name: "tool: 'crm-lookup-tool'",
      spanType: 'tool_call',
      entityType: 'tool',
      entityId: 'crm-lookup-tool',
      inputPreview: { customerId: 'C-1001' },
    }),
    span('mem', 'root', 60, 70, { name: 'memory: save', spanType: 'memory_operation' }),
    span('fail', 'root', 71, 72, { name: 'step', error: { message: 'Quota exceeded' } }),
  ]);

  it('matches name, type, entity, input preview and error, case-insensitively', () => {
    expect(searchTrace(tree, 'CRM').matches.map((n) => n.id)).toEqual(['tool']);
    expect(searchTrace(tree, 'tool_call').matches.map((n) => n.id)).toEqual(['tool']);
    expect(searchTrace(tree, 'c-1001').matches.map((n) => n.id)).toEqual(['tool']);
    expect(searchTrace(tree, 'quota').matches.map((n) => n.id)).toEqual(['fail']);
    expect(searchTrace(tree, 'support').matches.map((n) => n.id)).toEqual(['root']);
  });

  it('keeps ancestors of matches visible, and filters the flattened rows to them', () => {
    const result = searchTrace(tree, 'crm');
    expect([...result.visibleIds].sort()).toEqual(['gen', 'root', 'tool']);
    const rows = flattenTraceTree(tree, { visibleIds: result.visibleIds });
    expect(rows.map((n) => n.id)).toEqual(['root', 'gen', 'tool']);
  });

  it('needs every term to match', () => {
    expect(searchTrace(tree, 'tool crm').matches).toHaveLength(1);
    expect(searchTrace(tree, 'tool memory').matches).toHaveLength(0);
  });

  it('an empty query filters nothing', () => {
    const result = searchTrace(tree, '   ');
    expect(result.query).toBe('');
    expect(result.matches).toEqual([]);
  });

  it('searches only the start of a huge preview, and tolerates previews that cannot be serialised', () => {
    const circular: Record<string, unknown> = {};
    circular['self'] = circular;
    const t = buildTraceTree([
      span('big', null, 0, 1, { inputPreview: 'x'.repeat(SEARCH_PREVIEW_CHARS) + 'needle' }),
      span('odd', null, 0, 1, { inputPreview: circular }),
    ]);
    expect(searchTrace(t, 'needle').matches).toHaveLength(0);
    expect(searchTrace(t, 'odd').matches.map((n) => n.id)).toEqual(['odd']);
  });

  it('is linear on 100,000 spans with matches deep in the tree', () => {
    const big = buildTraceTree(makeLargeTrace(100_000));
    const result = searchTrace(big, 'failure');
    expect(result.matches.length).toBe(Math.floor(99_999 / 97));
    for (const match of result.matches)
      for (let p = match.parent; p; p = p.parent) expect(result.visibleIds.has(p.id)).toBe(true);
  });
});
