import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Finding } from '@backend-only/core';
import { GitHubApi } from '../src/api.js';
import { COMMENT_MARKER, MAX_COMMENT_CHARS, renderComment, upsertStickyComment } from '../src/diff/comment.js';
import type { PullRequestInfo } from '../src/diff/settings.js';
import { startFakeGitHub, type FakeGitHub } from './fake-github.js';

const finding = (i: number, extra: Partial<Finding> = {}): Finding => ({
  ruleId: 'no-public-secret-env',
  severity: 'error',
  message: 'NEXT_PUBLIC_OPENAI_API_KEY holds an OpenAI secret…',
  location: { file: `.github/workflows/build-${i}.yml`, line: 11, column: 11 },
  origin: null,
  provider: 'openai',
  evidence: 'NEXT_PUBLIC_OPENAI_API_KEY',
  fingerprint: i.toString(16).padStart(16, '0'),
  confidence: 'high',
  ...extra,
});

const pr: PullRequestInfo = { pull: { repo: { owner: 'acme', repo: 'web' }, number: 12, baseSha: 'b'.repeat(40), headSha: 'h'.repeat(40) }, isFork: false };

let github: FakeGitHub;
let notices: string[];
const log = { info: () => {}, notice: (m: string) => void notices.push(m) };
const api = () => new GitHubApi({ token: 't', baseUrl: github.url, backoffMs: 1, sleep: async () => {} });

beforeEach(async () => {
  github = await startFakeGitHub();
  notices = [];
});
afterEach(() => github.close());

describe('renderComment', () => {
  it('starts with the hidden marker and lists findings with rule links and redacted evidence', () => {
    const body = renderComment({ findings: [finding(1)], incomplete: [], errors: [], runUrl: 'https://github.com/acme/web/actions/runs/9' });
    expect(body.startsWith(COMMENT_MARKER)).toBe(true);
    expect(body).toContain('| error | [no-public-secret-env](');
    expect(body).toContain('`.github/workflows/build-1.yml:11`');
    expect(body).toContain('(https://github.com/acme/web/actions/runs/9)');
  });

  it('says in how many other places a bundled key shipped, in its one row', () => {
    const key = finding(2, { ruleId: 'no-api-key-in-bundle', location: { file: 'dist/a.js', line: 1, column: 40 }, evidence: 'sk-proj-…ab12', alsoAt: { count: 3, places: [{ location: { file: 'dist/b.js', line: 1, column: 9 }, origin: null }] } });
    const body = renderComment({ findings: [key], incomplete: [], errors: [] });
    expect(body).toContain('| `dist/a.js:1` and 3 other places |');
    expect(body).toContain('**1 finding(s)**');
  });

  it('says when the review was incomplete, and escapes file names', () => {
    const body = renderComment({ findings: [finding(1, { location: { file: 'a|<b>@team.ts', line: 1, column: 1 } })], incomplete: ['GitHub lists at most 3,000 files'], errors: ['x.ts: <bad>'] });
    expect(body).toContain('did not cover the whole pull request');
    expect(body).toContain('3,000 files');
    expect(body).toContain('x.ts: &lt;bad&gt;');
    expect(body).toContain('a\\|<b>@team.ts:1');
  });

  it('stays under 65,536 characters with thousands of findings, pointing to the summary', () => {
    const findings = Array.from({ length: 5000 }, (_, i) => finding(i));
    const body = renderComment({ findings, incomplete: ['x'.repeat(3000)], errors: Array.from({ length: 80 }, (_, i) => `f${i}.ts: y`) });
    expect(body.length).toBeLessThanOrEqual(MAX_COMMENT_CHARS);
    expect(body).toMatch(/… and \d+ more finding\(s\), listed in the job summary/);
    expect(body).toContain('did not cover the whole pull request');
  });

  it('says the change is clean when nothing was found', () => {
    expect(renderComment({ findings: [], incomplete: [], errors: [] })).toContain('No AI-provider key');
  });
});

describe('upsertStickyComment', () => {
  it('creates one comment, then updates the same one on every run, never duplicating it', async () => {
    github.comments.set(12, [{ id: 1, body: 'LGTM' }]);
    expect(await upsertStickyComment(api(), pr, 'pull_request', `${COMMENT_MARKER}\nfirst`, log)).toBe('created');
    expect(await upsertStickyComment(api(), pr, 'pull_request', `${COMMENT_MARKER}\nsecond`, log)).toBe('updated');
    expect(await upsertStickyComment(api(), pr, 'pull_request', `${COMMENT_MARKER}\nsecond`, log)).toBe('unchanged');
    const comments = github.comments.get(12)!;
    expect(comments).toHaveLength(2);
    expect(comments[1]!.body).toBe(`${COMMENT_MARKER}\nsecond`);
    expect(github.requests.filter((r) => r.method === 'PATCH')).toHaveLength(1);
  });

  it('finds its comment past the first page of comments', async () => {
    github.comments.set(12, [...Array.from({ length: 150 }, (_, i) => ({ id: i + 1, body: `c${i}` })), { id: 500, body: `${COMMENT_MARKER}\nold` }]);
    expect(await upsertStickyComment(api(), pr, 'pull_request', `${COMMENT_MARKER}\nnew`, log)).toBe('updated');
    expect(github.comments.get(12)).toHaveLength(151);
  });

  it('skips fork PRs on pull_request without calling the API', async () => {
    expect(await upsertStickyComment(api(), { ...pr, isFork: true }, 'pull_request', 'x', log)).toBe('skipped');
    expect(github.requests).toEqual([]);
    expect(notices[0]).toMatch(/fork.*read-only/);
  });

  it('turns a 403 from a read-only token into a notice', async () => {
    github.readOnly = true;
    expect(await upsertStickyComment(api(), { ...pr, isFork: true }, 'pull_request_target', 'x', log)).toBe('skipped');
    expect(notices[0]).toMatch(/pull-requests: write/);
    expect(notices[0]).toContain('issues.createComment');
  });

  it('turns a persistent 500 into a notice instead of failing the run', async () => {
    github.faults.push({ path: /comments$/, status: 500, times: Infinity });
    expect(await upsertStickyComment(api(), pr, 'pull_request', 'x', log)).toBe('skipped');
    expect(notices[0]).toMatch(/PR comment skipped: GitHub API call issues\.listComments/);
  });
});
