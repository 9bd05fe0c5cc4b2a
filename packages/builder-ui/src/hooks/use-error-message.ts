import { errorKindOf, isRetryableError, type MastraErrorKind } from '@paddock/client-sdk';
import type { CommonMessages } from '../i18n/common.en-US.js';
import { useMessages } from './use-builder.js';

/** A typed SDK error turned into its kind and a sentence for the user. */
export interface ErrorDescription {
  /** The SDK's `kind` (read by duck typing, so a second copy of the SDK counts); `'unknown'` for other errors. */
  kind: MastraErrorKind;
  message: string;
  /** The SDK's `retryable`: whether sending the same request again can help. `false` for non-SDK errors. */
  retryable: boolean;
  /** `true` when `message` is a dictionary sentence; `false` when it echoes the error's own (raw) text. */
  fromDictionary: boolean;
  /** For whoever fixes it (support, an admin): the missing permission, e.g. `Missing permission: x:write`. */
  detail?: string;
}

/**
 * Maps errors to messages by the SDK's `kind` and `retryable` (never by class name or `instanceof`), so errors
 * from a second copy of the SDK in the host bundle are recognised too.
 */
export function describeError(error: unknown, messages: CommonMessages): ErrorDescription {
  const e = (error ?? {}) as { message?: unknown; permission?: unknown };
  const kind = errorKindOf(error) ?? 'unknown';
  const retryable = isRetryableError(error);
  const said = (message: string): ErrorDescription => ({ kind, message, retryable, fromDictionary: true });
  switch (kind) {
    case 'authentication':
      return said(messages['error.authentication']);
    case 'permission': {
      const permission = typeof e.permission === 'string' ? e.permission : undefined;
      return {
        ...said(messages['error.permissionDenied'](permission)),
        ...(permission ? { detail: messages['permission.detail'](permission) } : {}),
      };
    }
    case 'not-found':
      return said(messages['error.notFound']);
    case 'connection':
      return said(messages['error.connection']);
    case 'timeout':
      return said(messages['error.timeout']);
    case 'rate-limit':
      return said(messages['error.rateLimit']);
    case 'server':
    case 'unsupported':
      return said(messages['error.server']);
    case 'response-validation':
      return said(messages['error.validation']);
    case 'bad-request':
    case 'unprocessable':
    case 'request-validation':
      return said(messages['error.badRequest']);
    default: {
      const raw = typeof e.message === 'string' && e.message !== '' ? e.message : messages['error.unknown'];
      return { kind, message: raw, retryable, fromDictionary: false };
    }
  }
}

/** `describeError` with the provider's messages. */
export function useErrorDescription(error: unknown): ErrorDescription | null {
  const messages = useMessages();
  return error ? describeError(error, messages) : null;
}
