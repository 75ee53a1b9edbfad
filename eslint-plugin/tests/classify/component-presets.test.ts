/**
 * The nuxt, sveltekit and astro presets lint their component files with the project's component parser, through
 * the real ESLint class: reported in components that ship, quiet in server code, one message when the parser is
 * missing, and the user's own parser config still wins.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import * as vueParser from 'vue-eslint-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { COMPONENT_PARSERS } from '../../src/configs/component-parser.js';
import plugin from '../../src/index.js';

const repoModules = fileURLToPath(new URL('../../../node_modules/', import.meta.url));
const base = mkdtempSync(path.join(tmpdir(), 'backend-only-components-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

/** A project naming `dependencies`, with `parsers` linked into its node_modules as a package manager would. */
function project(name: string, dependencies: Record<string, string>, parsers: string[]): string {
  const root = path.join(base, name);
  mkdirSync(path.join(root, 'node_modules'), { recursive: true });
  writeFileSync(path.join(root, 'package.json'), JSON.stringify({ name, dependencies }));
  for (const parser of parsers) symlinkSync(path.join(repoModules, parser), path.join(root, 'node_modules', parser), 'dir');
  return root;
}

async function lintFiles(root: string, config: ESLint.Options['overrideConfig'], files: Record<string, string>): Promise<string[]> {
  for (const [file, code] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), code);
  }
  const eslint = new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: config });
  const results = await eslint.lintFiles(Object.keys(files));
  return results.flatMap((r) => r.messages.map((m) => `${path.relative(root, r.filePath)} ${m.line}:${m.column} ${m.ruleId ?? `fatal: ${m.message}`}`)).sort();
}

const LEAKY_VUE = "<script setup lang=\"ts\">\nimport OpenAI from 'openai';\nconst key = import.meta.env.VITE_OPENAI_API_KEY;\n</script>\n<template><p /></template>\n";

describe('component files in the framework presets', () => {
  it('nuxt lints .vue files with the vue-eslint-parser the project has', async () => {
    const root = project('nuxt-app', { nuxt: '4.0.0' }, ['vue-eslint-parser']);
    const reports = await lintFiles(root, [plugin.configs.nuxt], {
      'components/Chat.vue': LEAKY_VUE,
      'server/api/chat.ts': "import OpenAI from 'openai';\nexport const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });\n",
      'pages/index.vue': '<script setup>\nconst title = "hi";\n</script>\n<template><h1>{{ title }}</h1></template>\n',
    });
    expect(reports).toEqual(['components/Chat.vue 2:1 backend-only/no-client-ai-sdk', 'components/Chat.vue 3:13 backend-only/no-public-secret-env']);
  });

  it('sveltekit lints .svelte files, astro lints .astro frontmatter as server code', async () => {
    const kit = project('kit-app', { '@sveltejs/kit': '2.0.0' }, ['svelte-eslint-parser', 'svelte']);
    const page = "<script lang=\"ts\">\n  import Anthropic from '@anthropic-ai/sdk';\n</script>\n<p>hi</p>\n";
    expect(await lintFiles(kit, [plugin.configs.sveltekit], { 'src/routes/+page.svelte': page })).toEqual(['src/routes/+page.svelte 2:3 backend-only/no-client-ai-sdk']);
    const astro = project('astro-app', { astro: '5.0.0' }, ['astro-eslint-parser']);
    const frontmatter = "---\nimport OpenAI from 'openai';\nconst openai = new OpenAI({ apiKey: import.meta.env.OPENAI_API_KEY });\n---\n<p>hi</p>\n";
    expect(await lintFiles(astro, [plugin.configs.astro], { 'src/pages/index.astro': frontmatter })).toEqual([]);
    const publicKey = frontmatter.replace('import.meta.env.OPENAI_API_KEY', 'import.meta.env.PUBLIC_OPENAI_API_KEY');
    expect(await lintFiles(astro, [plugin.configs.astro], { 'src/pages/index.astro': publicKey })).toEqual(['src/pages/index.astro 3:37 backend-only/no-public-secret-env']);
  });

  it('names the missing parser once instead of failing every component', async () => {
    // The repository itself has vue-eslint-parser, so point the preset at a package no install has.
    const vue = COMPONENT_PARSERS['.vue'] as { module: string };
    const real = vue.module;
    vue.module = 'vue-eslint-parser-missing';
    try {
      const root = project('nuxt-without-parser', { nuxt: '4.0.0' }, []);
      const reports = await lintFiles(root, [plugin.configs.nuxt], { 'components/A.vue': LEAKY_VUE, 'components/B.vue': LEAKY_VUE, 'utils/ai.ts': "import OpenAI from 'openai';\n" });
      // One message for the two components (on whichever ESLint parses first), and the script file still linted.
      expect(reports).toHaveLength(2);
      expect(reports[0]).toMatch(/^components\/[AB]\.vue .* fatal: Parsing error: backend-only: \.vue files need vue-eslint-parser-missing, which this project does not have: npm install --save-dev/);
      expect(reports[1]).toBe('utils/ai.ts 1:1 backend-only/no-client-ai-sdk');
    } finally {
      vue.module = real;
    }
  });

  it("keeps the user's own parser config for component files", async () => {
    const root = project('nuxt-own-parser', { nuxt: '4.0.0' }, []);
    const own = { files: ['**/*.vue'], languageOptions: { parser: vueParser } };
    expect(await lintFiles(root, [own, plugin.configs.nuxt], { 'components/Chat.vue': LEAKY_VUE })).toEqual([
      'components/Chat.vue 2:1 backend-only/no-client-ai-sdk',
      'components/Chat.vue 3:13 backend-only/no-public-secret-env',
    ]);
  });

  it('recommended plus one line lints Vue in a Vite app', async () => {
    const root = project('vite-vue', { vite: '7.0.0', vue: '3.5.0' }, ['vue-eslint-parser']);
    const vue = { ...plugin.configs.recommended, name: 'backend-only/vue', files: ['**/*.vue'] };
    expect(await lintFiles(root, [plugin.configs.recommended, vue], { 'src/components/Chat.vue': LEAKY_VUE })).toEqual([
      'src/components/Chat.vue 2:1 backend-only/no-client-ai-sdk',
      'src/components/Chat.vue 3:13 backend-only/no-public-secret-env',
    ]);
  });
});
