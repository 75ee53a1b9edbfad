/**
 * What counts as a server endpoint: code anyone on the internet can make run. Read by `require-rate-limit`.
 * File conventions are keyed by framework (catalog/frameworks.ts); call shapes (Express routes, `Deno.serve`,
 * Firebase `onRequest`) hold in any project. Sources: each framework's routing docs, named per entry.
 */
import picomatch from 'picomatch';
import type { FrameworkId } from './frameworks.js';
import type { LimiterRuntime } from './guards.js';

export interface FileEndpoint {
  /** For messages: "a Route Handler". */
  kind: string;
  /** Files it applies to (picomatch, from the project root, also under any leading folders). */
  files: readonly string[];
  /** Exported names that are handlers; `default` for the default export; `*` for every exported function. */
  exports: readonly string[];
  /** An exported object whose every property is a handler (SvelteKit form `actions`). */
  objectExports?: readonly string[];
  /** Calls that wrap the handler (`defineEventHandler(fn)`, `defineEventHandler({ handler })`). */
  wrappers?: readonly string[];
  runtime: LimiterRuntime;
}

const HTTP_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'ALL'];

/** Cloudflare Pages Functions (developers.cloudflare.com/pages/functions/api-reference): onRequest, onRequestPost, … */
const PAGES_FUNCTION_EXPORTS = ['onRequest', 'onRequestGet', 'onRequestPost', 'onRequestPut', 'onRequestPatch', 'onRequestDelete'];
const PAGES_FUNCTIONS: FileEndpoint = { kind: 'a Pages Function', files: ['functions/**/*.{js,ts}'], exports: PAGES_FUNCTION_EXPORTS, runtime: 'workers' };
// vercel.com/docs/functions: files in the project's root api/ folder are Vercel Functions (default export or HTTP verbs).
const VERCEL_FUNCTIONS: FileEndpoint = { kind: 'a Vercel Function', files: ['api/**/*.{js,ts,mjs,mts}'], exports: ['default', ...HTTP_METHODS], runtime: 'serverless' };
// docs.netlify.com/functions/get-started: netlify/functions/*, a default export (v2) or `handler` (v1).
const NETLIFY_FUNCTIONS: FileEndpoint = { kind: 'a Netlify Function', files: ['netlify/functions/**/*.{js,ts,mjs,mts}', 'netlify/edge-functions/**/*.{js,ts}'], exports: ['default', 'handler'], runtime: 'serverless' };

/** Per framework; `*` applies to every project (serverless-function folders live next to any framework). */
export const FILE_ENDPOINTS: Readonly<Partial<Record<FrameworkId | '*', readonly FileEndpoint[]>>> = {
  next: [
    // nextjs.org/docs/app/api-reference/file-conventions/route
    { kind: 'a Route Handler', files: ['app/**/route.{js,ts,mjs}'], exports: HTTP_METHODS, runtime: 'serverless' },
    // nextjs.org/docs/pages/building-your-application/routing/api-routes
    { kind: 'an API Route', files: ['pages/api/**/*.{js,ts,mjs}'], exports: ['default'], runtime: 'serverless' },
  ],
  // svelte.dev/docs/kit/routing#server and svelte.dev/docs/kit/form-actions
  sveltekit: [
    { kind: 'a +server endpoint', files: ['**/+server.{js,ts}'], exports: HTTP_METHODS.concat('fallback'), runtime: 'serverless' },
    { kind: 'a form action', files: ['**/+page.server.{js,ts}'], exports: ['load'], objectExports: ['actions'], runtime: 'serverless' },
  ],
  // nuxt.com/docs/guide/directory-structure/server: server/api and server/routes, default export of defineEventHandler.
  nuxt: [
    {
      kind: 'a server route',
      files: ['server/api/**/*.{js,ts,mjs}', 'server/routes/**/*.{js,ts,mjs}'],
      exports: ['default'],
      wrappers: ['defineEventHandler', 'eventHandler', 'defineLazyEventHandler', 'defineCachedEventHandler', 'defineWebSocketHandler'],
      runtime: 'serverless',
    },
  ],
  // remix.run/docs/en/main/route/action, reactrouter.com/start/framework/route-module: `action` and `loader` of route modules.
  'react-router': [{ kind: 'a route action', files: ['app/**/*.{js,jsx,ts,tsx}'], exports: ['action', 'loader'], runtime: 'serverless' }],
  // docs.astro.build/en/guides/endpoints (server endpoints in src/pages/**.{js,ts}).
  // Astro 1–2 named them in lower case (`post`, `get`, `del`; docs.astro.build v2 endpoints).
  astro: [{ kind: 'an Astro endpoint', files: ['src/pages/**/*.{js,ts}'], exports: [...HTTP_METHODS, 'get', 'post', 'put', 'patch', 'del', 'all'], runtime: 'serverless' }],
  // docs.expo.dev/router/reference/api-routes: app/**+api.ts exports GET, POST, …
  expo: [{ kind: 'an Expo API route', files: ['**/*+api.{js,ts}'], exports: HTTP_METHODS, runtime: 'serverless' }],
  // gatsbyjs.com/docs/reference/functions: src/api/*, default export.
  gatsby: [{ kind: 'a Gatsby Function', files: ['src/api/**/*.{js,ts}'], exports: ['default'], runtime: 'serverless' }],
  '*': [VERCEL_FUNCTIONS, NETLIFY_FUNCTIONS, PAGES_FUNCTIONS],
};

/** HTTP verbs that register a route on an Express, Fastify, Hono, Koa-router or Elysia app or router. */
export const ROUTE_METHODS: ReadonlySet<string> = new Set(['get', 'post', 'put', 'patch', 'delete', 'all', 'on']);

/**
 * Calls that create an app or a router, by module, and the runtime whose fix applies (expressjs.com 5.x API,
 * fastify.dev Routes, hono.dev/docs/api/routing, github.com/koajs/router).
 */
export const APP_FACTORIES: Readonly<Record<string, { names: readonly string[]; runtime: LimiterRuntime }>> = {
  express: { names: ['default', 'Router'], runtime: 'express' },
  fastify: { names: ['default', 'fastify', 'Fastify'], runtime: 'fastify' },
  hono: { names: ['Hono'], runtime: 'hono' },
  'hono/tiny': { names: ['Hono'], runtime: 'hono' },
  'hono/quick': { names: ['Hono'], runtime: 'hono' },
  koa: { names: ['default'], runtime: 'koa' },
  '@koa/router': { names: ['default'], runtime: 'koa' },
  'koa-router': { names: ['default'], runtime: 'koa' },
  elysia: { names: ['Elysia'], runtime: 'node' },
};

/** Names an app or router variable goes by when its creation is elsewhere (a Fastify plugin's `fastify` parameter). */
export const APP_NAMES = /^(?:app|router|server|fastify|api|routes?|[a-z]+Router|[a-z]+Routes)$/;

/**
 * Calls whose function argument handles requests, by the module they come from: Firebase Functions
 * (firebase.google.com/docs/functions/http-events and callable-reference), Deno and Supabase Edge Functions
 * (`Deno.serve`, docs.deno.com/api/deno/~/Deno.serve; supabase.com/docs/guides/functions), Astro Actions
 * (docs.astro.build/en/guides/actions: `defineAction({ handler })`).
 */
export const HANDLER_CALLS: readonly { names: readonly string[]; modules: readonly string[] | 'global'; kind: string; runtime: LimiterRuntime }[] = [
  { names: ['onRequest', 'onCall'], modules: ['firebase-functions', 'firebase-functions/v2', 'firebase-functions/v2/https', 'firebase-functions/https', 'firebase-functions/v1'], kind: 'a Firebase function', runtime: 'node' },
  { names: ['serve'], modules: ['https://deno.land/std/http/server.ts', 'std/http/server.ts', 'https://deno.land/std@0.168.0/http/server.ts'], kind: 'a Deno server', runtime: 'serverless' },
  { names: ['defineAction'], modules: ['astro:actions'], kind: 'an Astro Action', runtime: 'serverless' },
  // nodejs.org/api/http.html#httpcreateserveroptions-requestlistener
  { names: ['createServer'], modules: ['node:http', 'http', 'node:https', 'https', 'node:http2', 'http2'], kind: 'a Node.js HTTP server', runtime: 'node' },
];

/** GraphQL resolver maps: every field under these type names is an endpoint (graphql.org/learn/execution). */
export const RESOLVER_TYPES: ReadonlySet<string> = new Set(['Mutation', 'Query', 'Subscription']);

/**
 * Files that run before a framework's endpoints and can limit them all (COST-CONTROLS.md §2 "Middleware
 * coverage"): Next.js `middleware.ts` (proxy.ts from Next 16) with its `config.matcher`, SvelteKit `handle` in
 * hooks.server, Nuxt/Nitro server/middleware, Astro `onRequest` in src/middleware, Pages Functions `_middleware`.
 */
export const COVERING_LAYERS: Readonly<Partial<Record<FrameworkId, readonly { files: readonly string[]; exports: readonly string[]; matcher?: boolean }[]>>> = {
  next: [{ files: ['middleware', 'src/middleware', 'proxy', 'src/proxy'], exports: ['default', 'middleware', 'proxy'], matcher: true }],
  sveltekit: [{ files: ['src/hooks.server'], exports: ['handle'] }],
  astro: [{ files: ['src/middleware', 'src/middleware/index'], exports: ['onRequest'] }],
};

/** Script extensions a covering layer file may have. */
export const LAYER_EXTENSIONS: readonly string[] = ['.ts', '.js', '.mts', '.mjs'];

const conventionMatchers = new WeakMap<FileEndpoint, (relativePath: string) => boolean>();

/** The file convention that makes `fromRoot` (a path from the project root, `/`-separated) an endpoint file, if any. */
export function fileEndpointFor(framework: FrameworkId | undefined, fromRoot: string): FileEndpoint | undefined {
  const conventions = [...(framework ? (FILE_ENDPOINTS[framework] ?? []) : []), ...(FILE_ENDPOINTS['*'] ?? [])];
  return conventions.find((convention) => {
    let matcher = conventionMatchers.get(convention);
    if (!matcher) {
      // From the project root, and under src/ (Next.js `src/app`, `src/pages`).
      matcher = picomatch([...convention.files, ...convention.files.map((glob) => `src/${glob}`)], { dot: true });
      conventionMatchers.set(convention, matcher);
    }
    return matcher(fromRoot);
  });
}
