/* Everything the styled composer shows only after its form, in one chunk: the test panel, the binding picker
   (the picker's root, search index, list and virtualizer) and the conflict resolver, each with its CSS and
   strings. The composer fetches it as it mounts, in parallel with the draft's own load, so a host page pays
   for none of it before first paint, and "Add tools" or a conflict finds it ready. One chunk rather than one
   per part: a bundler splits the modules each lazy chunk shares with the page into chunks of their own, and a
   page that also uses the rest of the kit then loads more, smaller, less compressible files. */
export { default as TestPanelBody } from './agent-composer-test-panel.js';
export { default as BindingPickerBody } from './agent-composer-binding-picker.js';
export { default as ConflictResolverBody } from './agent-composer-conflict.js';
