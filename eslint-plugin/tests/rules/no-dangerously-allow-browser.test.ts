import { RuleTester } from '@typescript-eslint/rule-tester';
import * as tsParser from '@typescript-eslint/parser';
import * as vueParser from 'vue-eslint-parser';
import rule from '../../src/rules/no-dangerously-allow-browser.js';
import { at } from './fixture-paths.js';
import { randomChars, seededRandom, OPENAI_MARKER } from '../../../packages/core/test/helpers/fake-keys.js';

const ruleTester = new RuleTester();
const random = seededRandom(7);
const fakeKey = 'sk-' + 'proj-' + randomChars(20, undefined, random) + OPENAI_MARKER + randomChars(20, undefined, random);
const openai = "import OpenAI from 'openai';\n";

ruleTester.run('no-dangerously-allow-browser', rule, {
  valid: [
    // The guard stays on.
    { code: `${openai}new OpenAI({ apiKey: process.env.OPENAI_API_KEY, dangerouslyAllowBrowser: false });`, filename: 'src/chat.ts' },
    // No option: the SDK refuses to run in a browser, which is what we want.
    { code: `${openai}new OpenAI();`, filename: 'src/chat.ts' },
    // Bring-your-own-key: the key is a parameter the user typed; not reported by default.
    { code: `${openai}export function client(userKey: string) { return new OpenAI({ apiKey: userKey, dangerouslyAllowBrowser: true }); }`, filename: 'src/byok.ts' },
    // Bring-your-own-key from storage.
    { code: `${openai}new OpenAI({ apiKey: localStorage.getItem('key') ?? '', dangerouslyAllowBrowser: true });`, filename: 'src/byok.ts' },
    // Bring-your-own-key through an async function.
    { code: `${openai}new OpenAI({ apiKey: async () => fetchKey(), dangerouslyAllowBrowser: true });`, filename: 'src/byok.ts' },
    // Bring-your-own-key from React state.
    { code: `${openai}function Chat() { const [key] = useState(''); const ai = new OpenAI({ apiKey: key, dangerouslyAllowBrowser: true }); }`, filename: 'src/Chat.tsx' },
    // A local class called OpenAI is not the SDK.
    { code: "class OpenAI { constructor(o: object) {} }\nnew OpenAI({ dangerouslyAllowBrowser: true });", filename: 'src/mock.ts' },
    // A module that is not an AI SDK.
    { code: "import OpenAI from './my-wrapper';\nnew OpenAI({ dangerouslyAllowBrowser: true });", filename: 'src/a.ts' },
    // A type-only import cannot construct anything.
    { code: "import type OpenAI from 'openai';\ndeclare const C: typeof OpenAI;\nnew C({ dangerouslyAllowBrowser: true });", filename: 'src/a.ts' },
    // A spread we cannot see into may hold the user's key.
    { code: `${openai}new OpenAI({ ...settings, dangerouslyAllowBrowser: true });`, filename: 'src/a.ts' },
    // Bring your own key through a parameter that the file's call sites feed with the user's input.
    { code: `${openai}const make = (key: string) => new OpenAI({ apiKey: key, dangerouslyAllowBrowser: true });\nexport const ask = () => make(prompt('OpenAI key') ?? '');`, filename: 'src/byok.ts' },
    // …from extension settings storage, and from a component's prop set from state.
    { code: `${openai}export async function make() { const { apiKey } = await chrome.storage.sync.get('apiKey'); return new OpenAI({ apiKey, dangerouslyAllowBrowser: true }); }`, filename: 'src/byok.ts' },
    {
      code: `${openai}function Chat({ apiKey }: { apiKey: string }) { return new OpenAI({ apiKey, dangerouslyAllowBrowser: true }); }\nexport function App() { const [key] = useState(''); return <Chat apiKey={key} />; }`,
      filename: 'src/App.tsx',
      languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
    },
    // A server module's client never reaches a browser (a Route Handler; a Next.js module without 'use client').
    { code: `${openai}new OpenAI({ apiKey: process.env.NEXT_PUBLIC_OPENAI_KEY, dangerouslyAllowBrowser: true });`, filename: at('next', 'app/api/chat/route.ts') },
    { code: `${openai}export const ai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY, dangerouslyAllowBrowser: true });`, filename: at('next', 'lib/ai.ts') },
    // `!1` is false.
    { code: `${openai}new OpenAI({ dangerouslyAllowBrowser: !1 });`, filename: 'src/a.ts' },
  ],
  invalid: [
    // A key imported from another module, or from a bundled JSON file, is the same for every visitor.
    {
      name: 'an imported key',
      code: `${openai}import { OPENAI_KEY } from './config';\nnew OpenAI({ apiKey: OPENAI_KEY, dangerouslyAllowBrowser: true });`,
      filename: 'src/chat.ts',
      errors: [{ messageId: 'importedKey', data: { provider: 'OpenAI' } }],
    },
    {
      name: 'a key from a bundled JSON file',
      code: `${openai}import keys from './keys.json';\nnew OpenAI({ apiKey: keys.openai, dangerouslyAllowBrowser: true });`,
      filename: 'src/chat.ts',
      errors: [{ messageId: 'importedKey' }],
    },
    // The build env through a parameter, fed by a call site of the file, and through a prop.
    {
      name: 'an env key through a parameter',
      code: `${openai}const make = (key: string) => new OpenAI({ apiKey: key, dangerouslyAllowBrowser: true });\nexport const client = make(import.meta.env.VITE_OPENAI_KEY);`,
      filename: 'src/chat.ts',
      errors: [{ messageId: 'envKey', data: { provider: 'OpenAI', name: 'VITE_OPENAI_KEY' } }],
    },
    {
      name: 'an env key through a prop',
      code: `${openai}function Chat({ apiKey }: { apiKey: string }) { return new OpenAI({ apiKey, dangerouslyAllowBrowser: true }); }\nexport const App = () => <Chat apiKey={import.meta.env.VITE_OPENAI_KEY} />;`,
      filename: 'src/App.tsx',
      languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
      errors: [{ messageId: 'envKey' }],
    },
    {
      name: 'React state that starts with the env key',
      code: `${openai}function Chat() { const [key] = useState(import.meta.env.VITE_OPENAI_KEY); return new OpenAI({ apiKey: key, dangerouslyAllowBrowser: true }); }`,
      filename: 'src/Chat.tsx',
      errors: [{ messageId: 'envKey' }],
    },
    // A literal key with the guard off: the key ships in the bundle.
    {
      name: 'a literal key',
      code: `${openai}const ai = new OpenAI({ apiKey: '${fakeKey}', dangerouslyAllowBrowser: true });`,
      filename: 'src/chat.ts',
      errors: [{ messageId: 'hardcodedKey', line: 2, column: 37 + fakeKey.length, endColumn: 66 + fakeKey.length, data: { provider: 'OpenAI' } }],
    },
    // No apiKey: the SDK reads OPENAI_API_KEY from the (inlined) environment.
    {
      code: `${openai}const ai = new OpenAI({ dangerouslyAllowBrowser: true });`,
      filename: 'src/chat.ts',
      errors: [{ messageId: 'defaultEnvKey', line: 2, column: 25, endColumn: 54, data: { provider: 'OpenAI', envName: 'OPENAI_API_KEY' } }],
    },
    // A Vite env read is inlined into the bundle.
    {
      code: "import Anthropic from '@anthropic-ai/sdk';\nconst c = new Anthropic({ apiKey: import.meta.env.VITE_ANTHROPIC_API_KEY, dangerouslyAllowBrowser: true });",
      filename: 'src/claude.ts',
      errors: [{ messageId: 'envKey', line: 2, column: 75, data: { provider: 'Anthropic', name: 'VITE_ANTHROPIC_API_KEY' } }],
    },
    // A named import with an alias, and the env read held in a const.
    {
      code: "import { OpenAI as AI } from 'openai';\nconst key = process.env.NEXT_PUBLIC_OPENAI_API_KEY;\nnew AI({ apiKey: key, dangerouslyAllowBrowser: true });",
      filename: 'app/chat.tsx',
      errors: [{ messageId: 'envKey', line: 3, column: 23, data: { provider: 'OpenAI', name: 'NEXT_PUBLIC_OPENAI_API_KEY' } }],
    },
    // A namespace import.
    {
      code: "import * as oai from 'openai';\nnew oai.OpenAI({ dangerouslyAllowBrowser: 1 });",
      filename: 'src/a.ts',
      errors: [{ messageId: 'defaultEnvKey', line: 2, column: 18, data: { provider: 'OpenAI', envName: 'OPENAI_API_KEY' } }],
    },
    // require() with .default, in CommonJS.
    {
      code: "const Anthropic = require('@anthropic-ai/sdk').default;\nnew Anthropic({ dangerouslyAllowBrowser: true });",
      filename: 'src/a.cjs',
      errors: [{ messageId: 'defaultEnvKey', line: 2, column: 17, data: { provider: 'Anthropic', envName: 'ANTHROPIC_API_KEY' } }],
    },
    // Destructured require.
    {
      code: "const { OpenAI } = require('openai');\nnew OpenAI({ dangerouslyAllowBrowser: true });",
      filename: 'src/a.cjs',
      errors: [{ messageId: 'defaultEnvKey', line: 2, column: 14 }],
    },
    // A dynamic import.
    {
      code: "const { default: OpenAI } = await import('openai');\nnew OpenAI({ dangerouslyAllowBrowser: true });",
      filename: 'src/a.ts',
      errors: [{ messageId: 'defaultEnvKey', line: 2, column: 14 }],
    },
    // A non-literal value may be true.
    {
      code: `${openai}new OpenAI({ dangerouslyAllowBrowser: typeof window !== 'undefined' });`,
      filename: 'src/a.ts',
      errors: [{ messageId: 'defaultEnvKey', line: 2, column: 14 }],
    },
    // A conditional spread turns the guard off in browsers.
    {
      code: `${openai}new OpenAI({ apiKey: process.env.OPENAI_API_KEY, ...(isBrowser && { dangerouslyAllowBrowser: true }) });`,
      filename: 'src/a.ts',
      errors: [{ messageId: 'envKey', line: 2, column: 69, data: { provider: 'OpenAI', name: 'OPENAI_API_KEY' } }],
    },
    // Options held in a const object.
    {
      name: 'options held in a const object',
      code: `${openai}const options = { apiKey: '${fakeKey}', dangerouslyAllowBrowser: true };\nnew OpenAI(options);`,
      filename: 'src/a.ts',
      errors: [{ messageId: 'hardcodedKey', line: 2, column: 31 + fakeKey.length }],
    },
    // A shared env fallback after the user's key still ships the shared key.
    {
      code: `${openai}function c(userKey?: string) { return new OpenAI({ apiKey: userKey ?? import.meta.env.VITE_OPENAI_API_KEY, dangerouslyAllowBrowser: true }); }`,
      filename: 'src/a.ts',
      errors: [{ messageId: 'envKey', line: 2, column: 108, data: { provider: 'OpenAI', name: 'VITE_OPENAI_API_KEY' } }],
    },
    // A SvelteKit public env import.
    {
      code: `import { PUBLIC_OPENAI_KEY } from '$env/static/public';\n${openai}new OpenAI({ apiKey: PUBLIC_OPENAI_KEY, dangerouslyAllowBrowser: true });`,
      filename: 'src/lib/ai.ts',
      errors: [{ messageId: 'envKey', line: 3, column: 41, data: { provider: 'OpenAI', name: 'PUBLIC_OPENAI_KEY' } }],
    },
    // LangChain passes the option in a nested `configuration` object.
    {
      code: "import { ChatOpenAI } from '@langchain/openai';\nnew ChatOpenAI({ configuration: { dangerouslyAllowBrowser: true } });",
      filename: 'src/a.ts',
      errors: [{ messageId: 'defaultEnvKey', line: 2, column: 35 }],
    },
    // With checkUserProvidedKeys, bring-your-own-key is reported too.
    {
      code: `${openai}export function client(userKey: string) { return new OpenAI({ apiKey: userKey, dangerouslyAllowBrowser: true }); }`,
      filename: 'src/byok.ts',
      options: [{ checkUserProvidedKeys: true }],
      errors: [{ messageId: 'userProvidedKey', line: 2, column: 80, data: { provider: 'OpenAI' } }],
    },
    // A Vue component's script, parsed by vue-eslint-parser.
    {
      code: "<script setup lang=\"ts\">\nimport OpenAI from 'openai';\nconst ai = new OpenAI({ apiKey: import.meta.env.VITE_OPENAI_API_KEY, dangerouslyAllowBrowser: true });\n</script>\n",
      filename: 'src/components/Chat.vue',
      languageOptions: { parser: vueParser, parserOptions: { parser: tsParser } },
      errors: [{ messageId: 'envKey', line: 3, column: 70, data: { provider: 'OpenAI', name: 'VITE_OPENAI_API_KEY' } }],
    },
  ],
});
