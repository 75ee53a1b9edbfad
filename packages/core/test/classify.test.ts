import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { classifyFile, clearProjectCache, findProject, type ClassifyInput } from '@backend-only/core';

const base = mkdtempSync(path.join(tmpdir(), 'backend-only-classify-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));
beforeEach(() => clearProjectCache());

/** A project folder with a package.json naming `dependencies`. */
function project(name: string, dependencies: Record<string, string>): string {
  const root = path.join(base, name);
  mkdirSync(root, { recursive: true });
  writeFileSync(path.join(root, 'package.json'), JSON.stringify({ name, dependencies }));
  return root;
}

const next = project('next-app', { next: '16.0.0', react: '19.0.0' });
const vite = project('vite-app', { vite: '7.0.0', react: '19.0.0' });
const node = project('node-app', { express: '5.0.0' });
const remix = project('remix-app', { '@react-router/dev': '7.0.0' });
const kit = project('kit-app', { '@sveltejs/kit': '2.0.0' });
const nuxt = project('nuxt-app', { nuxt: '4.0.0' });
const expo = project('expo-app', { expo: '54.0.0' });
const plain = project('plain-lib', { lodash: '4.0.0' });

function side(root: string, file: string, extra: Omit<ClassifyInput, 'filename'> = {}) {
  return classifyFile({ filename: path.join(root, file), cwd: root, ...extra }).side;
}

describe('classifyFile', () => {
  it('treats Next.js App Router files as server unless they say use client', () => {
    expect(side(next, 'app/page.tsx')).toBe('server');
    expect(side(next, 'app/chat/Chat.tsx', { directives: ['use client'] })).toBe('client');
    expect(side(next, 'app/actions.ts', { directives: ['use server'] })).toBe('server');
    const result = classifyFile({ filename: path.join(next, 'app/chat/Chat.tsx'), directives: ['use client'] });
    expect(result).toMatchObject({ by: 'directive', reason: "'use client'", root: next });
    expect(result.framework?.id).toBe('next');
  });

  it('knows Next.js server paths and Pages Router pages', () => {
    for (const file of ['app/api/chat/route.ts', 'src/app/x/route.js', 'pages/api/chat.ts', 'middleware.ts', 'src/proxy.ts', 'lib/db.server.ts', 'pages/_document.tsx', 'next.config.mjs']) {
      expect(side(next, file), file).toBe('server');
    }
    expect(side(next, 'pages/index.tsx')).toBe('client');
    expect(side(next, 'src/pages/chat/[id].tsx')).toBe('client');
  });

  it('treats Vite, Expo and React Router source as client unless under a server folder', () => {
    expect(side(vite, 'src/App.tsx')).toBe('client');
    expect(side(vite, 'server/index.ts')).toBe('server');
    // A root api/ is Vercel's functions; src/api/ is bundled like the rest of src/.
    expect(side(vite, 'api/chat.ts')).toBe('server');
    expect(side(vite, 'src/api/chat.ts')).toBe('client');
    expect(side(vite, 'vite.config.ts')).toBe('server');
    expect(side(expo, 'app/index.tsx')).toBe('client');
    expect(side(expo, 'app/chat+api.ts')).toBe('server');
    expect(side(remix, 'app/routes/chat.tsx')).toBe('client');
    expect(side(remix, 'app/lib/ai.server.ts')).toBe('server');
    expect(side(remix, 'app/.server/ai.ts')).toBe('server');
  });

  it('knows SvelteKit and Nuxt conventions', () => {
    for (const file of ['src/routes/+page.server.ts', 'src/routes/api/+server.ts', 'src/hooks.server.ts', 'src/lib/server/ai.ts']) {
      expect(side(kit, file), file).toBe('server');
    }
    expect(side(kit, 'src/routes/+page.ts')).toBe('client');
    expect(side(nuxt, 'server/api/chat.ts')).toBe('server');
    expect(side(nuxt, 'composables/useChat.ts')).toBe('client');
  });

  it('finds no client code in a plain Node server', () => {
    expect(side(node, 'src/index.ts')).toBe('server');
    expect(side(node, 'public/app.js')).toBe('server');
  });

  it('says unknown without a framework, but directives still decide', () => {
    expect(side(plain, 'src/index.ts')).toBe('unknown');
    expect(side(plain, 'src/widget.tsx', { directives: ['use client'] })).toBe('client');
  });

  it('honours server-only and client-only imports', () => {
    expect(side(vite, 'src/secrets.ts', { imports: ['server-only'] })).toBe('server');
    expect(side(next, 'app/widget.tsx', { imports: ['react', 'client-only'] })).toBe('client');
  });

  it('classifies single-file components by extension', () => {
    expect(side(nuxt, 'components/Chat.vue')).toBe('client');
    expect(side(kit, 'src/routes/+page.svelte')).toBe('client');
    expect(side(plain, 'src/pages/index.astro')).toBe('server');
    // eslint-plugin-astro's processor names each <script> tag as a child of the .astro file.
    const script = classifyFile({ filename: path.join(plain, 'src/pages/index.astro/0_0.js') });
    expect(script).toMatchObject({ side: 'client', by: 'component' });
  });

  it('lets settings override the framework and the globs', () => {
    expect(side(plain, 'src/App.tsx', { settings: { framework: 'vite' } })).toBe('client');
    expect(side(vite, 'src/edge/handler.ts', { settings: { serverFiles: ['src/edge/**'] } })).toBe('server');
    expect(side(next, 'components/Widget.tsx', { settings: { clientFiles: ['components/**'] } })).toBe('client');
    // serverFiles wins over clientFiles and over a directive.
    expect(side(next, 'components/x.tsx', { directives: ['use client'], settings: { clientFiles: ['**'], serverFiles: ['components/**'] } })).toBe('server');
    // Globs are matched from the working directory too.
    expect(classifyFile({ filename: path.join(vite, 'src/edge/a.ts'), cwd: base, settings: { serverFiles: ['vite-app/src/edge/**'] } }).side).toBe('server');
  });

  it('re-reads a package.json whose mtime changed, and names an unreadable one', () => {
    const root = project('changing', { lodash: '1.0.0' });
    expect(side(root, 'src/App.tsx')).toBe('unknown');
    writeFileSync(path.join(root, 'package.json'), JSON.stringify({ devDependencies: { vite: '7.0.0' } }));
    const later = new Date(Date.now() + 5_000);
    utimesSync(path.join(root, 'package.json'), later, later);
    expect(side(root, 'src/App.tsx')).toBe('client');

    const broken = path.join(root, 'packages/broken');
    mkdirSync(broken, { recursive: true });
    writeFileSync(path.join(broken, 'package.json'), '{ not json');
    const result = classifyFile({ filename: path.join(broken, 'src/a.ts') });
    expect(result.side).toBe('client'); // detection went on to the Vite project above
    expect(result.problems[0]).toContain(path.join(broken, 'package.json'));
  });

  it('caches per directory and notices a deleted package.json', () => {
    const root = project('deleted', { vite: '7.0.0' });
    expect(findProject(path.join(root, 'src')).framework?.id).toBe('vite');
    rmSync(path.join(root, 'package.json'));
    expect(findProject(path.join(root, 'src')).root).not.toBe(root);
  });
});

describe('classifyFile: server code in client-looking places', () => {
  it('decides from what the code does before the path', () => {
    const byCode = classifyFile({ filename: path.join(vite, 'src/dev-server.ts'), serverSignals: ['creates an Express app'] });
    expect(byCode).toMatchObject({ side: 'server', by: 'code', reason: 'creates an Express app' });
    expect(side(vite, 'src/server-main.ts', { imports: ['express', 'openai'] })).toBe('server');
    expect(side(vite, 'src/fn.ts', { imports: ['firebase-functions/v2/https'] })).toBe('server');
    expect(side(vite, 'src/App.tsx', { imports: ['react', 'openai'] })).toBe('client');
    // A Next.js page or a Remix route may import a server runtime for getServerSideProps or a loader alone.
    expect(side(next, 'pages/index.tsx', { imports: ['firebase-admin'] })).toBe('client');
    expect(side(remix, 'app/routes/chat.tsx', { imports: ['firebase-admin'] })).toBe('client');
    // ...but a call that starts a server decides anywhere.
    expect(side(remix, 'server.ts', { serverSignals: ['listens on a port (app.listen(…))'] })).toBe('server');
  });

  it('treats SvelteKit private env and $lib/server imports as server, except in files SvelteKit always ships', () => {
    for (const imports of [['$env/static/private'], ['$env/dynamic/private'], ['$lib/server/db'], ['$lib/server']]) {
      expect(side(kit, 'src/lib/ai.ts', { imports }), imports[0]).toBe('server');
    }
    expect(side(kit, 'src/lib/ai.ts', { imports: ['$env/static/public'] })).toBe('client');
    // The build refuses private env in a universal load: still client, so the rules say what leaks.
    expect(side(kit, 'src/routes/+page.ts', { imports: ['$env/static/private'] })).toBe('client');
  });

  it('knows serverless folders, CRA setupProxy, tests, scripts and configs in every framework', () => {
    const cra = project('cra-app', { 'react-scripts': '5.0.0' });
    for (const [root, file] of [
      [vite, 'functions/src/index.ts'],
      [vite, 'supabase/functions/chat/index.ts'],
      [vite, 'netlify/functions/chat.mts'],
      [vite, 'netlify/edge-functions/chat.ts'],
      [vite, 'api/chat.js'],
      [cra, 'src/setupProxy.js'],
      [cra, 'src/App.test.tsx'],
      [cra, 'src/setupTests.ts'],
      [cra, 'craco.config.js'],
      [next, 'pages/chat.test.tsx'],
      [vite, 'src/__tests__/chat.ts'],
      [vite, 'vitest.config.mts'],
      [vite, 'playwright.config.ts'],
      [vite, 'e2e/chat.ts'],
      [vite, 'tests/setup.ts'],
      [vite, 'scripts/seed.ts'],
      [vite, 'jest.setup.js'],
    ] as const) {
      expect(side(root, file), file).toBe('server');
    }
    // Not the same folders deeper down: src/functions, app/test are app code.
    expect(side(vite, 'src/functions/chat.ts')).toBe('client');
    expect(side(vite, 'src/test-utils/chat.ts')).toBe('client');
    expect(side(cra, 'src/App.tsx')).toBe('client');
  });

  it('reads a functions/ package of its own as a server (Firebase, Netlify)', () => {
    const app = project('firebase-app', { vite: '7.0.0' });
    const functions = path.join(app, 'functions');
    mkdirSync(functions, { recursive: true });
    writeFileSync(path.join(functions, 'package.json'), JSON.stringify({ dependencies: { 'firebase-functions': '6.0.0', openai: '5.0.0' } }));
    expect(classifyFile({ filename: path.join(functions, 'lib/ai.ts') })).toMatchObject({ side: 'server', root: functions });
  });

  it('marks Nuxt, SvelteKit and extension entry points as client', () => {
    for (const file of ['pages/index.vue', 'components/Chat.ts', 'layouts/default.ts', 'app/pages/chat.ts', 'plugins/ai.client.ts', 'composables/useChat.ts']) {
      expect(side(nuxt, file), file).toBe('client');
    }
    expect(side(nuxt, 'server/api/chat.ts')).toBe('server');
    expect(side(nuxt, 'plugins/ai.server.ts')).toBe('server');
    expect(side(kit, 'src/routes/chat/+layout.ts')).toBe('client');
    const wxt = project('wxt-app', { wxt: '0.20.0' });
    expect(side(wxt, 'entrypoints/background.ts')).toBe('client');
    expect(side(wxt, 'wxt.config.ts')).toBe('server');
  });

  it('finds a hand-written browser extension from its manifest.json', () => {
    const root = path.join(base, 'vanilla-extension');
    mkdirSync(path.join(root, 'popup'), { recursive: true });
    writeFileSync(path.join(root, 'manifest.json'), JSON.stringify({ manifest_version: 3, name: 'x', version: '1' }));
    expect(classifyFile({ filename: path.join(root, 'popup/popup.js') })).toMatchObject({ side: 'client', by: 'default', root });
    expect(classifyFile({ filename: path.join(root, 'background.js') }).framework?.id).toBe('browser-extension');
    // A PWA's web manifest has no manifest_version, and says nothing.
    const pwa = path.join(base, 'pwa-site');
    mkdirSync(path.join(pwa, 'public'), { recursive: true });
    writeFileSync(path.join(pwa, 'public/manifest.json'), JSON.stringify({ name: 'x', icons: [] }));
    expect(classifyFile({ filename: path.join(pwa, 'main.js') }).side).toBe('unknown');
    const inPublic = path.join(base, 'webpack-extension');
    mkdirSync(path.join(inPublic, 'public'), { recursive: true });
    writeFileSync(path.join(inPublic, 'package.json'), JSON.stringify({ devDependencies: { webpack: '5.0.0' } }));
    writeFileSync(path.join(inPublic, 'public/manifest.json'), JSON.stringify({ manifest_version: 3 }));
    expect(classifyFile({ filename: path.join(inPublic, 'src/content.ts') })).toMatchObject({ side: 'client', root: inPublic });
  });

  it('ships an Astro framework component only when a page hydrates it with client:*', () => {
    const astro = project('astro-islands', { astro: '5.0.0', react: '19.0.0' });
    mkdirSync(path.join(astro, 'src/pages'), { recursive: true });
    mkdirSync(path.join(astro, 'src/components'), { recursive: true });
    for (const file of ['Chat.tsx', 'Static.tsx', 'Widget.vue', 'Plain.vue']) writeFileSync(path.join(astro, 'src/components', file), '');
    const page = path.join(astro, 'src/pages/index.astro');
    writeFileSync(
      page,
      "---\nimport Chat from '../components/Chat';\nimport Static from '../components/Static.tsx';\nimport Widget from '@/components/Widget.vue';\nimport Plain from '../components/Plain.vue';\n---\n<Chat client:load />\n<Static />\n<Widget title=\"a\" client:visible />\n<Plain />\n",
    );
    const chat = classifyFile({ filename: path.join(astro, 'src/components/Chat.tsx') });
    expect(chat).toMatchObject({ side: 'client', by: 'component' });
    expect(chat.reason).toContain('<Chat client:load> in src/pages/index.astro');
    expect(side(astro, 'src/components/Widget.vue')).toBe('client');
    expect(side(astro, 'src/components/Static.tsx')).toBe('unknown');
    expect(side(astro, 'src/components/Plain.vue')).toBe('server');
    // The cache notices an edited page.
    writeFileSync(page, "---\nimport Static from '../components/Static.tsx';\n---\n<Static client:idle />\n");
    const later = new Date(Date.now() + 5_000);
    utimesSync(page, later, later);
    expect(side(astro, 'src/components/Static.tsx')).toBe('client');
    expect(side(astro, 'src/components/Chat.tsx')).toBe('unknown');
  });
});
