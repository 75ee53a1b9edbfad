/**
 * Astro islands: the framework components (React, Vue, Svelte, …) that an `.astro` file renders with a `client:*`
 * directive, whose code therefore ships to the browser (docs.astro.build/en/reference/directives-reference/#client-directives).
 * Components rendered without one become HTML on the server and ship no JavaScript.
 *
 * Read from the project's `.astro` files once per project and cached; the cache is rebuilt when any `.astro`
 * file or any folder holding one changes (mtime), so a long-running editor sees new islands.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** Component file → why it is an island (`<Chat client:load>` in src/pages/index.astro). */
export type Islands = ReadonlyMap<string, string>;

interface Scan {
  /** Every folder walked and every `.astro` file read, with its mtime when read. */
  mtimes: Map<string, number>;
  islands: Map<string, string>;
}

const scans = new Map<string, Scan>();
/** Folders never holding the project's own pages. */
const SKIP_DIRS = new Set(['node_modules', 'dist', '.astro', '.git', '.vercel', '.netlify', '.output']);
/** A bound on what one project costs: huge monorepos are read up to here. */
const MAX_ASTRO_FILES = 5000;
const RESOLVE_EXTENSIONS = ['.tsx', '.jsx', '.vue', '.svelte', '.ts', '.js', '.mjs'];
/** `import Chat from './Chat'`, `import { Chat } from "../x"`, `import Chat, { A as B } from '@/c/Chat.tsx'`. */
const IMPORT = /import\s+([\w$]+)?\s*,?\s*(?:\{([^}]*)\})?\s*from\s*['"]([^'"]+)['"]/g;
/** `<Chat client:load`, `<Chat.Root client:visible` (names only, attributes in between allowed up to the tag end). */
const HYDRATED_TAG = /<([A-Z][\w$]*)(?:\.[\w$]+)?\b[^<>]*?\sclient:(load|idle|visible|media|only)\b/g;

/** The hydrated component files of the Astro project at `root`. */
export function hydratedIslands(root: string): Islands {
  const cached = scans.get(root);
  if (cached && !changed(cached)) return cached.islands;
  const scan = scanProject(root);
  scans.set(root, scan);
  return scan.islands;
}

export function clearIslandCache(): void {
  scans.clear();
}

function changed(scan: Scan): boolean {
  for (const [file, mtime] of scan.mtimes) {
    try {
      if (statSync(file).mtimeMs !== mtime) return true;
    } catch {
      return true;
    }
  }
  return false;
}

function scanProject(root: string): Scan {
  const scan: Scan = { mtimes: new Map(), islands: new Map() };
  const pending = [root];
  let astroFiles = 0;
  while (pending.length > 0 && astroFiles < MAX_ASTRO_FILES) {
    const dir = pending.pop() as string;
    let entries;
    try {
      scan.mtimes.set(dir, statSync(dir).mtimeMs);
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      continue; // unreadable folder: its pages are simply not known
    }
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIP_DIRS.has(entry.name) && !entry.name.startsWith('.')) pending.push(full);
      } else if (entry.isFile() && entry.name.endsWith('.astro')) {
        astroFiles++;
        readAstroFile(full, root, scan);
      }
    }
  }
  return scan;
}

function readAstroFile(file: string, root: string, scan: Scan): void {
  let text: string;
  try {
    scan.mtimes.set(file, statSync(file).mtimeMs);
    text = readFileSync(file, 'utf8');
  } catch {
    return;
  }
  if (!text.includes('client:')) return;
  const imported = new Map<string, string>();
  for (const match of text.matchAll(IMPORT)) {
    const specifier = match[3] as string;
    if (match[1]) imported.set(match[1], specifier);
    for (const part of (match[2] ?? '').split(',')) {
      const local = part.trim().split(/\s+as\s+/).at(-1)?.trim();
      if (local) imported.set(local, specifier);
    }
  }
  for (const match of text.matchAll(HYDRATED_TAG)) {
    const name = match[1] as string;
    const specifier = imported.get(name);
    const target = specifier && resolveComponent(file, root, specifier);
    if (target && !scan.islands.has(target)) {
      scan.islands.set(target, `<${name} client:${match[2]}> in ${path.relative(root, file).split(path.sep).join('/')}`);
    }
  }
}

/** Relative imports, and the `@/`, `~/` and `src/` aliases Astro starters map to `src/`. */
function resolveComponent(fromFile: string, root: string, specifier: string): string | undefined {
  let base: string;
  if (specifier.startsWith('./') || specifier.startsWith('../')) base = path.resolve(path.dirname(fromFile), specifier);
  else if (specifier.startsWith('@/') || specifier.startsWith('~/')) base = path.join(root, 'src', specifier.slice(2));
  else if (specifier.startsWith('src/')) base = path.join(root, specifier);
  else return undefined;
  const candidates = [base, ...RESOLVE_EXTENSIONS.map((ext) => base + ext), ...RESOLVE_EXTENSIONS.map((ext) => path.join(base, `index${ext}`))];
  return candidates.find(isFile);
}

function isFile(candidate: string): boolean {
  try {
    return statSync(candidate).isFile();
  } catch {
    return false;
  }
}
