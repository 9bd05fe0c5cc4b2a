import { createElement, type HTMLAttributes, type Ref } from 'react';
import { paddockCss, ROOT_ATTRIBUTE, tokenOverrideStyle } from '../styles/index.js';
import { cn } from '../utils/cn.js';
import { Slot } from '../utils/slot.js';
import { useBuilderContext, type PaddockLinkProps } from './builder-context.js';

export interface PaddockRootProps extends HTMLAttributes<HTMLDivElement> {
  /** Render the theme scope onto the single child element instead of a `div`. @default false */
  asChild?: boolean | undefined;
  ref?: Ref<HTMLDivElement> | undefined;
}

/**
 * The themed scope every top-level kit surface renders, portals included: it carries `data-paddock-root`, the
 * theme and the host's token overrides, and injects the kit stylesheet once. Everything the kit styles lives
 * inside one of these, which is how the host page stays untouched.
 */
export function PaddockRoot({ asChild, className, style, ref, ...props }: PaddockRootProps) {
  const { theme, tokens, injectStyles } = useBuilderContext('PaddockRoot');
  const Comp = asChild ? Slot : 'div';
  return (
    <>
      {injectStyles ? (
        <style href="paddock-builder-ui" precedence="paddock">
          {paddockCss}
        </style>
      ) : null}
      <Comp
        {...{ [ROOT_ATTRIBUTE]: '' }}
        data-theme={theme}
        {...props}
        ref={ref as Ref<HTMLElement & HTMLDivElement>}
        className={cn(className)}
        style={{ ...tokenOverrideStyle(tokens), ...style }}
      />
    </>
  );
}

/**
 * A link through the host's router-agnostic `LinkComponent` (a plain `<a>` by default). Kit components link with
 * this, never with a router of their own.
 */
export function PaddockLink(props: PaddockLinkProps) {
  const { LinkComponent } = useBuilderContext('PaddockLink');
  // createElement rather than JSX: the component comes from context, not from this module's scope.
  return createElement(LinkComponent, props);
}
