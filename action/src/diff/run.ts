/**
 * The diff review as main.ts runs it: decide from the `diff` input and the event whether to review,
 * review the PR, and afterwards keep the sticky comment. Reads the runner's environment
 * (GITHUB_EVENT_NAME, GITHUB_EVENT_PATH, GITHUB_API_URL…) here, so the modules below stay plain.
 */
import { readFile } from 'node:fs/promises';
import { compareFindings, loadConfig, type Finding, type ScanResult } from '@backend-only/core';
import { GitHubApi } from '../api.js';
import type { GitHubIO } from '../github.js';
import { renderComment, upsertStickyComment, type CommentOutcome } from './comment.js';
import { reviewPullRequest, type DiffReview } from './review.js';
import { pullRequestOf, readDiffSettings, wantsDiffReview, type DiffSettings, type PullRequestInfo } from './settings.js';

export type DiffIO = Pick<GitHubIO, 'input' | 'info' | 'annotate'>;

export interface DiffRun {
  settings: DiffSettings;
  pr: PullRequestInfo;
  review: DiffReview;
  api: GitHubApi | undefined;
}

/** Reads the diff inputs; throws (naming the input) on a bad value, before anything is scanned. */
export function readDiffInputs(io: Pick<GitHubIO, 'input'>): DiffSettings {
  return readDiffSettings((name) => io.input(name));
}

/** Whether this run will review a diff, so main.ts may run without build output. */
export function diffRequested(settings: DiffSettings, env: NodeJS.ProcessEnv = process.env): boolean {
  return wantsDiffReview(settings.diff, env.GITHUB_EVENT_NAME ?? '');
}

/** Reviews the PR's diff when the inputs and the event ask for it; undefined when not. */
export async function reviewDiff(
  io: DiffIO,
  settings: DiffSettings,
  scan: { workspace: string; configPath: string | undefined },
  env: NodeJS.ProcessEnv = process.env,
): Promise<DiffRun | undefined> {
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  if (!wantsDiffReview(settings.diff, eventName)) return undefined;
  const pr = pullRequestOf(await readPayload(env.GITHUB_EVENT_PATH), env.GITHUB_REPOSITORY ?? '');
  if (!pr) {
    const message = `The "${eventName}" event has no pull request, so there is no diff to review.`;
    if (settings.diff === 'true') io.annotate({ level: 'warning', title: 'backend-only: diff review skipped', message: `${message} (input "diff" is true)` });
    else io.info(`backend-only: ${message}`);
    return undefined;
  }
  const api = settings.token ? new GitHubApi({ token: settings.token, baseUrl: env.GITHUB_API_URL || 'https://api.github.com' }) : undefined;
  const { config } = await loadConfig(scan.workspace, scan.configPath);
  const review = await reviewPullRequest({
    api,
    pull: pr.pull,
    workspace: scan.workspace,
    scope: settings.scope,
    config,
    log: { info: (m) => io.info(`backend-only: ${oneLine(m)}`), warning: (m) => io.info(`backend-only: ${oneLine(m)}`) },
  });
  review.incomplete = review.incomplete.map(oneLine);
  review.errors = review.errors.map(oneLine);
  io.info(
    `backend-only: reviewed ${review.stats.files} changed file(s) of #${pr.pull.number} (diff from ${review.source}, ${review.stats.linted} linted, ` +
      `scope ${settings.scope}) in ${review.stats.ms} ms: ${review.findings.length} finding(s).`,
  );
  return { settings, pr, review, api };
}

/**
 * Adds the diff review to the bundle scan's result, so annotations, the summary, SARIF, the outputs and
 * the exit status cover both. What the review missed is an error (a warning annotation and the summary
 * say it); files it could not fully review are notes.
 */
export function mergeReview(result: ScanResult, review: DiffReview): void {
  result.findings = [...result.findings, ...review.findings].sort(compareFindings);
  result.allowed = [...result.allowed, ...review.allowed];
  result.errors = [...result.errors, ...review.incomplete.map((message) => ({ path: 'pull request diff', message }))];
  result.notes = [...(result.notes ?? []), ...review.errors.map((message) => ({ path: 'pull request diff', message }))];
}

/** Keeps the sticky PR comment when `comment: true`: every finding of the run, and what the diff review missed. */
export async function commentOnPullRequest(io: DiffIO, run: DiffRun, findings: readonly Finding[], env: NodeJS.ProcessEnv = process.env): Promise<CommentOutcome> {
  if (!run.settings.comment) return 'skipped';
  const notice = (message: string): void => io.annotate({ level: 'notice', title: 'backend-only: PR comment', message });
  if (!run.api) {
    notice('PR comment skipped: the "token" input is empty.');
    return 'skipped';
  }
  const runUrl = env.GITHUB_RUN_ID ? `${env.GITHUB_SERVER_URL || 'https://github.com'}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` : undefined;
  const body = renderComment({ findings, incomplete: run.review.incomplete, errors: run.review.errors, runUrl });
  return upsertStickyComment(run.api, run.pr, env.GITHUB_EVENT_NAME ?? '', body, {
    info: (m) => io.info(`backend-only: ${oneLine(m)}`),
    notice,
  });
}

/**
 * File names come from the PR: one with a line break could start a line the runner reads as a workflow
 * command (`::add-mask::`, `::error::`) when printed. Annotations are escaped by the toolkit; log lines are not.
 */
export function oneLine(text: string): string {
  return text.replace(/[\r\n\u2028\u2029]+/g, ' ');
}

async function readPayload(file: string | undefined): Promise<unknown> {
  if (!file) return undefined;
  try {
    return JSON.parse(await readFile(file, 'utf8')) as unknown;
  } catch {
    return undefined;
  }
}
