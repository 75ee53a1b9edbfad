#!/usr/bin/env node
/**
 * Builds the example apps in examples/ with their real bundlers (next build, vite build), so the demo and
 * the end-to-end tests scan what Next.js and Vite really emit.
 *
 * Each example gets a FAKE OpenAI key in its gitignored `.env.production.local`, made up here at run time
 * (the same key is kept across rebuilds, so fingerprints stay stable). The leaky examples also put it under a
 * public env name, so their client output really ships a key; the clean ones keep it server-only.
 *
 * Usage: node scripts/build-examples.mjs [--force] [example...]
 *   --force   rebuild even when the build output is newer than every source file
 *   example   names under examples/ (default: all that have a build)
 */
import { spawn } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const EXAMPLES_DIR = fileURLToPath(new URL('../examples/', import.meta.url));

/**
 * The examples that have a client build. `keyEnvs` are the env names the example reads keys from (a fake
 * key under each);
 * `clientOutput` is what a browser downloads (what the CLI and the Action scan); `marker` is the file the
 * bundler writes once the build succeeded, removed before each build so a failed build is never "fresh".
 */
export const EXAMPLES = [
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
];

/** Held while an example builds, so parallel test files and demo runs build it once, in turn. */
const LOCK_FILE = '.build-examples.lock';
/** A lock this old was left by a killed build (a Next.js build here takes seconds). */
const STALE_LOCK_MS = 10 * 60_000;

/** Folders and files the bundlers (and this script) write: not sources, so they never make a build look stale. */
const GENERATED = new Set(['node_modules', '.next', 'dist', 'next-env.d.ts', 'tsconfig.tsbuildinfo', LOCK_FILE]);

const ENV_FILE = '.env.production.local';
const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';

/** A fake OpenAI project key, assembled from parts so this file never holds one whole. */
function makeFakeOpenAiKey() {
  const random = (length) => Array.from({ length }, () => B64URL[randomInt(B64URL.length)]).join('');
  return 'sk-' + 'proj-' + random(74) + 'T3Bl' + 'bkFJ' + random(74);
}

/**
 * The example's fake keys by env name, from its env file; keys that are missing are made up and the file
 * rewritten. Keys already there are kept, so findings keep their fingerprints across rebuilds.
 */
export async function ensureFakeKeys(example) {
  const envPath = path.join(EXAMPLES_DIR, example.name, ENV_FILE);
  const existing = existsSync(envPath) ? await readFile(envPath, 'utf8') : '';
  const values = new Map(existing.split('\n').map((line) => line.split('=', 2)).filter((pair) => pair.length === 2));
  const keys = Object.fromEntries(example.keyEnvs.map((name) => [name, values.get(name) || makeFakeOpenAiKey()]));
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
  const dir = path.join(EXAMPLES_DIR, example.name);
  try {
    const built = (await stat(path.join(dir, example.marker))).mtimeMs;
    return built > (await newestMtime(dir, GENERATED));
  } catch {
    return false; // never built, or the last build failed
  }
}

/** Runs the example's own bundler CLI; resolves with its exit code and the tail of its output. */
function runBundler(example) {
  const dir = path.join(EXAMPLES_DIR, example.name);
  const bin = path.join(dir, 'node_modules', '.bin', example.bundler);
  if (!existsSync(bin)) {
    return Promise.resolve({ code: 127, output: `${bin} is missing: run \`pnpm install\` at the repository root first.` });
  }
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' };
  // A real key in the caller's shell would win over the env file: keep it out of the example's build.
  for (const name of example.keyEnvs) delete env[name];
  return new Promise((resolve) => {
    const child = spawn(bin, ['build'], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
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
  const lockPath = path.join(EXAMPLES_DIR, example.name, LOCK_FILE);
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
  const fakeKeys = Object.values(await ensureFakeKeys(example));
  if (!force && (await isFresh(example))) {
    log(`${example.name}: up to date (--force rebuilds)`);
    return { name: example.name, status: 'fresh', ms: 0 };
  }
  await rm(path.join(EXAMPLES_DIR, example.name, example.marker), { force: true });
  log(`${example.name}: ${example.bundler} build …`);
  const { code, output } = await runBundler(example);
  const ms = Math.round(performance.now() - started);
  if (code !== 0) {
    const shown = fakeKeys.reduce((text, key) => text.replaceAll(key, '<fake key>'), output).trim(); // never print a key, even a fake one
    throw new Error(`${example.name}: \`${example.bundler} build\` failed (exit ${code}) in examples/${example.name}. Its last output:\n${shown}`);
  }
  log(`${example.name}: built in ${(ms / 1000).toFixed(1)} s`);
  return { name: example.name, status: 'built', ms };
}

/**
 * Builds the named examples (all by default) one after another; skips fresh ones unless `force`.
 * Returns one `{ name, status: 'built' | 'fresh', ms }` per example; throws on the first failed build.
 */
export async function buildExamples({ names = EXAMPLES.map((e) => e.name), force = false, log = console.log } = {}) {
  const results = [];
  for (const name of names) {
    const example = EXAMPLES.find((e) => e.name === name);
    if (!example) throw new Error(`Unknown example '${name}'. Known: ${EXAMPLES.map((e) => e.name).join(', ')}.`);
    results.push(await withBuildLock(example, () => buildExample(example, force, log)));
  }
  return results;
}

async function main(argv) {
  const force = argv.includes('--force');
  const names = argv.filter((a) => !a.startsWith('--'));
  const unknownFlag = argv.find((a) => a.startsWith('--') && a !== '--force');
  if (unknownFlag) {
    console.error(`build-examples: unknown option '${unknownFlag}'. Usage: node scripts/build-examples.mjs [--force] [example...]`);
    return 2;
  }
  const started = performance.now();
  try {
    await buildExamples({ names: names.length > 0 ? names : undefined, force });
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
