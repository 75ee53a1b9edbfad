import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import plugin from '../src/index.js';
import { rules } from '../src/rules/index.js';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { name: string; version: string };

describe('plugin entry', () => {
  it('has meta from package.json and the backend-only namespace', () => {
    expect(plugin.meta).toEqual({ name: 'eslint-plugin-backend-only', version: pkg.version, namespace: 'backend-only' });
    expect(pkg.name).toBe(plugin.meta.name);
  });

  it('exports every rule under its id', () => {
    expect(plugin.rules).toBe(rules);
    for (const [id, rule] of Object.entries(rules)) {
      expect(rule.name, id).toBe(id);
      expect(rule.meta.docs?.url).toMatch(new RegExp(`/eslint-plugin/docs/rules/${id}\\.md$`));
    }
  });

  it('exports every config by name', () => {
    expect(Object.keys(plugin.configs).sort()).toEqual(
      ['all', 'astro', 'expo', 'next', 'nuxt', 'react-router', 'recommended', 'strict', 'sveltekit', 'vite'].sort(),
    );
  });
});
