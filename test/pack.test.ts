/**
 * The published packages, as a new user gets them: every public package packed with `pnpm pack` (which rewrites
 * `workspace:*` to real versions, as `pnpm publish` does), installed with plain `npm install` into a fresh project
 * in the system temp folder, outside the workspace, then used exactly as the READMEs say:
 * - the plugin README's install line and eslint.config.mjs, then `npx eslint` on a leaky 'use client' file and
 *   on clean files;
 * - the CLI README's `npx backend-only scan dist --format json` on a small leaky build made here with esbuild.
 * Runs built code: `pnpm build` first (the root `pnpm test` does). Needs the npm registry for third-party
 * dependencies (eslint, typescript, …); `--prefer-offline` reuses npm's cache when it has them.
 */
import { execFile } from 'node:child_process';
import { existsSync, lstatSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeKeys } from '../packages/core/test/helpers/fake-keys.js';
import { pack, publicPackages } from '../scripts/packages.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PLUGIN = 'eslint-plugin-backend-only';
const CLI = 'backend-only';
const CORE = '@backend-only/core';
const AUDIT = '@backend-only/audit';
const INSTALL_TIMEOUT_MS = 600_000;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * The child sees the user's environment, not ours: none of the npm/pnpm variables `pnpm test` sets for its
 * scripts (package name, lifecycle, pnpm's own settings), nothing from the test runner. Registry and proxy
 * settings stay, so a machine behind a mirror still installs.
 */
function userEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of Object.keys(env)) {
    const keep = /^npm_config_(registry|https?_proxy|proxy|noproxy|cafile|strict_ssl)$/i.test(name);
    if (!keep && /^(npm_|pnpm_|NODE_OPTIONS$|NODE_PATH$|VITEST|OPENAI_ADMIN_KEY$|ANTHROPIC_ADMIN_KEY$)/i.test(name)) delete env[name];
  }
  return { ...env, NO_COLOR: '1', npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' };
}

function run(command: string, args: readonly string[], cwd: string, timeout = 120_000): Promise<Run> {
  return new Promise((resolve) => {
    execFile(command, args, { cwd, env: userEnv(), timeout, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/** The first fenced code block of `language` after the first of `markers` (alternative headings) in a README. */
function codeBlockAfter(markdown: string, markers: readonly string[], language: string): string {
  const start = Math.min(...markers.map((m) => markdown.indexOf(m)).filter((i) => i >= 0));
  if (!Number.isFinite(start)) throw new Error(`README has none of ${markers.map((m) => `"${m}"`).join(', ')}`);
  const block = new RegExp('```' + language + '\\n([\\s\\S]*?)```').exec(markdown.slice(start));
  if (!block) throw new Error(`README has no \`\`\`${language} block after "${markdown.slice(start, start + 40)}"`);
  return block[1]!;
}

/** The package arguments of the `npm install` line in a shell block (flags dropped). */
function npmInstallPackages(shell: string): string[] {
  const line = shell.split('\n').find((l) => l.startsWith('npm install '));
  if (!line) throw new Error(`no "npm install" line in:\n${shell}`);
  return line.replace(/#.*$/, '').trim().split(/\s+/).slice(2).filter((arg) => !arg.startsWith('-'));
}

it('passes check:packages: declared dependencies, publint and arethetypeswrong on every public package', async () => {
  const check = await run('node', ['scripts/check-packages.mjs'], ROOT);
  expect(check.code, `${check.stdout}\n${check.stderr}`).toBe(0);
}, 120_000);

describe('published packages, installed from their tarballs outside the workspace', () => {
  let temp: string;
  let project: string;
  let pluginReadme: string;
  let cliReadme: string;
  const tarballs = new Map<string, string>();

  beforeAll(async () => {
    pluginReadme = await readFile(path.join(ROOT, 'eslint-plugin/README.md'), 'utf8');
    cliReadme = await readFile(path.join(ROOT, 'packages/cli/README.md'), 'utf8');
    // Inside the workspace, Node would resolve anything we forgot to declare from the workspace's node_modules.
    if (!path.relative(ROOT, os.tmpdir()).startsWith('..')) throw new Error(`the temp folder ${os.tmpdir()} is inside the workspace: set TMPDIR elsewhere`);
    temp = await mkdtemp(path.join(os.tmpdir(), 'backend-only-pack-'));
    project = path.join(temp, 'fresh-app');
    const packed = path.join(temp, 'tarballs');
    await mkdir(packed, { recursive: true });
    await mkdir(project, { recursive: true });

    for (const { name, dir } of publicPackages(ROOT)) {
      const manifest = JSON.parse(await readFile(path.join(dir, 'package.json'), 'utf8')) as { exports: { '.': { default: string } } };
      if (!existsSync(path.join(dir, manifest.exports['.'].default))) throw new Error(`${name} is not built: run pnpm build first`);
      tarballs.set(name, pack(dir, packed));
    }
    expect([...tarballs.keys()].sort()).toEqual([CORE, AUDIT, CLI, PLUGIN].sort());

    await writeFile(path.join(project, 'package.json'), `${JSON.stringify({ name: 'fresh-app', version: '1.0.0', private: true, type: 'module' }, null, 2)}\n`);
    // What the READMEs tell a user to install, with our packages taken from the tarballs. @backend-only/core and
    // @backend-only/audit are not on the registry yet either, so their tarballs are installed alongside and satisfy
    // the others' dependencies.
    const readmePackages = [
      ...npmInstallPackages(codeBlockAfter(pluginReadme, ['## Install', '## Setup'], 'sh')),
      ...npmInstallPackages(codeBlockAfter(cliReadme, ['## Install'], 'sh')),
    ];
    const specs = new Set(readmePackages.map((spec) => tarballs.get(spec) ?? spec));
    specs.add(tarballs.get(CORE)!);
    specs.add(tarballs.get(AUDIT)!);
    const installed = await run('npm', ['install', '--save-dev', '--prefer-offline', '--no-audit', '--no-fund', ...specs], project, INSTALL_TIMEOUT_MS);
    if (installed.code !== 0) throw new Error(`npm install failed (${installed.code}):\n${installed.stderr.slice(-4000)}`);
  }, INSTALL_TIMEOUT_MS + 60_000);

  afterAll(async () => {
    if (temp) await rm(temp, { recursive: true, force: true });
  });

  it('installs real copies of the packages, with no workspace: ranges left', async () => {
    for (const name of [CORE, AUDIT, CLI, PLUGIN]) {
      const dir = path.join(project, 'node_modules', name);
      expect(lstatSync(dir).isSymbolicLink(), `${name} is a link, not an installed copy`).toBe(false);
      const manifest = await readFile(path.join(dir, 'package.json'), 'utf8');
      expect(manifest).not.toContain('workspace:');
    }
  });

  describe('eslint with the plugin README setup', () => {
    const leaky = [
      "'use client';",
      "import OpenAI from 'openai';",
      '',
      'const client = new OpenAI({ apiKey: process.env.NEXT_PUBLIC_OPENAI_API_KEY, dangerouslyAllowBrowser: true });',
      '',
      'export async function ask(question) {',
      "  return client.responses.create({ model: 'gpt-5-mini', input: question });",
      '}',
      '',
    ].join('\n');
    // The fix the rules point to: the browser calls our own route; the key stays in the server's environment.
    const cleanClient = [
      "'use client';",
      '',
      'export async function ask(question) {',
      "  const response = await fetch('/api/chat', { method: 'POST', body: JSON.stringify({ question }) });",
      '  return response.json();',
      '}',
      '',
    ].join('\n');
    const cleanServer = [
      "import OpenAI from 'openai';",
      "import 'server-only';",
      '',
      'const client = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });',
      '',
      'const seen = new Map();',
      '',
      'export async function POST(request) {',
      "  const ip = request.headers.get('x-forwarded-for') ?? 'unknown';",
      '  seen.set(ip, (seen.get(ip) ?? 0) + 1);',
      "  if (seen.get(ip) > 10) return new Response('Too many requests', { status: 429 });",
      '  const { question } = await request.json();',
      "  return Response.json(await client.responses.create({ model: 'gpt-5-mini', max_output_tokens: 800, input: question }));",
      '}',
      '',
    ].join('\n');

    let results: Array<{ filePath: string; messages: Array<{ ruleId: string | null; severity: number; fatal?: boolean; message: string }> }>;
    let lint: Run;

    beforeAll(async () => {
      await writeFile(path.join(project, 'eslint.config.mjs'), codeBlockAfter(pluginReadme, ['`eslint.config.mjs`', '`eslint.config.js`'], 'js'));
      await mkdir(path.join(project, 'app/api/chat'), { recursive: true });
      await writeFile(path.join(project, 'app/leaky-chat.js'), leaky);
      await writeFile(path.join(project, 'app/chat.js'), cleanClient);
      await writeFile(path.join(project, 'app/api/chat/route.js'), cleanServer);
      lint = await run('npx', ['eslint', '--format', 'json', 'app'], project);
      try {
        results = JSON.parse(lint.stdout);
      } catch {
        throw new Error(`eslint printed no JSON (exit ${lint.code}):\n${lint.stdout}\n${lint.stderr}`);
      }
    }, 180_000);

    const messagesOf = (file: string) => results.find((r) => r.filePath === path.join(project, file))?.messages ?? [];

    it("reports the leaky 'use client' file, and exits 1", () => {
      const messages = messagesOf('app/leaky-chat.js');
      expect(messages.filter((m) => m.fatal)).toEqual([]);
      const ruleIds = new Set(messages.map((m) => m.ruleId));
      // One report per leak: the client with the browser guard off is reported on the option, not again on its import.
      expect(ruleIds).not.toContain('backend-only/no-client-ai-sdk');
      expect(ruleIds).toContain('backend-only/no-dangerously-allow-browser');
      expect(messages.every((m) => m.ruleId?.startsWith('backend-only/'))).toBe(true);
      expect(messages.some((m) => m.severity === 2)).toBe(true);
      expect(lint.code).toBe(1);
    });

    it('reports nothing on the client that calls its own route, or on the server route', () => {
      expect(messagesOf('app/chat.js')).toEqual([]);
      expect(messagesOf('app/api/chat/route.js')).toEqual([]);
    });

    it('loads with require() too, for CommonJS configs (Node 20.19+ requires ES modules)', async () => {
      const required = await run('node', ['-e', `const p = require('${PLUGIN}'); console.log(Object.keys((p.default ?? p).configs).join(','))`], project);
      expect(required.stderr).not.toMatch(/Error/);
      expect(required.stdout.split(',')).toContain('recommended');
    });
  });

  describe('npx backend-only scan, as the CLI README says', () => {
    const command = 'npx backend-only scan dist --format json';
    const key = fakeKeys().find((k) => k.shapeId === 'openai-project')!.key;
    let scan: Run;

    beforeAll(async () => {
      expect(cliReadme).toContain(command);
      // A tiny client app whose build inlines the key, the way a public env prefix or `define` does.
      await mkdir(path.join(project, 'src'), { recursive: true });
      await writeFile(
        path.join(project, 'src/main.js'),
        [
          'export async function ask(question) {',
          "  const response = await fetch('https://api.openai.com/v1/responses', {",
          "    method: 'POST',",
          '    headers: { Authorization: `Bearer ${process.env.OPENAI_API_KEY}` },',
          "    body: JSON.stringify({ model: 'gpt-5-mini', input: question }),",
          '  });',
          '  return response.json();',
          '}',
          "document.querySelector('form')?.addEventListener('submit', (event) => ask(event.target.q.value));",
          '',
        ].join('\n'),
      );
      await build({
        absWorkingDir: project,
        entryPoints: ['src/main.js'],
        bundle: true,
        minify: true,
        sourcemap: true,
        format: 'esm',
        outdir: 'dist/assets',
        define: { 'process.env.OPENAI_API_KEY': JSON.stringify(key) },
        logLevel: 'silent',
      });
      const [program, ...args] = command.split(' ');
      scan = await run(program!, args, project);
    }, 120_000);

    it('finds the key in the build, redacted, and exits 1', () => {
      expect(scan.stderr).toBe('');
      const report = JSON.parse(scan.stdout) as { findings: Array<{ ruleId: string; provider?: string; file: string; origin: { file: string; line: number } | null; evidence: string; fingerprint: string }>; errors: unknown[] };
      expect(report.errors).toEqual([]);
      const leak = report.findings.find((f) => f.ruleId === 'no-api-key-in-bundle');
      expect(leak).toMatchObject({ provider: 'openai', file: 'dist/assets/main.js' });
      // Traced through the build's source map to the line that reads the env var.
      expect(leak!.origin).toMatchObject({ file: 'src/main.js', line: 4 });
      expect(leak!.evidence).toMatch(/^sk-proj-…[A-Za-z0-9_-]{4}$/);
      expect(leak!.fingerprint).toMatch(/^[0-9a-f]{16}$/);
      expect(scan.code).toBe(1);
    });

    it('never prints the key', () => {
      expect(scan.stdout + scan.stderr).not.toContain(key);
      expect(scan.stdout + scan.stderr).not.toContain(key.slice(8, 40));
    });

    it('runs npx backend-only audit from the installed packages (no admin key here: exit 2, saying which to set)', async () => {
      const audit = await run('npx', ['backend-only', 'audit'], project);
      expect(audit.stderr).toContain('backend-only audit could not run: no admin key: set OPENAI_ADMIN_KEY or ANTHROPIC_ADMIN_KEY');
      expect(audit.code).toBe(2);
    });
  });
});
