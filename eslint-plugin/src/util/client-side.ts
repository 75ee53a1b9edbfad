/**
 * Which code of the linted file ships to browsers: the file's side from core's classifier (computed once per
 * file, shared by every rule), the server-only code inside client files that the build strips (Next.js
 * `getServerSideProps`, Remix `loader`, and the helpers and imports only they use), and the imports the compiler
 * erases (names used only as types).
 */
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import type { JSONSchema4 } from '@typescript-eslint/utils/json-schema';
import { classifyFile, FRAMEWORK_IDS, type BackendOnlySettings, type Classification, type FrameworkId, type Provider } from '@backend-only/core';
import { DEFAULT_FOLLOW_IMPORTS, findImportedLeaks, type FollowImportsOptions, type ImportedLeak } from './follow-imports.js';
import { ENV_SCHEMA_CALLEES } from './import-graph/module-facts.js';
import { serverSignalsOf } from './server-signals.js';

type AnyContext = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

export interface FileSide extends Classification {
  /** Where the code runs, for messages: "a Client Component ('use client', line 1)", "client code (Vite source ships to the browser)". */
  where: string;
  /**
   * Top-level functions and declarators the build keeps off the client: those exported under a framework's
   * `serverExports` names, and the bindings only they use (the build removes what became unreferenced).
   */
  serverOnlyNodes: ReadonlySet<TSESTree.Node>;
  /** The framework's `serverExports` names (`getServerSideProps`, `loader`); empty when none. */
  serverExports: readonly string[];
  /** `settings['backend-only']`, validated. */
  settings: BackendOnlySettings;
}

/** The options of the rules that also walk a client file's imports (no-client-ai-sdk, no-secret-env-in-client). */
export type FollowOptions = Partial<FollowImportsOptions>;

export const FOLLOW_OPTIONS_SCHEMA: Record<keyof FollowImportsOptions, JSONSchema4> = {
  followImports: {
    type: 'boolean',
    description: "Also report what the file's first-party imports bring into the client bundle, naming the import chain.",
  },
  maxDepth: {
    type: 'integer',
    minimum: 1,
    description: 'How many import hops to follow from the linted file.',
  },
};

export const FOLLOW_DEFAULTS: FollowImportsOptions = { ...DEFAULT_FOLLOW_IMPORTS };

const sides = new WeakMap<TSESTree.Program, FileSide>();

/** The linted file's side, classified once per file. */
export function fileSideOf(context: AnyContext): FileSide {
  const program = context.sourceCode.ast;
  let side = sides.get(program);
  if (!side) {
    side = classify(context, program);
    sides.set(program, side);
  }
  return side;
}

/** The framework's fix for a provider, in its words ("Call OpenAI from a Route Handler …"). */
export function serverFixFor(side: FileSide, provider: Provider | undefined): string {
  const name = provider?.name ?? 'the provider';
  if (!side.framework) return `Call ${name} from server code (an API route) and let the browser call that route.`;
  return side.framework.serverFix.replace('the provider', name);
}

/** Whether `node` is inside code the build keeps off the client (`getServerSideProps`, a Remix `loader`, a helper only they call). */
export function isInServerOnlyFunction(node: TSESTree.Node, side: FileSide): boolean {
  if (side.serverOnlyNodes.size === 0) return false;
  for (let current = node.parent; current; current = current.parent) {
    if (side.serverOnlyNodes.has(current)) return true;
  }
  return false;
}

/**
 * Whether every value use of an import's bindings is inside server-only code, so the bundler drops the import
 * from the client build ("Imports used will not be bundled for the client-side", Next.js docs). A side-effect
 * import, or one never used, stays in the bundle.
 */
export function isImportOnlyUsedOnServer(declaration: TSESTree.ImportDeclaration, context: AnyContext, side: FileSide): boolean {
  if (side.serverOnlyNodes.size === 0 || declaration.specifiers.length === 0) return false;
  const references = valueReferencesOf(declaration, context);
  return references.length > 0 && references.every((reference) => isInServerOnlyFunction(reference.identifier, side));
}

/**
 * Whether `node` lies in a t3-env style schema, `createEnv({ server: { … }, runtimeEnv: { … } })`: the library
 * hands server variables to server code only (it throws when client code reads one), so no read there is a leak.
 */
export function isInEnvSchema(node: TSESTree.Node): boolean {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === AST_NODE_TYPES.CallExpression && current.callee.type === AST_NODE_TYPES.Identifier && ENV_SCHEMA_CALLEES.has(current.callee.name)) return true;
  }
  return false;
}

/**
 * Whether the compiler erases an import: `import type`, every specifier `type`, or every name used only as a
 * type (checked with scope analysis). An import never used is kept, as in module-facts.ts.
 */
export function isErasedImport(declaration: TSESTree.ImportDeclaration, context: AnyContext): boolean {
  if (declaration.importKind === 'type') return true;
  if (declaration.specifiers.length === 0) return false;
  if (declaration.specifiers.every((s) => s.type === AST_NODE_TYPES.ImportSpecifier && s.importKind === 'type')) return true;
  const references = context.sourceCode.getDeclaredVariables(declaration).flatMap((variable) => variable.references);
  return references.length > 0 && !references.some(isValueReference);
}

/**
 * What the linted client file's first-party imports bring into the bundle (follow-imports.ts), leaving out
 * the imports the build strips or the compiler erases, so that nothing reached only through them is reported.
 */
export function clientImportedLeaks(context: AnyContext, program: TSESTree.Program, options: FollowOptions): ImportedLeak[] {
  const side = fileSideOf(context);
  const keepEntryImport = (node: TSESTree.Node): boolean => {
    if (isInServerOnlyFunction(node, side)) return false;
    if (node.type === AST_NODE_TYPES.ImportDeclaration) return !isErasedImport(node, context) && !isImportOnlyUsedOnServer(node, context, side);
    // `export { getServerSideProps } from '../lib/ssr'`: Next.js strips the re-export like a local one.
    if (node.type === AST_NODE_TYPES.ExportNamedDeclaration && node.specifiers.length > 0 && side.serverExports.length > 0) {
      return !node.specifiers.every((specifier) => side.serverExports.includes(exportedName(specifier)));
    }
    return true;
  };
  return findImportedLeaks(
    context,
    program,
    { followImports: options.followImports ?? FOLLOW_DEFAULTS.followImports, maxDepth: options.maxDepth ?? FOLLOW_DEFAULTS.maxDepth },
    { keepEntryImport, settings: side.settings, settingsKey: context.settings },
  );
}

type Reference = ReturnType<AnyContext['sourceCode']['getDeclaredVariables']>[number]['references'][number];

/** A reference that reads the value at run time (`X` in a type annotation and `typeof X` in a type do not). */
export function isValueReference(reference: Reference): boolean {
  if (!reference.isValueReference) return false;
  for (let node: TSESTree.Node | undefined = reference.identifier.parent; node; node = node.parent) {
    if (node.type === AST_NODE_TYPES.TSTypeQuery) return false;
  }
  return true;
}

function valueReferencesOf(declaration: TSESTree.ImportDeclaration, context: AnyContext): Reference[] {
  return context.sourceCode.getDeclaredVariables(declaration).flatMap((variable) => variable.references.filter(isValueReference));
}

function exportedName(specifier: TSESTree.ExportSpecifier): string {
  return specifier.exported.type === AST_NODE_TYPES.Identifier ? specifier.exported.name : specifier.exported.value;
}

function classify(context: AnyContext, program: TSESTree.Program): FileSide {
  const settings = readSettings(context.settings);
  const directives: string[] = [];
  let directiveLine = 0;
  for (const statement of program.body) {
    if (statement.type !== AST_NODE_TYPES.ExpressionStatement || statement.directive === undefined) break;
    directives.push(statement.directive);
    if (statement.directive === 'use client' && !directiveLine) directiveLine = statement.loc.start.line;
  }
  const importLines = new Map<string, number>();
  for (const statement of program.body) {
    // `import type` is erased: it brings neither a marker nor a server framework into the file.
    if (statement.type === AST_NODE_TYPES.ImportDeclaration && statement.importKind !== 'type' && !importLines.has(statement.source.value)) {
      importLines.set(statement.source.value, statement.loc.start.line);
    }
  }
  const serverSignals = serverSignalsOf(program as never, context.sourceCode.visitorKeys, context.sourceCode.text);
  const classification = classifyFile({ filename: context.filename, directives, imports: [...importLines.keys()], serverSignals, settings, cwd: context.cwd });
  warnOnce(classification.problems);
  const serverExports = classification.framework?.serverExports ?? [];
  return {
    ...classification,
    where: describeWhere(classification, directiveLine, importLines),
    serverOnlyNodes: serverOnlyNodesOf(context, program, serverExports),
    serverExports,
    settings,
  };
}

const warned = new Set<string>();

/** A broken package.json is named once per process (on stderr), and classification goes on without it. */
function warnOnce(problems: readonly string[]): void {
  for (const problem of problems) {
    if (warned.has(problem)) continue;
    warned.add(problem);
    process.emitWarning(problem, { code: 'BACKEND_ONLY_PACKAGE_JSON' });
  }
}

function describeWhere(classification: Classification, directiveLine: number, importLines: ReadonlyMap<string, number>): string {
  switch (classification.by) {
    case 'directive':
      return `a Client Component ('use client', line ${directiveLine})`;
    case 'import':
      return `client code (imports 'client-only', line ${importLines.get('client-only') ?? 1})`;
    case 'component':
      return classification.reason;
    default:
      return `client code (${classification.reason})`;
  }
}

/** Validates `settings['backend-only']`; a typo there would silently change what counts as client code. */
function readSettings(settings: Record<string, unknown>): BackendOnlySettings {
  const value = settings['backend-only'];
  if (value === undefined) return {};
  const where = "settings['backend-only']";
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error(`${where} must be an object with framework, clientFiles, serverFiles and/or guards.`);
  const { framework, clientFiles, serverFiles, guards, ...unknown } = value as Record<string, unknown>;
  const unknownKeys = Object.keys(unknown);
  if (unknownKeys.length) throw new Error(`${where}: unknown key '${unknownKeys[0]}'; expected framework, clientFiles, serverFiles or guards.`);
  // require-rate-limit's project limiter helpers (util/cost/settings.ts reads them).
  if (guards !== undefined && !(Array.isArray(guards) && guards.every((g) => typeof g === 'string' && g.length > 0))) {
    throw new Error(`${where}.guards must be an array of function names or 'module#export' strings.`);
  }
  if (framework !== undefined && !FRAMEWORK_IDS.includes(framework as FrameworkId)) {
    throw new Error(`${where}.framework: unknown framework ${JSON.stringify(framework)}; expected one of ${FRAMEWORK_IDS.join(', ')}.`);
  }
  for (const [key, globs] of [['clientFiles', clientFiles], ['serverFiles', serverFiles]] as const) {
    if (globs !== undefined && !(Array.isArray(globs) && globs.every((glob) => typeof glob === 'string'))) {
      throw new Error(`${where}.${key} must be an array of glob strings.`);
    }
  }
  return { framework: framework as FrameworkId | undefined, clientFiles: clientFiles as string[] | undefined, serverFiles: serverFiles as string[] | undefined };
}

/** Local names of top-level functions exported under one of `exportNames` (directly or by `export { loader }`). */
function serverFunctionNamesOf(program: TSESTree.Program, exportNames: readonly string[]): ReadonlySet<string> {
  const names = new Set<string>();
  if (exportNames.length === 0) return names;
  for (const statement of program.body) {
    if (statement.type !== AST_NODE_TYPES.ExportNamedDeclaration) continue;
    const declaration = statement.declaration;
    if (declaration?.type === AST_NODE_TYPES.FunctionDeclaration && declaration.id && exportNames.includes(declaration.id.name)) {
      names.add(declaration.id.name);
    } else if (declaration?.type === AST_NODE_TYPES.VariableDeclaration) {
      for (const declarator of declaration.declarations) {
        if (declarator.id.type === AST_NODE_TYPES.Identifier && exportNames.includes(declarator.id.name)) names.add(declarator.id.name);
      }
    } else if (!statement.source) {
      for (const specifier of statement.specifiers) {
        const exported = specifier.exported.type === AST_NODE_TYPES.Identifier ? specifier.exported.name : specifier.exported.value;
        if (exportNames.includes(exported) && specifier.local.type === AST_NODE_TYPES.Identifier) names.add(specifier.local.name);
      }
    }
  }
  return names;
}

/** A top-level binding: `function name() {}` or one `const name = …` declarator. */
interface TopLevelBinding {
  name: string;
  node: TSESTree.FunctionDeclaration | TSESTree.VariableDeclarator;
  /** `export function name`, `export const name`: kept by the build whatever uses it. */
  exported: boolean;
}

/**
 * The server-only code of a client file: the top-level bindings exported under `serverExports`, then, until
 * nothing changes, every other unexported binding whose uses all lie in server-only code (the Next.js and Remix
 * transforms remove the server exports, then every binding and import left unreferenced).
 */
function serverOnlyNodesOf(context: AnyContext, program: TSESTree.Program, serverExports: readonly string[]): ReadonlySet<TSESTree.Node> {
  const nodes = new Set<TSESTree.Node>();
  if (serverExports.length === 0) return nodes;
  const seeds = serverFunctionNamesOf(program, serverExports);
  if (seeds.size === 0) return nodes;
  const bindings = topLevelBindingsOf(program);
  const pending: TopLevelBinding[] = [];
  for (const binding of bindings) {
    if (seeds.has(binding.name)) nodes.add(binding.node);
    else if (!binding.exported) pending.push(binding);
  }
  const isInside = (node: TSESTree.Node, ancestor: TSESTree.Node) => node.range[0] >= ancestor.range[0] && node.range[1] <= ancestor.range[1];
  const inServerCode = (node: TSESTree.Node) => {
    for (let current = node.parent; current; current = current.parent) if (nodes.has(current)) return true;
    return false;
  };
  for (let changed = true; changed; ) {
    changed = false;
    for (let i = pending.length - 1; i >= 0; i--) {
      const binding = pending[i] as TopLevelBinding;
      const variable = context.sourceCode.getDeclaredVariables(binding.node).find((v) => v.name === binding.name);
      const uses = (variable?.references ?? []).filter((ref) => !ref.init && isValueReference(ref) && !isInside(ref.identifier, binding.node));
      if (uses.length > 0 && uses.every((ref) => inServerCode(ref.identifier))) {
        nodes.add(binding.node);
        pending.splice(i, 1);
        changed = true;
      }
    }
  }
  return nodes;
}

function topLevelBindingsOf(program: TSESTree.Program): TopLevelBinding[] {
  const bindings: TopLevelBinding[] = [];
  for (const statement of program.body) {
    const exported = statement.type === AST_NODE_TYPES.ExportNamedDeclaration;
    const declaration = exported ? statement.declaration : statement;
    if (declaration?.type === AST_NODE_TYPES.FunctionDeclaration && declaration.id) {
      bindings.push({ name: declaration.id.name, node: declaration, exported });
    } else if (declaration?.type === AST_NODE_TYPES.VariableDeclaration) {
      for (const declarator of declaration.declarations) {
        if (declarator.id.type === AST_NODE_TYPES.Identifier) bindings.push({ name: declarator.id.name, node: declarator, exported });
      }
    }
  }
  return bindings;
}
