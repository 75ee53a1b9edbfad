/**
 * Turns a source map's `sources` entry into a workspace-relative path. Bundlers write them in their own
 * namespaces (`webpack://_N_E/./app/page.tsx`, `turbopack:///[project]/app/page.tsx`, `../../src/main.tsx`);
 * anything that lands outside the workspace is dropped, never read or named.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { isInside, toPosix } from '../scan/walk.js';

export type ResolvedSource = { file: string } | { dropped: string };

/** Bundler namespaces whose paths are relative to a project folder the map does not name. */
const NAMESPACED = /^(?:webpack|turbopack|rollup|vite):\/\/(?:\/\[project\]\/|\[project\]\/|[^/]*\/)/;
/** Bundler-internal modules that are no file at all (`webpack/runtime/…`, `[turbopack]/…`, `\0commonjsHelpers`). */
const VIRTUAL = /^(?:\0|\[turbopack\]|\[externals\]|webpack\/(?:runtime|bootstrap)|\(webpack\)|__vite|vite\/)/;

export interface SourceContext {
  /** The workspace (real path): nothing outside it is resolved. */
  root: string;
  /** Folder of the map file (or of the bundle, for an inline map). */
  mapDir: string;
  sourceRoot?: string | undefined;
  /** Whether a candidate file exists (default: existsSync; a caller resolving many sources passes a cached one). */
  exists?: (file: string) => boolean;
  /** Resolve as if no candidate existed, touching nothing on disk (a file found on disk is always inside the workspace). */
  offDisk?: boolean;
}

export function resolveSource(source: string, context: SourceContext): ResolvedSource {
  const raw = source.replace(/[?#].*$/, '');
  const namespaced = NAMESPACED.exec(raw);
  if (namespaced) {
    const rest = raw.slice(namespaced[0].length).replace(/^\.\//, '');
    if (rest === '' || VIRTUAL.test(rest)) return { dropped: `${source}: bundler-internal module` };
    return inWorkspace(source, projectRelative(rest, context), context.root);
  }
  if (raw === '' || VIRTUAL.test(raw)) return { dropped: `${source}: bundler-internal module` };
  if (/^[a-z][a-z0-9+.-]*:/i.test(raw) && !raw.startsWith('file://')) return { dropped: `${source}: not a file path` };
  const plain = raw.startsWith('file://') ? decodeURIComponent(new URL(raw).pathname) : raw;
  const absolute = path.isAbsolute(plain) ? plain : path.resolve(context.mapDir, context.sourceRoot ?? '', plain);
  return inWorkspace(source, absolute, context.root);
}

/** The end of a `dropped` reason for a source outside the workspace. */
export const OUTSIDE = 'outside the workspace';

function inWorkspace(source: string, absolute: string, root: string): ResolvedSource {
  return isInside(root, absolute) ? { file: toPosix(path.relative(root, absolute)) } : { dropped: `${source}: ${OUTSIDE}` };
}

/**
 * A namespaced path is relative to the bundler's project folder, which the map does not name: the nearest
 * folder above the map (within the workspace) where the file exists. Turbopack's `[project]` is the
 * monorepo root, which may sit above the workspace, so leading folders are dropped one by one until
 * the rest is found (two segments at least, so a bare `page.tsx` never matches by chance).
 */
function projectRelative(relative: string, { root, mapDir, exists = existsSync, offDisk }: SourceContext): string {
  if (offDisk) return path.resolve(root, relative);
  const segments = relative.split('/');
  for (let skip = 0; skip === 0 || segments.length - skip >= 2; skip++) {
    const rest = segments.slice(skip).join('/');
    for (let dir = mapDir; isInside(root, dir); dir = path.dirname(dir)) {
      const candidate = path.resolve(dir, rest);
      if (isInside(root, candidate) && exists(candidate)) return candidate;
      if (dir === root) break;
    }
  }
  return path.resolve(root, relative);
}
