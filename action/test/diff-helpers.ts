/**
 * Real git repositories for the diff tests: a base commit, a head branch on top, and the PR's files
 * as GitHub's REST API would list them (patches from `git diff` with three lines of context).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseGitDiff } from '../src/diff/git.js';
import type { FakePullFile } from './fake-github.js';

export interface TestRepo {
  dir: string;
  baseSha: string;
  headSha: string;
  git(...args: string[]): string;
  /** The PR's files as `pulls/{n}/files` lists them. */
  pullFiles(): FakePullFile[];
  remove(): void;
}

/** Files: path → content; `null` deletes the file in the head commit. */
export type Files = Record<string, string | null>;

export function makeRepo(base: Files, head: Files): TestRepo {
  const dir = mkdtempSync(path.join(tmpdir(), 'backend-only-diff-'));
  const git = (...args: string[]): string =>
    execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args], {
      cwd: dir,
      encoding: 'utf8',
    }).trim();
  const write = (files: Files): void => {
    for (const [file, content] of Object.entries(files)) {
      const absolute = path.join(dir, file);
      if (content === null) rmSync(absolute);
      else {
        mkdirSync(path.dirname(absolute), { recursive: true });
        writeFileSync(absolute, content);
      }
    }
  };
  git('init', '-q', '-b', 'main');
  write(base);
  git('add', '-A');
  git('commit', '-q', '-m', 'base');
  const baseSha = git('rev-parse', 'HEAD');
  git('checkout', '-q', '-b', 'feature');
  write(head);
  git('add', '-A');
  git('commit', '-q', '-m', 'head', '--allow-empty');
  const headSha = git('rev-parse', 'HEAD');
  return {
    dir,
    baseSha,
    headSha,
    git,
    pullFiles: () => {
      const deleted = Object.entries(head).filter(([, c]) => c === null).map(([f]) => ({ filename: f, status: 'removed', changes: 1 }));
      const changed = parseGitDiff(git('diff', '--no-color', `${baseSha}...${headSha}`) + '\n').map((f) => ({
        filename: f.path,
        status: f.path in base ? 'modified' : 'added',
        ...(f.patch === undefined ? { changes: 1 } : { patch: f.patch.replace(/\n$/, '') }),
      }));
      return [...changed, ...deleted];
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** A `pull_request` payload as GitHub sends it, trimmed to what matters here. */
export function pullRequestPayload(repo: TestRepo, number: number, headRepo = 'acme/web'): object {
  return {
    action: 'synchronize',
    number,
    pull_request: {
      number,
      state: 'open',
      title: 'Add chat',
      base: { ref: 'main', sha: repo.baseSha, repo: { full_name: 'acme/web', fork: false } },
      head: { ref: 'feature', sha: repo.headSha, label: `${headRepo.split('/')[0]}:feature`, repo: { full_name: headRepo, fork: headRepo !== 'acme/web' } },
    },
    repository: { full_name: 'acme/web' },
  };
}
