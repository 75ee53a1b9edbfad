/**
 * End to end: the real `eslint` CLI (ESLint 10, and ESLint 9 through the `eslint-v9` alias) with the README's
 * three-line flat config, on the example apps' source files and on a generated project for the rules the
 * examples do not exercise. Runs the built plugin: `pnpm build` first.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeKeys } from '../../packages/core/test/helpers/fake-keys.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const examplesDir = path.join(repoRoot, 'examples');
const builtPlugin = path.join(repoRoot, 'eslint-plugin/dist/index.js');

const ESLINT_BINS = {
  'ESLint 10': path.join(repoRoot, 'node_modules/eslint/bin/eslint.js'),
  'ESLint 9': path.join(repoRoot, 'node_modules/eslint-v9/bin/eslint.js'),
};

const NEXT_FIX = 'Call OpenAI from a Route Handler (app/api/…/route.ts) or a Server Action, and keep the key in a server-only env var (no NEXT_PUBLIC_ prefix).';

/** Every report on the example apps, as `file line:column rule severity` (2 = error, 1 = warning). */
const EXPECTED: Record<string, string[]> = {
  // One report per leak: Chat.tsx's client turns the browser guard off with a shared key, reported on the option
  // (not again on its import); lib/ai.ts is a server module by Next.js conventions, so its client reaches the
  // browser through Summary.tsx, where the chain is reported.
  'next-leaky': [
    'app/chat/Chat.tsx 8:11 backend-only/no-public-secret-env 2',
    'app/chat/Chat.tsx 9:3 backend-only/no-dangerously-allow-browser 2',
    'app/chat/Summary.tsx 4:1 backend-only/no-client-ai-sdk 2',
    'app/models/ModelList.tsx 9:28 backend-only/no-client-ai-api-call 1',
    'lib/ai.ts 4:11 backend-only/no-public-secret-env 2',
  ],
  'next-clean': [],
  'vite-leaky': [
    'src/openai.ts 2:24 backend-only/no-public-secret-env 2',
    'src/openai.ts 5:26 backend-only/no-client-ai-api-call 1',
  ],
  'vite-clean': [],
  'node-server': [],
};

interface LintMessage {
  ruleId: string | null;
  severity: number;
  message: string;
  line: number;
  column: number;
}
interface LintResult {
  filePath: string;
  messages: LintMessage[];
}

/** Runs an ESLint CLI in `cwd` on `targets` and returns its JSON results and raw output (exit 1 = problems found). */
function runEslint(bin: string, cwd: string, targets: string[]): Promise<{ results: LintResult[] }> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [bin, '--format', 'json', ...targets], { cwd, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      const exitCode = error ? (error as { code?: unknown }).code : 0;
      if (exitCode !== 0 && exitCode !== 1) {
        reject(new Error(`${path.basename(path.dirname(path.dirname(bin)))} in ${cwd} exited with ${String(exitCode)}: ${stderr || stdout}`));
        return;
      }
      resolve({ results: JSON.parse(stdout) as LintResult[] });
    });
  });
}

function summarize(results: LintResult[], cwd: string): string[] {
  return results
    .flatMap((result) =>
      result.messages.map((m) => `${path.relative(cwd, result.filePath).split(path.sep).join('/')} ${m.line}:${m.column} ${m.ruleId ?? 'parse-error: ' + m.message} ${m.severity}`),
    )
    .sort();
}

/** An example's own source: its folders and top-level script files, never its build output or dependencies. */
function sourceTargets(exampleDir: string): string[] {
  return readdirSync(exampleDir)
    .filter((name) => !name.startsWith('.') && !['node_modules', 'dist', 'build', 'out'].includes(name))
    .filter((name) => statSync(path.join(exampleDir, name)).isDirectory() || /\.(?:[mc]?[jt]sx?)$/.test(name))
    .sort();
}

beforeAll(() => {
  if (!existsSync(builtPlugin)) throw new Error(`${builtPlugin} is missing: run \`pnpm build\` before the end-to-end tests.`);
});

describe.each(Object.entries(ESLINT_BINS))('%s CLI with the README config', (_version, bin) => {
  it.concurrent.each(Object.keys(EXPECTED))('reports exactly the known leaks in examples/%s', async (example) => {
    const cwd = path.join(examplesDir, example);
    expect(existsSync(path.join(cwd, 'eslint.config.mjs')), `${example}/eslint.config.mjs`).toBe(true);
    const { results } = await runEslint(bin, cwd, sourceTargets(cwd));
    expect(results.length).toBeGreaterThan(0);
    expect(summarize(results, cwd)).toEqual([...(EXPECTED[example] ?? [])].sort());
  });

  it('names the import chain and the framework fix in next-leaky', async () => {
    const cwd = path.join(examplesDir, 'next-leaky');
    const { results } = await runEslint(bin, cwd, ['app/chat']);
    const messages = results.flatMap((r) => r.messages.filter((m) => m.ruleId === 'backend-only/no-client-ai-sdk').map((m) => m.message));
    expect(messages).toEqual([
      `OpenAI SDK imported through app/chat/Summary.tsx → lib/ai.ts → openai into a Client Component ('use client', line 1): its key would ship to every visitor. ${NEXT_FIX}`,
    ]);
  });
});

describe('every rule fires on a generated Vite project, and no key is printed', () => {
  let project: string;
  const key = fakeKeys().find((k) => k.shapeId === 'openai-project')!.key;

  beforeAll(() => {
    project = mkdtempSync(path.join(tmpdir(), 'backend-only-e2e-'));
    const write = (file: string, text: string) => {
      mkdirSync(path.dirname(path.join(project, file)), { recursive: true });
      writeFileSync(path.join(project, file), text);
    };
    write('package.json', JSON.stringify({ name: 'e2e-vite', private: true, type: 'module', devDependencies: { vite: '*' } }));
    // The README's three lines, importing the built plugin by path (this folder is outside the workspace).
    write('eslint.config.mjs', `import backendOnly from ${JSON.stringify(pathToFileURL(builtPlugin).href)};\n\nexport default [backendOnly.configs.recommended];\n`);
    write('src/ai.ts', `import OpenAI from 'openai';\nexport const client = new OpenAI({ apiKey: '${key}', dangerouslyAllowBrowser: true });\n`);
    write('src/App.tsx', "import { client } from './ai';\nconst secret = import.meta.env.OPENAI_API_KEY;\nconst publicKey = import.meta.env.VITE_OPENAI_API_KEY;\nexport const App = () => <p>{String(client)}{secret}{publicKey}</p>;\n");
    write('src/chat.ts', "import Anthropic from '@anthropic-ai/sdk';\nexport const chat = new Anthropic();\n");
    write('src/call.ts', "export const ask = () => fetch('https://api.anthropic.com/v1/messages', { method: 'POST' });\n");
    write('vite.config.ts', "import { defineConfig } from 'vite';\nexport default defineConfig({ define: { 'process.env.OPENAI_API_KEY': JSON.stringify(process.env.OPENAI_API_KEY) } });\n");
    write('server/index.ts', "import OpenAI from 'openai';\nexport const client = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });\n");
  });
  afterAll(() => rmSync(project, { recursive: true, force: true }));

  it.concurrent.each(Object.entries(ESLINT_BINS))('%s', async (_version, bin) => {
    const { results } = await runEslint(bin, project, ['src', 'server', 'vite.config.ts']);
    const reports = summarize(results, project);
    const rulesSeen = new Set(reports.map((line) => line.split(' ')[2]));
    expect([...rulesSeen].sort()).toEqual(
      [
        'no-client-ai-api-call',
        'no-client-ai-sdk',
        'no-dangerously-allow-browser',
        'no-hardcoded-api-key',
        'no-public-secret-env',
        'no-secret-env-in-client',
        'no-secret-in-bundler-config',
      ].map((id) => `backend-only/${id}`),
    );
    expect(reports).toEqual(expect.arrayContaining(['src/chat.ts 1:1 backend-only/no-client-ai-sdk 2', 'src/App.tsx 2:16 backend-only/no-secret-env-in-client 2']));
    // src/ai.ts is client code itself: the client it holds is reported there, not again at App.tsx's import.
    expect(reports.filter((line) => line.startsWith('src/App.tsx 1:'))).toEqual([]);
    // server/ is server code in a Vite app: nothing there is reported.
    expect(reports.filter((line) => line.startsWith('server/'))).toEqual([]);
    // The JSON formatter echoes each file's `source`; what ESLint says about it must hold only the redacted key.
    const said = JSON.stringify(results.map((r) => r.messages));
    expect(said.includes(key), 'a report holds the full key').toBe(false);
    expect(said).toContain(`${key.slice(0, 8)}…`);
  });
});
