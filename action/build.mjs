// Bundles the Action into action/dist (committed: the runner runs it without installing anything).
// Two entries: the Action, and the core's scan worker, which the pool starts as `new URL('./worker.js', import.meta.url)`.
// `node build.mjs [outdir]` builds elsewhere (the staleness test compares a fresh build with the committed one).
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const here = path.dirname(fileURLToPath(import.meta.url));
const outdir = path.resolve(process.argv[2] ?? path.join(here, 'dist'));

await esbuild.build({
  entryPoints: {
    index: path.join(here, 'src/index.ts'),
    worker: path.join(here, '../packages/core/src/scan/worker.ts'),
  },
  outdir,
  // Paths in the bundle's comments are relative to this: the same bytes from any working directory.
  absWorkingDir: path.join(here, '..'),
  bundle: true,
  format: 'esm',
  platform: 'node',
  // Must agree with action.yml `runs.using: node24`.
  target: 'node24',
  // The toolkit's CommonJS dependencies call require(); an ESM bundle has none without this.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  // Bundle the engine from its sources, so dist never depends on a stale packages/core/dist.
  alias: { '@backend-only/core': path.join(here, '../packages/core/src/index.ts') },
  legalComments: 'none',
  logLevel: 'warning',
});
await mkdir(outdir, { recursive: true });
await writeFile(path.join(outdir, 'package.json'), '{ "type": "module" }\n');
