/**
 * Follows a client file's first-party imports to the server code they drag into the bundle (issue 4).
 * STUB: the import-walk work replaces the body; the rules already call it.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { Provider } from '@backend-only/core';

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

/** The SDK imports and secret env reads reachable from the linted (client) file through its first-party imports. */
export function findImportedLeaks(
  _context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>,
  _program: TSESTree.Program,
  _options: FollowImportsOptions,
): ImportedLeak[] {
  return [];
}
