/**
 * What the import walk needs to know about one module, read from its AST (never from its text):
 * the value imports it makes, the secret env names it reads, and whether it is a `'use server'` module.
 */
import { providerOfUrl, publicPrefixOf, secretEnvName, type Provider } from '@backend-only/core';

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
  /**
   * Value imports in source order: static, `export … from`, `require()`, `import()`, `import x = require()`.
   * Imports the compiler erases are left out (every name used only as a type).
   */
  imports: ImportEdge[];
  /** Every static `import … from` specifier, type-only ones too: marker imports (`server-only`) classify the module. */
  staticImports: string[];
  /** The prologue's directives (`use client`, `use server`). */
  directives: string[];
  /** Server-only env names read through `process.env` (not inside a t3-env `createEnv({ … })` schema). */
  secretEnvReads: SecretEnvRead[];
  /** A `'use server'` prologue: its exports are Server Actions, which clients may call safely. */
  useServer: boolean;
  /** Top-level `const NAME = '…'` strings that spell a provider API URL, by name (for imported URL constants). */
  apiUrlConstants: Record<string, string>;
}

/** What the walk keeps of a dependency: specifiers only, so no AST stays in memory. */
export interface DependencyFacts {
  specifiers: string[];
  staticImports: string[];
  directives: string[];
  secretEnvReads: SecretEnvRead[];
  useServer: boolean;
  apiUrlConstants: Record<string, string>;
}

/** A dependency's facts from its ESTree AST. */
export function dependencyFacts(program: AstNode, visitorKeys: VisitorKeys): DependencyFacts {
  const { imports, ...facts } = extractModuleFacts(program, visitorKeys);
  return { specifiers: [...new Set(imports.map((edge) => edge.specifier))], ...facts };
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

/**
 * Whether the compiler erases an import that binds `names`: none is used as a value and at least one as a type
 * (TypeScript, esbuild, swc and Babel drop such imports). An import never used at all is kept: with
 * `verbatimModuleSyntax` it stays in the output, and a `.vue` or `.svelte` file may use it in its template.
 */
export function isErasedImport(names: readonly string[], valueNames: ReadonlySet<string>, typeNames: ReadonlySet<string>): boolean {
  if (names.length === 0 || names.some((name) => valueNames.has(name))) return false;
  return names.some((name) => typeNames.has(name));
}

/** The t3-env schema call: its `server: {…}` and `runtimeEnv` reads never reach a browser (the library throws there). */
export const ENV_SCHEMA_CALLEES: ReadonlySet<string> = new Set(['createEnv']);

/** Keys that hold no child nodes, or point back up the tree. */
const NON_CHILD_KEYS = new Set(['parent', 'loc', 'range', 'tokens', 'comments', 'leadingComments', 'trailingComments']);

/** TypeScript nodes that hold values (their type children are still types); every other `TS*` node is a type. */
const VALUE_TS_NODES = new Set([
  'TSAsExpression',
  'TSSatisfiesExpression',
  'TSNonNullExpression',
  'TSTypeAssertion',
  'TSInstantiationExpression',
  'TSEnumDeclaration',
  'TSEnumBody',
  'TSEnumMember',
  'TSModuleDeclaration',
  'TSModuleBlock',
  'TSExportAssignment',
  'TSParameterProperty',
  'TSImportEqualsDeclaration',
  'TSExternalModuleReference',
  'TSAbstractMethodDefinition',
  'TSAbstractPropertyDefinition',
  'TSAbstractAccessorProperty',
  'TSEmptyBodyFunctionExpression',
  'TSDeclareFunction',
]);

const IN_TYPE = 1;
const IN_ENV_SCHEMA = 2;

/** Reads the imports, secret env reads and directives of a module by walking its whole AST once. */
export function extractModuleFacts(program: AstNode, visitorKeys: VisitorKeys): ModuleFacts {
  const candidates: { edge: ImportEdge; names: readonly string[] }[] = [];
  const staticImports: string[] = [];
  const envNames = new Set<string>();
  const valueNames = new Set<string>();
  const typeNames = new Set<string>();
  const stack: { node: AstNode; flags: number }[] = [{ node: program, flags: 0 }];
  while (stack.length > 0) {
    const { node, flags } = stack.pop() as { node: AstNode; flags: number };
    let childFlags = flags;
    if (node.type === 'ImportDeclaration') {
      const source = stringValue(node.source);
      if (source !== undefined) staticImports.push(source);
      if (source !== undefined && importedSpecifier(node) !== undefined) candidates.push({ edge: { specifier: source, node }, names: valueBindingsOf(node) });
      // Its own identifiers are bindings, not uses.
      continue;
    }
    if (flags & IN_TYPE) {
      if (node.type === 'Identifier') typeNames.add(node.name as string);
    } else {
      if (node.type === 'Identifier' || node.type === 'JSXIdentifier') valueNames.add(node.name as string);
      if ((node.type.startsWith('TS') && !VALUE_TS_NODES.has(node.type)) || node.exportKind === 'type') childFlags |= IN_TYPE;
      const specifier = importedSpecifier(node);
      if (specifier !== undefined) candidates.push({ edge: { specifier, node }, names: [] });
      if (!(flags & IN_ENV_SCHEMA)) for (const name of envNamesRead(node)) envNames.add(name);
      if (node.type === 'CallExpression' && isIdentifierIn(node.callee, ENV_SCHEMA_CALLEES)) childFlags |= IN_ENV_SCHEMA;
    }
    const keys = visitorKeys[node.type] ?? Object.keys(node).filter((key) => !NON_CHILD_KEYS.has(key));
    const skipKey = nameKeyOf(node);
    // Children pushed in reverse so they pop in source order, which keeps `imports` in source order.
    for (let k = keys.length - 1; k >= 0; k--) {
      const key = keys[k] as string;
      if (key === skipKey) continue;
      // `typeAnnotation`, `typeArguments`, `returnType`, … of a value node are types.
      const keyFlags = TYPE_KEYS.has(key) ? childFlags | IN_TYPE : childFlags;
      const child = node[key];
      if (Array.isArray(child)) {
        for (let i = child.length - 1; i >= 0; i--) if (isNode(child[i])) stack.push({ node: child[i] as AstNode, flags: keyFlags });
      } else if (isNode(child)) {
        stack.push({ node: child, flags: keyFlags });
      }
    }
  }
  const imports = candidates
    .filter(({ names }) => !isErasedImport(names, valueNames, typeNames))
    .map(({ edge }) => edge)
    .sort((a, b) => startOf(a.node) - startOf(b.node));
  const directives = directivesOf(program);
  return {
    imports,
    staticImports,
    directives,
    secretEnvReads: secretEnvReadsOf(envNames),
    useServer: directives.includes('use server'),
    apiUrlConstants: apiUrlConstantsOf(program),
  };
}

/** Child keys that hold types on value nodes (typescript-eslint's ESTree). */
const TYPE_KEYS = new Set(['typeAnnotation', 'typeArguments', 'typeParameters', 'returnType', 'superTypeArguments', 'implements']);

/** The key of a node that holds a name, not a reference: `a.NAME`, `{ NAME: … }`, `class { NAME() {} }`. */
function nameKeyOf(node: AstNode): string | undefined {
  switch (node.type) {
    case 'MemberExpression':
    case 'JSXMemberExpression':
      return node.computed ? undefined : 'property';
    case 'Property':
      return node.computed || node.shorthand ? undefined : 'key';
    case 'MethodDefinition':
    case 'PropertyDefinition':
    case 'AccessorProperty':
      return node.computed ? undefined : 'key';
    case 'JSXAttribute':
      return 'name';
    default:
      return undefined;
  }
}

function startOf(node: AstNode): number {
  return (node.range as [number, number] | undefined)?.[0] ?? 0;
}

/** Local names an import binds as values (`import { type A, B }` binds B). */
function valueBindingsOf(declaration: AstNode): string[] {
  const names: string[] = [];
  for (const specifier of declaration.specifiers as AstNode[]) {
    if (specifier.importKind === 'type') continue;
    const local = specifier.local as AstNode | undefined;
    if (local?.type === 'Identifier') names.push(local.name as string);
  }
  return names;
}

function isIdentifierIn(node: unknown, names: ReadonlySet<string>): boolean {
  return isNode(node) && node.type === 'Identifier' && names.has(node.name as string);
}

/** Top-level `const NAME = '…'` (exported or not) whose string spells a provider API URL. */
function apiUrlConstantsOf(program: AstNode): Record<string, string> {
  const constants: Record<string, string> = {};
  for (const statement of (program.body as AstNode[] | undefined) ?? []) {
    const declaration = statement.type === 'ExportNamedDeclaration' ? (statement.declaration as AstNode | null) : statement;
    if (declaration?.type !== 'VariableDeclaration' || declaration.kind !== 'const') continue;
    for (const declarator of declaration.declarations as AstNode[]) {
      const id = declarator.id as AstNode;
      const value = stringValue(declarator.init);
      if (id.type === 'Identifier' && value !== undefined && providerOfUrl(value)) constants[id.name as string] = value;
    }
  }
  return constants;
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

/** The prologue's directives (ESTree: leading ExpressionStatements with `directive`). */
function directivesOf(program: AstNode): string[] {
  const directives: string[] = [];
  for (const statement of (program.body as AstNode[] | undefined) ?? []) {
    if (statement.type !== 'ExpressionStatement' || typeof statement.directive !== 'string') break;
    directives.push(statement.directive);
  }
  return directives;
}
