/**
 * The import walk on real on-disk projects, through the real ESLint class (ESLint 10 and 9) with a tiny rule
 * that reports every leak findImportedLeaks returns. Each fixture is copied to a temporary folder and given the
 * node_modules a package manager would create (pnpm's layout: symlinks into node_modules/.pnpm).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import tsParser from '@typescript-eslint/parser';
import { ESLint as ESLint10 } from 'eslint';
import { ESLint as ESLint9 } from 'eslint-v9';
import * as svelteParser from 'svelte-eslint-parser';
import * as vueParser from 'vue-eslint-parser';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { clearImportGraphCaches, DEFAULT_FOLLOW_IMPORTS, findImportedLeaks, type FollowImportsOptions, type ImportedLeak } from '../src/util/follow-imports.js';
import { GENERATION_IDLE_MS } from '../src/util/import-graph/module-cache.js';

const FIXTURES = fileURLToPath(new URL('./fixtures/import-graph/', import.meta.url));

/** Reports each leak as `kind provider: chain (envName)` on the import it starts from. */
const walkRule = {
  meta: {
    type: 'problem' as const,
    schema: [
      {
        type: 'object',
        properties: { followImports: { type: 'boolean' }, maxDepth: { type: 'integer' } },
        additionalProperties: false,
      },
    ],
    messages: { leak: '{{text}}' },
  },
  create(context: Parameters<typeof findImportedLeaks>[0]) {
    return {
      'Program:exit'(program: Parameters<typeof findImportedLeaks>[1]) {
        const options = { ...DEFAULT_FOLLOW_IMPORTS, ...(context.options[0] as Partial<FollowImportsOptions> | undefined) };
        for (const leak of findImportedLeaks(context, program, options)) {
          context.report({ node: leak.node, messageId: 'leak', data: { text: describeLeak(leak) } });
        }
      },
    };
  },
};

function describeLeak(leak: ImportedLeak): string {
  const env = leak.envName ? ` (${leak.envName})` : '';
  return `${leak.kind} ${leak.provider?.id ?? '-'}: ${leak.chain.join(' → ')}${env}`;
}

/** Copies a fixture into a fresh temporary folder; returns its path. */
function copyFixture(name: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `walk-${name}-`));
  fs.cpSync(path.join(FIXTURES, name), dir, { recursive: true });
  return dir;
}

/** Installs a stub package the way pnpm does: files in node_modules/.pnpm, a symlink where Node looks. */
function installPackage(projectDir: string, linkDir: string, name: string): void {
  const store = path.join(projectDir, 'node_modules/.pnpm', `${name.replace('/', '+')}@1.0.0/node_modules`, name);
  fs.mkdirSync(store, { recursive: true });
  fs.writeFileSync(path.join(store, 'package.json'), JSON.stringify({ name, version: '1.0.0', main: 'index.js' }));
  fs.writeFileSync(path.join(store, 'index.js'), 'module.exports = {};\n');
  linkPackage(path.join(projectDir, linkDir), name, store);
}

/** Links `target` as node_modules/<name> inside `fromDir`, as pnpm links workspace packages. */
function linkPackage(fromDir: string, name: string, target: string): void {
  const link = path.join(fromDir, 'node_modules', name);
  fs.mkdirSync(path.dirname(link), { recursive: true });
  fs.symlinkSync(path.relative(path.dirname(link), target), link, 'dir');
}

/** The two leaks of src/lib/ai.ts (the OpenAI SDK, OPENAI_API_KEY), reached from `entry` through `middle`. */
function OPENAI_VIA_AI(entry: string, ...middle: string[]): string[] {
  const chain = [entry, ...middle, 'src/lib/ai.ts'].join(' → ');
  return [`sdk openai: ${chain} → openai`, `env openai: ${chain} (OPENAI_API_KEY)`];
}

type ESLintClass = typeof ESLint10 | typeof ESLint9;

/** typescript-eslint's parser, or the same parser hidden behind a plain object: the walk's generic parseForESLint() path. */
const PARSERS: [string, unknown][] = [
  ["typescript-eslint's parser (TypeScript fast path)", tsParser],
  ['a parser known only by parseForESLint()', { parseForESLint: tsParser.parseForESLint }],
];

function makeLinter(ESLint: ESLintClass, cwd: string, options: Partial<FollowImportsOptions> = {}, parser: unknown = tsParser) {
  const plugins = { walk: { rules: { leaks: walkRule } } };
  return new ESLint({
    cwd,
    overrideConfigFile: true,
    overrideConfig: [
      { files: ['**/*.{ts,tsx}'], languageOptions: { parser } },
      { files: ['**/*.vue'], languageOptions: { parser: vueParser, parserOptions: { parser } } },
      { files: ['**/*.svelte'], languageOptions: { parser: svelteParser, parserOptions: { parser } } },
      // .js and .cjs files keep ESLint's default parser (espree, which has parse() and no parseForESLint()).
      { files: ['**/*.{js,cjs,ts,tsx,vue,svelte}'], plugins, rules: { 'walk/leaks': ['error', options] } },
    ],
  } as ConstructorParameters<typeof ESLint10>[0]);
}

/** Lints one file; returns `line: message` per report, and fails on fatal parse errors of the linted file. */
async function lint(linter: ESLint10 | ESLint9, file: string): Promise<string[]> {
  const [result] = await linter.lintFiles([file]);
  expect(result?.messages.filter((m) => m.fatal)).toEqual([]);
  return (result?.messages ?? []).map((m) => `${m.line}: ${m.message}`);
}

const ESLINTS: [string, ESLintClass][] = [
  ['ESLint 10', ESLint10],
  ['ESLint 9', ESLint9],
];
const COMBINATIONS = ESLINTS.flatMap(([version, ESLint]) => PARSERS.map(([parserName, parser]) => [version, ESLint, parserName, parser] as const));

describe.each(COMBINATIONS)('findImportedLeaks through %s with %s', (_version, ESLint, _parserName, parser) => {
  let app: string;
  let monorepo: string;

  beforeAll(() => {
    app = copyFixture('app');
    installPackage(app, '.', 'openai');
    installPackage(app, '.', 'server-only');
    // groq-sdk stays uninstalled: an SDK named by a bare specifier is a leak before `pnpm install` too.
    monorepo = copyFixture('monorepo');
    installPackage(monorepo, 'packages/ai', '@anthropic-ai/sdk');
    linkPackage(path.join(monorepo, 'apps/web'), '@acme/ai', path.join(monorepo, 'packages/ai'));
  });
  afterAll(() => {
    fs.rmSync(app, { recursive: true, force: true });
    fs.rmSync(monorepo, { recursive: true, force: true });
  });
  beforeEach(() => clearImportGraphCaches());

  it('reports a depth-1 chain: the SDK import and the secret env read, on the import', async () => {
    const reports = await lint(makeLinter(ESLint, app, {}, parser), 'src/entries/depth1.tsx');
    expect(reports).toEqual(OPENAI_VIA_AI('src/entries/depth1.tsx').map((m) => `2: ${m}`));
  });

  it('reports depth-2 and depth-3 chains, and ignores public env names on the way', async () => {
    const linter = makeLinter(ESLint, app, {}, parser);
    expect(await lint(linter, 'src/entries/depth2.tsx')).toEqual(
      OPENAI_VIA_AI('src/entries/depth2.tsx', 'src/lib/chat-service.ts').map((m) => `2: ${m}`),
    );
    // depth3.tsx also imports format.ts directly (NEXT_PUBLIC_SITE_URL, NODE_ENV): nothing to report there.
    expect(await lint(linter, 'src/entries/depth3.tsx')).toEqual(
      OPENAI_VIA_AI('src/entries/depth3.tsx', 'src/features/assistant.ts', 'src/lib/chat-service.ts').map((m) => `3: ${m}`),
    );
  });

  it('stops at maxDepth, and walks nothing with followImports: false', async () => {
    expect(await lint(makeLinter(ESLint, app, { maxDepth: 2 }, parser), 'src/entries/depth3.tsx')).toEqual([]);
    expect(await lint(makeLinter(ESLint, app, { maxDepth: 3 }, parser), 'src/entries/depth3.tsx')).toHaveLength(2);
    expect(await lint(makeLinter(ESLint, app, { followImports: false }, parser), 'src/entries/depth1.tsx')).toEqual([]);
  });

  it('resolves a tsconfig paths alias and a package.json imports entry with the browser condition', async () => {
    const linter = makeLinter(ESLint, app, {}, parser);
    expect(await lint(linter, 'src/entries/alias.tsx')).toEqual(OPENAI_VIA_AI('src/entries/alias.tsx').map((m) => `2: ${m}`));
    expect(await lint(linter, 'src/entries/subpath-import.tsx')).toEqual(
      OPENAI_VIA_AI('src/entries/subpath-import.tsx').map((m) => `2: ${m}`),
    );
  });

  it('follows a barrel file (export * from)', async () => {
    expect(await lint(makeLinter(ESLint, app, {}, parser), 'src/entries/barrel.tsx')).toEqual(
      OPENAI_VIA_AI('src/entries/barrel.tsx', 'src/lib/index.ts').map((m) => `2: ${m}`),
    );
  });

  it('follows import() and require(), and parses dependencies with espree when that is the configured parser', async () => {
    const linter = makeLinter(ESLint, app, {}, parser);
    expect(await lint(linter, 'src/entries/dynamic.tsx')).toEqual(OPENAI_VIA_AI('src/entries/dynamic.tsx').map((m) => `4: ${m}`));
    expect(await lint(linter, 'src/legacy/page.js')).toEqual([
      '2: sdk openai: src/legacy/page.js → src/legacy/widget.js → src/legacy/ai.cjs → openai',
      '2: env openai: src/legacy/page.js → src/legacy/widget.js → src/legacy/ai.cjs (OPENAI_API_KEY)',
    ]);
  });

  it('terminates on a cycle and reports the leak inside it once', async () => {
    expect(await lint(makeLinter(ESLint, app, {}, parser), 'src/entries/cycle.tsx')).toEqual([
      '2: env anthropic: src/entries/cycle.tsx → src/cycle/a.ts → src/cycle/b.ts (ANTHROPIC_API_KEY)',
    ]);
  });

  it("stops at a 'use server' module: calling a Server Action from the client is the right pattern", async () => {
    expect(await lint(makeLinter(ESLint, app, {}, parser), 'src/entries/server-action.tsx')).toEqual([]);
  });

  it('skips import type, inline type-only imports and export type', async () => {
    expect(await lint(makeLinter(ESLint, app, {}, parser), 'src/entries/type-only.tsx')).toEqual([]);
  });

  it('skips unresolvable imports, non-JS files and dependencies that fail to parse, without a crash', async () => {
    expect(await lint(makeLinter(ESLint, app, {}, parser), 'src/entries/unresolvable.tsx')).toEqual([]);
  });

  it("stops at a module that imports 'server-only': the build fails before anything it holds reaches a browser", async () => {
    expect(await lint(makeLinter(ESLint, app, {}, parser), 'src/entries/server-only.tsx')).toEqual([]);
  });

  it('walks from single-file components, parsing their plain-script imports with the delegate parser', async () => {
    const linter = makeLinter(ESLint, app, {}, parser);
    expect(await lint(linter, 'src/entries/Chat.vue')).toEqual(OPENAI_VIA_AI('src/entries/Chat.vue').map((m) => `3: ${m}`));
    expect(await lint(linter, 'src/entries/Chat.svelte')).toEqual(
      OPENAI_VIA_AI('src/entries/Chat.svelte', 'src/lib/chat-service.ts').map((m) => `2: ${m}`),
    );
  });

  it('follows a workspace package linked into node_modules to its sources (apps/web → packages/ai)', async () => {
    expect(await lint(makeLinter(ESLint, monorepo, {}, parser), 'apps/web/src/Chat.tsx')).toEqual([
      '2: sdk anthropic: apps/web/src/Chat.tsx → packages/ai/src/index.ts → packages/ai/src/client.ts → @anthropic-ai/sdk',
    ]);
  });
});

describe('findImportedLeaks caches', () => {
  let app: string;
  beforeAll(() => {
    app = copyFixture('app');
    installPackage(app, '.', 'openai');
  });
  afterAll(() => fs.rmSync(app, { recursive: true, force: true }));

  it('sees an edited dependency in a long-lived process once its mtime changes (the next run)', async () => {
    clearImportGraphCaches();
    const linter = makeLinter(ESLint10, app);
    expect(await lint(linter, 'src/entries/depth2.tsx')).toHaveLength(2);
    const service = path.join(app, 'src/lib/chat-service.ts');
    fs.writeFileSync(service, "export const sendMessage = (text: string) => Promise.resolve(text);\n");
    const later = new Date(Date.now() + 5_000);
    fs.utimesSync(service, later, later);
    // An editor lints again after a pause: a new run re-checks mtimes.
    await new Promise((resolve) => setTimeout(resolve, GENERATION_IDLE_MS + 100));
    expect(await lint(linter, 'src/entries/depth2.tsx')).toEqual([]);
  });

  it('sees a dependency that appears between runs (resolutions are per run)', async () => {
    clearImportGraphCaches();
    const linter = makeLinter(ESLint10, app);
    expect(await lint(linter, 'src/entries/unresolvable.tsx')).toEqual([]);
    fs.writeFileSync(path.join(app, 'src/lib/does-not-exist.ts'), "export { ask as missing } from './ai';\n");
    await new Promise((resolve) => setTimeout(resolve, GENERATION_IDLE_MS + 100));
    expect(await lint(linter, 'src/entries/unresolvable.tsx')).toEqual(
      OPENAI_VIA_AI('src/entries/unresolvable.tsx', 'src/lib/does-not-exist.ts').map((m) => `2: ${m}`),
    );
  });

  it('keeps what each parser read apart: espree failing on a .ts module does not hide it from .ts files', async () => {
    clearImportGraphCaches();
    const results = await makeLinter(ESLint10, app).lintFiles(['src/legacy/uses-ts.js', 'src/entries/depth1.tsx']);
    const byFile = new Map(results.map((r) => [path.relative(app, r.filePath), r.messages.map((m) => m.message)]));
    expect(byFile.get('src/legacy/uses-ts.js')).toEqual([]);
    expect(byFile.get('src/entries/depth1.tsx')).toEqual(OPENAI_VIA_AI('src/entries/depth1.tsx'));
  });

  it('returns nothing for text with no file on disk', async () => {
    const [result] = await makeLinter(ESLint10, app).lintText("'use client';\nimport { ask } from './src/lib/ai';\n");
    expect(result?.messages).toEqual([]);
  });
});

