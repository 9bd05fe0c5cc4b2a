import type { TestRunError } from '../../core/draft-test-run.js';
import type { AgentComposerTestMessages } from '../../i18n/agent-composer-test.en-US.js';
import type { CommonMessages } from '../../i18n/common.en-US.js';

/* The test panel's sentences, apart from the composer's: they load with the panel. */

/**
 * A failed test run in words. The sentences that quote the server's reason get their own no-reason variant:
 * core passes `''` rather than inventing English, and "Blocked: " with nothing after it reads as a bug.
 */
export function runErrorText(
  messages: AgentComposerTestMessages,
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
