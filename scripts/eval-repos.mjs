#!/usr/bin/env node
/**
 * `pnpm eval:repos`: lint whole local checkouts of public repositories as a user would, with the built plugin's
 * `recommended` config (or the framework preset the list names), and print per repository the files linted, the
 * reports, the time and the reports themselves. Writes everything as JSON so two runs can be diffed.
 *
 *   pnpm eval:repos                          every repository in eval/repos.json, checkouts under /work/repos
 *   pnpm eval:repos --repos-dir DIR          checkouts under DIR (also EVAL_REPOS_DIR); DIR/<owner>+<name>
 *   pnpm eval:repos --only a/b,c/d           some of them
 *   pnpm eval:repos --overhead --runs 3      the same, each lint run 3 times alternately, the least CPU time of each kept
 *   pnpm eval:repos --presets                each repository's framework preset (its `preset` in the list) instead of
 *                                            `recommended`
 *   pnpm eval:repos --overhead               also lint each repository with no plugin rules (same parsers, same
 *                                            files) and report the plugin's overhead, per repository and per 1,000 files
 *   pnpm eval:repos --verdicts FILE          count reports judged right/wrong and leaks found/missed (see below)
 *   pnpm eval:repos --out FILE               JSON output (default .cache/eval-repos.json)
 *   pnpm eval:repos --markdown FILE          also write the judged tables and every report as Markdown
 *   pnpm eval:repos --from FILE --verdicts V re-judge the runs in an earlier JSON output without linting again
 *
 * Each repository is linted in a fresh child process through the real `ESLint` class, with a config generated
 * here (the repository's own eslint config, plugins and missing dependencies play no part): script files with the
 * plugin's config, `.vue`, `.svelte` and `.astro` files with the same config and the component parser the plugin's
 * README names, when it is installed. A file that does not parse counts as a parse error, not a crash; a
 * repository whose lint crashes is reported as such and the others go on.
 *
 * The verdicts file (kept outside git, next to the checkouts) is what a person decided on reading the code:
 *   { "<owner>/<name>": { "reports": [{ "rule", "file", "line", "verdict": "right"|"wrong", "cause", "leak" }],
 *                         "leaks": [{ "id", "file", "line"?, "what" }] } }
 * A report matches a verdict by rule, file and line; a leak counts as found when a report right for it exists
 * (or, for a leak no verdict names, any report at its file and line). Needs `pnpm build` first.
 * Not run in CI: it needs the checkouts.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const pluginEntry = path.join(repoRoot, 'eslint-plugin/dist/index.js');
const require = createRequire(import.meta.url);

/** Never linted: dependencies, build output, caches and editor folders (any folder whose name starts with a dot). */
export const IGNORES = [
  '**/node_modules/',
  '**/.*/',
  '**/dist/',
  '**/build/',
  '**/out/',
  '**/coverage/',
  '**/public/build/',
  '**/storybook-static/',
  '**/vendor/',
  '**/*.min.js',
  '**/*.bundle.js',
];
/** A file this large is generated or vendored (a bundle checked in); a person does not write it. */
const MAX_SOURCE_BYTES = 512 * 1024;
/** Minified: a file over MINIFIED_MIN_BYTES whose lines average more than MINIFIED_LINE_BYTES (a built bundle in public/). */
const MINIFIED_MIN_BYTES = 32 * 1024;
const MINIFIED_LINE_BYTES = 250;
/** Component files: extension, the parser module the plugin's README names, and whether the inner parser is passed. */
const COMPONENT_PARSERS = [
  { ext: 'vue', module: 'vue-eslint-parser' },
  { ext: 'svelte', module: 'svelte-eslint-parser' },
  { ext: 'astro', module: 'astro-eslint-parser' },
];

/** Node's warnings about the repository's leftover `.eslintignore`, which the generated config replaces. */
const NOISE = /ESLintIgnoreWarning|--trace-warnings/;

/** The flat config a user of `configName` would write, with `rules` replaced when measuring the no-rules baseline. */
export async function buildConfig({ plugin, configName, dir, noRules = false }) {
  const base = plugin.configs[configName];
  if (!base) throw new Error(`eval/repos.json: unknown config "${configName}" (the plugin has ${Object.keys(plugin.configs).join(', ')})`);
  const scriptConfig = noRules ? { ...base, rules: {} } : base;
  const tsParser = await import('@typescript-eslint/parser');
  const config = [
    { name: 'eval/ignores', ignores: [...IGNORES, ...generatedFiles(dir)] },
    // The repository's own disable comments name rules of its own config: not ours to report on.
    { name: 'eval/linter-options', linterOptions: { reportUnusedDisableDirectives: 'off' } },
    scriptConfig,
  ];
  const missingParsers = [];
  for (const { ext, module } of COMPONENT_PARSERS) {
    let parser;
    try {
      parser = await import(pathToFileURL(require.resolve(module)).href);
    } catch {
      missingParsers.push(module);
      continue;
    }
    config.push({
      ...scriptConfig,
      name: `${scriptConfig.name}/${ext}`,
      files: [`**/*.${ext}`],
      languageOptions: { parser: parser.default ?? parser, parserOptions: { parser: tsParser, ecmaFeatures: { jsx: true }, extraFileExtensions: [`.${ext}`] } },
    });
  }
  return { config, missingParsers };
}

/** Source files that are generated (too large, or minified), relative to dir: one stat per file, a read only past 32 KB. */
function generatedFiles(dir) {
  const found = [];
  const walk = (rel) => {
    let entries;
    try {
      entries = readdirSync(path.join(dir, rel), { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(child);
      else if (/\.(m|c)?[jt]sx?$|\.(vue|svelte|astro)$/.test(entry.name)) {
        const file = path.join(dir, child);
        const { size } = statSync(file);
        if (size > MAX_SOURCE_BYTES) found.push(child);
        else if (size > MINIFIED_MIN_BYTES && isMinified(readFileSync(file, 'utf8'))) found.push(child);
      }
    }
  };
  walk('');
  return found;
}

export function isMinified(text) {
  let lines = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines++;
  return text.length / lines > MINIFIED_LINE_BYTES;
}

/** One lint of one repository, in this process: the child side. Prints one JSON object. */
async function lintRepo({ dir, configName, noRules }) {
  const { ESLint } = await import('eslint');
  const { default: plugin } = await import(pathToFileURL(pluginEntry).href);
  const { config, missingParsers } = await buildConfig({ plugin, configName, dir, noRules });
  const eslint = new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: config, cache: false, errorOnUnmatchedPattern: false, warnIgnored: false });
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const results = await eslint.lintFiles(['.']);
  const ms = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  const reports = [];
  const parseErrors = [];
  let otherMessages = 0;
  const byExt = {};
  for (const result of results) {
    const file = path.relative(dir, result.filePath).split(path.sep).join('/');
    const ext = path.extname(file).slice(1);
    byExt[ext] = (byExt[ext] ?? 0) + 1;
    for (const m of result.messages) {
      if (m.fatal) parseErrors.push({ file, line: m.line, message: m.message });
      // "Definition for rule … was not found": a disable comment naming a rule of the repository's own config.
      else if (!m.ruleId?.startsWith('backend-only/')) otherMessages++;
      else reports.push({ rule: m.ruleId.replace(/^backend-only\//, ''), file, line: m.line, column: m.column, severity: m.severity === 2 ? 'error' : 'warn', message: m.message });
    }
  }
  return { files: results.length, byExt, ms, cpuMs: (cpu.user + cpu.system) / 1000, reports, parseErrors, otherMessages, missingParsers, eslint: ESLint.version };
}

/** Runs the child for one repository and variant; a crash becomes { crashed } instead of stopping the run. */
function runChild(dir, configName, noRules) {
  return new Promise((resolve) => {
    const args = [fileURLToPath(import.meta.url), '--child', dir, '--config', configName, ...(noRules ? ['--no-rules'] : [])];
    const child = spawn(process.execPath, args, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => {
      const notes = stderr
        .split('\n')
        .filter((line) => line.trim() && !NOISE.test(line))
        .slice(0, 20);
      try {
        if (code !== 0) throw new Error(`exit ${code}`);
        resolve({ ...JSON.parse(stdout), notes });
      } catch (error) {
        resolve({ crashed: `${error.message}: ${stderr.trim().slice(0, 1500)}`, notes });
      }
    });
  });
}

/** Reports and leaks of one repository against what a person judged: counts, and what is still unjudged. */
export function judge(run, judged = {}) {
  const verdicts = judged.reports ?? [];
  const leaks = judged.leaks ?? [];
  const keyOf = (r) => `${r.rule} ${r.file}:${r.line}`;
  const verdictByKey = new Map(verdicts.map((v) => [keyOf(v), v]));
  const judgedReports = run.reports.map((r) => ({ ...r, ...pick(verdictByKey.get(keyOf(r))) }));
  const count = (verdict) => judgedReports.filter((r) => r.verdict === verdict).length;
  const reportsPerLeak = {};
  for (const r of judgedReports) if (r.verdict === 'right' && r.leak) reportsPerLeak[r.leak] = (reportsPerLeak[r.leak] ?? 0) + 1;
  const leakResults = leaks.map((leak) => {
    const found =
      (reportsPerLeak[leak.id] ?? 0) > 0 ||
      judgedReports.some((r) => r.verdict !== 'wrong' && !r.leak && r.file === leak.file && (leak.line === undefined || r.line === leak.line));
    return { ...leak, found, reports: reportsPerLeak[leak.id] ?? 0 };
  });
  return {
    reports: judgedReports,
    right: count('right'),
    wrong: count('wrong'),
    unjudged: judgedReports.filter((r) => !r.verdict).length,
    leaks: leakResults,
    leaksFound: leakResults.filter((l) => l.found).length,
    leaksMissed: leakResults.filter((l) => !l.found).length,
    maxReportsPerLeak: Math.max(0, ...Object.values(reportsPerLeak)),
  };
}

function pick(verdict) {
  if (!verdict) return {};
  const { verdict: v, cause, leak, note } = verdict;
  return Object.fromEntries(Object.entries({ verdict: v, cause, leak, note }).filter(([, value]) => value !== undefined));
}

const truncate = (text, max) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;
const pct = (a, b) => `${a >= b ? '+' : ''}${((a / b - 1) * 100).toFixed(1)}%`;

async function main() {
  const { values } = parseArgs({
    options: {
      'repos-dir': { type: 'string', default: process.env.EVAL_REPOS_DIR ?? '/work/repos' },
      list: { type: 'string', default: path.join(repoRoot, 'eval/repos.json') },
      only: { type: 'string' },
      overhead: { type: 'boolean', default: false },
      presets: { type: 'boolean', default: false },
      runs: { type: 'string', default: '1' },
      verdicts: { type: 'string', default: process.env.EVAL_VERDICTS },
      out: { type: 'string', default: path.join(repoRoot, '.cache/eval-repos.json') },
      quiet: { type: 'boolean', default: false },
      from: { type: 'string' },
      markdown: { type: 'string' },
    },
  });
  if (!existsSync(pluginEntry)) throw new Error('eslint-plugin/dist/index.js is missing: run `pnpm build` first (the eval lints with the built plugin).');
  const list = JSON.parse(readFileSync(values.list, 'utf8'));
  const only = values.only ? new Set(values.only.split(',')) : undefined;
  const verdicts = values.verdicts ? JSON.parse(readFileSync(values.verdicts, 'utf8')) : {};
  const log = (line = '') => process.stdout.write(`${line}\n`);
  const repos = [];
  const earlier = values.from ? new Map(JSON.parse(readFileSync(values.from, 'utf8')).repos.map((r) => [r.repo, r])) : undefined;
  for (const entry of list.repos) {
    if (only && !only.has(entry.repo)) continue;
    if (earlier) {
      const record = earlier.get(entry.repo);
      if (!record || record.crashed || record.missing) continue;
      Object.assign(record, judge(record, verdicts[entry.repo]));
      repos.push(record);
      printRepo(record, { log, quiet: values.quiet, withVerdicts: Boolean(values.verdicts) });
      continue;
    }
    const dir = path.join(values['repos-dir'], entry.repo.replace('/', '+'));
    const configName = (values.presets && entry.preset) || 'recommended';
    if (!existsSync(dir)) {
      log(`== ${entry.repo}: no checkout at ${dir} (see CONTRIBUTING.md, "Measuring on real repositories")`);
      repos.push({ ...entry, missing: true });
      continue;
    }
    const head = gitHead(dir);
    const dirty = gitDirty(dir);
    const run = await runChild(dir, configName, false);
    let baseline = values.overhead && !run.crashed ? await runChild(dir, configName, true) : undefined;
    // More runs, alternating, keep the least CPU time of each: a busy machine only ever adds time.
    for (let i = 1; baseline && !baseline.crashed && i < Number(values.runs); i++) {
      const again = await runChild(dir, configName, false);
      if (!again.crashed && again.cpuMs < run.cpuMs) Object.assign(run, { cpuMs: again.cpuMs, ms: again.ms });
      const againBaseline = await runChild(dir, configName, true);
      if (!againBaseline.crashed && againBaseline.cpuMs < baseline.cpuMs) baseline = againBaseline;
    }
    const record = { ...entry, configName, head, commitMatches: head === entry.commit, dirty, ...run, baseline: baseline && pickTimes(baseline) };
    if (!run.crashed) Object.assign(record, judge(run, verdicts[entry.repo]));
    repos.push(record);
    printRepo(record, { log, quiet: values.quiet, withVerdicts: Boolean(values.verdicts) });
  }
  const totals = summarize(repos);
  printTotals(totals, { log, withVerdicts: Boolean(values.verdicts), overhead: values.overhead });
  if (values.markdown) await writeFile(values.markdown, toMarkdown(repos, totals));
  await mkdir(path.dirname(values.out), { recursive: true });
  await writeFile(values.out, `${JSON.stringify({ generatedAt: new Date().toISOString(), plugin: gitHead(repoRoot), totals, repos }, null, 2)}\n`);
  log(`JSON: ${path.relative(process.cwd(), values.out) || values.out}`);
}

function gitHead(dir) {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}

/** Files changed or added in the checkout since its commit (a build someone ran there, an edit): the run is not of the listed commit. */
function gitDirty(dir) {
  try {
    const status = execFileSync('git', ['status', '--porcelain', '--untracked-files=all'], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    return status.split('\n').filter((line) => line && !/^\?\? (.*\/)?(node_modules|\.[^/]+)\//.test(line)).length;
  } catch {
    return undefined;
  }
}

function pickTimes(run) {
  return run.crashed ? { crashed: run.crashed } : { ms: run.ms, cpuMs: run.cpuMs, files: run.files };
}

function printRepo(r, { log, quiet, withVerdicts }) {
  if (r.crashed) {
    log(`== ${r.repo} (${r.framework}): CRASHED ${r.crashed}`);
    return;
  }
  const overhead = r.baseline?.cpuMs ? `, no rules ${seconds(r.baseline.cpuMs)} CPU (${pct(r.cpuMs, r.baseline.cpuMs)})` : '';
  const verdicts = withVerdicts ? `, ${r.right} right, ${r.wrong} wrong, ${r.unjudged} unjudged, leaks ${r.leaksFound}/${r.leaks.length}` : '';
  log(
    `== ${r.repo} (${r.framework}, ${r.configName}): ${r.files} files, ${r.reports.length} reports, ${r.parseErrors.length} parse errors, ` +
      `${seconds(r.ms)} wall, ${seconds(r.cpuMs)} CPU${overhead}${verdicts}${r.commitMatches ? '' : ` [checkout at ${r.head?.slice(0, 12)}, list says ${r.commit?.slice(0, 12)}]`}`,
  );
  if (r.dirty) log(`   warning: the checkout has ${r.dirty} changed or untracked files (git status): results may not be those of ${r.commit?.slice(0, 12)}`);
  if (r.missingParsers.length) log(`   not linted (parser not installed): ${r.missingParsers.join(', ')}`);
  for (const note of r.notes) log(`   note: ${note}`);
  if (quiet) return;
  for (const rep of r.reports) {
    const verdict = withVerdicts ? ` [${rep.verdict ?? 'UNJUDGED'}${rep.cause ? `: ${rep.cause}` : ''}]` : '';
    log(`   ${rep.rule}  ${rep.file}:${rep.line}${verdict}  ${truncate(rep.message, 200)}`);
  }
  for (const e of r.parseErrors.slice(0, 5)) log(`   parse error  ${e.file}:${e.line}  ${e.message}`);
  if (r.parseErrors.length > 5) log(`   … ${r.parseErrors.length - 5} more parse errors`);
  if (withVerdicts) for (const leak of r.leaks.filter((l) => !l.found)) log(`   MISSED leak ${leak.id}: ${leak.file}${leak.line ? `:${leak.line}` : ''} ${leak.what ?? ''}`);
}

export function summarize(repos) {
  const done = repos.filter((r) => !r.crashed && !r.missing);
  const sum = (f) => done.reduce((n, r) => n + (f(r) ?? 0), 0);
  const timed = done.filter((r) => r.baseline?.cpuMs);
  return {
    repos: done.length,
    crashed: repos.filter((r) => r.crashed).length,
    missing: repos.filter((r) => r.missing).length,
    files: sum((r) => r.files),
    reports: sum((r) => r.reports.length),
    parseErrors: sum((r) => r.parseErrors.length),
    right: sum((r) => r.right),
    wrong: sum((r) => r.wrong),
    unjudged: sum((r) => r.unjudged),
    leaks: sum((r) => r.leaks?.length),
    leaksFound: sum((r) => r.leaksFound),
    filesWithWrongReports: sum((r) => new Set(r.reports?.filter((x) => x.verdict === 'wrong').map((x) => x.file)).size),
    maxReportsPerLeak: Math.max(0, ...done.map((r) => r.maxReportsPerLeak ?? 0)),
    causes: countBy(done.flatMap((r) => r.reports.filter((x) => x.verdict === 'wrong').map((x) => x.cause ?? 'no cause given'))),
    cpuMs: sum((r) => r.cpuMs),
    ms: sum((r) => r.ms),
    overhead: timed.length
      ? {
          files: timed.reduce((n, r) => n + r.files, 0),
          pluginCpuMs: timed.reduce((n, r) => n + r.cpuMs, 0),
          baselineCpuMs: timed.reduce((n, r) => n + r.baseline.cpuMs, 0),
        }
      : undefined,
  };
}

function countBy(values) {
  const counts = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return Object.fromEntries(Object.entries(counts).sort((a, b) => b[1] - a[1]));
}

/** The issue's targets, from the totals: share right, clean files per wrong report. */
export function targets(t) {
  const judged = t.right + t.wrong;
  return {
    rightShare: judged ? t.right / judged : undefined,
    cleanFilesPerWrong: t.wrong ? (t.files - t.filesWithWrongReports) / t.wrong : Infinity,
  };
}

function toMarkdown(repos, t) {
  const done = repos.filter((r) => !r.crashed && !r.missing);
  const { rightShare, cleanFilesPerWrong } = targets(t);
  const lines = [
    '| repo | framework | kind | files | reports | right | wrong | unjudged | leaks found | leaks missed | max reports per leak |',
    '|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...done.map(
      (r) =>
        `| ${r.repo} | ${r.framework} | ${r.kind ?? ''} | ${r.files} | ${r.reports.length} | ${r.right} | ${r.wrong} | ${r.unjudged} | ${r.leaksFound}/${r.leaks.length} | ${r.leaksMissed} | ${r.maxReportsPerLeak} |`,
    ),
    `| **total** (${t.repos}) | | | **${t.files}** | **${t.reports}** | **${t.right}** | **${t.wrong}** | ${t.unjudged} | **${t.leaksFound}/${t.leaks}** | ${t.leaks - t.leaksFound} | ${t.maxReportsPerLeak} |`,
    '',
    `Targets: right ${rightShare === undefined ? '—' : `${(rightShare * 100).toFixed(1)}%`} (≥90%); ` +
      `clean files per wrong report ${Number.isFinite(cleanFilesPerWrong) ? cleanFilesPerWrong.toFixed(1) : '∞'} (≥40); ` +
      `leaks reported ${t.leaksFound}/${t.leaks} (all); most reports for one leak ${t.maxReportsPerLeak} (≤3). Parse errors: ${t.parseErrors}.`,
    '',
    'Wrong reports by cause: ' + (Object.entries(t.causes).map(([cause, n]) => `${cause} ${n}`).join(', ') || 'none') + '.',
  ];
  if (t.overhead) {
    const o = t.overhead;
    lines.push('', `Overhead (CPU, fresh process per lint): no plugin rules ${seconds(o.baselineCpuMs)}, recommended ${seconds(o.pluginCpuMs)} (${pct(o.pluginCpuMs, o.baselineCpuMs)}) on ${o.files} files; per 1,000 files ${seconds((o.baselineCpuMs / o.files) * 1000)} → ${seconds((o.pluginCpuMs / o.files) * 1000)}.`);
  }
  for (const r of done) {
    lines.push('', `### ${r.repo} (${r.framework}${r.kind ? `, ${r.kind}` : ''})`, '');
    if (r.note) lines.push(`${r.note}. ${r.files} files, ${r.parseErrors.length} parse errors.`, '');
    if (!r.reports.length) lines.push('No reports.');
    for (const x of r.reports) {
      const verdict = x.verdict ? `**${x.verdict}**${x.cause ? ` (${x.cause})` : ''}${x.leak ? ` [${x.leak}]` : ''}` : '**UNJUDGED**';
      lines.push(`- \`${x.rule}\` ${x.file}:${x.line}: ${verdict}${x.note ? `: ${x.note}` : ''}`);
    }
    lines.push('', r.leaks.length ? 'Real leaks:' : 'Real leaks: none (read the code: SDK imports, provider env names, key shapes, provider hosts).');
    for (const leak of r.leaks) lines.push(`- ${leak.id} ${leak.file}${leak.line ? `:${leak.line}` : ''}: ${leak.what}: ${leak.found ? `reported (${leak.reports} reports)` : '**MISSED**'}`);
  }
  return `${lines.join('\n')}\n`;
}

function printTotals(t, { log, withVerdicts, overhead }) {
  log();
  log(`Total: ${t.repos} repositories (${t.crashed} crashed, ${t.missing} without checkout), ${t.files} files, ${t.reports} reports, ${t.parseErrors} parse errors, ${seconds(t.cpuMs)} CPU`);
  if (withVerdicts) {
    const { rightShare, cleanFilesPerWrong } = targets(t);
    log(
      `Judged: ${t.right} right, ${t.wrong} wrong (${rightShare === undefined ? '—' : (rightShare * 100).toFixed(1)}% right), ${t.unjudged} unjudged; ` +
        `leaks found ${t.leaksFound}/${t.leaks}; clean files per wrong report ${Number.isFinite(cleanFilesPerWrong) ? cleanFilesPerWrong.toFixed(1) : '∞'}; most reports for one leak ${t.maxReportsPerLeak}`,
    );
  }
  if (overhead && t.overhead) {
    const o = t.overhead;
    const per1000 = (ms) => seconds((ms / o.files) * 1000);
    log(`Overhead: ${o.files} files, no plugin rules ${seconds(o.baselineCpuMs)} CPU, recommended ${seconds(o.pluginCpuMs)} CPU (${pct(o.pluginCpuMs, o.baselineCpuMs)}); per 1,000 files ${per1000(o.baselineCpuMs)} → ${per1000(o.pluginCpuMs)} CPU`);
  }
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain && process.argv[2] === '--child') {
  const dir = process.argv[3];
  const configName = process.argv[process.argv.indexOf('--config') + 1];
  lintRepo({ dir, configName, noRules: process.argv.includes('--no-rules') }).then(
    (result) => process.stdout.write(JSON.stringify(result)),
    (error) => {
      process.stderr.write(String(error?.stack ?? error));
      process.exitCode = 1;
    },
  );
} else if (isMain) {
  main().catch((error) => {
    process.stderr.write(`eval:repos: ${error?.message ?? error}\n`);
    process.exitCode = 1;
  });
}
