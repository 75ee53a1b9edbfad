import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError, GitHubApi, MAX_PR_FILES } from '../src/api.js';
import { startFakeGitHub, type FakeGitHub } from './fake-github.js';

const repo = { owner: 'acme', repo: 'web' };
let github: FakeGitHub;
let waits: number[];

function client(overrides: { attempts?: number; maxWaitMs?: number; now?: () => number } = {}): GitHubApi {
  return new GitHubApi({
    token: 'test-token',
    baseUrl: github.url,
    backoffMs: 10,
    sleep: async (ms) => void waits.push(ms),
    ...overrides,
  });
}

beforeEach(async () => {
  github = await startFakeGitHub();
  waits = [];
});
afterEach(() => github.close());

describe('GitHubApi.listPullFiles', () => {
  it('follows Link headers 100 files a page, with the token', async () => {
    github.pullFiles.set(7, Array.from({ length: 250 }, (_, i) => ({ filename: `src/f${i}.ts`, patch: '@@ -0,0 +1 @@\n+x' })));
    const listed = await client().listPullFiles(repo, 7);
    expect(listed.files).toHaveLength(250);
    expect(listed.capped).toBe(false);
    expect(listed.files[249]!.filename).toBe('src/f249.ts');
    const pages = github.requests.map((r) => r.path);
    expect(pages).toEqual([1, 2, 3].map((p) => `/repos/acme/web/pulls/7/files?per_page=100&page=${p}`));
    expect(github.requests[0]!.authorization).toBe('token test-token');
  });

  it('stops at the 3,000-file cap and says so', async () => {
    github.pullFiles.set(8, Array.from({ length: 3200 }, (_, i) => ({ filename: `f${i}.txt`, changes: 1 })));
    const listed = await client().listPullFiles(repo, 8);
    expect(listed.files).toHaveLength(MAX_PR_FILES);
    expect(listed.capped).toBe(true);
    expect(github.requests).toHaveLength(30);
  });

  it('keeps a file whose patch GitHub left out', async () => {
    github.pullFiles.set(9, [{ filename: 'big.json', changes: 40_000 }]);
    const [file] = (await client().listPullFiles(repo, 9)).files;
    expect(file).toMatchObject({ filename: 'big.json', changes: 40_000 });
    expect(file!.patch).toBeUndefined();
  });

  it('retries 500s with doubling backoff, then succeeds', async () => {
    github.pullFiles.set(1, [{ filename: 'a.ts', patch: '@@ -0,0 +1 @@\n+a' }]);
    github.faults.push({ path: /\/files$/, status: 502, times: 2 });
    const listed = await client().listPullFiles(repo, 1);
    expect(listed.files).toHaveLength(1);
    expect(waits).toEqual([10, 20]);
  });

  it('honours retry-after on 429 and on a secondary-rate-limit 403', async () => {
    github.pullFiles.set(1, []);
    github.faults.push({ path: /\/files$/, status: 429, headers: { 'retry-after': '3' }, times: 1 });
    github.faults.push({ path: /\/files$/, status: 403, headers: { 'retry-after': '2' }, message: 'You have exceeded a secondary rate limit', times: 1 });
    await client().listPullFiles(repo, 1);
    expect(waits).toEqual([3000, 2000]);
  });

  it('waits until x-ratelimit-reset when the primary limit is used up', async () => {
    github.pullFiles.set(1, []);
    const now = 1_800_000_000_000;
    github.faults.push({ path: /\/files$/, status: 403, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(now / 1000 + 20) }, times: 1 });
    await client({ now: () => now }).listPullFiles(repo, 1);
    expect(waits).toEqual([21_000]);
  });

  it('does not wait for a rate limit that resets too late, and names the call', async () => {
    github.faults.push({ path: /\/files$/, status: 429, headers: { 'retry-after': '3600' }, times: 1 });
    const error = await client().listPullFiles(repo, 1).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).message).toMatch(/^GitHub API call pulls\.listFiles \(GET \/repos\/acme\/web\/pulls\/1\/files\) failed: HTTP 429/);
    expect((error as ApiError).message).toContain('not waiting');
    expect(waits).toEqual([]);
  });

  it('gives up after its tries with a clear error', async () => {
    github.faults.push({ path: /\/files$/, status: 500, times: Infinity });
    const error = (await client().listPullFiles(repo, 1).catch((e: unknown) => e)) as ApiError;
    expect(error.status).toBe(500);
    expect(error.message).toContain('pulls.listFiles');
    expect(error.message).toContain('after 3 tries');
    expect(waits).toEqual([10, 20]);
  });

  it('does not retry a plain 403 or 404', async () => {
    github.faults.push({ path: /\/files$/, status: 404, times: Infinity });
    const error = (await client().listPullFiles(repo, 1).catch((e: unknown) => e)) as ApiError;
    expect(error.status).toBe(404);
    expect(github.requests).toHaveLength(1);
  });

  it('reports a server that does not answer as status 0 after retrying', async () => {
    const url = github.url;
    await github.close();
    const api = new GitHubApi({ token: 't', baseUrl: url, backoffMs: 1, sleep: async () => {} });
    const error = (await api.listPullFiles(repo, 1).catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(0);
    expect(error.message).toContain('no answer');
    github = await startFakeGitHub(); // for afterEach
  });
});

describe('GitHubApi issue comments', () => {
  it('lists across pages, creates and updates', async () => {
    github.comments.set(3, Array.from({ length: 130 }, (_, i) => ({ id: i + 1, body: `c${i}` })));
    const api = client();
    expect(await api.listIssueComments(repo, 3)).toHaveLength(130);
    const created = await api.createIssueComment(repo, 3, 'hello');
    await api.updateIssueComment(repo, created.id, 'hello again');
    expect(github.comments.get(3)!.at(-1)).toEqual({ id: created.id, body: 'hello again' });
  });
});
