#!/usr/bin/env node
/**
 * Builds the example apps in examples/, and the bundle-shape apps in test/bundles/, with their real bundlers
 * (next build, vite build, webpack build), so the demo and the end-to-end tests scan what they really emit.
 *
 * Each app gets FAKE keys in its gitignored `.env.production.local`, made up here at run time (the same keys
 * are kept across rebuilds, so fingerprints stay stable) and passed to its bundler in the environment. The
 * leaky apps put them under public env names, so their client output really ships a key; the clean ones
 * keep theirs server-only.
 *
 * Usage: node scripts/build-examples.mjs [--force] [--bundles] [app...]
 *   --force     rebuild even when the build output is newer than every source file
 *   --bundles   the apps under test/bundles/ instead of examples/
 *   app         names of the apps (default: all of the chosen folder)
 */
import { spawn } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const EXAMPLES_DIR = fileURLToPath(new URL('../examples/', import.meta.url));
export const BUNDLES_DIR = fileURLToPath(new URL('../test/bundles/', import.meta.url));

/**
 * The examples that have a client build. `keyEnvs` are the env names the example reads keys from (a fake
 * OpenAI key under each, or a Google `AIza` key under those also in `googleKeyEnvs`);
 * `clientOutput` is what a browser downloads (what the CLI and the Action scan); `marker` is the file the
 * bundler writes once the build succeeded, removed before each build so a failed build is never "fresh".
 */
export const EXAMPLES = withDir(EXAMPLES_DIR, [
  {
    name: 'next-leaky',
    bundler: 'next',
    keyEnvs: ['NEXT_PUBLIC_OPENAI_API_KEY', 'OPENAI_API_KEY'],
    clientOutput: '.next/static',
    marker: '.next/BUILD_ID',
    leaky: true,
  },
  { name: 'next-clean', bundler: 'next', keyEnvs: ['OPENAI_API_KEY'], clientOutput: '.next/static', marker: '.next/BUILD_ID', leaky: false },
  { name: 'vite-leaky', bundler: 'vite', keyEnvs: ['VITE_OPENAI_API_KEY'], clientOutput: 'dist', marker: 'dist/index.html', leaky: true },
  { name: 'vite-clean', bundler: 'vite', keyEnvs: ['OPENAI_API_KEY'], clientOutput: 'dist', marker: 'dist/index.html', leaky: false },
]);

/**
 * One small app per shape of build output that issue 15 names (test/bundles.test.ts scans them): how each
 * bundler inlines a key and names its sources in the source map. All are leaky.
 */
export const BUNDLES = withDir(BUNDLES_DIR, [
  // webpack set up as Create React App 5 does: `process.env` inlined whole, map sources relative to src/.
  { name: 'cra-webpack', bundler: 'webpack', keyEnvs: ['REACT_APP_OPENAI_API_KEY'], clientOutput: 'build', marker: 'build/asset-manifest.json', leaky: true },
  // webpack with the Angular CLI's source-map settings: sourceRoot `webpack:///`, sources `src/app/…`.
  { name: 'angular-style', bundler: 'webpack', keyEnvs: ['NG_APP_OPENAI_API_KEY'], clientOutput: 'dist/chat-app', marker: 'dist/chat-app/main.js', leaky: true },
  // SvelteKit with adapter-static: the key comes from `$env/static/public`.
  { name: 'sveltekit', bundler: 'vite', keyEnvs: ['PUBLIC_OPENAI_API_KEY'], clientOutput: 'build', marker: 'build/index.html', leaky: true },
  // Vite with `build.outDir: 'public'`, found by a scan with no path.
  { name: 'vite-outdir', bundler: 'vite', keyEnvs: ['VITE_OPENAI_API_KEY'], clientOutput: 'public', marker: 'public/index.html', leaky: true },
  // A Firebase web config (public by design) beside a Gemini client (a leak), both `AIza` keys.
  {
    name: 'firebase-gemini',
    bundler: 'vite',
    keyEnvs: ['VITE_FIREBASE_API_KEY', 'VITE_GEMINI_API_KEY'],
    googleKeyEnvs: ['VITE_FIREBASE_API_KEY', 'VITE_GEMINI_API_KEY'],
    clientOutput: 'dist',
    marker: 'dist/index.html',
    leaky: true,
  },
]);

/** Each app with the absolute path of its folder. */
function withDir(parent, apps) {
  return apps.map((app) => ({ ...app, dir: path.join(parent, app.name) }));
}

/** Held while an example builds, so parallel test files and demo runs build it once, in turn. */
const LOCK_FILE = '.build-examples.lock';
/** A lock this old was left by a killed build (a Next.js build here takes seconds). */
const STALE_LOCK_MS = 10 * 60_000;

/** Folders and files the bundlers (and this script) write: not sources, so they never make a build look stale. */
const GENERATED = new Set(['node_modules', '.next', '.svelte-kit', 'dist', 'next-env.d.ts', 'tsconfig.tsbuildinfo', LOCK_FILE]);

const ENV_FILE = '.env.production.local';
const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';

const randomB64Url = (length) => Array.from({ length }, () => B64URL[randomInt(B64URL.length)]).join('');

/** A fake OpenAI project key, assembled from parts so this file never holds one whole. */
function makeFakeOpenAiKey() {
  return 'sk-' + 'proj-' + randomB64Url(74) + 'T3Bl' + 'bkFJ' + randomB64Url(74);
}

/** A fake Google API key (Gemini, Firebase and Maps keys share this shape): `AIza` and 35 characters. */
function makeFakeGoogleKey() {
  return 'AI' + 'za' + randomB64Url(35);
}

/**
 * The example's fake keys by env name, from its env file; keys that are missing are made up and the file
 * rewritten. Keys already there are kept, so findings keep their fingerprints across rebuilds.
 */
export async function ensureFakeKeys(example) {
  const envPath = path.join(example.dir, ENV_FILE);
  const existing = existsSync(envPath) ? await readFile(envPath, 'utf8') : '';
  const values = new Map(existing.split('\n').map((line) => line.split('=', 2)).filter((pair) => pair.length === 2));
  const makeKey = (name) => (example.googleKeyEnvs?.includes(name) ? makeFakeGoogleKey() : makeFakeOpenAiKey());
  const keys = Object.fromEntries(example.keyEnvs.map((name) => [name, values.get(name) || makeKey(name)]));
  if (example.keyEnvs.some((name) => values.get(name) !== keys[name])) {
    const lines = example.keyEnvs.map((name) => `${name}=${keys[name]}`);
    await writeFile(envPath, `# FAKE keys written by scripts/build-examples.mjs, so the build ships keys the way a real leak would.\n${lines.join('\n')}\n`);
  }
  return keys;
}

/** Newest modification time of the files under `dir` (0 if it is missing), passing over the names in `skip`. */
export async function newestMtime(dir, skip = new Set()) {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  let newest = 0;
  for (const entry of entries) {
    if (skip.has(entry.name)) continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? await newestMtime(full, skip) : (await stat(full)).mtimeMs);
  }
  return newest;
}

async function isFresh(example) {
  // The app's own output folder (build/, public/, …) is generated too, whatever its name.
  const generated = new Set([...GENERATED, example.clientOutput.split('/')[0], example.marker.split('/')[0]]);
  try {
    const built = (await stat(path.join(example.dir, example.marker))).mtimeMs;
    return built > (await newestMtime(example.dir, generated));
  } catch {
    return false; // never built, or the last build failed
  }
}

/**
 * Runs the example's own bundler CLI with its fake keys in the environment (webpack reads no env file; a real
 * key of the same name in the caller's shell is overridden); resolves with its exit code and the tail of its output.
 */
function runBundler(example, fakeKeys) {
  const bin = path.join(example.dir, 'node_modules', '.bin', example.bundler);
  if (!existsSync(bin)) {
    return Promise.resolve({ code: 127, output: `${bin} is missing: run \`pnpm install\` at the repository root first.` });
  }
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production', ...fakeKeys };
  return new Promise((resolve) => {
    const child = spawn(bin, ['build'], { cwd: example.dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (chunk) => {
      output = (output + chunk).slice(-8000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', (error) => resolve({ code: 127, output: error.message }));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

async function withBuildLock(example, work) {
  const lockPath = path.join(example.dir, LOCK_FILE);
  for (;;) {
    try {
      await writeFile(lockPath, String(process.pid), { flag: 'wx' });
      break;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      const since = await stat(lockPath).then((s) => Date.now() - s.mtimeMs, () => 0);
      if (since > STALE_LOCK_MS) await rm(lockPath, { force: true });
      else await sleep(250);
    }
  }
  try {
    return await work();
  } finally {
    await rm(lockPath, { force: true });
  }
}

/** Builds one example unless it is fresh; throws when its bundler fails. */
async function buildExample(example, force, log) {
  const started = performance.now();
  const fakeKeys = await ensureFakeKeys(example);
  if (!force && (await isFresh(example))) {
    log(`${example.name}: up to date (--force rebuilds)`);
    return { name: example.name, status: 'fresh', ms: 0 };
  }
  await rm(path.join(example.dir, example.marker), { force: true });
  log(`${example.name}: ${example.bundler} build …`);
  const { code, output } = await runBundler(example, fakeKeys);
  const ms = Math.round(performance.now() - started);
  if (code !== 0) {
    // Never print a key, even a fake one.
    const shown = Object.values(fakeKeys).reduce((text, key) => text.replaceAll(key, '<fake key>'), output).trim();
    throw new Error(`${example.name}: \`${example.bundler} build\` failed (exit ${code}) in ${example.dir}. Its last output:\n${shown}`);
  }
  log(`${example.name}: built in ${(ms / 1000).toFixed(1)} s`);
  return { name: example.name, status: 'built', ms };
}

/**
 * Builds the named apps of `apps` (EXAMPLES or BUNDLES; all by default) one after another; skips fresh ones
 * unless `force`. Returns one `{ name, status: 'built' | 'fresh', ms }` per app; throws on the first failed build.
 */
export async function buildExamples({ apps = EXAMPLES, names = apps.map((e) => e.name), force = false, log = console.log } = {}) {
  const results = [];
  for (const name of names) {
    const example = apps.find((e) => e.name === name);
    if (!example) throw new Error(`Unknown app '${name}'. Known: ${apps.map((e) => e.name).join(', ')}.`);
    results.push(await withBuildLock(example, () => buildExample(example, force, log)));
  }
  return results;
}

async function main(argv) {
  const force = argv.includes('--force');
  const apps = argv.includes('--bundles') ? BUNDLES : EXAMPLES;
  const names = argv.filter((a) => !a.startsWith('--'));
  const unknownFlag = argv.find((a) => a.startsWith('--') && a !== '--force' && a !== '--bundles');
  if (unknownFlag) {
    console.error(`build-examples: unknown option '${unknownFlag}'. Usage: node scripts/build-examples.mjs [--force] [--bundles] [app...]`);
    return 2;
  }
  const started = performance.now();
  try {
    await buildExamples({ apps, names: names.length > 0 ? names : undefined, force });
  } catch (error) {
    console.error(`build-examples: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  console.log(`build-examples: done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
