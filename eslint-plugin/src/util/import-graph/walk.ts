/**
 * Breadth-first walk over first-party imports. The first time BFS reaches a module is by a shortest chain,
 * so each leak is reported once, with the shortest chain to it.
 */
import type { Provider } from '@backend-only/core';
import { moduleFacts, resolveCached, type ParseContext } from './module-cache.js';
import type { AstNode, ImportEdge } from './module-facts.js';

export interface WalkedLeak {
  kind: 'sdk' | 'env';
  /** The import in the entry file the chain starts with. */
  node: AstNode;
  /** Absolute module paths from the entry file to the module holding the leak. */
  modules: string[];
  /** For kind 'sdk': the package specifier, as the module wrote it. */
  specifier?: string;
  /** For kind 'env': the secret env name read. */
  envName?: string;
  provider: Provider | undefined;
}

interface Visit {
  file: string;
  /** Entry file first, this module last. */
  chain: string[];
  origin: AstNode;
}

/**
 * Leaks reachable from `entryFile` through at least one first-party module, at most `maxDepth` modules away
 * (depth 1 = the entry's direct imports). Leaks in the entry file itself are the rules' direct checks.
 * Modules with `'use server'` are stops; unreadable and unresolvable modules are skipped.
 */
export function walkImports(entryFile: string, entryImports: readonly ImportEdge[], maxDepth: number, parse: ParseContext): WalkedLeak[] {
  const leaks: WalkedLeak[] = [];
  const visited = new Set<string>([entryFile]);
  const queue: Visit[] = [];
  if (maxDepth < 1) return leaks;
  for (const edge of entryImports) {
    const resolution = resolveCached(entryFile, edge.specifier);
    if (resolution.kind !== 'module' || visited.has(resolution.path)) continue;
    visited.add(resolution.path);
    queue.push({ file: resolution.path, chain: [entryFile, resolution.path], origin: edge.node });
  }
  for (let head = 0; head < queue.length; head++) {
    const visit = queue[head] as Visit;
    const facts = moduleFacts(visit.file, parse);
    if (!facts || facts.useServer) continue;
    // chain length = depth + 1 (the entry file is not a step)
    const mayGoDeeper = visit.chain.length <= maxDepth;
    for (const specifier of facts.specifiers) {
      const resolution = resolveCached(visit.file, specifier);
      if (resolution.kind === 'sdk') {
        leaks.push({ kind: 'sdk', node: visit.origin, modules: visit.chain, specifier, provider: resolution.provider });
      } else if (resolution.kind === 'module' && mayGoDeeper && !visited.has(resolution.path)) {
        visited.add(resolution.path);
        queue.push({ file: resolution.path, chain: [...visit.chain, resolution.path], origin: visit.origin });
      }
    }
    for (const read of facts.secretEnvReads) {
      leaks.push({ kind: 'env', node: visit.origin, modules: visit.chain, envName: read.name, provider: read.provider });
    }
  }
  return leaks;
}
