/**
 * The sticky PR comment (`comment: true`): one comment holding the summary, found again by a hidden
 * marker and updated in place on every run, never duplicated. A read-only token (fork PRs) or any API
 * failure skips it with a notice; the rest of the run does not depend on it.
 */
import { RULES, ruleDocsUrl, type Finding } from '@backend-only/core';
import { ApiError, type GitHubApi } from '../api.js';
import type { PullRequestInfo } from './settings.js';

export const COMMENT_MARKER = '<!-- backend-only -->';
/** GitHub refuses longer comment bodies ("Body is too long (maximum is 65536 characters)"). */
export const MAX_COMMENT_CHARS = 65_536;
/** Room kept for the parts after the table (notes, link) when the table is cut. */
const TAIL_RESERVE = 6_000;

export interface CommentContent {
  findings: readonly Finding[];
  /** Why the review did not cover the whole PR. */
  incomplete: readonly string[];
  /** Per-file problems, each naming its file. */
  errors: readonly string[];
  /** The workflow run, where the job summary lists everything. */
  runUrl?: string;
}

export function renderComment(content: CommentContent): string {
  const { findings } = content;
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  const head = [COMMENT_MARKER, '### backend-only', ''];
  if (findings.length === 0) {
    head.push('No AI-provider key, SDK or secret env name reaches the browser in this change.');
  } else {
    head.push(
      `**${findings.length} finding(s)**: ${errors} error(s), ${warnings} warning(s), ${findings.length - errors - warnings} note(s).`,
      '',
      '| Severity | Rule | Where | What | Evidence |',
      '|---|---|---|---|---|',
    );
  }
  const tail: string[] = [];
  if (content.incomplete.length > 0) {
    tail.push('', '> [!WARNING]', '> **This review did not cover the whole pull request.**');
    for (const note of content.incomplete) tail.push(`> - ${escapeText(note)}`);
  }
  if (content.errors.length > 0) {
    tail.push('', `<details><summary>${content.errors.length} file(s) could not be fully reviewed</summary>`, '');
    for (const error of content.errors.slice(0, 50)) tail.push(`- ${escapeText(error)}`);
    if (content.errors.length > 50) tail.push(`- … and ${content.errors.length - 50} more (see the job log)`);
    tail.push('', '</details>');
  }
  if (findings.length > 0) {
    tail.push('', '**What to do:** revoke any leaked key at its provider now, move AI calls to a server route, and add per-user rate limits and billing alerts.');
  }
  if (content.runUrl) tail.push('', `[Full report: the run's job summary](${content.runUrl})`);

  let body = head.join('\n');
  const budget = MAX_COMMENT_CHARS - TAIL_RESERVE;
  let shown = 0;
  for (const finding of findings) {
    const row = `\n${tableRow(finding)}`;
    if (body.length + row.length > budget) break;
    body += row;
    shown++;
  }
  if (shown < findings.length) body += `\n\n… and ${findings.length - shown} more finding(s), listed in the job summary.`;
  body += `\n${tail.join('\n')}\n`;
  // Notes and errors are bounded above; this cut only guards against a surprise.
  return body.length > MAX_COMMENT_CHARS ? `${body.slice(0, MAX_COMMENT_CHARS - 40)}\n\n… (cut to GitHub's size limit)` : body;
}

function tableRow(finding: Finding): string {
  const where = `${finding.location.file}:${finding.location.line}`;
  const others = finding.alsoAt ? ` and ${finding.alsoAt.count} other place${finding.alsoAt.count === 1 ? '' : 's'}` : '';
  const rule = `[${finding.ruleId}](${ruleDocsUrl(finding.ruleId)})`;
  const what = RULES[finding.ruleId].short;
  return `| ${finding.severity} | ${rule} | \`${escapeCode(where)}\`${others} | ${escapeText(what)} | ${escapeText(finding.evidence)} |`;
}

/** Text in a table cell or list: no HTML, no table breaks, no mentions that ping people. */
function escapeText(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|')
    .replace(/@/g, '@\u200b')
    .replace(/\r?\n/g, ' ');
}

/** Inside a code span: backticks and pipes would end it or the cell. */
function escapeCode(text: string): string {
  return text.replace(/`/g, "'").replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

export interface NoticeLogger {
  info(message: string): void;
  notice(message: string): void;
}

export type CommentOutcome = 'created' | 'updated' | 'unchanged' | 'skipped';

/** Creates or updates the one marked comment on the PR. Never throws: a failure is a notice. */
export async function upsertStickyComment(
  api: GitHubApi,
  pr: PullRequestInfo,
  eventName: string,
  body: string,
  log: NoticeLogger,
): Promise<CommentOutcome> {
  const { repo, number } = pr.pull;
  // On pull_request from a fork the token is read-only by design (pull_request_target's is not).
  if (pr.isFork && eventName === 'pull_request') {
    log.notice('PR comment skipped: this pull request comes from a fork, where the token is read-only. Annotations and the job summary have the findings.');
    return 'skipped';
  }
  try {
    const comments = await api.listIssueComments(repo, number);
    const existing = comments.find((c) => c.body?.includes(COMMENT_MARKER));
    if (existing?.body === body) return 'unchanged';
    if (existing) {
      await api.updateIssueComment(repo, existing.id, body);
      log.info(`Updated the backend-only comment on #${number}.`);
      return 'updated';
    }
    await api.createIssueComment(repo, number, body);
    log.info(`Commented on #${number}.`);
    return 'created';
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    const readOnly = error.status === 403 || error.status === 404;
    log.notice(
      readOnly
        ? `PR comment skipped: the token may not write to this pull request (${error.message}). Give the job \`permissions: pull-requests: write\`, or set \`comment: false\`.`
        : `PR comment skipped: ${error.message}`,
    );
    return 'skipped';
  }
}
