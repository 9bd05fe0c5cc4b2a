import type { HTMLAttributes, Ref } from 'react';
import { useMessages } from '../../hooks/use-builder.js';
import { cn } from '../../utils/cn.js';
import { createActionButton, type ActionState } from '../../utils/create-action-button.js';
import {
  useAgentComposerDiscardLocal,
  useAgentComposerReload,
  useAgentComposerRequestReview,
  useAgentComposerRetry,
  useAgentComposerSave,
} from './agent-composer-actions.js';
import { useAgentComposer } from './agent-composer-context.js';
import { draftErrorText, saveStatusText } from './agent-composer-text.js';

/* -------------------------------------------------------------------------------------------------
 * SaveStatus
 * -----------------------------------------------------------------------------------------------*/

export interface AgentComposerPrimitiveSaveStatusProps extends HTMLAttributes<HTMLParagraphElement> {
  ref?: Ref<HTMLParagraphElement> | undefined;
}

/**
 * The autosave status in words, as a polite live region.
 *
 * @selector [data-slot="paddock-composer-save-status"][data-state="idle" | "pending" | "saving" | "saved" | "offline" | "error" | "conflict" | "invalid"]
 */
export function AgentComposerPrimitiveSaveStatus({
  className,
  children,
  ...props
}: AgentComposerPrimitiveSaveStatusProps) {
  const composer = useAgentComposer((c) => ({
    messages: c.messages,
    state: { status: c.state.status, error: c.state.error, hold: c.state.hold },
  }));
  const kit = useMessages();
  const { status } = composer.state;
  const text = saveStatusText(composer.messages, kit, composer.state);
  return (
    <p
      role="status"
      {...props}
      data-slot="paddock-composer-save-status"
      data-state={status}
      className={cn(className)}
    >
      {children ?? text}
    </p>
  );
}
AgentComposerPrimitiveSaveStatus.displayName = 'AgentComposerPrimitive.SaveStatus';

/* -------------------------------------------------------------------------------------------------
 * Save / Retry / RequestReview / DiscardLocal
 * -----------------------------------------------------------------------------------------------*/

function useSaveAction(): ActionState {
  const composer = useAgentComposer((c) => ({ messages: c.messages, status: c.state.status }));
  const save = useAgentComposerSave();
  return {
    action: save ? () => void save() : null,
    reason: null,
    state: composer.status,
    label: composer.messages['agentComposer.save'],
  };
}

/**
 * Saves now (never publishes). Disabled (`disabled`: there is nothing to explain) while read-only, loading, in
 * conflict, saving or with nothing to save.
 *
 * @selector [data-slot="paddock-composer-save"][data-state="<DraftSaveStatus>"]
 */
export const AgentComposerPrimitiveSave = /* @__PURE__ */ createActionButton(
  'AgentComposerPrimitive.Save',
  'paddock-composer-save',
  useSaveAction,
  { unavailable: 'native' },
);

function useRetryAction(): ActionState {
  const composer = useAgentComposer((c) => ({ messages: c.messages, status: c.state.status }));
  const retry = useAgentComposerRetry();
  return {
    action: retry ? () => void retry() : null,
    reason: null,
    hidden: !retry,
    state: composer.status,
    label: composer.messages['agentComposer.retry'],
  };
}

/** Retries a failed or queued save; rendered only in the `error` and `offline` states. */
export const AgentComposerPrimitiveRetry = /* @__PURE__ */ createActionButton(
  'AgentComposerPrimitive.Retry',
  'paddock-composer-retry',
  useRetryAction,
  { unavailable: 'native' },
);

function useRequestReviewAction(): ActionState {
  const composer = useAgentComposer((c) => ({
    messages: c.messages,
    idFor: c.idFor,
    requestReviewBlocker: c.requestReviewBlocker,
  }));
  const requestReview = useAgentComposerRequestReview();
  return {
    action: requestReview,
    reason: composer.requestReviewBlocker,
    reasonId: composer.idFor('review-reason'),
    state: requestReview ? 'ready' : 'blocked',
    label: composer.messages['agentComposer.requestReview'],
  };
}

/**
 * Hands the saved draft version to the host's review flow (`onRequestReview`). Disabled until the draft is
 * saved, valid and free of conflicts; it then points (`aria-describedby`) at `RequestReviewReason`, the
 * visible sentence that says why.
 *
 * @selector [data-slot="paddock-composer-request-review"][data-state="ready" | "blocked"]
 */
export const AgentComposerPrimitiveRequestReview = /* @__PURE__ */ createActionButton(
  'AgentComposerPrimitive.RequestReview',
  'paddock-composer-request-review',
  useRequestReviewAction,
  { unavailable: 'native' },
);

/** Why review cannot be requested yet; empty when it can. */
export function AgentComposerPrimitiveRequestReviewReason({
  className,
  ...props
}: HTMLAttributes<HTMLSpanElement>) {
  const composer = useAgentComposer((c) => ({
    idFor: c.idFor,
    requestReviewBlocker: c.requestReviewBlocker,
  }));
  const id = composer.idFor('review-reason');
  return (
    <span
      {...props}
      id={id}
      data-slot="paddock-composer-review-reason"
      data-state={composer.requestReviewBlocker ? 'blocked' : 'ready'}
      className={cn(className)}
    >
      {composer.requestReviewBlocker}
    </span>
  );
}
AgentComposerPrimitiveRequestReviewReason.displayName = 'AgentComposerPrimitive.RequestReviewReason';

function useDiscardLocalAction(): ActionState {
  const messages = useAgentComposer((c) => c.messages);
  const discardLocal = useAgentComposerDiscardLocal();
  return {
    action: discardLocal ? () => void discardLocal() : null,
    reason: null,
    hidden: !discardLocal,
    state: 'restored',
    label: messages['agentComposer.discardLocal'],
  };
}

/** Drops the local copy and reloads the server's draft; rendered only when a local copy was restored. */
export const AgentComposerPrimitiveDiscardLocal = /* @__PURE__ */ createActionButton(
  'AgentComposerPrimitive.DiscardLocal',
  'paddock-composer-discard-local',
  useDiscardLocalAction,
  { unavailable: 'native' },
);

/* -------------------------------------------------------------------------------------------------
 * Loading / LoadError / LoadRetry
 * -----------------------------------------------------------------------------------------------*/

/**
 * "Loading the agent…" (or, for a new agent, "Checking what you can do…" while the permissions load);
 * rendered only while loading. @selector [data-slot="paddock-composer-loading"][data-state="loading"]
 */
export function AgentComposerPrimitiveLoading({
  className,
  children,
  ...props
}: HTMLAttributes<HTMLParagraphElement>) {
  const composer = useAgentComposer((c) => ({
    messages: c.messages,
    state: { load: c.state.load, agentId: c.state.agentId },
  }));
  const kit = useMessages();
  if (composer.state.load !== 'loading') return null;
  return (
    <p {...props} data-slot="paddock-composer-loading" data-state="loading" className={cn(className)}>
      {children ??
        (composer.state.agentId === null
          ? kit['permission.checking']
          : composer.messages['agentComposer.loading'])}
    </p>
  );
}
AgentComposerPrimitiveLoading.displayName = 'AgentComposerPrimitive.Loading';

/**
 * Why the agent could not be loaded, as an alert with a dictionary sentence per error kind (permission with
 * the missing permission, not found, offline…); rendered only after a failed load. Put `LoadRetry` inside.
 *
 * @selector [data-slot="paddock-composer-load-error"][data-state="error" | "retrying"][data-kind="<DraftErrorKind>"]
 */
export function AgentComposerPrimitiveLoadError({
  className,
  children,
  ...props
}: HTMLAttributes<HTMLDivElement>) {
  const composer = useAgentComposer((c) => ({
    messages: c.messages,
    idFor: c.idFor,
    reloading: c.reloading,
    state: { load: c.state.load, loadError: c.state.loadError },
  }));
  const kit = useMessages();
  const { load, loadError } = composer.state;
  if (load !== 'error') return null;
  const m = composer.messages;
  return (
    <div
      role="alert"
      {...props}
      id={composer.idFor('load-error')}
      data-slot="paddock-composer-load-error"
      data-state={composer.reloading ? 'retrying' : 'error'}
      data-kind={loadError?.kind}
      className={cn(className)}
    >
      <p data-slot="paddock-composer-load-error-title" data-state="error">
        {m['agentComposer.loadError']}
      </p>
      <p data-slot="paddock-composer-load-error-message" data-state="error">
        {loadError ? draftErrorText(m, kit, loadError) : kit['error.unknown']}
      </p>
      {children}
    </div>
  );
}
AgentComposerPrimitiveLoadError.displayName = 'AgentComposerPrimitive.LoadError';

function useLoadRetryAction(): ActionState {
  const composer = useAgentComposer((c) => ({
    messages: c.messages,
    reloading: c.reloading,
    failed: c.state.load === 'error',
  }));
  const reload = useAgentComposerReload();
  return {
    action: reload ? () => void reload() : null,
    reason: null,
    hidden: !composer.failed,
    state: composer.reloading ? 'retrying' : 'idle',
    label: composer.messages['agentComposer.loadRetry'],
    attributes: { 'aria-busy': composer.reloading || undefined },
  };
}

/**
 * Loads the agent again; rendered only after a failed load. While the retry runs it stays focusable
 * (`aria-disabled`, `aria-busy`): the user pressed it, and a `disabled` button would drop their focus.
 *
 * @selector [data-slot="paddock-composer-load-retry"][data-state="idle" | "retrying"]
 */
export const AgentComposerPrimitiveLoadRetry = /* @__PURE__ */ createActionButton(
  'AgentComposerPrimitive.LoadRetry',
  'paddock-composer-load-retry',
  useLoadRetryAction,
);

/* -------------------------------------------------------------------------------------------------
 * Notices
 * -----------------------------------------------------------------------------------------------*/

/** "Read-only" with the reason (missing permission); renders nothing when the user may edit. */
export function AgentComposerPrimitiveReadOnlyNotice({
  className,
  ...props
}: HTMLAttributes<HTMLParagraphElement>) {
  const composer = useAgentComposer((c) => ({
    messages: c.messages,
    readOnly: c.readOnly,
    readOnlyReason: c.readOnlyReason,
    readOnlyDetail: c.readOnlyDetail,
  }));
  if (!composer.readOnly) return null;
  return (
    <p {...props} data-slot="paddock-composer-read-only" data-state="read-only" className={cn(className)}>
      {composer.messages['agentComposer.readOnly'](composer.readOnlyReason ?? '')}
      {composer.readOnlyDetail ? (
        <>
          {' '}
          <small data-slot="paddock-composer-read-only-detail" data-state="read-only">
            {composer.readOnlyDetail}
          </small>
        </>
      ) : null}
    </p>
  );
}
AgentComposerPrimitiveReadOnlyNotice.displayName = 'AgentComposerPrimitive.ReadOnlyNotice';

/** Says the draft was restored from this device (an edit that had not reached the server). */
export function AgentComposerPrimitiveRestoredNotice({
  className,
  ...props
}: HTMLAttributes<HTMLParagraphElement>) {
  const composer = useAgentComposer((c) => ({
    messages: c.messages,
    state: { restored: c.state.restored, dirtyFields: c.state.dirtyFields },
  }));
  if (!composer.state.restored || composer.state.dirtyFields.length === 0) return null;
  return (
    <p {...props} data-slot="paddock-composer-restored" data-state="restored" className={cn(className)}>
      {composer.messages['agentComposer.restored']}
    </p>
  );
}
AgentComposerPrimitiveRestoredNotice.displayName = 'AgentComposerPrimitive.RestoredNotice';
