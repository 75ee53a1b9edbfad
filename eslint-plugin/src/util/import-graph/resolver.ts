/**
 * Resolves import specifiers the way a browser bundler does, with oxc-resolver: relative paths, tsconfig
 * `paths` (the nearest tsconfig.json, found per importing file), workspace packages that pnpm links into
 * node_modules (followed to their real path), and package.json `imports`/`exports` with browser conditions.
 */
import path from 'node:path';
import { ResolverFactory } from 'oxc-resolver';
import { providerOfModule, type Provider } from '@backend-only/core';

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
/** The same resolver without tsconfig: for files whose tsconfig.json `extends` a config that is not installed. */
let resolverWithoutTsconfig: ResolverFactory | undefined;

const RESOLVER_OPTIONS = {
  conditionNames: ['browser', 'import', 'module', 'default'],
  aliasFields: [['browser']],
  mainFields: ['browser', 'module', 'main'],
  extensions: EXTENSIONS,
  // TypeScript ESM writes `./ai.js` for `./ai.ts`.
  extensionAlias: { '.js': ['.ts', '.tsx', '.js', '.jsx'], '.mjs': ['.mts', '.mjs'], '.cjs': ['.cts', '.cjs'] },
  builtinModules: true,
};

function getResolver(): ResolverFactory {
  resolver ??= new ResolverFactory({ tsconfig: 'auto', ...RESOLVER_OPTIONS });
  return resolver;
}

/**
 * oxc-resolver fails every lookup under a tsconfig.json whose `extends` is missing (a checkout before
 * `npm install`); relative imports still resolve without it, so retry without tsconfig.
 */
function resolveFile(fromFile: string, specifier: string): string | undefined {
  const result = getResolver().resolveFileSync(fromFile, specifier);
  if (result.path !== undefined || !/tsconfig/i.test(result.error ?? '')) return result.path;
  resolverWithoutTsconfig ??= new ResolverFactory(RESOLVER_OPTIONS);
  return resolverWithoutTsconfig.resolveFileSync(fromFile, specifier).path;
}

/** Forgets what the resolver learnt about the file system (new files, edited package.json or tsconfig.json). */
export function clearResolverCache(): void {
  resolver?.clearCache();
  resolverWithoutTsconfig?.clearCache();
}

/** What `specifier`, imported from `fromFile`, is for the walk. Never throws. */
export function resolveImport(fromFile: string, specifier: string): Resolution {
  let resolved: string | undefined;
  try {
    resolved = resolveFile(fromFile, specifier);
  } catch {
    resolved = undefined;
  }
  if (resolved === undefined) {
    // An SDK named by a bare specifier is a leak whether or not node_modules is installed yet.
    const provider = isBareSpecifier(specifier) ? providerOfModule(specifier) : undefined;
    return provider ? { kind: 'sdk', provider } : NONE;
  }
  if (isInNodeModules(resolved)) {
    const provider = providerOfModule(specifier);
    return provider ? { kind: 'sdk', provider } : NONE;
  }
  if (!PARSEABLE.test(resolved) || /\.d\.[cm]?ts$/.test(resolved)) return NONE;
  return { kind: 'module', path: resolved };
}

/** A package's files live under node_modules (pnpm's store included); workspace packages resolve to their real folder. */
function isInNodeModules(file: string): boolean {
  return file.split(path.sep).includes('node_modules');
}

function isBareSpecifier(specifier: string): boolean {
  return !/^(?:\.|\/|#|[a-zA-Z]:|[a-z]+:)/.test(specifier);
}
