import { posix } from 'node:path';
import type { Plugin } from 'vite';

/**
 * Rewrites each built entry (`dist/index.js`…), which the library build emits as named imports from every
 * module plus one `export { … }`, into `export * from` lines over one small facade per module:
 *
 * ```js
 * // dist/index.js
 * export * from './_exports/index/components/primitive-picker.js';
 * // dist/_exports/index/components/primitive-picker.js
 * export { PrimitivePicker } from '../../../components/primitive-picker.js';
 * ```
 *
 * Same exports, same modules, for esbuild hosts with code splitting. esbuild gives a module to the up-front
 * chunks of every entry that reaches it through a module that is in use, following all of that module's imports,
 * not only the ones in use; and every dynamic `import()` target is an entry of its own, so the modules a lazy
 * chunk uses are in use. An entry file that re-exports by name is in use as soon as a host imports one name
 * through it, so a page importing `BuilderProvider` loaded every module that a lazy chunk (the composer's
 * deferred parts, the SDK's resource bodies) shares with the package's index. A module reached only through
 * `export *` is not in use on its own account; the facade of a name the host imports is, and it reaches only
 * that name's module. Rolldown bundles both shapes to the same bytes (the size budgets' rolldown column).
 *
 * Facades, not `export *` straight from each module: a module may export more than the entry does. The entry's
 * directive (`'use client'`) moves to every facade: Next.js refuses `export *` in a client boundary ("use named
 * exports instead"), and a module that only passes on client boundaries' names needs none of its own. (Vite
 * hosts get one "module level directive" notice per facade a page imports, as they do for each Radix package.)
 * The entry must consist only of imports and re-exports: the build fails on code of its own, which belongs in a
 * module.
 */
export function exportStarEntries(): Plugin {
  return {
    name: 'paddock-export-star-entries',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.isEntry) continue;
        const entryDir = posix.dirname(chunk.fileName);
        const facadeDir = posix.join('_exports', chunk.fileName.replace(/\.js$/, ''));
        /** Local name -> where it comes from: `[module, the name there]`. */
        const imported = new Map<string, [string, string]>();
        /** Module -> re-export specifiers, in the order the entry imports the modules (gzip likes it). */
        const facades = new Map<string, string[]>();
        const directives: string[] = [];
        const program = this.parse(chunk.code);
        const nameOf = (node: { type: string; name?: string; value?: unknown }) =>
          node.type === 'Identifier' ? String(node.name) : String(node.value);
        const reexport = (from: string, name: string, as: string) => {
          const list = facades.get(from) ?? [];
          list.push(name === as ? name : `${name} as ${as}`);
          facades.set(from, list);
        };
        for (const node of program.body) {
          if (node.type === 'ExpressionStatement' && 'directive' in node && node.directive) {
            directives.push(`"${node.directive}";`);
          } else if (node.type === 'ImportDeclaration') {
            const from = String(node.source.value);
            if (!facades.has(from)) facades.set(from, []);
            for (const spec of node.specifiers) {
              // Rolldown imports a namespace by name (`primitive_picker_exports`); `import * as` would need an
              // `export * as` facade, which Next.js refuses in a client boundary.
              if (spec.type === 'ImportNamespaceSpecifier') {
                throw new Error(`${chunk.fileName}: an entry may not import a namespace (${from})`);
              }
              const name = spec.type === 'ImportSpecifier' ? nameOf(spec.imported) : 'default';
              imported.set(spec.local.name, [from, name]);
            }
          } else if (node.type === 'ExportNamedDeclaration' && !node.declaration) {
            for (const spec of node.specifiers) {
              const local = nameOf(spec.local);
              const as = nameOf(spec.exported);
              const source: [string, string] | undefined = node.source
                ? [String(node.source.value), local]
                : imported.get(local);
              if (!source) throw new Error(`${chunk.fileName}: exports ${local}, which it does not import`);
              // `export *` never passes a default export on.
              if (as === 'default') throw new Error(`${chunk.fileName}: an entry has no default export`);
              reexport(source[0], source[1], as);
            }
          } else {
            throw new Error(
              `${chunk.fileName}: an entry may only import and re-export (found ${node.type}); move its code into a module`,
            );
          }
        }
        const lines: string[] = [];
        for (const [from, specifiers] of facades) {
          if (specifiers.length === 0) continue;
          const target = from.startsWith('.') ? posix.join(entryDir, from) : null;
          const facade = posix.join(facadeDir, target ?? from.replace(/[^\w.-]+/g, '_'));
          const relative = (to: string) => {
            const path = posix.relative(posix.dirname(facade), to);
            return path.startsWith('.') ? path : `./${path}`;
          };
          const statements = [
            ...directives,
            `export { ${specifiers.join(', ')} } from "${target ? relative(target) : from}";`,
          ];
          this.emitFile({
            type: 'asset',
            fileName: target ? facade : `${facade}.js`,
            source: `${statements.join('\n')}\n`,
          });
          const fromEntry = posix.relative(entryDir, target ? facade : `${facade}.js`);
          lines.push(`export * from "./${fromEntry}";`);
        }
        chunk.code = `${lines.join('\n')}\n`;
        // A list of re-exports maps to nothing worth a source map.
        chunk.map = null;
        delete bundle[`${chunk.fileName}.map`];
      }
    },
  };
}
