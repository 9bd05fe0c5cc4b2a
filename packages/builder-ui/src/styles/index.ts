import { agentComposerCss } from '../components/agent-composer-styles.js';
import { baseCss } from './base.js';
import { primitivePickerCss } from './primitive-picker.js';
import { runTraceCss } from './run-trace.js';

export { ROOT_ATTRIBUTE } from './base.js';
export * from './tokens.js';
export { agentComposerCss, runTraceCss };

/**
 * The whole stylesheet, as a string the kit root injects once (React 19 dedupes `<style href precedence>`).
 * Every selector is scoped under `[data-paddock-root]`: no `:root`, no global element rules, no reset outside
 * the kit. New components append their own block here: a host that sets `injectStyles={false}` ships exactly
 * this string, so a component whose CSS is missing from it is unstyled there.
 */
export const paddockCss: string = [baseCss, primitivePickerCss, agentComposerCss, runTraceCss].join('\n');
