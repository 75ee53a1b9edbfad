/**
 * The module graph the walk runs over, cached for the ESLint process (every linted file shares it).
 *
 * - One node per module path. Its facts (imports, secret env reads, `'use server'`), kept per parser that read
 *   them, are checked against the file's mtime and size, so an editor's long-lived ESLint sees edits. A module
 *   that cannot be read or parsed is cached too (facts `undefined`), so a broken dependency costs one parse,
 *   not one per importer.
 * - A "generation" is one lint run: it starts with the first walk after a pause of GENERATION_IDLE_MS. A new
 *   generation forgets every resolution (a file may have appeared, a package.json or tsconfig.json changed)
 *   and re-checks each module's mtime once; within a generation each module is stat-ed and resolved at most
 *   once, which keeps a 2,000-file run from stat-ing the same dependency thousands of times.
 * - Facts outlive a generation when the file is unchanged (editors re-lint often). Past MAX_MODULES modules,
 *   the next generation starts from an empty graph, which bounds a long editor session's memory.
 */
import fs from 'node:fs';
import { isServerOnlySpecifier, type Provider } from '@backend-only/core';
import type { DependencyFacts } from './module-facts.js';
import { parserFor, readDependencyFacts, type ParseContext } from './parse-module.js';
import { clearResolverCache, resolveImport } from './resolver.js';

/** A pause longer than this between two walks ends a run (ESLint lints a run's files back to back). */
export const GENERATION_IDLE_MS = 500;
/** Modules kept at most; a node is a few hundred bytes. */
export const MAX_MODULES = 50_000;
/** Larger dependencies are generated code (bundles, data), not modules worth parsing. */
export const MAX_MODULE_BYTES = 2 * 1024 * 1024;

export type Edge =
  /** A first-party module: walked. */
  | { kind: 'module'; node: ModuleNode }
  /** An AI SDK from node_modules (or not installed yet): a leaf, and a leak. */
  | { kind: 'sdk'; specifier: string; provider: Provider };

export interface ModuleNode {
  readonly file: string;
  /** -1 when the file is missing or not a file. */
  mtimeMs: number;
  size: number;
  checkedInGeneration: number;
  /**
   * What each parser read from the file as of `mtimeMs` (usually one; a project that lints `.js` with espree
   * and `.ts` with typescript-eslint may read a shared module with both, and neither evicts the other).
   */
  readings: Reading[];
  /** The last walk that reached this module: BFS's visited mark, without a Set per walk. */
  visitedBy: number;
}

export interface Reading {
  parser: unknown;
  /** Undefined when the parser cannot read the file. */
  facts: DependencyFacts | undefined;
  edges: Edge[];
  edgesInGeneration: number;
}

let generation = 0;
let lastWalkEnd = -Infinity;
const modules = new Map<string, ModuleNode>();
/**
 * This generation's resolutions, by importing file and specifier. A linted file's own imports (from ESLint's AST)
 * and the same file's imports as a dependency (from its node) share them.
 */
let resolutions = new Map<string, Edge | undefined>();

/** Call at the start of each walk: begins a new generation after a pause. */
export function beginWalk(now: number): void {
  if (now - lastWalkEnd > GENERATION_IDLE_MS) startGeneration();
}

/** Call when a walk ends, so the next walk can tell a pause from the next file of the same run. */
export function endWalk(now: number): void {
  lastWalkEnd = now;
}

function startGeneration(): void {
  generation++;
  resolutions = new Map();
  clearResolverCache();
  if (modules.size > MAX_MODULES) modules.clear();
}

/** Forgets everything: for tests and benchmarks that need a cold start. */
export function clearImportGraphCaches(): void {
  modules.clear();
  startGeneration();
  lastWalkEnd = -Infinity;
}

export function moduleNode(file: string): ModuleNode {
  let node = modules.get(file);
  if (!node) {
    node = { file, mtimeMs: -1, size: -1, checkedInGeneration: -1, readings: [], visitedBy: 0 };
    modules.set(file, node);
  }
  return node;
}

/**
 * What `specifier`, imported from `fromFile`, is for the walk, once per generation; undefined for what it
 * neither follows nor reports.
 */
export function resolveEdge(fromFile: string, specifier: string): Edge | undefined {
  // `$lib/server/…` is server-only wherever it resolves: nothing to follow.
  if (isServerOnlySpecifier(specifier)) return undefined;
  const key = `${fromFile}\0${specifier}`;
  if (resolutions.has(key)) return resolutions.get(key);
  const resolution = resolveImport(fromFile, specifier);
  const edge: Edge | undefined =
    resolution.kind === 'module'
      ? { kind: 'module', node: moduleNode(resolution.path) }
      : resolution.kind === 'sdk'
        ? { kind: 'sdk', specifier, provider: resolution.provider }
        : undefined;
  resolutions.set(key, edge);
  return edge;
}

/**
 * The module as `parse`'s parser reads it: facts and resolved edges, re-read when the file's mtime or size
 * changed since the last generation; undefined when the file cannot be read or parsed.
 */
export function readModule(node: ModuleNode, parse: ParseContext): Reading | undefined {
  if (node.checkedInGeneration !== generation) {
    node.checkedInGeneration = generation;
    const stat = statOrUndefined(node.file);
    const mtimeMs = stat?.mtimeMs ?? -1;
    const size = stat?.size ?? -1;
    if (mtimeMs !== node.mtimeMs || size !== node.size) {
      node.mtimeMs = mtimeMs;
      node.size = size;
      node.readings = [];
    }
  }
  const parser = parserFor(parse, node.file);
  let reading = node.readings.find((r) => r.parser === parser);
  if (!reading) {
    const facts = node.size >= 0 ? readFacts(node.file, node.size, parse) : undefined;
    reading = { parser, facts, edges: [], edgesInGeneration: -1 };
    node.readings.push(reading);
  }
  const { facts } = reading;
  if (!facts) return undefined;
  if (reading.edgesInGeneration !== generation) {
    reading.edges = [];
    for (const specifier of facts.specifiers) {
      const edge = resolveEdge(node.file, specifier);
      if (edge) reading.edges.push(edge);
    }
    reading.edgesInGeneration = generation;
  }
  return reading;
}

function statOrUndefined(file: string): fs.Stats | undefined {
  try {
    const stat = fs.statSync(file);
    return stat.isFile() ? stat : undefined;
  } catch {
    return undefined;
  }
}

function readFacts(file: string, size: number, parse: ParseContext): DependencyFacts | undefined {
  if (size > MAX_MODULE_BYTES) return undefined;
  try {
    return readDependencyFacts(parse, file, fs.readFileSync(file, 'utf8'));
  } catch {
    // A syntax error, or a parser that cannot read this file type: the walk goes on without this module.
    return undefined;
  }
}
