/**
 * Follows a client file's first-party imports to the server code they drag into the bundle (issue 4).
 * The rules decide whether the linted file is client code; this walks. How: docs/follow-imports.md.
 */
import path from 'node:path';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { Provider } from '@backend-only/core';
import { beginWalk, endWalk } from './import-graph/module-cache.js';
import { extractModuleFacts, type AstNode, type VisitorKeys } from './import-graph/module-facts.js';
import { createParseContext, type ParseContext, type ParserSetup } from './import-graph/parse-module.js';
import { walkImports } from './import-graph/walk.js';

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
    leaks = walkFrom(context, program, entryFile, options.maxDepth);
    byDepth.set(options.maxDepth, leaks);
  }
  return leaks;
}

function walkFrom(
  context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>,
  program: TSESTree.Program,
  entryFile: string,
  maxDepth: number,
): ImportedLeak[] {
  const languageOptions = context.languageOptions as ParserSetup & object;
  const visitorKeys = context.sourceCode.visitorKeys as VisitorKeys;
  let parse = parseContexts.get(languageOptions);
  if (!parse) {
    parse = createParseContext(languageOptions, visitorKeys, context.cwd);
    parseContexts.set(languageOptions, parse);
  }
  beginWalk(performance.now());
  try {
    // The linted file's imports come from ESLint's AST: the editor buffer may differ from the disk.
    const entryImports = extractModuleFacts(program as unknown as AstNode, visitorKeys).imports;
    const leaks = walkImports(entryFile, entryImports, maxDepth, parse);
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

/** `file` relative to the working directory, with `/` on every platform. */
function displayPath(cwd: string, file: string): string {
  return path.relative(cwd, file).split(path.sep).join('/');
}
