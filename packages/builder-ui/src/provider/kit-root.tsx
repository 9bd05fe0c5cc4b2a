import { createElement, type HTMLAttributes, type Ref } from 'react';
import { baseCss, ROOT_ATTRIBUTE } from '../styles/base.js';
import { tokenOverrideStyle } from '../styles/tokens.js';
import { cn } from '../utils/cn.js';
import { Slot } from '../utils/slot.js';
import { useBuilderContext, type PaddockLinkProps } from './builder-context.js';

/**
 * Component stylesheets a kit root injects after the base sheet, keyed by a stable name (`'primitive-picker'`):
 * each becomes one `<style href="paddock-<name>">` per document, however many roots ask for it.
 */
export type PaddockStylesheet = Readonly<Record<string, string>>;

export interface PaddockRootProps extends HTMLAttributes<HTMLDivElement> {
  /** Render the theme scope onto the single child element instead of a `div`. @default false */
  asChild?: boolean | undefined;
  /**
   * The stylesheets of the component rendering this root, e.g. `{ 'primitive-picker': primitivePickerCss }`.
   * Injected next to the base sheet unless the provider sets `injectStyles={false}`. Pass the object from the
   * same module scope or inline: only the names and strings matter. @default none (base sheet only)
   */
  stylesheets?: PaddockStylesheet | undefined;
  ref?: Ref<HTMLDivElement> | undefined;
}

/**
 * The themed scope every top-level kit surface renders, portals included: it carries `data-paddock-root`, the
 * theme and the host's token overrides, and injects the base stylesheet plus the rendering component's own.
 * Everything the kit styles lives inside one of these, which is how the host page stays untouched.
 */
export function PaddockRoot({ asChild, stylesheets, className, style, ref, ...props }: PaddockRootProps) {
  const { theme, tokens, injectStyles } = useBuilderContext('PaddockRoot');
  const Comp = asChild ? Slot : 'div';
  return (
    <>
      {/* React 19 hoists `<style href precedence>` into <head> once per href; within one precedence the sheets
          keep their first-insertion order, and the base sheet is always rendered first. Component rules win over
          the reset by specificity (one more attribute), not by order. */}
      {injectStyles ? (
        <style href="paddock-builder-ui" precedence="paddock">
          {baseCss}
        </style>
      ) : null}
      {injectStyles && stylesheets ? <StyleElements stylesheets={stylesheets} /> : null}
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

function StyleElements({ stylesheets }: { stylesheets: PaddockStylesheet }) {
  return Object.entries(stylesheets).map(([name, css]) => (
    <style key={name} href={`paddock-${name}`} precedence="paddock">
      {css}
    </style>
  ));
}

/**
 * Injects component stylesheets from inside an existing kit root, for a part that loads later than its root (a
 * lazily loaded picker body). Same dedupe and `injectStyles` rule as `PaddockRoot stylesheets`.
 */
export function PaddockStylesheets({ stylesheets }: { stylesheets: PaddockStylesheet }) {
  const { injectStyles } = useBuilderContext('PaddockStylesheets');
  return injectStyles ? <StyleElements stylesheets={stylesheets} /> : null;
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
