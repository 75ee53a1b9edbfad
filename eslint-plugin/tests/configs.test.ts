import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ESLint } from 'eslint';
import * as tsParser from '@typescript-eslint/parser';
import * as vueParser from 'vue-eslint-parser';
import { describe, expect, it, vi } from 'vitest';
import plugin from '../src/index.js';

const ruleIds = Object.keys(plugin.rules).map((id) => `backend-only/${id}`);

describe('configs', () => {
  it('gives every config a name, the plugin, script files and the parser', () => {
    for (const [name, config] of Object.entries(plugin.configs)) {
      expect(config.name, name).toBe(`backend-only/${name}`);
      expect(config.plugins?.['backend-only'], name).toBe(plugin);
      const components = { nuxt: ['**/*.vue'], sveltekit: ['**/*.svelte'], astro: ['**/*.astro'] }[name] ?? [];
      expect(config.files, name).toEqual(['**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}', ...components]);
      expect(config.languageOptions?.parser, name).toBeDefined();
    }
  });

  it("hands typescript-eslint's parser to component parsers and to the import walk, and works with --cache", async () => {
    // The walk reads plain dependencies with parserOptions.parser: typescript-eslint's keeps its TypeScript fast path.
    const parserOptions = plugin.configs.recommended.languageOptions?.parserOptions as { parser?: { meta?: { name?: string } } };
    expect(parserOptions.parser?.meta?.name).toBe('typescript-eslint/parser');
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'backend-only-cache-'));
    try {
      writeFileSync(path.join(cacheDir, 'Chat.tsx'), "'use client';\nimport OpenAI from 'openai';\n");
      for (let run = 0; run < 2; run++) {
        const eslint = new ESLint({ cwd: cacheDir, overrideConfigFile: true, overrideConfig: [plugin.configs.next], cache: true, cacheLocation: path.join(cacheDir, 'cache') });
        const [result] = await eslint.lintFiles(['Chat.tsx']);
        expect(result?.messages.map((m) => m.ruleId), `run ${run}`).toEqual(['backend-only/no-client-ai-sdk']);
      }
    } finally {
      rmSync(cacheDir, { recursive: true, force: true });
    }
  });

  it('recommended turns on every rule, no-client-ai-api-call and weak-rate-limit as warnings', () => {
    const rules = plugin.configs.recommended.rules ?? {};
    expect(Object.keys(rules).sort()).toEqual([...ruleIds].sort());
    for (const [id, level] of Object.entries(rules)) expect(level, id).toBe(['backend-only/no-client-ai-api-call', 'backend-only/weak-rate-limit'].includes(id) ? 'warn' : 'error');
  });

  it('strict and all make every rule an error', () => {
    for (const name of ['strict', 'all'] as const) {
      const rules = plugin.configs[name].rules ?? {};
      expect(Object.keys(rules).sort(), name).toEqual([...ruleIds].sort());
      expect(new Set(Object.values(rules)), name).toEqual(new Set(['error']));
    }
  });

  it('framework presets are recommended with the framework set', () => {
    for (const framework of ['next', 'vite', 'react-router', 'sveltekit', 'nuxt', 'astro', 'expo'] as const) {
      const config = plugin.configs[framework];
      expect(config.rules, framework).toEqual(plugin.configs.recommended.rules);
      expect(config.settings, framework).toEqual({ 'backend-only': { framework } });
    }
  });

  it('works as the whole config of the real ESLint, as the README shows', async () => {
    const eslint = new ESLint({ overrideConfigFile: true, overrideConfig: [plugin.configs.next], cwd: process.cwd() });
    const [result] = await eslint.lintText("'use client';\nimport OpenAI from 'openai';\nexport const C = () => <div />;\n", { filePath: 'app/chat/Chat.tsx' });
    expect(result?.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`)).toEqual(['2:1 backend-only/no-client-ai-sdk']);
  });

  it('lints Vue components with the README recipe', async () => {
    const vueConfig = { ...plugin.configs.nuxt, name: 'backend-only/nuxt/vue', files: ['**/*.vue'], languageOptions: { parser: vueParser, parserOptions: { parser: tsParser } } };
    const eslint = new ESLint({ overrideConfigFile: true, overrideConfig: [plugin.configs.nuxt, vueConfig] });
    const [result] = await eslint.lintText('<script setup lang="ts">\nimport OpenAI from \'openai\';\n</script>\n<template><p /></template>\n', { filePath: 'components/Chat.vue' });
    expect(result?.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`)).toEqual(['2:1 backend-only/no-client-ai-sdk']);
  });

  it('stops with a clear error on a misspelt setting', async () => {
    const eslint = new ESLint({
      overrideConfigFile: true,
      overrideConfig: [plugin.configs.recommended, { settings: { 'backend-only': { framework: 'nextjs' } } }],
    });
    await expect(eslint.lintText('const a = 1;', { filePath: 'src/a.ts' })).rejects.toThrow(/settings\['backend-only'\]\.framework: unknown framework "nextjs"; expected one of next, /);
  });

  it('names a broken package.json once and goes on', async () => {
    const project = mkdtempSync(path.join(tmpdir(), 'backend-only-broken-'));
    try {
      writeFileSync(path.join(project, 'package.json'), '{ "dependencies": ');
      mkdirSync(path.join(project, 'src'));
      const warn = vi.spyOn(process, 'emitWarning').mockImplementation(() => {});
      const eslint = new ESLint({ cwd: project, overrideConfigFile: true, overrideConfig: [plugin.configs.recommended] });
      const code = "'use client';\nimport OpenAI from 'openai';\n";
      for (const file of ['src/a.ts', 'src/b.ts']) {
        const [result] = await eslint.lintText(code, { filePath: path.join(project, file) });
        expect(result?.messages.map((m) => m.ruleId)).toEqual(['backend-only/no-client-ai-sdk']);
      }
      const warnings = warn.mock.calls.map(([message]) => String(message)).filter((message) => message.includes(project));
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toContain(`${path.join(project, 'package.json')}: cannot read dependencies`);
      warn.mockRestore();
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  });
});
