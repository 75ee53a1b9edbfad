/**
 * The diff review: the PR's changed files → keys and public-prefixed secret env names on the lines it
 * adds, and the plugin's lint findings, all at head-side lines. The PR's files are read as data from
 * the checkout, inside the workspace only; nothing in them is run.
 */
import { open, realpath } from 'node:fs/promises';
import path from 'node:path';
import picomatch from 'picomatch';
import { EMPTY_CONFIG, TextMatcher, compareFindings, isInside, type Finding, type ProjectConfig } from '@backend-only/core';
import type { GitHubApi } from '../api.js';
import { MAX_LINT_BYTES, isLintable, lintFiles, type LintInput } from '../lint/index.js';
import { collectPullDiff, type ChangedFile, type Logger, type PullDiff, type PullRef } from './changed-files.js';
import { touchesRanges, type AddedLine } from './hunks.js';
import { envFileKind, findKeysInLines, findPublicSecretEnvNames } from './scan-lines.js';

export type DiffScope = 'added-lines' | 'changed-files';

export interface ReviewOptions {
  /** Undefined without a token: the review then needs the local history. */
  api: GitHubApi | undefined;
  pull: PullRef;
  /** GITHUB_WORKSPACE: the checkout of the PR's head. Nothing outside it is read. */
  workspace: string;
  scope: DiffScope;
  config?: ProjectConfig;
  log: Logger;
}

export interface DiffReview {
  findings: Finding[];
  /** Findings the config's `allow` list accepted. */
  allowed: Finding[];
  /** Why the review did not cover the whole PR: the summary and comment must show these. */
  incomplete: string[];
  /** Per-file problems (unreadable, unparseable), each naming the file. */
  errors: string[];
  source: PullDiff['source'];
  stats: { files: number; linted: number; ms: number };
}

/** Files read whole (a missing patch, `changed-files` scope) beyond this size are not reviewed. */
const MAX_READ_BYTES = 20 * 1024 * 1024;
const SNIFF_BYTES = 8000;

export async function reviewPullRequest(options: ReviewOptions): Promise<DiffReview> {
  const started = performance.now();
  const config = options.config ?? EMPTY_CONFIG;
  const diff = await collectPullDiff(options.api, options.pull, options.workspace, options.log);
  const isIgnored = config.ignore.length ? picomatch(config.ignore, { dot: true }) : () => false;
  const files = diff.files.filter((f) => !isIgnored(f.path));
  const workspace = await realpath(options.workspace);
  const matcher = new TextMatcher();
  const scanned: Finding[] = [];
  const errors: string[] = [];
  const reviewedWhole: string[] = [];
  const toLint: LintEntry[] = [];

  for (const file of files) {
    const wholeFile = file.added === undefined || options.scope === 'changed-files';
    const lintable = isLintable(file.path);
    const content = wholeFile || lintable ? await readWorkspaceFile(workspace, file.path) : undefined;
    if (content && 'binary' in content) continue;
    if (content && 'error' in content) {
      const consequence = file.added === undefined ? 'not reviewed' : lintable ? 'only its added lines were scanned, not linted' : 'only its added lines were scanned';
      errors.push(`${content.error}, so ${consequence}`);
    }
    const text = content && 'text' in content ? content.text : undefined;
    const lines = wholeFile && text !== undefined ? toLines(text) : file.added;
    if (!lines) continue;
    if (file.added === undefined) reviewedWhole.push(file.path);
    scanned.push(...findKeysInLines(file.path, lines, matcher));
    const kind = envFileKind(file.path);
    if (kind) scanned.push(...findPublicSecretEnvNames(file.path, kind, lines));
    if (text === undefined || !lintable) continue;
    if (Buffer.byteLength(text) > MAX_LINT_BYTES) {
      errors.push(`${file.path}: larger than ${MAX_LINT_BYTES / 1024 / 1024} MB (generated or vendored code?), so not linted`);
      continue;
    }
    const movedLines = file.added !== undefined && !matchesCheckout(file.added, text);
    if (movedLines) {
      errors.push(`${file.path}: the checkout's copy is not the PR head's (a merge commit?), so lint findings were placed on the PR's lines by their text; check out the PR head commit`);
    }
    toLint.push({ input: { file: file.path, absolute: path.join(workspace, file.path), text }, file, checkoutLines: movedLines ? text.split('\n') : undefined });
  }

  const linted = await lintFiles(workspace, toLint.map((l) => l.input));
  errors.push(...linted.errors);
  const entries = new Map(toLint.map((entry) => [entry.file.path, entry]));
  const lintFindings = linted.findings.flatMap((finding) => {
    const entry = entries.get(finding.location.file)!;
    const placed = entry.checkoutLines ? placeOnHeadLine(finding, entry, options.scope) : finding;
    if (!placed) return [];
    if (options.scope === 'changed-files' || !entry.file.ranges) return [placed];
    return touchesRanges(entry.file.ranges, placed.location.line, placed.location.endLine ?? placed.location.line) ? [placed] : [];
  });

  const incomplete = [...diff.incomplete];
  if (reviewedWhole.length > 0) {
    incomplete.push(
      `GitHub sent no usable patch for ${reviewedWhole.length} file(s) (too large for the diff), so they were reviewed whole from the checkout: ${listSome(reviewedWhole)}.`,
    );
  }
  const allowedPrints = new Set(config.allow.map((a) => a.fingerprint));
  const findings: Finding[] = [];
  const allowed: Finding[] = [];
  for (const finding of dedupeByLine([...scanned, ...lintFindings]).sort(compareFindings)) {
    (allowedPrints.has(finding.fingerprint) ? allowed : findings).push(finding);
  }
  return {
    findings,
    allowed,
    incomplete,
    errors,
    source: diff.source,
    stats: { files: files.length, linted: toLint.length, ms: Math.round(performance.now() - started) },
  };
}

/**
 * The line scan and the plugin can report the same key on the same line (`no-hardcoded-api-key`):
 * keep the first, the line scan's, which carries the redacted key.
 */
function dedupeByLine(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.ruleId}\0${f.location.file}\0${f.location.line}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

type ReadResult = { text: string } | { binary: true } | { error: string };

/** A changed file's text from the checkout; never follows a path or link out of the workspace. */
async function readWorkspaceFile(workspace: string, file: string): Promise<ReadResult> {
  const absolute = path.join(workspace, file);
  let real: string;
  try {
    real = await realpath(absolute);
  } catch {
    return { error: `${file}: not in the checkout (check out the PR's head commit before this step)` };
  }
  if (!isInside(workspace, real)) return { error: `${file}: a link to outside the workspace, not followed` };
  try {
    const handle = await open(real, 'r');
    try {
      const { size, isFile } = await handle.stat().then((s) => ({ size: s.size, isFile: s.isFile() }));
      if (!isFile) return { error: `${file}: not a regular file` };
      if (size > MAX_READ_BYTES) return { error: `${file}: larger than ${MAX_READ_BYTES / 1024 / 1024} MB` };
      const bytes = await handle.readFile();
      if (bytes.subarray(0, SNIFF_BYTES).includes(0)) return { binary: true };
      return { text: bytes.toString('utf8') };
    } finally {
      await handle.close();
    }
  } catch (error) {
    return { error: `${file}: could not be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` };
  }
}

interface LintEntry {
  input: LintInput;
  file: ChangedFile;
  /** The checkout's lines when they are not the PR head's (a merge checkout whose base moved the file's lines). */
  checkoutLines: string[] | undefined;
}

/**
 * A lint finding on a checkout that is not the PR head, moved to the head-side line that the PR added
 * with the same text (the nearest, if several). Undefined when its line is not one the PR added and
 * only added lines count.
 */
function placeOnHeadLine(finding: Finding, entry: LintEntry, scope: DiffScope): Finding | undefined {
  const text = (entry.checkoutLines![finding.location.line - 1] ?? '').replace(/\r$/, '');
  let best: AddedLine | undefined;
  for (const added of entry.file.added ?? []) {
    if (added.text === text && (!best || Math.abs(added.line - finding.location.line) < Math.abs(best.line - finding.location.line))) best = added;
  }
  if (!best) return scope === 'changed-files' ? finding : undefined;
  const shift = best.line - finding.location.line;
  return { ...finding, location: { ...finding.location, line: best.line, endLine: (finding.location.endLine ?? finding.location.line) + shift } };
}

/** Whether the checkout holds the PR head's version: every added line is where the patch says. */
function matchesCheckout(added: readonly AddedLine[], text: string): boolean {
  const lines = text.split('\n');
  return added.every(({ line, text: expected }) => (lines[line - 1] ?? '').replace(/\r$/, '') === expected);
}

function toLines(text: string): AddedLine[] {
  return text.split('\n').map((line, i) => ({ line: i + 1, text: line.endsWith('\r') ? line.slice(0, -1) : line }));
}

function listSome(items: readonly string[]): string {
  return items.slice(0, 10).join(', ') + (items.length > 10 ? `, and ${items.length - 10} more` : '');
}
