import { annotationsSchema } from '../schemas/catalog.js';
import type { Annotations } from '../schemas/catalog.js';

const LINE = /^\s*paddock:\s*(.*)$/i;

/**
 * Splits a primitive's description into the text to show and the `paddock: {json}` annotation line (the last
 * non-empty line). Invalid JSON means "no annotations"; the line is still hidden.
 */
export function splitDescription(description: string | null | undefined): {
  description: string;
  annotations: Record<string, unknown> | undefined;
} {
  const text = description ?? '';
  const lines = text.split(/\r\n|\r|\n/);
  let last = lines.length - 1;
  while (last >= 0 && (lines[last] ?? '').trim() === '') last--;
  const match = last >= 0 ? LINE.exec(lines[last] ?? '') : null;
  if (!match) return { description: text.trim(), annotations: undefined };
  const rest = lines.slice(0, last).join('\n').trim();
  let parsed: unknown;
  try {
    parsed = JSON.parse(match[1] ?? '');
  } catch {
    parsed = undefined;
  }
  const annotations =
    parsed && typeof parsed === 'object' && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : undefined;
  return { description: rest, annotations };
}

function objectAt(value: unknown, ...keys: string[]): Record<string, unknown> | undefined {
  let current = value;
  for (const key of keys) {
    if (!current || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current && typeof current === 'object' && !Array.isArray(current)
    ? (current as Record<string, unknown>)
    : undefined;
}

/**
 * Paddock annotations of a serialised primitive: the description line, overridden field by field by an object
 * at `metadata.paddock` or `paddock`; a native `requireApproval: true` also means `requiresApproval`.
 */
export function parseAnnotations(primitive: {
  description?: string | null | undefined;
  [key: string]: unknown;
}): { description: string; annotations: Annotations } {
  const split = splitDescription(primitive.description);
  const merged = {
    ...split.annotations,
    ...objectAt(primitive, 'paddock'),
    ...objectAt(primitive, 'metadata', 'paddock'),
  };
  const annotations = annotationsSchema.parse(merged);
  if (primitive['requireApproval'] === true) annotations.requiresApproval = true;
  return { description: split.description, annotations };
}
