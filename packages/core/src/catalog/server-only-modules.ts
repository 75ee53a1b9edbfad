/**
 * Modules a framework refuses to put in a client bundle: the build fails, or the module throws in a browser,
 * when client code imports one. Nothing reaches a browser through them, so the import walk stops there.
 */

/** Importing one of these marks the importing module as server-only. */
export const SERVER_ONLY_IMPORTS: readonly string[] = [
  // nextjs.org docs app/getting-started/server-and-client-components ("Preventing environment poisoning"):
  // the `server-only` package fails the build when a Client Component imports the module.
  'server-only',
  // svelte.dev/docs/kit/server-only-modules: "$env/static/private, $env/dynamic/private and $app/server" can only
  // be imported into server modules; SvelteKit fails the build otherwise.
  '$env/static/private',
  '$env/dynamic/private',
  '$app/server',
];

/** Import specifiers (aliases) whose target is server-only wherever it resolves. */
export const SERVER_ONLY_SPECIFIER_PREFIXES: readonly string[] = [
  // svelte.dev/docs/kit/server-only-modules: "any module in $lib/server".
  '$lib/server/',
];

/**
 * Path patterns (tested against the absolute path with `/` separators) of server-only modules:
 * remix.run docs file-conventions/-server and reactrouter.com api/framework-conventions/server-modules (`.server`
 * files and `.server/` folders fail the client build), svelte.dev/docs/kit/server-only-modules (the same names).
 */
const SERVER_ONLY_PATH = /(?:\.server\.[cm]?[jt]sx?$|\/\.server\/)/;
/** svelte.dev/docs/kit/server-only-modules: `$lib/server` is `src/lib/server` (kit.files.lib defaults to src/lib). */
const SVELTEKIT_SERVER_LIB = '/src/lib/server/';

/**
 * Whether a module is server-only by its path or by what it imports at top level; `frameworkId` is the
 * module's framework from the catalog, when known.
 */
export function isServerOnlyModule(posixPath: string, topLevelImports: readonly string[], frameworkId?: string): boolean {
  if (SERVER_ONLY_PATH.test(posixPath)) return true;
  if (frameworkId === 'sveltekit' && posixPath.includes(SVELTEKIT_SERVER_LIB)) return true;
  return topLevelImports.some((specifier) => SERVER_ONLY_IMPORTS.includes(specifier) || isServerOnlySpecifier(specifier));
}

/** Whether an import specifier names a server-only module by itself (`$lib/server/db`). */
export function isServerOnlySpecifier(specifier: string): boolean {
  return SERVER_ONLY_SPECIFIER_PREFIXES.some((prefix) => specifier.startsWith(prefix));
}
