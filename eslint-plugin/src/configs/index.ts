/**
 * Flat configs, built once the plugin object exists (each lists the plugin under `plugins`).
 * Each config is one object, so `export default [backendOnly.configs.recommended]` works: ESLint's flat config
 * array does not accept nested arrays. It parses script files with typescript-eslint's parser (JSX on), so a
 * TypeScript or JSX app needs no other setup; the nuxt, sveltekit and astro presets also cover their component
 * files, parsed with the component parser the project has installed (component-parser.ts).
 */
import type { ESLint, Linter } from 'eslint';
import * as tsParser from '@typescript-eslint/parser';
import { RULES, type FrameworkId, type LintRuleId } from '@backend-only/core';
import type { BackendOnlyDocs } from '../util/create-rule.js';
import { presetParser } from './component-parser.js';

export type FrameworkPreset = Extract<FrameworkId, 'next' | 'vite' | 'react-router' | 'sveltekit' | 'nuxt' | 'astro' | 'expo'>;
export type ConfigName = 'recommended' | 'strict' | 'all' | FrameworkPreset;
/** ESLint's own config type, so `defineConfig([backendOnly.configs.recommended])` type-checks in eslint.config.ts. */
export type FlatConfig = Linter.Config;

/** JavaScript and TypeScript files (with `Page.astro/0_0.ts`, eslint-plugin-astro's virtual <script> files). */
export const SCRIPT_FILES = ['**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}'];
export const FRAMEWORK_PRESETS: readonly FrameworkPreset[] = ['next', 'vite', 'react-router', 'sveltekit', 'nuxt', 'astro', 'expo'];
/** The component files a framework preset lints too (their <script>, or an .astro file's frontmatter). */
export const PRESET_COMPONENT_FILES: Partial<Record<FrameworkPreset, readonly string[]>> = {
  nuxt: ['**/*.vue'],
  sveltekit: ['**/*.svelte'],
  astro: ['**/*.astro'],
};

interface RulesWithDocs {
  rules: Record<string, { meta: { docs?: BackendOnlyDocs } }>;
}

/** The configs of `plugin`, from the docs metadata of `source`'s rules (the same rules, typed with our docs). */
export function buildConfigs(source: RulesWithDocs, plugin: ESLint.Plugin): Record<ConfigName, FlatConfig> {
  const ruleIds = Object.keys(source.rules) as LintRuleId[];
  const docsOf = (id: LintRuleId) => source.rules[id]?.meta.docs;
  // recommended uses each rule's default severity from the core catalog (the Action and the CLI use it too).
  const catalogLevel = (id: LintRuleId): Linter.RuleSeverity => (RULES[id].defaultSeverity === 'error' ? 'error' : 'warn');
  const ruleSet = (ids: LintRuleId[], level: (id: LintRuleId) => Linter.RuleSeverity) =>
    Object.fromEntries(ids.map((id) => [`backend-only/${id}`, level(id)]));

  const recommendedRules = ruleSet(ruleIds.filter((id) => docsOf(id)?.recommended), catalogLevel);
  const strictRules = ruleSet(ruleIds.filter((id) => docsOf(id)?.recommended || docsOf(id)?.strict), () => 'error');
  const allRules = ruleSet(ruleIds, () => 'error');

  const config = (name: string, rules: FlatConfig['rules'], framework?: FrameworkPreset): FlatConfig => ({
    name: `backend-only/${name}`,
    files: [...SCRIPT_FILES, ...(framework ? (PRESET_COMPONENT_FILES[framework] ?? []) : [])],
    plugins: { 'backend-only': plugin },
    // `parserOptions.parser`: the script parser component parsers delegate to; the import walk reads plain
    // dependencies with it too (typescript-eslint's, so the walk keeps its TypeScript fast path).
    languageOptions: { parser: presetParser, parserOptions: { ecmaFeatures: { jsx: true }, parser: tsParser as Linter.Parser } },
    rules,
    ...(framework ? { settings: { 'backend-only': { framework } } } : {}),
  });

  return {
    recommended: config('recommended', recommendedRules),
    strict: config('strict', strictRules),
    all: config('all', allRules),
    ...(Object.fromEntries(FRAMEWORK_PRESETS.map((framework) => [framework, config(framework, recommendedRules, framework)])) as Record<FrameworkPreset, FlatConfig>),
  };
}
