#!/usr/bin/env node
/**
 * `pnpm check:packages`: checks what we would publish, after `pnpm build`. For every public package:
 * - every package its built code imports is declared in `dependencies` or `peerDependencies` (in the workspace,
 *   an undeclared import still resolves through the root node_modules; in a user's project it does not);
 * - publint: package.json agrees with the files in the packed tarball (exports, types, bin, files);
 * - arethetypeswrong: TypeScript resolves the types the way Node resolves the code. Our packages are ESM-only, so
 *   the `esm-only` profile skips the CommonJS resolutions (CommonJS code `import()`s them, or `require()`s them on
 *   Node 20.19+, which loads ES modules).
 * Exits 1 when any check finds a problem.
 */
import { spawnSync } from 'node:child_process';
import { builtinModules } from 'node:module';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { pack, publicPackages } from './packages.mjs';

const root = path.resolve(fileURLToPath(new URL('..', import.meta.url)));
const bin = (name) => path.join(root, 'node_modules', '.bin', name);

/** `@scope/name/sub/path` → `@scope/name`; `name/sub` → `name`. */
function packageNameOf(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** Packages imported by the built JavaScript in `dir/dist` but declared nowhere in its package.json. */
async function undeclaredImports(dir) {
  const manifest = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
  const declared = new Set(Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies, ...manifest.optionalDependencies }));
  const distDir = path.join(dir, 'dist');
  const entryPoints = readdirSync(distDir, { recursive: true })
    .filter((file) => file.endsWith('.js'))
    .map((file) => path.join(distDir, file));
  // esbuild follows every static and literal dynamic import; `packages: 'external'` stops at bare specifiers.
  const { metafile } = await build({ entryPoints, bundle: true, write: false, metafile: true, platform: 'node', format: 'esm', packages: 'external', outdir: distDir, logLevel: 'silent' });
  const imported = new Set();
  for (const input of Object.values(metafile.inputs)) {
    for (const { path: specifier, external } of input.imports) {
      if (!external || specifier.startsWith('node:') || builtinModules.includes(specifier)) continue;
      imported.add(packageNameOf(specifier));
    }
  }
  return [...imported].filter((name) => !declared.has(name) && name !== manifest.name);
}

const destination = mkdtempSync(path.join(os.tmpdir(), 'backend-only-check-'));
const failed = [];
try {
  for (const { name, dir } of publicPackages(root)) {
    console.log(`\n=== ${name} (${path.relative(root, dir)})`);
    try {
      const missing = await undeclaredImports(dir);
      if (missing.length > 0) failed.push(`${name}: dist imports ${missing.join(', ')}, not declared in dependencies or peerDependencies`);
      else console.log('dependencies: every package the built code imports is declared');
    } catch (error) {
      failed.push(`${name}: could not read its built code in dist/ (run pnpm build first): ${error.message}`);
      continue;
    }
    const tarball = pack(dir, destination);
    const tools = [
      ['publint', bin('publint'), ['run', tarball, '--strict']],
      ['attw', bin('attw'), [tarball, '--profile', 'esm-only', '--no-emoji']],
    ];
    for (const [tool, command, args] of tools) {
      const { status, error } = spawnSync(command, args, { stdio: 'inherit', cwd: root });
      if (status !== 0) failed.push(`${name}: ${tool} ${error ? `could not run (${error.message})` : 'reported problems (above)'}`);
    }
  }
} finally {
  rmSync(destination, { recursive: true, force: true });
}

if (failed.length > 0) {
  console.error(`\ncheck:packages failed:\n${failed.map((line) => `  - ${line}`).join('\n')}`);
  process.exit(1);
}
console.log('\ncheck:packages: dependencies declared; publint and arethetypeswrong found no problems.');
