/** One input field of a primitive, flattened from its JSON Schema for a compact preview. */
export interface SchemaField {
  name: string;
  /** A short type label: `string`, `number[]`, `"a" | "b"`, `object`… */
  type: string;
  required: boolean;
  description?: string;
}

type JsonSchema = Record<string, unknown>;

function isSchema(value: unknown): value is JsonSchema {
  return !!value && typeof value === 'object' && !Array.isArray(value);
}

/** A readable type label for one JSON Schema node; never throws on odd input. */
export function schemaTypeLabel(schema: unknown, depth = 0): string {
  if (!isSchema(schema) || depth > 3) return 'unknown';
  if (Array.isArray(schema['enum'])) {
    const values = schema['enum'].slice(0, 4).map((v) => JSON.stringify(v));
    return values.join(' | ') + (schema['enum'].length > 4 ? ' | …' : '');
  }
  if ('const' in schema) return JSON.stringify(schema['const']);
  const union = (schema['anyOf'] ?? schema['oneOf']) as unknown;
  if (Array.isArray(union)) return union.map((s) => schemaTypeLabel(s, depth + 1)).join(' | ');
  const type = schema['type'];
  if (Array.isArray(type)) return type.filter((t) => typeof t === 'string').join(' | ');
  if (type === 'array') return `${schemaTypeLabel(schema['items'], depth + 1)}[]`;
  if (typeof type === 'string') return type;
  if (isSchema(schema['properties'])) return 'object';
  return 'unknown';
}

/** The top-level fields of an object schema, required ones first, then in declaration order. */
export function summarizeSchema(schema: unknown): SchemaField[] {
  if (!isSchema(schema) || !isSchema(schema['properties'])) return [];
  const required = new Set(
    Array.isArray(schema['required']) ? (schema['required'] as unknown[]).map(String) : [],
  );
  const fields = Object.entries(schema['properties']).map(([name, property]): SchemaField => {
    const description =
      isSchema(property) && typeof property['description'] === 'string' ? property['description'] : undefined;
    return {
      name,
      type: schemaTypeLabel(property),
      required: required.has(name),
      ...(description !== undefined ? { description } : {}),
    };
  });
  return [...fields.filter((f) => f.required), ...fields.filter((f) => !f.required)];
}
