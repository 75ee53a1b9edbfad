/**
 * The contenders, each timed on the same corpus and asked which planted keys it reported:
 * our scanner, secretlint (recommended preset), ripgrep with gitleaks' OpenAI regex, and ripgrep
 * searching only our literal anchors (the floor: it reads every byte and matches, nothing more).
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** gitleaks' OpenAI rule body, verbatim (REFERENCE.md §1.2, gitleaks cmd/generate/config/rules/openai.go). */
const GITLEAKS_OPENAI =
  'sk-(?:proj|svcacct|admin)-(?:[A-Za-z0-9_-]{74}|[A-Za-z0-9_-]{58})T3BlbkFJ(?:[A-Za-z0-9_-]{74}|[A-Za-z0-9_-]{58})\\b|sk-[a-zA-Z0-9]{20}T3BlbkFJ[a-zA-Z0-9]{20}';
/** …inside gitleaks' GenerateUniqueTokenRegex wrapper (cmd/generate/config/utils/generate.go). */
export const GITLEAKS_OPENAI_WRAPPED = `\\b(${GITLEAKS_OPENAI})(?:[\\x60'"\\s;]|\\\\[nr]|$)`;

/** Loads the built engine (packages/core/dist), as users run it. */
export async function loadCore(repoRoot) {
  const entry = path.join(repoRoot, 'packages/core/dist/index.js');
  return import(pathToFileURL(entry).href);
}

/**
 * The CLI as users run it: `backend-only scan . --format json` in a child process, from the corpus folder (the
 * root of a monorepo with built apps), source maps and all. Timed from spawn to exit.
 */
export async function runCli({ repoRoot, core, corpus, bin = path.join(repoRoot, 'packages/cli/dist/bin.js') }) {
  const clock = startClock();
  const run = await exec(process.execPath, [bin, 'scan', '.', '--format', 'json'], { cwd: corpus.dir });
  const { ms, cpuMs } = clock.stop();
  if (run.code !== 0 && run.code !== 1) throw new Error(`backend-only scan exited ${run.code}: ${run.stderr.slice(0, 500)}`);
  const report = JSON.parse(run.stdout);
  const findings = report.findings.map((f) => ({ ruleId: f.ruleId, fingerprint: f.fingerprint, location: { file: f.file, line: f.line, column: f.column } }));
  return { ms, cpuMs, ...checkPlants({ core, corpus, findings, errors: report.errors.length }) };
}

/** The engine in this process: scanPaths over the whole catalog, both cores, no source maps (the old bench's figure). */
export async function runEngine({ core, corpus }) {
  const clock = startClock();
  const result = await core.scanPaths({ root: corpus.dir, paths: ['.'] });
  const { ms, cpuMs } = clock.stop();
  return { ms, cpuMs, ...checkPlants({ core, corpus, findings: result.findings, errors: result.errors.length }) };
}

/** Found = planted keys reported at their exact file, line and column; also counts misplaced, duplicated and unplanted key findings. */
function checkPlants({ core, corpus, findings, errors }) {
  const byPrint = new Map(corpus.manifest.plants.map((p) => [`${p.file}\0${core.fingerprint('no-api-key-in-bundle', p.key)}`, p]));
  const found = new Map();
  const misplaced = [];
  const keyFindings = findings.filter((f) => f.ruleId === 'no-api-key-in-bundle');
  for (const finding of keyFindings) {
    const plantHit = byPrint.get(`${finding.location.file}\0${finding.fingerprint}`);
    if (!plantHit) continue;
    found.set(plantHit, (found.get(plantHit) ?? 0) + 1);
    if (finding.location.line !== plantHit.line || finding.location.column !== plantHit.column) misplaced.push(plantHit);
  }
  const duplicates = [...found.values()].filter((n) => n > 1).length;
  const unplanted = keyFindings.length - [...found.values()].reduce((a, b) => a + b, 0);
  return { found: new Set(found.keys()), notes: { misplaced: misplaced.length, duplicates, unplanted, errors, findings: findings.length } };
}

/** secretlint's CLI with the recommended preset, JSON output; found = a reported range covering the key's start. */
export async function runSecretlint({ repoRoot, corpus, workDir }) {
  const bin = path.join(repoRoot, 'node_modules/secretlint/bin/secretlint.js');
  const output = path.join(workDir, 'secretlint.json');
  await rm(output, { force: true });
  const config = JSON.stringify({ rules: [{ id: '@secretlint/secretlint-rule-preset-recommend' }] });
  const clock = startClock();
  const run = await exec(process.execPath, [bin, `${corpus.dir}/**/*`, '--format', 'json', '--output', output, '--secretlintrcJSON', config, '--no-color'], { cwd: repoRoot });
  const { ms, cpuMs } = clock.stop();
  if (run.code !== 0) throw new Error(`secretlint exited ${run.code}: ${run.stderr.slice(0, 500)}`);
  const results = JSON.parse(await readFile(output, 'utf8'));
  const ranges = new Map();
  for (const result of results) {
    const list = result.messages.map((m) => m.range).filter(Boolean);
    ranges.set(toPosix(path.relative(corpus.dir, result.filePath)), list);
  }
  const found = new Set(corpus.manifest.plants.filter((p) => (ranges.get(p.file) ?? []).some(([start, end]) => start <= p.index && p.index < end)));
  await rm(output, { force: true });
  return { ms, cpuMs, found, notes: { reports: [...ranges.values()].reduce((n, l) => n + l.length, 0) } };
}

/** ripgrep with the wrapped gitleaks regex; `-o -b` gives each match's byte offset, which must be the key's. */
export async function runRipgrepGitleaks({ corpus }) {
  const clock = startClock();
  const run = await exec('rg', [...RG_COMMON, '-o', '-b', '--no-line-number', '--with-filename', '--no-heading', '-e', GITLEAKS_OPENAI_WRAPPED, corpus.dir]);
  const { ms, cpuMs } = clock.stop();
  if (run.code > 1) throw new Error(`rg exited ${run.code}: ${run.stderr.slice(0, 500)}`);
  const offsets = new Set();
  for (const line of run.stdout.split('\n')) {
    const match = /^(.*?):(\d+):/.exec(line);
    if (match) offsets.add(`${toPosix(path.relative(corpus.dir, match[1]))}\0${match[2]}`);
  }
  const found = new Set(corpus.manifest.plants.filter((p) => offsets.has(`${p.file}\0${p.byteOffset}`)));
  return { ms, cpuMs, found, notes: { matches: offsets.size } };
}

/** ripgrep counting every occurrence of our scanner's literals: the cost of reading and literal matching alone. */
export async function runRipgrepFloor({ corpus, literals, workDir }) {
  const patterns = path.join(workDir, 'anchors.txt');
  await writeFile(patterns, literals.join('\n') + '\n');
  const clock = startClock();
  const run = await exec('rg', [...RG_COMMON, '-F', '--count-matches', '-f', patterns, corpus.dir]);
  const { ms, cpuMs } = clock.stop();
  if (run.code > 1) throw new Error(`rg exited ${run.code}: ${run.stderr.slice(0, 500)}`);
  const occurrences = run.stdout.split('\n').reduce((n, line) => n + Number(/:(\d+)$/.exec(line)?.[1] ?? 0), 0);
  return { ms, cpuMs, found: null, notes: { literals: literals.length, occurrences } };
}

/**
 * Wall time, and CPU time (all threads of this process plus finished child processes): the machine may
 * be shared, and CPU time is what contention does not inflate.
 */
function startClock() {
  const wall = performance.now();
  const own = process.cpuUsage();
  const children = childrenCpuMs();
  return {
    stop() {
      const ownUsed = process.cpuUsage(own);
      return { ms: performance.now() - wall, cpuMs: (ownUsed.user + ownUsed.system) / 1000 + childrenCpuMs() - children };
    },
  };
}

/** CPU time of waited-for child processes (cutime + cstime of /proc/self/stat, in clock ticks of 10 ms). */
function childrenCpuMs() {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return 0; // not Linux: CPU time of children unknown
  }
}

/** Both cores, no ignore files (.bench is gitignored), hidden files too. */
const RG_COMMON = ['--no-ignore', '--hidden', '-j', '2', '--no-messages'];

const toPosix = (file) => file.split(path.sep).join('/');

export function exec(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    const out = [];
    const err = [];
    child.stdout.on('data', (chunk) => out.push(chunk));
    child.stderr.on('data', (chunk) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString() }));
  });
}
