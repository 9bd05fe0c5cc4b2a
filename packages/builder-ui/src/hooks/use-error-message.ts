import type { CommonMessages } from '../i18n/common.en-US.js';
import { useMessages } from './use-builder.js';

/** A typed SDK error turned into a title-like kind and a sentence for the user. */
export interface ErrorDescription {
  /** The SDK error class name (`PermissionDeniedError`, `APIConnectionError`…), or `'Error'`. */
  kind: string;
  message: string;
  /** Whether trying again can help (connection problems, timeouts, 5xx, rate limits). */
  retryable: boolean;
  /** `true` when `message` is a dictionary sentence; `false` when it echoes the error's own (raw) text. */
  fromDictionary: boolean;
}

/**
 * Maps SDK errors to messages by class name rather than `instanceof`, so errors from a second copy of the SDK
 * in the host bundle are still recognised.
 */
export function describeError(error: unknown, messages: CommonMessages): ErrorDescription {
  const e = (error ?? {}) as { name?: unknown; message?: unknown; permission?: unknown };
  const kind = typeof e.name === 'string' ? e.name : 'Error';
  const raw = typeof e.message === 'string' && e.message !== '' ? e.message : messages['error.unknown'];
  switch (kind) {
    case 'AuthenticationError':
      return { kind, message: messages['error.authentication'], retryable: false, fromDictionary: true };
    case 'PermissionDeniedError':
      return {
        kind,
        message: messages['error.permissionDenied'](
          typeof e.permission === 'string' ? e.permission : undefined,
        ),
        retryable: false,
        fromDictionary: true,
      };
    case 'NotFoundError':
      return { kind, message: messages['error.notFound'], retryable: false, fromDictionary: true };
    case 'APIConnectionError':
      return { kind, message: messages['error.connection'], retryable: true, fromDictionary: true };
    case 'APIConnectionTimeoutError':
    case 'RequestTimeoutError':
      return { kind, message: messages['error.timeout'], retryable: true, fromDictionary: true };
    case 'RateLimitError':
      return { kind, message: messages['error.rateLimit'], retryable: true, fromDictionary: true };
    case 'InternalServerError':
      return { kind, message: messages['error.server'], retryable: true, fromDictionary: true };
    case 'ResponseValidationError':
      return { kind, message: messages['error.validation'], retryable: true, fromDictionary: true };
    default:
      return { kind, message: raw, retryable: true, fromDictionary: false };
  }
}

/** `describeError` with the provider's messages. */
export function useErrorDescription(error: unknown): ErrorDescription | null {
  const messages = useMessages();
  return error ? describeError(error, messages) : null;
}
