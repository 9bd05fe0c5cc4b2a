import type { AgentDraftState, DraftError, RefusedChange } from '../../core/agent-draft-store.js';
import type { DraftIssue } from '../../core/agent-draft-validation.js';
import type { AgentComposerMessages } from '../../i18n/agent-composer.en-US.js';
import type { CommonMessages } from '../../i18n/common.en-US.js';
import { describeError } from '../../hooks/use-error-message.js';

type RefusalKey =
  `agentComposer.refusal.${'not-allow-listed' | 'model-policy' | 'provider-disconnected' | 'policy-unknown' | 'unknown'}`;

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
      return issue.field === 'id'
        ? messages['agentComposer.issue.idTakenId']
        : messages['agentComposer.issue.idTaken'];
    case 'invalid-id':
      return messages['agentComposer.issue.invalidId'];
    case 'schema':
      return messages['agentComposer.issue.schema'](issue.message);
  }
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
  switch (error.kind) {
    case 'signed-out':
      return kit['error.authentication'];
    case 'permission':
      return kit['error.permissionDenied'](error.permission);
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
 * The save status in words. A hold (allow-lists loading or failed) wins over `pending`/`invalid`: no field is
 * highlighted then, so "some fields need attention" would send the user looking for nothing.
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
