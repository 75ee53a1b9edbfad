import { createRequire } from 'node:module';
import { buildConfigs, type ConfigName, type FlatConfig } from './configs/index.js';
import { rules } from './rules/index.js';

const require = createRequire(import.meta.url);
const pkg = require('../package.json') as { name: string; version: string };

const plugin = {
  meta: { name: pkg.name, version: pkg.version, namespace: 'backend-only' },
  rules,
  // Filled below: the configs list the plugin itself under `plugins`.
  configs: {} as Record<ConfigName, FlatConfig>,
};

Object.assign(plugin.configs, buildConfigs(plugin));

// Only a default export: tools that require() the ESM entry (eslint-doc-generator) then see the plugin itself.
export default plugin;
export type { ConfigName, FlatConfig };
