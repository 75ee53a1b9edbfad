import { RuleTester } from '@typescript-eslint/rule-tester';
import rule from '../../src/rules/no-client-ai-api-call.js';
import { at } from './fixture-paths.js';

const ruleTester = new RuleTester();
const VITE_WHERE = 'client code (Vite source ships to the browser)';
const VITE_FIX = (provider: string) =>
  `A Vite app is browser code: call ${provider} from a backend route (an API server, a serverless function) and keep the key unprefixed there.`;

ruleTester.run('no-client-ai-api-call', rule, {
  valid: [
    // Server code may call providers directly.
    { code: "await fetch('https://api.openai.com/v1/chat/completions');", filename: at('next', 'app/api/chat/route.ts') },
    { code: "await fetch('https://api.openai.com/v1/chat/completions');", filename: at('vite', 'server/chat.ts') },
    { code: "await fetch('https://api.anthropic.com/v1/messages');", filename: at('node', 'src/index.ts') },
    // The fix: the browser calls its own server route.
    { code: "await fetch('/api/chat', { method: 'POST' });", filename: at('vite', 'src/App.tsx') },
    // A host mentioned in text, not requested.
    { code: "const note = 'Powered by api.openai.com';", filename: at('vite', 'src/App.tsx') },
    // A run-time URL cannot be judged; a `let` may be reassigned.
    { code: "let url = 'https://api.openai.com/v1';\nurl = '/api';\nawait fetch(url);", filename: at('vite', 'src/App.tsx') },
    // Hosts match exactly: a look-alike host or a sub-host of another name is not the provider's API.
    { code: "await fetch('https://labs-api.perplexity.ai/chat');", filename: at('vite', 'src/App.tsx') },
    { code: "await fetch('https://api.openai.com.example.org/v1/models');", filename: at('vite', 'src/App.tsx') },
    { code: "await fetch('https://example.org/?next=https://api.openai.com/v1');", filename: at('vite', 'src/App.tsx') },
    // A base URL the file does not spell.
    { code: 'await fetch(`${base}/v1/chat/completions`);', filename: at('vite', 'src/App.tsx') },
    // Bring your own key: the request carries the key the user keeps in storage.
    {
      code: "const key = localStorage.getItem('openai');\nawait fetch('https://api.openai.com/v1/responses', { method: 'POST', headers: { Authorization: `Bearer ${key}` } });",
      filename: at('vite', 'src/App.tsx'),
    },
    {
      code: "const { apiKey } = await chrome.storage.local.get('apiKey');\nawait fetch('https://api.anthropic.com/v1/messages', { headers: { 'x-api-key': apiKey } });",
      filename: at('vite', 'src/background.ts'),
    },
    // A component's prop is handed in at run time: the user's key (a parent's developer key is reported where it reads it).
    {
      code: "export function Chat({ apiKey }: { apiKey: string }) { return fetch('https://api.openai.com/v1/models', { headers: { Authorization: `Bearer ${apiKey}` } }); }",
      filename: at('vite', 'src/Chat.tsx'),
    },
    // Inside a Remix loader: server code.
    { code: "export async function loader() { return fetch('https://api.groq.com/openai/v1/models'); }", filename: at('remix', 'app/routes/x.tsx') },
  ],
  invalid: [
    {
      code: "await fetch('https://api.openai.com/v1/chat/completions', { method: 'POST' });",
      filename: at('vite', 'src/App.tsx'),
      errors: [{ messageId: 'clientApiCall', line: 1, column: 7, data: { client: 'fetch()', provider: 'OpenAI', host: 'api.openai.com', where: VITE_WHERE, fix: VITE_FIX('OpenAI') } }],
    },
    { code: 'await window.fetch(`https://api.anthropic.com/v1/messages`);', filename: at('vite', 'src/App.tsx'), errors: [{ messageId: 'clientApiCall', data: { client: 'fetch()', provider: 'Anthropic', host: 'api.anthropic.com', where: VITE_WHERE, fix: VITE_FIX('Anthropic') } }] },
    // A template literal with an expression, and a const base URL.
    { code: "const model = 'x';\nawait fetch(`https://generativelanguage.googleapis.com/v1beta/models/${model}:generateContent`);", filename: at('vite', 'src/App.tsx'), errors: [{ messageId: 'clientApiCall' }] },
    { code: "const BASE = 'https://api.openai.com/v1';\nawait fetch(BASE + '/chat/completions');", filename: at('vite', 'src/App.tsx'), errors: [{ messageId: 'clientApiCall' }] },
    // axios in every form.
    { code: "axios.post('https://api.openai.com/v1/chat/completions', body);", filename: at('vite', 'src/App.tsx'), errors: [{ messageId: 'clientApiCall', data: { client: 'axios.post()', provider: 'OpenAI', host: 'api.openai.com', where: VITE_WHERE, fix: VITE_FIX('OpenAI') } }] },
    { code: "axios({ method: 'post', url: 'https://api.mistral.ai/v1/chat/completions' });", filename: at('vite', 'src/App.tsx'), errors: [{ messageId: 'clientApiCall' }] },
    { code: "const api = axios.create({ baseURL: 'https://api.groq.com/openai/v1' });", filename: at('vite', 'src/App.tsx'), errors: [{ messageId: 'clientApiCall' }] },
    // ky, XMLHttpRequest, new URL(), new Request().
    { code: "await ky.post('https://api.x.ai/v1/chat/completions', { json: body });", filename: at('vite', 'src/App.tsx'), errors: [{ messageId: 'clientApiCall' }] },
    { code: "const api = ky.create({ prefixUrl: 'https://api.deepseek.com' });", filename: at('vite', 'src/App.tsx'), errors: [{ messageId: 'clientApiCall' }] },
    { code: "const xhr = new XMLHttpRequest();\nxhr.open('POST', 'https://api.anthropic.com/v1/messages');", filename: at('expo', 'app/index.tsx'), errors: [{ messageId: 'clientApiCall', line: 2, data: { client: 'XMLHttpRequest.open()', provider: 'Anthropic', host: 'api.anthropic.com', where: 'client code (Expo source ships to the browser)', fix: 'Everything in an app bundle is readable on the device: call Anthropic from an Expo API route (app/…+api.ts) or your own backend.' } }] },
    { code: "const url = new URL('/v1/chat/completions', 'https://api.openai.com');", filename: at('vite', 'src/App.tsx'), errors: [{ messageId: 'clientApiCall' }] },
    { code: "await fetch(new Request('https://api.cohere.com/v2/chat'));", filename: at('vite', 'src/App.tsx'), errors: [{ messageId: 'clientApiCall' }] },
    // Nuxt's $fetch and useFetch, and ofetch instances.
    { code: "const models = await $fetch('https://api.openai.com/v1/models');", filename: at('nuxt', 'composables/useModels.ts'), errors: [{ messageId: 'clientApiCall' }] },
    { code: "const { data } = await useFetch('https://api.mistral.ai/v1/models');", filename: at('nuxt', 'composables/useModels.ts'), errors: [{ messageId: 'clientApiCall' }] },
    { code: "const api = ofetch.create({ baseURL: 'https://api.groq.com/openai/v1' });", filename: at('vite', 'src/api.ts'), errors: [{ messageId: 'clientApiCall' }] },
    // A template whose base is a const, Azure's per-resource hosts, OpenRouter's API path.
    {
      code: "const BASE = 'https://api.perplexity.ai';\nawait fetch(`${BASE}/chat/completions`);",
      filename: at('vite', 'src/App.tsx'),
      errors: [{ messageId: 'clientApiCall', data: { client: 'fetch()', provider: 'Perplexity', host: 'api.perplexity.ai', where: VITE_WHERE, fix: VITE_FIX('Perplexity') } }],
    },
    { code: "await fetch('https://my-resource.openai.azure.com/openai/deployments/x/chat/completions');", filename: at('vite', 'src/App.tsx'), errors: [{ messageId: 'clientApiCall' }] },
    { code: "await fetch('https://openrouter.ai/api/v1/chat/completions');", filename: at('vite', 'src/App.tsx'), errors: [{ messageId: 'clientApiCall' }] },
    // The build env in the header is the developer's key.
    {
      code: "await fetch('https://api.openai.com/v1/responses', { headers: { Authorization: `Bearer ${import.meta.env.VITE_OPENAI_KEY}` } });",
      filename: at('vite', 'src/App.tsx'),
      errors: [{ messageId: 'clientApiCall' }],
    },
    // …except in a Next.js Client Component, whose props may carry a Server Component's secret.
    {
      code: "'use client';\nexport default function Models({ apiKey }: { apiKey: string }) { return fetch('https://api.openai.com/v1/models', { headers: { Authorization: `Bearer ${apiKey}` } }); }",
      filename: at('next', 'app/models/Models.tsx'),
      errors: [{ messageId: 'clientApiCall' }],
    },
    // A Client Component in Next.js.
    { code: "'use client';\nawait fetch('https://api.openai.com/v1/responses');", filename: at('next', 'app/Chat.tsx'), errors: [{ messageId: 'clientApiCall' }] },
  ],
});
