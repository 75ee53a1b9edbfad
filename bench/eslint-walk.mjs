#!/usr/bin/env node
/**
 * What the import walk (eslint-plugin/src/util/follow-imports.ts, issue 4) costs: ESLint (the ESLint class)
 * on a generated 2,000-file Next.js-style project with deep import graphs, with the plugin's walking rules
 * (no-client-ai-sdk, no-secret-env-in-client) run with `followImports: true` and `false`. Target: the walk
 * adds at most 25%.
 *
 *   node bench/eslint-walk.mjs              generate .bench/eslint-walk (once), 2 rounds, print the figures
 *   node bench/eslint-walk.mjs --rounds 3   more rounds (each round lints the project once per mode)
 *
 * Each timed lint runs in its own Node process (a cold ESLint, as `eslint .` in CI), modes alternating; the
 * fastest run of each mode is kept. Needs `pnpm build` first (it runs eslint-plugin/dist).
 * bench/run.mjs can call `benchEslintWalk({ repoRoot, log })`, which returns Markdown lines.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const LAYERS = 20;
/** 99 modules and one barrel per layer: 2,000 files. */
const MODULES_PER_LAYER = 99;
const BARREL_SIZE = 10;
const SEED = 20260404;
/** Bump when the generator changes, so an old project is regenerated. */
const GENERATOR_VERSION = '2-shared-layers';

/** mulberry32: a tiny seeded PRNG, so every run benches the same project. */
function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Layers 0, 5, 10, 15 are 'use client'. */
const CLIENT_LAYER_EVERY = 5;
const pad = (n, width) => String(n).padStart(width, '0');
const layerDir = (layer) => `l${pad(layer, 2)}`;
const moduleName = (layer, index) => `m${pad(index, 3)}`;
const fnName = (layer, index) => `run${pad(layer, 2)}x${pad(index, 3)}`;
const componentName = (layer, index) => `View${pad(layer, 2)}x${pad(index, 3)}`;

/**
 * Writes the project: src/lNN/mNNN.tsx modules in 20 layers, each importing three to five modules of the next
 * two layers (relative paths, the `@/` tsconfig alias, or the layer's barrel), and a few leaks per layer
 * (the OpenAI SDK, OPENAI_API_KEY), Server Actions ('use server') and type-only imports.
 */
function generateProject(dir) {
  rmSync(dir, { recursive: true, force: true });
  const random = seededRandom(SEED);
  const pick = (n) => Math.floor(random() * n);
  const write = (file, text) => {
    const target = path.join(dir, file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, text);
  };
  write('package.json', JSON.stringify({ name: 'walk-bench', private: true, type: 'module', dependencies: { next: '16.0.0', react: '19.0.0', openai: '6.0.0' } }, null, 2));
  write('tsconfig.json', JSON.stringify({ compilerOptions: { jsx: 'preserve', strict: true, baseUrl: '.', paths: { '@/*': ['./src/*'] } } }, null, 2));
  // The SDK stub, in pnpm's layout.
  write('node_modules/.pnpm/openai@6.0.0/node_modules/openai/package.json', JSON.stringify({ name: 'openai', version: '6.0.0', main: 'index.js' }));
  write('node_modules/.pnpm/openai@6.0.0/node_modules/openai/index.js', 'module.exports = class OpenAI {};\n');
  symlinkSync('.pnpm/openai@6.0.0/node_modules/openai', path.join(dir, 'node_modules/openai'), 'dir');

  for (let layer = 0; layer < LAYERS; layer++) {
    const barrel = [];
    for (let index = 0; index < BARREL_SIZE; index++) barrel.push(`export { ${fnName(layer, index)} } from './${moduleName(layer, index)}';`);
    write(`src/${layerDir(layer)}/index.ts`, `${barrel.join('\n')}\n`);
    for (let index = 0; index < MODULES_PER_LAYER; index++) {
      const role = leakRole(layer, index);
      write(`src/${layerDir(layer)}/${moduleName(layer, index)}.tsx`, moduleSource(layer, index, role, pick));
    }
  }
  write('.generator-version', GENERATOR_VERSION);
}

/** A few modules in every few layers leak (the SDK, or the key), or are Server Actions; the rest are plain. */
function leakRole(layer, index) {
  if (index === 7 && layer % 4 === 3) return 'sdk';
  if (index === 31 && layer % 4 === 1) return 'env';
  if (index === 23 && layer % 3 === 2) return 'server-action';
  return 'plain';
}

function moduleSource(layer, index, role, pick) {
  const imports = [];
  const calls = [];
  const importCount = layer + 1 < LAYERS ? 3 + pick(3) : 0;
  for (let i = 0; i < importCount; i++) {
    const target = Math.min(LAYERS - 1, layer + 1 + (i === 0 ? 0 : pick(2)));
    const viaBarrel = pick(10) === 0;
    const targetIndex = viaBarrel ? pick(BARREL_SIZE) : pick(MODULES_PER_LAYER);
    const name = fnName(target, targetIndex);
    if (imports.some((line) => line.includes(` ${name} `))) continue;
    const from = viaBarrel ? `../${layerDir(target)}` : pick(2) === 0 ? `@/${layerDir(target)}/${moduleName(target, targetIndex)}` : `../${layerDir(target)}/${moduleName(target, targetIndex)}`;
    imports.push(`import { ${name} } from '${from}';`);
    calls.push(`${name}(input.slice(${i}))`);
  }
  if (layer + 1 < LAYERS && pick(4) === 0) {
    imports.push(`import type { Props${pad(layer + 1, 2)} } from '../${layerDir(layer + 1)}/${moduleName(layer + 1, pick(MODULES_PER_LAYER))}';`);
  }
  // Every fifth layer is client code; the layers between are shared modules (no directive) that client files
  // import: the walk reads through them and stops at the next client layer, as it does in a real app.
  const head = role === 'server-action' ? "'use server';\n" : layer % CLIENT_LAYER_EVERY === 0 ? "'use client';\n" : '';
  if (role === 'sdk' || role === 'server-action') imports.unshift("import OpenAI from 'openai';");
  const secret = role === 'sdk' || role === 'env' || role === 'server-action' ? 'process.env.OPENAI_API_KEY' : "process.env.NEXT_PUBLIC_APP_URL ?? ''";
  const props = `Props${pad(layer, 2)}`;
  return `${head}import { useEffect, useMemo, useState } from 'react';
${imports.join('\n')}

export interface ${props} {
  id: string;
  title: string;
  items: ReadonlyArray<{ key: string; label: string; weight: number }>;
  onSelect?: (key: string) => void;
}

const settings = { endpoint: ${secret}, retries: ${1 + (index % 4)}, layer: ${layer} } as const;

/** Normalises input for the next layer (${layer}/${index}). */
export function ${fnName(layer, index)}(input: string): string {
  let out = input.trim();
  for (let attempt = 0; attempt < settings.retries; attempt++) {
    if (out.length > ${20 + index}) out = out.slice(0, ${20 + index});
  }
  const parts = [${calls.join(', ')}].filter((part) => part.length > 0);
  return parts.length > 0 ? \`\${out}:\${parts.join('|')}\` : out;
}

function score(items: ${props}['items']): number {
  return items.reduce((sum, item) => sum + item.weight * (item.label.length % 7), 0);
}

export function ${componentName(layer, index)}({ id, title, items, onSelect }: ${props}) {
  const [selected, setSelected] = useState<string | undefined>(undefined);
  const total = useMemo(() => score(items), [items]);
  useEffect(() => {
    if (selected) onSelect?.(selected);
  }, [selected, onSelect]);
  return (
    <section id={id} data-total={total}>
      <h2>{${fnName(layer, index)}(title)}</h2>
      <ul>
        {items.map((item) => (
          <li key={item.key} className={item.key === selected ? 'active' : undefined}>
            <button type="button" onClick={() => setSelected(item.key)}>
              {item.label} ({item.weight})
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
${role === 'sdk' || role === 'server-action' ? `\nexport const client = new OpenAI({ apiKey: settings.endpoint });\n` : ''}`;
}

/** The timed modes: the walk off, on, and on with typescript-eslint's parser hidden behind a plain object. */
const MODES = {
  off: { followImports: false, label: 'off (`followImports: false`)' },
  on: { followImports: true, label: 'on (`maxDepth: 10`)' },
  // Without `meta.name` the walk cannot tell typescript-eslint's parser, so it parses every dependency with
  // parseForESLint(): what any other parser costs, and what the TypeScript fast path saves.
  'on-parse-for-eslint': { followImports: true, hideParser: true, label: 'on, dependencies through parseForESLint()' },
};

/** One timed lint in this process: prints `{ ms, cpuMs, files, reports, chained }` as JSON. */
async function measure(projectDir, repoRoot, modeName) {
  const mode = MODES[modeName];
  if (!mode) throw new Error(`unknown mode '${modeName}' (expected ${Object.keys(MODES).join(', ')})`);
  const { ESLint } = await import('eslint');
  const { default: tsParser } = await import('@typescript-eslint/parser');
  const plugin = (await import(pathToFileURL(path.join(repoRoot, 'eslint-plugin/dist/index.js')).href)).default;
  const parser = mode.hideParser ? { parseForESLint: tsParser.parseForESLint } : tsParser;
  const options = { followImports: mode.followImports };
  const eslint = new ESLint({
    cwd: projectDir,
    overrideConfigFile: true,
    cache: false,
    overrideConfig: [
      {
        files: ['**/*.{ts,tsx}'],
        languageOptions: { parser },
        plugins: { 'backend-only': plugin },
        rules: { 'backend-only/no-client-ai-sdk': ['error', options], 'backend-only/no-secret-env-in-client': ['error', options] },
      },
    ],
  });
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const results = await eslint.lintFiles(['src']);
  const ms = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  const fatal = results.flatMap((r) => r.messages.filter((m) => m.fatal).map((m) => `${r.filePath}: ${m.message}`));
  if (fatal.length > 0) throw new Error(`parse errors in the generated project:\n${fatal.slice(0, 5).join('\n')}`);
  const reports = results.reduce((sum, r) => sum + r.messages.length, 0);
  const chained = results.reduce((sum, r) => sum + r.messages.filter((m) => m.message.includes(' → ')).length, 0);
  process.stdout.write(`${JSON.stringify({ ms, cpuMs: (cpu.user + cpu.system) / 1000, files: results.length, reports, chained })}\n`);
}

function timedRun(repoRoot, projectDir, modeName) {
  const script = fileURLToPath(import.meta.url);
  const output = execFileSync(process.execPath, [script, '--measure', modeName, '--project', projectDir], {
    cwd: repoRoot,
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  return JSON.parse(output.trim().split('\n').at(-1));
}

const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;
const percent = (value, base) => `${value >= base ? '+' : ''}${((value / base - 1) * 100).toFixed(1)}%`;

/**
 * Generates the project if needed and times each mode; returns Markdown lines for BENCHMARKS.md.
 * The overhead is taken on CPU time (user + system), which a busy 2-core machine disturbs less than wall time.
 */
export async function benchEslintWalk({ repoRoot, log = (line) => process.stdout.write(`${line}\n`), rounds = 2 }) {
  if (!existsSync(path.join(repoRoot, 'eslint-plugin/dist/index.js'))) {
    throw new Error('eslint-plugin/dist/index.js is missing: run `pnpm build` first (the bench runs the built plugin).');
  }
  const projectDir = path.join(repoRoot, '.bench/eslint-walk');
  const versionFile = path.join(projectDir, '.generator-version');
  if (!existsSync(versionFile) || readFileSync(versionFile, 'utf8') !== GENERATOR_VERSION) {
    log(`generating ${LAYERS * (MODULES_PER_LAYER + 1)} files in ${path.relative(repoRoot, projectDir)}…`);
    generateProject(projectDir);
  }
  /** Per mode: the run with the least CPU time, and the least wall time of any run (taken separately). */
  const best = {};
  for (let round = 1; round <= rounds; round++) {
    for (const modeName of Object.keys(MODES)) {
      const run = timedRun(repoRoot, projectDir, modeName);
      log(`round ${round}, walk ${modeName}: ${seconds(run.cpuMs)} CPU, ${seconds(run.ms)} wall, ${run.files} files, ${run.reports} reports (${run.chained} with a chain)`);
      const previous = best[modeName];
      best[modeName] = {
        ...(previous && previous.cpuMs <= run.cpuMs ? previous : run),
        ms: Math.min(previous?.ms ?? Infinity, run.ms),
      };
    }
  }
  const base = best.off;
  const overhead = (best.on.cpuMs / base.cpuMs - 1) * 100;
  const verdict = overhead <= 25 ? 'within' : 'over';
  const lines = [
    '## ESLint import walk (follow-imports)',
    '',
    `ESLint 10, typescript-eslint's parser, no-client-ai-sdk + no-secret-env-in-client, on ${base.files} generated files`,
    `(${LAYERS} layers, 3–5 imports each, every fifth layer 'use client', so each client file walks through up to 4 shared layers to the next client layer); best of ${rounds}:`,
    '',
    '| walk | CPU time | wall time | reports | with a chain |',
    '|---|---|---|---|---|',
    ...Object.entries(MODES).map(([name, mode]) => {
      const run = best[name];
      const cpuDelta = name === 'off' ? '' : ` (${percent(run.cpuMs, base.cpuMs)})`;
      const wallDelta = name === 'off' ? '' : ` (${percent(run.ms, base.ms)})`;
      return `| ${mode.label} | ${seconds(run.cpuMs)}${cpuDelta} | ${seconds(run.ms)}${wallDelta} | ${run.reports} | ${run.chained} |`;
    }),
    '',
    `Overhead of the walk: ${overhead.toFixed(1)}% CPU (target at most 25%: ${verdict}).`,
  ];
  log(`walk overhead: ${overhead.toFixed(1)}% CPU, ${percent(best.on.ms, base.ms)} wall (${verdict} the 25% target)`);
  return lines;
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const repoRoot = fileURLToPath(new URL('..', import.meta.url));
  const args = process.argv.slice(2);
  const valueOf = (flag) => {
    const at = args.indexOf(flag);
    return at >= 0 ? args[at + 1] : undefined;
  };
  const modeName = valueOf('--measure');
  const task = modeName
    ? measure(path.resolve(valueOf('--project') ?? ''), repoRoot, modeName)
    : benchEslintWalk({ repoRoot, rounds: Number(valueOf('--rounds') ?? 2) }).then((lines) => process.stdout.write(`\n${lines.join('\n')}\n`));
  task.catch((error) => {
    process.stderr.write(`eslint-walk bench: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
