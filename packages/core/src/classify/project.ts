/**
 * The project a file belongs to: the nearest package.json whose dependencies name a framework, or else the nearest
 * folder with a browser extension's manifest.json (`manifest_version`, at the top, in public/ or in src/).
 * Cached per directory; a cached package.json is re-read when its mtime changes, so editors that keep
 * ESLint running see a framework added or removed.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { detectFramework, getFramework, type Framework } from '../catalog/frameworks.js';
import { clearIslandCache } from './astro-islands.js';

export interface Project {
  /** Directory of the package.json that named the framework (or of the nearest package.json); undefined when none. */
  root: string | undefined;
  framework: Framework | undefined;
  /** A package.json that could not be read or parsed, named with the reason; detection went on above it. */
  problems: readonly string[];
}

interface PackageJsonEntry {
  mtimeMs: number;
  framework: Framework | undefined;
  problem: string | undefined;
}

/** Directory → the package.json files from it upwards (nearest first), up to the one that names a framework. */
const chainByDirectory = new Map<string, readonly string[]>();
const packageJsons = new Map<string, PackageJsonEntry>();

export function findProject(directory: string): Project {
  const chain = chainByDirectory.get(directory);
  if (chain) {
    const project = projectOf(chain);
    if (project) return project;
    chainByDirectory.delete(directory); // a package.json on the chain was deleted: walk again
  }
  const fresh = walkUp(directory);
  chainByDirectory.set(directory, fresh);
  return projectOf(fresh) ?? { root: undefined, framework: undefined, problems: [] };
}

/** Forgets every cached directory and package.json (tests; long-running hosts after a checkout). */
export function clearProjectCache(): void {
  chainByDirectory.clear();
  packageJsons.clear();
  clearIslandCache();
}

/** Where a hand-written extension keeps its manifest, relative to its folder. */
const MANIFEST_PLACES = ['manifest.json', 'public/manifest.json', 'src/manifest.json'];

function walkUp(directory: string): string[] {
  const chain: string[] = [];
  for (let dir = directory; ; dir = path.dirname(dir)) {
    const file = path.join(dir, 'package.json');
    const entry = readPackageJson(file);
    if (entry) {
      chain.push(file);
      if (entry.framework) break;
    }
    const manifest = MANIFEST_PLACES.map((place) => path.join(dir, place)).find((candidate) => readPackageJson(candidate)?.framework);
    if (manifest) {
      chain.push(manifest);
      break;
    }
    if (path.dirname(dir) === dir || path.basename(dir) === 'node_modules') break;
  }
  return chain;
}

/** The project for a cached chain, or undefined when one of its package.json files is gone. */
function projectOf(chain: readonly string[]): Project | undefined {
  const problems: string[] = [];
  for (const file of chain) {
    const entry = readPackageJson(file);
    if (!entry) return undefined;
    if (entry.problem) problems.push(entry.problem);
    if (entry.framework) return { root: projectRootOf(file), framework: entry.framework, problems };
  }
  const nearest = chain[0];
  return { root: nearest ? path.dirname(nearest) : undefined, framework: undefined, problems };
}

/** The folder a package.json or an extension manifest (possibly in public/ or src/) describes. */
function projectRootOf(file: string): string {
  const dir = path.dirname(file);
  if (path.basename(file) !== 'manifest.json') return dir;
  const parent = path.basename(dir);
  return parent === 'public' || parent === 'src' ? path.dirname(dir) : dir;
}

/**
 * Reads (or reuses, when the mtime is unchanged) one package.json, or one manifest.json (an extension's when it
 * has `manifest_version`); undefined when the file does not exist.
 */
function readPackageJson(file: string): PackageJsonEntry | undefined {
  let mtimeMs: number;
  try {
    const stats = statSync(file);
    if (!stats.isFile()) return undefined;
    mtimeMs = stats.mtimeMs;
  } catch {
    packageJsons.delete(file);
    return undefined;
  }
  const cached = packageJsons.get(file);
  if (cached && cached.mtimeMs === mtimeMs) return cached;
  let entry: PackageJsonEntry;
  try {
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    if (path.basename(file) === 'manifest.json') {
      entry = { mtimeMs, framework: typeof manifest.manifest_version === 'number' ? getFramework('browser-extension') : undefined, problem: undefined };
    } else {
      const dependencies = { ...asRecord(manifest.devDependencies), ...asRecord(manifest.dependencies) };
      entry = { mtimeMs, framework: detectFramework(dependencies), problem: undefined };
    }
  } catch (error) {
    // A manifest.json that is not JSON is some other tool's file, not a broken project.
    if (path.basename(file) === 'manifest.json') return undefined;
    const reason = error instanceof Error ? error.message : String(error);
    entry = { mtimeMs, framework: undefined, problem: `${file}: cannot read dependencies (${reason}); framework detection skipped it` };
  }
  packageJsons.set(file, entry);
  return entry;
}

function asRecord(value: unknown): Record<string, string> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, string>) : {};
}
