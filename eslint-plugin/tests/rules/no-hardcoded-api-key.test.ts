import { RuleTester, type InvalidTestCase } from '@typescript-eslint/rule-tester';
import { Linter } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import { getProvider, KEY_SHAPES, redact, shapePrefix, type ProviderId } from '@backend-only/core';
import { describe, expect, it } from 'vitest';
import rule, { type MessageIds } from '../../src/rules/no-hardcoded-api-key.js';
import { fakeKeys, randomChars, seededRandom, OPENAI_MARKER } from '../../../packages/core/test/helpers/fake-keys.js';

const ruleTester = new RuleTester();
const random = seededRandom(42);
const keys = fakeKeys(random);
const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';
const geminiKey = 'AIza' + randomChars(35, B64URL, random);
const firebaseKey = 'AIza' + randomChars(35, B64URL, random);
/** A Firebase web config as people write it, with its key inline. */
const firebaseConfig = `const firebaseConfig = {\n  apiKey: '${firebaseKey}',\n  authDomain: 'demo-app.firebaseapp.com',\n  projectId: 'demo-app',\n  storageBucket: 'demo-app.appspot.com',\n  messagingSenderId: '1234567890',\n  appId: '1:1234567890:web:abc123',\n};\n`;
/** Code unrelated to any key, long enough to put the key beyond any word window. */
const farAway = Array.from({ length: 12 }, (_, i) => `export function step${i}(items: number[]) {\n  return items.map((n) => n * ${i});\n}\n`).join('');
const projectKey = keys[0]!.key;

/** The message data a key must produce: its redacted form, provider and revoke URL. */
function dataFor(key: string, shapeId: string) {
  const shape = KEY_SHAPES.find((s) => s.id === shapeId)!;
  const provider = getProvider(shape.provider as ProviderId);
  return { label: shape.label, redacted: redact(key, shapePrefix(shape)), provider: provider.name, revokeUrl: provider.revokeUrl };
}

/** One invalid case per key shape the catalog matches without context. */
const everyShape: InvalidTestCase<MessageIds, []>[] = keys.map(({ key, shapeId }) => ({
  // The key in a plain string literal.
  name: `a ${shapeId} key in a string literal`,
  code: `const apiKey = '${key}';`,
  filename: 'src/client.ts',
  errors: [{ messageId: 'hardcodedApiKey', line: 1, column: 16, endColumn: 18 + key.length, data: dataFor(key, shapeId) }],
}));

ruleTester.run('no-hardcoded-api-key', rule, {
  valid: [
    // Reading the key from the environment is the fix.
    { name: 'env read', code: 'const apiKey = process.env.OPENAI_API_KEY;', filename: 'src/server.ts' },
    // An OpenAI Realtime ephemeral secret is minted per session and public by design.
    { name: 'ephemeral ek_ secret', code: `const secret = 'ek_${randomChars(32, '0123456789abcdef', random)}';`, filename: 'src/realtime.ts' },
    // Placeholders in docs and examples are not keys.
    { name: 'placeholder', code: "const apiKey = 'sk-" + "proj-your-key-here-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx';", filename: 'README.ts' },
    // A Google-shaped key with no Gemini context may be a Maps or Firebase key.
    { name: 'AIza without Gemini context', code: `const mapsKey = '${geminiKey}';`, filename: 'src/map.ts' },
    // A Firebase web config apiKey is public by design.
    { name: 'Firebase web config', code: `const firebaseConfig = { apiKey: '${geminiKey}', authDomain: 'demo.firebaseapp.com', gemini: true };`, filename: 'src/firebase.ts' },
    // A Firebase config stays public beside Gemini code, and a Maps key in its script URL.
    {
      name: 'Firebase web config next to the Gemini SDK',
      code: `import { GoogleGenAI } from '@google/genai';\n${firebaseConfig}export const ai = new GoogleGenAI({ apiKey: process.env.GEMINI_API_KEY });`,
      filename: 'src/firebase.ts',
    },
    {
      name: 'Maps script URL in a file that calls Gemini',
      code: `script.src = 'https://maps.googleapis.com/maps/api/js?key=${geminiKey}';\n${farAway}fetch('https://generativelanguage.googleapis.com/v1beta/models');`,
      filename: 'src/map.ts',
    },
    // The key prefix alone is not a key.
    { name: 'prefix alone', code: "if (key.startsWith('sk-proj-')) warn();", filename: 'src/check.ts' },
    // Concatenation with a run-time value cannot be judged.
    { name: 'prefix plus variable', code: "const key = 'sk-' + 'proj-' + suffix;", filename: 'src/a.ts' },
  ],
  invalid: [
    ...everyShape,
    // A key split by + concatenation of literals is still a key: reported once, on the whole chain.
    {
      name: 'key split by + concatenation',
      code: `const apiKey = 'sk-' + 'proj-' + '${projectKey.slice(8, 40)}' + \`${projectKey.slice(40)}\`;`,
      filename: 'src/client.ts',
      errors: [{ messageId: 'hardcodedApiKey', line: 1, column: 16, data: dataFor(projectKey, 'openai-project') }],
    },
    // A whole key in one piece of a + chain is reported once, by its own literal.
    {
      name: 'whole key in one piece of a + chain',
      code: `const auth = 'Bearer ' + '${projectKey}';`,
      filename: 'src/client.ts',
      errors: [{ messageId: 'hardcodedApiKey', line: 1, column: 26, data: dataFor(projectKey, 'openai-project') }],
    },
    // A key inside a template literal's text.
    {
      name: 'key in a template literal',
      code: `const headers = { Authorization: \`Bearer ${projectKey}\` };`,
      filename: 'src/client.ts',
      errors: [{ messageId: 'hardcodedApiKey', line: 1, column: 34, data: dataFor(projectKey, 'openai-project') }],
    },
    // A Gemini key next to the Gemini SDK is a Gemini key.
    {
      name: 'Gemini key with SDK context',
      code: `const genAI = new GoogleGenerativeAI('${geminiKey}');`,
      filename: 'src/gemini.ts',
      errors: [{ messageId: 'hardcodedApiKey', line: 1, column: 38, data: dataFor(geminiKey, 'google-api') }],
    },
    // Next to a Firebase config, the Gemini key is reported and the Firebase key is not.
    {
      name: 'Gemini key beside a Firebase config',
      code: `${firebaseConfig}export const ai = new GoogleGenAI({ apiKey: '${geminiKey}' });`,
      filename: 'src/app.ts',
      errors: [{ messageId: 'hardcodedApiKey', line: 9, column: 45, data: dataFor(geminiKey, 'google-api') }],
    },
    // A key far from the call that uses it: the file's Gemini host makes it a Gemini key.
    {
      name: 'Gemini key far from the Gemini REST call',
      code: `const key = '${geminiKey}';\n${farAway}fetch('https://generativelanguage.googleapis.com/v1beta/models', { headers: { 'x-goog-api-key': key } });`,
      filename: 'src/gemini.ts',
      errors: [{ messageId: 'hardcodedApiKey', line: 1, column: 13, data: dataFor(geminiKey, 'google-api') }],
    },
    // A key passed as a JSX attribute, on the second line.
    {
      name: 'key in a JSX attribute',
      code: `export const App = () =>\n  <Chat apiKey="${projectKey}" />;`,
      filename: 'src/App.tsx',
      errors: [{ messageId: 'hardcodedApiKey', line: 2, column: 16, data: dataFor(projectKey, 'openai-project') }],
    },
  ],
});

describe('no-hardcoded-api-key messages', () => {
  it('never print a full key, only its redacted form', () => {
    const linter = new Linter();
    const code = keys.map(({ key }, i) => `export const k${i} = '${key}';`).join('\n') + `\nexport const s = 'sk-' + 'proj-' + '${projectKey.slice(8)}';`;
    const messages = linter.verify(code, [{ files: ['**/*.ts'], languageOptions: { parser: tsParser }, plugins: { b: { rules: { k: rule as never } } }, rules: { 'b/k': 'error' } }], 'src/keys.ts');
    expect(messages).toHaveLength(keys.length + 1);
    const output = JSON.stringify(messages);
    for (const { key } of keys) expect(output).not.toContain(key);
    expect(output).not.toContain(OPENAI_MARKER);
  });
});
