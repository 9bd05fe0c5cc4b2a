// React Server Components hosts (Next.js app router) only treat the kit as client code when the published entry
// starts with the directive; bundlers may drop module-level directives, so the build is checked, not trusted.
// Every entry whose source starts with "use client" must keep it in dist/. The framework-free entry
// (`./core`) must not carry it, nor reach React through any module it imports: server code may use it.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const pkgDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const manifest = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
const directive = /^\s*(['"])use client\1;?/;
const FRAMEWORK_FREE = ['./core'];
let failed = false;

/** @param {string} file */
const firstStatement = (file) => readFileSync(file, 'utf8').replace(/^(\s*\/\/[^\n]*\n)+/, '');

/**
 * Every module `file` imports statically, transitively, inside dist/ (bare specifiers are recorded, not followed).
 * @param {string} file
 * @param {Set<string>} seen
 * @param {Set<string>} bare
 */
function walk(file, seen, bare) {
  if (seen.has(file)) return;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const [, specifier] of code.matchAll(
    /(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s*['"]([^'"]+)['"]/g,
  )) {
    if (!specifier) continue;
    if (specifier.startsWith('.')) walk(resolve(dirname(file), specifier), seen, bare);
    else bare.add(specifier);
  }
}

for (const [subpath, target] of Object.entries(manifest.exports)) {
  if (typeof target !== 'object' || !target['@paddock/source']) continue;
  const source = join(pkgDir, target['@paddock/source']);
  const built = join(pkgDir, target.import);
  if (!existsSync(built)) {
    console.error(`${target.import} is missing: run the build first`);
    failed = true;
    continue;
  }
  const wantsDirective = directive.test(firstStatement(source));
  const hasDirective = directive.test(firstStatement(built));
  if (FRAMEWORK_FREE.includes(subpath)) {
    const bare = new Set();
    walk(built, new Set(), bare);
    const react = [...bare].filter(
      (s) => s === 'react' || s.startsWith('react/') || s.startsWith('react-dom'),
    );
    if (hasDirective || react.length > 0) {
      console.error(
        `${target.import} must stay framework-free; it imports ${react.join(', ') || '"use client"'}`,
      );
      failed = true;
    } else console.log(`${target.import} is framework-free (no React, no "use client")`);
  } else if (wantsDirective && !hasDirective) {
    console.error(
      `${target.import} must start with "use client" like its source ${target['@paddock/source']}`,
    );
    failed = true;
  } else if (wantsDirective) console.log(`${target.import} starts with "use client"`);
}
if (failed) process.exit(1);
