import { describe, expect, it } from 'vitest';
import { buildFormValue, initialValues, schemaToFields } from './json-schema-form.js';

// What zod's toJSONSchema gives for the onboarding step's resume schema.
const resumeSchema = {
  type: 'object',
  properties: {
    approved: { type: 'boolean' },
    approver: { type: 'string' },
    note: { type: 'string' },
  },
  required: ['approved', 'approver'],
  additionalProperties: false,
};

describe('schemaToFields', () => {
  it('maps properties to fields with required flags', () => {
    const fields = schemaToFields(resumeSchema);
    expect(fields.map((f) => [f.name, f.kind, f.required])).toEqual([
      ['approved', 'boolean', true],
      ['approver', 'text', true],
      ['note', 'text', false],
    ]);
  });

  it('enums become selects, numbers keep bounds, defaults fill the initial values and lift required', () => {
    const fields = schemaToFields({
      type: 'object',
      properties: {
        plan: { type: 'string', enum: ['starter', 'growth'], default: 'growth' },
        withinDays: { type: 'integer', minimum: 1, maximum: 365, default: 30 },
        email: { anyOf: [{ type: 'string', format: 'email' }, { type: 'null' }] },
        tags: { type: 'array', items: { type: 'string' } },
      },
      required: ['plan', 'withinDays'],
    });
    expect(fields.map((f) => [f.name, f.kind, f.required])).toEqual([
      ['plan', 'select', false],
      ['withinDays', 'integer', false],
      ['email', 'text', false],
      ['tags', 'json', false],
    ]);
    expect(initialValues(fields)).toEqual({ plan: 'growth', withinDays: '30', email: '', tags: '' });
    expect(fields[2]?.format).toBe('email');
  });

  it('a schema without properties is one JSON field; garbage is no fields', () => {
    expect(schemaToFields({ type: 'string' })).toHaveLength(1);
    expect(buildFormValue(schemaToFields({ type: 'string' }), { '': '"x"' }).value).toBe('x');
    expect(schemaToFields(undefined)).toEqual([]);
  });
});

describe('buildFormValue', () => {
  const fields = schemaToFields(resumeSchema);

  it('builds the resume data, strings byte for byte, empty optionals left out', () => {
    expect(buildFormValue(fields, { approved: true, approver: '  u-reviewer ', note: '' })).toEqual({
      valid: true,
      errors: {},
      value: { approved: true, approver: '  u-reviewer ' },
    });
  });

  it('reports every field error and builds nothing', () => {
    const result = buildFormValue(fields, { approved: false, approver: '', note: '' });
    expect(result.valid).toBe(false);
    expect(result.value).toBeUndefined();
    expect(result.errors).toEqual({ approver: { code: 'required' } });
  });

  it('numbers, integers, bounds, enums, patterns, email and JSON are checked', () => {
    const f = schemaToFields({
      type: 'object',
      properties: {
        n: { type: 'number', maximum: 10 },
        i: { type: 'integer', minimum: 1 },
        e: { type: 'string', enum: ['a', 'b'] },
        p: { type: 'string', pattern: '^C-\\d+$' },
        m: { type: 'string', format: 'email' },
        j: { type: 'object' },
        s: { type: 'string', minLength: 3 },
      },
    });
    const result = buildFormValue(f, { n: '11', i: '1.5', e: 'c', p: 'X-1', m: 'nope', j: '{', s: 'ab' });
    expect(Object.fromEntries(Object.entries(result.errors).map(([k, v]) => [k, v.code]))).toEqual({
      n: 'too-large',
      i: 'not-an-integer',
      e: 'not-in-options',
      p: 'pattern',
      m: 'email',
      j: 'invalid-json',
      s: 'too-short',
    });
    expect(buildFormValue(f, { n: 'abc' }).errors['n']).toEqual({ code: 'not-a-number' });
    expect(
      buildFormValue(f, { n: '2.5', i: '3', e: 'b', p: 'C-1', m: 'a@b.co', j: '{"k":1}', s: 'abc' }).value,
    ).toEqual({ n: 2.5, i: 3, e: 'b', p: 'C-1', m: 'a@b.co', j: { k: 1 }, s: 'abc' });
  });
});

describe('valuesFromData', () => {
  it('fills fields from stored data, strings untouched, objects as JSON', async () => {
    const { valuesFromData } = await import('./json-schema-form.js');
    const fields = schemaToFields({
      type: 'object',
      properties: {
        a: { type: 'string' },
        n: { type: 'number' },
        b: { type: 'boolean' },
        o: { type: 'object' },
      },
    });
    expect(valuesFromData(fields, { a: ' x ', n: 2, b: true, o: { k: 1 } })).toEqual({
      a: ' x ',
      n: '2',
      b: true,
      o: '{\n  "k": 1\n}',
    });
    expect(valuesFromData(fields, undefined)).toEqual(initialValues(fields));
  });
});
