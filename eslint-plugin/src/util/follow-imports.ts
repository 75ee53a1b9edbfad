/**
 * Follows a client file's first-party imports to the server code they drag into the bundle (issue 4).
 * The rules decide whether the linted file is client code; this walks. How: docs/follow-imports.md.
 */
import path from 'node:path';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { classifyFile, isServerOnlyModule, type BackendOnlySettings, type Provider } from '@backend-only/core';
import { beginWalk, endWalk, moduleNode, readModule, resolveEdge } from './import-graph/module-cache.js';
import { extractModuleFacts, type AstNode, type DependencyFacts, type VisitorKeys } from './import-graph/module-facts.js';
import { createParseContext, type ParseContext, type ParserSetup } from './import-graph/parse-module.js';
import { walkImports, type StopAt } from './import-graph/walk.js';

export { clearImportGraphCaches } from './import-graph/module-cache.js';

export interface FollowImportsOptions {
  followImports: boolean;
  maxDepth: number;
}

export const DEFAULT_FOLLOW_IMPORTS: FollowImportsOptions = { followImports: true, maxDepth: 10 };

export interface ImportedLeak {
  kind: 'sdk' | 'env';
  /** The import declaration (or require/import() call) in the linted file where the chain starts. */
  node: TSESTree.Node;
  /** Display chain, paths relative to the working directory: ['app/chat/Chat.tsx', 'lib/ai.ts', 'openai']. */
  chain: string[];
  provider: Provider | undefined;
  /** For kind 'env': the secret env name read at the end of the chain. */
  envName?: string;
}

/** What the linted file's rules know that the walk needs: which of its imports reach the browser, and the settings. */
export interface WalkScope {
  /** False for an import the build strips from the client (used only in `getServerSideProps`, a Remix `loader`). */
  keepEntryImport: (node: TSESTree.Node) => boolean;
  /** `settings['backend-only']`, validated, for classifying the modules the walk reaches. */
  settings: BackendOnlySettings;
  /** The key the settings are cached under (ESLint reuses one settings object per config). */
  settingsKey: object;
}

const KEEP_ALL: WalkScope = { keepEntryImport: () => true, settings: {}, settingsKey: {} };

/** Each file is walked once per maxDepth, however many rules ask (no-client-ai-sdk and no-secret-env-in-client both do). */
const leaksByProgram = new WeakMap<TSESTree.Program, Map<number, ImportedLeak[]>>();

/** How to read dependencies, derived once per languageOptions object (ESLint reuses it for every file of a config). */
const parseContexts = new WeakMap<object, ParseContext>();

/**
 * The SDK imports and secret env reads reachable from the linted (client) file through its first-party imports.
 * An 'sdk' chain ends with the package specifier; an 'env' chain ends with the module that reads `envName`.
 * Leaks in the linted file itself are not returned: the rules report those directly.
 */
export function findImportedLeaks(
  context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>,
  program: TSESTree.Program,
  options: FollowImportsOptions,
  scope: WalkScope = KEEP_ALL,
): ImportedLeak[] {
  if (!options.followImports || options.maxDepth < 1) return [];
  const entryFile = context.physicalFilename;
  // Text given on stdin or by an editor for an unsaved buffer has no place on disk to resolve from.
  if (!path.isAbsolute(entryFile)) return [];
  let byDepth = leaksByProgram.get(program);
  if (!byDepth) {
    byDepth = new Map();
    leaksByProgram.set(program, byDepth);
  }
  let leaks = byDepth.get(options.maxDepth);
  if (!leaks) {
    leaks = walkFrom(context, program, entryFile, options.maxDepth, scope);
    byDepth.set(options.maxDepth, leaks);
  }
  return leaks;
}

function walkFrom(
  context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>,
  program: TSESTree.Program,
  entryFile: string,
  maxDepth: number,
  scope: WalkScope,
): ImportedLeak[] {
  const visitorKeys = context.sourceCode.visitorKeys as VisitorKeys;
  const parse = parseContextOf(context);
  beginWalk(performance.now());
  try {
    // The linted file's imports come from ESLint's AST: the editor buffer may differ from the disk.
    const entryImports = extractModuleFacts(program as unknown as AstNode, visitorKeys).imports.filter((edge) =>
      scope.keepEntryImport(edge.node as unknown as TSESTree.Node),
    );
    const leaks = walkImports(entryFile, entryImports, maxDepth, parse, stopAtFor(scope, context.cwd));
    return leaks.map((leak) => ({
      kind: leak.kind,
      node: leak.node as unknown as TSESTree.Node,
      chain: [...leak.modules.map((file) => displayPath(context.cwd, file)), ...(leak.specifier ? [leak.specifier] : [])],
      provider: leak.provider,
      ...(leak.envName ? { envName: leak.envName } : {}),
    }));
  } finally {
    endWalk(performance.now());
  }
}

function parseContextOf(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>): ParseContext {
  const languageOptions = context.languageOptions as ParserSetup & object;
  let parse = parseContexts.get(languageOptions);
  if (!parse) {
    parse = createParseContext(languageOptions, context.sourceCode.visitorKeys as VisitorKeys, context.cwd);
    parseContexts.set(languageOptions, parse);
  }
  return parse;
}

/** Per settings object, whether the walk stops at a module's facts (facts are replaced when the file changes). */
const stopsBySettings = new WeakMap<object, WeakMap<DependencyFacts, boolean>>();

/**
 * The walk stops at a module that is client code itself: linted on its own, it reports what it holds, so its
 * client importers do not report it again (one report per leak). It stops too at a module that never reaches a
 * browser: `'use server'`, `server-only`, `.server` files, SvelteKit's private env and `$lib/server`, and files
 * the settings list as `serverFiles`. A shared or server-side module without those marks is where client code
 * crosses into server code: the walk reads it, and reports what it holds at the crossing.
 */
function stopAtFor(scope: WalkScope, cwd: string): StopAt {
  let stops = stopsBySettings.get(scope.settingsKey);
  if (!stops) {
    stops = new WeakMap();
    stopsBySettings.set(scope.settingsKey, stops);
  }
  const cache = stops;
  return (file, facts) => {
    let stop = cache.get(facts);
    if (stop === undefined) {
      stop = isStop(file, facts, scope.settings, cwd);
      cache.set(facts, stop);
    }
    return stop;
  };
}

function isStop(file: string, facts: DependencyFacts, settings: BackendOnlySettings, cwd: string): boolean {
  if (facts.useServer) return true;
  const classification = classifyFile({ filename: file, directives: facts.directives, imports: facts.staticImports, settings, cwd });
  if (classification.side === 'client') return true;
  if (classification.side === 'server' && classification.by === 'setting') return true;
  return isServerOnlyModule(file.split(path.sep).join('/'), facts.staticImports, classification.framework?.id);
}

/**
 * A top-level `const` string that an imported binding names, when it spells a provider API URL:
 * `import { OPENAI_URL } from './config'` in no-client-ai-api-call. Read through the walk's module cache.
 */
export function importedUrlConstant(
  context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>,
  specifier: string,
  name: string,
): string | undefined {
  const entryFile = context.physicalFilename;
  if (!path.isAbsolute(entryFile)) return undefined;
  beginWalk(performance.now());
  try {
    const edge = resolveEdge(entryFile, specifier);
    if (edge?.kind !== 'module') return undefined;
    return readModule(moduleNode(edge.node.file), parseContextOf(context))?.facts?.apiUrlConstants[name];
  } finally {
    endWalk(performance.now());
  }
}

/** `file` relative to the working directory, with `/` on every platform. */
function displayPath(cwd: string, file: string): string {
  return path.relative(cwd, file).split(path.sep).join('/');
}
