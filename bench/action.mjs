/**
 * The Action end to end: the committed bundle (action/dist/index.js) run the way the runner runs it
 * (INPUT_* variables, GITHUB_WORKSPACE, event payload, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files) on
 * each example's real build output (scripts/build-examples.mjs), and on the benchmark corpus. Timed
 * from process start to exit, as a workflow step is. Skipped with a note until its parts exist.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { exec } from './tools.mjs';

const RUNS = 3;

export async function benchAction({ repoRoot, log, short, corpus }) {
  const title = ['## The Action end to end', ''];
  const bundle = path.join(repoRoot, 'action/dist/index.js');
  const builder = path.join(repoRoot, 'scripts/build-examples.mjs');
  const missing = [bundle, builder].filter((file) => !existsSync(file)).map((file) => path.relative(repoRoot, file));
  if (missing.length > 0) return skip(title, `skipped: ${missing.join(' and ')} not there yet.`, log);

  const { EXAMPLES, EXAMPLES_DIR, buildExamples } = await import(pathToFileURL(builder).href);
  // The short run (CI) uses the builds the end-to-end tests made; the full run builds what is missing.
  const built = (example) => existsSync(path.join(EXAMPLES_DIR, example.name, example.marker));
  if (!short) await buildExamples({ log: (line) => log(`     ${line}`) });
  const targets = EXAMPLES.filter(built).map((example) => ({
    name: `examples/${example.name}`,
    workspace: path.join(EXAMPLES_DIR, example.name),
    paths: example.clientOutput,
    secrets: example.keyEnvs,
  }));
  if (targets.length === 0) return skip(title, 'skipped: no example is built yet (node scripts/build-examples.mjs).', log);
  targets.push({ name: `benchmark corpus (${corpus.manifest.files.length} files)`, workspace: corpus.dir, paths: '.', secrets: [] });

  const rows = ['| workspace | scanned | wall time (best of 3) | MB/s | findings (errors) | exit code | full key in any output |', '|---|---:|---:|---:|---:|---:|---|'];
  for (const target of targets) {
    const keys = await fakeKeysOf(target);
    let best;
    for (let i = 0; i < (short ? 1 : RUNS); i++) {
      const run = await runAction(bundle, target);
      if (!best || run.ms < best.ms) best = run;
    }
    const leaked = keys.some((key) => best.everything.includes(key)) || (target.secrets.length === 0 && /sk-(?:proj|svcacct|admin|ant)-[\w-]{40,}/.test(best.everything));
    const bytes = await scannedBytes(target);
    rows.push(
      `| ${target.name} (${target.paths}) | ${(bytes / 1e6).toFixed(1)} MB | ${(best.ms / 1000).toFixed(2)} s | ${(bytes / 1e6 / (best.ms / 1000)).toFixed(0)} ` +
        `| ${best.outputs.findings ?? '?'} (${best.outputs.errors ?? '?'}) | ${best.status} | ${leaked ? '**YES**' : 'no'} |`,
    );
    log(`     ${target.name}: ${(best.ms / 1000).toFixed(2)} s, exit ${best.status}, findings ${best.outputs.findings ?? '?'}`);
  }
  return [
    ...title,
    `action/dist/index.js run as a workflow step (\`fail-on: error\`, push event, no token needed), Node ${process.version}. ` +
      'Exit code 1 is the failed check a leaky build should get. "Full key in any output" searches the log, the outputs, the job summary and the SARIF file for the example\'s fake keys (for the corpus, for any full-length key).',
    '',
    ...rows,
  ];
}
benchAction.title = 'the Action end to end';

function skip(title, note, log) {
  log(`     ${note}`);
  return [...title, note];
}

/** Runs the bundle in a child process with the runner's environment; collects everything it wrote. */
async function runAction(bundle, target) {
  const runner = await mkdtemp(path.join(tmpdir(), 'bench-runner-'));
  const files = { output: path.join(runner, 'output'), summary: path.join(runner, 'summary.md'), event: path.join(runner, 'event.json'), sarif: path.join(runner, 'results.sarif') };
  await Promise.all([writeFile(files.output, ''), writeFile(files.summary, ''), writeFile(files.event, '{}')]);
  const env = {
    PATH: process.env.PATH,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: target.workspace,
    GITHUB_EVENT_NAME: 'push',
    GITHUB_EVENT_PATH: files.event,
    GITHUB_REPOSITORY: 'bench/app',
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    RUNNER_TEMP: runner,
    INPUT_PATHS: target.paths,
    'INPUT_FAIL-ON': 'error',
    'INPUT_SARIF-FILE': files.sarif,
  };
  const started = performance.now();
  const child = await exec(process.execPath, [bundle], { cwd: target.workspace, env });
  const ms = performance.now() - started;
  const [output, summary, sarif] = await Promise.all([readFile(files.output, 'utf8'), readFile(files.summary, 'utf8'), readFile(files.sarif, 'utf8').catch(() => '')]);
  await rm(runner, { recursive: true, force: true });
  const outputs = {};
  for (const match of output.matchAll(/^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) outputs[match[1]] = match[3];
  // The runner hides ::add-mask:: lines; everything else a user could see is searched for keys.
  const log = child.stdout
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n');
  return { ms, status: child.code, outputs, everything: [log, child.stderr, output, summary, sarif].join('\n') };
}

/** The example's fake keys (from its gitignored env file), to prove none is printed. */
async function fakeKeysOf(target) {
  const envFile = path.join(target.workspace, '.env.production.local');
  if (!existsSync(envFile)) return [];
  const text = await readFile(envFile, 'utf8');
  return target.secrets.map((name) => new RegExp(`^${name}=(.+)$`, 'm').exec(text)?.[1]).filter(Boolean);
}

async function scannedBytes(target) {
  const { stdout } = await exec('du', ['-sb', path.join(target.workspace, target.paths)]);
  return Number(stdout.split('\t')[0]) || 0;
}
