/**
 * The fast path for typescript-eslint's parser: its AST is TypeScript's own parse tree converted to ESTree, and
 * the conversion is most of the cost (measured on the bench project: about 2 ms a file converted, 0.1 ms for
 * TypeScript's parse alone). So for a dependency the walk reads the same facts from TypeScript's tree directly,
 * with the TypeScript the project itself has installed. Other parsers (espree, vue, svelte, astro) go the
 * ESTree way in module-facts.ts.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import type * as TS from 'typescript';
import { providerOfUrl } from '@backend-only/core';
import { ENV_SCHEMA_CALLEES, isErasedImport, secretEnvReadsOf, type DependencyFacts } from './module-facts.js';

/** typescript-eslint's parser says so in `meta.name` (v6 and later). */
export function isTypeScriptEslintParser(parser: unknown): boolean {
  return (parser as { meta?: { name?: unknown } } | undefined)?.meta?.name === 'typescript-eslint/parser';
}

const typescriptByCwd = new Map<string, typeof TS | undefined>();

/**
 * The project's TypeScript (what typescript-eslint loads) when it is 5.3 or later (has `JSDocParsingMode`), else
 * the one next to the plugin; undefined when neither does: the walk then uses the configured parser.
 */
export function loadTypeScript(cwd: string): typeof TS | undefined {
  if (typescriptByCwd.has(cwd)) return typescriptByCwd.get(cwd);
  let typescript: typeof TS | undefined;
  for (const from of [path.join(cwd, 'package.json'), import.meta.url]) {
    try {
      const candidate = createRequire(from)('typescript') as typeof TS;
      // A project's older TypeScript (Angular pins 4.x) falls through to the plugin's: the ESTree path costs ~10×.
      if (candidate.JSDocParsingMode !== undefined) {
        typescript = candidate;
        break;
      }
    } catch {
      // not installed there: try the next place
    }
  }
  typescriptByCwd.set(cwd, typescript);
  return typescript;
}

/** Files TypeScript parses by itself; `.vue` and `.svelte` need their own parsers. */
const SCRIPT_KINDS: Record<string, keyof typeof TS.ScriptKind> = {
  '.ts': 'TS',
  '.mts': 'TS',
  '.cts': 'TS',
  '.tsx': 'TSX',
  '.js': 'JS',
  '.mjs': 'JS',
  '.cjs': 'JS',
  '.jsx': 'JSX',
};

/** Whether the fast path can read this file (by extension). */
export function typescriptCanParse(file: string): boolean {
  return path.extname(file) in SCRIPT_KINDS;
}

/** A dependency's facts from TypeScript's parse tree; undefined on a syntax error (the walk skips the module). */
export function typescriptFacts(typescript: typeof TS, file: string, code: string): DependencyFacts | undefined {
  const ts = typescript;
  const scriptKind = ts.ScriptKind[SCRIPT_KINDS[path.extname(file)] ?? 'TS'];
  const source = ts.createSourceFile(file, code, { languageVersion: ts.ScriptTarget.Latest, jsDocParsingMode: ts.JSDocParsingMode.ParseNone }, false, scriptKind);
  // TypeScript recovers from syntax errors; typescript-eslint would throw, and so the walk skips the module.
  if ((source as unknown as { parseDiagnostics: readonly unknown[] }).parseDiagnostics.length > 0) return undefined;

  const candidates: { specifier: string; names: readonly string[] }[] = [];
  const staticImports: string[] = [];
  const envNames = new Set<string>();
  const valueNames = new Set<string>();
  const typeNames = new Set<string>();
  const isProcessEnv = (node: TS.Node): boolean =>
    ts.isPropertyAccessExpression(node) &&
    ts.isIdentifier(node.expression) &&
    node.expression.text === 'process' &&
    node.name.text === 'env';
  const literalText = (node: TS.Node | undefined): string | undefined =>
    node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) ? node.text : undefined;
  const add = (specifier: string | undefined, names: readonly string[] = []) => {
    if (specifier !== undefined) candidates.push({ specifier, names });
  };
  const isTypeContext = (node: TS.Node): boolean =>
    ts.isTypeNode(node) || ts.isInterfaceDeclaration(node) || ts.isTypeAliasDeclaration(node) || ts.isTypeParameterDeclaration(node);

  const visitType = (node: TS.Node): void => {
    if (ts.isIdentifier(node)) typeNames.add(node.text);
    ts.forEachChild(node, visitType);
  };

  const visit = (node: TS.Node, inEnvSchema: boolean): void => {
    if (ts.isImportDeclaration(node)) {
      const specifier = literalText(node.moduleSpecifier);
      if (specifier !== undefined) staticImports.push(specifier);
      const clause = node.importClause;
      const bindings = clause?.namedBindings;
      // `import type …` and `import { type A, type B }` are erased, as in module-facts.ts.
      const allTypes = !clause?.name && bindings !== undefined && ts.isNamedImports(bindings) && bindings.elements.length > 0 && bindings.elements.every((e) => e.isTypeOnly);
      if (!clause?.isTypeOnly && !allTypes) add(specifier, importedNames(ts, clause));
      return;
    }
    if (isTypeContext(node)) return visitType(node);
    if (ts.isHeritageClause(node)) {
      for (const type of node.types) {
        if (node.token === ts.SyntaxKind.ImplementsKeyword) visitType(type);
        else {
          visit(type.expression, inEnvSchema);
          type.typeArguments?.forEach(visitType);
        }
      }
      return;
    }
    if (ts.isIdentifier(node)) valueNames.add(node.text);
    else if (ts.isExportDeclaration(node)) {
      const clause = node.exportClause;
      const allTypes = clause !== undefined && ts.isNamedExports(clause) && clause.elements.length > 0 && clause.elements.every((e) => e.isTypeOnly);
      if (!node.isTypeOnly && !allTypes) add(literalText(node.moduleSpecifier));
      if (node.isTypeOnly) return visitType(node);
    } else if (ts.isExportSpecifier(node) && node.isTypeOnly) {
      return visitType(node);
    } else if (ts.isImportEqualsDeclaration(node)) {
      if (!node.isTypeOnly && ts.isExternalModuleReference(node.moduleReference)) add(literalText(node.moduleReference.expression));
    } else if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const isRequire = ts.isIdentifier(callee) && callee.text === 'require';
      if ((isRequire || callee.kind === ts.SyntaxKind.ImportKeyword) && node.arguments.length === 1) add(literalText(node.arguments[0]));
      if (ts.isIdentifier(callee) && ENV_SCHEMA_CALLEES.has(callee.text)) inEnvSchema = true;
    } else if (inEnvSchema) {
      // t3-env's schema: its reads never run in a browser.
    } else if (ts.isPropertyAccessExpression(node) && isProcessEnv(node.expression) && ts.isIdentifier(node.name)) {
      envNames.add(node.name.text);
    } else if (ts.isElementAccessExpression(node) && isProcessEnv(node.expression)) {
      const name = literalText(node.argumentExpression);
      if (name !== undefined) envNames.add(name);
    } else if (ts.isVariableDeclaration(node) && node.initializer && isProcessEnv(node.initializer) && ts.isObjectBindingPattern(node.name)) {
      for (const element of node.name.elements) {
        const key = element.propertyName ?? element.name;
        if (!element.dotDotDotToken && (ts.isIdentifier(key) || ts.isStringLiteral(key))) envNames.add(key.text);
      }
    }
    const skip = nameChildOf(ts, node);
    ts.forEachChild(node, (child) => {
      if (child !== skip) visit(child, inEnvSchema);
    });
  };
  ts.forEachChild(source, (child) => visit(child, false));

  const specifiers = new Set<string>();
  for (const { specifier, names } of candidates) {
    if (!isErasedImport(names, valueNames, typeNames)) specifiers.add(specifier);
  }
  const directives = directivesOf(ts, source);
  return {
    specifiers: [...specifiers],
    staticImports,
    directives,
    secretEnvReads: secretEnvReadsOf(envNames),
    useServer: directives.includes('use server'),
    apiUrlConstants: apiUrlConstantsOf(ts, source),
  };
}

/** Local names an import clause binds as values. */
function importedNames(ts: typeof TS, clause: TS.ImportClause | undefined): string[] {
  if (!clause) return [];
  const names = clause.name ? [clause.name.text] : [];
  const bindings = clause.namedBindings;
  if (bindings && ts.isNamespaceImport(bindings)) names.push(bindings.name.text);
  else if (bindings) for (const element of bindings.elements) if (!element.isTypeOnly) names.push(element.name.text);
  return names;
}

/** The child of a node that is a name, not a reference (`a.NAME`, `{ NAME: … }`), as in module-facts.ts. */
function nameChildOf(ts: typeof TS, node: TS.Node): TS.Node | undefined {
  if (ts.isPropertyAccessExpression(node)) return node.name;
  if (ts.isBindingElement(node)) return node.propertyName;
  if (ts.isJsxAttribute(node)) return node.name;
  if (
    ts.isPropertyAssignment(node) ||
    ts.isMethodDeclaration(node) ||
    ts.isPropertyDeclaration(node) ||
    ts.isGetAccessorDeclaration(node) ||
    ts.isSetAccessorDeclaration(node)
  ) {
    return ts.isComputedPropertyName(node.name) ? undefined : node.name;
  }
  return undefined;
}

/** The prologue's directives (leading string-literal statements). */
function directivesOf(ts: typeof TS, source: TS.SourceFile): string[] {
  const directives: string[] = [];
  for (const statement of source.statements) {
    if (!ts.isExpressionStatement(statement) || !ts.isStringLiteral(statement.expression)) break;
    directives.push(statement.expression.text);
  }
  return directives;
}

/** Top-level `const NAME = '…'` strings that spell a provider API URL, as in module-facts.ts. */
function apiUrlConstantsOf(ts: typeof TS, source: TS.SourceFile): Record<string, string> {
  const constants: Record<string, string> = {};
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement) || !(statement.declarationList.flags & ts.NodeFlags.Const)) continue;
    for (const declaration of statement.declarationList.declarations) {
      const init = declaration.initializer;
      const value = init && (ts.isStringLiteral(init) || ts.isNoSubstitutionTemplateLiteral(init)) ? init.text : undefined;
      if (ts.isIdentifier(declaration.name) && value !== undefined && providerOfUrl(value)) constants[declaration.name.text] = value;
    }
  }
  return constants;
}
