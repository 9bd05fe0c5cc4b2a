// Writes dist/styles.css, the whole kit stylesheet, for hosts that set `injectStyles={false}` and ship the CSS
// themselves (`import '@paddock/builder-ui/styles.css'`). Built from the same strings the components inject, so
// the two cannot drift.
import { writeFileSync } from 'node:fs';

const { paddockCss } = await import(new URL('../dist/styles/index.js', import.meta.url).href);
if (typeof paddockCss !== 'string' || paddockCss.length === 0) {
  console.error('dist/styles/index.js does not export the kit stylesheet (paddockCss)');
  process.exit(1);
}
writeFileSync(new URL('../dist/styles.css', import.meta.url), `${paddockCss.trim()}\n`);
console.log(`dist/styles.css: ${paddockCss.length} characters`);
