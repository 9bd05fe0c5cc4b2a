import type { AgentDraftState, DraftError, RefusedChange } from '../../core/agent-draft-store.js';
import type { DraftIssue } from '../../core/agent-draft-validation.js';
import type { TestRunError } from '../../core/draft-test-run.js';
import type { AgentComposerMessages } from '../../i18n/agent-composer.en-US.js';
import type { CommonMessages } from '../../i18n/common.en-US.js';
import { describeError } from '../../hooks/use-error-message.js';

type RefusalKey =
  `agentComposer.refusal.${'not-allow-listed' | 'model-policy' | 'provider-disconnected' | 'unknown'}`;

/** The sentence for a refused binding or model; unknown reasons fall back to "does not exist". */
export function refusalText(messages: AgentComposerMessages, id: string, reason: string): string {
  if (reason === 'read-only') return messages['agentComposer.refusal.read-only']();
  const key = `agentComposer.refusal.${reason}` as RefusalKey;
  const format = messages[key] ?? messages['agentComposer.refusal.unknown'];
  return format(id);
}

export function refusedChangeText(messages: AgentComposerMessages, refused: RefusedChange): string {
  return refusalText(messages, refused.id, refused.reason);
}

export function issueText(messages: AgentComposerMessages, issue: DraftIssue): string {
  switch (issue.code) {
    case 'required':
      return messages['agentComposer.issue.required'];
    case 'too-long':
      return messages['agentComposer.issue.tooLong'](issue.max);
    case 'not-allowed':
      return refusalText(messages, issue.id, issue.reason);
    case 'id-taken':
      return messages['agentComposer.issue.idTaken'];
    case 'schema':
      return messages['agentComposer.issue.schema'](issue.message);
  }
}

/**
 * A failed test run in words. The sentences that quote the server's reason get their own no-reason variant:
 * core passes `''` rather than inventing English, and "Blocked: " with nothing after it reads as a bug.
 */
export function runErrorText(
  messages: AgentComposerMessages,
  kit: CommonMessages,
  error: TestRunError,
): string {
  if (error.message === '') {
    switch (error.kind) {
      case 'blocked':
        return messages['agentComposer.test.error.blockedNoReason'];
      case 'model':
        return messages['agentComposer.test.error.modelNoReason'];
      case 'permission':
        return kit['error.permissionDenied'](undefined);
      case 'unknown':
        return kit['error.unknown'];
    }
  }
  return messages[`agentComposer.test.error.${error.kind}`](error.message);
}

/** Readable one-line rendering of a draft field value for the conflict view. */
export function formatFieldValue(messages: AgentComposerMessages, value: unknown): string {
  if (value === null || value === undefined || value === '') return messages['agentComposer.conflict.empty'];
  if (typeof value === 'string') return value;
  if (Array.isArray(value))
    return value.length === 0 ? messages['agentComposer.conflict.empty'] : value.join(', ');
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record['provider'] === 'string' && typeof record['name'] === 'string') {
      return `${record['provider']}/${record['name']}`;
    }
    if (typeof record['enabled'] === 'boolean') {
      return record['enabled']
        ? messages['agentComposer.conflict.memory'](
            Number(record['lastMessages']),
            record['semanticRecall'] === true,
            record['generateTitle'] === true,
          )
        : messages['agentComposer.conflict.empty'];
    }
  }
  return JSON.stringify(value);
}

/**
 * A failed load or save in the user's words, always from the dictionary: the server's own message is English
 * prose (or a stack-ish detail) the user cannot act on, and a translation could not reach it.
 */
export function draftErrorText(
  messages: AgentComposerMessages,
  kit: CommonMessages,
  error: DraftError,
): string {
  const name = (error.cause as { name?: unknown } | null)?.name;
  switch (error.kind) {
    case 'permission':
      // 401 and 403 share the kind; only a 403 means a missing permission.
      return name === 'AuthenticationError'
        ? kit['error.authentication']
        : kit['error.permissionDenied'](error.permission);
    case 'model-not-allowed':
      return messages['agentComposer.error.modelNotAllowed'];
    case 'id-taken':
      return messages['agentComposer.issue.idTaken'];
    case 'invalid':
      return messages['agentComposer.error.invalid'];
    case 'not-found':
      return kit['error.notFound'];
    case 'offline':
    case 'unknown': {
      // Only a dictionary sentence may stand in; the SDK's raw text is not for the user.
      const described = describeError(error.cause, kit);
      if (described.fromDictionary) return described.message;
      return error.kind === 'offline' ? kit['error.connection'] : kit['error.unknown'];
    }
  }
}

/**
 * Splits a one-value function message around its value, so the value can be wrapped in an element (a link, a
 * `<code>`) while the translation still decides the word order: `Trace {id}` → `['Trace ', '']`.
 */
export function aroundValue(format: (value: string) => string): [before: string, after: string] {
  const marker = '\u0000';
  const text = format(marker);
  const at = text.indexOf(marker);
  return at === -1 ? [text, ''] : [text.slice(0, at), text.slice(at + marker.length)];
}

/**
 * The save status in words. A hold (allow-lists loading or failed) wins over `pending`/`invalid`: no field is
 * highlighted then, so "fix the highlighted fields" would send the user looking for nothing.
 */
export function saveStatusText(
  messages: AgentComposerMessages,
  kit: CommonMessages,
  state: Pick<AgentDraftState, 'status' | 'error' | 'hold'>,
): string {
  if (state.hold && (state.status === 'pending' || state.status === 'invalid')) {
    return messages[`agentComposer.status.hold.${state.hold}`];
  }
  if (state.status === 'error') {
    return messages['agentComposer.status.error'](
      state.error ? draftErrorText(messages, kit, state.error) : kit['error.unknown'],
    );
  }
  return messages[`agentComposer.status.${state.status}`];
}
