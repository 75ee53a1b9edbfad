/**
 * Public env reads in every form, config files that copy secrets into an app, and LangChain's entry points,
 * through the real ESLint class with `recommended`: reported where a secret reaches a browser, quiet where not.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ESLint } from 'eslint';
import * as svelteParser from 'svelte-eslint-parser';
import { afterAll, describe, expect, it } from 'vitest';
import plugin from '../../src/index.js';

const base = mkdtempSync(path.join(tmpdir(), 'backend-only-env-forms-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

function project(name: string, dependencies: Record<string, string>): string {
  const root = path.join(base, name);
  mkdirSync(root, { recursive: true });
  writeFileSync(path.join(root, 'package.json'), JSON.stringify({ name, dependencies }));
  return root;
}

const vite = project('vite-app', { vite: '7.0.0' });
const next = project('next-app', { next: '16.0.0' });
const kit = project('kit-app', { '@sveltejs/kit': '2.0.0' });
const expo = project('expo-app', { expo: '54.0.0' });

/** `line:column rule` of each report. */
async function lint(root: string, file: string, code: string, extra: ESLint.Options['overrideConfig'] = []): Promise<string[]> {
  const eslint = new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: [plugin.configs.recommended, ...(Array.isArray(extra) ? extra : [extra])] });
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? []).map((m) => `${m.line}:${m.column} ${m.ruleId ?? m.message}`);
}

describe('public env reads in every form', () => {
  it.each([
    ["import.meta.env['VITE_OPENAI_API_KEY']", 'const key = import.meta.env["VITE_OPENAI_API_KEY"];', '1:13'],
    ['process.env bracket', "const key = process.env['VITE_ANTHROPIC_KEY'];", '1:13'],
    ['a destructured read', 'const { VITE_OPENAI_KEY } = import.meta.env;', '1:9'],
    ['a destructured read with a default', "const { VITE_GROQ_API_KEY: groq = '' } = import.meta.env;", '1:9'],
    ['a provider name without KEY', 'const key = import.meta.env.VITE_CLAUDE_API;', '1:13'],
    ['a bare provider name', 'const key = import.meta.env.VITE_OPENAI;', '1:13'],
    ['a glued name', 'const key = import.meta.env.VITE_OPENAIAPIKEY;', '1:13'],
    ['a misspelt provider', 'const key = import.meta.env.VITE_ANTHROPHIC_API_KEY;', '1:13'],
    ['OPENAPI for OpenAI', 'const key = import.meta.env.VITE_OPENAPI_KEY;', '1:13'],
  ])('reports %s', async (_, code, at) => {
    expect(await lint(vite, 'src/ai.ts', code)).toEqual([`${at} backend-only/no-public-secret-env`]);
  });

  it.each([
    ['a base URL', 'const url = process.env.NEXT_PUBLIC_OPENAI_BASE_URL;'],
    ['a model name', 'const model = process.env.NEXT_PUBLIC_OPENAI_MODEL;'],
    ['a token limit', 'const max = process.env.NEXT_PUBLIC_OPENAI_MAX_TOKENS;'],
    ['an organization id', 'const org = process.env.NEXT_PUBLIC_OPENAI_ORG;'],
    ['a feature flag', 'const on = process.env.NEXT_PUBLIC_OPENAI_ENABLED;'],
    ['an Upload.io public key', 'const key = process.env.NEXT_PUBLIC_UPLOAD_API_KEY;'],
    ['an open-data portal key that says OPENAPI later', 'const key = process.env.NEXT_PUBLIC_KRX_OPENAPI_KEY;'],
  ])('does not report %s', async (_, code) => {
    expect(await lint(next, 'pages/index.tsx', code)).toEqual([]);
  });

  it('reports a $env/static/public import at the specifier, in .ts and .svelte files', async () => {
    expect(await lint(kit, 'src/lib/ai.ts', "import { PUBLIC_OPENAI_API_KEY } from '$env/static/public';")).toEqual(['1:10 backend-only/no-public-secret-env']);
    const svelte = { files: ['**/*.svelte'], languageOptions: { parser: svelteParser } };
    const code = "<script>\n  import { env } from '$env/dynamic/public';\n  const key = env.PUBLIC_CLAUDE_API;\n</script>\n";
    expect(await lint(kit, 'src/routes/+page.svelte', code, [{ ...plugin.configs.sveltekit, ...svelte }])).toEqual(['3:15 backend-only/no-public-secret-env']);
    expect(await lint(kit, 'src/lib/ai.ts', "import { PUBLIC_SITE_URL } from '$env/static/public';")).toEqual([]);
  });
});

describe('config files that copy secrets into the app', () => {
  it('reports next.config env entries that rename a secret to a public name', async () => {
    const code = 'export default {\n  env: {\n    NEXT_PUBLIC_AI: process.env.OPENAI_API_KEY,\n    NEXT_PUBLIC_SITE: process.env.SITE_URL,\n  },\n};\n';
    expect(await lint(next, 'next.config.mjs', code)).toEqual(['3:5 backend-only/no-secret-in-bundler-config']);
  });

  it('reports a secret in Expo app.config extra, and not the project id', async () => {
    const code = 'export default {\n  expo: {\n    name: "x",\n    extra: {\n      openaiApiKey: process.env.OPENAI_API_KEY,\n      eas: { projectId: "abc" },\n      apiUrl: process.env.API_URL,\n    },\n  },\n};\n';
    expect(await lint(expo, 'app.config.ts', code)).toEqual(['5:7 backend-only/no-secret-in-bundler-config']);
  });

  it("does not report a define under Vitest's test options", async () => {
    const code = "import { defineConfig } from 'vite';\nexport default defineConfig({\n  test: { define: { 'process.env.OPENAI_API_KEY': JSON.stringify(process.env.OPENAI_API_KEY) } },\n});\n";
    expect(await lint(vite, 'vite.config.ts', code)).toEqual([]);
    const leaky = code.replace('test: { define', 'define').replace(') } },', ') },');
    expect(await lint(vite, 'vite.config.ts', leaky)).toEqual(['3:13 backend-only/no-secret-in-bundler-config']);
  });
});

describe("LangChain's entry points", () => {
  it.each(['langchain/chat_models/openai', 'langchain/llms/openai', 'langchain/embeddings/openai', 'langchain/chat_models/anthropic', '@langchain/anthropic', '@langchain/google-genai', '@langchain/google-vertexai'])(
    'reports %s in client code',
    async (specifier) => {
      expect(await lint(vite, 'src/ai.ts', `import { X } from '${specifier}';\nexport { X };\n`)).toEqual(['1:1 backend-only/no-client-ai-sdk']);
    },
  );

  it('does not report langchain modules that hold no provider client', async () => {
    expect(await lint(vite, 'src/ai.ts', "import { PromptTemplate } from 'langchain/prompts';\nexport { PromptTemplate };\n")).toEqual([]);
  });
});
