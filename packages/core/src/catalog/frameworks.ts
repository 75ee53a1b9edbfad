/**
 * What each framework sends to browsers: env prefixes it inlines and which files are server-only by
 * convention (where its client build lands: build-output.ts). Sources: shared/REFERENCE.md Part B §4.
 */

export type FrameworkId =
  | 'next'
  | 'vite'
  | 'react-router'
  | 'sveltekit'
  | 'nuxt'
  | 'astro'
  | 'expo'
  | 'cra'
  | 'vue-cli'
  | 'gatsby'
  | 'storybook'
  | 'redwood'
  | 'plasmo'
  | 'wxt'
  | 'electron-vite'
  | 'angular'
  | 'browser-extension'
  | 'node-server';

export interface Framework {
  id: FrameworkId;
  name: string;
  /** package.json dependencies that identify the framework (first match in FRAMEWORKS order wins). */
  detectDependencies: readonly string[];
  /** Env-name prefixes the build inlines into browser code. */
  publicEnvPrefixes: readonly string[];
  /** How client code reads env (for messages). */
  envAccess: string;
  /**
   * Path globs (picomatch, matched against the path relative to the project root, also with any leading
   * folders) of files that never ship to browsers.
   */
  serverFiles: readonly string[];
  /** Path globs of files that always ship to browsers. */
  clientFiles: readonly string[];
  /** Files without a directive or a server path: client (Vite, CRA, Expo) or server (Next.js App Router components). */
  defaultSide: 'client' | 'server' | 'unknown';
  /** The fix, in this framework's words: where a provider call belongs. */
  serverFix: string;
  /**
   * Exported functions of client files that run only on the server and that the build strips from the
   * browser bundle, with the imports used only inside them (Next.js `getServerSideProps`, Remix `loader`).
   */
  serverExports?: readonly string[];
}

/** Conventions every Vite/Node-based framework shares: `*.server.*` files and `.server/` folders. */
const DOT_SERVER = ['**/*.server.*', '**/.server/**'];
const CONFIG_FILES = ['**/*.config.{js,cjs,mjs,ts,cts,mts}', '**/.storybook/main.*'];

/**
 * Files that never reach a browser in any framework: tests and their setup, build and test tool configs, scripts,
 * and serverless functions that deploy next to a front end. Matched after what the code says and before the
 * framework's own globs (a `pages/chat.test.tsx` is a test, not a page).
 */
export const COMMON_SERVER_FILES: readonly string[] = [
  // Test runners never bundle these for the app: jestjs.io testMatch defaults, vitest.dev config `include` defaults.
  '**/*.{test,spec}.{js,jsx,ts,tsx,mjs,cjs,mts,cts}',
  '**/__tests__/**',
  '**/__mocks__/**',
  '**/{jest,vitest}.setup.*',
  '**/{jest,vitest}-setup.*',
  '**/setupTests.{js,ts,jsx,tsx}',
  '**/vitest.{config,workspace}.*',
  '**/jest.config.*',
  '**/playwright.config.*',
  '{test,tests,e2e,cypress}/**',
  // Node scripts run by hand or by CI.
  'scripts/**',
  ...CONFIG_FILES,
  // create-react-app.dev/docs/proxying-api-requests-in-development: src/setupProxy.js runs in the dev server (Node).
  '{,src/}setupProxy.{js,cjs,mjs,ts}',
  // firebase.google.com/docs/functions (and Cloudflare Pages Functions): a root `functions/` folder deploys as functions.
  'functions/**',
  // supabase.com/docs/guides/functions; docs.netlify.com/functions/get-started; vercel.com/docs/functions (a root `api/`).
  'supabase/functions/**',
  'netlify/{functions,edge-functions}/**',
  'api/**',
];

export const FRAMEWORKS: readonly Framework[] = [
  {
    id: 'next',
    name: 'Next.js',
    detectDependencies: ['next'],
    // vercel/next.js docs/01-app/02-guides/environment-variables.mdx
    publicEnvPrefixes: ['NEXT_PUBLIC_'],
    envAccess: 'process.env.NEXT_PUBLIC_*',
    serverFiles: [
      '**/app/**/route.{js,jsx,ts,tsx,mjs}',
      '**/pages/api/**',
      '**/src/pages/api/**',
      '{,src/}middleware.{js,ts,mjs}',
      '{,src/}proxy.{js,ts,mjs}',
      '{,src/}instrumentation.{js,ts,mjs}',
      // nextjs.org docs pages/building-your-application/routing/custom-document: "_document is only rendered on the server".
      '{,src/}pages/_document.{js,jsx,ts,tsx}',
      ...DOT_SERVER,
      ...CONFIG_FILES,
    ],
    // Pages Router pages render on the server and hydrate in the browser (nextjs.org docs pages/…/pages-and-layouts).
    clientFiles: ['{,src/}pages/**'],
    // nextjs.org docs get-server-side-props / get-static-props: "Imports used will not be bundled for the client-side".
    serverExports: ['getServerSideProps', 'getStaticProps', 'getStaticPaths'],
    // App Router files are Server Components unless they (or an importer) say 'use client'.
    defaultSide: 'server',
    serverFix: 'Call the provider from a Route Handler (app/api/…/route.ts) or a Server Action, and keep the key in a server-only env var (no NEXT_PUBLIC_ prefix).',
  },
  {
    id: 'react-router',
    name: 'React Router / Remix',
    // A subpath (`react-router-dom/server`) is never a dependency name: detect the framework-mode packages.
    detectDependencies: ['@react-router/dev', '@remix-run/dev', '@remix-run/react', '@react-router/node', '@remix-run/node'],
    publicEnvPrefixes: ['VITE_'],
    envAccess: 'import.meta.env.VITE_*',
    serverFiles: [...DOT_SERVER, '**/server/**', ...CONFIG_FILES],
    clientFiles: [],
    defaultSide: 'client',
    // reactrouter.com explanation/code-splitting and remix.run docs route/loader: these exports and the
    // modules only they use are removed from the client build (`clientLoader`/`clientAction` stay).
    serverExports: ['loader', 'action', 'headers'],
    serverFix: 'Call the provider in a route `loader` or `action` (or a *.server.ts module) and read the key from process.env on the server.',
  },
  {
    id: 'sveltekit',
    name: 'SvelteKit',
    detectDependencies: ['@sveltejs/kit'],
    // svelte.dev/docs/kit/$env-static-public: kit.env.publicPrefix defaults to PUBLIC_.
    publicEnvPrefixes: ['PUBLIC_'],
    envAccess: "$env/static/public",
    serverFiles: ['**/+page.server.*', '**/+layout.server.*', '**/+server.*', '**/hooks.server.*', '**/lib/server/**', ...DOT_SERVER, ...CONFIG_FILES],
    // svelte.dev/docs/kit/load: +page.ts / +layout.ts loads are universal, they run in the browser too.
    clientFiles: ['**/*.svelte', '**/+page.{js,ts}', '**/+layout.{js,ts}', '**/hooks.client.*'],
    defaultSide: 'client',
    serverFix: 'Call the provider in +page.server.ts, +server.ts or $lib/server, and read the key from $env/static/private.',
  },
  {
    id: 'nuxt',
    name: 'Nuxt',
    detectDependencies: ['nuxt'],
    // nuxt docs runtime-config: runtimeConfig.public ships in every payload; NUXT_PUBLIC_ overrides it.
    publicEnvPrefixes: ['NUXT_PUBLIC_', 'NUXT_ENV_'],
    envAccess: 'useRuntimeConfig().public',
    serverFiles: ['**/server/**', ...DOT_SERVER, ...CONFIG_FILES],
    // nuxt.com/docs/guide/directory-structure: pages/, components/, layouts/, app.vue and plugins render in the
    // browser too (plugins/*.server.* do not: DOT_SERVER); Nuxt 4 moves them under app/.
    clientFiles: ['**/*.vue', '{,app/}{pages,components,layouts,composables,middleware}/**', '{,app/}plugins/**'],
    defaultSide: 'client',
    serverFix: 'Call the provider from a server route (server/api/*.ts) and keep the key in a private runtimeConfig key.',
  },
  {
    id: 'astro',
    name: 'Astro',
    detectDependencies: ['astro'],
    publicEnvPrefixes: ['PUBLIC_'],
    envAccess: 'import.meta.env.PUBLIC_*',
    serverFiles: ['**/pages/api/**', '**/pages/**/*.{js,ts}', ...DOT_SERVER, ...CONFIG_FILES],
    clientFiles: [],
    defaultSide: 'unknown',
    serverFix: 'Call the provider from an API endpoint (src/pages/api/*.ts) or frontmatter, and declare the key with astro:env as access: "secret".',
  },
  {
    id: 'expo',
    name: 'Expo',
    detectDependencies: ['expo'],
    // expo docs/pages/guides/environment-variables.mdx
    publicEnvPrefixes: ['EXPO_PUBLIC_'],
    envAccess: 'process.env.EXPO_PUBLIC_*',
    serverFiles: ['**/*+api.{js,ts}', ...DOT_SERVER, ...CONFIG_FILES],
    clientFiles: [],
    defaultSide: 'client',
    serverFix: 'Everything in an app bundle is readable on the device: call the provider from an Expo API route (app/…+api.ts) or your own backend.',
  },
  {
    id: 'gatsby',
    name: 'Gatsby',
    detectDependencies: ['gatsby'],
    publicEnvPrefixes: ['GATSBY_'],
    envAccess: 'process.env.GATSBY_*',
    serverFiles: ['**/gatsby-node.*', '**/gatsby-config.*', '**/src/api/**', ...CONFIG_FILES],
    clientFiles: [],
    defaultSide: 'client',
    serverFix: 'Call the provider from a Gatsby Function (src/api/*.ts) and keep the key without the GATSBY_ prefix.',
  },
  {
    id: 'storybook',
    name: 'Storybook',
    detectDependencies: ['storybook'],
    publicEnvPrefixes: ['STORYBOOK_'],
    envAccess: 'process.env.STORYBOOK_*',
    serverFiles: [...CONFIG_FILES],
    clientFiles: ['**/*.stories.*'],
    defaultSide: 'client',
    serverFix: 'Stories run in the browser: mock the provider call instead of calling it with a key.',
  },
  {
    id: 'redwood',
    name: 'RedwoodJS',
    detectDependencies: ['@redwoodjs/core', '@cedarjs/core'],
    publicEnvPrefixes: ['REDWOOD_ENV_'],
    envAccess: 'process.env.REDWOOD_ENV_*',
    serverFiles: ['**/api/**'],
    clientFiles: ['**/web/src/**'],
    defaultSide: 'unknown',
    serverFix: 'Call the provider from an api-side service or function and keep the key out of redwood.toml includeEnvironmentVariables.',
  },
  {
    id: 'plasmo',
    name: 'Plasmo',
    detectDependencies: ['plasmo'],
    publicEnvPrefixes: ['PLASMO_PUBLIC_'],
    envAccess: 'process.env.PLASMO_PUBLIC_*',
    serverFiles: [...CONFIG_FILES],
    // docs.plasmo.com/framework: popup, options, sidepanel, newtab, contents/, background and tabs/ all ship in the extension.
    clientFiles: ['{,src/}{popup,options,sidepanel,newtab,devtools,background,content}.*', '{,src/}{popup,options,sidepanel,newtab,contents,background,tabs}/**'],
    defaultSide: 'client',
    serverFix: 'Every file of an extension is downloadable: call the provider from your own backend.',
  },
  {
    id: 'wxt',
    name: 'WXT',
    detectDependencies: ['wxt'],
    publicEnvPrefixes: ['WXT_', 'VITE_'],
    envAccess: 'import.meta.env.WXT_*',
    serverFiles: [...CONFIG_FILES],
    // wxt.dev/guide/essentials/entrypoints: every entrypoint (popup, options, content scripts, background) ships.
    clientFiles: ['{,src/}entrypoints/**'],
    defaultSide: 'client',
    serverFix: 'Every file of an extension is downloadable: call the provider from your own backend.',
  },
  {
    id: 'electron-vite',
    name: 'electron-vite',
    detectDependencies: ['electron-vite'],
    publicEnvPrefixes: ['RENDERER_VITE_', 'PRELOAD_VITE_', 'VITE_'],
    envAccess: 'import.meta.env.RENDERER_VITE_*',
    serverFiles: ['**/src/main/**', ...CONFIG_FILES],
    clientFiles: ['**/src/renderer/**'],
    defaultSide: 'unknown',
    serverFix: 'Call the provider from the main process over IPC, never from the renderer.',
  },
  {
    id: 'cra',
    name: 'Create React App',
    detectDependencies: ['react-scripts'],
    publicEnvPrefixes: ['REACT_APP_'],
    envAccess: 'process.env.REACT_APP_*',
    serverFiles: [],
    clientFiles: [],
    defaultSide: 'client',
    serverFix: 'A CRA app is all browser code: call the provider from a backend route and keep the key there.',
  },
  {
    id: 'vue-cli',
    name: 'Vue CLI',
    detectDependencies: ['@vue/cli-service'],
    publicEnvPrefixes: ['VUE_APP_'],
    envAccess: 'process.env.VUE_APP_*',
    serverFiles: [...CONFIG_FILES],
    clientFiles: ['**/*.vue'],
    defaultSide: 'client',
    serverFix: 'A Vue CLI app is all browser code: call the provider from a backend route and keep the key there.',
  },
  {
    id: 'angular',
    name: 'Angular',
    detectDependencies: ['@angular/core'],
    publicEnvPrefixes: ['NG_APP_'],
    envAccess: 'environment.ts',
    serverFiles: ['**/server.ts', ...CONFIG_FILES],
    clientFiles: ['**/environments/**'],
    defaultSide: 'client',
    serverFix: 'environment.ts ships to the browser: call the provider from your server (server.ts or an API) instead.',
  },
  {
    // After the meta-frameworks: a plain Vite app (React, Vue, Solid, Svelte).
    id: 'vite',
    name: 'Vite',
    detectDependencies: ['vite'],
    // vitejs/vite docs/config/shared-options.md: envPrefix defaults to VITE_.
    publicEnvPrefixes: ['VITE_'],
    envAccess: 'import.meta.env.VITE_*',
    // A root `api/` (Vercel functions) is in COMMON_SERVER_FILES; `src/api/` is bundled like the rest of `src/`.
    serverFiles: ['**/server/**', ...DOT_SERVER, ...CONFIG_FILES],
    clientFiles: [],
    defaultSide: 'client',
    serverFix: 'A Vite app is browser code: call the provider from a backend route (an API server, a serverless function) and keep the key unprefixed there.',
  },
  {
    // A hand-written extension: no bundler framework, a manifest.json with `manifest_version` (developer.chrome.com
    // docs/extensions/reference/manifest). Detected from the manifest (classify/project.ts), never from dependencies.
    id: 'browser-extension',
    name: 'browser extension',
    detectDependencies: [],
    publicEnvPrefixes: [],
    envAccess: 'the extension package',
    serverFiles: [...CONFIG_FILES],
    // Popups, options pages, content scripts and background service workers are all files of the package.
    clientFiles: [],
    defaultSide: 'client',
    serverFix: 'Every file of an extension is downloadable: call the provider from your own backend.',
  },
  {
    id: 'node-server',
    name: 'Node.js server',
    // A package of serverless functions (Firebase functions/package.json, Netlify, Google Cloud Functions) is a server too.
    detectDependencies: ['express', 'fastify', 'hono', 'koa', '@nestjs/core', '@hapi/hapi', 'h3', 'firebase-functions', '@netlify/functions', '@google-cloud/functions-framework'],
    publicEnvPrefixes: [],
    envAccess: 'process.env',
    serverFiles: ['**'],
    clientFiles: [],
    defaultSide: 'server',
    serverFix: 'This is server code already: keep the key in the environment, never in the repository.',
  },
];

const BY_ID = new Map(FRAMEWORKS.map((f) => [f.id, f]));

export function getFramework(id: FrameworkId): Framework {
  const framework = BY_ID.get(id);
  if (!framework) throw new Error(`Unknown framework '${id}'`);
  return framework;
}

/** The framework a package.json's dependencies point at, or undefined (first catalog match wins). */
export function detectFramework(dependencies: Readonly<Record<string, string>>): Framework | undefined {
  return FRAMEWORKS.find((f) => f.detectDependencies.some((dep) => dep in dependencies));
}
