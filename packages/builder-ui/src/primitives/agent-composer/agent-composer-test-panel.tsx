import {
  useCallback,
  useEffect,
  useRef,
  useState,
  type ChangeEvent,
  type HTMLAttributes,
  type KeyboardEvent,
  type Ref,
  type TextareaHTMLAttributes,
} from 'react';
import { recordHasMemory } from '../../core/agent-draft.js';
import { testRefusal, type TestRefusal } from '../../core/composer-controller.js';
import type { TestRun, TestRunTransport, TestToolCall } from '../../core/draft-test-run.js';
import type { AgentComposerMessages } from '../../i18n/agent-composer.en-US.js';
import { useAgentTestRun, type UseAgentTestRunResult } from '../../hooks/use-agent-test-run.js';
import { useLinkComponent, useMessages } from '../../hooks/use-builder.js';
import { cn } from '../../utils/cn.js';
import { composeRefs } from '../../utils/compose-refs.js';
import { composeEventHandlers } from '../../utils/compose-event-handlers.js';
import { createActionButton, type ActionState } from '../../utils/create-action-button.js';
import { createContext } from '../../utils/create-context.js';
import { useAgentComposer, type AgentComposerContextValue } from './agent-composer-context.js';
import {
  aroundValue,
  draftErrorText,
  refusalText,
  runErrorText,
  saveStatusText,
} from './agent-composer-text.js';

function refusalSentence(m: AgentComposerMessages, refusal: TestRefusal) {
  return 'issue' in refusal
    ? m['agentComposer.test.refused'](refusalText(m, refusal.issue.id, refusal.issue.reason))
    : m[`agentComposer.status.hold.${refusal.hold}`];
}

interface TestPanelContextValue {
  test: UseAgentTestRunResult;
  traceHref: ((traceId: string) => string | undefined) | undefined;
  prompt: string;
  setPrompt: (prompt: string) => void;
  /** `null` when a prompt can be sent now; otherwise why not. */
  blocker: string | null;
  /** Why the last send did not go out (its pre-send save failed); cleared by the next send or edit. */
  sendError: string | null;
  send: () => Promise<void>;
}

const [TestPanelContext, useTestPanelContext] = /* @__PURE__ */ createContext<TestPanelContextValue>(
  'AgentComposerPrimitive.TestPanel',
);

/** The test panel's state for custom parts. Must be used within `AgentComposerPrimitive.TestPanel`. */
export function useAgentComposerTestPanel(): TestPanelContextValue {
  return useTestPanelContext('useAgentComposerTestPanel');
}

// Parts that only read strings and element ids: stable while the user types.
const selectTextAndIds = (c: AgentComposerContextValue) => ({ messages: c.messages, idFor: c.idFor });

/* -------------------------------------------------------------------------------------------------
 * TestPanel
 * -----------------------------------------------------------------------------------------------*/

export interface AgentComposerPrimitiveTestPanelProps extends HTMLAttributes<HTMLDivElement> {
  /** Replaces the SDK transport (tests, custom backends). */
  transport?: TestRunTransport | undefined;
  /**
   * Where a run's trace lives in the host app (e.g. a page with the RunTraceViewer). When given, each trace
   * id renders as a link through the provider's `LinkComponent`. @default the trace id as text
   */
  traceHref?: ((traceId: string) => string | undefined) | undefined;
  ref?: Ref<HTMLDivElement> | undefined;
}

/**
 * A chat with the agent's saved **draft** version (never the published one). Sending first saves pending
 * edits, so the run sees what the user sees. Needs `agents:execute`. Renders nothing when the `test` section
 * is hidden.
 *
 * @selector [data-slot="paddock-composer-test"][data-state="ready" | "busy" | "blocked"]
 */
export function AgentComposerPrimitiveTestPanel({
  transport,
  traceHref,
  className,
  children,
  ...props
}: AgentComposerPrimitiveTestPanelProps) {
  const composer = useAgentComposer((c) => ({
    messages: c.messages,
    execute: c.execute,
    visible: c.isSectionVisible('test'),
    getSnapshot: c.getSnapshot,
    save: c.save,
    userId: c.userId,
    refusal: testRefusal(c.state),
    state: { agentId: c.state.agentId, baseVersionId: c.state.baseVersionId },
  }));
  const kit = useMessages();
  const test = useAgentTestRun(transport);
  const [prompt, setPromptState] = useState('');
  const [sendError, setSendError] = useState<string | null>(null);
  const m = composer.messages;

  let blocker: string | null = null;
  const { refusal } = composer;
  if (!composer.execute.allowed) blocker = composer.execute.reason;
  // Testing is refused exactly when saving is: a run would execute bindings the allow-lists refuse.
  else if (refusal) blocker = refusalSentence(m, refusal);
  else if (!composer.state.agentId) blocker = m['agentComposer.test.needsSave'];
  // Without a version id the server would run its default (published) version: never test that by mistake.
  else if (!composer.state.baseVersionId) blocker = m['agentComposer.test.needsVersion'];

  const setPrompt = useCallback((next: string) => {
    setPromptState(next);
    setSendError(null);
  }, []);

  const { getSnapshot, save, userId } = composer;
  const send = useCallback(async () => {
    const text = prompt.trim();
    if (!text || test.busy) return;
    setSendError(null);
    if (getSnapshot().dirtyFields.length > 0) await save();
    const latest = getSnapshot();
    const refused = testRefusal(latest);
    if (refused) {
      setSendError(refusalSentence(m, refused));
      return;
    }
    if (!latest.agentId || latest.dirtyFields.length > 0 || !latest.baseVersionId) {
      // The run must see what the user sees: an unsaved edit means the prompt stays, with the reason.
      const reason =
        latest.status === 'error' && latest.error
          ? draftErrorText(m, kit, latest.error)
          : latest.status === 'offline' || latest.status === 'conflict' || latest.status === 'invalid'
            ? saveStatusText(m, kit, latest)
            : latest.hold
              ? m[`agentComposer.status.hold.${latest.hold}`]
              : m['agentComposer.test.needsVersion'];
      setSendError(m['agentComposer.test.saveFailed'](reason));
      return;
    }
    setPromptState('');
    await test.send(text, {
      agentId: latest.agentId,
      versionId: latest.baseVersionId,
      memory: recordHasMemory(latest.record) ? { resource: userId } : null,
    });
  }, [prompt, test, getSnapshot, save, m, kit, userId]);

  if (!composer.visible) return null;
  return (
    <TestPanelContext value={{ test, traceHref, prompt, setPrompt, blocker, sendError, send }}>
      <div
        {...props}
        data-slot="paddock-composer-test"
        data-state={blocker ? 'blocked' : test.busy ? 'busy' : 'ready'}
        className={cn(className)}
      >
        {children}
      </div>
    </TestPanelContext>
  );
}
AgentComposerPrimitiveTestPanel.displayName = 'AgentComposerPrimitive.TestPanel';

/**
 * Why the panel cannot run (no `agents:execute`, agent never saved, draft version unknown) or why the last
 * message was not sent (its save failed); nothing when it can run. The input and Send point at it.
 *
 * @selector [data-slot="paddock-composer-test-blocker"][data-state="blocked" | "send-failed"]
 */
export function AgentComposerPrimitiveTestBlocker({
  className,
  ...props
}: HTMLAttributes<HTMLParagraphElement>) {
  const composer = useAgentComposer(selectTextAndIds);
  const { blocker, sendError } = useTestPanelContext('AgentComposerPrimitive.TestBlocker');
  if (!blocker && !sendError) return null;
  return (
    <p
      // A failed send is the answer to the user's Enter: announce it; a standing blocker is just shown.
      role={blocker ? undefined : 'alert'}
      {...props}
      id={composer.idFor('test-reason')}
      data-slot="paddock-composer-test-blocker"
      data-state={blocker ? 'blocked' : 'send-failed'}
      className={cn(className)}
    >
      {blocker ?? sendError}
    </p>
  );
}
AgentComposerPrimitiveTestBlocker.displayName = 'AgentComposerPrimitive.TestBlocker';

/** The draft version the next run uses. */
export function AgentComposerPrimitiveTestVersion({
  className,
  ...props
}: HTMLAttributes<HTMLParagraphElement>) {
  const composer = useAgentComposer((c) => ({
    messages: c.messages,
    state: { baseVersionId: c.state.baseVersionId },
  }));
  const versionId = composer.state.baseVersionId;
  return (
    <p
      {...props}
      data-slot="paddock-composer-test-version"
      data-state={versionId ? 'known' : 'unknown'}
      className={cn(className)}
    >
      {versionId
        ? composer.messages['agentComposer.test.version'](versionId.slice(0, 8))
        : composer.messages['agentComposer.test.empty']}
    </p>
  );
}
AgentComposerPrimitiveTestVersion.displayName = 'AgentComposerPrimitive.TestVersion';

/* -------------------------------------------------------------------------------------------------
 * Transcript
 * -----------------------------------------------------------------------------------------------*/

function json(value: unknown): string {
  if (value === undefined) return '';
  try {
    return JSON.stringify(value, null, 2);
  } catch {
    return String(value);
  }
}

function ToolCallView({ run, call }: { run: TestRun; call: TestToolCall }) {
  const composer = useAgentComposer(selectTextAndIds);
  const { test } = useTestPanelContext('AgentComposerPrimitive.TestTranscript');
  const m = composer.messages;
  return (
    <div data-slot="paddock-composer-test-tool" data-state={call.status} data-tool={call.toolName}>
      <p data-slot="paddock-composer-test-tool-title" data-state={call.status}>
        <span data-slot="paddock-composer-test-tool-name" data-state={call.status}>
          {m['agentComposer.test.toolCall'](call.toolName)}
        </span>{' '}
        <span data-slot="paddock-composer-test-tool-status" data-state={call.status}>
          {m[`agentComposer.test.toolStatus.${call.status}`]}
        </span>
      </p>
      <p data-slot="paddock-composer-test-tool-label" data-state={call.status}>
        {m['agentComposer.test.args']}
      </p>
      <pre data-slot="paddock-composer-test-tool-args" data-state={call.status}>
        {json(call.args)}
      </pre>
      {call.result !== undefined ? (
        <>
          <p data-slot="paddock-composer-test-tool-label" data-state={call.status}>
            {m['agentComposer.test.result']}
          </p>
          <pre data-slot="paddock-composer-test-tool-result" data-state={call.status}>
            {json(call.result)}
          </pre>
        </>
      ) : null}
      {call.error ? (
        <p data-slot="paddock-composer-test-tool-error" data-state="error">
          {call.error}
        </p>
      ) : null}
      {call.status === 'awaiting-approval' ? (
        <div
          role="group"
          aria-label={m['agentComposer.test.approvalPrompt'](call.toolName)}
          data-slot="paddock-composer-test-approval"
          data-state="awaiting-approval"
        >
          <p data-slot="paddock-composer-test-approval-prompt" data-state="awaiting-approval">
            {m['agentComposer.test.approvalPrompt'](call.toolName)}
          </p>
          <button
            type="button"
            data-slot="paddock-composer-test-approve"
            data-state="idle"
            onClick={() => void test.approve(run.id, call.toolCallId)}
          >
            {m['agentComposer.test.approve']}
          </button>
          <button
            type="button"
            data-slot="paddock-composer-test-decline"
            data-state="idle"
            onClick={() => void test.decline(run.id, call.toolCallId)}
          >
            {m['agentComposer.test.decline']}
          </button>
        </div>
      ) : null}
    </div>
  );
}

export interface AgentComposerPrimitiveTestTranscriptProps extends HTMLAttributes<HTMLOListElement> {
  ref?: Ref<HTMLOListElement> | undefined;
}

/**
 * Every run: the prompt, the agent's streamed text, tool calls with arguments and results, approval prompts,
 * typed errors, and the run's trace id.
 *
 * @selector [data-slot="paddock-composer-test-transcript"]
 * @selector [data-slot="paddock-composer-test-run"][data-state="streaming" | "awaiting-approval" | "done" | "error" | "aborted"]
 */
export function AgentComposerPrimitiveTestTranscript({
  className,
  ref,
  ...props
}: AgentComposerPrimitiveTestTranscriptProps) {
  const composer = useAgentComposer(selectTextAndIds);
  const { test, traceHref } = useTestPanelContext('AgentComposerPrimitive.TestTranscript');
  const kit = useMessages();
  const Link = useLinkComponent();
  const m = composer.messages;
  // One message holds the whole "Trace <id>" phrase, so a translation can order it; the id stays in <code>.
  const [traceBefore, traceAfter] = aroundValue(m['agentComposer.test.trace']);
  const listRef = useRef<HTMLOListElement | null>(null);
  const [scrollable, setScrollable] = useState(false);
  // Follow the stream: keep the newest text in view when the transcript scrolls.
  useEffect(() => {
    const list = listRef.current;
    if (!list) return;
    list.scrollTop = list.scrollHeight;
    setScrollable(list.scrollHeight > list.clientHeight);
  }, [test.runs]);
  return (
    <ol
      aria-label={m['agentComposer.test.label']}
      aria-live="polite"
      // A tab stop only while it scrolls: keyboard users must be able to scroll a long transcript (WCAG 2.1.1).
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={scrollable ? 0 : undefined}
      {...props}
      ref={composeRefs(listRef, ref)}
      data-slot="paddock-composer-test-transcript"
      data-state={test.runs.length === 0 ? 'empty' : 'filled'}
      className={cn(className)}
    >
      {test.runs.map((run) => (
        <li
          key={run.id}
          data-slot="paddock-composer-test-run"
          data-state={run.status}
          data-run-id={run.runId ?? undefined}
        >
          <div data-slot="paddock-composer-test-message" data-role="user" data-state="sent">
            <span data-slot="paddock-composer-test-author" data-state="user">
              {m['agentComposer.test.you']}
            </span>
            <p data-slot="paddock-composer-test-prompt" data-state="sent">
              {run.prompt}
            </p>
          </div>
          <div data-slot="paddock-composer-test-message" data-role="assistant" data-state={run.status}>
            <span data-slot="paddock-composer-test-author" data-state="assistant">
              {m['agentComposer.test.agent']}
            </span>
            {run.parts.map((part, index) =>
              part.type === 'text' ? (
                <p key={index} data-slot="paddock-composer-test-text" data-state={run.status}>
                  {part.text}
                </p>
              ) : (
                <ToolCallView key={part.call.toolCallId} run={run} call={part.call} />
              ),
            )}
            {run.error ? (
              <p
                role="alert"
                data-slot="paddock-composer-test-error"
                data-state="error"
                data-kind={run.error.kind}
              >
                {runErrorText(m, kit, run.error)}
              </p>
            ) : null}
          </div>
          {run.traceId ? (
            <p data-slot="paddock-composer-test-trace" data-state={traceHref ? 'linked' : 'text'}>
              {traceHref?.(run.traceId) ? (
                <Link
                  href={traceHref(run.traceId)!}
                  data-slot="paddock-composer-test-trace-link"
                  data-state="linked"
                >
                  {traceBefore}
                  <code data-slot="paddock-composer-test-trace-id" data-state="linked">
                    {run.traceId}
                  </code>
                  {traceAfter}
                </Link>
              ) : (
                <>
                  {traceBefore}
                  <code data-slot="paddock-composer-test-trace-id" data-state="text">
                    {run.traceId}
                  </code>
                  {traceAfter}
                </>
              )}
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
AgentComposerPrimitiveTestTranscript.displayName = 'AgentComposerPrimitive.TestTranscript';

/* -------------------------------------------------------------------------------------------------
 * Input and actions
 * -----------------------------------------------------------------------------------------------*/

export interface AgentComposerPrimitiveTestInputProps extends Omit<
  TextareaHTMLAttributes<HTMLTextAreaElement>,
  'value' | 'defaultValue'
> {
  ref?: Ref<HTMLTextAreaElement> | undefined;
}

/** The prompt. Enter sends, Shift+Enter adds a line. @selector [data-slot="paddock-composer-test-input"] */
export function AgentComposerPrimitiveTestInput({
  className,
  onChange,
  onKeyDown,
  ...props
}: AgentComposerPrimitiveTestInputProps) {
  const composer = useAgentComposer(selectTextAndIds);
  const panel = useTestPanelContext('AgentComposerPrimitive.TestInput');
  return (
    <textarea
      rows={2}
      aria-label={composer.messages['agentComposer.test.input']}
      placeholder={composer.messages['agentComposer.test.inputPlaceholder']}
      aria-describedby={panel.blocker || panel.sendError ? composer.idFor('test-reason') : undefined}
      {...props}
      id={composer.idFor('test-input')}
      disabled={!!panel.blocker || props.disabled}
      value={panel.prompt}
      onChange={composeEventHandlers(onChange, (event: ChangeEvent<HTMLTextAreaElement>) =>
        panel.setPrompt(event.target.value),
      )}
      onKeyDown={composeEventHandlers(onKeyDown, (event: KeyboardEvent<HTMLTextAreaElement>) => {
        if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
          event.preventDefault();
          void panel.send();
        }
      })}
      data-slot="paddock-composer-test-input"
      data-state={panel.test.busy ? 'busy' : 'idle'}
      className={cn(className)}
    />
  );
}
AgentComposerPrimitiveTestInput.displayName = 'AgentComposerPrimitive.TestInput';

function useTestSendAction(): ActionState {
  const composer = useAgentComposer(selectTextAndIds);
  const panel = useTestPanelContext('AgentComposerPrimitive.TestSend');
  const blocked = !!panel.blocker || panel.test.busy || panel.prompt.trim() === '';
  const { send } = panel;
  return {
    action: blocked ? null : () => void send(),
    reason: panel.blocker,
    reasonId: composer.idFor('test-reason'),
    state: blocked ? 'disabled' : 'ready',
    label: composer.messages['agentComposer.test.send'],
  };
}

/**
 * Sends the prompt (saving pending edits first). Disabled while there is no prompt, a run streams, or the
 * panel cannot run; it then points at `TestBlocker`, the visible reason.
 *
 * @selector [data-slot="paddock-composer-test-send"][data-state="ready" | "disabled"]
 */
export const AgentComposerPrimitiveTestSend = /* @__PURE__ */ createActionButton(
  'AgentComposerPrimitive.TestSend',
  'paddock-composer-test-send',
  useTestSendAction,
  { unavailable: 'native' },
);

function useTestStopAction(): ActionState {
  const composer = useAgentComposer(selectTextAndIds);
  const panel = useTestPanelContext('AgentComposerPrimitive.TestStop');
  const { test } = panel;
  return {
    action: test.busy ? () => test.abort() : null,
    reason: null,
    hidden: !test.busy,
    state: 'busy',
    label: composer.messages['agentComposer.test.stop'],
  };
}

/** Stops the streaming run; rendered only while one streams. @selector [data-slot="paddock-composer-test-stop"] */
export const AgentComposerPrimitiveTestStop = /* @__PURE__ */ createActionButton(
  'AgentComposerPrimitive.TestStop',
  'paddock-composer-test-stop',
  useTestStopAction,
  { unavailable: 'native' },
);

function useTestClearAction(): ActionState {
  const composer = useAgentComposer(selectTextAndIds);
  const panel = useTestPanelContext('AgentComposerPrimitive.TestClear');
  const { test } = panel;
  const empty = test.runs.length === 0;
  return {
    action: empty ? null : () => test.reset(),
    reason: null,
    state: empty ? 'empty' : 'filled',
    label: composer.messages['agentComposer.test.clear'],
  };
}

/**
 * Clears the conversation; disabled while it is empty.
 * @selector [data-slot="paddock-composer-test-clear"][data-state="empty" | "filled"]
 */
export const AgentComposerPrimitiveTestClear = /* @__PURE__ */ createActionButton(
  'AgentComposerPrimitive.TestClear',
  'paddock-composer-test-clear',
  useTestClearAction,
  { unavailable: 'native' },
);
