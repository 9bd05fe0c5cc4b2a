import { darkTokens, lightTokens, token as t, tokenDeclarations } from './tokens.js';

/** The attribute every kit root (inline components and portaled content) carries; all CSS is scoped to it. */
export const ROOT_ATTRIBUTE = 'data-paddock-root';
/**
 * The scope every kit selector starts with. `:not(#paddock-scope)` always matches (no kit root has that id) but
 * counts as an id: app stylesheets are written under the mount point (`.app div`, `#root input`), which would
 * outrank a scope made of attributes alone. With it the kit's reset (1 id + 1 attribute) beats host rules of
 * up to one id and no class beside it, and the kit's part rules (one more attribute) still beat the reset.
 * Host `!important` rules on kit elements are beyond any specificity and stay the host's business.
 */
export const R = `[${ROOT_ATTRIBUTE}]:not(#paddock-scope)`;

/**
 * The kit's button look for `button` (a selector under the kit root), with its `primary` and `ghost` variants.
 * Styled components mark their buttons `data-paddock-button`; parts that render their own buttons inside a
 * headless part (which must not carry styled-layer attributes) get the same look by their `data-slot`.
 */
export function buttonCss(button: string, primary: string, ghost: string): string {
  return `
${R} :is(${button}) {
  display: inline-flex;
  align-items: center;
  justify-content: center;
  gap: 6px;
  height: 34px;
  padding: 0 14px;
  border-radius: calc(${t('radius')} * 0.75);
  border: 1px solid ${t('border')};
  background: ${t('surface')};
  color: ${t('surface-foreground')};
  font-weight: 500;
  cursor: pointer;
  white-space: nowrap;
  user-select: none;
}
${R} :is(${button}):hover { background: ${t('muted')}; }
${R} :is(${primary}) {
  background: ${t('primary')};
  border-color: ${t('primary')};
  color: ${t('primary-foreground')};
}
${R} :is(${primary}):hover { filter: brightness(1.08); }
${R} :is(${ghost}) { border-color: transparent; }
${R} :is(${button})[data-disabled],
${R} :is(${button}):disabled {
  opacity: 0.55;
  cursor: not-allowed;
  filter: none;
}
@media (prefers-reduced-motion: no-preference) {
  ${R} :is(${button}) { transition: background-color 120ms ease, filter 120ms ease; }
}
`;
}

/** Declarations for the small secondary buttons inside the run list and trace viewer (paging, error jumps). */
export const compactButton = `
  display: inline-flex;
  align-items: center;
  gap: 4px;
  height: 28px;
  padding: 0 10px;
  border: 1px solid ${t('border')};
  border-radius: calc(${t('radius')} * 0.75);
  background: ${t('surface')};
  color: ${t('surface-foreground')};
  font-size: 13px;
  cursor: pointer;
`;

/**
 * The framed box a panel-like component's root is drawn in (the review panel, the review queue): a column on
 * the surface colour, and server text (a 5,000-character word, a URL) wraps inside it instead of widening it.
 */
export function panelBoxCss(root: string): string {
  return `${root} {
  display: flex;
  flex-direction: column;
  min-width: 0;
  max-width: 100%;
  overflow-wrap: anywhere;
  gap: 14px;
  padding: 14px;
  background: ${t('surface')};
  color: ${t('surface-foreground')};
  border: 1px solid ${t('border')};
  border-radius: ${t('radius')};
}`;
}

// Scoped reset: only the kit's own elements, so host element, class and `#root`-style rules lose to it while
// our part rules (one more attribute) win over it.
export const baseCss = `
${R}, ${R} *, ${R} *::before, ${R} *::after {
  box-sizing: border-box;
  margin: 0;
  padding: 0;
  border: 0 solid ${t('border')};
  font: inherit;
  font-size: inherit;
  line-height: inherit;
  letter-spacing: normal;
  word-spacing: normal;
  text-transform: none;
  text-decoration: none;
  text-align: inherit;
  text-indent: 0;
  text-shadow: none;
  color: inherit;
  background: transparent;
  box-shadow: none;
  float: none;
  list-style: none;
  outline: none;
  min-width: 0;
  max-width: none;
  min-height: 0;
  vertical-align: baseline;
}
/* What the reset above leaves to the browser's defaults, restated so host rules aimed at elements (\`input {
   display: none }\`, \`input, select { height: 12px }\`, \`* { all: unset }\`) cannot take a control or a block
   away: these win over any host rule of up to one id, and every part rule (one more attribute) wins over them. */
${R} :where(div, section, article, header, footer, nav, form, fieldset, p, h1, h2, h3, h4, h5, h6, ul, ol, li, pre, dl, dt, dd, blockquote, figure) {
  display: block;
}
${R} table { display: table; border-collapse: collapse; }
${R} thead { display: table-header-group; }
${R} tbody { display: table-row-group; }
${R} tr { display: table-row; }
${R} :where(td, th) { display: table-cell; }
${R} pre { white-space: pre-wrap; }
${R} :where(input, select, textarea, button) {
  display: inline-block;
  height: auto;
  min-height: 0;
  width: auto;
  visibility: visible;
  opacity: 1;
  pointer-events: auto;
  position: static;
  cursor: auto;
  user-select: auto;
  -webkit-user-select: auto;
}
${R} :where(button, select, [type="checkbox"], [type="radio"]) { cursor: pointer; }
${R} textarea { white-space: pre-wrap; overflow: auto; resize: vertical; }
${R} :where([type="checkbox"], [type="radio"]) {
  appearance: auto;
  -webkit-appearance: auto;
  width: 14px;
  height: 14px;
  flex: none;
}
${R} [hidden]:not(#paddock-hidden) { display: none; }
${R} {
  ${tokenDeclarations(lightTokens)}
  color-scheme: light;
  display: block;
  position: relative;
  text-align: start;
  font-family: ${t('font-family')};
  font-size: ${t('font-size')};
  font-weight: 400;
  font-style: normal;
  line-height: 1.45;
  color: ${t('surface-foreground')};
  -webkit-font-smoothing: antialiased;
  /* Long unbroken text (a 5,000-character word, a pasted URL) breaks inside its box instead of widening the
     page or a list; inherited by every part. */
  overflow-wrap: anywhere;
  max-width: 100%;
}
${R}[data-theme="dark"] {
  ${tokenDeclarations(darkTokens)}
  color-scheme: dark;
}
@media (prefers-color-scheme: dark) {
  ${R}[data-theme="system"] {
    ${tokenDeclarations(darkTokens)}
    color-scheme: dark;
  }
}
${R} [data-slot="paddock-visually-hidden"] {
  position: absolute;
  width: 1px;
  height: 1px;
  overflow: hidden;
  clip: rect(0 0 0 0);
  white-space: nowrap;
}
${R} mark {
  background: ${t('highlight')};
  color: ${t('highlight-foreground')};
  border-radius: 2px;
  font-weight: 600;
}
${R} :focus-visible {
  outline: 2px solid ${t('ring')};
  outline-offset: 2px;
}
${buttonCss('[data-paddock-button]', '[data-paddock-button][data-variant="primary"]', '[data-paddock-button][data-variant="ghost"]')}
${R} [data-slot="paddock-reason"] {
  font-size: 12px;
  color: ${t('muted-foreground')};
}
`;
