import type { ButtonHTMLAttributes, HTMLAttributes, MouseEvent, Ref } from 'react';
import { cn } from './cn.js';
import { composeEventHandlers } from './compose-event-handlers.js';
import { Slot } from './slot.js';

/**
 * What an action button needs from its behaviour hook: the callback, or `null` when the action cannot run
 * now, with the user-facing reason. `hidden` removes the control entirely (host chose "hide, don't disable").
 */
export interface ActionState {
  action: (() => void) | null;
  reason: string | null;
  /** Id of the element that shows `reason`, so the button can point at it with `aria-describedby`. */
  reasonId?: string | undefined;
  hidden?: boolean | undefined;
}

export interface ActionButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  /** Merge the button's behaviour into the single child element. @default false */
  asChild?: boolean | undefined;
  ref?: Ref<HTMLButtonElement> | undefined;
}

/**
 * Builds an action part (`Confirm`, later `Save`, `Publish`, `Retry`) from a behaviour hook. An unavailable
 * action stays focusable (`aria-disabled`, not `disabled`) so keyboard and screen-reader users can reach it
 * and hear why it is unavailable; clicks are ignored.
 */
export function createActionButton(displayName: string, slot: string, useAction: () => ActionState) {
  function ActionButton({
    asChild,
    className,
    onClick,
    disabled,
    children,
    ref,
    ...props
  }: ActionButtonProps) {
    const { action, reason, reasonId, hidden } = useAction();
    if (hidden) return null;
    const unavailable = !!disabled || action === null;
    const Comp = asChild ? Slot : 'button';
    return (
      <Comp
        type={asChild ? undefined : 'button'}
        {...props}
        ref={ref as Ref<HTMLElement & HTMLButtonElement>}
        className={cn(className)}
        data-slot={slot}
        data-state={unavailable ? 'disabled' : 'enabled'}
        data-disabled={unavailable ? '' : undefined}
        aria-disabled={unavailable || undefined}
        aria-describedby={cn(
          props['aria-describedby'],
          unavailable && reason && reasonId ? reasonId : undefined,
        )}
        title={props.title ?? (unavailable ? (reason ?? undefined) : undefined)}
        onClick={composeEventHandlers(onClick, (event: MouseEvent<HTMLButtonElement>) => {
          if (unavailable) {
            event.preventDefault();
            return;
          }
          action?.();
        })}
      >
        {children}
      </Comp>
    );
  }
  ActionButton.displayName = displayName;
  return ActionButton;
}

export interface ActionReasonProps extends HTMLAttributes<HTMLSpanElement> {
  ref?: Ref<HTMLSpanElement> | undefined;
}

/** The visible "why not" next to an action button; renders nothing while the action is available. */
export function createActionReason(displayName: string, slot: string, useAction: () => ActionState) {
  function ActionReason({ className, children, ref, ...props }: ActionReasonProps) {
    const { action, reason, reasonId, hidden } = useAction();
    if (hidden || action !== null || !reason) return null;
    return (
      <span
        {...props}
        ref={ref}
        id={reasonId}
        className={cn(className)}
        data-slot={slot}
        data-state="visible"
      >
        {children ?? reason}
      </span>
    );
  }
  ActionReason.displayName = displayName;
  return ActionReason;
}
