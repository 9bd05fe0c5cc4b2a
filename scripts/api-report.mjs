// The public API report: every export of every entry in each package's `exports` map, with its type, read
// from the BUILT declarations (`pnpm build` first) with the TypeScript compiler API. The report is checked in as
// `packages/<pkg>/api-report.md`, so every change to the public surface shows up in review as a diff. It also
// imports each built entry in Node and checks that the JavaScript exports exactly what the declarations name.
//
//   node scripts/api-report.mjs           check: exit 1 when a report is out of date (CI, scripts/test-all.mjs)
//   node scripts/api-report.mjs --write   regenerate the reports after a deliberate API change
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const write = process.argv.includes('--write');

/**
 * Every public package with an `exports` map: its entries that have declarations, as
 * `{ specifier: '@paddock/builder-ui/core', file: '<abs>/dist/core/index.d.ts' }`.
 */
function collectPackages() {
  const found = [];
  for (const dir of readdirSync(join(root, 'packages')).sort()) {
    const pkgDir = join(root, 'packages', dir);
    const manifestPath = join(pkgDir, 'package.json');
    if (!existsSync(manifestPath)) continue;
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    if (manifest.private || !manifest.exports) continue;
    const entries = [];
    for (const [subpath, target] of Object.entries(manifest.exports)) {
      const types = typeof target === 'object' && target ? target.types : undefined;
      if (!types) continue; // package.json, stylesheets
      const file = join(pkgDir, types);
      if (!existsSync(file)) {
        console.error(`${relative(root, file)} does not exist: run \`pnpm build\` before the API report.`);
        process.exit(1);
      }
      entries.push({
        specifier: subpath === '.' ? manifest.name : `${manifest.name}${subpath.slice(1)}`,
        file,
        code: join(pkgDir, target.import),
      });
    }
    found.push({ name: manifest.name, dir: pkgDir, entries });
  }
  return found;
}

const printFlags =
  ts.TypeFormatFlags.NoTruncation |
  ts.TypeFormatFlags.UseSingleQuotesForStringLiteralType |
  ts.TypeFormatFlags.WriteArrowStyleSignature;

/**
 * A call signature as `<T>(name: Type, arg1?: Type) => Return`. Destructured parameters print as `argN`: the
 * names an implementation gives its bindings are not part of the API.
 */
/**
 * @param {ts.TypeChecker} checker
 * @param {ts.Signature} signature
 */
function signatureText(checker, signature) {
  const typeParameters = signature.getTypeParameters() ?? [];
  const generics = typeParameters.length
    ? `<${typeParameters
        .map((parameter) => {
          const constraint = parameter.getConstraint();
          return constraint
            ? `${checker.typeToString(parameter)} extends ${checker.typeToString(constraint, undefined, printFlags)}`
            : checker.typeToString(parameter);
        })
        .join(', ')}>`
    : '';
  const parameters = signature.parameters.map((parameter, index) => {
    const declaration = parameter.valueDeclaration;
    const name = parameter.name.startsWith('__') ? `arg${index}` : parameter.name;
    const rest = declaration && ts.isParameter(declaration) && declaration.dotDotDotToken ? '...' : '';
    const optional =
      declaration && ts.isParameter(declaration) && (declaration.questionToken || declaration.initializer)
        ? '?'
        : '';
    const type = declaration
      ? checker.getTypeOfSymbolAtLocation(parameter, declaration)
      : checker.getAnyType();
    return `${rest}${name}${optional}: ${checker.typeToString(type, undefined, printFlags)}`;
  });
  const returnType = checker.typeToString(checker.getReturnTypeOfSignature(signature), undefined, printFlags);
  return `${generics}(${parameters.join(', ')}) => ${returnType}`;
}

/** Whitespace-normalised declaration text, without the JSDoc (prose changes are not API changes). */
/** @param {ts.Node} node */
function declarationText(node) {
  const printer = ts.createPrinter({ removeComments: true });
  return printer.printNode(ts.EmitHint.Unspecified, node, node.getSourceFile()).replace(/\s+$/gm, '');
}

/** One line (or block) per export: `const X: T`, `function f(a: A): R`, `interface I { … }`, `namespace N { … }`. */
/**
 * @param {ts.TypeChecker} checker
 * @param {ts.Symbol} symbol
 * @param {string} name
 * @returns {string[]}
 */
function describeSymbol(checker, symbol, name, indent = '') {
  const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
  const declarations = target.declarations ?? [];
  const lines = [];
  // `export * as Parts from './parts.js'`: list the namespace's members.
  if (target.flags & ts.SymbolFlags.ValueModule && declarations.some((d) => ts.isSourceFile(d))) {
    lines.push(`${indent}namespace ${name} {`);
    const members = checker.getExportsOfModule(target).sort((a, b) => a.name.localeCompare(b.name));
    for (const member of members) lines.push(...describeSymbol(checker, member, member.name, `${indent}  `));
    lines.push(`${indent}}`);
    return lines;
  }
  for (const declaration of declarations) {
    if (
      ts.isInterfaceDeclaration(declaration) ||
      ts.isClassDeclaration(declaration) ||
      ts.isEnumDeclaration(declaration)
    ) {
      lines.push(
        ...declarationText(declaration)
          .split('\n')
          .map((line) => indent + line.replace(/^export (declare )?/, '')),
      );
    } else if (ts.isTypeAliasDeclaration(declaration)) {
      lines.push(
        ...declarationText(declaration)
          .split('\n')
          .map((line) => indent + line.replace(/^export (declare )?/, '')),
      );
      // `type X = typeof x`: the alias alone would hide every change to x, so spell the type out.
      if (/\btypeof\b/.test(declaration.type.getText())) {
        const type = checker.getDeclaredTypeOfSymbol(checker.getSymbolAtLocation(declaration.name) ?? target);
        const properties = type.isUnion() ? [] : type.getProperties();
        if (properties.length === 0) {
          lines.push(
            `${indent}// = ${checker.typeToString(type, undefined, printFlags | ts.TypeFormatFlags.InTypeAlias)}`,
          );
        } else {
          // One member per line, so adding or retyping one key is a one-line diff.
          lines.push(`${indent}// = {`);
          for (const property of properties) {
            const propertyType = checker.getTypeOfSymbolAtLocation(property, declaration);
            lines.push(
              `${indent}//   '${property.name}': ${checker.typeToString(propertyType, undefined, printFlags)};`,
            );
          }
          lines.push(`${indent}// }`);
        }
      }
    } else if (ts.isFunctionDeclaration(declaration)) {
      const signature = checker.getSignatureFromDeclaration(declaration);
      if (signature) lines.push(`${indent}function ${name}${signatureText(checker, signature)}`);
    } else if (ts.isVariableDeclaration(declaration)) {
      const type = checker.getTypeOfSymbolAtLocation(target, declaration);
      const signatures = type.getCallSignatures();
      // Components and factories declared as consts read like functions; anything else prints its type.
      if (signatures.length > 0 && type.getProperties().every((p) => p.name === 'displayName')) {
        for (const signature of signatures)
          lines.push(`${indent}const ${name}: ${signatureText(checker, signature)}`);
      } else {
        lines.push(`${indent}const ${name}: ${checker.typeToString(type, undefined, printFlags)}`);
      }
    } else if (ts.isModuleDeclaration(declaration)) {
      lines.push(
        ...declarationText(declaration)
          .split('\n')
          .map((line) => indent + line),
      );
    }
  }
  if (lines.length === 0) lines.push(`${indent}${name} // ${ts.SymbolFlags[target.flags] ?? target.flags}`);
  return lines;
}

/**
 * The report's text, and per entry the names it declares: all of them, and those that are values (which the
 * built JavaScript must export at run time).
 * @param {{ name: string, entries: { specifier: string, file: string, code: string }[] }} pkg
 */
function report(pkg) {
  const program = ts.createProgram(
    pkg.entries.map((entry) => entry.file),
    {
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      target: ts.ScriptTarget.ES2022,
      jsx: ts.JsxEmit.ReactJSX,
      types: [],
    },
  );
  const checker = program.getTypeChecker();
  const out = [
    `# ${pkg.name}: public API`,
    '',
    '<!-- Generated by `node scripts/api-report.mjs --write` from the built declarations (`pnpm build` first).',
    '     Do not edit by hand: the test run fails when this file differs from the package. A diff here is a change',
    '     to the public API; make it deliberately. -->',
  ];
  const declared = [];
  for (const entry of pkg.entries) {
    const source = program.getSourceFile(entry.file);
    const moduleSymbol = source && checker.getSymbolAtLocation(source);
    if (!moduleSymbol) throw new Error(`${entry.file}: not a module`);
    const exports = checker.getExportsOfModule(moduleSymbol).sort((a, b) => a.name.localeCompare(b.name));
    out.push('', `## \`${entry.specifier}\``, '', `${exports.length} exports.`, '', '```ts');
    for (const symbol of exports) out.push(...describeSymbol(checker, symbol, symbol.name));
    out.push('```');
    /** @param {ts.Symbol} symbol */
    const resolved = (symbol) =>
      symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    declared.push({
      entry,
      names: new Set(exports.map((symbol) => symbol.name)),
      values: exports.filter((symbol) => resolved(symbol).flags & ts.SymbolFlags.Value).map((s) => s.name),
    });
  }
  return { text: `${out.join('\n')}\n`, declared };
}

/**
 * The built JavaScript against its declarations, by importing each entry in Node (as a server-rendering host
 * would): every declared value is exported, and nothing is exported that the declarations do not name. The
 * entries are rewritten by the build (scripts/export-star-entries.ts), so a name lost or added there shows here.
 * @param {{ entry: { specifier: string, code: string }, names: Set<string>, values: string[] }[]} declared
 */
async function runtimeProblems(declared) {
  const problems = [];
  for (const { entry, names, values } of declared) {
    const loaded = await import(pathToFileURL(entry.code).href);
    const missing = values.filter((name) => loaded[name] === undefined);
    const extra = Object.keys(loaded).filter((name) => !names.has(name));
    if (missing.length > 0)
      problems.push(`${entry.specifier}: declared but not exported at run time: ${missing.join(', ')}`);
    if (extra.length > 0)
      problems.push(`${entry.specifier}: exported at run time but not declared: ${extra.join(', ')}`);
  }
  return problems;
}

let stale = 0;
const problems = [];
for (const pkg of collectPackages()) {
  const file = join(pkg.dir, 'api-report.md');
  const { text: next, declared } = report(pkg);
  problems.push(...(await runtimeProblems(declared)));
  const current = existsSync(file) ? readFileSync(file, 'utf8') : null;
  const path = relative(root, file);
  if (current === next) {
    console.log(`${path}: up to date`);
  } else if (write) {
    writeFileSync(file, next);
    console.log(`${path}: written`);
  } else {
    stale += 1;
    console.error(`${path}: out of date (the package's public API changed, or the report was edited)`);
  }
}
if (problems.length > 0) {
  console.error(`\nThe built JavaScript does not match its declarations:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log('built entries: every declared value exported at run time, nothing undeclared');
if (stale > 0) {
  console.error(
    '\nIf the API change is deliberate, run `pnpm build && node scripts/api-report.mjs --write` and commit the report.',
  );
  process.exit(1);
}
