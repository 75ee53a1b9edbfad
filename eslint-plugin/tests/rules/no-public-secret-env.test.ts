import { RuleTester } from '@typescript-eslint/rule-tester';
import * as tsParser from '@typescript-eslint/parser';
import * as vueParser from 'vue-eslint-parser';
import * as svelteParser from 'svelte-eslint-parser';
import * as astroParser from 'astro-eslint-parser';
import rule from '../../src/rules/no-public-secret-env.js';

const ruleTester = new RuleTester();

ruleTester.run('no-public-secret-env', rule, {
  valid: [
    // A secret without a public prefix is server-only: this rule has nothing to say.
    { code: 'const key = process.env.OPENAI_API_KEY;', filename: 'app/api/chat/route.ts' },
    // Public by design: a site URL.
    { code: 'const url = process.env.NEXT_PUBLIC_SITE_URL;', filename: 'app/page.tsx' },
    // Public by design: Stripe publishable key.
    { code: 'const pk = process.env.NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY;', filename: 'app/page.tsx' },
    // Public by design: Firebase web config.
    { code: 'const key = import.meta.env.VITE_FIREBASE_API_KEY;', filename: 'src/firebase.ts' },
    // Public by design: Supabase anon key.
    { code: 'const { NEXT_PUBLIC_SUPABASE_ANON_KEY } = process.env;', filename: 'lib/supabase.ts' },
    // A local object named process is not Node's process.
    { code: 'function f(process: { env: Record<string, string> }) { return process.env.NEXT_PUBLIC_OPENAI_API_KEY; }', filename: 'src/a.ts' },
    // A run-time key cannot be judged.
    { code: 'const v = process.env[name];', filename: 'src/a.ts' },
    // The user allows this name on purpose.
    {
      code: 'const key = process.env.NEXT_PUBLIC_DEMO_API_KEY;',
      filename: 'app/page.tsx',
      options: [{ allow: ['NEXT_PUBLIC_DEMO_*'] }],
    },
    // A private SvelteKit import is the fix, not the problem.
    { code: "import { OPENAI_API_KEY } from '$env/static/private';", filename: 'src/routes/+page.server.ts' },
    // Declaring a public, non-secret name.
    { code: 'interface ImportMetaEnv { readonly VITE_APP_TITLE: string }', filename: 'src/vite-env.d.ts' },
    // A type declaration reads nothing: the build inlines only what code reads, and the read is reported.
    { code: 'interface ImportMetaEnv {\n  readonly VITE_OPENAI_API_KEY: string;\n}', filename: 'src/vite-env.d.ts' },
    { code: 'declare namespace NodeJS {\n  interface ProcessEnv { NEXT_PUBLIC_ANTHROPIC_API_KEY?: string }\n}', filename: 'env.d.ts' },
    // Some other interface that happens to have such a field.
    { code: 'interface Settings { VITE_OPENAI_API_KEY: string }', filename: 'src/settings.ts' },
    // A public name that holds no secret.
    { code: 'const title = import.meta.env.VITE_APP_TITLE;', filename: 'src/main.ts' },
  ],
  invalid: [
    // Next.js inlines NEXT_PUBLIC_ reads into the client bundle.
    {
      code: 'const key = process.env.NEXT_PUBLIC_OPENAI_API_KEY;',
      filename: 'app/page.tsx',
      errors: [
        {
          messageId: 'publicSecretEnv',
          line: 1,
          column: 13,
          endColumn: 51,
          data: {
            name: 'NEXT_PUBLIC_OPENAI_API_KEY',
            provider: ' (OpenAI key)',
            frameworks: 'Next.js',
            inlines: 'inlines',
            prefix: 'NEXT_PUBLIC_',
            bare: 'OPENAI_API_KEY',
            fix: 'Call the provider from a Route Handler (app/api/…/route.ts) or a Server Action, and keep the key in a server-only env var (no NEXT_PUBLIC_ prefix).',
          },
          suggestions: [{ messageId: 'renameWithoutPrefix', data: { bare: 'OPENAI_API_KEY' }, output: 'const key = process.env.OPENAI_API_KEY;' }],
        },
      ],
    },
    // Computed access with a string literal is the same read.
    {
      code: "const key = process.env['NEXT_PUBLIC_OPENAI_API_KEY'];",
      filename: 'app/page.tsx',
      errors: [
        {
          messageId: 'publicSecretEnv',
          line: 1,
          column: 13,
          suggestions: [{ messageId: 'renameWithoutPrefix', data: { bare: 'OPENAI_API_KEY' }, output: "const key = process.env['OPENAI_API_KEY'];" }],
        },
      ],
    },
    // Vite inlines VITE_ names read through import.meta.env; a provider word plus KEY is a secret.
    {
      code: 'const key = import.meta.env.VITE_ANTHROPIC_KEY;',
      filename: 'src/chat.ts',
      errors: [
        {
          messageId: 'publicSecretEnv',
          line: 1,
          column: 13,
          endColumn: 47,
          suggestions: [{ messageId: 'renameWithoutPrefix', data: { bare: 'ANTHROPIC_KEY' }, output: 'const key = import.meta.env.ANTHROPIC_KEY;' }],
        },
      ],
    },
    // Destructuring from process.env: the suggestion keeps the local name.
    {
      code: 'const { EXPO_PUBLIC_OPENAI_SECRET } = process.env;',
      filename: 'app/index.tsx',
      errors: [
        {
          messageId: 'publicSecretEnv',
          line: 1,
          column: 9,
          endColumn: 34,
          suggestions: [
            { messageId: 'renameWithoutPrefix', data: { bare: 'OPENAI_SECRET' }, output: 'const { OPENAI_SECRET: EXPO_PUBLIC_OPENAI_SECRET } = process.env;' },
          ],
        },
      ],
    },
    // Destructuring from import.meta.env with a rename: only the key changes.
    {
      code: "const { VITE_GROQ_API_KEY: groqKey = '' } = import.meta.env;",
      filename: 'src/groq.ts',
      errors: [
        {
          messageId: 'publicSecretEnv',
          line: 1,
          column: 9,
          suggestions: [{ messageId: 'renameWithoutPrefix', data: { bare: 'GROQ_API_KEY' }, output: "const { GROQ_API_KEY: groqKey = '' } = import.meta.env;" }],
        },
      ],
    },
    // SvelteKit public static env: no rename suggestion (the fix moves it to $env/static/private).
    {
      code: "import { PUBLIC_OPENAI_API_KEY } from '$env/static/public';",
      filename: 'src/routes/+page.svelte.ts',
      errors: [
        {
          messageId: 'publicSecretEnv',
          line: 1,
          column: 10,
          endColumn: 31,
          data: {
            name: 'PUBLIC_OPENAI_API_KEY',
            provider: ' (OpenAI key)',
            frameworks: 'SvelteKit, Astro',
            inlines: 'inline',
            prefix: 'PUBLIC_',
            bare: 'OPENAI_API_KEY',
            fix: 'Call the provider in +page.server.ts, +server.ts or $lib/server, and read the key from $env/static/private.',
          },
          suggestions: [],
        },
      ],
    },
    // SvelteKit dynamic public env is public too.
    {
      code: "import { env } from '$env/dynamic/public';\nconst key = env.PUBLIC_GEMINI_API_KEY;",
      filename: 'src/lib/ai.ts',
      errors: [
        {
          messageId: 'publicSecretEnv',
          line: 2,
          column: 13,
          suggestions: [{ messageId: 'renameWithoutPrefix', data: { bare: 'GEMINI_API_KEY' }, output: "import { env } from '$env/dynamic/public';\nconst key = env.GEMINI_API_KEY;" }],
        },
      ],
    },
    // A generic secret word (SECRET) with a public prefix, no provider named.
    {
      code: 'fetch(url, { headers: { Authorization: process.env.REACT_APP_CLIENT_SECRET } });',
      filename: 'src/App.tsx',
      errors: [
        {
          messageId: 'publicSecretEnv',
          line: 1,
          column: 40,
          suggestions: [{ messageId: 'renameWithoutPrefix', data: { bare: 'CLIENT_SECRET' }, output: 'fetch(url, { headers: { Authorization: process.env.CLIENT_SECRET } });' }],
        },
      ],
    },
    // additionalSecretNames adds the user's own secret names.
    {
      code: 'const t = process.env.NEXT_PUBLIC_INTERNAL_BILLING_TOKEN;',
      filename: 'app/page.tsx',
      options: [{ additionalSecretNames: ['*_BILLING_TOKEN'] }],
      errors: [
        {
          messageId: 'publicSecretEnv',
          line: 1,
          column: 11,
          suggestions: [{ messageId: 'renameWithoutPrefix', data: { bare: 'INTERNAL_BILLING_TOKEN' }, output: 'const t = process.env.INTERNAL_BILLING_TOKEN;' }],
        },
      ],
    },
    // Astro reads PUBLIC_ through import.meta.env: the Astro fix is named.
    {
      code: 'const key = import.meta.env.PUBLIC_OPENAI_API_KEY;',
      filename: 'src/components/Chat.ts',
      errors: [
        {
          messageId: 'publicSecretEnv',
          line: 1,
          column: 13,
          data: {
            name: 'PUBLIC_OPENAI_API_KEY',
            provider: ' (OpenAI key)',
            frameworks: 'SvelteKit, Astro',
            inlines: 'inline',
            prefix: 'PUBLIC_',
            bare: 'OPENAI_API_KEY',
            fix: 'Call the provider from an API endpoint (src/pages/api/*.ts) or frontmatter, and declare the key with astro:env as access: "secret".',
          },
          suggestions: [{ messageId: 'renameWithoutPrefix', data: { bare: 'OPENAI_API_KEY' }, output: 'const key = import.meta.env.OPENAI_API_KEY;' }],
        },
      ],
    },
    // A Vue single-file component, parsed by vue-eslint-parser.
    {
      code: '<script setup lang="ts">\nconst key = import.meta.env.VITE_OPENAI_API_KEY;\n</script>\n<template><div /></template>\n',
      filename: 'src/components/Chat.vue',
      languageOptions: { parser: vueParser, parserOptions: { parser: tsParser } },
      errors: [
        {
          messageId: 'publicSecretEnv',
          line: 2,
          column: 13,
          suggestions: [
            { messageId: 'renameWithoutPrefix', data: { bare: 'OPENAI_API_KEY' }, output: '<script setup lang="ts">\nconst key = import.meta.env.OPENAI_API_KEY;\n</script>\n<template><div /></template>\n' },
          ],
        },
      ],
    },
    // A Svelte component, parsed by svelte-eslint-parser.
    {
      code: "<script lang=\"ts\">\n  import { PUBLIC_ANTHROPIC_API_KEY } from '$env/static/public';\n</script>\n<p>hi</p>\n",
      filename: 'src/routes/+page.svelte',
      languageOptions: { parser: svelteParser, parserOptions: { parser: tsParser } },
      errors: [{ messageId: 'publicSecretEnv', line: 2, column: 12, suggestions: [] }],
    },
    // Astro frontmatter, parsed by astro-eslint-parser.
    {
      code: '---\nconst key = import.meta.env.PUBLIC_OPENAI_API_KEY;\n---\n<div>hi</div>\n',
      filename: 'src/pages/index.astro',
      languageOptions: { parser: astroParser, parserOptions: { parser: tsParser } },
      errors: [
        {
          messageId: 'publicSecretEnv',
          line: 2,
          column: 13,
          suggestions: [{ messageId: 'renameWithoutPrefix', data: { bare: 'OPENAI_API_KEY' }, output: '---\nconst key = import.meta.env.OPENAI_API_KEY;\n---\n<div>hi</div>\n' }],
        },
      ],
    },
    // The same name read twice in one file: one report, at the first read.
    {
      code: 'const a = import.meta.env.VITE_OPENAI_API_KEY;\nconst b = import.meta.env.VITE_OPENAI_API_KEY ? 1 : 0;',
      filename: 'src/a.ts',
      errors: [{ messageId: 'publicSecretEnv', line: 1, column: 11, suggestions: [{ messageId: 'renameWithoutPrefix', data: { bare: 'OPENAI_API_KEY' }, output: 'const a = import.meta.env.OPENAI_API_KEY;\nconst b = import.meta.env.VITE_OPENAI_API_KEY ? 1 : 0;' }] }],
    },
  ],
});
