/**
 * What the import walk needs to know about one module, read from its AST (never from its text):
 * the value imports it makes, the secret env names it reads, and whether it is a `'use server'` module.
 */
import { publicPrefixOf, secretEnvName, type Provider } from '@backend-only/core';

/** Any ESTree-shaped node; dependencies are parsed by whatever parser the user configured. */
export interface AstNode {
  type: string;
  [key: string]: unknown;
}

/** Child keys per node type, as parsers and ESLint publish them (`visitorKeys`). */
export type VisitorKeys = Readonly<Record<string, readonly string[] | undefined>>;

export interface ImportEdge {
  /** The module specifier as written: `./ai`, `@/lib/ai`, `openai`. */
  specifier: string;
  /** The statement or call that imports it: where a rule reports a chain that starts here. */
  node: AstNode;
}

export interface SecretEnvRead {
  name: string;
  provider: Provider | undefined;
}

export interface ModuleFacts {
  /** Value imports in source order: static, `export … from`, `require()`, `import()`, `import x = require()`. */
  imports: ImportEdge[];
  /** Server-only env names read through `process.env`. */
  secretEnvReads: SecretEnvRead[];
  /** A `'use server'` prologue: its exports are Server Actions, which clients may call safely. */
  useServer: boolean;
}

/** What the walk keeps of a dependency: specifiers only, so no AST stays in memory. */
export interface DependencyFacts {
  specifiers: string[];
  secretEnvReads: SecretEnvRead[];
  useServer: boolean;
}

/** A dependency's facts from its ESTree AST. */
export function dependencyFacts(program: AstNode, visitorKeys: VisitorKeys): DependencyFacts {
  const facts = extractModuleFacts(program, visitorKeys);
  return { specifiers: [...new Set(facts.imports.map((edge) => edge.specifier))], secretEnvReads: facts.secretEnvReads, useServer: facts.useServer };
}

/** The server-only secrets among env names read (public-prefixed names are no-public-secret-env's concern). */
export function secretEnvReadsOf(names: Iterable<string>): SecretEnvRead[] {
  const reads: SecretEnvRead[] = [];
  for (const name of names) {
    if (publicPrefixOf(name)) continue;
    const secret = secretEnvName(name);
    if (secret) reads.push({ name, provider: secret.provider });
  }
  return reads;
}

/** Keys that hold no child nodes, or point back up the tree. */
const NON_CHILD_KEYS = new Set(['parent', 'loc', 'range', 'tokens', 'comments', 'leadingComments', 'trailingComments']);

/** Reads the imports, secret env reads and directives of a module by walking its whole AST once. */
export function extractModuleFacts(program: AstNode, visitorKeys: VisitorKeys): ModuleFacts {
  const imports: ImportEdge[] = [];
  const envNames = new Set<string>();
  const stack: AstNode[] = [program];
  while (stack.length > 0) {
    const node = stack.pop() as AstNode;
    const specifier = importedSpecifier(node);
    if (specifier !== undefined) imports.push({ specifier, node });
    for (const name of envNamesRead(node)) envNames.add(name);
    const keys = visitorKeys[node.type] ?? Object.keys(node).filter((key) => !NON_CHILD_KEYS.has(key));
    // Children pushed in reverse so they pop in source order, which keeps `imports` in source order.
    for (let k = keys.length - 1; k >= 0; k--) {
      const child = node[keys[k] as string];
      if (Array.isArray(child)) {
        for (let i = child.length - 1; i >= 0; i--) if (isNode(child[i])) stack.push(child[i] as AstNode);
      } else if (isNode(child)) {
        stack.push(child);
      }
    }
  }
  return { imports, secretEnvReads: secretEnvReadsOf(envNames), useServer: hasDirective(program, 'use server') };
}

function isNode(value: unknown): value is AstNode {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

/** The specifier a node imports at run time, or undefined (type-only forms are erased by every compiler). */
function importedSpecifier(node: AstNode): string | undefined {
  switch (node.type) {
    case 'ImportDeclaration': {
      if (node.importKind === 'type') return undefined;
      // `import { type A, type B } from 'x'` is erased too (unless verbatimModuleSyntax keeps a bare import).
      const specifiers = node.specifiers as AstNode[];
      if (specifiers.length > 0 && specifiers.every((s) => s.importKind === 'type')) return undefined;
      return stringValue(node.source);
    }
    case 'ExportNamedDeclaration': {
      if (!node.source || node.exportKind === 'type') return undefined;
      const specifiers = node.specifiers as AstNode[];
      if (specifiers.length > 0 && specifiers.every((s) => s.exportKind === 'type')) return undefined;
      return stringValue(node.source);
    }
    case 'ExportAllDeclaration':
      return node.exportKind === 'type' ? undefined : stringValue(node.source);
    case 'ImportExpression':
      return stringValue(node.source);
    case 'CallExpression': {
      const callee = node.callee as AstNode;
      const args = node.arguments as AstNode[];
      if (callee.type !== 'Identifier' || callee.name !== 'require' || args.length !== 1) return undefined;
      return stringValue(args[0]);
    }
    case 'TSImportEqualsDeclaration': {
      const reference = node.moduleReference as AstNode;
      if (node.importKind === 'type' || reference.type !== 'TSExternalModuleReference') return undefined;
      return stringValue(reference.expression);
    }
    default:
      return undefined;
  }
}

/** A string literal's value, or a template literal's when it has no `${}` parts. */
function stringValue(node: unknown): string | undefined {
  if (!isNode(node)) return undefined;
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node.type === 'TemplateLiteral' && (node.expressions as unknown[]).length === 0) {
    const quasi = (node.quasis as AstNode[])[0];
    const cooked = (quasi?.value as { cooked?: unknown } | undefined)?.cooked;
    return typeof cooked === 'string' ? cooked : undefined;
  }
  return undefined;
}

const NO_NAMES: readonly string[] = [];

/** Env names a node reads: `process.env.X`, `process.env['X']`, `const { X } = process.env`. */
function envNamesRead(node: AstNode): readonly string[] {
  if (node.type === 'MemberExpression' && isProcessEnv(node.object)) {
    const property = node.property as AstNode;
    if (!node.computed && property.type === 'Identifier') return [property.name as string];
    const literal = node.computed ? stringValue(property) : undefined;
    return literal === undefined ? NO_NAMES : [literal];
  }
  if (node.type === 'VariableDeclarator' && isProcessEnv(node.init) && (node.id as AstNode).type === 'ObjectPattern') {
    const names: string[] = [];
    for (const property of (node.id as AstNode).properties as AstNode[]) {
      if (property.type !== 'Property') continue;
      const key = property.key as AstNode;
      if (!property.computed && key.type === 'Identifier') names.push(key.name as string);
      else if (key.type === 'Literal' && typeof key.value === 'string') names.push(key.value);
    }
    return names;
  }
  return NO_NAMES;
}

function isProcessEnv(node: unknown): boolean {
  if (!isNode(node) || node.type !== 'MemberExpression' || node.computed) return false;
  const object = node.object as AstNode;
  const property = node.property as AstNode;
  return object.type === 'Identifier' && object.name === 'process' && property.type === 'Identifier' && property.name === 'env';
}

/** Whether the module's prologue holds the directive (ESTree: an ExpressionStatement with `directive`). */
function hasDirective(program: AstNode, directive: string): boolean {
  for (const statement of (program.body as AstNode[] | undefined) ?? []) {
    if (statement.type !== 'ExpressionStatement' || typeof statement.directive !== 'string') return false;
    if (statement.directive === directive) return true;
  }
  return false;
}
