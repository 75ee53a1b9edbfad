/**
 * Issue 11, through the real `ESLint` class on small projects written to a temporary folder: one report per leak
 * (the walk stops at modules that are client code themselves), nothing through imports the compiler erases or
 * the framework strips or guards, bring-your-own-key clients, exact provider hosts (also from a constant imported
 * from another module), and a walk that goes on, and says so once, when tsconfig.json cannot be read.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import tsParser from '@typescript-eslint/parser';
import { ESLint } from 'eslint';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import plugin from '../src/index.js';
import { clearImportGraphCaches } from '../src/util/follow-imports.js';

const RULES = ['no-client-ai-sdk', 'no-secret-env-in-client', 'no-dangerously-allow-browser', 'no-client-ai-api-call'];

const made: string[] = [];
afterAll(() => {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => clearImportGraphCaches());

/** Writes `files` (path → text) into a fresh folder; a `dependencies` list becomes its package.json. */
function project(dependencies: Record<string, string>, files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'precision-'));
  made.push(dir);
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'fixture', private: true, dependencies }));
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

/** Lints every file of the project with the four client-side rules; returns `file:line rule` per report. */
async function lintProject(dir: string): Promise<string[]> {
  const eslint = new ESLint({
    cwd: dir,
    overrideConfigFile: true,
    overrideConfig: [
      {
        files: ['**/*.{js,jsx,ts,tsx,mjs}'],
        languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } },
        plugins: { 'backend-only': plugin },
        rules: Object.fromEntries(RULES.map((rule) => [`backend-only/${rule}`, 'error'])),
      },
    ],
  } as ConstructorParameters<typeof ESLint>[0]);
  const results = await eslint.lintFiles(['.']);
  const reports: string[] = [];
  for (const result of results) {
    for (const message of result.messages) {
      expect(message.fatal, `${result.filePath}: ${message.message}`).toBeFalsy();
      reports.push(`${path.relative(dir, result.filePath).split(path.sep).join('/')}:${message.line} ${message.ruleId?.replace('backend-only/', '')}`);
    }
  }
  return reports.sort();
}

/** The same, with each report's message (for chains). */
async function lintMessages(dir: string, file: string): Promise<string[]> {
  const eslint = new ESLint({
    cwd: dir,
    overrideConfigFile: true,
    overrideConfig: [
      {
        files: ['**/*.{js,jsx,ts,tsx,mjs}'],
        languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } },
        plugins: { 'backend-only': plugin },
        rules: Object.fromEntries(RULES.map((rule) => [`backend-only/${rule}`, 'error'])),
      },
    ],
  } as ConstructorParameters<typeof ESLint>[0]);
  const [result] = await eslint.lintFiles([file]);
  return (result?.messages ?? []).map((m) => `${m.line} ${m.ruleId?.replace('backend-only/', '')}: ${m.message}`);
}

const VITE = { vite: '7.0.0', react: '19.0.0', openai: '6.0.0' };
const NEXT = { next: '16.0.0', react: '19.0.0', openai: '6.0.0' };
const REMIX = { '@remix-run/react': '2.0.0', '@remix-run/node': '2.0.0', openai: '6.0.0' };
const SVELTEKIT = { '@sveltejs/kit': '2.0.0', openai: '6.0.0' };

const OPENAI_MODULE = "import OpenAI from 'openai';\nexport const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });\n";

describe('one report per leak', () => {
  it('reports a 4-deep all-client chain (Vite src/) once, where the SDK is imported', async () => {
    const dir = project(VITE, {
      'src/main.tsx': "import { App } from './App';\nApp();\n",
      'src/App.tsx': "import { Chat } from './Chat';\nexport const App = () => Chat();\n",
      'src/Chat.tsx': "import { openai } from './lib/openai';\nexport const Chat = () => openai.models.list();\n",
      'src/lib/openai.ts': "import OpenAI from 'openai';\nexport const openai = new OpenAI();\n",
    });
    expect(await lintProject(dir)).toEqual(['src/lib/openai.ts:1 no-client-ai-sdk']);
  });

  it('reports at the crossing from client code into a shared module, with the chain, and not at its client importers', async () => {
    const dir = project(NEXT, {
      'app/page.tsx': "import { Wrapper } from './Wrapper';\nexport default function Page() { return Wrapper(); }\n",
      'app/Wrapper.tsx': "'use client';\nimport { Chat } from './Chat';\nexport const Wrapper = () => Chat();\n",
      'app/Chat.tsx': "'use client';\nimport { ask } from '../lib/ai';\nexport const Chat = () => ask('hi');\n",
      'lib/ai.ts': `${OPENAI_MODULE}export const ask = (q: string) => openai.responses.create({ model: 'gpt-5', input: q });\n`,
    });
    expect(await lintProject(dir)).toEqual(['app/Chat.tsx:2 no-client-ai-sdk', 'app/Chat.tsx:2 no-secret-env-in-client']);
    const messages = await lintMessages(dir, 'app/Chat.tsx');
    expect(messages[0]).toContain('app/Chat.tsx → lib/ai.ts → openai');
  });

  it('keeps the shortest chain through shared modules', async () => {
    const dir = project(NEXT, {
      'app/Chat.tsx': "'use client';\nimport { a } from '../lib/a';\nimport { ask } from '../lib/ai';\nexport const Chat = () => [a, ask];\n",
      'lib/a.ts': "export { ask as a } from './b';\n",
      'lib/b.ts': "export { ask } from './ai';\n",
      'lib/ai.ts': `${OPENAI_MODULE}export const ask = () => openai;\n`,
    });
    const messages = await lintMessages(dir, 'app/Chat.tsx');
    expect(messages.filter((m) => m.includes('no-client-ai-sdk'))).toHaveLength(1);
    expect(messages.find((m) => m.includes('no-client-ai-sdk'))).toContain('app/Chat.tsx → lib/ai.ts → openai');
  });
});

describe('imports the compiler erases', () => {
  it('does not report names used only as types, with or without `import type`, directly or through the walk', async () => {
    const dir = project(NEXT, {
      'app/Direct.tsx': "'use client';\nimport OpenAI, { ChatCompletion } from 'openai';\nexport function show(c: ChatCompletion, client?: OpenAI): string { return String(c.id); }\n",
      'app/Typeof.tsx': "'use client';\nimport { openai } from '../lib/ai';\nexport type Client = typeof openai;\n",
      'app/Through.tsx': "'use client';\nimport { format } from '../lib/types';\nexport const Through = () => format;\n",
      'lib/types.ts': "import { OpenAI } from 'openai';\nexport type Client = OpenAI;\nexport const format = (c: Client) => String(c);\n",
      'lib/ai.ts': OPENAI_MODULE,
    });
    expect(await lintProject(dir)).toEqual([]);
  });

  it('reports the same imports once a name is used as a value', async () => {
    const dir = project(NEXT, {
      'app/Direct.tsx': "'use client';\nimport OpenAI, { ChatCompletion } from 'openai';\nexport const client = (c: ChatCompletion) => [c, new OpenAI()];\n",
      'app/Through.tsx': "'use client';\nimport { format } from '../lib/types';\nexport const Through = () => format;\n",
      'lib/types.ts': "import { OpenAI } from 'openai';\nexport const format = () => new OpenAI();\n",
    });
    expect(await lintProject(dir)).toEqual(['app/Direct.tsx:2 no-client-ai-sdk', 'app/Through.tsx:2 no-client-ai-sdk']);
  });

  it('does not report SDK subpaths that hold no client (stream helpers, resources, helpers)', async () => {
    const dir = project(VITE, {
      'src/stream.ts':
        "import { ChatCompletionStream } from 'openai/lib/ChatCompletionStream';\nimport { zodResponseFormat } from 'openai/helpers/zod';\nimport { APIError } from 'openai/error';\nimport { MessageStream } from '@anthropic-ai/sdk/lib/MessageStream';\nexport const parse = (body: ReadableStream) => [ChatCompletionStream.fromReadableStream(body), zodResponseFormat, APIError, MessageStream];\n",
      'src/Chat.tsx': "import { parse } from './stream';\nimport { Completions } from 'openai/resources/chat/completions';\nexport const Chat = () => [parse, Completions];\n",
      'src/client.ts': "import OpenAI from 'openai';\nexport const make = () => new OpenAI();\n",
    });
    expect(await lintProject(dir)).toEqual(['src/client.ts:1 no-client-ai-sdk']);
  });
});

describe('code the framework strips or guards', () => {
  it('does not follow a re-exported getServerSideProps, nor imports and helpers only getStaticProps uses', async () => {
    const dir = project(NEXT, {
      'pages/index.tsx': "export { getServerSideProps } from '../lib/ssr';\nexport default function Page() { return null; }\n",
      'pages/about.tsx':
        "import { ask } from '../lib/ai';\nasync function summarize() { return ask(); }\nexport async function getStaticProps() { return { props: { text: await summarize() } }; }\nexport default function About() { return null; }\n",
      'lib/ssr.ts': `${OPENAI_MODULE}export async function getServerSideProps() { await openai.models.list(); return { props: {} }; }\n`,
      'lib/ai.ts': `${OPENAI_MODULE}export const ask = () => openai.models.list();\n`,
    });
    expect(await lintProject(dir)).toEqual([]);
  });

  it('follows the same modules when the page component uses them', async () => {
    const dir = project(NEXT, {
      'pages/about.tsx':
        "import { ask } from '../lib/ai';\nasync function summarize() { return ask(); }\nexport async function getStaticProps() { return { props: { text: await summarize() } }; }\nexport default function About() { void summarize(); return null; }\n",
      'lib/ai.ts': `${OPENAI_MODULE}export const ask = () => openai.models.list();\n`,
    });
    expect(await lintProject(dir)).toEqual(['pages/about.tsx:1 no-client-ai-sdk', 'pages/about.tsx:1 no-secret-env-in-client']);
  });

  it('does not report what a Remix loader, its helpers, .server files and .server/ folders hold', async () => {
    const dir = project(REMIX, {
      'app/routes/chat.tsx':
        "import OpenAI from 'openai';\nimport { db } from '~/db.server';\nimport { cfg } from '../.server/config';\nconst client = new OpenAI();\nasync function answer() { return client.models.list(); }\nexport async function loader() { return [await answer(), db, cfg]; }\nexport default function Chat() { return null; }\n",
      'app/db.server.ts': "import OpenAI from 'openai';\nexport const db = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });\n",
      'app/.server/config.ts': "export const cfg = process.env.OPENAI_API_KEY;\n",
      'tsconfig.json': JSON.stringify({ compilerOptions: { baseUrl: '.', paths: { '~/*': ['./app/*'] } } }),
    });
    expect(await lintProject(dir)).toEqual([]);
  });

  it("does not follow SvelteKit's server-only modules ($env/static/private, $lib/server), nor a 'server-only' module", async () => {
    const dir = project({ ...SVELTEKIT, 'server-only': '0.0.1' }, {
      'src/lib/chat.ts': "import { client } from './openai';\nimport { db } from '$lib/server/db';\nimport { guarded } from './guarded';\nexport const chat = () => [client, db, guarded];\n",
      'src/lib/openai.ts': "import OpenAI from 'openai';\nimport { OPENAI_API_KEY } from '$env/static/private';\nexport const client = new OpenAI({ apiKey: OPENAI_API_KEY });\n",
      'src/lib/server/db.ts': "import OpenAI from 'openai';\nexport const db = new OpenAI();\n",
      'src/lib/guarded.ts': "import 'server-only';\nimport OpenAI from 'openai';\nexport const guarded = new OpenAI();\n",
    });
    // src/lib/openai.ts and guarded.ts are linted as files of their own: their classification is not the walk's.
    const reports = (await lintProject(dir)).filter((r) => r.startsWith('src/lib/chat.ts'));
    expect(reports).toEqual([]);
  });

  it('does not take a t3-env schema for secret reads, but reports a plain read of the same secret', async () => {
    const dir = project({ ...NEXT, '@t3-oss/env-nextjs': '0.13.0' }, {
      'env.mjs':
        "import { createEnv } from '@t3-oss/env-nextjs';\nexport const env = createEnv({\n  server: { OPENAI_API_KEY: 'string' },\n  client: { NEXT_PUBLIC_SITE: 'string' },\n  runtimeEnv: { OPENAI_API_KEY: process.env.OPENAI_API_KEY, NEXT_PUBLIC_SITE: process.env.NEXT_PUBLIC_SITE },\n});\n",
      'lib/plain.ts': 'export const key = process.env.OPENAI_API_KEY;\n',
      'app/Schema.tsx': "'use client';\nimport { env } from '../env.mjs';\nexport const site = env.NEXT_PUBLIC_SITE;\n",
      'app/Plain.tsx': "'use client';\nimport { key } from '../lib/plain';\nexport const k = key;\n",
    });
    expect(await lintProject(dir)).toEqual(['app/Plain.tsx:2 no-secret-env-in-client']);
  });
});

describe('bring your own key', () => {
  it('does not report clients built with the user key (state, storage, form, prompt, a parameter fed by those)', async () => {
    const dir = project(VITE, {
      'src/State.tsx':
        "import OpenAI from 'openai';\nimport { useState } from 'react';\nexport function Chat() {\n  const [apiKey, setApiKey] = useState('');\n  const client = new OpenAI({ apiKey, dangerouslyAllowBrowser: true });\n  return [client, setApiKey];\n}\n",
      'src/Storage.ts': "import OpenAI from 'openai';\nexport const client = new OpenAI({ apiKey: localStorage.getItem('openai-key') ?? '', dangerouslyAllowBrowser: true });\n",
      'src/Extension.ts':
        "import Anthropic from '@anthropic-ai/sdk';\nexport async function make() {\n  const { apiKey } = await chrome.storage.local.get('apiKey');\n  return new Anthropic({ apiKey, dangerouslyAllowBrowser: true });\n}\n",
      'src/Form.ts': "import { GoogleGenerativeAI } from '@google/generative-ai';\nexport const make = (input: HTMLInputElement) => new GoogleGenerativeAI(input.value);\n",
      'src/Param.ts':
        "import OpenAI from 'openai';\nfunction clientFor(key: string) { return new OpenAI({ apiKey: key, dangerouslyAllowBrowser: true }); }\nexport const ask = () => clientFor(prompt('Your OpenAI key') ?? '');\n",
      'src/Fetch.ts':
        "export async function ask(q: string) {\n  const key = sessionStorage.getItem('key');\n  return fetch('https://api.openai.com/v1/responses', { method: 'POST', headers: { Authorization: `Bearer ${key}` }, body: q });\n}\n",
    });
    expect(await lintProject(dir)).toEqual([]);
  });

  it('reports clients whose key comes from the build env, a constant, an imported module or a bundled JSON file', async () => {
    const dir = project(VITE, {
      'src/Env.ts':
        "import OpenAI from 'openai';\nfunction clientFor(key: string) { return new OpenAI({ apiKey: key, dangerouslyAllowBrowser: true }); }\nexport const ask = () => clientFor(import.meta.env.VITE_OPENAI_KEY);\n",
      'src/Constant.ts': "import OpenAI from 'openai';\nconst KEY = 'sk-not-a-real-key-but-a-constant';\nexport const client = new OpenAI({ apiKey: KEY, dangerouslyAllowBrowser: true });\n",
      'src/Imported.ts': "import OpenAI from 'openai';\nimport { OPENAI_KEY } from './config';\nexport const client = new OpenAI({ apiKey: OPENAI_KEY, dangerouslyAllowBrowser: true });\n",
      'src/Json.ts': "import OpenAI from 'openai';\nimport keys from './keys.json';\nexport const client = new OpenAI({ apiKey: keys.openai, dangerouslyAllowBrowser: true });\n",
      'src/NoOption.ts': "import OpenAI from 'openai';\nimport { OPENAI_KEY } from './config';\nexport const client = new OpenAI({ apiKey: OPENAI_KEY });\n",
      'src/config.ts': "export const OPENAI_KEY = 'placeholder';\n",
      'src/keys.json': '{ "openai": "x" }\n',
      'src/Fetch.ts':
        "export const ask = (q: string) => fetch('https://api.openai.com/v1/responses', { method: 'POST', headers: { Authorization: `Bearer ${import.meta.env.VITE_OPENAI_KEY}` }, body: q });\n",
    });
    // One report per client: on the option, where no-dangerously-allow-browser names the key's source; the import is
    // not reported again by no-client-ai-sdk. Without the option (NoOption.ts) the import is the report.
    expect(await lintProject(dir)).toEqual([
      'src/Constant.ts:3 no-dangerously-allow-browser',
      'src/Env.ts:2 no-dangerously-allow-browser',
      'src/Fetch.ts:1 no-client-ai-api-call',
      'src/Imported.ts:3 no-dangerously-allow-browser',
      'src/Json.ts:3 no-dangerously-allow-browser',
      'src/NoOption.ts:1 no-client-ai-sdk',
    ]);
  });
});

describe('provider hosts', () => {
  it('matches a host exactly, from a literal, a template, a local constant and a constant imported from another module', async () => {
    const dir = project(VITE, {
      'src/config.ts': "export const OPENAI_BASE = 'https://api.openai.com/v1';\nexport const LABS = 'https://labs-api.perplexity.ai';\n",
      'src/calls.ts':
        "import { OPENAI_BASE, LABS } from './config';\nconst PPLX = 'https://api.perplexity.ai';\nexport const calls = [\n  fetch(`${OPENAI_BASE}/models`),\n  fetch(`${PPLX}/chat/completions`),\n  fetch(`${LABS}/chat`),\n  fetch('https://labs-api.perplexity.ai/chat'),\n  fetch('https://api.openai.com.example.org/v1'),\n  fetch('/api/openai'),\n];\n",
    });
    expect(await lintProject(dir)).toEqual(['src/calls.ts:4 no-client-ai-api-call', 'src/calls.ts:5 no-client-ai-api-call']);
  });
});

describe('imports that do not resolve', () => {
  it('follows relative imports when tsconfig.json extends a file that is not there, and says so once', async () => {
    const dir = project(NEXT, {
      'tsconfig.json': JSON.stringify({ extends: './.generated/tsconfig.json' }),
      'app/Chat.tsx': "'use client';\nimport { ask } from '../lib/ai';\nexport const Chat = () => ask;\n",
      'app/Other.tsx': "'use client';\nimport { ask } from '../lib/ai';\nexport const Other = () => ask;\n",
      'lib/ai.ts': `${OPENAI_MODULE}export const ask = () => openai;\n`,
    });
    const warnings: string[] = [];
    const onWarning = (warning: Error) => warnings.push(warning.message);
    process.on('warning', onWarning);
    try {
      expect(await lintProject(dir)).toEqual([
        'app/Chat.tsx:2 no-client-ai-sdk',
        'app/Chat.tsx:2 no-secret-env-in-client',
        'app/Other.tsx:2 no-client-ai-sdk',
        'app/Other.tsx:2 no-secret-env-in-client',
      ]);
      // Warnings are emitted on the next tick.
      await new Promise((resolve) => setImmediate(resolve));
    } finally {
      process.off('warning', onWarning);
    }
    const tsconfigWarnings = warnings.filter((w) => w.includes('.generated'));
    expect(tsconfigWarnings).toHaveLength(1);
    expect(tsconfigWarnings[0]).toContain('without tsconfig paths');
  });
});
