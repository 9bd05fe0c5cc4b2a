import {
  Fragment,
  useCallback,
  useEffect,
  useRef,
  useState,
  type ChangeEvent,
  type HTMLAttributes,
  type KeyboardEvent,
  type ReactNode,
  type Ref,
  type TextareaHTMLAttributes,
} from 'react';
import { recordHasMemory } from '../../core/agent-draft.js';
import { testRefusal, type TestRefusal } from '../../core/composer-controller.js';
import type { TestRun, TestRunTransport, TestToolCall } from '../../core/draft-test-run.js';
import type { AgentComposerMessages } from '../../i18n/agent-composer.en-US.js';
import {
  agentComposerTestMessages,
  type AgentComposerTestMessages,
} from '../../i18n/agent-composer-test.en-US.js';
import { useAgentTestRun, type UseAgentTestRunResult } from '../../hooks/use-agent-test-run.js';
import { useMessages } from '../../hooks/use-builder.js';
import type { PaddockLinkProps } from '../../provider/builder-context.js';
import { PaddockLink } from '../../provider/kit-root.js';
import { cn } from '../../utils/cn.js';
import { composeRefs } from '../../utils/compose-refs.js';
import { composeEventHandlers } from '../../utils/compose-event-handlers.js';
import { createActionButton, type ActionState } from '../../utils/create-action-button.js';
import { createContext } from '../../utils/create-context.js';
import { useAgentComposer, type AgentComposerContextValue } from './agent-composer-context.js';
import { draftErrorText, refusalText, saveStatusText } from './agent-composer-text.js';
import { aroundValue, runErrorText } from './agent-composer-test-text.js';

function refusalSentence(m: AgentComposerMessages, t: AgentComposerTestMessages, refusal: TestRefusal) {
  return 'issue' in refusal
    ? t['agentComposer.test.refused'](refusalText(m, refusal.issue.id, refusal.issue.reason))
    : m[`agentComposer.status.hold.${refusal.hold}`];
}

/** The test panel's strings (the host's overrides over `agentComposerTestMessages`). */
const useTestMessages = () => useMessages(agentComposerTestMessages);

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

// Parts that only read element ids: stable while the user types.
const selectIdFor = (c: AgentComposerContextValue) => c.idFor;

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
  const t = useTestMessages();
  const test = useAgentTestRun(transport);
  const [prompt, setPromptState] = useState('');
  const [sendError, setSendError] = useState<string | null>(null);
  const m = composer.messages;

  let blocker: string | null = null;
  const { refusal } = composer;
  if (!composer.execute.allowed) blocker = composer.execute.reason;
  // Testing is refused exactly when saving is: a run would execute bindings the allow-lists refuse.
  else if (refusal) blocker = refusalSentence(m, t, refusal);
  else if (!composer.state.agentId) blocker = t['agentComposer.test.needsSave'];
  // Without a version id the server would run its default (published) version: never test that by mistake.
  else if (!composer.state.baseVersionId) blocker = t['agentComposer.test.needsVersion'];

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
      setSendError(refusalSentence(m, t, refused));
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
              : t['agentComposer.test.needsVersion'];
      setSendError(t['agentComposer.test.saveFailed'](reason));
      return;
    }
    setPromptState('');
    await test.send(text, {
      agentId: latest.agentId,
      versionId: latest.baseVersionId,
      memory: recordHasMemory(latest.record) ? { resource: userId } : null,
    });
  }, [prompt, test, getSnapshot, save, m, t, kit, userId]);

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
  const idFor = useAgentComposer(selectIdFor);
  const { blocker, sendError } = useTestPanelContext('AgentComposerPrimitive.TestBlocker');
  if (!blocker && !sendError) return null;
  return (
    <p
      // A failed send is the answer to the user's Enter: announce it; a standing blocker is just shown.
      role={blocker ? undefined : 'alert'}
      {...props}
      id={idFor('test-reason')}
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
  const versionId = useAgentComposer((c) => c.state.baseVersionId);
  const t = useTestMessages();
  return (
    <p
      {...props}
      data-slot="paddock-composer-test-version"
      data-state={versionId ? 'known' : 'unknown'}
      className={cn(className)}
    >
      {versionId ? t['agentComposer.test.version'](versionId.slice(0, 8)) : t['agentComposer.test.empty']}
    </p>
  );
}
AgentComposerPrimitiveTestVersion.displayName = 'AgentComposerPrimitive.TestVersion';

/* -------------------------------------------------------------------------------------------------
 * Transcript: compound parts, one element each
 * -----------------------------------------------------------------------------------------------*/

function json(value: unknown): string {
  if (value === undefined) return '';
  try {
    return JSON.stringify(value, null, 2);
  } catch {
    return String(value);
  }
}

export interface AgentComposerPrimitiveTestTranscriptProps extends Omit<
  HTMLAttributes<HTMLOListElement>,
  'children'
> {
  /** One entry per run, oldest first. @default a `TestRun` with its default parts */
  children?: ((run: TestRun) => ReactNode) | undefined;
  ref?: Ref<HTMLOListElement> | undefined;
}

/**
 * Every run: the prompt, the agent's streamed text, tool calls with arguments and results, approval prompts,
 * typed errors, and the run's trace id. Renders the `ol` (a polite live region that follows the stream);
 * runs are compound parts, so a host can lay out its own.
 *
 * @selector [data-slot="paddock-composer-test-transcript"][data-state="empty" | "filled"]
 * @example
 * <AgentComposerPrimitive.TestTranscript>
 *   {(run) => (
 *     <AgentComposerPrimitive.TestRun run={run}>
 *       <AgentComposerPrimitive.TestMessage author="user" />
 *       <AgentComposerPrimitive.TestMessage author="assistant" />
 *     </AgentComposerPrimitive.TestRun>
 *   )}
 * </AgentComposerPrimitive.TestTranscript>
 */
export function AgentComposerPrimitiveTestTranscript({
  className,
  children,
  ref,
  ...props
}: AgentComposerPrimitiveTestTranscriptProps) {
  const m = useTestMessages();
  const { test } = useTestPanelContext('AgentComposerPrimitive.TestTranscript');
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
      {test.runs.map((run) =>
        children ? (
          <Fragment key={run.id}>{children(run)}</Fragment>
        ) : (
          <AgentComposerPrimitiveTestRun key={run.id} run={run} />
        ),
      )}
    </ol>
  );
}
AgentComposerPrimitiveTestTranscript.displayName = 'AgentComposerPrimitive.TestTranscript';

interface TestRunContextValue {
  run: TestRun;
  /** Where the run's trace lives in the host app; `undefined` shows the id as text. */
  traceUrl: string | undefined;
}

const [TestRunContext, useTestRunContext] = /* @__PURE__ */ createContext<TestRunContextValue>(
  'AgentComposerPrimitive.TestRun',
);

export interface AgentComposerPrimitiveTestRunProps extends HTMLAttributes<HTMLLIElement> {
  run: TestRun;
  /** @default the user's message, the agent's message and the trace */
  children?: ReactNode;
  ref?: Ref<HTMLLIElement> | undefined;
}

/**
 * One run (an `li`); its parts read it from here.
 * @selector [data-slot="paddock-composer-test-run"][data-state="streaming" | "awaiting-approval" | "done" | "error" | "aborted"]
 */
export function AgentComposerPrimitiveTestRun({
  run,
  className,
  children,
  ...props
}: AgentComposerPrimitiveTestRunProps) {
  const { traceHref } = useTestPanelContext('AgentComposerPrimitive.TestRun');
  const traceUrl = run.traceId ? traceHref?.(run.traceId) : undefined;
  return (
    <TestRunContext value={{ run, traceUrl }}>
      <li
        {...props}
        data-slot="paddock-composer-test-run"
        data-state={run.status}
        data-run-id={run.runId ?? undefined}
        className={cn(className)}
      >
        {children ?? (
          <>
            <AgentComposerPrimitiveTestMessage author="user" />
            <AgentComposerPrimitiveTestMessage author="assistant" />
            <AgentComposerPrimitiveTestTrace />
          </>
        )}
      </li>
    </TestRunContext>
  );
}
AgentComposerPrimitiveTestRun.displayName = 'AgentComposerPrimitive.TestRun';

const [TestMessageContext, useTestMessageContext] = /* @__PURE__ */ createContext<{
  author: 'user' | 'assistant';
}>('AgentComposerPrimitive.TestMessage');

export interface AgentComposerPrimitiveTestMessageProps extends HTMLAttributes<HTMLDivElement> {
  author: 'user' | 'assistant';
  /**
   * @default the user's: `TestAuthor` and `TestPrompt`; the agent's: `TestAuthor`, a `TestText` or
   * `TestToolCall` per streamed part, then `TestRunError`
   */
  children?: ReactNode;
  ref?: Ref<HTMLDivElement> | undefined;
}

/**
 * The user's prompt or the agent's answer within a run.
 * @selector [data-slot="paddock-composer-test-message"][data-role="user" | "assistant"]
 */
export function AgentComposerPrimitiveTestMessage({
  author,
  className,
  children,
  ...props
}: AgentComposerPrimitiveTestMessageProps) {
  const { run } = useTestRunContext('AgentComposerPrimitive.TestMessage');
  return (
    <TestMessageContext value={{ author }}>
      <div
        {...props}
        data-slot="paddock-composer-test-message"
        data-role={author}
        data-state={author === 'user' ? 'sent' : run.status}
        className={cn(className)}
      >
        {children ??
          (author === 'user' ? (
            <>
              <AgentComposerPrimitiveTestAuthor />
              <AgentComposerPrimitiveTestPrompt />
            </>
          ) : (
            <>
              <AgentComposerPrimitiveTestAuthor />
              {run.parts.map((part, index) =>
                part.type === 'text' ? (
                  <AgentComposerPrimitiveTestText key={index} index={index} />
                ) : (
                  <AgentComposerPrimitiveTestToolCall
                    key={part.call.toolCallId}
                    toolCallId={part.call.toolCallId}
                  />
                ),
              )}
              <AgentComposerPrimitiveTestRunError />
            </>
          ))}
      </div>
    </TestMessageContext>
  );
}
AgentComposerPrimitiveTestMessage.displayName = 'AgentComposerPrimitive.TestMessage';

type SpanProps = HTMLAttributes<HTMLSpanElement> & { ref?: Ref<HTMLSpanElement> | undefined };
type ParagraphProps = HTMLAttributes<HTMLParagraphElement> & {
  ref?: Ref<HTMLParagraphElement> | undefined;
};

/** Who wrote the message ("You", "Agent"). @selector [data-slot="paddock-composer-test-author"][data-state="user" | "assistant"] */
export function AgentComposerPrimitiveTestAuthor({ className, children, ...props }: SpanProps) {
  const { author } = useTestMessageContext('AgentComposerPrimitive.TestAuthor');
  const m = useTestMessages();
  return (
    <span {...props} data-slot="paddock-composer-test-author" data-state={author} className={cn(className)}>
      {children ?? m[author === 'user' ? 'agentComposer.test.you' : 'agentComposer.test.agent']}
    </span>
  );
}
AgentComposerPrimitiveTestAuthor.displayName = 'AgentComposerPrimitive.TestAuthor';

/** The prompt as sent, as text. @selector [data-slot="paddock-composer-test-prompt"] */
export function AgentComposerPrimitiveTestPrompt({ className, children, ...props }: ParagraphProps) {
  const { run } = useTestRunContext('AgentComposerPrimitive.TestPrompt');
  return (
    <p {...props} data-slot="paddock-composer-test-prompt" data-state="sent" className={cn(className)}>
      {children ?? run.prompt}
    </p>
  );
}
AgentComposerPrimitiveTestPrompt.displayName = 'AgentComposerPrimitive.TestPrompt';

export interface AgentComposerPrimitiveTestTextProps extends ParagraphProps {
  /** Which of the run's parts (`run.parts[index]`); nothing when that part is not text. */
  index: number;
}

/** A stretch of the agent's streamed text, as text. @selector [data-slot="paddock-composer-test-text"] */
export function AgentComposerPrimitiveTestText({
  index,
  className,
  children,
  ...props
}: AgentComposerPrimitiveTestTextProps) {
  const { run } = useTestRunContext('AgentComposerPrimitive.TestText');
  const part = run.parts[index];
  if (part?.type !== 'text') return null;
  return (
    <p {...props} data-slot="paddock-composer-test-text" data-state={run.status} className={cn(className)}>
      {children ?? part.text}
    </p>
  );
}
AgentComposerPrimitiveTestText.displayName = 'AgentComposerPrimitive.TestText';

/**
 * Why the run failed, in the user's words (`role="alert"`); nothing while it has not.
 * @selector [data-slot="paddock-composer-test-error"][data-kind="<TestRunError kind>"]
 */
export function AgentComposerPrimitiveTestRunError({ className, children, ...props }: ParagraphProps) {
  const { run } = useTestRunContext('AgentComposerPrimitive.TestRunError');
  const m = useTestMessages();
  const kit = useMessages();
  if (!run.error) return null;
  return (
    <p
      role="alert"
      {...props}
      data-slot="paddock-composer-test-error"
      data-state="error"
      data-kind={run.error.kind}
      className={cn(className)}
    >
      {children ?? runErrorText(m, kit, run.error)}
    </p>
  );
}
AgentComposerPrimitiveTestRunError.displayName = 'AgentComposerPrimitive.TestRunError';

/* Tool calls */

const [TestToolCallContext, useTestToolCallContext] = /* @__PURE__ */ createContext<{
  call: TestToolCall;
}>('AgentComposerPrimitive.TestToolCall');

export interface AgentComposerPrimitiveTestToolCallProps extends HTMLAttributes<HTMLDivElement> {
  toolCallId: string;
  /**
   * @default `TestToolTitle`, the arguments and result (`TestToolLabel` + `TestToolValue`), `TestToolError`,
   * `TestApproval`
   */
  children?: ReactNode;
  ref?: Ref<HTMLDivElement> | undefined;
}

/**
 * One tool call of the run (a `div`); its parts read it from here. Nothing for an id the run does not have.
 * @selector [data-slot="paddock-composer-test-tool"][data-state="running" | "awaiting-approval" | "declined" | "success" | "error"][data-tool]
 */
export function AgentComposerPrimitiveTestToolCall({
  toolCallId,
  className,
  children,
  ...props
}: AgentComposerPrimitiveTestToolCallProps) {
  const { run } = useTestRunContext('AgentComposerPrimitive.TestToolCall');
  const part = run.parts.find((p) => p.type === 'tool-call' && p.call.toolCallId === toolCallId);
  if (part?.type !== 'tool-call') return null;
  const { call } = part;
  return (
    <TestToolCallContext value={{ call }}>
      <div
        {...props}
        data-slot="paddock-composer-test-tool"
        data-state={call.status}
        data-tool={call.toolName}
        className={cn(className)}
      >
        {children ?? (
          <>
            <AgentComposerPrimitiveTestToolTitle />
            <AgentComposerPrimitiveTestToolLabel value="args" />
            <AgentComposerPrimitiveTestToolValue value="args" />
            <AgentComposerPrimitiveTestToolLabel value="result" />
            <AgentComposerPrimitiveTestToolValue value="result" />
            <AgentComposerPrimitiveTestToolError />
            <AgentComposerPrimitiveTestApproval />
          </>
        )}
      </div>
    </TestToolCallContext>
  );
}
AgentComposerPrimitiveTestToolCall.displayName = 'AgentComposerPrimitive.TestToolCall';

/** "Tool call: <name>" and its status. @default children: `TestToolName`, `TestToolStatus` @selector [data-slot="paddock-composer-test-tool-title"] */
export function AgentComposerPrimitiveTestToolTitle({ className, children, ...props }: ParagraphProps) {
  const { call } = useTestToolCallContext('AgentComposerPrimitive.TestToolTitle');
  return (
    <p
      {...props}
      data-slot="paddock-composer-test-tool-title"
      data-state={call.status}
      className={cn(className)}
    >
      {children ?? (
        <>
          <AgentComposerPrimitiveTestToolName /> <AgentComposerPrimitiveTestToolStatus />
        </>
      )}
    </p>
  );
}
AgentComposerPrimitiveTestToolTitle.displayName = 'AgentComposerPrimitive.TestToolTitle';

/** "Tool call: <name>". @selector [data-slot="paddock-composer-test-tool-name"] */
export function AgentComposerPrimitiveTestToolName({ className, children, ...props }: SpanProps) {
  const { call } = useTestToolCallContext('AgentComposerPrimitive.TestToolName');
  const m = useTestMessages();
  return (
    <span
      {...props}
      data-slot="paddock-composer-test-tool-name"
      data-state={call.status}
      className={cn(className)}
    >
      {children ?? m['agentComposer.test.toolCall'](call.toolName)}
    </span>
  );
}
AgentComposerPrimitiveTestToolName.displayName = 'AgentComposerPrimitive.TestToolName';

/** The call's status in words ("Waiting for approval"). @selector [data-slot="paddock-composer-test-tool-status"] */
export function AgentComposerPrimitiveTestToolStatus({ className, children, ...props }: SpanProps) {
  const { call } = useTestToolCallContext('AgentComposerPrimitive.TestToolStatus');
  const m = useTestMessages();
  return (
    <span
      {...props}
      data-slot="paddock-composer-test-tool-status"
      data-state={call.status}
      className={cn(className)}
    >
      {children ?? m[`agentComposer.test.toolStatus.${call.status}`]}
    </span>
  );
}
AgentComposerPrimitiveTestToolStatus.displayName = 'AgentComposerPrimitive.TestToolStatus';

export interface AgentComposerPrimitiveTestToolLabelProps extends ParagraphProps {
  value: 'args' | 'result';
}

/** "Arguments" or "Result"; nothing for a result that has not arrived. @selector [data-slot="paddock-composer-test-tool-label"][data-value="args" | "result"] */
export function AgentComposerPrimitiveTestToolLabel({
  value,
  className,
  children,
  ...props
}: AgentComposerPrimitiveTestToolLabelProps) {
  const { call } = useTestToolCallContext('AgentComposerPrimitive.TestToolLabel');
  const m = useTestMessages();
  if (value === 'result' && call.result === undefined) return null;
  return (
    <p
      {...props}
      data-slot="paddock-composer-test-tool-label"
      data-state={call.status}
      data-value={value}
      className={cn(className)}
    >
      {children ?? m[value === 'args' ? 'agentComposer.test.args' : 'agentComposer.test.result']}
    </p>
  );
}
AgentComposerPrimitiveTestToolLabel.displayName = 'AgentComposerPrimitive.TestToolLabel';

export interface AgentComposerPrimitiveTestToolValueProps extends HTMLAttributes<HTMLPreElement> {
  value: 'args' | 'result';
  ref?: Ref<HTMLPreElement> | undefined;
}

/**
 * The call's arguments or result as indented JSON text (`pre`); nothing for a result that has not arrived.
 * @selector [data-slot="paddock-composer-test-tool-args" | "paddock-composer-test-tool-result"]
 */
export function AgentComposerPrimitiveTestToolValue({
  value,
  className,
  children,
  ...props
}: AgentComposerPrimitiveTestToolValueProps) {
  const { call } = useTestToolCallContext('AgentComposerPrimitive.TestToolValue');
  const shown = value === 'args' ? call.args : call.result;
  if (value === 'result' && shown === undefined) return null;
  return (
    <pre
      {...props}
      data-slot={`paddock-composer-test-tool-${value}`}
      data-state={call.status}
      className={cn(className)}
    >
      {children ?? json(shown)}
    </pre>
  );
}
AgentComposerPrimitiveTestToolValue.displayName = 'AgentComposerPrimitive.TestToolValue';

/** Why the tool failed, as text; nothing when it did not. @selector [data-slot="paddock-composer-test-tool-error"] */
export function AgentComposerPrimitiveTestToolError({ className, children, ...props }: ParagraphProps) {
  const { call } = useTestToolCallContext('AgentComposerPrimitive.TestToolError');
  if (!call.error) return null;
  return (
    <p {...props} data-slot="paddock-composer-test-tool-error" data-state="error" className={cn(className)}>
      {children ?? call.error}
    </p>
  );
}
AgentComposerPrimitiveTestToolError.displayName = 'AgentComposerPrimitive.TestToolError';

/**
 * The approval request of a tool that asks before it runs (a named `group`); nothing otherwise.
 * @default children: `TestApprovalPrompt`, `TestApprove`, `TestDecline`
 * @selector [data-slot="paddock-composer-test-approval"][data-state="awaiting-approval"]
 */
export function AgentComposerPrimitiveTestApproval({
  className,
  children,
  ...props
}: HTMLAttributes<HTMLDivElement> & { ref?: Ref<HTMLDivElement> | undefined }) {
  const { call } = useTestToolCallContext('AgentComposerPrimitive.TestApproval');
  const m = useTestMessages();
  if (call.status !== 'awaiting-approval') return null;
  return (
    <div
      role="group"
      aria-label={m['agentComposer.test.approvalPrompt'](call.toolName)}
      {...props}
      data-slot="paddock-composer-test-approval"
      data-state="awaiting-approval"
      className={cn(className)}
    >
      {children ?? (
        <>
          <AgentComposerPrimitiveTestApprovalPrompt />
          <AgentComposerPrimitiveTestApprove />
          <AgentComposerPrimitiveTestDecline />
        </>
      )}
    </div>
  );
}
AgentComposerPrimitiveTestApproval.displayName = 'AgentComposerPrimitive.TestApproval';

/** "<tool> needs your approval to run." @selector [data-slot="paddock-composer-test-approval-prompt"] */
export function AgentComposerPrimitiveTestApprovalPrompt({ className, children, ...props }: ParagraphProps) {
  const { call } = useTestToolCallContext('AgentComposerPrimitive.TestApprovalPrompt');
  const m = useTestMessages();
  return (
    <p
      {...props}
      data-slot="paddock-composer-test-approval-prompt"
      data-state="awaiting-approval"
      className={cn(className)}
    >
      {children ?? m['agentComposer.test.approvalPrompt'](call.toolName)}
    </p>
  );
}
AgentComposerPrimitiveTestApprovalPrompt.displayName = 'AgentComposerPrimitive.TestApprovalPrompt';

function useApprovalAction(decision: 'approve' | 'decline', part: string): ActionState {
  const { test } = useTestPanelContext(part);
  const { run } = useTestRunContext(part);
  const { call } = useTestToolCallContext(part);
  const m = useTestMessages();
  const waiting = call.status === 'awaiting-approval';
  return {
    action: waiting ? () => void test[decision](run.id, call.toolCallId) : null,
    reason: null,
    hidden: !waiting,
    state: 'idle',
    label: m[decision === 'approve' ? 'agentComposer.test.approve' : 'agentComposer.test.decline'],
  };
}

/** Lets the waiting tool call run. @selector [data-slot="paddock-composer-test-approve"] */
export const AgentComposerPrimitiveTestApprove = /* @__PURE__ */ createActionButton(
  'AgentComposerPrimitive.TestApprove',
  'paddock-composer-test-approve',
  () => useApprovalAction('approve', 'AgentComposerPrimitive.TestApprove'),
);

/** Refuses the waiting tool call; the agent carries on without it. @selector [data-slot="paddock-composer-test-decline"] */
export const AgentComposerPrimitiveTestDecline = /* @__PURE__ */ createActionButton(
  'AgentComposerPrimitive.TestDecline',
  'paddock-composer-test-decline',
  () => useApprovalAction('decline', 'AgentComposerPrimitive.TestDecline'),
);

/* Trace */

/**
 * "Trace <id>": a link into the host app when `traceHref` gives an address, else text; nothing before the
 * server names the trace. @default children: `TestTraceLink`, or the sentence around `TestTraceId`
 * @selector [data-slot="paddock-composer-test-trace"][data-state="linked" | "text"]
 */
export function AgentComposerPrimitiveTestTrace({ className, children, ...props }: ParagraphProps) {
  const { run, traceUrl } = useTestRunContext('AgentComposerPrimitive.TestTrace');
  const m = useTestMessages();
  if (!run.traceId) return null;
  // One message holds the whole "Trace <id>" phrase, so a translation can order it; the id stays in <code>.
  const [before, after] = aroundValue(m['agentComposer.test.trace']);
  return (
    <p
      {...props}
      data-slot="paddock-composer-test-trace"
      data-state={traceUrl ? 'linked' : 'text'}
      className={cn(className)}
    >
      {children ??
        (traceUrl ? (
          <AgentComposerPrimitiveTestTraceLink />
        ) : (
          <>
            {before}
            <AgentComposerPrimitiveTestTraceId />
            {after}
          </>
        ))}
    </p>
  );
}
AgentComposerPrimitiveTestTrace.displayName = 'AgentComposerPrimitive.TestTrace';

/**
 * The trace as a link through the provider's `LinkComponent`; nothing without an address from `traceHref`.
 * @default children: the "Trace <id>" sentence around `TestTraceId`
 * @selector [data-slot="paddock-composer-test-trace-link"][data-state="linked"]
 */
export function AgentComposerPrimitiveTestTraceLink({
  className,
  children,
  ...props
}: Omit<PaddockLinkProps, 'href' | 'data-slot'>) {
  const { traceUrl } = useTestRunContext('AgentComposerPrimitive.TestTraceLink');
  const m = useTestMessages();
  if (!traceUrl) return null;
  const [before, after] = aroundValue(m['agentComposer.test.trace']);
  return (
    <PaddockLink
      {...props}
      href={traceUrl}
      data-slot="paddock-composer-test-trace-link"
      data-state="linked"
      className={cn(className)}
    >
      {children ?? (
        <>
          {before}
          <AgentComposerPrimitiveTestTraceId />
          {after}
        </>
      )}
    </PaddockLink>
  );
}
AgentComposerPrimitiveTestTraceLink.displayName = 'AgentComposerPrimitive.TestTraceLink';

/** The trace id (`code`). @selector [data-slot="paddock-composer-test-trace-id"][data-state="linked" | "text"] */
export function AgentComposerPrimitiveTestTraceId({
  className,
  children,
  ...props
}: HTMLAttributes<HTMLElement> & { ref?: Ref<HTMLElement> | undefined }) {
  const { run, traceUrl } = useTestRunContext('AgentComposerPrimitive.TestTraceId');
  return (
    <code
      {...props}
      data-slot="paddock-composer-test-trace-id"
      data-state={traceUrl ? 'linked' : 'text'}
      className={cn(className)}
    >
      {children ?? run.traceId}
    </code>
  );
}
AgentComposerPrimitiveTestTraceId.displayName = 'AgentComposerPrimitive.TestTraceId';

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
  const idFor = useAgentComposer(selectIdFor);
  const t = useTestMessages();
  const panel = useTestPanelContext('AgentComposerPrimitive.TestInput');
  return (
    <textarea
      rows={2}
      aria-label={t['agentComposer.test.input']}
      placeholder={t['agentComposer.test.inputPlaceholder']}
      aria-describedby={panel.blocker || panel.sendError ? idFor('test-reason') : undefined}
      {...props}
      id={idFor('test-input')}
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
  const idFor = useAgentComposer(selectIdFor);
  const t = useTestMessages();
  const panel = useTestPanelContext('AgentComposerPrimitive.TestSend');
  const blocked = !!panel.blocker || panel.test.busy || panel.prompt.trim() === '';
  const { send } = panel;
  return {
    action: blocked ? null : () => void send(),
    reason: panel.blocker,
    reasonId: idFor('test-reason'),
    state: blocked ? 'disabled' : 'ready',
    label: t['agentComposer.test.send'],
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
  const t = useTestMessages();
  const panel = useTestPanelContext('AgentComposerPrimitive.TestStop');
  const { test } = panel;
  return {
    action: test.busy ? () => test.abort() : null,
    reason: null,
    hidden: !test.busy,
    state: 'busy',
    label: t['agentComposer.test.stop'],
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
  const t = useTestMessages();
  const panel = useTestPanelContext('AgentComposerPrimitive.TestClear');
  const { test } = panel;
  const empty = test.runs.length === 0;
  return {
    action: empty ? null : () => test.reset(),
    reason: null,
    state: empty ? 'empty' : 'filled',
    label: t['agentComposer.test.clear'],
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
