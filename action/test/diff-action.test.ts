/**
 * The built Action (action/dist/index.js) run as the runner runs it on a pull_request: INPUT_*
 * variables, the event payload file, GITHUB_API_URL pointed at the loopback fake, a real git checkout
 * of the PR head as the workspace.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeKeys } from '../../packages/core/test/helpers/fake-keys.js';
import { COMMENT_MARKER } from '../src/diff/comment.js';
import { DiffInputs } from '../src/diff/settings.js';
import { startFakeGitHub, type FakeGitHub } from './fake-github.js';
import { makeRepo, pullRequestPayload, type Files, type TestRepo } from './diff-helpers.js';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ACTION = path.join(REPO_ROOT, 'action/dist/index.js');
const key = fakeKeys()[0]!.key;
const secretRef = (name: string): string => '$' + `{{ secrets.${name} }}`;

const WORKFLOW = (envLine: string): string =>
  ['name: build', 'on: pull_request', 'jobs:', '  build:', '    runs-on: ubuntu-latest', '    steps:', '      - uses: actions/checkout@v5', '      - run: npm ci && npm run build', '        env:', '          NODE_ENV: production', envLine, ''].join('\n');

const BASE: Files = {
  'package.json': JSON.stringify({ name: 'web', private: true, dependencies: { next: '15.0.0', react: '19.0.0', openai: '4.0.0' } }, null, 2),
  '.github/workflows/build.yml': WORKFLOW('          CI: "true"'),
  'lib/config.ts': "export const model = 'gpt-4o';\n",
};

const LEAKY: Files = {
  '.github/workflows/build.yml': WORKFLOW(`          NEXT_PUBLIC_OPENAI_API_KEY: ${secretRef('OPENAI_API_KEY')}`),
  'app/chat/Chat.tsx': "'use client';\nimport { useState } from 'react';\nimport OpenAI from 'openai';\n\nexport function Chat() {\n  const [text] = useState('');\n  return <p>{text}</p>;\n}\n",
  'lib/config.ts': `export const model = 'gpt-4o';\nexport const apiKey = '${key}';\n`,
};

const FIXED: Files = {
  '.github/workflows/build.yml': WORKFLOW(`          OPENAI_API_KEY: ${secretRef('OPENAI_API_KEY')}`),
  'app/chat/Chat.tsx': "'use client';\nimport { useState } from 'react';\n\nexport function Chat() {\n  const [text] = useState('');\n  return <button onClick={() => fetch('/api/chat')}>{text}</button>;\n}\n",
  'app/api/chat/route.ts': "import OpenAI from 'openai';\n\nexport async function POST() {\n  return Response.json(await new OpenAI().models.list());\n}\n",
  'lib/config.ts': "export const model = 'gpt-4o';\nexport const apiKey = process.env.OPENAI_API_KEY;\n",
};

interface Run {
  status: number | null;
  stdout: string;
  summary: string;
  /** `kind file:line` of every annotation with a file. */
  annotations: string[];
  notices: string[];
  everything: string;
}

let github: FakeGitHub;
const repos: TestRepo[] = [];

beforeAll(async () => {
  github = await startFakeGitHub();
});
afterAll(async () => {
  await github.close();
  for (const repo of repos) repo.remove();
});

/** Spawned, not spawnSync: the fake API answers from this process's event loop. */
async function runAction(repo: TestRepo, number: number, inputs: Record<string, string>, options: { headRepo?: string; eventName?: string } = {}): Promise<Run> {
  const runner = mkdtempSync(path.join(tmpdir(), 'backend-only-runner-'));
  const files = { output: path.join(runner, 'output'), summary: path.join(runner, 'summary.md'), event: path.join(runner, 'event.json') };
  writeFileSync(files.output, '');
  writeFileSync(files.summary, '');
  writeFileSync(files.event, JSON.stringify(pullRequestPayload(repo, number, options.headRepo)));
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: repo.dir,
    GITHUB_EVENT_NAME: options.eventName ?? 'pull_request',
    GITHUB_EVENT_PATH: files.event,
    GITHUB_REPOSITORY: 'acme/web',
    GITHUB_API_URL: github.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '77',
    GITHUB_SHA: repo.headSha,
    GITHUB_REF: `refs/pull/${number}/merge`,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    RUNNER_TEMP: runner,
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const child = spawn(process.execPath, [ACTION], { cwd: repo.dir, env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const lines = stdout.split('\n');
  const annotations = lines
    .map((line) => /^::(error|warning|notice) ([^:]*)::/.exec(line))
    .filter((m): m is RegExpExecArray => Boolean(m && /file=/.test(m[2]!)))
    .map((m) => {
      const props = Object.fromEntries(m[2]!.split(',').map((p) => p.split('=') as [string, string]));
      return `${m[1]} ${decodeURIComponent(props.file!.replace(/%2C/g, ',').replace(/%3A/g, ':'))}:${props.line}`;
    });
  const summary = readFileSync(files.summary, 'utf8');
  const visible = lines.filter((l) => !l.startsWith('::add-mask::')).join('\n');
  return {
    status,
    stdout,
    summary,
    annotations,
    notices: lines.filter((l) => l.startsWith('::notice')),
    everything: [visible, stderr, summary, readFileSync(files.output, 'utf8'), JSON.stringify([...github.comments.values()])].join('\n'),
  };
}

function pr(number: number, head: Files): TestRepo {
  const repo = makeRepo(BASE, head);
  repos.push(repo);
  github.pullFiles.set(number, repo.pullFiles());
  return repo;
}

describe('the built Action on a pull_request', () => {
  it('annotates the three leaks of the issue-6 PR on their head-side lines, fails, and comments once', async () => {
    const repo = pr(1, LEAKY);
    const run = await runAction(repo, 1, { token: 'ghs_test', comment: 'true' });
    expect(run.status, run.stdout).toBe(1);
    expect(run.annotations.sort()).toEqual(['error .github/workflows/build.yml:11', 'error app/chat/Chat.tsx:3', 'error lib/config.ts:2']);
    expect(run.stdout).toMatch(/^::error::.*block this merge/m);
    expect(run.summary).toContain('no-public-secret-env');
    const [comment] = github.comments.get(1)!;
    expect(comment!.body.startsWith(COMMENT_MARKER)).toBe(true);
    expect(comment!.body).toContain('no-client-ai-sdk');
    expect(run.everything).not.toContain(key);

    // A second run updates the same comment.
    await runAction(repo, 1, { token: 'ghs_test', comment: 'true' });
    expect(github.comments.get(1)).toHaveLength(1);
  }, 60_000);

  it('passes the same PR with the fixes', async () => {
    const repo = pr(2, FIXED);
    const run = await runAction(repo, 2, { token: 'ghs_test', comment: 'true' });
    expect(run.annotations).toEqual([]);
    expect(run.status, run.stdout).toBe(0);
    expect(github.comments.get(2)![0]!.body).toContain('No AI-provider key');
  }, 60_000);

  it('on a fork PR with a read-only token still annotates and fails, and skips the comment with a notice', async () => {
    const repo = pr(3, LEAKY);
    github.readOnly = true;
    try {
      const run = await runAction(repo, 3, { token: 'ghs_readonly', comment: 'true' }, { headRepo: 'mallory/web' });
      expect(run.status).toBe(1);
      expect(run.annotations).toHaveLength(3);
      expect(run.notices.join('\n')).toMatch(/comment skipped.*fork/i);
      expect(github.comments.get(3)).toBeUndefined();
    } finally {
      github.readOnly = false;
    }
  }, 60_000);

  it('says in the summary when the API is down and the history is missing, instead of passing silently', async () => {
    const repo = pr(4, LEAKY);
    const shallow = mkdtempSync(path.join(tmpdir(), 'backend-only-shallow-'));
    for (const [file, content] of Object.entries({ ...BASE, ...LEAKY })) {
      mkdirSync(path.dirname(path.join(shallow, file)), { recursive: true });
      writeFileSync(path.join(shallow, file), content!);
    }
    github.faults.push({ path: /\/pulls\/4\/files$/, status: 503, times: Infinity });
    try {
      const run = await runAction({ ...repo, dir: shallow }, 4, { token: 'ghs_test' });
      expect(run.summary).toMatch(/diff could not be read/);
      expect(run.stdout).toMatch(/^::warning .*diff could not be read/m);
    } finally {
      github.faults.length = 0;
    }
  }, 60_000);

  it('lints the Vue and Svelte components of the PR with the bundled parsers, and leaves .astro files to the scan', async () => {
    const repo = pr(9, {
      'components/Chat.vue': "<script setup lang=\"ts\">\nimport OpenAI from 'openai';\n</script>\n<template><p>hi</p></template>\n",
      'src/lib/Chat.svelte': "<script lang=\"ts\">\n  let ready = false;\n  import Anthropic from '@anthropic-ai/sdk';\n</script>\n<p>hi</p>\n",
      'src/pages/index.astro': "---\nimport OpenAI from 'openai';\nconst openai = new OpenAI({ apiKey: import.meta.env.PUBLIC_OPENAI_API_KEY });\n---\n<p>hi</p>\n",
      'src/pages/about.astro': "---\nimport OpenAI from 'openai';\nconst openai = new OpenAI({ apiKey: import.meta.env.OPENAI_API_KEY });\n---\n<p>hi</p>\n",
    });
    const run = await runAction(repo, 9, { token: 'ghs_test' });
    expect(run.stdout).not.toMatch(/could not parse/);
    // .astro files are not linted in the Action (astro-eslint-parser cannot be bundled): the diff scan still reads them.
    expect(run.annotations.sort()).toEqual(['error components/Chat.vue:2', 'error src/lib/Chat.svelte:3']);
  });
});

describe('action.yml', () => {
  it('declares the diff inputs with the token defaulting to github.token', () => {
    const text = readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8');
    for (const name of Object.values(DiffInputs)) expect(text).toMatch(new RegExp(`^ {2}${name}:\\n {4}description:`, 'm'));
    expect(text).toMatch(/^ {2}token:\n(?: {4}.*\n)*? {4}default: \$\{\{ github\.token \}\}$/m);
  });
});
