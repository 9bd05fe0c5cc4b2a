import { describe, expect, it } from 'vitest';
import { schemaTypeLabel, summarizeSchema } from './schema-preview.js';

describe('schema preview', () => {
  it('lists required fields first with short type labels', () => {
    const fields = summarizeSchema({
      type: 'object',
      properties: {
        limit: { type: 'number' },
        query: { type: 'string', description: 'What to look for' },
        tags: { type: 'array', items: { type: 'string' } },
        mode: { enum: ['fast', 'deep'] },
      },
      required: ['query'],
    });
    expect(fields).toEqual([
      { name: 'query', type: 'string', required: true, description: 'What to look for' },
      { name: 'limit', type: 'number', required: false },
      { name: 'tags', type: 'string[]', required: false },
      { name: 'mode', type: '"fast" | "deep"', required: false },
    ]);
  });

  it('never throws on odd input', () => {
    expect(summarizeSchema(null)).toEqual([]);
    expect(summarizeSchema({ type: 'string' })).toEqual([]);
    expect(schemaTypeLabel({ anyOf: [{ type: 'string' }, { type: 'null' }] })).toBe('string | null');
    expect(schemaTypeLabel(42)).toBe('unknown');
  });
});
