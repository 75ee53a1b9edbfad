// Bundles the Action into action/dist (committed: the runner runs it without installing anything).
// Two entries: the Action, and the core's scan worker, which the pool starts as `new URL('./worker.js', import.meta.url)`.
// `node build.mjs [outdir]` builds elsewhere (the staleness test compares a fresh build with the committed one).
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const here = path.dirname(fileURLToPath(import.meta.url));
const outdir = path.resolve(process.argv[2] ?? path.join(here, 'dist'));

// Chunk names carry content hashes: remove the old build's .js files so none of its chunks stays behind.
for (const name of await readdir(outdir).catch(() => [])) if (name.endsWith('.js')) await rm(path.join(outdir, name));
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
  // The toolkit's CommonJS dependencies call require(), and TypeScript (in the lint chunk) reads __filename;
  // an ESM bundle has neither without this.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; const require = __createRequire(import.meta.url); const __filename = __fileURLToPath(import.meta.url); const __dirname = __fileURLToPath(new URL('.', import.meta.url));",
  },
  // The PR lint (ESLint + parser, ~15 MB) is a dynamic import: its own chunk, loaded only when a diff has JS/TS files.
  splitting: true,
  // Bundle the engine and the ESLint plugin from their sources, so dist never depends on a stale package dist.
  // oxc-resolver is a native addon per platform: the Action carries a small JS resolver instead (src/lint/resolver-stub.ts).
  alias: {
    '@backend-only/core': path.join(here, '../packages/core/src/index.ts'),
    '@backend-only/audit': path.join(here, '../packages/audit/src/index.ts'),
    'eslint-plugin-backend-only': path.join(here, '../eslint-plugin/src/index.ts'),
    'oxc-resolver': path.join(here, 'src/lint/resolver-stub.ts'),
  },
  // ESLint loads jiti only for TypeScript config files; the Action never reads a config file.
  external: ['jiti', 'jiti/package.json'],
  legalComments: 'none',
  logLevel: 'warning',
});
await mkdir(outdir, { recursive: true });
await writeFile(path.join(outdir, 'package.json'), '{ "type": "module" }\n');
