/**
 * The ESLint plugin's overhead: ESLint with and without eslint-plugin-backend-only's recommended config
 * on a large TypeScript codebase from npm. Skipped with a note until the plugin is built.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';

export async function benchEslintOverhead({ repoRoot, log }) {
  const plugin = path.join(repoRoot, 'eslint-plugin/dist/index.js');
  if (!existsSync(plugin)) {
    const note = 'skipped: eslint-plugin/dist/index.js not built yet.';
    log(`     ${note}`);
    return ['## ESLint plugin overhead', '', note];
  }
  return ['## ESLint plugin overhead', '', 'skipped: not wired yet.'];
}
benchEslintOverhead.title = 'the ESLint plugin overhead';
