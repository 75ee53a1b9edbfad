/**
 * Where each framework writes the files browsers download, and which config setting moves them: what
 * `scan` with no path looks at (discover/). Only client output: never a server bundle (`.next/server`'s JS,
 * `build/server`, `.svelte-kit/output/server`, `dist/server`). Sources are named on each entry.
 */
import type { FrameworkId } from './frameworks.js';

/** A setting in a config file: the keys down to it, and which object literal holds it. */
export interface ConfigSetting {
  /** Keys from the config object down to the setting: `['build', 'outDir']`. */
  key: readonly string[];
  /**
   * `config`: the exported config object (plain, or passed to one of CONFIG_WRAPPERS); `any`: any object
   * literal (Next.js plugins wrap the config in their own calls); `{ call }`: the options object passed to
   * one of these functions (the Remix Vite plugin).
   */
  holder: 'config' | 'any' | { call: readonly string[] };
}

/** Calls whose argument is the config object itself. */
export const CONFIG_WRAPPERS: readonly string[] = ['defineConfig', 'mergeConfig', 'defineNuxtConfig', 'defineProject'];

/**
 * Folders to scan, tried in order: the first group with a folder that exists is scanned (a later group is an
 * older or intermediate layout of the same build, scanning both would report every leak twice).
 */
export interface OutputGroup {
  /** Folders (or globs) relative to the project folder. */
  scan: readonly string[];
  /** Scan this group only when this folder exists too (a client/server split build). */
  when?: string;
}

/** The frameworks that build a client (frameworks.ts), and Remix apart from React Router (another config). */
export type BuildToolId = Exclude<FrameworkId, 'browser-extension' | 'node-server'> | 'remix';

export interface BuildTool {
  id: BuildToolId;
  name: string;
  /** package.json dependencies that mean the project builds with it (a config file in the folder also does). */
  dependencies: readonly string[];
  /**
   * Files one of which the project folder must hold too: a dependency alone can be a test runner's (vitest
   * pulls vite into server packages, whose `dist` is server code).
   */
  requiresFile?: readonly string[];
  /** Config files read, first found wins, relative to the project folder. */
  configFiles: readonly string[];
  /** Settings that move the output, read by discover/ (key names are the tool's own). */
  settings: Readonly<Record<string, ConfigSetting>>;
  /** Where the browser files are under the folder the setting names (`client`: the server bundle is beside it). */
  clientUnder?: string;
  /** The output with every setting at its default. */
  defaults: readonly OutputGroup[];
  /** Tools whose settings this one overrides when both are present (meta-frameworks build with Vite). */
  supersedes?: readonly BuildToolId[];
}

const VITE_CONFIG_FILES = ['vite.config.js', 'vite.config.mjs', 'vite.config.ts', 'vite.config.cjs', 'vite.config.mts', 'vite.config.cts'];

/**
 * Next.js prerendered HTML and RSC payloads (`.next/server/app/**.{html,rsc,body,meta}`) are sent to browsers
 * too, while `.next/server/**.js` is server code that must not be scanned as client output.
 */
export const NEXT_PRERENDERED_GLOBS: readonly string[] = ['.next/server/app/**/*.{html,rsc,body,meta,segment.rsc}', '.next/server/pages/**/*.{html,json}'];

/** SvelteKit's own output, whatever the adapter copies it to: client assets and prerendered pages. */
export const SVELTEKIT_OUTPUT: OutputGroup = { scan: ['.svelte-kit/output/client', '.svelte-kit/output/prerendered'] };

/**
 * Where each SvelteKit adapter copies the browser files, from its options (the adapter's source and
 * svelte.dev/docs/kit/adapter-*): adapter-static `pages` and `assets` (default `build`); adapter-node
 * `${out}/client` and `${out}/prerendered` (server in `${out}/server`); adapter-vercel `.vercel/output/static`
 * (functions beside it); adapter-netlify `build` (netlify.toml `publish` can move it: not read, SVELTEKIT_OUTPUT then).
 * Other adapters (auto, cloudflare: `_worker.js` is server code beside the assets) use SVELTEKIT_OUTPUT.
 */
export const SVELTEKIT_ADAPTERS: Readonly<Record<string, { options: Readonly<Record<string, string>>; scan: (o: Readonly<Record<string, string>>) => string[] }>> = {
  '@sveltejs/adapter-static': { options: { pages: 'build', assets: '' }, scan: (o) => [o.pages!, o.assets || o.pages!] },
  '@sveltejs/adapter-node': { options: { out: 'build' }, scan: (o) => [`${o.out!}/client`, `${o.out!}/prerendered`] },
  '@sveltejs/adapter-vercel': { options: {}, scan: () => ['.vercel/output/static'] },
  '@sveltejs/adapter-netlify': { options: {}, scan: () => ['build'] },
};

export const BUILD_TOOLS: readonly BuildTool[] = [
  {
    // nextjs.org docs next-config-js/distDir ("distDir should not leave your project directory") and output:
    // with `output: 'export'` the site is written to `out`, or to distDir when one is set (next's export/utils.js).
    id: 'next',
    name: 'Next.js',
    dependencies: ['next'],
    configFiles: ['next.config.js', 'next.config.mjs', 'next.config.ts', 'next.config.cjs'],
    settings: { distDir: { key: ['distDir'], holder: 'any' }, output: { key: ['output'], holder: 'any' } },
    defaults: [{ scan: ['.next/static', ...NEXT_PRERENDERED_GLOBS] }, { scan: ['out'] }],
  },
  {
    // reactrouter.com api/framework-conventions/react-router.config.ts: buildDirectory, default "build"; the
    // browser files go to `${buildDirectory}/client`, the server bundle to `${buildDirectory}/server`.
    id: 'react-router',
    name: 'React Router',
    dependencies: ['@react-router/dev'],
    configFiles: ['react-router.config.ts', 'react-router.config.js', 'react-router.config.mjs', 'react-router.config.mts'],
    settings: { buildDirectory: { key: ['buildDirectory'], holder: 'config' } },
    clientUnder: 'client',
    defaults: [{ scan: ['build/client'] }],
    supersedes: ['vite', 'remix'],
  },
  {
    // remix.run docs: the Vite plugin's `buildDirectory` (default "build", browser files in `build/client`);
    // the classic compiler's remix.config.js `assetsBuildDirectory` (default "public/build").
    id: 'remix',
    name: 'Remix',
    dependencies: ['@remix-run/dev'],
    configFiles: VITE_CONFIG_FILES,
    // `import { vitePlugin as remix } from '@remix-run/dev'` is how the docs name it.
    settings: { buildDirectory: { key: ['buildDirectory'], holder: { call: ['remix', 'vitePlugin'] } } },
    clientUnder: 'client',
    defaults: [{ scan: ['build/client'] }, { scan: ['public/build'] }],
    supersedes: ['vite'],
  },
  {
    id: 'sveltekit',
    name: 'SvelteKit',
    dependencies: ['@sveltejs/kit'],
    configFiles: ['svelte.config.js', 'svelte.config.mjs', 'svelte.config.ts', 'svelte.config.cjs'],
    // The adapter's options are read by SVELTEKIT_ADAPTERS.
    settings: {},
    defaults: [SVELTEKIT_OUTPUT],
    supersedes: ['vite'],
  },
  {
    // nuxt.com docs/getting-started/deployment and nitro.build config `output.publicDir` (default
    // `.output/public`); `nuxt generate` also links `dist` to it; Nuxt 2 wrote `.nuxt/dist/client`.
    id: 'nuxt',
    name: 'Nuxt',
    dependencies: ['nuxt'],
    configFiles: ['nuxt.config.ts', 'nuxt.config.js', 'nuxt.config.mjs', 'nuxt.config.mts'],
    settings: { publicDir: { key: ['nitro', 'output', 'publicDir'], holder: 'config' } },
    defaults: [{ scan: ['.output/public'] }, { scan: ['dist'] }, { scan: ['.nuxt/dist/client'] }],
    supersedes: ['vite'],
  },
  {
    // docs.astro.build reference/configuration-reference: outDir (default "./dist"); with a server adapter
    // the browser files go to `build.client` (default "./client") and the server to `build.server`, under outDir.
    id: 'astro',
    name: 'Astro',
    dependencies: ['astro'],
    configFiles: ['astro.config.mjs', 'astro.config.js', 'astro.config.ts', 'astro.config.mts', 'astro.config.cjs', 'astro.config.cts'],
    settings: { outDir: { key: ['outDir'], holder: 'config' }, client: { key: ['build', 'client'], holder: 'config' } },
    defaults: [{ scan: ['dist/client'], when: 'dist/server' }, { scan: ['dist'] }],
    supersedes: ['vite'],
  },
  {
    // angular.dev reference/configs/workspace-config and the application builder's schema: outputPath is a
    // string (the base) or `{ base, browser }`; the application builder writes browser files to
    // `${base}/${browser}` (browser defaults to "browser"; "" means the base itself) and the server to
    // `${base}/server`; the older browser builders write to outputPath itself. Default base: dist/<project>.
    id: 'angular',
    name: 'Angular',
    dependencies: ['@angular/core'],
    configFiles: ['angular.json'],
    settings: {},
    defaults: [{ scan: ['dist'] }],
  },
  {
    // create-react-app.dev docs/advanced-configuration: BUILD_PATH, relative to the project root, default `build`;
    // set in the environment (the build script) or a .env file (docs/adding-custom-environment-variables: the
    // files `npm run build` reads, most specific first).
    id: 'cra',
    name: 'Create React App',
    dependencies: ['react-scripts'],
    configFiles: [],
    settings: {},
    defaults: [{ scan: ['build'] }],
  },
  {
    // docs.expo.dev/router/reference/api-routes and web/server-rendering: `expo export` writes to `dist`;
    // with web.output "server", browser files go to `dist/client` and the server to `dist/server`.
    id: 'expo',
    name: 'Expo',
    dependencies: ['expo'],
    configFiles: [],
    settings: {},
    defaults: [{ scan: ['dist/client'], when: 'dist/server' }, { scan: ['dist'] }],
  },
  {
    // cli.vuejs.org/config: outputDir, default "dist".
    id: 'vue-cli',
    name: 'Vue CLI',
    dependencies: ['@vue/cli-service'],
    configFiles: ['vue.config.js', 'vue.config.cjs', 'vue.config.mjs', 'vue.config.ts'],
    settings: { outputDir: { key: ['outputDir'], holder: 'config' } },
    defaults: [{ scan: ['dist'] }],
  },
  // Fixed folders (the tool's docs): gatsby build, storybook build, Redwood's web side, Plasmo, WXT, electron-vite's renderer.
  { id: 'gatsby', name: 'Gatsby', dependencies: ['gatsby'], configFiles: [], settings: {}, defaults: [{ scan: ['public'] }] },
  { id: 'storybook', name: 'Storybook', dependencies: ['storybook'], configFiles: [], settings: {}, defaults: [{ scan: ['storybook-static'] }] },
  { id: 'redwood', name: 'RedwoodJS', dependencies: ['@redwoodjs/core', '@cedarjs/core'], configFiles: [], settings: {}, defaults: [{ scan: ['web/dist'] }] },
  { id: 'plasmo', name: 'Plasmo', dependencies: ['plasmo'], configFiles: [], settings: {}, defaults: [{ scan: ['build'] }] },
  { id: 'wxt', name: 'WXT', dependencies: ['wxt'], configFiles: [], settings: {}, defaults: [{ scan: ['.output'] }] },
  { id: 'electron-vite', name: 'electron-vite', dependencies: ['electron-vite'], configFiles: [], settings: {}, defaults: [{ scan: ['out/renderer'] }], supersedes: ['vite'] },
  {
    // vite.dev/config/build-options#build-outdir: relative to the project `root` (vite.dev/config/shared-options#root).
    // An app build starts from `<root>/index.html` unless the config names other inputs (vite.dev/guide/build).
    id: 'vite',
    name: 'Vite',
    dependencies: ['vite'],
    requiresFile: ['index.html', ...VITE_CONFIG_FILES],
    configFiles: VITE_CONFIG_FILES,
    settings: { outDir: { key: ['build', 'outDir'], holder: 'config' }, root: { key: ['root'], holder: 'config' } },
    defaults: [{ scan: ['dist'] }],
  },
];

/** The variable CRA's build reads its output folder from, and the files it reads it from for `npm run build`, most specific first (after the build script's environment). */
export const CRA_BUILD_PATH = 'BUILD_PATH';
export const CRA_ENV_FILES: readonly string[] = ['.env.production.local', '.env.local', '.env.production', '.env'];

/** vite.dev/guide/cli#vite-build: `vite build --outDir <dir>` in the build script overrides the config. */
export const VITE_BUILD_COMMAND: readonly string[] = ['vite', 'build'];
export const VITE_OUTDIR_FLAGS: readonly string[] = ['--outDir', '--out-dir'];

/** Angular builders that split browser and server output under outputPath (`:application`, Angular 17+). */
export const ANGULAR_SPLIT_BUILDERS = /:application$/;

/**
 * Every client build-output folder the catalog knows, tried in the working folder when no framework is
 * recognised there (or none of its folders exist), for `scan` with no path.
 */
export const CLIENT_OUTPUT_DIRS: readonly string[] = [
  '.next/static',
  'out',
  'dist',
  'build',
  '.svelte-kit/output/client',
  '.output/public',
  '.vercel/output/static',
  'storybook-static',
];

/** Sub-folders of a workspace that are looked at as projects: workspace globs are expanded one level deep, at most this many. */
export const MAX_DISCOVERED_PROJECTS = 64;
