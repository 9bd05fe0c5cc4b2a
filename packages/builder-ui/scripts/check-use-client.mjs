// React Server Components hosts (Next.js app router) only treat the kit as client code when the published modules
// a server component imports from start with the directive; bundlers may drop module-level directives, so the
// build is checked, not trusted. Every entry whose source starts with "use client" must keep it in dist/: the
// built entry is a list of `export * from` facades (scripts/export-star-entries.ts; Next.js refuses `export *`
// in a client boundary), so every facade must start with it. The framework-free entry (`./core`) must not carry
// it, nor reach React through any module it imports: server code may use it.
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
  const code = readFileSync(built, 'utf8');
  const facadeLine = /^export \* from "(\.[^"]+)";\n/gm;
  const facades = [...code.matchAll(facadeLine)].map((m) => resolve(dirname(built), m[1] ?? ''));
  const onlyFacades = facades.length > 0 && code.replace(facadeLine, '') === '';
  const marked = [built, ...facades].filter((file) => directive.test(firstStatement(file)));
  // Facades: each one a client boundary and the entry none (it holds `export *`). Otherwise the entry itself.
  const hasDirective = onlyFacades
    ? marked.length === facades.length && !marked.includes(built)
    : marked.includes(built);
  if (FRAMEWORK_FREE.includes(subpath)) {
    const bare = new Set();
    walk(built, new Set(), bare);
    const react = [...bare].filter(
      (s) => s === 'react' || s.startsWith('react/') || s.startsWith('react-dom'),
    );
    if (marked.length > 0 || react.length > 0) {
      console.error(
        `${target.import} must stay framework-free; it imports ${react.join(', ') || '"use client"'}`,
      );
      failed = true;
    } else console.log(`${target.import} is framework-free (no React, no "use client")`);
  } else if (wantsDirective && !hasDirective) {
    console.error(
      `${target.import} (or, for a list of \`export *\` facades, each facade and not the list) must start with "use client" like its source ${target['@paddock/source']}`,
    );
    failed = true;
  } else if (wantsDirective) {
    console.log(
      onlyFacades
        ? `${target.import}: its ${facades.length} re-exported modules start with "use client"`
        : `${target.import} starts with "use client"`,
    );
  }
}
if (failed) process.exit(1);
