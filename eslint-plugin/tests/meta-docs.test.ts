/**
 * `docs:check`: the rule doc headers, option tables and README tables are what eslint-doc-generator writes
 * from the built plugin. Fix a failure with `pnpm --filter eslint-plugin-backend-only docs`. Needs `pnpm build`.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const pluginDir = fileURLToPath(new URL('../', import.meta.url));
const generator = fileURLToPath(new URL('../../node_modules/eslint-doc-generator/dist/bin/eslint-doc-generator.js', import.meta.url));

it('rule docs and the README are up to date (eslint-doc-generator --check)', async () => {
  expect(existsSync(new URL('../dist/index.js', import.meta.url)), 'eslint-plugin/dist: run `pnpm build` first').toBe(true);
  const { code, output } = await new Promise<{ code: number; output: string }>((resolve) => {
    execFile(process.execPath, [generator, '--check'], { cwd: pluginDir }, (error, stdout, stderr) => {
      resolve({ code: error ? Number((error as { code?: unknown }).code ?? 1) : 0, output: stdout + stderr });
    });
  });
  expect(output, 'run `pnpm --filter eslint-plugin-backend-only docs` and commit the result').toBe('');
  expect(code).toBe(0);
});
