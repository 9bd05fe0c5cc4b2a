import { errorKindOf, isRetryableError, type MastraErrorKind } from '@paddock/client-sdk';
import type { IssueField } from './agent-draft-validation.js';

/* What a failed load or save means for the draft: the store's error classification, apart from the store so
   it can be read (and tested) on its own. */

export type DraftErrorKind =
  | 'offline'
  | 'signed-out'
  | 'id-taken'
  | 'permission'
  | 'not-found'
  | 'invalid'
  | 'model-not-allowed'
  | 'unknown';

export interface DraftError {
  kind: DraftErrorKind;
  /** The SDK's own kind of the error (`errorKindOf`), `'unknown'` for anything that is not an SDK error. */
  errorKind: MastraErrorKind | 'unknown';
  /** Whether sending the same request again may succeed (the SDK's `retryable`). */
  retryable: boolean;
  message: string;
  /** The permission the server said is missing, for 403s. */
  permission?: string | undefined;
  cause: unknown;
}

const DRAFT_KIND: Partial<Record<MastraErrorKind, DraftErrorKind>> = {
  connection: 'offline',
  timeout: 'offline',
  authentication: 'signed-out',
  permission: 'permission',
  'not-found': 'not-found',
  conflict: 'id-taken',
  'bad-request': 'invalid',
  unprocessable: 'invalid',
  'request-validation': 'invalid',
  'model-not-allowed': 'model-not-allowed',
};

/**
 * Reads an SDK error's `kind` and `retryable` (duck-typed with `errorKindOf`, so errors from a second copy of
 * the SDK in the host bundle count too) into what the draft store does with it.
 */
export function classifyDraftError(error: unknown): DraftError {
  const e = (typeof error === 'object' && error !== null ? error : {}) as {
    message?: unknown;
    permission?: unknown;
  };
  const errorKind = errorKindOf(error) ?? 'unknown';
  return {
    kind: DRAFT_KIND[errorKind as MastraErrorKind] ?? 'unknown',
    errorKind,
    retryable: isRetryableError(error),
    message: typeof e.message === 'string' ? e.message : String(error),
    ...(errorKind === 'permission' && typeof e.permission === 'string' ? { permission: e.permission } : {}),
    cause: error,
  };
}

const SERVER_FIELD_WORDS: readonly [RegExp, IssueField][] = [
  [/\b(agent )?id\b/i, 'id'],
  [/\bname\b/i, 'name'],
  [/\binstructions?\b/i, 'instructions'],
  [/\bdescription\b/i, 'description'],
  [/\bmodel\b/i, 'model'],
  [/\btools?\b/i, 'tools'],
  [/\bworkflows?\b/i, 'workflows'],
  [/\bagents\b/i, 'agents'],
  [/\bmemory\b/i, 'memory'],
  [/\bvisibility\b/i, 'visibility'],
  [/\bmetadata\b/i, 'team'],
];

/** The field a server's 400 message is about (`Could not derive agent ID from name` → `id`), if any. */
export function fieldOfServerMessage(message: string, creating: boolean): IssueField | null {
  for (const [pattern, field] of SERVER_FIELD_WORDS) {
    if (!pattern.test(message)) continue;
    if (field === 'id' && !creating) continue;
    return field;
  }
  return null;
}
