import { RuleTester } from '@typescript-eslint/rule-tester';
import * as svelteParser from 'svelte-eslint-parser';
import * as vueParser from 'vue-eslint-parser';
import * as astroParser from 'astro-eslint-parser';
import * as tsParser from '@typescript-eslint/parser';
import rule from '../../src/rules/no-client-ai-sdk.js';
import { readFileSync } from 'node:fs';
import { at, chainPath } from './fixture-paths.js';

const ruleTester = new RuleTester();
const NEXT_FIX =
  'Call OpenAI from a Route Handler (app/api/…/route.ts) or a Server Action, and keep the key in a server-only env var (no NEXT_PUBLIC_ prefix).';
const CHAIN = [chainPath('next', 'app/chat/Chat.tsx'), chainPath('next', 'lib/ai.ts'), 'openai'].join(' → ');
const VITE_FIX = (provider: string) =>
  `A Vite app is browser code: call ${provider} from a backend route (an API server, a serverless function) and keep the key unprefixed there.`;

/** On disk: app/chat/Chat.tsx ('use client') imports lib/ai.ts, which imports openai and reads OPENAI_API_KEY. */
const chatComponent = at('next', 'app/chat/Chat.tsx');
const chatSource = readFileSync(chatComponent, 'utf8');

ruleTester.run('no-client-ai-sdk', rule, {
  valid: [
    // App Router files without a directive are Server Components.
    { code: "import OpenAI from 'openai';\nexport default async function Page() { return null; }", filename: at('next', 'app/page.tsx') },
    // Route Handlers are server code.
    { code: "import OpenAI from 'openai';\nexport async function POST() {}", filename: at('next', 'app/api/chat/route.ts') },
    // 'use server' files run on the server even when Client Components call them.
    { code: "'use server';\nimport OpenAI from 'openai';", filename: at('next', 'app/actions.ts') },
    // Type-only imports and exports are erased by the compiler.
    { code: "'use client';\nimport type OpenAI from 'openai';", filename: at('next', 'app/chat/Chat.tsx') },
    { code: "'use client';\nimport { type ChatCompletion } from 'openai/resources';", filename: at('next', 'app/chat/Chat.tsx') },
    { code: "'use client';\nexport type { ChatCompletion } from 'openai';", filename: at('next', 'app/chat/types.ts') },
    { code: "'use client';\nexport { type ChatCompletion } from 'openai';", filename: at('next', 'app/chat/types.ts') },
    // A Vite app's server folder and a plain Node server have no client code.
    { code: "import OpenAI from 'openai';", filename: at('vite', 'server/index.ts') },
    { code: "const OpenAI = require('openai');", filename: at('node', 'src/index.js') },
    // No framework and no directive: the side is unknown, so nothing is claimed.
    { code: "import OpenAI from 'openai';", filename: at('plain', 'src/index.ts') },
    // server-only marks a module the client can never import.
    { code: "import 'server-only';\nimport OpenAI from 'openai';", filename: at('vite', 'src/ai.ts') },
    // Not an AI SDK; a computed require proves nothing.
    { code: "import React from 'react';\nconst m = require(name);", filename: at('vite', 'src/App.tsx') },
    // Pages Router: an import used only inside getServerSideProps is removed from the client bundle.
    {
      code: "import OpenAI from 'openai';\nexport default function Page() { return null; }\nexport async function getServerSideProps() { const client = new OpenAI(); return { props: {} }; }",
      filename: at('next', 'pages/index.tsx'),
    },
    // …and so is a require() inside getStaticProps, also when wrapped.
    {
      code: "export const getStaticProps = withSession(async () => { const OpenAI = require('openai'); return { props: {} }; });",
      filename: at('next', 'pages/about.tsx'),
    },
    // React Router / Remix: loader and action exports run on the server.
    {
      code: "import OpenAI from 'openai';\nasync function loader() { return new OpenAI().models.list(); }\nexport { loader };\nexport default function Route() { return null; }",
      filename: at('remix', 'app/routes/chat.tsx'),
    },
    // Astro frontmatter runs on the server.
    {
      code: "---\nimport OpenAI from 'openai';\nconst client = new OpenAI();\n---\n<div>hi</div>\n",
      filename: at('astro', 'src/pages/index.astro'),
      languageOptions: { parser: astroParser, parserOptions: { parser: tsParser } },
    },
    // Settings can mark files as server code.
    { code: "import OpenAI from 'openai';", filename: at('vite', 'src/edge/chat.ts'), settings: { 'backend-only': { serverFiles: ['src/edge/**'] } } },
    // Names used only as types are erased, with or without `import type`.
    { code: "import OpenAI, { ChatCompletion } from 'openai';\nexport const show = (c: ChatCompletion, o?: OpenAI) => c.id;", filename: at('vite', 'src/show.ts') },
    { code: "import { OpenAI } from 'openai';\nexport type Client = typeof OpenAI;", filename: at('vite', 'src/types.ts') },
    // Subpaths that hold no client: stream parsers, helpers, resource types, errors.
    { code: "import { ChatCompletionStream } from 'openai/lib/ChatCompletionStream';\nChatCompletionStream.fromReadableStream(body);", filename: at('vite', 'src/stream.ts') },
    { code: "import { zodResponseFormat } from 'openai/helpers/zod';\nimport { APIError } from 'openai/error';\nexport const f = [zodResponseFormat, APIError];", filename: at('vite', 'src/format.ts') },
    { code: "import { Messages } from '@anthropic-ai/sdk/resources/messages';\nexport const m = Messages;", filename: at('vite', 'src/anthropic.ts') },
    // Bring your own key: every client is built with the user's key.
    {
      code: "import OpenAI from 'openai';\nexport function Chat() { const [key] = useState(''); return new OpenAI({ apiKey: key, dangerouslyAllowBrowser: true }); }",
      filename: at('vite', 'src/Chat.tsx'),
    },
    {
      code: "import { GoogleGenerativeAI } from '@google/generative-ai';\nexport const gemini = new GoogleGenerativeAI(localStorage.getItem('gemini') ?? '');",
      filename: at('vite', 'src/gemini.ts'),
    },
    {
      code: "import OpenAI from 'openai';\nconst make = (key: string) => new OpenAI({ apiKey: key, dangerouslyAllowBrowser: true });\nexport const ask = (form: HTMLFormElement) => make(new FormData(form).get('key') as string);\nexport const isApiError = (e: unknown) => e instanceof OpenAI.APIError;",
      filename: at('vite', 'src/ask.ts'),
    },
    // A parameter no call site in the file feeds is handed in at run time (a caller's developer key is reported where it is read).
    { code: "import OpenAI from 'openai';\nexport const make = (key: string) => new OpenAI({ apiKey: key, dangerouslyAllowBrowser: true });", filename: at('vite', 'src/ai.ts') },
    // Every client turns the browser guard off with a developer key: no-dangerously-allow-browser reports it on the option.
    {
      code: "import OpenAI from 'openai';\nconst make = (key: string) => new OpenAI({ apiKey: key, dangerouslyAllowBrowser: true });\nexport const client = make(import.meta.env.VITE_OPENAI_KEY);",
      filename: at('vite', 'src/ask.ts'),
    },
    // A helper only getServerSideProps calls is stripped with it, and so are the imports only they use.
    {
      code: "import OpenAI from 'openai';\nconst client = new OpenAI();\nasync function count() { return (await client.models.list()).data.length; }\nexport async function getServerSideProps() { return { props: { n: await count() } }; }\nexport default function Page() { return null; }",
      filename: at('next', 'pages/models.tsx'),
    },
    // Imports are not followed when the user turns it off.
    { code: chatSource, filename: chatComponent, options: [{ followImports: false }] },
  ],
  invalid: [
    // Through a first-party import: reported at the import, with the chain.
    {
      code: chatSource,
      filename: chatComponent,
      errors: [
        {
          messageId: 'importChain',
          line: 3,
          data: { provider: 'OpenAI', chain: CHAIN, where: "a Client Component ('use client', line 1)", fix: NEXT_FIX },
        },
      ],
    },
    // The example: a Client Component in a Next.js app.
    {
      code: "'use client';\nimport OpenAI from 'openai';",
      filename: at('next', 'app/chat/Chat.tsx'),
      errors: [
        {
          messageId: 'clientSdk',
          line: 2,
          column: 1,
          data: {
            provider: 'OpenAI',
            module: 'openai',
            where: "a Client Component ('use client', line 1)",
            fix: NEXT_FIX,
          },
        },
      ],
    },
    // Vite source ships to the browser.
    {
      code: "import Anthropic from '@anthropic-ai/sdk';",
      filename: at('vite', 'src/App.tsx'),
      errors: [
        {
          messageId: 'clientSdk',
          data: { provider: 'Anthropic', module: '@anthropic-ai/sdk', where: 'client code (Vite source ships to the browser)', fix: VITE_FIX('Anthropic') },
        },
      ],
    },
    // Re-exports, require(), dynamic import(), subpaths, side-effect imports and AI SDK providers.
    { code: "export { default as OpenAI } from 'openai';", filename: at('vite', 'src/ai.ts'), errors: [{ messageId: 'clientSdk' }] },
    { code: "export * from 'groq-sdk';", filename: at('vite', 'src/ai.ts'), errors: [{ messageId: 'clientSdk' }] },
    { code: "const OpenAI = require('openai');", filename: at('expo', 'app/index.tsx'), errors: [{ messageId: 'clientSdk' }] },
    { code: "const { GoogleGenAI } = await import('@google/genai');", filename: at('vite', 'src/gemini.ts'), errors: [{ messageId: 'clientSdk' }] },
    { code: 'const sdk = await import(`@mistralai/mistralai`);', filename: at('vite', 'src/mistral.ts'), errors: [{ messageId: 'clientSdk' }] },
    { code: "import 'openai/shims/web';", filename: at('vite', 'src/main.ts'), errors: [{ messageId: 'clientSdk' }] },
    { code: "import { createOpenAI } from '@ai-sdk/openai';", filename: at('remix', 'app/routes/chat.tsx'), errors: [{ messageId: 'clientSdk' }] },
    { code: "import OpenAI = require('openai');", filename: at('vite', 'src/legacy.ts'), errors: [{ messageId: 'clientSdk' }] },
    // One value specifier among type specifiers keeps the module in the bundle.
    { code: "import { type ChatCompletion, OpenAI } from 'openai';", filename: at('vite', 'src/ai.ts'), errors: [{ messageId: 'clientSdk' }] },
    // Not the user's key: the build env (also through a parameter a call site feeds), a client with no key, an unknown key.
    {
      code: "import OpenAI from 'openai';\nconst make = (key: string) => new OpenAI({ apiKey: key });\nexport const client = make(import.meta.env.VITE_OPENAI_KEY);",
      filename: at('vite', 'src/ask.ts'),
      errors: [{ messageId: 'clientSdk' }],
    },
    { code: "import OpenAI from 'openai';\nexport const client = new OpenAI();", filename: at('vite', 'src/ai.ts'), errors: [{ messageId: 'clientSdk' }] },
    { code: "import OpenAI from 'openai';\nexport const make = () => new OpenAI({ apiKey: readKey() });", filename: at('vite', 'src/ai.ts'), errors: [{ messageId: 'clientSdk' }] },
    // A helper that the page component calls too stays in the client bundle.
    {
      code: "import OpenAI from 'openai';\nconst client = new OpenAI();\nasync function count() { return (await client.models.list()).data.length; }\nexport async function getServerSideProps() { return { props: { n: await count() } }; }\nexport default function Page() { void count(); return null; }",
      filename: at('next', 'pages/models.tsx'),
      errors: [{ messageId: 'clientSdk' }],
    },
    // Pages Router: used by the page component too, so it stays in the client bundle.
    {
      code: "import OpenAI from 'openai';\nexport default function Page() { return String(OpenAI); }\nexport async function getServerSideProps() { return { props: { c: new OpenAI() } }; }",
      filename: at('next', 'pages/index.tsx'),
      errors: [{ messageId: 'clientSdk', data: { provider: 'OpenAI', module: 'openai', where: 'client code (a Next.js client file)', fix: NEXT_FIX } }],
    },
    // A function named loader is only server code when exported under that name, in a React Router app.
    {
      code: "function loader() { return import('openai'); }\nexport default function Route() { return loader(); }",
      filename: at('remix', 'app/routes/x.tsx'),
      errors: [{ messageId: 'clientSdk' }],
    },
    { code: "export async function loader() { return import('openai'); }", filename: at('vite', 'src/routes.ts'), errors: [{ messageId: 'clientSdk' }] },
    // client-only, and settings that mark files as client code.
    { code: "import 'client-only';\nimport OpenAI from 'openai';", filename: at('next', 'components/Widget.tsx'), errors: [{ messageId: 'clientSdk', data: { provider: 'OpenAI', module: 'openai', where: "client code (imports 'client-only', line 1)", fix: NEXT_FIX } }] },
    { code: "import OpenAI from 'openai';", filename: at('next', 'components/Widget.tsx'), settings: { 'backend-only': { clientFiles: ['components/**'] } }, errors: [{ messageId: 'clientSdk' }] },
    { code: "import OpenAI from 'openai';", filename: at('plain', 'src/App.tsx'), settings: { 'backend-only': { framework: 'vite' } }, errors: [{ messageId: 'clientSdk' }] },
    // Single-file components, with each parser.
    {
      code: "<script setup lang=\"ts\">\nimport OpenAI from 'openai';\nconst client = new OpenAI();\n</script>\n<template><div /></template>\n",
      filename: at('nuxt', 'components/Chat.vue'),
      languageOptions: { parser: vueParser, parserOptions: { parser: tsParser } },
      errors: [{ messageId: 'clientSdk', line: 2, data: { provider: 'OpenAI', module: 'openai', where: 'a Vue component', fix: 'Call OpenAI from a server route (server/api/*.ts) and keep the key in a private runtimeConfig key.' } }],
    },
    {
      code: "<script lang=\"ts\">\n  import Anthropic from '@anthropic-ai/sdk';\n</script>\n<p>hi</p>\n",
      filename: at('sveltekit', 'src/routes/+page.svelte'),
      languageOptions: { parser: svelteParser, parserOptions: { parser: tsParser } },
      errors: [{ messageId: 'clientSdk', line: 2, data: { provider: 'Anthropic', module: '@anthropic-ai/sdk', where: 'a Svelte component', fix: 'Call Anthropic in +page.server.ts, +server.ts or $lib/server, and read the key from $env/static/private.' } }],
    },
    // eslint-plugin-astro's processor hands each <script> tag over as a virtual child file.
    {
      code: "import OpenAI from 'openai';",
      filename: at('astro', 'src/pages/index.astro/0_0.ts'),
      errors: [{ messageId: 'clientSdk', data: { provider: 'OpenAI', module: 'openai', where: 'a <script> in an Astro component', fix: 'Call OpenAI from an API endpoint (src/pages/api/*.ts) or frontmatter, and declare the key with astro:env as access: "secret".' } }],
    },
  ],
});
