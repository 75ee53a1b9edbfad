/**
 * Turns a source map's `sources` entry (with the map's `sourceRoot`) into a workspace-relative path. Bundlers
 * write them in their own namespaces and relative to folders the map does not name:
 *
 * - webpack: `webpack://_N_E/./app/page.tsx`, `webpack:///./src/x.ts`, `webpack:///node_modules/…`; Angular CLI
 *   writes `./src/app/x.ts` with `sourceRoot: "webpack:///"`; CRA 5 makes production sources relative to `src/`
 *   (`App.js`, `../node_modules/openai/index.mjs`) and development ones absolute, from the machine that built them
 * - turbopack: `turbopack:///[project]/app/page.tsx`, where `[project]` may sit above the workspace
 * - Vite, Rollup, esbuild: paths relative to the map's folder (`../../src/main.tsx`)
 *
 * Each reading is tried in turn and the first file that exists in the workspace is named. When none exists, the
 * map's own reading (relative to its folder) is kept only if it leaves the map's folder: a path that stays inside
 * the build output (`build/static/js/App.js`) names a file no one wrote, so the source is dropped instead and its
 * findings keep their built-file location. Anything that lands outside the workspace is dropped, never read or named.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { isInside, toPosix } from '../scan/walk.js';

export type ResolvedSource = { file: string } | { dropped: string };

/** Bundler namespaces whose paths are relative to a project folder the map does not name. */
const NAMESPACED = /^(?:webpack|turbopack|rollup|vite):\/\/(?:\/\[project\]\/|\[project\]\/|[^/]*\/)/;
/**
 * Bundler-internal modules that are no file at all: `webpack/runtime/…`, `(webpack)/buildin/…`, webpack's
 * `external var "React"` and `ignored|…|crypto`, webpack 4's `multi ./src`, `[turbopack]/…`, `\0commonjsHelpers`.
 */
const VIRTUAL = /^(?:\0|\[turbopack\]|\[externals\]|webpack\/(?:runtime|bootstrap)|\(webpack\)|__vite|vite\/|external |ignored\||multi )/;
/** A URL scheme (`https:`, `webpack:`); a Windows drive letter (`C:\`) is not one. */
const SCHEME = /^[a-z][a-z0-9+.-]+:/i;
/** An absolute Windows path (`C:\app\src`, `C:/app/src`, `\\server\share`), from the machine that built the map. */
const WINDOWS_ABSOLUTE = /^(?:[a-z]:[\\/]|\\\\)/i;
/** Folder where projects keep their sources: CRA writes production sources relative to it. */
const SOURCE_FOLDER = 'src';

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

/** The end of a `dropped` reason for a source outside the workspace. */
export const OUTSIDE = 'outside the workspace';
/** The end of a `dropped` reason for a source found nowhere in the workspace, whose path would be made up. */
export const NOT_FOUND = 'not found in the workspace';

export function resolveSource(source: string, context: SourceContext): ResolvedSource {
  const raw = withSourceRoot(source.replace(/[?#].*$/, ''), context.sourceRoot);
  const namespaced = NAMESPACED.exec(raw);
  if (namespaced) {
    const rest = raw.slice(namespaced[0].length).replace(/^\.\//, '');
    if (rest === '' || VIRTUAL.test(rest)) return { dropped: `${source}: bundler-internal module` };
    if (path.posix.isAbsolute(rest) || WINDOWS_ABSOLUTE.test(rest)) return absolutePath(source, rest, context);
    return inWorkspace(source, projectRelative(rest, context), context.root);
  }
  if (raw === '' || VIRTUAL.test(raw)) return { dropped: `${source}: bundler-internal module` };
  if (WINDOWS_ABSOLUTE.test(raw)) return absolutePath(source, raw, context);
  if (SCHEME.test(raw) && !raw.startsWith('file://')) return { dropped: `${source}: not a file path` };
  const plain = raw.startsWith('file://') ? decodeURIComponent(new URL(raw).pathname) : raw;
  if (path.isAbsolute(plain)) return absolutePath(source, plain, context);
  return relativeToSomeFolder(source, plain, context);
}

/**
 * The source with the map's `sourceRoot` put before it, as the spec says: a root with a scheme (`webpack:///`) makes
 * a namespaced source of it, a folder a longer path. A source that is itself absolute or a URL keeps no root.
 */
function withSourceRoot(source: string, sourceRoot: string | undefined): string {
  if (!sourceRoot || path.isAbsolute(source) || WINDOWS_ABSOLUTE.test(source) || SCHEME.test(source)) return source;
  if (SCHEME.test(sourceRoot) && !WINDOWS_ABSOLUTE.test(sourceRoot)) return `${sourceRoot.endsWith('/') ? sourceRoot : `${sourceRoot}/`}${source.replace(/^(?:\.\/)+/, '')}`;
  return path.posix.join(sourceRoot, source);
}

function inWorkspace(source: string, absolute: string, root: string): ResolvedSource {
  return isInside(root, absolute) ? { file: toPosix(path.relative(root, absolute)) } : { dropped: `${source}: ${OUTSIDE}` };
}

/**
 * A path relative to some folder: the map's (what the spec says), else a project folder above it, nearest first,
 * or that folder's `src/` (tried first, so CRA's `index.js` is `src/index.js`, not a server's `index.js` beside it).
 * A path that climbs above the project (`../../../src/App.js`, a map moved after the build) is also tried
 * without its climb under each of those folders, when two segments at least are left.
 */
function relativeToSomeFolder(source: string, relative: string, context: SourceContext): ResolvedSource {
  const { root, mapDir, exists = existsSync, offDisk } = context;
  const unclimbed = relative.replace(/^(?:\.\.?\/)+/, '');
  const literal = path.resolve(mapDir, relative);
  if (!offDisk) {
    const found = (candidate: string): boolean => isInside(root, candidate) && exists(candidate);
    if (found(literal)) return inWorkspace(source, literal, root);
    const projectFolders: string[] = [];
    for (let dir = mapDir; isInside(root, dir); dir = path.dirname(dir)) {
      projectFolders.push(dir);
      if (dir === root) break;
    }
    for (const dir of projectFolders) {
      for (const candidate of [path.resolve(dir, SOURCE_FOLDER, relative), path.resolve(dir, relative)]) if (found(candidate)) return inWorkspace(source, candidate, root);
    }
    if (unclimbed !== relative && unclimbed.includes('/')) {
      for (const dir of projectFolders) if (found(path.resolve(dir, unclimbed))) return inWorkspace(source, path.resolve(dir, unclimbed), root);
    }
  }
  // A template that puts a climb before every module name puts it before webpack's own too (`../webpack/bootstrap`).
  if (VIRTUAL.test(unclimbed)) return { dropped: `${source}: bundler-internal module` };
  if (!isInside(root, literal)) return { dropped: `${source}: ${OUTSIDE}` };
  // Nothing on disk: the map's own reading is the bundler's, unless it names a file inside the build output.
  return path.relative(mapDir, literal).startsWith('..') ? inWorkspace(source, literal, root) : { dropped: `${source}: ${NOT_FOUND}` };
}

/**
 * An absolute path: this machine's when it is inside the workspace, else one from the machine that built the map
 * (`/home/runner/work/app/app/src/App.tsx`, `C:\app\src\App.tsx`), whose trailing segments are looked for in the
 * workspace like a namespaced path's; dropped as outside when none is found.
 */
function absolutePath(source: string, absolute: string, context: SourceContext): ResolvedSource {
  if (path.isAbsolute(absolute) && isInside(context.root, absolute)) return inWorkspace(source, absolute, context.root);
  const segments = absolute.replace(/^[a-z]:/i, '').split(/[\\/]+/).filter(Boolean);
  const found = context.offDisk ? null : findUpward(segments, context, false);
  if (found) return inWorkspace(source, found, context.root);
  // CRA's development template makes webpack's own modules absolute too (`/home/runner/app/webpack/bootstrap`).
  for (let skip = 0; skip < segments.length; skip++) if (VIRTUAL.test(segments.slice(skip).join('/'))) return { dropped: `${source}: bundler-internal module` };
  return { dropped: `${source}: ${OUTSIDE}` };
}

/**
 * A namespaced path is relative to the bundler's project folder, which the map does not name: the nearest
 * folder above the map (within the workspace) where the file exists. Turbopack's `[project]` is the
 * monorepo root, which may sit above the workspace, so leading folders are dropped one by one until
 * the rest is found (two segments at least, so a bare `page.tsx` never matches by chance).
 */
function projectRelative(relative: string, context: SourceContext): string {
  if (context.offDisk) return path.resolve(context.root, relative);
  return findUpward(relative.split('/'), context, true) ?? path.resolve(context.root, relative);
}

/**
 * The longest tail of `segments` (two segments at least; all of them, however few, when `tryWhole`) that exists
 * under a folder from the map's up to the workspace root, nearest first.
 */
function findUpward(segments: readonly string[], { root, mapDir, exists = existsSync }: SourceContext, tryWhole: boolean): string | null {
  for (let skip = 0; (skip === 0 && tryWhole) || segments.length - skip >= 2; skip++) {
    const rest = segments.slice(skip).join('/');
    for (let dir = mapDir; isInside(root, dir); dir = path.dirname(dir)) {
      const candidate = path.resolve(dir, rest);
      if (isInside(root, candidate) && exists(candidate)) return candidate;
      if (dir === root) break;
    }
  }
  return null;
}
