// React Server Components hosts (Next.js app router) only treat the kit as client code when the published entry
// starts with the directive; bundlers may drop module-level directives, so the build is checked, not trusted.
import { readFileSync } from 'node:fs';

const entry = new URL('../dist/index.js', import.meta.url);
const firstLine = readFileSync(entry, 'utf8').split('\n', 1)[0]?.trim();
if (firstLine !== '"use client";' && firstLine !== "'use client';") {
  console.error(`dist/index.js must start with "use client"; it starts with: ${firstLine}`);
  process.exit(1);
}
console.log('dist/index.js starts with "use client"');
