/**
 * The ESLint plugin's overhead: ESLint 10 with typescript-eslint's recommended config, with and without
 * eslint-plugin-backend-only's recommended config added, on a large TypeScript codebase from npm (the
 * TypeScript sources the `openai` package ships). Each lint runs in a fresh process (no warm caches);
 * runs alternate and the best of each is kept. Also with the `vite` framework preset, which applies
 * Vite's client-code conventions. Skipped with a note until the plugin is built.
 *
 *   node bench/eslint-overhead.mjs <dir> <baseline|recommended|vite> [max files]   (one lint, prints JSON)
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { cp, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { exec } from './tools.mjs';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const pluginEntry = path.join(repoRoot, 'eslint-plugin/dist/index.js');
const VARIANTS = ['baseline', 'recommended', 'vite'];

export async function benchEslintOverhead({ log, short }) {
  const title = ['## ESLint plugin overhead', ''];
  if (!existsSync(pluginEntry)) return skip(title, 'skipped: eslint-plugin/dist/index.js is not built yet (pnpm build).', log);
  const source = await findCodebase();
  if (!source) return skip(title, 'skipped: no installed openai package with TypeScript sources under node_modules/.pnpm.', log);
  // A copy outside node_modules, which ESLint ignores by default.
  const dir = path.join(repoRoot, '.bench', 'eslint-codebase');
  await rm(dir, { recursive: true, force: true });
  await cp(source.dir, dir, { recursive: true });
  const maxFiles = short ? 40 : Infinity;
  const runs = short ? 1 : 3;
  const best = {};
  for (let i = 0; i < runs; i++) {
    for (const variant of VARIANTS) {
      const { code, stdout, stderr } = await exec(process.execPath, [fileURLToPath(import.meta.url), dir, variant, String(maxFiles)]);
      if (code !== 0) throw new Error(`eslint (${variant}) failed: ${stderr.slice(0, 800)}`);
      const run = JSON.parse(stdout);
      if (!best[variant] || run.cpuMs < best[variant].cpuMs) best[variant] = run;
    }
  }
  const base = best.baseline;
  // On CPU time: a busy 2-core machine disturbs it less than wall time.
  const overhead = (variant) => (best[variant].cpuMs / base.cpuMs - 1) * 100;
  for (const variant of VARIANTS) log(`     ${variant}: ${(best[variant].cpuMs / 1000).toFixed(2)} s CPU, ${(best[variant].ms / 1000).toFixed(2)} s wall`);
  const row = (label, variant) =>
    `| ${label} | ${(best[variant].cpuMs / 1000).toFixed(2)} s | ${(best[variant].ms / 1000).toFixed(2)} s | ` +
    `${variant === 'baseline' ? '—' : `${overhead(variant) >= 0 ? '+' : ''}${overhead(variant).toFixed(1)}%`} | ${best[variant].problems} |`;
  return [
    ...title,
    `Codebase: ${source.name}'s TypeScript sources (${base.files} files, ${(base.bytes / 1e6).toFixed(1)} MB), copied to .bench/. ` +
      `ESLint ${base.eslint}, typescript-eslint ${base.tseslint} (recommended, no type information). Fresh process per lint (time of lintFiles only), best of ${runs} alternating runs by CPU time.`,
    '',
    '| config | CPU time | wall time | overhead (CPU) | problems reported |',
    '|---|---:|---:|---:|---:|',
    row('typescript-eslint recommended (baseline)', 'baseline'),
    row('+ backend-only recommended', 'recommended'),
    row('+ backend-only `vite` framework preset', 'vite'),
    '',
    `Target ≤10% overhead with the recommended config: ${overhead('recommended') <= 10 ? 'met' : 'MISSED'} (${overhead('recommended').toFixed(1)}%).`,
  ];
}
benchEslintOverhead.title = 'the ESLint plugin overhead';

function skip(title, note, log) {
  log(`     ${note}`);
  return [...title, note];
}

/** The newest installed openai package that ships its TypeScript sources (src/**.ts). */
async function findCodebase() {
  const store = path.join(repoRoot, 'node_modules/.pnpm');
  const candidates = (await readdir(store)).filter((name) => /^openai@\d/.test(name)).sort().reverse();
  for (const name of candidates) {
    const dir = path.join(store, name, 'node_modules/openai/src');
    if (existsSync(dir)) return { name: name.split('_')[0], dir };
  }
  return undefined;
}

/** One lint in this process: the child side of the benchmark. */
async function lintOnce(dir, variant, maxFiles) {
  const { ESLint } = await import('eslint');
  const { default: tseslint } = await import('typescript-eslint');
  const { default: backendOnly } = await import(pathToFileURL(pluginEntry).href);
  const config = [{ files: ['**/*.ts'] }, ...tseslint.configs.recommended];
  if (variant !== 'baseline') config.push(backendOnly.configs[variant]);
  const files = (await readdir(dir, { recursive: true })).filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts')).sort().slice(0, maxFiles);
  const eslint = new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: config, cache: false });
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const results = await eslint.lintFiles(files);
  const ms = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  const bytes = files.reduce((sum, f) => sum + statSync(path.join(dir, f)).size, 0);
  const tseslintVersion = JSON.parse(readFileSync(path.join(repoRoot, 'node_modules/typescript-eslint/package.json'), 'utf8')).version;
  return { ms, cpuMs: (cpu.user + cpu.system) / 1000, files: results.length, bytes, problems: results.reduce((n, r) => n + r.messages.length, 0), eslint: ESLint.version, tseslint: tseslintVersion };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [dir, variant, maxFiles] = process.argv.slice(2);
  lintOnce(dir, variant, Number(maxFiles)).then(
    (result) => process.stdout.write(JSON.stringify(result)),
    (error) => {
      process.stderr.write(String(error?.stack ?? error));
      process.exitCode = 1;
    },
  );
}
