import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeKeys } from '../../packages/core/test/helpers/fake-keys.js';
import { GitHubApi } from '../src/api.js';
import { reviewPullRequest, type DiffReview, type DiffScope } from '../src/diff/review.js';
import { startFakeGitHub, type FakeGitHub } from './fake-github.js';
import { makeRepo, type Files, type TestRepo } from './diff-helpers.js';

const openAiKey = fakeKeys()[0]!.key;
const groqKey = fakeKeys().find((k) => k.provider === 'groq')!.key;
const secretRef = (name: string): string => '$' + `{{ secrets.${name} }}`;

const WORKFLOW_BASE = [
  'name: build',
  'on: pull_request',
  'jobs:',
  '  build:',
  '    runs-on: ubuntu-latest',
  '    steps:',
  '      - uses: actions/checkout@v5',
  '      - run: npm ci && npm run build',
  '        env:',
  '          NODE_ENV: production',
  '',
].join('\n');

const BASE: Files = {
  'package.json': JSON.stringify({ name: 'web', private: true, dependencies: { next: '15.0.0', react: '19.0.0', openai: '4.0.0' } }, null, 2),
  '.github/workflows/build.yml': WORKFLOW_BASE,
  'app/page.tsx': 'export default function Page() {\n  return <main>Hi</main>;\n}\n',
  'lib/config.ts': "export const model = 'gpt-4o';\n",
};

/** The PR from issue 6: a public-prefixed secret in the build env, the SDK in a client component, a hard-coded key. */
const LEAKY: Files = {
  '.github/workflows/build.yml': WORKFLOW_BASE.replace('NODE_ENV: production\n', `NODE_ENV: production\n          NEXT_PUBLIC_OPENAI_API_KEY: ${secretRef('OPENAI_API_KEY')}\n`),
  'app/chat/Chat.tsx': [
    "'use client';",
    "import { useState } from 'react';",
    "import OpenAI from 'openai';",
    '',
    'export function Chat() {',
    "  const [text] = useState('');",
    '  return <p>{text}</p>;',
    '}',
    '',
  ].join('\n'),
  'lib/config.ts': `export const model = 'gpt-4o';\nexport const apiKey = '${openAiKey}';\n`,
};

/** The same PR with the fixes: the key stays on the server. */
const FIXED: Files = {
  '.github/workflows/build.yml': WORKFLOW_BASE.replace('NODE_ENV: production\n', `NODE_ENV: production\n          OPENAI_API_KEY: ${secretRef('OPENAI_API_KEY')}\n`),
  'app/chat/Chat.tsx': [
    "'use client';",
    "import { useState } from 'react';",
    '',
    'export function Chat() {',
    "  const [text] = useState('');",
    "  return <button onClick={() => fetch('/api/chat', { method: 'POST' })}>{text}</button>;",
    '}',
    '',
  ].join('\n'),
  'app/api/chat/route.ts': [
    "import OpenAI from 'openai';",
    '',
    "import { allow } from '../../../lib/limit';",
    '',
    'export async function POST(request: Request) {',
    "  if (!allow(request.headers.get('x-forwarded-for') ?? '')) return new Response('Too many requests', { status: 429 });",
    '  const client = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });',
    "  const answer = await client.responses.create({ model: 'gpt-4o', max_output_tokens: 800, input: await request.text() });",
    '  return Response.json(answer);',
    '}',
    '',
  ].join('\n'),
  'lib/config.ts': "export const model = 'gpt-4o';\nexport const apiKey = process.env.OPENAI_API_KEY;\n",
  'lib/limit.ts': 'const seen = new Map<string, number>();\nexport const allow = (ip: string) => (seen.set(ip, (seen.get(ip) ?? 0) + 1).get(ip) ?? 0) <= 10;\n',
};

const logs: string[] = [];
const log = { info: (m: string) => void logs.push(`info: ${m}`), warning: (m: string) => void logs.push(`warning: ${m}`) };

let github: FakeGitHub;
const repos: TestRepo[] = [];
beforeAll(async () => {
  github = await startFakeGitHub();
});
afterAll(async () => {
  await github.close();
  for (const repo of repos) repo.remove();
});
beforeEach(() => {
  github.faults.length = 0;
  github.pullFiles.clear();
  logs.length = 0;
});

function repoFor(head: Files, base: Files = BASE): TestRepo {
  const repo = makeRepo(base, head);
  repos.push(repo);
  return repo;
}

async function review(repo: TestRepo, options: { scope?: DiffScope; number?: number; workspace?: string; config?: { ignore: string[]; allow: { fingerprint: string }[] } } = {}): Promise<DiffReview> {
  const number = options.number ?? 1;
  if (!github.pullFiles.has(number)) github.pullFiles.set(number, repo.pullFiles());
  const api = new GitHubApi({ token: 't', baseUrl: github.url, backoffMs: 1, sleep: async () => {} });
  return reviewPullRequest({
    api,
    pull: { repo: { owner: 'acme', repo: 'web' }, number, baseSha: repo.baseSha, headSha: repo.headSha },
    workspace: options.workspace ?? repo.dir,
    scope: options.scope ?? 'added-lines',
    config: options.config,
    log,
  });
}

const where = (r: DiffReview): string[] => r.findings.map((f) => `${f.ruleId} ${f.location.file}:${f.location.line}`);

describe('reviewPullRequest on a real repository', () => {
  it('finds the three leaks of the issue-6 PR on exactly their head-side lines', async () => {
    const result = await review(repoFor(LEAKY));
    expect(result.source).toBe('api');
    expect(result.incomplete).toEqual([]);
    expect(where(result).sort()).toEqual(['no-client-ai-sdk app/chat/Chat.tsx:3', 'no-hardcoded-api-key lib/config.ts:2', 'no-public-secret-env .github/workflows/build.yml:11']);
    const workflow = result.findings.find((f) => f.ruleId === 'no-public-secret-env')!;
    expect(workflow.location).toMatchObject({ column: 11, endColumn: 11 + 'NEXT_PUBLIC_OPENAI_API_KEY'.length });
    expect(workflow.provider).toBe('openai');
    const key = result.findings.find((f) => f.ruleId === 'no-hardcoded-api-key')!;
    expect(key.evidence).toMatch(/^sk-proj-…[A-Za-z0-9_-]{4}$/);
    expect(result.findings.find((f) => f.ruleId === 'no-client-ai-sdk')!.evidence).toBe("import OpenAI from 'openai';");
    expect(JSON.stringify(result)).not.toContain(openAiKey);
  });

  it('reviews the cost of a changed route: no limit before the AI call two modules away, and no output cap', async () => {
    const result = await review(
      repoFor({
        'lib/openai.ts': "import OpenAI from 'openai';\nexport const openai = new OpenAI();\n",
        'lib/ai.ts': "import { openai } from './openai';\nexport const ask = (q: string) => openai.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: q }] });\n",
        'app/api/ask/route.ts': "import { ask } from '../../../lib/ai';\n\nexport async function POST(request: Request) {\n  return Response.json(await ask(await request.text()));\n}\n",
      }),
    );
    expect(where(result).sort()).toEqual(['require-max-tokens lib/ai.ts:2', 'require-rate-limit app/api/ask/route.ts:3']);
    expect(result.findings.find((f) => f.ruleId === 'require-rate-limit')!.message).toContain('app/api/ask/route.ts POST → lib/ai.ts → openai.chat.completions.create');
  });

  it('passes the same PR with the fixes', async () => {
    const result = await review(repoFor(FIXED));
    expect(result.findings).toEqual([]);
    expect(result.errors).toEqual([]);
    expect(result.stats.linted).toBe(4);
  });

  it('falls back to the local git history when the API keeps failing', async () => {
    const repo = repoFor(LEAKY);
    github.faults.push({ path: /\/files$/, status: 500, times: Infinity });
    const result = await review(repo);
    expect(result.source).toBe('git');
    expect(result.incomplete).toEqual([]);
    expect(where(result)).toContain('no-public-secret-env .github/workflows/build.yml:11');
    expect(where(result)).toContain('no-hardcoded-api-key lib/config.ts:2');
    expect(logs.some((l) => l.startsWith('warning: GitHub API call pulls.listFiles'))).toBe(true);
  });

  it('says so when neither the API nor the history can give the diff', async () => {
    const repo = repoFor(LEAKY);
    const noHistory = mkdtempSync(path.join(tmpdir(), 'backend-only-nohistory-'));
    try {
      cpSync(repo.dir, noHistory, { recursive: true, filter: (src) => !src.split(path.sep).includes('.git') });
      github.faults.push({ path: /\/files$/, status: 503, times: Infinity });
      const result = await review(repo, { workspace: noHistory });
      expect(result.source).toBe('none');
      expect(result.findings).toEqual([]);
      expect(result.incomplete).toHaveLength(1);
      expect(result.incomplete[0]).toMatch(/diff could not be read.*pulls\.listFiles.*HTTP 503.*fetch-depth: 0/);
    } finally {
      rmSync(noHistory, { recursive: true, force: true });
    }
  });

  it('reviews a file whose patch is missing whole, from the checkout, and says so', async () => {
    const repo = repoFor({ '.env.production': `NEXT_PUBLIC_GROQ_API_KEY=${groqKey}\n` });
    github.pullFiles.set(2, [{ filename: '.env.production', status: 'added', changes: 1 }]);
    const result = await review(repo, { number: 2 });
    expect(where(result).sort()).toEqual(['no-hardcoded-api-key .env.production:1', 'no-public-secret-env .env.production:1']);
    expect(result.incomplete.join(' ')).toMatch(/no usable patch for 1 file\(s\).*\.env\.production/);
    expect(JSON.stringify(result)).not.toContain(groqKey);
  });

  it('says so when the PR reaches the 3,000-file cap', async () => {
    const repo = repoFor(LEAKY);
    github.pullFiles.set(3, [...repo.pullFiles(), ...Array.from({ length: 3100 }, (_, i) => ({ filename: `docs/p${i}.md`, status: 'removed', changes: 1 }))]);
    const result = await review(repo, { number: 3 });
    expect(result.incomplete.join(' ')).toMatch(/at most 3,000 files/);
    expect(where(result)).toContain('no-hardcoded-api-key lib/config.ts:2');
  });

  it('added-lines reports only what the PR adds; changed-files reports the whole changed file', async () => {
    const base = { ...BASE, '.env': `NEXT_PUBLIC_OPENAI_API_KEY=${secretRef('X')}\nPORT=3000\n` };
    const repo = repoFor({ '.env': `NEXT_PUBLIC_OPENAI_API_KEY=${secretRef('X')}\nPORT=3001\nVITE_ANTHROPIC_API_KEY=abc\n` }, base);
    expect(where(await review(repo, { number: 4 }))).toEqual(['no-public-secret-env .env:3']);
    expect(where(await review(repo, { number: 4, scope: 'changed-files' })).sort()).toEqual(['no-public-secret-env .env:1', 'no-public-secret-env .env:3']);
  });

  it('applies the project config: ignored files and allowed fingerprints', async () => {
    const repo = repoFor({ 'fixtures/leak.env': `NEXT_PUBLIC_OPENAI_API_KEY=x\n`, 'lib/config.ts': LEAKY['lib/config.ts']! });
    const first = await review(repo, { number: 5 });
    const keyPrint = first.findings.find((f) => f.ruleId === 'no-hardcoded-api-key')!.fingerprint;
    const result = await review(repo, { number: 5, config: { ignore: ['fixtures/**'], allow: [{ fingerprint: keyPrint }] } });
    expect(result.findings).toEqual([]);
    expect(result.allowed.map((f) => f.ruleId)).toEqual(['no-hardcoded-api-key']);
  });

  it('never reads a changed file through a link out of the workspace', async () => {
    const outside = mkdtempSync(path.join(tmpdir(), 'backend-only-outside-'));
    const repo = repoFor({});
    symlinkSync(path.join(outside, 'secret.ts'), path.join(repo.dir, 'linked.ts'));
    github.pullFiles.set(6, [{ filename: 'linked.ts', status: 'added', changes: 1 }]);
    const result = await review(repo, { number: 6 });
    rmSync(outside, { recursive: true, force: true });
    expect(result.errors.join(' ')).toMatch(/linked\.ts: not in the checkout|linked\.ts: a link to outside/);
    expect(result.findings).toEqual([]);
  });

  it('names a JS file ESLint cannot parse and goes on with the others', async () => {
    const repo = repoFor({ 'src/broken.ts': 'export const = ;\n', 'lib/config.ts': LEAKY['lib/config.ts']! });
    const result = await review(repo, { number: 7 });
    expect(result.errors.join(' ')).toMatch(/src\/broken\.ts:1: not linted, ESLint could not parse it/);
    expect(where(result)).toContain('no-hardcoded-api-key lib/config.ts:2');
  });

  it('places lint findings on the PR head lines when the checkout is not the PR head, and says so', async () => {
    const repo = repoFor(LEAKY);
    // As on a merge checkout where the base moved the file's lines: two lines more on top.
    writeFileSync(path.join(repo.dir, 'app/chat/Chat.tsx'), `// base line\n// base line\n${LEAKY['app/chat/Chat.tsx']}`);
    const result = await review(repo, { number: 8 });
    expect(result.errors.join(' ')).toMatch(/app\/chat\/Chat\.tsx: the checkout's copy is not the PR head's/);
    // The SDK import is line 5 of the checkout, line 3 of the PR head: annotated where the PR shows it.
    expect(where(result)).toContain('no-client-ai-sdk app/chat/Chat.tsx:3');
  });
});
