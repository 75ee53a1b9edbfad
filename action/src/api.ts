/**
 * The Action's only GitHub REST client: the PR's changed files and the PR's issue comments.
 * Every call retries on 5xx and rate limits (honouring `retry-after` and `x-ratelimit-reset`) with
 * backoff, then fails with an ApiError that names the call, so callers can degrade instead of crash.
 * The base URL comes from GITHUB_API_URL (GitHub Enterprise, and the loopback fake in tests).
 */
import { getOctokit } from '@actions/github';

/** GitHub answers at most this many files for one pull request (REST `pulls/{n}/files`). */
export const MAX_PR_FILES = 3000;
/** The API's largest page. */
const PER_PAGE = 100;

/** One entry of `GET /repos/{owner}/{repo}/pulls/{n}/files`, the fields we read. */
export interface PullFile {
  filename: string;
  status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';
  changes: number;
  /** Hunks of a unified diff (no `diff --git` header); absent for binary and too-large files. */
  patch?: string;
  previous_filename?: string;
}

export interface IssueComment {
  id: number;
  body?: string;
}

export interface PullFilesResult {
  files: PullFile[];
  /** True when the PR has more files than the API lists (MAX_PR_FILES). */
  capped: boolean;
}

export interface RepoRef {
  owner: string;
  repo: string;
}

/** A REST call that failed for good: `status` is the last HTTP status (0 when no answer came). */
export class ApiError extends Error {
  constructor(
    readonly call: string,
    readonly status: number,
    detail: string,
  ) {
    super(`GitHub API call ${call} failed: ${detail}`);
    this.name = 'ApiError';
  }
}

export interface ApiOptions {
  token: string;
  /** GITHUB_API_URL, e.g. https://api.github.com or http://127.0.0.1:PORT in tests. */
  baseUrl: string;
  /** Tries per call, the first included. */
  attempts?: number;
  /** First backoff after a 5xx; doubles each retry. */
  backoffMs?: number;
  /** A rate limit that resets later than this is not waited for: the call fails at once. */
  maxWaitMs?: number;
  /** Injected in tests so retries don't sleep for real. */
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

interface RawResponse {
  status: number;
  headers: Record<string, string | number | undefined>;
  data: unknown;
}

type Request = (route: string, params: Record<string, unknown>) => Promise<RawResponse>;

const realSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export class GitHubApi {
  private readonly request: Request;
  private readonly attempts: number;
  private readonly backoffMs: number;
  private readonly maxWaitMs: number;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly now: () => number;

  constructor(options: ApiOptions) {
    const octokit = getOctokit(options.token, { baseUrl: options.baseUrl.replace(/\/+$/, '') });
    this.request = octokit.request as unknown as Request;
    this.attempts = options.attempts ?? 3;
    this.backoffMs = options.backoffMs ?? 1000;
    this.maxWaitMs = options.maxWaitMs ?? 60_000;
    this.sleep = options.sleep ?? realSleep;
    this.now = options.now ?? Date.now;
  }

  /** Every changed file of a PR, page by page, up to the API's MAX_PR_FILES. */
  async listPullFiles(ref: RepoRef, pullNumber: number): Promise<PullFilesResult> {
    const files: PullFile[] = [];
    for (let page = 1; ; page++) {
      const response = await this.call('pulls.listFiles', 'GET /repos/{owner}/{repo}/pulls/{pull_number}/files', {
        ...ref,
        pull_number: pullNumber,
        per_page: PER_PAGE,
        page,
      });
      if (!Array.isArray(response.data)) throw new ApiError('pulls.listFiles', response.status, 'the answer is not a list of files');
      files.push(...(response.data as PullFile[]));
      if (files.length >= MAX_PR_FILES) return { files: files.slice(0, MAX_PR_FILES), capped: true };
      if (!hasNextPage(response.headers.link)) return { files, capped: false };
    }
  }

  /** Every comment on the PR's conversation (issue comments), oldest first. */
  async listIssueComments(ref: RepoRef, issueNumber: number): Promise<IssueComment[]> {
    const comments: IssueComment[] = [];
    for (let page = 1; ; page++) {
      const response = await this.call('issues.listComments', 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
        ...ref,
        issue_number: issueNumber,
        per_page: PER_PAGE,
        page,
      });
      comments.push(...((response.data as IssueComment[]) ?? []));
      if (!hasNextPage(response.headers.link)) return comments;
    }
  }

  async createIssueComment(ref: RepoRef, issueNumber: number, body: string): Promise<IssueComment> {
    const response = await this.call('issues.createComment', 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
      ...ref,
      issue_number: issueNumber,
      body,
    });
    return response.data as IssueComment;
  }

  async updateIssueComment(ref: RepoRef, commentId: number, body: string): Promise<IssueComment> {
    const response = await this.call('issues.updateComment', 'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
      ...ref,
      comment_id: commentId,
      body,
    });
    return response.data as IssueComment;
  }

  /** One REST call with retries. `name` is the Octokit method name users find in GitHub's docs. */
  private async call(name: string, route: string, params: Record<string, unknown>): Promise<RawResponse> {
    const shown = `${name} (${route.split(' ')[0]} ${expandRoute(route, params)})`;
    for (let attempt = 1; ; attempt++) {
      let failure: { status: number; headers: RawResponse['headers']; detail: string };
      try {
        return await this.request(route, params);
      } catch (error) {
        failure = describeFailure(error);
      }
      const wait = this.retryWait(failure.status, failure.headers, attempt);
      if (wait === undefined || attempt >= this.attempts) {
        throw new ApiError(shown, failure.status, `${failure.detail}${attempt > 1 ? ` (after ${attempt} tries)` : ''}`);
      }
      if (wait > this.maxWaitMs) {
        throw new ApiError(shown, failure.status, `${failure.detail}; rate limited for another ${Math.ceil(wait / 1000)} s, not waiting`);
      }
      await this.sleep(wait);
    }
  }

  /** How long to wait before retrying, or undefined when the failure is not worth a retry. */
  private retryWait(status: number, headers: RawResponse['headers'], attempt: number): number | undefined {
    const retryAfter = Number(headers['retry-after']);
    const resetAt = Number(headers['x-ratelimit-reset']);
    // Secondary rate limits come as 403 with retry-after; primary ones as 403/429 with remaining 0.
    const rateLimited = status === 429 || (status === 403 && (headers['retry-after'] !== undefined || String(headers['x-ratelimit-remaining']) === '0'));
    if (rateLimited) {
      if (Number.isFinite(retryAfter) && retryAfter >= 0) return retryAfter * 1000;
      if (Number.isFinite(resetAt) && resetAt > 0) return Math.max(0, resetAt * 1000 - this.now()) + 1000;
      // GitHub's advice without headers: wait at least a minute.
      return 60_000;
    }
    // 0: no answer at all (connection refused, reset); 5xx: GitHub's side.
    if (status === 0 || status >= 500) return this.backoffMs * 2 ** (attempt - 1);
    return undefined;
  }
}

/** Whether a `Link` header offers a next page. */
function hasNextPage(link: string | number | undefined): boolean {
  return typeof link === 'string' && /<[^>]*>;\s*rel="next"/.test(link);
}

/** The route with its path parameters filled in, for error messages. */
function expandRoute(route: string, params: Record<string, unknown>): string {
  return (route.split(' ')[1] ?? route).replace(/\{(\w+)\}/g, (whole, key: string) => (params[key] === undefined ? whole : String(params[key])));
}

/** Status, headers and a one-line reason from an Octokit RequestError or a network error. */
function describeFailure(error: unknown): { status: number; headers: RawResponse['headers']; detail: string } {
  const e = error as { status?: number; message?: string; response?: { headers?: RawResponse['headers']; data?: { message?: string } } };
  // Octokit reports a network failure as status 500 with no response.
  const status = e.response ? (e.status ?? 0) : 0;
  const headers = e.response?.headers ?? {};
  const apiMessage = e.response?.data?.message ?? e.message ?? String(error);
  const detail = status ? `HTTP ${status}: ${apiMessage}` : `no answer (${apiMessage})`;
  return { status, headers, detail };
}
