import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // Tests run against the TypeScript sources of the engine; end-to-end tests run the built faces.
    alias: [
      { find: '@backend-only/core', replacement: fileURLToPath(new URL('./packages/core/src/index.ts', import.meta.url)) },
      { find: '@backend-only/audit', replacement: fileURLToPath(new URL('./packages/audit/src/index.ts', import.meta.url)) },
      // The Action lints PR files with the plugin: its tests use the plugin's sources too.
      { find: /^eslint-plugin-backend-only$/, replacement: fileURLToPath(new URL('./eslint-plugin/src/index.ts', import.meta.url)) },
    ],
  },
  test: {
    include: ['packages/*/test/**/*.test.ts', 'eslint-plugin/tests/**/*.test.ts', 'action/test/**/*.test.ts', 'test/**/*.test.ts'],
    setupFiles: ['./test/setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
