/**
 * Code that can only run on a server (or at build time), whatever folder it sits in: the imports and calls that
 * decide a file is not browser code before any path convention is asked. classify/classify.ts reads the import
 * lists; the ESLint plugin's server-signals helper matches the call shapes on the AST.
 */

/**
 * Aliases that are server-only wherever they resolve: svelte.dev/docs/kit/server-only-modules ("any module in
 * $lib/server"). The import walk never follows them into a client bundle.
 */
const SERVER_ONLY_ALIASES: readonly string[] = ['$lib/server', '$lib/server/'];

/**
 * Modules a framework refuses to put in a client bundle (the build fails, or the module throws in a browser, when
 * client code imports one): importing one makes the importing file server code, wherever it sits, and the import
 * walk stops there. An entry ending in `/` also matches its subpaths.
 */
export const SERVER_MARKER_IMPORTS: readonly string[] = [
  // nextjs.org docs app/getting-started/server-and-client-components ("Preventing environment poisoning"):
  // the `server-only` package fails the build when a Client Component imports the module.
  'server-only',
  // svelte.dev/docs/kit/server-only-modules: "$env/static/private, $env/dynamic/private and $app/server" can only
  // be imported into server modules; SvelteKit fails the build otherwise.
  '$env/static/private',
  '$env/dynamic/private',
  '$app/server',
  ...SERVER_ONLY_ALIASES,
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
  return topLevelImports.some((specifier) => importListed(SERVER_MARKER_IMPORTS, specifier));
}

/** Whether an import specifier names a server-only module by itself (`$lib/server/db`). */
export function isServerOnlySpecifier(specifier: string): boolean {
  return importListed(SERVER_ONLY_ALIASES, specifier);
}

/**
 * Server frameworks and function runtimes: a file importing one is a server, unless the framework strips
 * server-only exports from client modules (a Next.js page or a Remix route may import `firebase-admin` for its
 * `getServerSideProps` or `loader` alone, and the rest of the file still ships).
 */
export const SERVER_RUNTIME_IMPORTS: readonly string[] = [
  // Server frameworks (each project's README: `const app = express()`, `Fastify()`, `new Koa()`, …).
  'express',
  'fastify',
  'koa',
  '@koa/router',
  '@hapi/hapi',
  '@nestjs/core',
  '@hono/node-server',
  // Serverless function runtimes: firebase.google.com/docs/functions, docs.netlify.com/functions, vercel.com/docs/functions,
  // cloud.google.com/functions/docs (functions-framework), supabase.com/docs/guides/functions (Deno `jsr:@supabase/functions-js`).
  'firebase-functions',
  'firebase-functions/',
  'firebase-admin',
  'firebase-admin/',
  '@netlify/functions',
  '@vercel/node',
  '@google-cloud/functions-framework',
  'jsr:@supabase/functions-js/',
  'https://deno.land/std/http/server.ts',
];

/** Modules whose import makes the importing file browser code (Next.js docs: `client-only`). */
export const CLIENT_ONLY_IMPORTS: readonly string[] = ['client-only'];

/** A call that starts (or defines) an HTTP server. */
export interface ServerCall {
  /** `new Hono()` is `new`; `express()` is `call`. */
  kind: 'call' | 'new';
  /** The callee as written: `express`, `Hono`, `http.createServer`, `Deno.serve`. */
  callee: string;
  /**
   * Modules the callee's first name must be imported (or required) from; a global (`Deno`, `Bun`) has none.
   * Keeps look-alikes out: Mirage JS's browser-side `createServer`, a local `serve()` helper.
   */
  importedFrom?: readonly string[];
  /** For messages: the file `creates an Express app`. */
  what: string;
  source: string;
}

const NODE_HTTP = ['http', 'node:http', 'https', 'node:https', 'http2', 'node:http2'];

/** Calls that start (or define) an HTTP server; a file making one is server code. */
export const SERVER_CALLS: readonly ServerCall[] = [
  { kind: 'call', callee: 'express', importedFrom: ['express'], what: 'creates an Express app', source: 'expressjs.com "Hello world"' },
  { kind: 'call', callee: 'fastify', importedFrom: ['fastify'], what: 'creates a Fastify server', source: 'fastify.dev Getting Started' },
  { kind: 'call', callee: 'Fastify', importedFrom: ['fastify'], what: 'creates a Fastify server', source: 'fastify.dev Getting Started' },
  // hono.dev/docs/getting-started/basic (`hono/client` is the browser side and creates no Hono app).
  { kind: 'new', callee: 'Hono', importedFrom: ['hono', 'hono/tiny', 'hono/quick'], what: 'creates a Hono app', source: 'hono.dev Getting Started' },
  { kind: 'new', callee: 'Koa', importedFrom: ['koa'], what: 'creates a Koa app', source: 'koajs.com' },
  { kind: 'call', callee: 'http.createServer', importedFrom: NODE_HTTP, what: 'starts an HTTP server', source: 'nodejs.org/api/http.html#httpcreateserver' },
  { kind: 'call', callee: 'https.createServer', importedFrom: NODE_HTTP, what: 'starts an HTTPS server', source: 'nodejs.org/api/https.html' },
  { kind: 'call', callee: 'createServer', importedFrom: NODE_HTTP, what: 'starts an HTTP server', source: 'nodejs.org/api/http.html' },
  { kind: 'call', callee: 'serve', importedFrom: ['@hono/node-server', 'https://deno.land/std/http/server.ts'], what: 'starts an HTTP server', source: 'hono.dev/docs/getting-started/nodejs; deno.land/std http' },
  { kind: 'call', callee: 'Deno.serve', what: 'serves HTTP with Deno (a Supabase Edge Function)', source: 'docs.deno.com/api/deno/~/Deno.serve; supabase.com/docs/guides/functions' },
  { kind: 'call', callee: 'Bun.serve', what: 'serves HTTP with Bun', source: 'bun.sh/docs/api/http' },
  { kind: 'call', callee: 'onRequest', importedFrom: ['firebase-functions/v2/https', 'firebase-functions/https'], what: 'defines a Firebase HTTPS function', source: 'firebase.google.com/docs/functions/http-events' },
  { kind: 'call', callee: 'onCall', importedFrom: ['firebase-functions/v2/https', 'firebase-functions/https'], what: 'defines a Firebase callable function', source: 'firebase.google.com/docs/functions/callable' },
  { kind: 'call', callee: 'functions.https.onRequest', importedFrom: ['firebase-functions', 'firebase-functions/v1'], what: 'defines a Firebase HTTPS function', source: 'firebase.google.com/docs/functions/http-events' },
  { kind: 'call', callee: 'functions.https.onCall', importedFrom: ['firebase-functions', 'firebase-functions/v1'], what: 'defines a Firebase callable function', source: 'firebase.google.com/docs/functions/callable' },
];

/**
 * `server.listen(port)`: a `.listen(` call whose first argument is a port (a number, or a name or env read that says
 * PORT). Event emitters and media queries have `.listen`-like methods too, so the argument has to say port.
 */
export const LISTEN_PORT_NAME = /port/i;

/**
 * Electron's main-process modules (electronjs.org/docs/latest/api, "Process: Main"): importing one from `electron`
 * makes the file the app's main process, which runs in Node, not in a renderer (a web page).
 * `ipcRenderer`, `contextBridge` and `webFrame` are renderer/preload modules and are not here.
 */
export const ELECTRON_MAIN_MODULES: readonly string[] = [
  'app',
  'BrowserWindow',
  'ipcMain',
  'Menu',
  'Tray',
  'dialog',
  'globalShortcut',
  'autoUpdater',
  'protocol',
  'session',
  'powerMonitor',
  'utilityProcess',
  'MessageChannelMain',
  'WebContentsView',
  'BaseWindow',
];

/** Whether `specifier` is one of `list` (an entry ending in `/` matches its subpaths). */
export function importListed(list: readonly string[], specifier: string): boolean {
  return list.some((entry) => (entry.endsWith('/') ? specifier.startsWith(entry) : specifier === entry));
}
