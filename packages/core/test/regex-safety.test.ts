/**
 * Regex safety: every regex the catalogs export (found by walking the exports, so a new one is included
 * without touching this file), and the exported functions that run internal regexes, on worst-case input:
 * 1 MB runs of each alphabet, near-misses of every key shape, floods of prefixes. Each must finish under
 * a time bound. The checks run in a worker thread that is stopped when one hangs, so a pattern with
 * catastrophic backtracking fails CI with its name instead of freezing it.
 */
import { readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as core from '../src/index.js';
import { KEY_SHAPES, shapePrefix } from '../src/index.js';
import { OPENAI_MARKER, fakeKeys, randomChars } from './helpers/fake-keys.js';

const INPUT_BYTES = 1 << 20;
/** File paths are at most this long (PATH_MAX): functions of paths get inputs of this size. */
const PATH_BYTES = 4096;
/** Per check. A linear pass over 1 MB takes a few milliseconds; backtracking blowups take minutes. */
const BOUND_MS = 1_500;
/** No progress for this long: the worker is stopped and the check in progress named. */
const STALL_MS = 20_000;

/** Every RegExp reachable from the catalog modules' and the package's exports, named by where it sits. */
async function exportedRegexes(): Promise<{ name: string; regex: RegExp }[]> {
  const modules: Record<string, Record<string, unknown>> = { '@backend-only/core': core };
  const catalog = new URL('../src/catalog/', import.meta.url);
  for (const file of readdirSync(catalog).filter((name) => name.endsWith('.ts'))) {
    modules[`catalog/${file}`] = (await import(new URL(file, catalog).href)) as Record<string, unknown>;
  }
  const found = new Map<RegExp, string>();
  const visit = (value: unknown, name: string, depth: number, seen: Set<object>): void => {
    if (value instanceof RegExp) {
      if (!found.has(value)) found.set(value, name);
      return;
    }
    if (!value || typeof value !== 'object' || depth > 6 || seen.has(value)) return;
    seen.add(value);
    for (const [key, child] of Object.entries(value)) visit(child, `${name}.${key}`, depth + 1, seen);
  };
  for (const [module, exports] of Object.entries(modules)) visit(exports, module, 0, new Set());
  return [...found].map(([regex, name]) => ({ name, regex }));
}

/** `unit` repeated (or cut) to exactly `bytes` characters. */
const fill = (unit: string, bytes = INPUT_BYTES): string => unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes);

/** Worst cases: long runs of each alphabet a shape is made of, and near-misses of every shape. */
function worstCaseInputs(): { name: string; text: string }[] {
  const inputs = [
    ...['a', 'A', '0', 'f', '-', '_', '.', '/', '\\', ' ', '"', '\n'].map((c) => ({ name: `a run of ${JSON.stringify(c)}`, text: fill(c) })),
    { name: 'random base64url', text: randomChars(INPUT_BYTES, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-') },
    { name: 'random hex', text: randomChars(INPUT_BYTES, '0123456789abcdef') },
    { name: 'the OpenAI marker repeated', text: fill(OPENAI_MARKER) },
    { name: 'a base64url run around one marker', text: fill('A', INPUT_BYTES / 2) + OPENAI_MARKER + fill('A', INPUT_BYTES / 2) },
  ];
  for (const shape of KEY_SHAPES) {
    const prefix = shapePrefix(shape) || shape.anchor;
    inputs.push(
      { name: `${shape.id}: its prefix, then 1 MB of key characters`, text: prefix + fill('aB3_-') + '!' },
      { name: `${shape.id}: its prefix and a near-miss body, repeated`, text: fill(`${prefix}${'a'.repeat(30)}${OPENAI_MARKER}${'a'.repeat(31)}!${prefix}`) },
    );
  }
  for (const { shapeId, key } of fakeKeys()) {
    inputs.push({ name: `${shapeId}: a key one character short, repeated without a break`, text: fill(key.slice(0, -1)) });
  }
  return inputs;
}

/**
 * The worker: imports the engine (bundled from src), runs each regex on each input with test() and
 * matchAll(), then the functions that hold internal regexes, posting a message before and after each.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
(async () => {
  const engine = await import(workerData.engineUrl);
  const matcher = new engine.TextMatcher();
  const run = (name, work) => {
    parentPort.postMessage({ start: name });
    const started = performance.now();
    work();
    parentPort.postMessage({ done: name, ms: performance.now() - started });
  };
  for (const { name, regex } of workerData.regexes) {
    const once = new RegExp(regex.source, regex.flags.replace(/[gy]/g, ''));
    const all = new RegExp(regex.source, once.flags + 'g');
    for (const input of workerData.inputs) {
      run(name + ' on ' + input.name, () => {
        once.test(input.text);
        // Every match across the input, up to a cap: a one-character pattern on a 1 MB run matches a million times.
        let matches = 0;
        for (const _ of input.text.matchAll(all)) if (++matches === 10000) break;
      });
    }
  }
  for (const input of workerData.inputs) {
    run('isPlaceholder on ' + input.name, () => engine.isPlaceholder(input.text));
    run('TextMatcher.scan on ' + input.name, () => matcher.scan(input.text));
    run('stableBundlePath on ' + input.name + ' (path-sized)', () => engine.stableBundlePath(input.text.slice(0, workerData.pathBytes) + '.js'));
  }
  parentPort.postMessage({ finished: true });
})().catch((error) => parentPort.postMessage({ failed: String(error && error.stack || error) }));
`;

let tmp: string;
let engineUrl: string;
beforeAll(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), 'backend-only-regex-'));
  const outfile = path.join(tmp, 'engine.mjs');
  const entry = fileURLToPath(new URL('../src/index.ts', import.meta.url));
  await build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'node', outfile, logLevel: 'silent' });
  engineUrl = pathToFileURL(outfile).href;
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

/** Runs the checks in a worker; rejects naming the check in progress when one stalls for `stallMs`. */
function runChecks(regexes: { name: string; regex: RegExp }[], inputs: { name: string; text: string }[], stallMs: number): Promise<{ name: string; ms: number }[]> {
  const timings: { name: string; ms: number }[] = [];
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { engineUrl, regexes, inputs, pathBytes: PATH_BYTES } });
    let current = '(starting)';
    const stop = (): void => {
      void worker.terminate();
      reject(new Error(`no progress for ${stallMs / 1000} s, stopped during: ${current} (catastrophic backtracking?)`));
    };
    let stall = setTimeout(stop, stallMs);
    worker.on('message', (message: { start?: string; done?: string; ms?: number; finished?: boolean; failed?: string }) => {
      clearTimeout(stall);
      if (message.start) current = message.start;
      if (message.done) timings.push({ name: message.done, ms: message.ms! });
      if (message.finished || message.failed) {
        void worker.terminate();
        if (message.failed) reject(new Error(message.failed));
        else resolve(timings);
        return;
      }
      stall = setTimeout(stop, stallMs);
    });
    worker.on('error', reject);
  });
}

describe('regex safety', () => {
  it('finds the catalogs’ regexes by walking the exports (every key shape and public-by-design value among them)', async () => {
    const found = new Set((await exportedRegexes()).map((r) => r.regex));
    expect(KEY_SHAPES.filter((shape) => !found.has(shape.pattern)).map((shape) => shape.id)).toEqual([]);
    expect(core.PUBLIC_VALUES.filter((value) => value.pattern && !found.has(value.pattern)).map((value) => value.id)).toEqual([]);
  });

  it('every exported regex and regex-running function stays linear on 1 MB worst-case inputs', async () => {
    const regexes = await exportedRegexes();
    const inputs = worstCaseInputs();
    const timings = await runChecks(regexes, inputs, STALL_MS);
    const slowest = [...timings].sort((a, b) => b.ms - a.ms)[0]!;
    console.log(`${timings.length} checks (${regexes.length} regexes × ${inputs.length} inputs, and 3 functions); slowest ${slowest.ms.toFixed(1)} ms: ${slowest.name}`);
    expect(timings.filter((t) => t.ms > BOUND_MS)).toEqual([]);
  }, 600_000);

  it('the guard itself: a pattern with nested quantifiers is stopped and named', async () => {
    const nested = { name: 'a nested quantifier', regex: /^(?:a+)+$/ };
    await expect(runChecks([nested], [{ name: 'forty a and a !', text: 'a'.repeat(40) + '!' }], 2_000)).rejects.toThrow(
      'stopped during: a nested quantifier on forty a and a !',
    );
  }, 30_000);
});
