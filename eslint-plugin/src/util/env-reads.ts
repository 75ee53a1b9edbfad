import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { walk } from './walk.js';
import { propertyName, staticString } from './ast.js';

/** Which env object a read goes through. */
export type EnvSource =
  | 'process.env'
  | 'import.meta.env'
  | '$env/static/public'
  | '$env/static/private'
  | '$env/dynamic/public'
  | '$env/dynamic/private';

/**
 * How the name is read:
 * - `member`: `process.env.X`, `import.meta.env.X`, `env.X` (SvelteKit `$env/dynamic/*`)
 * - `computed`: `process.env['X']`, `` process.env[`X`] ``, or `process.env[key]` (then `name` is undefined)
 * - `destructure`: `const { X } = process.env`, `({ X: x = '' } = import.meta.env)`
 * - `import`: `import { PUBLIC_X } from '$env/static/public'`
 */
export type EnvReadForm = 'member' | 'computed' | 'destructure' | 'import';

export interface EnvRead {
  /** The env name, or undefined when it is computed at run time (`process.env[key]`). */
  name: string | undefined;
  /** The whole read: the MemberExpression, the destructuring Property, or the ImportSpecifier. Report here. */
  node: TSESTree.Node;
  /**
   * The node that spells the name (Identifier, string Literal or TemplateLiteral), for fixes that rename it;
   * for a computed read with an unknown name, the key expression.
   */
  nameNode: TSESTree.Node;
  form: EnvReadForm;
  source: EnvSource;
}

const SVELTEKIT_ENV_MODULES = new Set<string>(['$env/static/public', '$env/static/private', '$env/dynamic/public', '$env/dynamic/private']);

const cache = new WeakMap<TSESTree.Program, readonly EnvRead[]>();

/**
 * Every env read in the file, in source order, computed once per file and shared by every rule that asks
 * (cached by Program node). Call it from any listener, e.g. `Program() { for (const read of getEnvReads(context)) … }`.
 *
 * Covered: `process.env.X`, `process.env['X']`, `process.env?.X`, destructuring (`const { X } = process.env`,
 * assignment patterns too) from `process.env` and `import.meta.env`, `import.meta.env.X` / `['X']`, named imports
 * from SvelteKit's `$env/static/*`, and `env.X` / `env['X']` / destructuring of `env` imported from `$env/dynamic/*`.
 * `process` must be the global one: a local variable or parameter named `process` is not an env read.
 * `process.env[key]` with a run-time key is returned with `name: undefined`; rest elements (`...rest`) are skipped.
 * Out of scope: aliases (`const e = process.env; e.X`), `process.env` passed to a function, `globalThis.process.env`.
 */
export function getEnvReads(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>): readonly EnvRead[] {
  const sourceCode = context.sourceCode;
  const program = sourceCode.ast;
  let reads = cache.get(program);
  if (!reads) {
    reads = collectEnvReads(sourceCode);
    cache.set(program, reads);
  }
  return reads;
}

function collectEnvReads(sourceCode: Readonly<TSESLint.SourceCode>): EnvRead[] {
  const reads: EnvRead[] = [];
  const text = sourceCode.text;
  if (text.includes('process')) {
    for (const processId of globalProcessReferences(sourceCode)) {
      const parent = processId.parent;
      if (parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === processId && staticKey(parent) === 'env') {
        readsOfEnvObject(parent, 'process.env', reads);
      }
    }
  }
  if (text.includes('import.meta')) {
    walk(sourceCode.ast, sourceCode.visitorKeys, (node) => {
      if (node.type === AST_NODE_TYPES.MetaProperty && node.meta.name === 'import' && node.property.name === 'meta') {
        const parent = node.parent;
        if (parent.type === AST_NODE_TYPES.MemberExpression && parent.object === node && staticKey(parent) === 'env') {
          readsOfEnvObject(parent, 'import.meta.env', reads);
        }
      }
    });
  }
  if (text.includes('$env/')) readsOfSvelteKitModules(sourceCode, reads);
  return reads.sort((a, b) => a.node.range[0] - b.node.range[0]);
}

/** Identifiers that refer to the global `process` (declared by `globals.node` or left unresolved). */
function globalProcessReferences(sourceCode: Readonly<TSESLint.SourceCode>): TSESTree.Identifier[] {
  const globalScope = sourceCode.scopeManager?.globalScope;
  if (!globalScope) return [];
  const declared = globalScope.set.get('process');
  // A `process` the file declares itself at top level (`const process = …`) is not Node's.
  if (declared && declared.defs.length > 0) return [];
  const references = [...(declared?.references ?? []), ...globalScope.through.filter((ref) => ref.identifier.name === 'process')];
  const ids = references.map((ref) => ref.identifier).filter((id): id is TSESTree.Identifier => id.type === AST_NODE_TYPES.Identifier);
  return [...new Set(ids)];
}

/** Reads through one env object expression (`process.env`, `import.meta.env`, or a `$env/dynamic/*` `env`). */
function readsOfEnvObject(envObject: TSESTree.Node, source: EnvSource, reads: EnvRead[]): void {
  // `(process.env)?.X` and `process.env!.X` still read X.
  let outer: TSESTree.Node = envObject;
  while (outer.parent?.type === AST_NODE_TYPES.TSNonNullExpression || outer.parent?.type === AST_NODE_TYPES.TSAsExpression) {
    outer = outer.parent;
  }
  const parent = outer.parent;
  if (!parent) return;
  if (parent.type === AST_NODE_TYPES.MemberExpression && parent.object === outer) {
    const name = staticKey(parent);
    reads.push({
      name,
      node: parent,
      nameNode: parent.property,
      form: parent.computed ? 'computed' : 'member',
      source,
    });
    return;
  }
  const pattern =
    parent.type === AST_NODE_TYPES.VariableDeclarator && parent.init === outer
      ? parent.id
      : parent.type === AST_NODE_TYPES.AssignmentExpression && parent.right === outer
        ? parent.left
        : undefined;
  if (pattern?.type !== AST_NODE_TYPES.ObjectPattern) return;
  for (const property of pattern.properties) {
    if (property.type !== AST_NODE_TYPES.Property) continue;
    reads.push({ name: propertyName(property), node: property, nameNode: property.key, form: 'destructure', source });
  }
}

/** SvelteKit: named imports from `$env/static/*`, and member reads of `env` from `$env/dynamic/*`. */
function readsOfSvelteKitModules(sourceCode: Readonly<TSESLint.SourceCode>, reads: EnvRead[]): void {
  // Walk rather than read Program.body: svelte-eslint-parser nests the statements inside <script> elements.
  const imports: TSESTree.ImportDeclaration[] = [];
  walk(sourceCode.ast, sourceCode.visitorKeys, (node) => {
    if (node.type === AST_NODE_TYPES.ImportDeclaration) imports.push(node);
  });
  for (const statement of imports) {
    if (statement.importKind === 'type') continue;
    const source = statement.source.value;
    if (!SVELTEKIT_ENV_MODULES.has(source)) continue;
    const envSource = source as EnvSource;
    for (const specifier of statement.specifiers) {
      if (specifier.type !== AST_NODE_TYPES.ImportSpecifier || specifier.importKind === 'type') continue;
      const importedName = specifier.imported.type === AST_NODE_TYPES.Identifier ? specifier.imported.name : specifier.imported.value;
      if (envSource.startsWith('$env/static/')) {
        reads.push({ name: importedName, node: specifier, nameNode: specifier.imported, form: 'import', source: envSource });
      } else if (importedName === 'env') {
        for (const variable of sourceCode.scopeManager?.getDeclaredVariables(specifier) ?? []) {
          for (const reference of variable.references) readsOfEnvObject(reference.identifier, envSource, reads);
        }
      }
    }
  }
}

/** The property name of `a.X`, `a['X']` or `` a[`X`] ``; undefined when computed at run time. */
function staticKey(member: TSESTree.MemberExpression): string | undefined {
  const key = member.property;
  if (!member.computed) return key.type === AST_NODE_TYPES.Identifier ? key.name : undefined;
  return staticString(key);
}

