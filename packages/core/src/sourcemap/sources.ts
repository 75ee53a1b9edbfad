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
const NAMESPACED = /^(?:webpack|turbopack|rollup|vite):\/\/\/?(?:\[project\]\/|[^/]*\/)?/;
/** Bundler-internal modules that are no file at all (`webpack/runtime/…`, `[turbopack]/…`, `\0commonjsHelpers`). */
const VIRTUAL = /^(?:\0|\[turbopack\]|\[externals\]|webpack\/(?:runtime|bootstrap)|\(webpack\)|__vite|vite\/)/;

export interface SourceContext {
  /** The workspace (real path): nothing outside it is resolved. */
  root: string;
  /** Folder of the map file (or of the bundle, for an inline map). */
  mapDir: string;
  sourceRoot?: string | undefined;
}

export function resolveSource(source: string, context: SourceContext): ResolvedSource {
  const raw = source.replace(/[?#].*$/, '');
  const namespaced = NAMESPACED.exec(raw);
  if (namespaced) {
    const rest = raw.slice(namespaced[0].length).replace(/^\.\//, '');
    if (rest === '' || VIRTUAL.test(rest)) return { dropped: `${source}: bundler-internal module` };
    return inWorkspace(source, projectRelative(rest, context));
  }
  if (VIRTUAL.test(raw)) return { dropped: `${source}: bundler-internal module` };
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(raw) && !raw.startsWith('file://')) return { dropped: `${source}: not a file path` };
  const plain = raw.startsWith('file://') ? decodeURIComponent(new URL(raw).pathname) : raw;
  const absolute = path.isAbsolute(plain) ? plain : path.resolve(context.mapDir, context.sourceRoot ?? '', plain);
  return inWorkspace(source, absolute);
}

function inWorkspace(source: string, absolute: string): ResolvedSource {
  return { file: absolute, dropped: '' }.file && absolute ? checkInside(source, absolute) : { dropped: `${source}: empty path` };
}

let currentRoot = '';
function checkInside(source: string, absolute: string): ResolvedSource {
  return isInside(currentRoot, absolute) ? { file: toPosix(path.relative(currentRoot, absolute)) } : { dropped: `${source}: outside the workspace, ignored` };
}

/**
 * A namespaced path is relative to the bundler's project folder: the nearest folder above the map (within
 * the workspace) where the file exists, else the nearest one with a package.json, else the workspace.
 */
function projectRelative(relative: string, { root, mapDir }: SourceContext): string {
  currentRoot = root;
  let fallback: string | undefined;
  for (let dir = mapDir; isInside(root, dir); dir = path.dirname(dir)) {
    const candidate = path.resolve(dir, relative);
    if (isInside(root, candidate) && existsSync(candidate)) return candidate;
    if (!fallback && existsSync(path.join(dir, 'package.json'))) fallback = candidate;
    if (dir === root) break;
  }
  return fallback ?? path.resolve(root, relative);
}
