import type { z } from 'zod';
import { RequestValidationError } from '../core/errors.js';

/**
 * Parses request params with their schema; a misfit is a `RequestValidationError` naming the route, thrown
 * before anything is sent. Callers that encode the caller's own object (queries, pass-through bodies) may
 * ignore the result: a loose schema's output can reorder keys, and the wire format must not change.
 */
export function parseParams<T>(
  schema: { safeParse(value: unknown): { success: true; data: T } | { success: false; error: z.ZodError } },
  params: unknown,
  route: string,
): T {
  const result = schema.safeParse(params);
  if (result.success) return result.data;
  throw new RequestValidationError({
    path: route,
    issues: result.error.issues.map((issue) => ({
      path: issue.path.map((part) => (typeof part === 'number' ? part : String(part))),
      message: issue.message,
      code: issue.code,
    })),
  });
}
