/**
 * The Action's orchestration: read inputs → scan the built client output (packages/core) → report
 * (annotations, summary, outputs, SARIF) → pass or fail. A tool error (bad input, unreadable config, no
 * build output) fails with "backend-only could not run: …", distinct from findings that block the merge.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError, describeOtherPlaces, describePlace, discoverClientOutput, isAtLeast, loadConfig, nothingFoundMessage, scanPaths, toSarif, type Discovery, type Finding, type ScanResult } from '@backend-only/core';
import packageJson from '../package.json' with { type: 'json' };
import { planAnnotations } from './annotations.js';
import { actionsIO, type GitHubIO } from './github.js';
import { InputError, Outputs, readInputs, readMode, type Settings } from './inputs.js';
import { commentOnPullRequest, diffRequested, mergeReview, readDiffInputs, reviewDiff } from './diff/run.js';
import { renderSummary } from './summary.js';
import { originInRepository, placer } from './where.js';

/** A problem with the setup, not a finding: reported as "could not run". */
export class ToolError extends Error {}

export async function run(io: GitHubIO = actionsIO): Promise<void> {
  try {
    // The provider side has its own module, loaded only in audit mode.
    if (readMode(io) === 'audit') return await (await import('./audit.js')).runAudit(io);
    const settings = readInputs(io);
    const diffSettings = readDiffInputs(io);
    const { result, paths, discovery } = await scanBuild(io, settings, diffRequested(diffSettings));
    // On a pull request, the diff review's findings join the bundle's: same annotations, summary, SARIF and exit.
    const diff = await reviewDiff(io, diffSettings, settings);
    if (diff) mergeReview(result, diff.review);
    const blocking = result.findings.filter((f) => isAtLeast(f.severity, settings.failOn)).length;
    const sarifFile = await report(io, settings, result, paths, blocking, discovery);
    io.setOutput(Outputs.SarifFile, sarifFile ?? '');
    if (diff) await commentOnPullRequest(io, diff, result.findings);
    if (blocking > 0) {
      io.fail(`${blocking === 1 ? '1 finding blocks' : `${blocking} findings block`} this merge (fail-on: ${settings.failOn}): see the annotations and the job summary.`);
    }
  } catch (error) {
    const known = error instanceof InputError || error instanceof ConfigError || error instanceof ToolError;
    io.fail(`backend-only could not run: ${error instanceof Error ? error.message : String(error)}${known ? '' : ' (an internal error: please report it)'}`);
  }
}

async function scanBuild(io: GitHubIO, settings: Settings, reviewsDiff = false): Promise<{ result: ScanResult; paths: string[]; discovery?: Discovery }> {
  const { config } = await loadConfig(settings.workspace, settings.configPath);
  const discovery = settings.paths ? undefined : await discoverClientOutput(settings.workspace);
  const paths = settings.paths ?? discovery!.found.map((p) => p.path);
  // Say where the scan looked and why, before anything can fail.
  for (const place of discovery?.found ?? []) io.info(`backend-only: scanning ${describePlace(place)}`);
  for (const note of discovery?.notes ?? []) io.info(`backend-only: note: ${note}`);
  // A pull request's diff can be reviewed before anything is built.
  if (paths.length === 0 && reviewsDiff) return { result: { findings: [], allowed: [], errors: [], notes: [], stats: { files: 0, bytes: 0, ms: 0, skipped: 0 } }, paths, discovery };
  if (paths.length === 0) throw new ToolError(nothingFoundMessage(discovery!, 'set the "paths" input'));
  const result = await scanPaths({ root: settings.workspace, paths, config, knownSecrets: settings.knownSecrets, sourceMaps: true });
  if (result.stats.files === 0) {
    const why = result.errors.map((e) => e.message).join('; ');
    throw new ToolError(`no files to scan under ${paths.join(', ')}${why ? ` (${why})` : ''}. Run your build before this step, or fix the "paths" input.`);
  }
  return { result, paths, discovery };
}

/** Annotations, outputs, the job summary and SARIF; returns the SARIF path written, if any. */
async function report(io: GitHubIO, settings: Settings, result: ScanResult, paths: string[], blocking: number, discovery?: Discovery): Promise<string | null> {
  const where = placer(settings.workspace);
  const problems = [...result.errors, ...(result.notes ?? [])];
  for (const problem of problems) io.info(`backend-only: ${problem.message}`);
  if (result.errors.length > 0) {
    io.annotate({ level: 'warning', title: 'backend-only: some inputs were not read', message: `${result.errors.length} input${result.errors.length === 1 ? '' : 's'} could not be scanned: ${result.errors.slice(0, 3).map((e) => e.message).join('; ')}${result.errors.length > 3 ? '; …' : ''}. The job summary lists them.` });
  }
  // The log lists every finding (redacted), as the summary may be cut short and annotations are capped.
  for (const f of result.findings) {
    const source = f.origin ? ` (source ${f.origin.file}:${f.origin.line})` : '';
    const others = f.alsoAt ? `; ${describeOtherPlaces(f.alsoAt)}` : '';
    io.info(`${f.severity} ${f.ruleId} ${f.location.file}:${f.location.line}:${f.location.column}${source} ${f.evidence} [${f.fingerprint}]${others}`);
  }
  const plan = planAnnotations(result.findings, where, { warning: result.errors.length > 0 ? 1 : 0 });
  for (const annotation of plan.annotations) io.annotate(annotation);

  const count = (severity: Finding['severity']): number => result.findings.filter((f) => f.severity === severity).length;
  io.setOutput(Outputs.Findings, result.findings.length);
  io.setOutput(Outputs.Errors, count('error'));
  io.setOutput(Outputs.Warnings, count('warning'));

  await io.writeSummary(renderSummary({ findings: result.findings, blocking, failOn: settings.failOn, allowed: result.allowed.length, problems, stats: result.stats, paths, where, discovered: discovery }));

  if (!settings.sarifFile) return null;
  // Code scanning shows a result at its origin only when that file is in the repository.
  const inRepository = originInRepository(settings.workspace);
  const sarifFindings = result.findings.map((f) => (inRepository(f.origin) ? f : { ...f, origin: null }));
  await mkdir(path.dirname(settings.sarifFile), { recursive: true });
  await writeFile(settings.sarifFile, `${JSON.stringify(toSarif(sarifFindings, { toolVersion: packageJson.version, automationId: 'backend-only/bundle' }), null, 2)}\n`);
  return settings.sarifFile;
}
