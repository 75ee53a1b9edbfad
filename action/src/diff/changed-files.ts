/**
 * The pull request's changed files and the lines it adds: from the REST API, or from the local
 * history when the API fails. Whatever is missing is said in `incomplete`, never passed over.
 */
import { ApiError, MAX_PR_FILES, type GitHubApi, type PullFile, type RepoRef } from '../api.js';
import { gitDiffFiles, hasCommits } from './git.js';
import { parsePatch, type AddedLine, type LineRange } from './hunks.js';

export interface ChangedFile {
  /** Head-side path, repo-relative, `/`-separated. */
  path: string;
  /** Lines the PR adds, head-side; undefined when no usable patch came, so the whole file counts as changed. */
  added: AddedLine[] | undefined;
  ranges: LineRange[] | undefined;
}

export interface PullDiff {
  files: ChangedFile[];
  /** Where the diff came from; `none` when neither the API nor the history could give it. */
  source: 'api' | 'git' | 'none';
  /** Why the diff is not the whole PR, one sentence each: shown in the summary and the comment. */
  incomplete: string[];
}

export interface PullRef {
  repo: RepoRef;
  number: number;
  baseSha: string;
  headSha: string;
}

export interface Logger {
  info(message: string): void;
  warning(message: string): void;
}

export async function collectPullDiff(api: GitHubApi | undefined, pull: PullRef, workspace: string, log: Logger): Promise<PullDiff> {
  let apiFailure = 'no API token';
  if (api) {
    try {
      const listed = await api.listPullFiles(pull.repo, pull.number);
      return fromApi(listed.files, listed.capped);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      apiFailure = error.message;
      log.warning(`${error.message}. Trying the local git history instead.`);
    }
  }
  let historyHint = ' The local history lacks the base or head commit (check out with `fetch-depth: 0` for the git fallback).';
  if (await hasCommits(workspace, [pull.baseSha, pull.headSha])) {
    historyHint = '';
    try {
      const diffed = await gitDiffFiles(workspace, pull.baseSha, pull.headSha);
      log.info(`Diff of ${diffed.length} file(s) taken from the local history (${pull.baseSha.slice(0, 7)}...${pull.headSha.slice(0, 7)}).`);
      return { files: diffed.map((f) => toChangedFile(f.path, f.patch)), source: 'git', incomplete: [] };
    } catch (error) {
      apiFailure += `; git diff failed too: ${(error as Error).message.split('\n')[0]}`;
    }
  }
  return {
    files: [],
    source: 'none',
    incomplete: [
      `The pull request's diff could not be read, so its changed lines were not reviewed: ${apiFailure}.${historyHint}`,
    ],
  };
}

function fromApi(listed: readonly PullFile[], capped: boolean): PullDiff {
  const files = listed.filter((f) => f.status !== 'removed' && f.status !== 'unchanged').map((f) => toChangedFile(f.filename, f.patch, f.changes));
  const incomplete = capped
    ? [`GitHub lists at most ${MAX_PR_FILES.toLocaleString('en-US')} files of a pull request and this one reached that cap: files past it were not reviewed.`]
    : [];
  return { files, source: 'api', incomplete };
}

/**
 * A file with changes but no patch (binary, too large) or an unreadable one counts as changed as a whole.
 * `changes === 0` (a pure rename) adds nothing.
 */
function toChangedFile(path: string, patch: string | undefined, changes = 1): ChangedFile {
  if (patch === undefined || patch === '') {
    return changes > 0 && patch === undefined ? { path, added: undefined, ranges: undefined } : { path, added: [], ranges: [] };
  }
  const parsed = parsePatch(patch);
  return parsed ? { path, added: parsed.added, ranges: parsed.ranges } : { path, added: undefined, ranges: undefined };
}
