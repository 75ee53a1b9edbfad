/**
 * What a module's code does that only a server does: it creates an Express/Fastify/Hono/Koa app, starts an HTTP
 * server (`http.createServer`, `Deno.serve`, `app.listen(PORT)`), defines a Firebase function, or imports
 * Electron's main-process modules. The shapes are core's catalog (catalog/server-code.ts); this file only matches
 * them on an ESTree AST, for `classifyFile`'s `serverSignals` input. Works on any parser's ESTree (the linted
 * file's, or a dependency's in the import walk).
 */
import { ELECTRON_MAIN_MODULES, LISTEN_PORT_NAME, SERVER_CALLS, type ServerCall } from '@backend-only/core';

/** Any ESTree-shaped node. */
interface Node {
  type: string;
  [key: string]: unknown;
}
type VisitorKeys = Readonly<Record<string, readonly string[] | undefined>>;

/**
 * One linear test per file before any AST walk: a callee's last name followed by `(` (`express(`, `.serve(`,
 * `new Hono(`), `.listen(`, or an `electron` import. Built once from the catalog; a file without a hit is not walked.
 */
const CALLEE_NAMES = [...new Set(SERVER_CALLS.map((call) => call.callee.split('.').at(-1) as string))];
const PREFILTER = new RegExp(`(?:^|[^\\w$])(?:${CALLEE_NAMES.join('|')}|listen)\\s*\\(|['"]electron['"]`);
const CALLS_BY_CALLEE = new Map<string, ServerCall[]>();
for (const call of SERVER_CALLS) CALLS_BY_CALLEE.set(call.callee, [...(CALLS_BY_CALLEE.get(call.callee) ?? []), call]);
const ELECTRON_MAIN = new Set(ELECTRON_MAIN_MODULES);
const NON_CHILD_KEYS = new Set(['parent', 'loc', 'range', 'tokens', 'comments', 'leadingComments', 'trailingComments']);

/** Server signals of a module, each in a few words (`creates an Express app`); empty for browser code. */
export function serverSignalsOf(program: Node, visitorKeys: VisitorKeys, text: string): string[] {
  if (!PREFILTER.test(text)) return [];
  const importedFrom = bindingSources(program);
  const signals = new Set<string>();
  const electronMain = electronMainImport(program);
  if (electronMain) signals.add(`imports '${electronMain}' from electron (the main process)`);
  walk(program, visitorKeys, (node) => {
    if (node.type !== 'CallExpression' && node.type !== 'NewExpression') return;
    const callee = dottedName(node.callee as Node);
    if (callee === undefined) return;
    for (const call of CALLS_BY_CALLEE.get(callee) ?? []) {
      if (call.kind !== (node.type === 'NewExpression' ? 'new' : 'call')) continue;
      const root = callee.split('.')[0] as string;
      if (call.importedFrom && !call.importedFrom.includes(importedFrom.get(root) ?? '')) continue;
      if (!call.importedFrom && importedFrom.has(root)) continue; // a local `Deno`/`Bun` is not the runtime
      signals.add(call.what);
    }
    if (node.type === 'CallExpression' && callee.endsWith('.listen') && isPort((node.arguments as Node[])[0])) {
      signals.add(`listens on a port (${callee}(…))`);
    }
  });
  return [...signals];
}

/** Local name → module, for top-level imports and `require()`s (`import express from 'express'`, `const http = require('http')`). */
function bindingSources(program: Node): Map<string, string> {
  const sources = new Map<string, string>();
  for (const statement of (program.body as Node[] | undefined) ?? []) {
    if (statement.type === 'ImportDeclaration') {
      if (statement.importKind === 'type') continue;
      const source = (statement.source as Node).value as string;
      for (const specifier of statement.specifiers as Node[]) sources.set((specifier.local as Node).name as string, source);
    } else if (statement.type === 'VariableDeclaration') {
      for (const declarator of statement.declarations as Node[]) {
        const source = requiredModule(declarator.init as Node | null);
        if (source === undefined) continue;
        for (const name of boundNames(declarator.id as Node)) sources.set(name, source);
      }
    }
  }
  return sources;
}

/** The first Electron main-process module the file imports or requires (`app`, `BrowserWindow`, …). */
function electronMainImport(program: Node): string | undefined {
  for (const statement of (program.body as Node[] | undefined) ?? []) {
    if (statement.type === 'ImportDeclaration' && (statement.source as Node).value === 'electron' && statement.importKind !== 'type') {
      for (const specifier of statement.specifiers as Node[]) {
        if (specifier.type !== 'ImportSpecifier' || specifier.importKind === 'type') continue;
        const imported = specifier.imported as Node;
        const name = (imported.name ?? imported.value) as string;
        if (ELECTRON_MAIN.has(name)) return name;
      }
    } else if (statement.type === 'VariableDeclaration') {
      for (const declarator of statement.declarations as Node[]) {
        const id = declarator.id as Node;
        if (requiredModule(declarator.init as Node | null) !== 'electron' || id.type !== 'ObjectPattern') continue;
        for (const property of id.properties as Node[]) {
          const key = property.key as Node | undefined;
          const name = key?.type === 'Identifier' ? (key.name as string) : undefined;
          if (name && ELECTRON_MAIN.has(name)) return name;
        }
      }
    }
  }
  return undefined;
}

/** `require('x')` → `x`. */
function requiredModule(init: Node | null | undefined): string | undefined {
  if (init?.type !== 'CallExpression') return undefined;
  const callee = init.callee as Node;
  const argument = (init.arguments as Node[])[0];
  if (callee.type !== 'Identifier' || callee.name !== 'require' || argument?.type !== 'Literal' || typeof argument.value !== 'string') return undefined;
  return argument.value;
}

function boundNames(pattern: Node): string[] {
  if (pattern.type === 'Identifier') return [pattern.name as string];
  if (pattern.type !== 'ObjectPattern') return [];
  return (pattern.properties as Node[]).flatMap((property) => (property.type === 'Property' ? boundNames(property.value as Node) : []));
}

/** `a.b.c` for an identifier or a chain of non-computed member accesses. */
function dottedName(node: Node): string | undefined {
  if (node.type === 'Identifier') return node.name as string;
  if (node.type === 'MemberExpression' && !node.computed && (node.property as Node).type === 'Identifier') {
    const object = dottedName(node.object as Node);
    return object === undefined ? undefined : `${object}.${(node.property as Node).name as string}`;
  }
  return undefined;
}

/** A port: `3000`, `port`, `PORT`, `process.env.PORT`, `process.env.PORT || 3000`, `Number(PORT)`, `{ port }`. */
function isPort(node: Node | undefined): boolean {
  if (!node) return false;
  switch (node.type) {
    case 'Literal':
      return typeof node.value === 'number';
    case 'Identifier':
      return LISTEN_PORT_NAME.test(node.name as string);
    case 'MemberExpression':
      return !node.computed && LISTEN_PORT_NAME.test(((node.property as Node).name as string | undefined) ?? '');
    case 'LogicalExpression':
      return isPort(node.left as Node) || isPort(node.right as Node);
    case 'CallExpression':
      return isPort((node.arguments as Node[])[0]);
    case 'ObjectExpression': // fastify.listen({ port: 3000 })
      return (node.properties as Node[]).some((p) => p.type === 'Property' && (p.key as Node).type === 'Identifier' && LISTEN_PORT_NAME.test((p.key as Node).name as string));
    case 'TSAsExpression':
    case 'TSNonNullExpression':
      return isPort(node.expression as Node);
    default:
      return false;
  }
}

function walk(root: Node, visitorKeys: VisitorKeys, visit: (node: Node) => void): void {
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    visit(node);
    const keys = visitorKeys[node.type] ?? Object.keys(node).filter((key) => !NON_CHILD_KEYS.has(key));
    for (const key of keys) {
      const child = node[key];
      if (Array.isArray(child)) {
        for (const item of child) if (isNode(item)) stack.push(item);
      } else if (isNode(child)) stack.push(child);
    }
  }
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && typeof (value as Node).type === 'string';
}
