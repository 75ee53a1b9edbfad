import { RuleTester } from '@typescript-eslint/rule-tester';
import * as vueParser from 'vue-eslint-parser';
import * as svelteParser from 'svelte-eslint-parser';
import * as tsParser from '@typescript-eslint/parser';
import rule from '../../src/rules/no-secret-env-in-client.js';
import { readFileSync } from 'node:fs';
import { at, chainPath } from './fixture-paths.js';

const ruleTester = new RuleTester();
const NEXT_FIX =
  'Call OpenAI from a Route Handler (app/api/…/route.ts) or a Server Action, and keep the key in a server-only env var (no NEXT_PUBLIC_ prefix).';

/** On disk: app/chat/Chat.tsx ('use client') imports lib/ai.ts, which imports openai and reads OPENAI_API_KEY. */
const chatComponent = at('next', 'app/chat/Chat.tsx');
const chatSource = readFileSync(chatComponent, 'utf8');

ruleTester.run('no-secret-env-in-client', rule, {
  valid: [
    // Server Components, Route Handlers and server folders may read secrets.
    { code: 'const key = process.env.OPENAI_API_KEY;', filename: at('next', 'app/page.tsx') },
    { code: 'const key = process.env.OPENAI_API_KEY;', filename: at('next', 'app/api/chat/route.ts') },
    { code: 'const key = process.env.OPENAI_API_KEY;', filename: at('vite', 'server/index.ts') },
    { code: 'const { ANTHROPIC_API_KEY } = process.env;', filename: at('node', 'src/index.ts') },
    // Public names are no-public-secret-env's business, and public by design anyway.
    { code: "'use client';\nconst url = process.env.NEXT_PUBLIC_SITE_URL;", filename: at('next', 'app/Chat.tsx') },
    { code: "'use client';\nconst key = process.env.NEXT_PUBLIC_OPENAI_API_KEY;", filename: at('next', 'app/Chat.tsx') },
    // Not secrets.
    { code: "const mode = process.env.NODE_ENV;\nconst dev = import.meta.env.DEV;", filename: at('vite', 'src/main.ts') },
    // A run-time name proves nothing.
    { code: 'const value = import.meta.env[name];', filename: at('vite', 'src/main.ts') },
    // Pages Router: getServerSideProps bodies run on the server.
    {
      code: 'export const getServerSideProps = async () => ({ props: { has: Boolean(process.env.OPENAI_API_KEY) } });\nexport default function Page() { return null; }',
      filename: at('next', 'pages/index.tsx'),
    },
    // …also behind `satisfies` or `as`.
    {
      code: 'export const getStaticProps = (async () => ({ props: { k: process.env.OPENAI_API_KEY } })) satisfies GetStaticProps;',
      filename: at('next', 'pages/about.tsx'),
    },
    // Remix / React Router: loader and action bodies run on the server.
    { code: 'export async function action() { return fetchWith(process.env.ANTHROPIC_API_KEY); }', filename: at('remix', 'app/routes/chat.tsx') },
    // Imports are not followed when the user turns it off.
    { code: chatSource, filename: chatComponent, options: [{ followImports: false }] },
    // SvelteKit: private env in +page.server.ts is the fix.
    { code: "import { OPENAI_API_KEY } from '$env/static/private';", filename: at('sveltekit', 'src/routes/+page.server.ts') },
  ],
  invalid: [
    // Read in a module the Client Component imports: reported at the import, with the chain.
    {
      code: chatSource,
      filename: chatComponent,
      errors: [
        {
          messageId: 'importChain',
          line: 3,
          data: {
            name: 'OPENAI_API_KEY',
            provider: ' (OpenAI key)',
            chain: `${chainPath('next', 'app/chat/Chat.tsx')} → ${chainPath('next', 'lib/ai.ts')}`,
            where: "a Client Component ('use client', line 1)",
            fix: NEXT_FIX,
          },
        },
      ],
    },
    {
      code: "'use client';\n\nexport function Chat() {\n  const key = process.env.OPENAI_API_KEY;\n  return key;\n}",
      filename: at('next', 'app/chat/Chat.tsx'),
      errors: [
        {
          messageId: 'secretEnvInClient',
          line: 4,
          column: 15,
          data: { name: 'OPENAI_API_KEY', provider: ' (OpenAI key)', where: "a Client Component ('use client', line 1)", fix: NEXT_FIX },
        },
      ],
    },
    // Every read form: bracket, destructuring, import.meta.env.
    { code: "const key = process.env['ANTHROPIC_API_KEY'];", filename: at('vite', 'src/App.tsx'), errors: [{ messageId: 'secretEnvInClient' }] },
    { code: 'const { GROQ_API_KEY, MODE } = import.meta.env;', filename: at('vite', 'src/App.tsx'), errors: [{ messageId: 'secretEnvInClient', column: 9 }] },
    { code: 'const secret = import.meta.env.STRIPE_SECRET_KEY;', filename: at('vite', 'src/pay.ts'), errors: [{ messageId: 'secretEnvInClient', data: { name: 'STRIPE_SECRET_KEY', provider: '', where: 'client code (Vite source ships to the browser)', fix: 'A Vite app is browser code: call the provider from a backend route (an API server, a serverless function) and keep the key unprefixed there.' } }] },
    { code: 'const key = process.env.OPENAI_API_KEY;', filename: at('expo', 'app/index.tsx'), errors: [{ messageId: 'secretEnvInClient' }] },
    // Read by the page component as well as by getServerSideProps: the component's read ships.
    {
      code: 'export default function Page() { return process.env.OPENAI_API_KEY; }\nexport async function getServerSideProps() { return { props: { k: process.env.OPENAI_API_KEY } }; }',
      filename: at('next', 'pages/index.tsx'),
      errors: [{ messageId: 'secretEnvInClient', line: 1 }],
    },
    // SvelteKit private env imported into a universal file.
    { code: "import { OPENAI_API_KEY } from '$env/static/private';", filename: at('sveltekit', 'src/routes/+page.ts'), errors: [{ messageId: 'secretEnvInClient' }] },
    // Single-file components.
    {
      code: '<script setup>\nconst key = import.meta.env.OPENAI_API_KEY;\n</script>\n<template><div /></template>\n',
      filename: at('vite', 'src/Chat.vue'),
      languageOptions: { parser: vueParser },
      errors: [{ messageId: 'secretEnvInClient', line: 2 }],
    },
    {
      code: '<script lang="ts">\n  let ready = false;\n  const key = import.meta.env.OPENAI_API_KEY;\n</script>\n',
      filename: at('sveltekit', 'src/routes/+page.svelte'),
      languageOptions: { parser: svelteParser, parserOptions: { parser: tsParser } },
      errors: [{ messageId: 'secretEnvInClient', line: 3 }],
    },
  ],
});
