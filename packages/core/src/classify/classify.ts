/**
 * Client or server: does a source file ship to browsers? One answer for the ESLint rules, the import walk
 * and the scanners, driven by the framework catalog (catalog/frameworks.ts), never by a second list.
 */
import path from 'node:path';
import picomatch from 'picomatch';
import { COMMON_SERVER_FILES, FRAMEWORKS, getFramework, type Framework, type FrameworkId } from '../catalog/frameworks.js';
import { CLIENT_ONLY_IMPORTS, SERVER_MARKER_IMPORTS, SERVER_RUNTIME_IMPORTS, importListed } from '../catalog/server-code.js';
import { hydratedIslands } from './astro-islands.js';
import { findProject } from './project.js';

export type Side = 'client' | 'server' | 'unknown';

/** What decided the side, most specific first; rules word their messages from it. */
export type ClassifyBy = 'setting' | 'component' | 'directive' | 'import' | 'code' | 'path' | 'default';

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
  /**
   * Module specifiers the file imports (`server-only`, `$env/static/private`, `$lib/server/db`, `client-only`
   * decide the side; a server framework such as `express` or `firebase-functions` does too, see catalog/server-code.ts).
   */
  imports?: readonly string[];
  /**
   * What the file's code does that only a server does, in a few words each (`creates an Express app`, `imports
   * 'app' from electron (the main process)`): from the ESLint plugin's server-signals helper, which matches
   * catalog/server-code.ts on the AST. Any one makes the file server code.
   */
  serverSignals?: readonly string[];
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

/** `Page.astro/0_0.js`: eslint-plugin-astro's processor names each <script> tag as a child of its component. */
const ASTRO_SCRIPT = /\.astro[/\\][^/\\]+$/;

type PathMatcher = (relativePath: string) => boolean;
/** Compiled once per framework: the catalog's globs. */
const frameworkMatchers = new Map<FrameworkId, { server: PathMatcher; client: PathMatcher }>();
const commonServerMatcher = compile(COMMON_SERVER_FILES);
/** Files a component framework renders: in an Astro project they ship only when hydrated (`client:*`). */
const ISLAND_EXTENSIONS = new Set(['.vue', '.svelte', '.jsx', '.tsx']);
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
  // docs.astro.build/en/guides/framework-components: a framework component renders to HTML on the server, and
  // its code ships only when a page hydrates it with a client:* directive.
  if (framework?.id === 'astro' && ISLAND_EXTENSIONS.has(extension) && project.root) {
    const island = hydratedIslands(project.root).get(filename);
    if (island) return result('client', 'component', `an Astro island (${island})`);
    if (extension === '.vue' || extension === '.svelte') return result('server', 'component', 'an Astro page renders it on the server (no client:* directive hydrates it)');
  }
  if (extension === '.vue') return result('client', 'component', 'a Vue component');
  if (extension === '.svelte') return result('client', 'component', 'a Svelte component');

  const directives = input.directives ?? [];
  if (directives.includes('use client')) return result('client', 'directive', "'use client'");
  if (directives.includes('use server')) return result('server', 'directive', "'use server'");

  const imports = input.imports ?? [];
  // A marker in a file the framework always ships (`$env/static/private` in a universal +page.ts) is the bug the
  // build refuses, not a server module: the path decides, and the rules report what the file leaks.
  const shippedByPath = framework !== undefined && matchersOf(framework).client(fromRoot) && !matchersOf(framework).server(fromRoot);
  for (const specifier of imports) {
    if (importListed(SERVER_MARKER_IMPORTS, specifier) && !shippedByPath) return result('server', 'import', `imports '${specifier}'`);
    if (importListed(CLIENT_ONLY_IMPORTS, specifier)) return result('client', 'import', `imports '${specifier}'`);
  }
  const signal = input.serverSignals?.[0];
  if (signal) return result('server', 'code', signal);
  // A Next.js page or a Remix route may import a server runtime for its getServerSideProps or loader alone.
  if (!framework?.serverExports) {
    const runtime = imports.find((specifier) => importListed(SERVER_RUNTIME_IMPORTS, specifier));
    if (runtime) return result('server', 'code', `imports '${runtime}', a server framework`);
  }

  if (commonServerMatcher(fromRoot)) return result('server', 'path', 'a test, script, config or serverless function file, never bundled for the browser');
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
