/**
 * The Action end to end on the examples' build output: the committed bundle (action/dist/index.js) run
 * the way the runner runs it, timed. Skipped with a note until the Action and the example builds exist.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';

export async function benchAction({ repoRoot, log }) {
  const bundle = path.join(repoRoot, 'action/dist/index.js');
  const builder = path.join(repoRoot, 'scripts/build-examples.mjs');
  const missing = [bundle, builder].filter((file) => !existsSync(file)).map((file) => path.relative(repoRoot, file));
  if (missing.length > 0) {
    const note = `skipped: ${missing.join(' and ')} not there yet.`;
    log(`     ${note}`);
    return ['## The Action end to end', '', note];
  }
  return ['## The Action end to end', '', 'skipped: not wired yet.'];
}
benchAction.title = 'the Action end to end';
