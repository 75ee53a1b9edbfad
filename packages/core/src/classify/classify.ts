/**
 * Client or server: does a source file ship to browsers? One answer for the ESLint rules, the import walk
 * and the scanners, driven by the framework catalog (catalog/frameworks.ts), never by a second list.
 */
import path from 'node:path';
import picomatch from 'picomatch';
import { FRAMEWORKS, getFramework, type Framework, type FrameworkId } from '../catalog/frameworks.js';
import { findProject } from './project.js';

export type Side = 'client' | 'server' | 'unknown';

/** What decided the side, most specific first; rules word their messages from it. */
export type ClassifyBy = 'setting' | 'component' | 'directive' | 'import' | 'path' | 'default';

/** `settings['backend-only']` in an ESLint config (or the same keys elsewhere). */
export interface BackendOnlySettings {
  /** Skip detection from package.json: the framework whose conventions apply. */
  framework?: FrameworkId;
  /** Globs of files that always ship to browsers (matched against the path from the project root and from the cwd). */
  clientFiles?: readonly string[];
  /** Globs of files that never ship to browsers; they win over `clientFiles`. */
  serverFiles?: readonly string[];
}

export interface ClassifyInput {
  /** Absolute path of the file (a processor's virtual child, `Page.astro/0_0.js`, is fine). */
  filename: string;
  /** The file's prologue directives, without quotes (`'use client'` → `use client`). */
  directives?: readonly string[];
  /** Module specifiers the file imports at top level (`server-only`, `client-only` decide the side). */
  imports?: readonly string[];
  settings?: BackendOnlySettings;
  /** For `settings` globs written from the working directory; defaults to process.cwd(). */
  cwd?: string;
}

export interface Classification {
  side: Side;
  by: ClassifyBy;
  /** Why, in a few words for messages: `'use client'`, `imports 'server-only'`, `src/ of a Vite app ships to the browser`. */
  reason: string;
  /** The framework whose conventions applied, when one is known. */
  framework: Framework | undefined;
  /** Directory the framework's path globs were matched from. */
  root: string;
  /** package.json files that could not be read on the way up, each naming the file and why. */
  problems: readonly string[];
}

/** Marker packages that fail the build when imported on the wrong side (Next.js docs: `server-only`, `client-only`). */
const SERVER_MARKER_IMPORTS = new Set(['server-only']);
const CLIENT_MARKER_IMPORTS = new Set(['client-only']);

/** `Page.astro/0_0.js`: eslint-plugin-astro's processor names each <script> tag as a child of its component. */
const ASTRO_SCRIPT = /\.astro[/\\][^/\\]+$/;

type PathMatcher = (relativePath: string) => boolean;
/** Compiled once per framework: the catalog's globs. */
const frameworkMatchers = new Map<FrameworkId, { server: PathMatcher; client: PathMatcher }>();
/** Compiled once per distinct user glob list. */
const settingMatchers = new Map<string, PathMatcher>();

/** Classifies one source file; see docs in eslint-plugin/README.md ("Client or server"). */
export function classifyFile(input: ClassifyInput): Classification {
  const filename = path.resolve(input.filename);
  const settings = input.settings ?? {};
  const project = findProject(path.dirname(physicalPath(filename)));
  const framework = settings.framework ? getFramework(settings.framework) : project.framework;
  const root = project.root ?? input.cwd ?? process.cwd();
  const result = (side: Side, by: ClassifyBy, reason: string): Classification => ({ side, by, reason, framework, root, problems: project.problems });

  const fromRoot = toPosix(path.relative(root, filename));
  const fromCwd = toPosix(path.relative(input.cwd ?? process.cwd(), filename));
  if (settings.serverFiles?.length && matchesSetting(settings.serverFiles, fromRoot, fromCwd)) {
    return result('server', 'setting', 'listed in settings serverFiles');
  }
  if (settings.clientFiles?.length && matchesSetting(settings.clientFiles, fromRoot, fromCwd)) {
    return result('client', 'setting', 'listed in settings clientFiles');
  }

  // Single-file components: vue-eslint-parser and svelte-eslint-parser hand rules the component's <script>;
  // astro-eslint-parser hands them the frontmatter, and eslint-plugin-astro's processor hands each <script>
  // tag over as a virtual child file (`Page.astro/0_0.js`).
  if (ASTRO_SCRIPT.test(filename)) return result('client', 'component', 'a <script> in an Astro component');
  const extension = path.extname(filename);
  if (extension === '.astro') return result('server', 'component', 'Astro frontmatter runs on the server');
  if (extension === '.vue') return result('client', 'component', 'a Vue component');
  if (extension === '.svelte') return result('client', 'component', 'a Svelte component');

  const directives = input.directives ?? [];
  if (directives.includes('use client')) return result('client', 'directive', "'use client'");
  if (directives.includes('use server')) return result('server', 'directive', "'use server'");

  for (const specifier of input.imports ?? []) {
    if (SERVER_MARKER_IMPORTS.has(specifier)) return result('server', 'import', `imports '${specifier}'`);
    if (CLIENT_MARKER_IMPORTS.has(specifier)) return result('client', 'import', `imports '${specifier}'`);
  }

  if (!framework) return result('unknown', 'default', 'no framework found in package.json');
  const matchers = matchersOf(framework);
  if (matchers.server(fromRoot)) return result('server', 'path', `a ${framework.name} server file`);
  if (matchers.client(fromRoot)) return result('client', 'path', `a ${framework.name} client file`);
  switch (framework.defaultSide) {
    case 'client':
      return result('client', 'default', `${framework.name} source ships to the browser`);
    case 'server':
      return result('server', 'default', `${framework.name} files are server code unless marked 'use client'`);
    default:
      return result('unknown', 'default', `${framework.name} file of unknown side`);
  }
}

/** Every framework id the catalog knows, for validating user settings. */
export const FRAMEWORK_IDS: readonly FrameworkId[] = FRAMEWORKS.map((f) => f.id);

/** A processor's virtual file lives where its component does. */
function physicalPath(filename: string): string {
  return ASTRO_SCRIPT.test(filename) ? filename.slice(0, filename.lastIndexOf('.astro') + '.astro'.length) : filename;
}

function matchersOf(framework: Framework): { server: PathMatcher; client: PathMatcher } {
  let matchers = frameworkMatchers.get(framework.id);
  if (!matchers) {
    matchers = { server: compile(framework.serverFiles), client: compile(framework.clientFiles) };
    frameworkMatchers.set(framework.id, matchers);
  }
  return matchers;
}

function matchesSetting(globs: readonly string[], fromRoot: string, fromCwd: string): boolean {
  const key = JSON.stringify(globs);
  let matcher = settingMatchers.get(key);
  if (!matcher) {
    matcher = compile(globs);
    settingMatchers.set(key, matcher);
  }
  return matcher(fromRoot) || matcher(fromCwd);
}

function compile(globs: readonly string[]): PathMatcher {
  if (globs.length === 0) return () => false;
  const matcher = picomatch([...globs], { dot: true });
  return (relativePath) => matcher(relativePath);
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}
