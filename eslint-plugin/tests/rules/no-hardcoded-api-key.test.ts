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
