import type { ButtonHTMLAttributes, HTMLAttributes, MouseEvent, ReactNode, Ref } from 'react';
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
  /** The part's `data-state`. @default `'enabled'` or `'disabled'` */
  state?: string | undefined;
  /** What the button shows when the consumer passes no children (a dictionary string). */
  label?: ReactNode;
  /** Attributes the behaviour sets and the consumer's props may override (`aria-label`, `aria-busy`). */
  attributes?: ButtonHTMLAttributes<HTMLButtonElement> | undefined;
}

export interface ActionButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  /** Merge the button's behaviour into the single child element. @default false */
  asChild?: boolean | undefined;
  ref?: Ref<HTMLButtonElement> | undefined;
}

export interface ActionButtonOptions {
  /**
   * How an unavailable action is disabled.
   * - `'focusable'`: `aria-disabled`, the button stays in the tab order and clicks are ignored, so keyboard and
   *   screen-reader users reach it and hear the reason (`aria-describedby`). Right where the reason is only
   *   discoverable from the button (a confirm step), and for a control that turns busy under the user's focus
   *   (a retry): a `disabled` button would drop the focus to `<body>`.
   * - `'native'`: the `disabled` attribute, out of the tab order. Right where there is nothing to explain
   *   ("nothing to save") or where the reason is visible text of its own, still linked by `aria-describedby`.
   * @default 'focusable'
   */
  unavailable?: 'focusable' | 'native' | undefined;
}

/**
 * Builds an action part (`Confirm`, `Save`, `Retry`, `Apply`) from a behaviour hook: one `button` (or the child
 * with `asChild`), the consumer's props, ref and `className` on it, `data-slot` and `data-state` always set,
 * `data-disabled` while unavailable. The consumer's `onClick` runs first; `preventDefault()` there skips the
 * action.
 */
export function createActionButton(
  displayName: string,
  slot: string,
  useAction: () => ActionState,
  options: ActionButtonOptions = {},
) {
  const focusable = options.unavailable !== 'native';
  function ActionButton({
    asChild,
    className,
    onClick,
    disabled,
    children,
    ref,
    ...props
  }: ActionButtonProps) {
    const { action, reason, reasonId, hidden, state, label, attributes } = useAction();
    if (hidden) return null;
    const unavailable = !!disabled || action === null;
    const Comp = asChild ? Slot : 'button';
    return (
      <Comp
        type={asChild ? undefined : 'button'}
        {...attributes}
        {...props}
        ref={ref as Ref<HTMLElement & HTMLButtonElement>}
        className={cn(className)}
        data-slot={slot}
        data-state={state ?? (unavailable ? 'disabled' : 'enabled')}
        data-disabled={unavailable ? '' : undefined}
        disabled={!focusable && unavailable ? true : undefined}
        aria-disabled={focusable && unavailable ? true : undefined}
        aria-describedby={cn(
          props['aria-describedby'] ?? attributes?.['aria-describedby'],
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
        {children ?? label}
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
