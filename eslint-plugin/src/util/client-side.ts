/**
 * Which code of the linted file ships to browsers: the file's side from core's classifier (computed once per
 * file, shared by every rule), and the server-only functions inside client files that the build strips
 * (Next.js `getServerSideProps`, Remix `loader`).
 */
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import type { JSONSchema4 } from '@typescript-eslint/utils/json-schema';
import { classifyFile, FRAMEWORK_IDS, type BackendOnlySettings, type Classification, type FrameworkId, type Provider } from '@backend-only/core';
import { DEFAULT_FOLLOW_IMPORTS, type FollowImportsOptions } from './follow-imports.js';

type AnyContext = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

export interface FileSide extends Classification {
  /** Where the code runs, for messages: "a Client Component ('use client', line 1)", "client code (Vite source ships to the browser)". */
  where: string;
  /** Local names of functions the build keeps off the client (exported under a framework's `serverExports` names). */
  serverFunctionNames: ReadonlySet<string>;
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

/** Whether `node` is inside a function the build keeps off the client (`getServerSideProps`, a Remix `loader`). */
export function isInServerOnlyFunction(node: TSESTree.Node, side: FileSide): boolean {
  if (side.serverFunctionNames.size === 0) return false;
  for (let current = node.parent; current; current = current.parent) {
    if (isFunction(current) && side.serverFunctionNames.has(topLevelNameOf(current) ?? '')) return true;
  }
  return false;
}

/**
 * Whether every use of an import's bindings is inside server-only functions, so the bundler drops the import
 * from the client build ("Imports used will not be bundled for the client-side", Next.js docs). A side-effect
 * import, or one never used, stays in the bundle.
 */
export function isImportOnlyUsedOnServer(declaration: TSESTree.ImportDeclaration, context: AnyContext, side: FileSide): boolean {
  if (side.serverFunctionNames.size === 0 || declaration.specifiers.length === 0) return false;
  const references = context.sourceCode.getDeclaredVariables(declaration).flatMap((variable) => variable.references);
  return references.length > 0 && references.every((reference) => isInServerOnlyFunction(reference.identifier, side));
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
    if (statement.type === AST_NODE_TYPES.ImportDeclaration && !importLines.has(statement.source.value)) {
      importLines.set(statement.source.value, statement.loc.start.line);
    }
  }
  const classification = classifyFile({ filename: context.filename, directives, imports: [...importLines.keys()], settings, cwd: context.cwd });
  warnOnce(classification.problems);
  return {
    ...classification,
    where: describeWhere(classification, directiveLine, importLines),
    serverFunctionNames: serverFunctionNamesOf(program, classification.framework?.serverExports ?? []),
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

type FunctionNode = TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression;

function isFunction(node: TSESTree.Node): node is FunctionNode {
  return (
    node.type === AST_NODE_TYPES.FunctionDeclaration ||
    node.type === AST_NODE_TYPES.FunctionExpression ||
    node.type === AST_NODE_TYPES.ArrowFunctionExpression
  );
}

/**
 * The top-level name a function is bound to: `function loader() {}`, `const loader = async () => {}`, also
 * through a type assertion or one wrapper call (`export const getServerSideProps = withSession(async () => {})`).
 */
function topLevelNameOf(fn: FunctionNode): string | undefined {
  if (fn.type === AST_NODE_TYPES.FunctionDeclaration) return isTopLevel(fn) ? fn.id?.name : undefined;
  let current: TSESTree.Node = fn;
  while (
    current.parent?.type === AST_NODE_TYPES.TSAsExpression ||
    current.parent?.type === AST_NODE_TYPES.TSSatisfiesExpression ||
    (current.parent?.type === AST_NODE_TYPES.CallExpression && current.parent.arguments.includes(current as TSESTree.Expression))
  ) {
    current = current.parent;
  }
  const declarator = current.parent;
  if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.init !== current || declarator.id.type !== AST_NODE_TYPES.Identifier) return undefined;
  return isTopLevel(declarator.parent) ? declarator.id.name : undefined;
}

function isTopLevel(node: TSESTree.Node): boolean {
  const parent = node.parent;
  return parent?.type === AST_NODE_TYPES.Program || (parent?.type === AST_NODE_TYPES.ExportNamedDeclaration && parent.parent.type === AST_NODE_TYPES.Program);
}
