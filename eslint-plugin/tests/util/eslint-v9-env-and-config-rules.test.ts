import { Linter as LinterV9 } from 'eslint-v9';
import tsParser from '@typescript-eslint/parser';
import { describe, expect, it } from 'vitest';
import noDangerouslyAllowBrowser from '../../src/rules/no-dangerously-allow-browser.js';
import noHardcodedApiKey from '../../src/rules/no-hardcoded-api-key.js';
import noPublicSecretEnv from '../../src/rules/no-public-secret-env.js';
import noSecretInBundlerConfig from '../../src/rules/no-secret-in-bundler-config.js';
import { fakeKeys, seededRandom } from '../../../packages/core/test/helpers/fake-keys.js';

/** The same rules on ESLint 9's Linter: nothing they use may be ESLint-10-only. */
function lintV9(code: string, filename: string): { ruleId: string | null; line: number; message: string }[] {
  const linter = new LinterV9({ configType: 'flat' });
  return linter.verify(
    code,
    [
      {
        files: ['**/*.{ts,tsx,js,mjs,cjs}'],
        languageOptions: { parser: tsParser as never },
        plugins: {
          'backend-only': {
            rules: {
              'no-dangerously-allow-browser': noDangerouslyAllowBrowser as never,
              'no-hardcoded-api-key': noHardcodedApiKey as never,
              'no-public-secret-env': noPublicSecretEnv as never,
              'no-secret-in-bundler-config': noSecretInBundlerConfig as never,
            },
          },
        },
        rules: {
          'backend-only/no-dangerously-allow-browser': 'error',
          'backend-only/no-hardcoded-api-key': 'error',
          'backend-only/no-public-secret-env': 'error',
          'backend-only/no-secret-in-bundler-config': 'error',
        },
      },
    ],
    filename,
  );
}

describe('rules on ESLint 9', () => {
  it('report in a client file', () => {
    const key = fakeKeys(seededRandom(3))[0]!.key;
    const code = [
      "import OpenAI from 'openai';",
      'const fromEnv = import.meta.env.VITE_OPENAI_API_KEY;',
      `const inline = '${key}';`,
      'new OpenAI({ dangerouslyAllowBrowser: true });',
    ].join('\n');
    const messages = lintV9(code, 'src/chat.ts');
    expect(messages.map((m) => [m.ruleId, m.line])).toEqual([
      ['backend-only/no-public-secret-env', 2],
      ['backend-only/no-hardcoded-api-key', 3],
      ['backend-only/no-dangerously-allow-browser', 4],
    ]);
    expect(JSON.stringify(messages)).not.toContain(key);
  });

  it('report in a bundler config', () => {
    const messages = lintV9("export default defineConfig({ envPrefix: '', define: { 'process.env': process.env } });", 'vite.config.ts');
    expect(messages.map((m) => m.ruleId)).toEqual(['backend-only/no-secret-in-bundler-config', 'backend-only/no-secret-in-bundler-config']);
  });
});
