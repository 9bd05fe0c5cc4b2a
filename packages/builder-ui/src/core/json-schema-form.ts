/**
 * JSON Schema (as Mastra serves step resume schemas and workflow input schemas) → form fields, with validation
 * and the value to send. Fields hold what the user typed; the value built from them keeps strings byte for byte
 * (never trimmed), parses numbers and booleans, and leaves out optional fields left empty.
 */

type JsonSchema = Record<string, unknown>;

export type FormFieldKind = 'text' | 'number' | 'integer' | 'boolean' | 'select' | 'json';

export interface FormField {
  name: string;
  kind: FormFieldKind;
  required: boolean;
  label: string;
  description?: string | undefined;
  /** `select`: the allowed values (strings as shown; the original values are in `enumValues`). */
  options?: string[] | undefined;
  enumValues?: unknown[] | undefined;
  minimum?: number | undefined;
  maximum?: number | undefined;
  minLength?: number | undefined;
  maxLength?: number | undefined;
  pattern?: string | undefined;
  format?: string | undefined;
  /** The initial text (from the schema default). */
  defaultText: string;
}

/** Raw field state: text for every kind, a boolean for checkboxes. */
export type FormValues = Record<string, string | boolean>;

export type FieldError =
  | { code: 'required' }
  | { code: 'not-a-number' }
  | { code: 'not-an-integer' }
  | { code: 'too-small'; minimum: number }
  | { code: 'too-large'; maximum: number }
  | { code: 'too-short'; minLength: number }
  | { code: 'too-long'; maxLength: number }
  | { code: 'pattern'; pattern: string }
  | { code: 'email' }
  | { code: 'not-in-options' }
  | { code: 'invalid-json'; detail: string };

function isSchema(value: unknown): value is JsonSchema {
  return !!value && typeof value === 'object' && !Array.isArray(value);
}

/** `type: ['string', 'null']` and `anyOf: [{...}, {type:'null'}]` (zod's optional/nullable) → the non-null part. */
function unwrap(schema: JsonSchema): JsonSchema {
  const union = (schema['anyOf'] ?? schema['oneOf']) as unknown;
  if (Array.isArray(union)) {
    const nonNull = union.filter((s) => isSchema(s) && s['type'] !== 'null');
    if (nonNull.length === 1 && isSchema(nonNull[0])) return { ...nonNull[0], ...withoutUnion(schema) };
  }
  if (Array.isArray(schema['type'])) {
    const types = (schema['type'] as unknown[]).filter((t) => t !== 'null');
    if (types.length === 1) return { ...schema, type: types[0] };
  }
  return schema;
}

function withoutUnion(schema: JsonSchema): JsonSchema {
  const { anyOf: _a, oneOf: _o, ...rest } = schema;
  return rest;
}

function num(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

function defaultText(schema: JsonSchema, kind: FormFieldKind): string {
  if (!('default' in schema)) return '';
  const value = schema['default'];
  if (kind === 'json') return JSON.stringify(value, null, 2);
  if (kind === 'boolean') return value === true ? 'true' : '';
  return value === undefined || value === null ? '' : String(value);
}

/** One field per top-level property; a schema that is not an object gives one `json` field named `value`. */
export function schemaToFields(schema: unknown): FormField[] {
  if (!isSchema(schema)) return [];
  const root = unwrap(schema);
  const properties = isSchema(root['properties']) ? root['properties'] : undefined;
  if (!properties) {
    return [
      { name: '', kind: 'json', required: true, label: 'value', defaultText: defaultText(root, 'json') },
    ];
  }
  const required = new Set(
    Array.isArray(root['required']) ? (root['required'] as unknown[]).map(String) : [],
  );
  return Object.entries(properties).map(([name, raw]) => {
    const prop = isSchema(raw) ? unwrap(raw) : {};
    const type = prop['type'];
    const enumValues = Array.isArray(prop['enum']) ? (prop['enum'] as unknown[]) : undefined;
    let kind: FormFieldKind;
    if (enumValues) kind = 'select';
    else if (type === 'string') kind = 'text';
    else if (type === 'number') kind = 'number';
    else if (type === 'integer') kind = 'integer';
    else if (type === 'boolean') kind = 'boolean';
    else kind = 'json';
    return {
      name,
      kind,
      // A property with a default is filled by the server's schema when left out.
      required: required.has(name) && !('default' in prop),
      label: typeof prop['title'] === 'string' ? prop['title'] : name,
      description: typeof prop['description'] === 'string' ? prop['description'] : undefined,
      options: enumValues?.map((v) => String(v)),
      enumValues,
      minimum: num(prop['minimum']) ?? num(prop['exclusiveMinimum']),
      maximum: num(prop['maximum']) ?? num(prop['exclusiveMaximum']),
      minLength: num(prop['minLength']),
      maxLength: num(prop['maxLength']),
      pattern: typeof prop['pattern'] === 'string' ? prop['pattern'] : undefined,
      format: typeof prop['format'] === 'string' ? prop['format'] : undefined,
      defaultText: defaultText(prop, kind),
    };
  });
}

/** Field state from the schema defaults (checkboxes from boolean defaults). */
export function initialValues(fields: readonly FormField[]): FormValues {
  return Object.fromEntries(
    fields.map((field) => [
      field.name,
      field.kind === 'boolean' ? field.defaultText === 'true' : field.defaultText,
    ]),
  );
}

// Deliberately loose: the server's schema is the authority; this only catches obvious typos early.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function parseField(
  field: FormField,
  raw: string | boolean | undefined,
): { value?: unknown; error?: FieldError; empty: boolean } {
  if (field.kind === 'boolean') return { value: raw === true, empty: false };
  const text = typeof raw === 'string' ? raw : '';
  if (text === '') return field.required ? { error: { code: 'required' }, empty: true } : { empty: true };
  switch (field.kind) {
    case 'number':
    case 'integer': {
      const n = Number(text);
      if (text.trim() === '' || !Number.isFinite(n)) return { error: { code: 'not-a-number' }, empty: false };
      if (field.kind === 'integer' && !Number.isInteger(n))
        return { error: { code: 'not-an-integer' }, empty: false };
      if (field.minimum !== undefined && n < field.minimum)
        return { error: { code: 'too-small', minimum: field.minimum }, empty: false };
      if (field.maximum !== undefined && n > field.maximum)
        return { error: { code: 'too-large', maximum: field.maximum }, empty: false };
      return { value: n, empty: false };
    }
    case 'select': {
      const index = field.options?.indexOf(text) ?? -1;
      if (index < 0) return { error: { code: 'not-in-options' }, empty: false };
      return { value: field.enumValues?.[index], empty: false };
    }
    case 'json': {
      try {
        return { value: JSON.parse(text) as unknown, empty: false };
      } catch (error) {
        return {
          error: { code: 'invalid-json', detail: error instanceof Error ? error.message : String(error) },
          empty: false,
        };
      }
    }
    default: {
      if (field.minLength !== undefined && text.length < field.minLength)
        return { error: { code: 'too-short', minLength: field.minLength }, empty: false };
      if (field.maxLength !== undefined && text.length > field.maxLength)
        return { error: { code: 'too-long', maxLength: field.maxLength }, empty: false };
      if (field.pattern !== undefined) {
        let re: RegExp | undefined;
        try {
          re = new RegExp(field.pattern, 'u');
        } catch {
          re = undefined;
        }
        if (re && !re.test(text)) return { error: { code: 'pattern', pattern: field.pattern }, empty: false };
      }
      if (field.format === 'email' && !EMAIL.test(text)) return { error: { code: 'email' }, empty: false };
      return { value: text, empty: false };
    }
  }
}

export interface FormResult {
  /** The value to send; defined only when there are no errors. */
  value?: unknown;
  errors: Record<string, FieldError>;
  valid: boolean;
}

/** Validates every field and builds the value (an object, or the bare value for a non-object schema). */
export function buildFormValue(fields: readonly FormField[], values: FormValues): FormResult {
  const errors: Record<string, FieldError> = {};
  const out: Record<string, unknown> = {};
  for (const field of fields) {
    const parsed = parseField(field, values[field.name]);
    if (parsed.error) errors[field.name] = parsed.error;
    else if (!parsed.empty) out[field.name] = parsed.value;
  }
  const valid = Object.keys(errors).length === 0;
  if (!valid) return { errors, valid };
  const only = fields.length === 1 ? fields[0] : undefined;
  return { value: only && only.name === '' ? out[''] : out, errors, valid };
}

/** Field state from an existing value (editing stored input data); strings are kept exactly as stored. */
export function valuesFromData(fields: readonly FormField[], data: unknown): FormValues {
  const base = initialValues(fields);
  const only = fields.length === 1 ? fields[0] : undefined;
  if (only && only.name === '') return data === undefined ? base : { '': JSON.stringify(data, null, 2) };
  if (!data || typeof data !== 'object' || Array.isArray(data)) return base;
  const record = data as Record<string, unknown>;
  const out: FormValues = { ...base };
  for (const field of fields) {
    if (!(field.name in record)) continue;
    const value = record[field.name];
    if (field.kind === 'boolean') out[field.name] = value === true;
    else if (field.kind === 'json') out[field.name] = JSON.stringify(value, null, 2);
    else out[field.name] = value === null || value === undefined ? '' : String(value);
  }
  return out;
}
