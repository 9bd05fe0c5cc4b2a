type ClassValue = string | false | null | undefined;

/** Joins class names, dropping falsy entries. The kit merges a consumer's `className`, never replaces it. */
export function cn(...classes: ClassValue[]): string | undefined {
  const joined = classes.filter(Boolean).join(' ');
  return joined === '' ? undefined : joined;
}
