/**
 * Caches for the import walk, shared by every file an ESLint process lints.
 *
 * - Module facts (imports, env reads, directives) are keyed by path and checked against the file's mtime and
 *   size, so an editor's long-lived ESLint sees edits. Entries that failed to read or parse are cached too
 *   (as `undefined`), so a broken dependency costs one parse, not one per importer.
 * - Resolutions are keyed by importing file and specifier.
 * - A "generation" is one lint run: it starts with the first walk after a pause of GENERATION_IDLE_MS. A new
 *   generation drops every resolution (a file may have appeared, a package.json or tsconfig.json changed) and
 *   re-checks each module's mtime once; within a generation each module is stat-ed at most once, which keeps a
 *   2,000-file run from stat-ing the same dependency thousands of times.
 * - Module facts are kept across generations, at most MAX_MODULES of them (least recently used goes first),
 *   so a long editor session keeps bounded memory.
 */
import fs from 'node:fs';
import { extractModuleFacts, type SecretEnvRead, type VisitorKeys } from './module-facts.js';
import { parseDependency, type ParserSetup } from './parse-module.js';
import { clearResolverCache, resolveImport, type Resolution } from './resolver.js';

/** A pause longer than this between two walks ends a run (ESLint lints a run's files back to back). */
export const GENERATION_IDLE_MS = 500;
/** Module facts kept at most; a fact entry is a few hundred bytes. */
export const MAX_MODULES = 50_000;
/** Larger dependencies are generated code (bundles, data), not modules worth parsing. */
export const MAX_MODULE_BYTES = 2 * 1024 * 1024;

/** What the cache keeps of a dependency: specifiers only, so no AST stays in memory. */
export interface DependencyFacts {
  specifiers: string[];
  secretEnvReads: SecretEnvRead[];
  useServer: boolean;
}

interface ModuleEntry {
  mtimeMs: number;
  size: number;
  /** The parser that produced the facts: a file reached from two configs with different parsers is parsed by each. */
  parser: unknown;
  facts: DependencyFacts | undefined;
  checkedInGeneration: number;
}

let generation = 0;
let lastWalkEnd = -Infinity;
const modules = new Map<string, ModuleEntry>();
let resolutions = new Map<string, Map<string, Resolution>>();

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
}

/** Forgets everything: for tests and benchmarks that need a cold start. */
export function clearImportGraphCaches(): void {
  modules.clear();
  startGeneration();
  lastWalkEnd = -Infinity;
}

/** What `specifier` imported from `fromFile` resolves to, once per generation. */
export function resolveCached(fromFile: string, specifier: string): Resolution {
  let byFile = resolutions.get(fromFile);
  if (!byFile) {
    byFile = new Map();
    resolutions.set(fromFile, byFile);
  }
  let resolution = byFile.get(specifier);
  if (!resolution) {
    resolution = resolveImport(fromFile, specifier);
    byFile.set(specifier, resolution);
  }
  return resolution;
}

export interface ParseContext {
  setup: ParserSetup;
  parserOptions: Record<string, unknown>;
  fallbackVisitorKeys: VisitorKeys;
}

/** The facts of a dependency on disk, or undefined when it cannot be read or parsed (skipped, never reported). */
export function moduleFacts(file: string, parse: ParseContext): DependencyFacts | undefined {
  const cached = modules.get(file);
  if (cached && cached.parser === parse.setup.parser) {
    if (cached.checkedInGeneration === generation) return touch(file, cached).facts;
    const stat = statOrUndefined(file);
    if (stat && stat.mtimeMs === cached.mtimeMs && stat.size === cached.size) {
      cached.checkedInGeneration = generation;
      return touch(file, cached).facts;
    }
  }
  const stat = statOrUndefined(file);
  const entry: ModuleEntry = {
    mtimeMs: stat?.mtimeMs ?? -1,
    size: stat?.size ?? -1,
    parser: parse.setup.parser,
    facts: stat ? readFacts(file, stat.size, parse) : undefined,
    checkedInGeneration: generation,
  };
  touch(file, entry);
  if (modules.size > MAX_MODULES) modules.delete(modules.keys().next().value as string);
  return entry.facts;
}

/** Moves an entry to the young end of the map (insertion order is the LRU order). */
function touch(file: string, entry: ModuleEntry): ModuleEntry {
  modules.delete(file);
  modules.set(file, entry);
  return entry;
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
    const code = fs.readFileSync(file, 'utf8');
    const parsed = parseDependency(parse.setup, parse.parserOptions, file, code);
    const facts = extractModuleFacts(parsed.program, parsed.visitorKeys ?? parse.fallbackVisitorKeys);
    return { specifiers: [...new Set(facts.imports.map((edge) => edge.specifier))], secretEnvReads: facts.secretEnvReads, useServer: facts.useServer };
  } catch {
    // A syntax error or a parser that cannot read this file type: the walk goes on without it.
    return undefined;
  }
}
