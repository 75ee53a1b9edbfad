/** Zero-config discovery of the client build output: each framework's config shape, read as text, in a temp project. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { detectClientOutput, discoverClientOutput, readConfigProperties } from '../src/index.js';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A temp project: keys ending in `/` are folders, the rest files. */
function project(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'bo-discover-'));
  made.push(root);
  for (const [name, content] of Object.entries(files)) {
    const target = path.join(root, name);
    if (name.endsWith('/')) mkdirSync(target, { recursive: true });
    else {
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, content);
    }
  }
  return root;
}

const pkg = (deps: Record<string, string>, extra: Record<string, unknown> = {}): string => JSON.stringify({ name: 'app', dependencies: deps, ...extra });

async function found(root: string): Promise<[string, string][]> {
  return (await discoverClientOutput(root)).found.map((p) => [p.path, p.from]);
}

describe('Vite build.outDir', () => {
  it.each([
    ['vite.config.ts', "import { defineConfig } from 'vite';\nexport default defineConfig({ plugins: [react()], build: { outDir: 'public', sourcemap: true } });\n"],
    ['vite.config.mjs', 'export default {\n  // outDir: "wrong",\n  build: {\n    outDir: "public",\n  },\n};\n'],
    ['vite.config.js', "export default defineConfig(({ mode }) => ({ build: { outDir: `public` }, define: { x: /['\"]/.test(mode) } }));\n"],
    ['vite.config.cjs', "module.exports = { build: { 'outDir': 'public' as const } };\n"],
    ['vite.config.ts', "export default defineConfig(({ command }) => {\n  if (command === 'serve') return {};\n  return { build: { outDir: 'public' } };\n});\n"],
    ['vite.config.mts', "import path from 'node:path';\nexport default defineConfig({ build: { outDir: path.resolve(__dirname, 'public') } });\n"],
    ['vite.config.ts', "export default defineConfig({ build: { outDir: fileURLToPath(new URL('./public', import.meta.url)) } });\n"],
  ])('reads %s: %s', async (file, text) => {
    const root = project({ 'package.json': pkg({ vite: '^8' }), [file]: text, 'public/': '', 'dist/': '' });
    expect(await found(root)).toEqual([['public', `${file} build.outDir`]]);
  });

  it('takes --outDir from the build script over the config', async () => {
    const scripts = { build: 'tsc -b && vite build --mode production --outDir ../server/public && node x.js --outDir nope' };
    const root = project({ 'web/package.json': pkg({ vite: '^8' }, { scripts }), 'web/vite.config.ts': "export default { build: { outDir: 'public' } };\n", 'web/public/': '', 'server/public/': '' });
    expect(await found(root)).toEqual([['server/public', 'web/package.json build script --outDir']]);
    const equals = project({ 'package.json': pkg({ vite: '^8' }, { scripts: { build: "vite build --outDir='www'" } }), 'index.html': '', 'www/': '' });
    expect(await found(equals)).toEqual([['www', 'package.json build script --outDir']]);
  });

  it('resolves outDir against the Vite root', async () => {
    const root = project({ 'package.json': pkg({ vite: '^8' }), 'vite.config.ts': "export default { root: 'src', build: { outDir: '../www' } };\n", 'www/': '' });
    expect(await found(root)).toEqual([['www', 'vite.config.ts build.outDir, root']]);
  });

  it('follows ../server/public from a client folder, and refuses a folder outside the workspace', async () => {
    const root = project({
      'client/package.json': pkg({ vite: '^8' }),
      'client/vite.config.ts': "export default defineConfig({ build: { outDir: '../server/public', emptyOutDir: true } });\n",
      'server/package.json': pkg({ express: '^5' }),
      'server/public/': '',
      'server/dist/': '',
    });
    expect(await found(root)).toEqual([['server/public', 'client/vite.config.ts build.outDir']]);
    const inside = await discoverClientOutput(path.join(root, 'client'));
    expect(inside.found).toEqual([]);
    expect(inside.notes).toEqual([expect.stringContaining('../server/public (a build output) is outside the workspace, not scanned')]);
  });

  it('falls back to dist and says why when outDir is computed', async () => {
    const root = project({ 'package.json': pkg({ vite: '^8' }), 'vite.config.ts': 'export default defineConfig({ build: { outDir: process.env.OUT ?? "public" } });\n', 'dist/': '', 'public/': '' });
    const discovery = await discoverClientOutput(root);
    expect(discovery.found).toEqual([{ path: 'dist', from: 'Vite default' }]);
    expect(discovery.notes).toEqual(['vite.config.ts: build.outDir is computed (process.env.OUT ?? "public"), not read; looking at the Vite default folders']);
  });

  it('ignores outDir of a plugin, of the SSR environment, and of a type or a comment', async () => {
    const root = project({
      'package.json': pkg({ vite: '^8' }),
      'vite.config.ts': [
        'interface Options { outDir: string }',
        "/* build: { outDir: 'a' } */",
        "export default defineConfig({ plugins: [legacy({ build: { outDir: 'b' } })], environments: { ssr: { build: { outDir: 'c' } } }, s: '{ build: { outDir: \\'d\\' } }' });",
      ].join('\n'),
      'dist/': '',
      'a/': '',
      'b/': '',
      'c/': '',
    });
    expect(await found(root)).toEqual([['dist', 'Vite default']]);
  });
});

describe('Next.js distDir', () => {
  it('scans <distDir>/static and the prerendered pages under it, never its server JS', async () => {
    const root = project({
      'package.json': pkg({ next: '^16' }),
      'next.config.mjs': "/** @type {import('next').NextConfig} */\nconst nextConfig = { distDir: 'build', productionBrowserSourceMaps: true };\nexport default withBundleAnalyzer(nextConfig);\n",
      'build/static/chunks/a.js': '',
      'build/server/app/index.html': '',
      'build/server/app/page.js': '',
      '.next/static/': '',
    });
    expect(await found(root)).toEqual([
      ['build/static', 'next.config.mjs distDir'],
      ['build/server/app/**/*.{html,rsc,body,meta,segment.rsc}', 'next.config.mjs distDir'],
    ]);
  });

  it("scans the export folder with output: 'export'", async () => {
    const root = project({ 'package.json': pkg({ next: '^16' }), 'next.config.ts': "const config: NextConfig = { output: 'export' };\nexport default config;\n", 'out/': '', '.next/static/': '' });
    expect(await found(root)).toEqual([['out', 'next.config.ts output']]);
    const custom = project({ 'package.json': pkg({ next: '^16' }), 'next.config.js': "module.exports = { output: 'export', distDir: 'site' };\n", 'site/': '' });
    expect(await found(custom)).toEqual([['site', 'next.config.js distDir, output']]);
  });

  it('uses the defaults with no config', async () => {
    const root = project({ 'package.json': pkg({ next: '^16' }), '.next/static/': '', '.next/server/pages/': '' });
    expect(await found(root)).toEqual([
      ['.next/static', 'Next.js default'],
      ['.next/server/pages/**/*.{html,json}', 'Next.js default'],
    ]);
  });
});

describe('Create React App BUILD_PATH', () => {
  it('reads the build script first', async () => {
    const root = project({ 'package.json': pkg({ 'react-scripts': '5' }, { scripts: { build: 'BUILD_PATH=../server/public react-scripts build' } }), '.env': 'BUILD_PATH=wrong\n' });
    const discovery = await discoverClientOutput(root);
    expect(discovery.found).toEqual([]);
    expect(discovery.notes[0]).toContain('outside the workspace');
    const nested = project({ 'web/package.json': pkg({ 'react-scripts': '5' }, { scripts: { build: 'cross-env BUILD_PATH=../api/static react-scripts build' } }), 'api/static/': '' });
    expect(await found(nested)).toEqual([['api/static', 'web/package.json build script BUILD_PATH']]);
  });

  it.each([
    ['.env.production', 'BUILD_PATH="www"\n'],
    ['.env', '# where the build goes\nexport BUILD_PATH=www # comment\n'],
  ])('reads %s', async (file, text) => {
    const root = project({ 'package.json': pkg({ 'react-scripts': '5' }, { scripts: { build: 'react-scripts build' } }), [file]: text, 'www/': '', 'build/': '' });
    expect(await found(root)).toEqual([['www', `${file} BUILD_PATH`]]);
  });

  it('does not expand a variable, and says so', async () => {
    const root = project({ 'package.json': pkg({ 'react-scripts': '5' }), '.env': 'BUILD_PATH=$OUT/www\n', 'build/': '' });
    const discovery = await discoverClientOutput(root);
    expect(discovery.found).toEqual([{ path: 'build', from: 'Create React App default' }]);
    expect(discovery.notes).toEqual(['.env BUILD_PATH is computed ($OUT/www), not read; looking at the Create React App default folder']);
  });
});

describe('Angular outputPath', () => {
  const angular = (options: Record<string, unknown>, builder = '@angular/build:application'): string =>
    `// comments are allowed\n${JSON.stringify({ version: 1, projects: { shop: { projectType: 'application', architect: { build: { builder, options } } } } })}`;

  it('puts the browser files under <outputPath>/browser with the application builder', async () => {
    const root = project({ 'package.json': pkg({ '@angular/core': '^20' }), 'angular.json': angular({ outputPath: 'dist/shop' }), 'dist/shop/browser/': '', 'dist/shop/server/': '' });
    expect(await found(root)).toEqual([['dist/shop/browser', 'angular.json projects.shop.architect.build.options.outputPath']]);
  });

  it('reads { base, browser }, and an empty browser as the base', async () => {
    const root = project({ 'package.json': pkg({ '@angular/core': '^20' }), 'angular.json': angular({ outputPath: { base: 'www', browser: 'app' } }), 'www/app/': '' });
    expect(await found(root)).toEqual([['www/app', 'angular.json projects.shop.architect.build.options.outputPath']]);
    const flat = project({ 'package.json': pkg({ '@angular/core': '^20' }), 'angular.json': angular({ outputPath: { base: 'www', browser: '' } }), 'www/': '' });
    expect((await found(flat)).map(([p]) => p)).toEqual(['www']);
  });

  it('uses outputPath itself with the browser builder, and dist/<project>/browser with none', async () => {
    const old = project({ 'package.json': pkg({ '@angular/core': '^15' }), 'angular.json': angular({ outputPath: 'dist/shop' }, '@angular-devkit/build-angular:browser'), 'dist/shop/': '' });
    expect((await found(old)).map(([p]) => p)).toEqual(['dist/shop']);
    const none = project({ 'package.json': pkg({ '@angular/core': '^20' }), 'angular.json': angular({}), 'dist/shop/browser/': '' });
    expect(await found(none)).toEqual([['dist/shop/browser', 'Angular default for project shop']]);
  });
});

describe('Astro, SvelteKit, Nuxt, React Router, Remix, Expo', () => {
  it('Astro outDir, and only its client folder in a server build', async () => {
    const root = project({ 'package.json': pkg({ astro: '^5' }), 'astro.config.mjs': "export default defineConfig({ outDir: './site', output: 'server' });\n", 'site/client/': '', 'site/server/': '' });
    expect(await found(root)).toEqual([['site/client', 'astro.config.mjs outDir']]);
    const fixed = project({ 'package.json': pkg({ astro: '^5', vite: '^7' }), 'dist/': '' });
    expect(await found(fixed)).toEqual([['dist', 'Astro default']]);
  });

  it('SvelteKit adapter-static pages and assets', async () => {
    const root = project({
      'package.json': pkg({ '@sveltejs/kit': '^2', vite: '^7' }),
      'svelte.config.js': "import adapter from '@sveltejs/adapter-static';\nexport default { kit: { adapter: adapter({ pages: 'docs', assets: 'docs-assets', fallback: '200.html' }) } };\n",
      'docs/': '',
      'docs-assets/': '',
      '.svelte-kit/output/client/': '',
    });
    expect(await found(root)).toEqual([
      ['docs', 'svelte.config.js @sveltejs/adapter-static pages, assets'],
      ['docs-assets', 'svelte.config.js @sveltejs/adapter-static pages, assets'],
    ]);
  });

  it('SvelteKit adapter-node client files, never build/server; the SvelteKit output when the adapter has not run', async () => {
    const config = "import nodeAdapter from '@sveltejs/adapter-node';\nexport default { kit: { adapter: nodeAdapter() } };\n";
    const root = project({ 'package.json': pkg({ '@sveltejs/kit': '^2' }), 'svelte.config.js': config, 'build/client/': '', 'build/prerendered/': '', 'build/server/': '' });
    expect(await found(root)).toEqual([
      ['build/client', '@sveltejs/adapter-node default'],
      ['build/prerendered', '@sveltejs/adapter-node default'],
    ]);
    const unbuilt = project({ 'package.json': pkg({ '@sveltejs/kit': '^2' }), 'svelte.config.js': config, '.svelte-kit/output/client/': '', '.svelte-kit/output/server/': '' });
    expect(await found(unbuilt)).toEqual([['.svelte-kit/output/client', 'SvelteKit default']]);
  });

  it('Nuxt .output/public, or nitro.output.publicDir', async () => {
    const root = project({ 'package.json': pkg({ nuxt: '^4' }), '.output/public/': '', '.output/server/': '', 'dist/': '' });
    expect(await found(root)).toEqual([['.output/public', 'Nuxt default']]);
    const moved = project({ 'package.json': pkg({ nuxt: '^4' }), 'nuxt.config.ts': "export default defineNuxtConfig({ nitro: { output: { publicDir: 'www' } } });\n", 'www/': '' });
    expect(await found(moved)).toEqual([['www', 'nuxt.config.ts nitro.output.publicDir']]);
  });

  it('React Router buildDirectory/client, and the Remix Vite plugin', async () => {
    const rr = project({ 'package.json': pkg({ '@react-router/dev': '^7', vite: '^7' }), 'react-router.config.ts': "export default { ssr: true, buildDirectory: 'out' } satisfies Config;\n", 'out/client/': '', 'out/server/': '' });
    expect(await found(rr)).toEqual([['out/client', 'react-router.config.ts buildDirectory']]);
    const remix = project({ 'package.json': pkg({ '@remix-run/dev': '^2', vite: '^5' }), 'vite.config.ts': "import { vitePlugin as remix } from '@remix-run/dev';\nexport default defineConfig({ plugins: [remix({ buildDirectory: 'b' })] });\n", 'b/client/': '' });
    expect(await found(remix)).toEqual([['b/client', 'vite.config.ts buildDirectory']]);
  });

  it('Vue CLI outputDir, SvelteKit adapter-vercel, Astro dist/client beside dist/server by default', async () => {
    const vue = project({ 'package.json': pkg({ '@vue/cli-service': '^5' }), 'vue.config.js': "module.exports = defineConfig({ outputDir: '../backend/static' });\n", 'backend/static/': '' });
    expect((await discoverClientOutput(vue)).notes[0]).toContain('outside the workspace');
    const vueInside = project({ 'package.json': pkg({ '@vue/cli-service': '^5' }), 'vue.config.js': "module.exports = { outputDir: 'www' };\n", 'www/': '' });
    expect(await found(vueInside)).toEqual([['www', 'vue.config.js outputDir']]);
    const vercel = project({ 'package.json': pkg({ '@sveltejs/kit': '^2' }), 'svelte.config.js': "import adapter from '@sveltejs/adapter-vercel';\nexport default { kit: { adapter: adapter({ runtime: 'nodejs22.x' }) } };\n", '.vercel/output/static/': '', '.vercel/output/functions/': '' });
    expect(await found(vercel)).toEqual([['.vercel/output/static', '@sveltejs/adapter-vercel default']]);
    const astro = project({ 'package.json': pkg({ astro: '^5' }), 'dist/client/': '', 'dist/server/': '' });
    expect(await found(astro)).toEqual([['dist/client', 'Astro default']]);
  });

  it('Expo dist, or dist/client with server output', async () => {
    const root = project({ 'package.json': pkg({ expo: '^54' }), 'dist/client/': '', 'dist/server/': '' });
    expect(await found(root)).toEqual([['dist/client', 'Expo default']]);
  });
});

describe('workspaces and fallbacks', () => {
  it('looks at workspace packages (package.json workspaces, pnpm-workspace.yaml)', async () => {
    const root = project({
      'package.json': pkg({}, { workspaces: ['apps/*'] }),
      'pnpm-workspace.yaml': "packages:\n  - 'sites/*'\n  # - 'ignored/*'\n",
      'apps/web/package.json': pkg({ next: '^16' }),
      'apps/web/.next/static/': '',
      'apps/api/package.json': pkg({ express: '^5' }),
      'apps/api/dist/': '',
      'sites/docs/package.json': pkg({ astro: '^5' }),
      'sites/docs/dist/': '',
    });
    expect(await found(root)).toEqual([
      ['apps/web/.next/static', 'Next.js default'],
      ['sites/docs/dist', 'Astro default'],
    ]);
  });

  it("does not take a server package's dist for a Vite build when vite is only a test runner's dependency", async () => {
    const root = project({
      'package.json': pkg({}, { workspaces: ['packages/*'] }),
      'packages/api/package.json': pkg({ express: '^5' }, { devDependencies: { vite: '^8', vitest: '^4' } }),
      'packages/api/dist/': '',
      'packages/web/package.json': pkg({ vite: '^8' }),
      'packages/web/index.html': '<!doctype html>',
      'packages/web/dist/': '',
    });
    expect(await found(root)).toEqual([['packages/web/dist', 'Vite default']]);
  });

  it('lists every place tried when nothing is built', async () => {
    const root = project({ 'package.json': pkg({ vite: '^8' }), 'vite.config.ts': "export default { build: { outDir: 'public' } };\n" });
    const discovery = await discoverClientOutput(root);
    expect(discovery.found).toEqual([]);
    // The framework is known: its folder is what is missing, no stale dist/ of something else is taken instead.
    expect(discovery.tried).toEqual([{ path: 'public', from: 'vite.config.ts build.outDir' }]);
    const unknown = await discoverClientOutput(project({ 'package.json': pkg({ express: '^5' }) }));
    expect(unknown.tried.map((t) => t.path)).toEqual(expect.arrayContaining(['.next/static', 'out', 'dist', 'build', '.output/public']));
  });

  it('keeps the fixed folders when no framework is recognised (detectClientOutput)', async () => {
    const root = project({ 'dist/': '', '.next/static/': '' });
    expect(await detectClientOutput(root)).toEqual(['.next/static', 'dist']);
  });

  it('does not read a config file over the size limit', async () => {
    const root = project({ 'package.json': pkg({ vite: '^8' }), 'vite.config.ts': `export default { build: { outDir: 'public' } };\n//${'x'.repeat(300 * 1024)}\n`, 'dist/': '', 'public/': '' });
    const discovery = await discoverClientOutput(root);
    expect(discovery.found).toEqual([{ path: 'dist', from: 'Vite default' }]);
    expect(discovery.notes[0]).toContain('vite.config.ts: over 256 KB');
  });
});

describe('hostile config text', () => {
  it('reads deep nesting, long lines and unterminated strings without stalling', async () => {
    const deep = `export default { build: { outDir: 'public' }, x: ${'[{ a: '.repeat(20_000)}1${' }]'.repeat(20_000)} };\n`;
    const root = project({
      'package.json': pkg({ vite: '^8', 'react-scripts': '5', next: '^16' }),
      'vite.config.ts': deep,
      '.env': `BUILD_PATH=${' '.repeat(200_000)}x\n`,
      'pnpm-workspace.yaml': `packages:\n${' '.repeat(200_000)}\n  - "apps/*\n`,
      'next.config.js': "module.exports = { distDir: 'unterminated\n",
      'public/': '',
      'x/': '',
    });
    const discovery = await discoverClientOutput(root);
    // In catalog order: Next.js (its distDir folder is not built), CRA's BUILD_PATH, then Vite's outDir.
    expect(discovery.found.map((p) => p.path)).toEqual(['x', 'public']);
  });
});

describe('readConfigProperties', () => {
  it('records key paths and the call that holds them, skipping strings, comments and regexes', () => {
    const props = readConfigProperties("export default defineConfig({ a: { b: 'x' }, c: /}/g, d: `t${e}`, f: adapter({ g: \"y\" }) })");
    expect(props.map((p) => [p.path.join('.'), p.callee, p.value])).toEqual([
      ['a.b', 'defineConfig', { known: 'x', base: 'project' }],
      ['c', 'defineConfig', { computed: '/}/g' }],
      ['d', 'defineConfig', { computed: '`t${e}`' }],
      ['f', 'defineConfig', { computed: 'adapter({ g: "y" })' }],
      ['g', 'adapter', { known: 'y', base: 'project' }],
    ]);
  });
});
