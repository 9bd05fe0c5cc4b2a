import { Children, cloneElement, isValidElement, type HTMLAttributes, type ReactNode, type Ref } from 'react';
import { cn } from './cn.js';
import { composeRefs } from './compose-refs.js';

type AnyProps = Record<string, unknown>;

export interface SlotProps extends HTMLAttributes<HTMLElement> {
  children?: ReactNode;
  ref?: Ref<HTMLElement> | undefined;
}

function mergeProps(slotProps: AnyProps, childProps: AnyProps): AnyProps {
  const merged: AnyProps = { ...slotProps };
  for (const key of Object.keys(childProps)) {
    const slotValue = slotProps[key];
    const childValue = childProps[key];
    if (/^on[A-Z]/.test(key) && typeof slotValue === 'function' && typeof childValue === 'function') {
      // The child's own handler runs first; the part's handler already honours preventDefault.
      merged[key] = (...args: unknown[]) => {
        (childValue as (...a: unknown[]) => void)(...args);
        (slotValue as (...a: unknown[]) => void)(...args);
      };
    } else if (key === 'style') {
      merged[key] = { ...(slotValue as object | undefined), ...(childValue as object | undefined) };
    } else if (key === 'className') {
      merged[key] = cn(slotValue as string | undefined, childValue as string | undefined);
    } else if (childValue !== undefined) {
      merged[key] = childValue;
    }
  }
  return merged;
}

/**
 * Renders its single child element with the part's props merged in (`asChild`): handlers composed,
 * `className` joined, `style` merged, refs composed.
 */
export function Slot({ children, ref, ...slotProps }: SlotProps) {
  if (!isValidElement(children)) {
    return Children.count(children) > 1 ? Children.only(null) : null;
  }
  const childProps = children.props as AnyProps;
  const childRef = childProps['ref'] as Ref<HTMLElement> | undefined;
  return cloneElement(children, {
    ...mergeProps(slotProps as AnyProps, childProps),
    ref: ref || childRef ? composeRefs(ref, childRef) : undefined,
  } as AnyProps);
}
