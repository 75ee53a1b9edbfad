/** Every rule file is exported, documented, in `all`, and follows the rule conventions (names, schema, defaults). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '@backend-only/core';
import plugin from '../src/index.js';
import { rules } from '../src/rules/index.js';

const rulesDir = new URL('../src/rules/', import.meta.url);
const docsDir = new URL('../docs/rules/', import.meta.url);
const ruleFiles = readdirSync(rulesDir)
  .filter((file) => file.endsWith('.ts') && file !== 'index.ts')
  .map((file) => file.replace(/\.ts$/, ''));

describe('every rule', () => {
  it('has a file for each export and an export for each file', () => {
    expect(Object.keys(plugin.rules).sort()).toEqual([...ruleFiles].sort());
  });

  it.each(ruleFiles)('%s is in the core catalog, documented and in all', (id) => {
    expect(RULES[id as keyof typeof RULES], 'core catalog/rules.ts').toBeDefined();
    const doc = new URL(`${id}.md`, docsDir);
    expect(existsSync(doc), `docs/rules/${id}.md`).toBe(true);
    const text = readFileSync(doc, 'utf8');
    expect(text).toContain('<!-- end auto-generated rule header -->');
    expect(text).toMatch(/❌/);
    expect(text).toMatch(/✅/);
    expect(plugin.configs.all.rules?.[`backend-only/${id}`]).toBe('error');
  });

  it.each(ruleFiles)('%s has a described, closed schema and default options', (id) => {
    const rule = rules[id as keyof typeof rules];
    expect(rule.meta.docs?.description).toBeTruthy();
    const schema = rule.meta.schema;
    expect(Array.isArray(schema)).toBe(true);
    for (const option of schema as { type?: string; additionalProperties?: boolean; properties?: Record<string, { description?: string }> }[]) {
      if (option.type !== 'object') continue;
      expect(option.additionalProperties, `${id} schema`).toBe(false);
      for (const [key, property] of Object.entries(option.properties ?? {})) expect(property.description, `${id} option ${key}`).toBeTruthy();
    }
    expect(rule.meta.defaultOptions, `${id} meta.defaultOptions`).toBeDefined();
  });
});
