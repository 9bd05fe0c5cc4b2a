import { safeParse } from 'zod/mini';
import type * as z from 'zod/mini';
import { RequestValidationError } from '../core/errors.js';
import { toValidationIssues } from './issues.js';

/**
 * Parses request params with their schema; a misfit is a `RequestValidationError` naming the route, thrown
 * before anything is sent. Callers that encode the caller's own object (queries, pass-through bodies) may
 * ignore the result: a loose schema's output can reorder keys, and the wire format must not change.
 */
export function parseParams<S extends z.core.$ZodType>(
  schema: S,
  params: unknown,
  route: string,
): z.output<S> {
  const result = safeParse(schema, params);
  if (result.success) return result.data;
  throw new RequestValidationError({
    path: route,
    issues: toValidationIssues(result.error.issues),
  });
}

/** `parseParams` for optional params: `undefined` is accepted as "none". */
export function parseOptionalParams<S extends z.core.$ZodType>(
  schema: S,
  params: unknown,
  route: string,
): z.output<S> | undefined {
  return params === undefined ? undefined : parseParams(schema, params, route);
}
