#!/usr/bin/env node
/**
 * `pnpm demo`: builds what it needs, then shows backend-only catching keys that real Next.js and Vite builds
 * ship to browsers. Steps:
 *   1. `pnpm build` for the packages, when their dist is missing or older than their sources;
 *   2. the leaky examples with their real bundlers (scripts/build-examples.mjs), each with a FAKE key;
 *   3. the CLI over their client output;
 *   4. the built Action (action/dist/index.js), run the way the GitHub runner runs it: its annotations and
 *      its job summary.
 * Nothing here prints a key: the faces print only redacted evidence, and every line that reaches the
 * terminal is also masked against the fake keys and the Action's `::add-mask::` values, as the runner does.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildExamples, ensureFakeKeys, EXAMPLES, newestMtime } from './build-examples.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const CLI_BIN = path.join(ROOT, 'packages/cli/dist/bin.js');
const ACTION_BUNDLE = path.join(ROOT, 'action/dist/index.js');
/** The packages the demo runs from their dist. */
const BUILT_PACKAGES = ['packages/core', 'packages/cli'];
const LEAKY = EXAMPLES.filter((e) => e.leaky);

/**
 * What the faces scan: each leaky example's client output, and for Next.js its prerendered HTML and RSC
 * payloads (core's globs, so core must be built). Relative to the repository root, as reports show them.
 */
async function scanPaths() {
  const { NEXT_PRERENDERED_GLOBS } = await import('../packages/core/dist/index.js');
  return LEAKY.flatMap((e) => [
    `examples/${e.name}/${e.clientOutput}`,
    ...(e.bundler === 'next' ? NEXT_PRERENDERED_GLOBS.map((glob) => `examples/${e.name}/${glob}`) : []),
  ]);
}

const color = process.stdout.isTTY && !process.env.NO_COLOR;
const bold = (text) => (color ? `\x1b[1m${text}\x1b[22m` : text);
const heading = (text) => console.log(`\n${bold(`━━ ${text}`)}\n`);

/** Values that must never reach the terminal: the examples' fake keys, then whatever the Action masks. */
const masks = new Set();
const mask = (text) => [...masks].reduce((out, secret) => out.replaceAll(secret, '***'), text);

/** Runs a command; resolves with its exit code and its stdout and stderr. */
function run(command, args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], ...options });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', (error) => resolve({ code: 127, stdout, stderr: `${stderr}${error.message}\n` }));
    child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}

async function packagesAreBuilt() {
  for (const dir of BUILT_PACKAGES) {
    const built = await newestMtime(path.join(ROOT, dir, 'dist'));
    if (built === 0 || built < (await newestMtime(path.join(ROOT, dir, 'src')))) return false;
  }
  return true;
}

async function buildPackages() {
  if (await packagesAreBuilt()) {
    console.log('packages: up to date');
    return;
  }
  console.log('packages: pnpm build …');
  const { code, stdout, stderr } = await run('pnpm', ['build']);
  if (code !== 0) throw new Error(`\`pnpm build\` failed (exit ${code}):\n${`${stdout}${stderr}`.trim().split('\n').slice(-30).join('\n')}`);
}

async function runCli(paths) {
  const args = [CLI_BIN, 'scan', ...paths, ...(color ? ['--color'] : [])];
  console.log(`$ backend-only scan ${paths.map((p) => (p.includes('*') ? `'${p}'` : p)).join(' ')}\n`);
  const { code, stdout, stderr } = await run(process.execPath, args);
  process.stdout.write(mask(stdout));
  process.stderr.write(mask(stderr));
  // Exit 1 is the expected answer here (blocking findings); 0 would mean the leaks went unseen.
  if (code === 0) throw new Error('the CLI found nothing blocking in the leaky builds: that is a bug');
  if (code !== 1) throw new Error(`the CLI failed (exit ${code})`);
}

/**
 * A line of the Action's log as the runner shows it: `::error file=a.ts,line=3,title=T::message` becomes
 * `error a.ts:3 T: message` (unescaped), a group shows its title, and debug lines and group ends show nothing.
 */
function renderWorkflowCommand(line) {
  if (line.startsWith('::debug::') || line.startsWith('::endgroup::')) return undefined;
  if (line.startsWith('::group::')) return bold(line.slice('::group::'.length));
  const command = /^::(error|warning|notice)(?: (.*?))?::(.*)$/.exec(line);
  if (!command) return line;
  const unescape = (text) => text.replaceAll('%0D', '\r').replaceAll('%0A', '\n').replaceAll('%3A', ':').replaceAll('%2C', ',').replaceAll('%25', '%');
  const [, level, rawProperties = '', message] = command;
  const properties = Object.fromEntries(
    rawProperties
      .split(',')
      .filter(Boolean)
      .map((pair) => pair.split('=', 2).map(unescape)),
  );
  const where = properties.file ? ` ${properties.file}${properties.line ? `:${properties.line}` : ''}${properties.col ? `:${properties.col}` : ''}` : '';
  const title = properties.title ? ` ${properties.title}:` : '';
  return `${bold(level)}${where}${title} ${unescape(message)}`;
}

/** The `name<<delimiter` blocks @actions/core writes to GITHUB_OUTPUT, as [name, value] pairs. */
function parseOutputFile(text) {
  const pairs = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const start = /^([^=<]+)<<(.+)$/.exec(lines[i]);
    if (!start) continue;
    const end = lines.indexOf(start[2], i + 1);
    if (end < 0) break;
    pairs.push([start[1], lines.slice(i + 1, end).join('\n')]);
    i = end;
  }
  return pairs;
}

/**
 * Runs the committed Action bundle as the runner does: inputs as INPUT_* variables, the event payload in a
 * file, outputs and the job summary in files. Prints the annotations, the outputs and the summary.
 */
async function runAction(paths) {
  if (!existsSync(ACTION_BUNDLE)) {
    console.log('action/dist/index.js is not built yet: `pnpm build` bundles it.');
    return;
  }
  const temp = await mkdtemp(path.join(tmpdir(), 'backend-only-demo-'));
  try {
    const files = { event: path.join(temp, 'event.json'), output: path.join(temp, 'output'), summary: path.join(temp, 'summary.md') };
    await writeFile(files.event, JSON.stringify({ inputs: {}, ref: 'refs/heads/main', repository: { full_name: 'example/backend-only-demo' } }));
    await writeFile(files.output, '');
    await writeFile(files.summary, '');
    const env = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: ROOT,
      GITHUB_EVENT_NAME: 'workflow_dispatch',
      GITHUB_EVENT_PATH: files.event,
      GITHUB_OUTPUT: files.output,
      GITHUB_STEP_SUMMARY: files.summary,
      GITHUB_REPOSITORY: 'example/backend-only-demo',
      GITHUB_REF: 'refs/heads/main',
      GITHUB_SHA: '0000000000000000000000000000000000000000',
      RUNNER_TEMP: temp,
      // The runner passes inputs with their names upper-cased and hyphens kept.
      INPUT_PATHS: paths.join('\n'),
      'INPUT_FAIL-ON': 'error',
      'INPUT_SARIF-FILE': '',
      INPUT_CONFIG: '',
      'INPUT_KNOWN-SECRETS': '',
    };
    console.log(`$ node action/dist/index.js   (INPUT_PATHS: ${paths.join(', ')})\n`);
    const started = performance.now();
    const { code, stdout, stderr } = await run(process.execPath, [ACTION_BUNDLE], { env, cwd: ROOT });
    const ms = Math.round(performance.now() - started);
    // Like the runner: `::add-mask::` registers a value to hide from every later line, and is never shown itself.
    const shown = [];
    for (const line of stdout.split('\n')) {
      if (line.startsWith('::add-mask::')) masks.add(line.slice('::add-mask::'.length).trim());
      else if (line) shown.push(line);
    }
    for (const line of shown.map(renderWorkflowCommand)) if (line !== undefined) console.log(mask(line));
    if (stderr.trim()) process.stderr.write(mask(stderr));
    console.log(`\nexit code ${code} (${code === 0 ? 'passed' : 'failed: the check blocks the merge'}) in ${ms} ms`);
    const outputs = parseOutputFile(await readFile(files.output, 'utf8'));
    if (outputs.length > 0) console.log(`\noutputs: ${mask(outputs.map(([name, value]) => `${name}=${value}`).join('  '))}`);
    heading('Job summary (GITHUB_STEP_SUMMARY)');
    console.log(mask(await readFile(files.summary, 'utf8')).trim() || '(empty)');
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}

async function main() {
  heading('Building');
  await buildPackages();
  await buildExamples({ names: LEAKY.map((e) => e.name) });
  for (const example of LEAKY) for (const key of Object.values(await ensureFakeKeys(example))) masks.add(key);
  const paths = await scanPaths();

  heading('The CLI: backend-only scan');
  await runCli(paths);

  heading('The GitHub Action, run as the runner runs it');
  await runAction(paths);

  console.log(`\nThe keys above are fake, made up by scripts/build-examples.mjs; only their redacted form is ever printed.`);
}

try {
  await main();
} catch (error) {
  console.error(`\ndemo: ${mask(error instanceof Error ? error.message : String(error))}`);
  process.exitCode = 1;
}
