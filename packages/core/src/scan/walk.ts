/**
 * Lists the files under the paths to scan. Links are followed only while they stay inside the root,
 * each real directory is entered once (so link loops end), and every problem becomes a ScanError
 * naming its path instead of stopping the walk. File-system calls are synchronous: a promise per entry
 * cost ~100 ms on a build folder of 1,300 files, the synchronous walk ~10 ms (bench/).
 */
import { lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';

export interface ScanError {
  /** The input that failed, relative to the root where possible. */
  path: string;
  message: string;
}

export interface WalkedFile {
  absolute: string;
  /** Relative to the root, `/`-separated: what reports show. */
  display: string;
  size: number;
}

/** Extensions that are never text a bundler emits with secrets in it. */
const BINARY_EXTENSIONS = new Set(
  'png jpg jpeg gif webp avif ico bmp tiff woff woff2 ttf otf eot mp3 mp4 webm ogg wav flac mov wasm zip gz br zst tgz pdf node'.split(' '),
);

export interface WalkOptions {
  /** Everything read must be inside this folder (real path); reports are relative to it. */
  root: string;
  /** Globs (relative to root) of files to skip. */
  ignore?: readonly string[];
}

export async function walk(inputs: readonly string[], options: WalkOptions): Promise<{ files: WalkedFile[]; errors: ScanError[]; skipped: number }> {
  const root = realpathSync(options.root);
  const isIgnored = options.ignore?.length ? picomatch([...options.ignore], { dot: true }) : () => false;
  const files: WalkedFile[] = [];
  const errors: ScanError[] = [];
  const seenDirs = new Set<string>();
  const seenFiles = new Set<string>();
  let skipped = 0;
  const display = (absolute: string): string => toPosix(path.relative(root, absolute)) || '.';

  /**
   * `real` is `absolute` with every link on the way resolved: a folder entered through a link inside the
   * root is still seen once, and its files are recognised as the same files. `accept` narrows a glob
   * input's walk to the files its pattern matches.
   */
  function visit(absolute: string, shownAs: string, real: string, accept?: (shown: string) => boolean): void {
    let info;
    try {
      info = lstatSync(absolute);
    } catch (error) {
      errors.push({ path: shownAs, message: describeFsError(error, shownAs) });
      return;
    }
    if (info.isSymbolicLink()) {
      try {
        real = realpathSync(absolute);
        info = statSync(real);
      } catch (error) {
        errors.push({ path: shownAs, message: `${shownAs}: broken or looping link, skipped (${(error as NodeJS.ErrnoException).code ?? 'error'})` });
        return;
      }
      if (!isInside(root, real)) {
        errors.push({ path: shownAs, message: `${shownAs}: link points outside the scanned root, not followed` });
        return;
      }
    }
    if (info.isDirectory()) {
      if (seenDirs.has(real)) return;
      seenDirs.add(real);
      let entries;
      try {
        entries = readdirSync(absolute);
      } catch (error) {
        errors.push({ path: shownAs, message: describeFsError(error, shownAs) });
        return;
      }
      entries.sort();
      for (const entry of entries) {
        if (entry === '.git' || entry === 'node_modules') continue;
        const child = path.join(absolute, entry);
        const childShown = display(child);
        if (isIgnored(childShown)) {
          skipped++;
          continue;
        }
        visit(child, childShown, path.join(real, entry), accept);
      }
      return;
    }
    if (!info.isFile()) return;
    const shown = display(absolute);
    if (accept && !accept(shown)) return;
    if (seenFiles.has(real)) return;
    seenFiles.add(real);
    if (isIgnored(shown) || BINARY_EXTENSIONS.has(path.extname(absolute).slice(1).toLowerCase())) {
      skipped++;
      return;
    }
    files.push({ absolute: real, display: shown, size: info.size });
  }

  for (const input of inputs) {
    // A glob input (`.next/server/app/**/*.html`) walks its static base and keeps the files it matches.
    const { isGlob, base } = picomatch.scan(input);
    seenDirs.clear(); // loops are detected within one input's walk; two globs may share a base folder
    const absolute = path.resolve(root, isGlob ? base : input);
    // Resolved, so an input reached through a link (`dist/out/app.js`, `out` linking elsewhere) is held to the root too.
    const real = realpathOr(absolute);
    if (!isInside(root, absolute) || !isInside(root, real)) {
      errors.push({ path: input, message: `${input}: outside the scanned root (${root}), not read` });
      continue;
    }
    if (!isGlob) {
      visit(absolute, display(absolute), real);
      continue;
    }
    const matches = picomatch(toPosix(path.relative(root, path.resolve(root, input))), { dot: true });
    const before = files.length;
    visit(absolute, display(absolute), real, matches);
    if (files.length === before) errors.push({ path: input, message: `${input}: no files match this pattern` });
  }
  return { files, errors, skipped };
}

function realpathOr(absolute: string): string {
  try {
    return realpathSync(absolute);
  } catch {
    return absolute;
  }
}

export function isInside(root: string, candidate: string): boolean {
  const relative = path.relative(root, candidate);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

export function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

export function describeFsError(error: unknown, shownAs: string): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return `${shownAs}: no such file or directory`;
  if (code === 'EACCES' || code === 'EPERM') return `${shownAs}: permission denied`;
  if (code === 'ELOOP') return `${shownAs}: too many levels of symbolic links`;
  return `${shownAs}: ${(error as Error).message}`;
}
