import type * as z from 'zod/mini';
import type { ValidationIssue } from '../core/errors.js';

const list = (values: readonly unknown[]) => values.map((v) => JSON.stringify(v)).join(', ');

/**
 * A readable message for one zod issue. `zod/mini` loads no locale, so its own messages are a bare "Invalid
 * input"; the SDK words the common codes itself rather than pulling a whole locale into every host bundle.
 * Messages the schemas set themselves ("Name is required.") are kept.
 */
export function issueMessage(issue: z.core.$ZodIssue): string {
  if (issue.message && issue.message !== 'Invalid input') return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}`;
    case 'too_small':
      return issue.origin === 'string'
        ? `must have at least ${String(issue.minimum)} characters`
        : issue.origin === 'array'
          ? `must have at least ${String(issue.minimum)} items`
          : `must be at least ${String(issue.minimum)}`;
    case 'too_big':
      return issue.origin === 'string'
        ? `must have at most ${String(issue.maximum)} characters`
        : issue.origin === 'array'
          ? `must have at most ${String(issue.maximum)} items`
          : `must be at most ${String(issue.maximum)}`;
    case 'invalid_value':
      return `expected one of ${list(issue.values)}`;
    case 'invalid_union':
      return 'does not match any of the allowed shapes';
    case 'invalid_format':
      return `invalid ${issue.format}`;
    case 'unrecognized_keys':
      return `unknown keys ${list(issue.keys)}`;
    default:
      return issue.message || 'invalid value';
  }
}

/** zod issues as the SDK's `ValidationIssue`s (symbol path parts dropped). */
export function toValidationIssues(issues: readonly z.core.$ZodIssue[]): ValidationIssue[] {
  return issues.map((issue) => ({
    path: issue.path.filter((p): p is string | number => typeof p !== 'symbol'),
    message: issueMessage(issue),
    code: issue.code,
  }));
}
