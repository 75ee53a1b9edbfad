/**
 * Breadth-first walk over first-party imports. The first time BFS reaches a module is by a shortest chain,
 * so each leak is reported once, with the shortest chain to it.
 */
import type { Provider } from '@backend-only/core';
import { moduleNode, readModule, resolveEdge, type ModuleNode } from './module-cache.js';
import type { AstNode, DependencyFacts, ImportEdge } from './module-facts.js';
import type { ParseContext } from './parse-module.js';

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
  module: ModuleNode;
  /** Index in the queue of the module that imported this one; -1 for the entry's direct imports. */
  parent: number;
  depth: number;
  origin: AstNode;
}

/** Numbers each walk, for ModuleNode.visitedBy. */
let walkCount = 0;

/**
 * Whether the walk stops at a module instead of reading its imports: a module that is client code itself (its
 * own lint reports what it holds), or one that never reaches a browser (`'use server'`, `server-only`, `.server`).
 */
export type StopAt = (file: string, facts: DependencyFacts) => boolean;

/**
 * Leaks reachable from `entryFile` through at least one first-party module, at most `maxDepth` modules away
 * (depth 1 = the entry's direct imports). Leaks in the entry file itself are the rules' direct checks.
 * Modules `stopAt` names are not read; unreadable and unresolvable modules are skipped.
 */
export function walkImports(entryFile: string, entryImports: readonly ImportEdge[], maxDepth: number, parse: ParseContext, stopAt: StopAt): WalkedLeak[] {
  const walk = ++walkCount;
  const leaks: WalkedLeak[] = [];
  const queue: Visit[] = [];
  const enqueue = (module: ModuleNode, parent: number, depth: number, origin: AstNode) => {
    if (module.visitedBy === walk) return;
    module.visitedBy = walk;
    queue.push({ module, parent, depth, origin });
  };
  // The entry counts as visited: a cycle back to it ends there.
  moduleNode(entryFile).visitedBy = walk;
  for (const edge of entryImports) {
    const target = resolveEdge(entryFile, edge.specifier);
    if (target?.kind === 'module') enqueue(target.node, -1, 1, edge.node);
  }
  for (let head = 0; head < queue.length; head++) {
    const visit = queue[head] as Visit;
    const read = readModule(visit.module, parse);
    const facts = read?.facts;
    if (!read || !facts || stopAt(visit.module.file, facts)) continue;
    for (const edge of read.edges) {
      if (edge.kind === 'sdk') {
        leaks.push({ kind: 'sdk', node: visit.origin, modules: chainTo(queue, head, entryFile), specifier: edge.specifier, provider: edge.provider });
      } else if (visit.depth < maxDepth) {
        enqueue(edge.node, head, visit.depth + 1, visit.origin);
      }
    }
    for (const env of facts.secretEnvReads) {
      leaks.push({ kind: 'env', node: visit.origin, modules: chainTo(queue, head, entryFile), envName: env.name, provider: env.provider });
    }
  }
  return leaks;
}

/** The entry file, then every module down to queue[index], following parent links (built only for leaks). */
function chainTo(queue: readonly Visit[], index: number, entryFile: string): string[] {
  const chain: string[] = [];
  for (let at = index; at >= 0; at = (queue[at] as Visit).parent) chain.push((queue[at] as Visit).module.file);
  chain.push(entryFile);
  return chain.reverse();
}
