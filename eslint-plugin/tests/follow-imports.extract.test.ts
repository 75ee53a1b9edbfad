/**
 * The two ways the walk reads a dependency agree: ESTree (any configured parser, module-facts.ts) and the
 * TypeScript fast path (typescript-facts.ts), on each import and env-read form and on every fixture file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import tsParser from '@typescript-eslint/parser';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { dependencyFacts, type AstNode, type DependencyFacts, type VisitorKeys } from '../src/util/import-graph/module-facts.js';
import { typescriptFacts } from '../src/util/import-graph/typescript-facts.js';

function viaEstree(file: string, code: string): DependencyFacts {
  const { ast, visitorKeys } = tsParser.parseForESLint(code, { filePath: file, range: true, loc: true });
  return dependencyFacts(ast as unknown as AstNode, visitorKeys as VisitorKeys);
}

/** Both readers; the test fails unless they agree. */
function facts(code: string, file = '/project/src/module.tsx') {
  const estree = viaEstree(file, code);
  expect(typescriptFacts(ts, file, code)).toEqual(estree);
  return { specifiers: estree.specifiers, env: estree.secretEnvReads.map((read) => read.name), useServer: estree.useServer };
}

describe('reading a module', () => {
  it('collects value imports in every form, once each', () => {
    const code = [
      "import OpenAI from 'openai';",
      "import './side-effect';",
      "import * as all from './all';",
      "export { a } from './reexport';",
      "export * from './barrel';",
      "export * as ns from './namespace';",
      "import legacy = require('./legacy');",
      "const cjs = require('./cjs');",
      'const tpl = require(`./template`);',
      "const lazy = () => import('./lazy');",
      "const again = () => import('openai');",
    ].join('\n');
    expect(facts(code).specifiers).toEqual([
      'openai', './side-effect', './all', './reexport', './barrel', './namespace', './legacy', './cjs', './template', './lazy',
    ]);
  });

  it('skips type-only forms and computed specifiers', () => {
    const code = [
      "import type { A } from './type-only';",
      "import { type B, type C } from './inline-types';",
      "export type { D } from './export-type';",
      "export type * from './export-type-star';",
      "export { type E } from './export-inline-type';",
      "import type F = require('./import-equals-type');",
      'const name = "./x";',
      'const dynamic = () => import(name);',
      'const computed = require(`./${name}`);',
      'const twoArgs = require("./a", "./b");',
      "import { type G, H } from './mixed';",
    ].join('\n');
    expect(facts(code, '/project/src/module.ts').specifiers).toEqual(['./mixed']);
  });

  it('collects server-only secret env names read through process.env, in each form', () => {
    const code = [
      'const a = process.env.OPENAI_API_KEY;',
      "const b = process.env['ANTHROPIC_API_KEY'];",
      'const c = process.env?.GROQ_API_KEY;',
      'const { STRIPE_SECRET_KEY, DATABASE_PASSWORD: password, ...rest } = process.env;',
      // Public by prefix (no-public-secret-env's concern), not secret, or not from process.env: none of these.
      'const d = process.env.NEXT_PUBLIC_OPENAI_API_KEY;',
      'const e = process.env.NODE_ENV;',
      'const f = import.meta.env.VITE_SITE_URL;',
      'const g = other.env.OPENAI_API_KEY;',
      'const h = process.env[name];',
    ].join('\n');
    expect(facts(code, '/project/src/module.ts').env).toEqual(['OPENAI_API_KEY', 'ANTHROPIC_API_KEY', 'GROQ_API_KEY', 'STRIPE_SECRET_KEY', 'DATABASE_PASSWORD']);
  });

  it("finds 'use server' in the prologue only", () => {
    expect(facts("'use server';\nexport async function send() {}").useServer).toBe(true);
    expect(facts("'use strict';\n'use server';\nexport async function send() {}").useServer).toBe(true);
    expect(facts("export async function send() {\n  'use server';\n}").useServer).toBe(false);
    expect(facts("import x from './x';\n'use server';").useServer).toBe(false);
  });

  it('leaves out imports whose names are used only as types, keeping those used as values and those never used', () => {
    const code = [
      "import { ChatCompletion } from './annotation';",
      "import { Client } from './typeof';",
      "import { Base } from './implements';",
      "import { Parent } from './extends';",
      "import { Used, Only } from './mixed-use';",
      "import { Never } from './never-used';",
      "import { Jsx } from './jsx';",
      "import { Member } from './member';",
      'let a: ChatCompletion;',
      'type T = typeof Client;',
      'interface I extends Base {}',
      'class K extends Parent implements Base {}',
      'const u: Only = Used;',
      'const j = <Jsx />;',
      // Names in property positions are not uses: Member is used only as a type.
      'let mm: Member;',
      'const m = { Member: 1 }.Member;',
    ].join('\n');
    expect(facts(code).specifiers).toEqual(['./extends', './mixed-use', './never-used', './jsx']);
  });

  it('skips env reads inside a t3-env createEnv() schema, and keeps the rest', () => {
    const code = [
      "import { createEnv } from '@t3-oss/env-nextjs';",
      'export const env = createEnv({ server: { OPENAI_API_KEY: 1 }, runtimeEnv: { OPENAI_API_KEY: process.env.OPENAI_API_KEY } });',
      'export const other = process.env.ANTHROPIC_API_KEY;',
    ].join('\n');
    expect(facts(code).env).toEqual(['ANTHROPIC_API_KEY']);
  });

  it('keeps directives, static imports (type-only too) and top-level constants that spell a provider URL', () => {
    const code = [
      "'use client';",
      "import type { A } from 'server-only';",
      "import './side';",
      "export const OPENAI_URL = 'https://api.openai.com/v1';",
      "const LOCAL = 'https://example.org';",
      'let notConst = `https://api.anthropic.com`;',
    ].join('\n');
    const estree = viaEstree('/project/src/module.ts', code);
    expect(typescriptFacts(ts, '/project/src/module.ts', code)).toEqual(estree);
    expect(estree.directives).toEqual(['use client']);
    expect(estree.staticImports).toEqual(['server-only', './side']);
    expect(estree.apiUrlConstants).toEqual({ OPENAI_URL: 'https://api.openai.com/v1' });
  });

  it('the fast path reports a syntax error as unreadable, as the configured parser would throw', () => {
    const code = "import OpenAI from 'openai';\nexport const broken = (";
    expect(() => viaEstree('/project/src/broken.ts', code)).toThrow();
    expect(typescriptFacts(ts, '/project/src/broken.ts', code)).toBeUndefined();
  });

  it('agrees on every fixture file', () => {
    const root = fileURLToPath(new URL('./fixtures/import-graph/', import.meta.url));
    const files = (fs.readdirSync(root, { recursive: true }) as string[]).filter((f) => /\.(?:ts|tsx)$/.test(f) && !f.endsWith('broken.ts'));
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const absolute = path.join(root, file);
      facts(fs.readFileSync(absolute, 'utf8'), absolute);
    }
  });
});
