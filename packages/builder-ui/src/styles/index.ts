import { baseCss } from './base.js';
import { primitivePickerCss } from './primitive-picker.js';

export { ROOT_ATTRIBUTE } from './base.js';
export * from './tokens.js';

/**
 * The whole stylesheet, as a string the kit root injects once (React 19 dedupes `<style href precedence>`).
 * Every selector is scoped under `[data-paddock-root]`: no `:root`, no global element rules, no reset outside
 * the kit. New components append their own block here.
 */
export const paddockCss: string = [baseCss, primitivePickerCss].join('\n');
