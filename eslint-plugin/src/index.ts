import { createRequire } from 'node:module';
import type { ESLint, Linter } from 'eslint';
import { buildConfigs, type ConfigName, type FlatConfig } from './configs/index.js';
import { rules } from './rules/index.js';

const require = createRequire(import.meta.url);
const pkg = require('../package.json') as { name: string; version: string };

/** The plugin, typed with ESLint's own types so `plugins: { 'backend-only': backendOnly }` type-checks in eslint.config.ts. */
export interface BackendOnlyPlugin extends ESLint.Plugin {
  meta: { name: string; version: string; namespace: 'backend-only' };
  rules: NonNullable<ESLint.Plugin['rules']>;
  configs: Record<ConfigName, Linter.Config>;
}

const plugin: BackendOnlyPlugin = {
  meta: { name: pkg.name, version: pkg.version, namespace: 'backend-only' },
  // typescript-eslint's rule types still carry context methods ESLint 10's types dropped; the objects are the same.
  rules: rules as unknown as BackendOnlyPlugin['rules'],
  // Filled below: the configs list the plugin itself under `plugins`.
  configs: {} as Record<ConfigName, FlatConfig>,
};

Object.assign(plugin.configs, buildConfigs({ rules }, plugin));

// Only a default export: tools that require() the ESM entry (eslint-doc-generator) then see the plugin itself.
export default plugin;
export type { ConfigName, FlatConfig };
