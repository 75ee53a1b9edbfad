/**
 * The repository lints itself: typescript-eslint's recommended rules and our own plugin's recommended config
 * (built first: `pnpm build`, then `pnpm lint`).
 */
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import backendOnly from 'eslint-plugin-backend-only';

export default defineConfig([
  {
    name: 'repo/ignores',
    ignores: [
      '**/dist/**',
      '**/coverage/**',
      '**/.next/**',
      // The example apps leak on purpose (the end-to-end tests lint them with their own eslint.config.mjs).
      'examples/**',
      // The bundle-shape apps leak on purpose too, and their builds are bundler output.
      'test/bundles/**',
      // Test fixtures hold leaks on purpose, and bundler output.
      '**/fixtures/**',
      // Benchmark corpora, generated and downloaded.
      '.bench/**',
    ],
  },
  ...tseslint.configs.recommended,
  backendOnly.configs.recommended,
  {
    name: 'repo/rules',
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
]);
