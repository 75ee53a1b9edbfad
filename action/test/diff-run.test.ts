import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeKeys } from '../../packages/core/test/helpers/fake-keys.js';
import type { Annotation } from '../src/github.js';
import { COMMENT_MARKER } from '../src/diff/comment.js';
import { commentOnPullRequest, readDiffInputs, reviewDiff } from '../src/diff/run.js';
import { pullRequestOf, readDiffSettings, wantsDiffReview } from '../src/diff/settings.js';
import { startFakeGitHub, type FakeGitHub } from './fake-github.js';
import { makeRepo, pullRequestPayload, type TestRepo } from './diff-helpers.js';

const key = fakeKeys()[0]!.key;

let github: FakeGitHub;
let repo: TestRepo;
const runnerDir = mkdtempSync(path.join(tmpdir(), 'backend-only-runner-'));
let annotations: Annotation[];
let infos: string[];
const io = (inputs: Record<string, string>) => ({
  input: (name: string) => inputs[name] ?? '',
  info: (m: string) => void infos.push(m),
  annotate: (a: Annotation) => void annotations.push(a),
});

function env(payload: object, eventName = 'pull_request'): NodeJS.ProcessEnv {
  const eventPath = path.join(runnerDir, `event-${Math.random()}.json`);
  writeFileSync(eventPath, JSON.stringify(payload));
  return {
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'acme/web',
    GITHUB_API_URL: github.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '42',
  };
}

beforeAll(async () => {
  github = await startFakeGitHub();
  repo = makeRepo({ 'README.md': '# web\n' }, { '.env.example': `NEXT_PUBLIC_OPENAI_API_KEY=\nOPENAI_KEY_BACKUP=${key}\n` });
  github.pullFiles.set(5, repo.pullFiles());
});
afterAll(async () => {
  await github.close();
  repo.remove();
});
beforeEach(() => {
  annotations = [];
  infos = [];
  github.readOnly = false;
  github.comments.clear();
});

describe('diff settings', () => {
  it('reads defaults and refuses bad values, naming the input', () => {
    expect(readDiffSettings(() => '')).toEqual({ diff: 'auto', token: '', comment: false, scope: 'added-lines' });
    expect(() => readDiffSettings((n) => (n === 'diff' ? 'maybe' : ''))).toThrow('input "diff": "maybe" is not one of auto, true, false');
    expect(() => readDiffSettings((n) => (n === 'diff-scope' ? 'all' : ''))).toThrow('input "diff-scope": "all" is not one of added-lines, changed-files');
    expect(() => readDiffSettings((n) => (n === 'comment' ? 'yes' : ''))).toThrow('input "comment": "yes" is not one of true, false');
  });

  it('reviews on PR events in auto mode only', () => {
    expect(wantsDiffReview('auto', 'pull_request')).toBe(true);
    expect(wantsDiffReview('auto', 'pull_request_target')).toBe(true);
    expect(wantsDiffReview('auto', 'push')).toBe(false);
    expect(wantsDiffReview('true', 'push')).toBe(true);
    expect(wantsDiffReview('false', 'pull_request')).toBe(false);
  });

  it('reads the PR from the payload and tells forks, deleted forks included', () => {
    expect(pullRequestOf(pullRequestPayload(repo, 5), 'acme/web')).toMatchObject({ pull: { number: 5, repo: { owner: 'acme', repo: 'web' } }, isFork: false });
    expect(pullRequestOf(pullRequestPayload(repo, 5, 'mallory/web'), 'acme/web')!.isFork).toBe(true);
    const deleted = pullRequestPayload(repo, 5) as { pull_request: { head: { repo: unknown } } };
    deleted.pull_request.head.repo = null;
    expect(pullRequestOf(deleted, 'acme/web')!.isFork).toBe(true);
    expect(pullRequestOf({ ref: 'refs/heads/main' }, 'acme/web')).toBeUndefined();
  });
});

describe('reviewDiff + commentOnPullRequest', () => {
  it('reviews the PR through GITHUB_API_URL and keeps one comment', async () => {
    const inputs = { token: 't0k', comment: 'true' };
    const settings = readDiffInputs(io(inputs));
    const run = (await reviewDiff(io(inputs), settings, { workspace: repo.dir, configPath: undefined }, env(pullRequestPayload(repo, 5))))!;
    expect(run.review.findings.map((f) => `${f.ruleId} ${f.location.file}:${f.location.line}`).sort()).toEqual([
      'no-hardcoded-api-key .env.example:2',
      'no-public-secret-env .env.example:1',
    ]);
    expect(github.requests.some((r) => r.path.startsWith('/repos/acme/web/pulls/5/files') && r.authorization === 'token t0k')).toBe(true);
    expect(await commentOnPullRequest(io(inputs), run, run.review.findings, env(pullRequestPayload(repo, 5)))).toBe('created');
    expect(await commentOnPullRequest(io(inputs), run, run.review.findings.slice(1), env(pullRequestPayload(repo, 5)))).toBe('updated');
    const comments = github.comments.get(5)!;
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body.startsWith(COMMENT_MARKER)).toBe(true);
    expect(comments[0]!.body).toContain('https://github.com/acme/web/actions/runs/42');
    expect(JSON.stringify({ comments, infos, annotations })).not.toContain(key);
  });

  it('on a fork PR with a read-only token still finds everything and skips the comment with a notice', async () => {
    github.readOnly = true;
    const inputs = { token: 'read-only', comment: 'true' };
    const settings = readDiffInputs(io(inputs));
    const forkEnv = env(pullRequestPayload(repo, 5, 'mallory/web'));
    const run = (await reviewDiff(io(inputs), settings, { workspace: repo.dir, configPath: undefined }, forkEnv))!;
    expect(run.review.findings).toHaveLength(2);
    expect(await commentOnPullRequest(io(inputs), run, run.review.findings, forkEnv)).toBe('skipped');
    expect(annotations).toEqual([expect.objectContaining({ level: 'notice', message: expect.stringMatching(/fork/) })]);
    // pull_request_target has a write token on forks: it tries, and a 403 is a notice too.
    const targetEnv = env(pullRequestPayload(repo, 5, 'mallory/web'), 'pull_request_target');
    expect(await commentOnPullRequest(io(inputs), run, run.review.findings, targetEnv)).toBe('skipped');
    expect(annotations[1]!.message).toMatch(/403.*pull-requests: write/);
  });

  it('skips quietly on push, and warns when diff: true has no PR to review', async () => {
    expect(await reviewDiff(io({}), readDiffSettings(() => ''), { workspace: repo.dir, configPath: undefined }, env({ ref: 'refs/heads/main' }, 'push'))).toBeUndefined();
    expect(annotations).toEqual([]);
    const forced = readDiffSettings((n) => (n === 'diff' ? 'true' : ''));
    expect(await reviewDiff(io({}), forced, { workspace: repo.dir, configPath: undefined }, env({}, 'workflow_dispatch'))).toBeUndefined();
    expect(annotations[0]).toMatchObject({ level: 'warning', title: 'backend-only: diff review skipped' });
  });

  it('without a token reviews from the local history', async () => {
    const run = (await reviewDiff(io({}), readDiffSettings(() => ''), { workspace: repo.dir, configPath: undefined }, env(pullRequestPayload(repo, 5))))!;
    expect(run.review.source).toBe('git');
    expect(run.review.findings).toHaveLength(2);
  });
});
