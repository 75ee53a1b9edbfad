/**
 * Resolves import specifiers the way a browser bundler does, with oxc-resolver: relative paths, tsconfig
 * `paths` (the nearest tsconfig.json, found per importing file), workspace packages that pnpm links into
 * node_modules (followed to their real path), and package.json `imports`/`exports` with browser conditions.
 */
import path from 'node:path';
import { ResolverFactory, type NapiResolveOptions } from 'oxc-resolver';
import { findProject, sdkImportProvider, type Provider } from '@backend-only/core';

/** Extensions a bundler tries for an extension-less specifier, in the usual order. */
const EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs', '.vue', '.svelte'];

/** Files the walk parses; anything else it reaches (JSON, CSS, images, `.d.ts`) holds no imports worth following. */
const PARSEABLE = /\.(?:[cm]?[jt]sx?|vue|svelte)$/;

export type Resolution =
  /** A first-party module: the walk parses it and follows its imports. */
  | { kind: 'module'; path: string }
  /** A package from node_modules that is an AI SDK: a leaf, and a leak. */
  | { kind: 'sdk'; provider: Provider }
  /** Anything else: other packages, builtins, assets, and what does not resolve. */
  | { kind: 'none' };

const NONE: Resolution = { kind: 'none' };

let resolver: ResolverFactory | undefined;
/** The same without tsconfig.json: for projects whose tsconfig cannot be read (an `extends` not generated or installed yet). */
let plainResolver: ResolverFactory | undefined;

const RESOLVER_OPTIONS: NapiResolveOptions = {
    conditionNames: ['browser', 'import', 'module', 'default'],
    aliasFields: [['browser']],
    mainFields: ['browser', 'module', 'main'],
    extensions: EXTENSIONS,
    // TypeScript ESM writes `./ai.js` for `./ai.ts`.
    extensionAlias: { '.js': ['.ts', '.tsx', '.js', '.jsx'], '.mjs': ['.mts', '.mjs'], '.cjs': ['.cts', '.cjs'] },
    builtinModules: true,
};

function getResolver(): ResolverFactory {
  resolver ??= new ResolverFactory({ ...RESOLVER_OPTIONS, tsconfig: 'auto' });
  return resolver;
}

function getPlainResolver(): ResolverFactory {
  plainResolver ??= new ResolverFactory(RESOLVER_OPTIONS);
  return plainResolver;
}

/** Forgets what the resolver learnt about the file system (new files, edited package.json or tsconfig.json). */
export function clearResolverCache(): void {
  resolver?.clearCache();
  plainResolver?.clearCache();
}

/** What `specifier`, imported from `fromFile`, is for the walk. Never throws. */
export function resolveImport(fromFile: string, specifier: string): Resolution {
  const resolved = resolvePath(fromFile, specifier);
  if (resolved === undefined) {
    // An SDK named by a bare specifier is a leak whether or not node_modules is installed yet.
    const provider = isBareSpecifier(specifier) ? sdkImportProvider(specifier) : undefined;
    return provider ? { kind: 'sdk', provider } : NONE;
  }
  if (isInNodeModules(resolved)) {
    const provider = sdkImportProvider(specifier);
    return provider ? { kind: 'sdk', provider } : NONE;
  }
  if (!PARSEABLE.test(resolved) || /\.d\.[cm]?ts$/.test(resolved)) return NONE;
  return { kind: 'module', path: resolved };
}

/** SvelteKit's `$lib` alias (kit.files.lib defaults to src/lib), for when its generated tsconfig is missing. */
const SVELTEKIT_LIB = /^\$lib(?=\/|$)/;

function resolvePath(fromFile: string, specifier: string): string | undefined {
  const result = tryResolve(getResolver(), fromFile, specifier);
  if (result.path !== undefined) return result.path;
  if (result.builtin) return undefined;
  let error = result.error ?? '';
  // A tsconfig.json whose `extends` is not there (`.svelte-kit/tsconfig.json` before `svelte-kit sync`, a shared
  // config package not installed) makes oxc-resolver fail every import, relative ones too.
  if (/tsconfig/i.test(error)) {
    warnOnce(`tsconfig:${error}`, `${error} (resolving imports of ${fromFile}): the import walk resolves this project's imports without tsconfig paths.`);
    const plain = tryResolve(getPlainResolver(), fromFile, specifier);
    if (plain.path !== undefined || plain.builtin) return plain.path;
    error = plain.error ?? error;
  }
  if (SVELTEKIT_LIB.test(specifier)) {
    const root = findProject(path.dirname(fromFile)).root;
    const target = root && tryResolve(getPlainResolver(), fromFile, path.join(root, 'src/lib', specifier.slice('$lib'.length)));
    if (target && target.path !== undefined) return target.path;
  }
  if (isBareSpecifier(specifier) && !isVirtualModule(specifier) && !sdkImportProvider(specifier)) {
    const root = findProject(path.dirname(fromFile)).root ?? path.dirname(fromFile);
    warnOnce(
      `unresolved:${root}`,
      `could not resolve '${specifier}' imported from ${fromFile} (${error || 'not found'}): the import walk does not follow it, nor other imports of this project that do not resolve (a package not installed, or an alias missing from tsconfig.json paths).`,
    );
  }
  return undefined;
}

function tryResolve(factory: ResolverFactory, fromFile: string, specifier: string): { path?: string; error?: string; builtin?: unknown } {
  try {
    return factory.resolveFileSync(fromFile, specifier);
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/** Modules a framework's bundler provides (`$app/stores`, `astro:content`, `virtual:pwa-register`, `~icons/…`, `./a.svg?raw`). */
function isVirtualModule(specifier: string): boolean {
  return /^(?:\$|virtual:|astro:|~icons\/|\0)/.test(specifier) || specifier.includes('?');
}

const warned = new Set<string>();

/** Says once per process what the walk could not resolve, on stderr, and the walk goes on without it. */
function warnOnce(key: string, message: string): void {
  if (warned.has(key)) return;
  warned.add(key);
  process.emitWarning(`backend-only: ${message}`, { code: 'BACKEND_ONLY_IMPORT_WALK' });
}

/** A package's files live under node_modules (pnpm's store included); workspace packages resolve to their real folder. */
function isInNodeModules(file: string): boolean {
  return file.split(path.sep).includes('node_modules');
}

function isBareSpecifier(specifier: string): boolean {
  return !/^(?:\.|\/|#|[a-zA-Z]:|[a-z]+:)/.test(specifier);
}
