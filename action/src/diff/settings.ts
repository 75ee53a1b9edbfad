/**
 * The diff review's inputs (`diff`, `token`, `comment`, `diff-scope`) and the pull request it reviews,
 * read from the event payload. Bad values throw an InputError that names the input.
 */
import { InputError } from '../inputs.js';
import type { PullRef } from './changed-files.js';
import type { DiffScope } from './review.js';

export const DiffInputs = { Diff: 'diff', Token: 'token', Comment: 'comment', DiffScope: 'diff-scope' } as const;

/** Events whose payload carries `pull_request`. */
export const PULL_REQUEST_EVENTS: readonly string[] = ['pull_request', 'pull_request_target'];

export type DiffMode = 'auto' | 'true' | 'false';

export interface DiffSettings {
  diff: DiffMode;
  token: string;
  comment: boolean;
  scope: DiffScope;
}

/** `getInput` as @actions/core has it: '' for an unset input. */
export function readDiffSettings(getInput: (name: string) => string): DiffSettings {
  const diff = (getInput(DiffInputs.Diff).trim() || 'auto').toLowerCase();
  if (diff !== 'auto' && diff !== 'true' && diff !== 'false') throw new InputError(DiffInputs.Diff, `"${diff}" is not one of auto, true, false`);
  const scope = getInput(DiffInputs.DiffScope).trim() || 'added-lines';
  if (scope !== 'added-lines' && scope !== 'changed-files') throw new InputError(DiffInputs.DiffScope, `"${scope}" is not one of added-lines, changed-files`);
  const comment = (getInput(DiffInputs.Comment).trim() || 'false').toLowerCase();
  if (comment !== 'true' && comment !== 'false') throw new InputError(DiffInputs.Comment, `"${comment}" is not one of true, false`);
  return { diff, token: getInput(DiffInputs.Token).trim(), comment: comment === 'true', scope };
}

export interface PullRequestInfo {
  pull: PullRef;
  /** The head branch lives in another repository: on `pull_request` the token is read-only. */
  isFork: boolean;
}

/** The PR an event is about, or undefined when its payload has none (push, schedule, merge_group…). */
export function pullRequestOf(payload: unknown, repository: string): PullRequestInfo | undefined {
  const pr = (payload as { pull_request?: Record<string, unknown> } | null)?.pull_request as
    | { number?: unknown; base?: { sha?: unknown; repo?: { full_name?: unknown } }; head?: { sha?: unknown; repo?: { full_name?: unknown } | null } }
    | undefined;
  if (!pr || typeof pr.number !== 'number' || !isSha(pr.base?.sha) || !isSha(pr.head?.sha)) return undefined;
  const baseRepo = typeof pr.base.repo?.full_name === 'string' ? pr.base.repo.full_name : repository;
  const [owner, repo] = baseRepo.split('/');
  if (!owner || !repo) return undefined;
  // A deleted fork has head.repo null: still not the base repository.
  const headRepo = typeof pr.head.repo?.full_name === 'string' ? pr.head.repo.full_name : null;
  return {
    pull: { repo: { owner, repo }, number: pr.number, baseSha: pr.base.sha, headSha: pr.head.sha },
    isFork: headRepo?.toLowerCase() !== baseRepo.toLowerCase(),
  };
}

/** A commit id, and nothing git could read as an option or a revision expression. */
function isSha(value: unknown): value is string {
  return typeof value === 'string' && /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(value);
}

/** Whether to review the diff: `auto` on PR events, `true` always (warning when there is no PR), `false` never. */
export function wantsDiffReview(mode: DiffMode, eventName: string): boolean {
  if (mode === 'false') return false;
  return mode === 'true' || PULL_REQUEST_EVENTS.includes(eventName);
}
