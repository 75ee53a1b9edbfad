import { Linter } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import { describe, expect, it } from 'vitest';
import { getEnvReads } from '../../src/util/env-reads.js';

/** A probe rule that reports every env read as `source|form|name`, so the test can compare lists. */
const probe = {
  meta: { type: 'problem' as const, schema: [], messages: { read: '{{what}}' } },
  create(context: Parameters<typeof getEnvReads>[0]) {
    return {
      Program() {
        for (const read of getEnvReads(context)) {
          context.report({ node: read.node, messageId: 'read', data: { what: `${read.source}|${read.form}|${read.name ?? '?'}` } });
        }
      },
    };
  },
};

function readsIn(code: string, options: { nodeGlobals?: boolean } = {}): string[] {
  const linter = new Linter();
  const messages = linter.verify(code, [
    {
      files: ['**/*.ts'],
      languageOptions: { parser: tsParser, globals: options.nodeGlobals ? { process: 'readonly' as const } : {} },
      plugins: { probe: { rules: { probe: probe as never } } },
      rules: { 'probe/probe': 'error' },
    },
  ], 'file.ts');
  return messages.map((m) => (m.ruleId ? m.message : `fatal: ${m.message}`));
}

describe('getEnvReads', () => {
  it('finds process.env member, computed and optional reads', () => {
    expect(readsIn("process.env.A; process.env['B']; process.env[`C`]; process.env?.D; (process.env as any).E; process.env[key];")).toEqual([
      'process.env|member|A',
      'process.env|computed|B',
      'process.env|computed|C',
      'process.env|member|D',
      'process.env|member|E',
      'process.env|computed|?',
    ]);
  });

  it('resolves process through globals.node as well as unresolved', () => {
    expect(readsIn('process.env.A', { nodeGlobals: true })).toEqual(['process.env|member|A']);
  });

  it('ignores a local variable named process', () => {
    expect(readsIn('function f(process: any) { return process.env.A } const g = () => { const process = {env: {}}; return process.env.B }')).toEqual([]);
  });

  it('finds destructuring from process.env and import.meta.env, with renames, defaults and assignments', () => {
    expect(readsIn("const { A, B: b = '', ['C']: c, ...rest } = process.env; let d; ({ D: d } = import.meta.env);")).toEqual([
      'process.env|destructure|A',
      'process.env|destructure|B',
      'process.env|destructure|C',
      'import.meta.env|destructure|D',
    ]);
  });

  it('finds import.meta.env reads', () => {
    expect(readsIn("const a = import.meta.env.VITE_A; const b = import.meta.env['VITE_B']; import.meta.url;")).toEqual([
      'import.meta.env|member|VITE_A',
      'import.meta.env|computed|VITE_B',
    ]);
  });

  it('finds SvelteKit $env imports and dynamic env reads', () => {
    const code = [
      "import { PUBLIC_A, PUBLIC_B as b } from '$env/static/public';",
      "import { SECRET } from '$env/static/private';",
      "import type { T } from '$env/static/public';",
      "import { env } from '$env/dynamic/public';",
      "import { env as priv } from '$env/dynamic/private';",
      "env.PUBLIC_C; priv['D']; const { PUBLIC_E } = env;",
    ].join('\n');
    expect(readsIn(code)).toEqual([
      '$env/static/public|import|PUBLIC_A',
      '$env/static/public|import|PUBLIC_B',
      '$env/static/private|import|SECRET',
      '$env/dynamic/public|member|PUBLIC_C',
      '$env/dynamic/private|computed|D',
      '$env/dynamic/public|destructure|PUBLIC_E',
    ]);
  });

  it('computes the reads once per file for every rule that asks', () => {
    let calls = 0;
    let first: unknown;
    const rule = {
      meta: { type: 'problem' as const, schema: [] },
      create(context: Parameters<typeof getEnvReads>[0]) {
        return {
          Program() {
            const reads = getEnvReads(context);
            if (first === undefined) first = reads;
            else if (first === reads) calls += 1;
          },
        };
      },
    };
    new Linter().verify('process.env.A', [
      { files: ['**/*.ts'], languageOptions: { parser: tsParser }, plugins: { p: { rules: { a: rule as never, b: rule as never } } }, rules: { 'p/a': 'error', 'p/b': 'error' } },
    ], 'file.ts');
    expect(calls).toBe(1);
  });
});
