/**
 * Dependencies named in package.json files, for what the code cannot show: the AI SDK's major version (its cap
 * parameter was renamed in v5) and limiter packages that guard routes mounted in another file. Cached per file
 * and mtime, so an editor's long-lived ESLint sees an edited package.json.
 */
import fs from 'node:fs';
import path from 'node:path';

const byFile = new Map<string, { mtimeMs: number; dependencies: Record<string, string> | undefined }>();

/** The dependencies (all kinds) of `dir/package.json`, or undefined when there is none or it does not parse. */
export function dependenciesIn(dir: string): Record<string, string> | undefined {
  const file = path.join(dir, 'package.json');
  let mtimeMs: number;
  try {
    mtimeMs = fs.statSync(file).mtimeMs;
  } catch {
    byFile.delete(file);
    return undefined;
  }
  const cached = byFile.get(file);
  if (cached && cached.mtimeMs === mtimeMs) return cached.dependencies;
  let dependencies: Record<string, string> | undefined;
  try {
    const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
    dependencies = { ...asRecord(manifest.peerDependencies), ...asRecord(manifest.devDependencies), ...asRecord(manifest.dependencies) };
  } catch {
    // Core's classifier names a broken package.json once; here it just names no dependency.
    dependencies = undefined;
  }
  byFile.set(file, { mtimeMs, dependencies });
  return dependencies;
}

/** The version range of `name` in the nearest package.json above `fromDir` that lists it (a workspace root included). */
export function dependencyRange(fromDir: string, name: string): string | undefined {
  for (let dir = fromDir; ; dir = path.dirname(dir)) {
    const range = dependenciesIn(dir)?.[name];
    if (range !== undefined) return range;
    if (path.dirname(dir) === dir || path.basename(dir) === 'node_modules') return undefined;
  }
}

/** Whether the package.json files from `fromDir` up to `root` list any of `names`. */
export function dependsOnAny(fromDir: string, root: string, names: readonly string[]): boolean {
  for (let dir = fromDir; ; dir = path.dirname(dir)) {
    const dependencies = dependenciesIn(dir);
    if (dependencies && names.some((name) => name in dependencies)) return true;
    if (dir === root || path.dirname(dir) === dir || !dir.startsWith(root)) return false;
  }
}

function asRecord(value: unknown): Record<string, string> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, string>) : {};
}
