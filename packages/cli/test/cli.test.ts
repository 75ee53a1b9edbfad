import { execFile } from 'node:child_process';
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { onePerKey, type Finding } from '@backend-only/core';
import { formatText } from '../src/format-text.js';
import { main, parseArgs, UsageError } from '../src/index.js';
import { fakeKeys } from '../../core/test/helpers/fake-keys.js';

const run = promisify(execFile);
const BIN = fileURLToPath(new URL('../dist/bin.js', import.meta.url));

let project: string;
const key = fakeKeys()[0]!.key;

/** A tiny leaky app and a clean one, bundled by real esbuild for the browser with source maps. */
beforeAll(async () => {
  project = await mkdtemp(path.join(tmpdir(), 'bo-cli-'));
  await mkdir(path.join(project, 'src'));
  await writeFile(path.join(project, 'src/leaky.ts'), 'const apiKey = process.env.VITE_OPENAI_API_KEY;\nexport async function ask(q: string) {\n  const r = await fetch("https://api.openai.com/v1/responses", { method: "POST", headers: { Authorization: `Bearer ${apiKey}` }, body: JSON.stringify({ input: q }) });\n  return r.json();\n}\nask("hi");\n');
  await writeFile(path.join(project, 'src/clean.ts'), 'export async function ask(q: string) {\n  const r = await fetch("/api/chat", { method: "POST", body: JSON.stringify({ q }) });\n  return r.json();\n}\nask("hi");\n');
  const common = { bundle: true, minify: true, sourcemap: true, platform: 'browser', format: 'esm', absWorkingDir: project, logLevel: 'silent' } as const;
  await build({ ...common, entryPoints: ['src/leaky.ts'], outdir: 'leaky-dist', define: { 'process.env.VITE_OPENAI_API_KEY': JSON.stringify(key) } });
  await build({ ...common, entryPoints: ['src/clean.ts'], outdir: 'dist' });
  // The same key read by two pages, each its own chunk: one key, so one finding listing the other place.
  await writeFile(path.join(project, 'src/settings.ts'), '// the settings page\nexport const settings = { openai: process.env.VITE_OPENAI_API_KEY };\nconsole.log(settings);\n');
  await build({ ...common, entryPoints: ['src/leaky.ts', 'src/settings.ts'], outdir: 'twice-dist', define: { 'process.env.VITE_OPENAI_API_KEY': JSON.stringify(key) } });
});
afterAll(async () => {
  await rm(project, { recursive: true, force: true });
});

function capture(cwd: string, env: NodeJS.ProcessEnv = {}) {
  const out = { stdout: '', stderr: '' };
  return {
    out,
    io: { cwd, env, stdout: { write: (t: string) => (out.stdout += t) }, stderr: { write: (t: string) => (out.stderr += t) } },
  };
}

describe('backend-only scan (built bin, real esbuild output)', () => {
  it('reports the inlined key under no-api-key-in-bundle as JSON, exits 1, never prints the key', async () => {
    const error = await run('node', [BIN, 'scan', 'leaky-dist', '--format', 'json'], { cwd: project }).catch((e: { code: number; stdout: string; stderr: string }) => e);
    expect((error as { code: number }).code).toBe(1);
    const { stdout, stderr } = error as { stdout: string; stderr: string };
    expect(stdout.includes(key) || stderr.includes(key)).toBe(false);
    const report = JSON.parse(stdout) as { findings: { ruleId: string; file: string; evidence: string; fingerprint: string }[]; stats: { files: number } };
    const keyFindings = report.findings.filter((f) => f.ruleId === 'no-api-key-in-bundle');
    expect(keyFindings.map((f) => f.file)).toEqual(['leaky-dist/leaky.js', 'leaky-dist/leaky.js.map'].slice(0, keyFindings.length));
    expect(keyFindings[0]!.evidence).toBe(`sk-proj-…${key.slice(-4)}`);
    expect(report.findings.some((f) => f.ruleId === 'no-client-ai-api-call')).toBe(true);
  });

  it('reports nothing on the clean build and exits 0, detecting dist/ by itself', async () => {
    const { stdout } = await run('node', [BIN, 'scan', '--format', 'json'], { cwd: project });
    const report = JSON.parse(stdout) as { findings: unknown[]; stats: { files: number } };
    expect(report.findings).toEqual([]);
    expect(report.stats.files).toBe(2);
  });

  it('prints text blocks with the fix and a total, without colour when piped', async () => {
    const error = (await run('node', [BIN, 'scan', 'leaky-dist'], { cwd: project }).catch((e: unknown) => e)) as { stdout: string; code: number };
    expect(error.code).toBe(1);
    expect(error.stdout).toMatch(/^error {3}no-api-key-in-bundle {2}leaky-dist\/leaky\.js:1:\d+$/m);
    expect(error.stdout).toContain('Revoke it now (https://platform.openai.com/api-keys)');
    expect(error.stdout).not.toContain('\u001b[');
    expect(error.stdout.includes(key)).toBe(false);
  });

  it('writes SARIF 2.1.0 without the key', async () => {
    await run('node', [BIN, 'scan', 'leaky-dist', '--format', 'sarif', '--output', 'out.sarif', '--fail-on', 'never'], { cwd: project });
    const sarif = await readFile(path.join(project, 'out.sarif'), 'utf8');
    expect(sarif.includes(key)).toBe(false);
    expect(JSON.parse(sarif)).toMatchObject({ version: '2.1.0', runs: [{ tool: { driver: { name: 'backend-only' } } }] });
  });
});

describe('a key in two chunks (built bin, real esbuild output)', () => {
  const scanTwice = async (format: string) => ((await run('node', [BIN, 'scan', 'twice-dist', '--format', format], { cwd: project }).catch((e: unknown) => e)) as { stdout: string; code: number });

  it('is one finding in every format, the other place listed, the key never printed', async () => {
    const text = await scanTwice('text');
    expect(text.code).toBe(1);
    expect(text.stdout.match(/no-api-key-in-bundle/g)).toHaveLength(1);
    expect(text.stdout).toMatch(/^error {3}no-api-key-in-bundle {2}twice-dist\/leaky\.js:1:\d+\n {2}from src\/leaky\.ts:1:\d+\n {2}also in 1 other place: twice-dist\/settings\.js:1:\d+ \(from src\/settings\.ts:2:\d+\)$/m);

    const json = JSON.parse((await scanTwice('json')).stdout) as { findings: { ruleId: string; file: string; alsoAt?: unknown }[] };
    const keys = json.findings.filter((f) => f.ruleId === 'no-api-key-in-bundle');
    expect(keys).toHaveLength(1);
    expect(keys[0]!.alsoAt).toEqual({ count: 1, places: [{ file: 'twice-dist/settings.js', line: 1, column: expect.any(Number), origin: { file: 'src/settings.ts', line: 2, column: expect.any(Number) } }] });

    const sarifText = (await scanTwice('sarif')).stdout;
    const results = (JSON.parse(sarifText) as { runs: { results: { ruleId: string; message: { text: string }; relatedLocations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] }).runs[0]!.results.filter((r) => r.ruleId === 'no-api-key-in-bundle');
    expect(results).toHaveLength(1);
    expect(results[0]!.relatedLocations.map((r) => r.physicalLocation.artifactLocation.uri)).toEqual(['twice-dist/leaky.js', 'twice-dist/settings.js']);
    expect(results[0]!.message.text).toContain('The same secret shipped in 1 other place (see the related locations).');
    for (const out of [text.stdout, JSON.stringify(json), sarifText]) expect(out.includes(key)).toBe(false);
  });

  it('is one finding across builds scanned with different roots, paths relative to the working directory', async () => {
    const elsewhere = await mkdtemp(path.join(tmpdir(), 'bo-elsewhere-'));
    await writeFile(path.join(elsewhere, 'old.js'), `var k=${JSON.stringify(key)};`);
    const { io, out } = capture(project);
    expect(await main(['scan', 'twice-dist', elsewhere, '--format', 'json'], io)).toBe(1);
    const keys = (JSON.parse(out.stdout) as { findings: { ruleId: string; file: string; alsoAt?: { count: number; places: { file: string }[] } }[] }).findings.filter((f) => f.ruleId === 'no-api-key-in-bundle');
    expect(keys).toHaveLength(1);
    expect(keys[0]!.file).toBe('twice-dist/leaky.js');
    expect(keys[0]!.alsoAt!.count).toBe(2);
    expect(keys[0]!.alsoAt!.places.map((p) => p.file)).toContain(path.relative(project, path.join(elsewhere, 'old.js')).split(path.sep).join('/'));
    expect(out.stdout.includes(key)).toBe(false);
  });

  it('lists ten other places, says how many more, and counts the key once in the total', () => {
    const f = (file: string): Finding => ({ ruleId: 'no-api-key-in-bundle', severity: 'error', message: 'm', location: { file, line: 1, column: 1 }, origin: null, provider: 'openai', evidence: 'sk-proj-…ab12', fingerprint: '0123456789abcdef', confidence: 'high' });
    const [merged] = onePerKey(Array.from({ length: 14 }, (_, i) => f(`dist/c${String(i).padStart(2, '0')}.js`)));
    const text = formatText([merged!], [], { files: 14, bytes: 10, ms: 1, skipped: 0 }, { color: false, scanned: ['dist'], allowed: 0, notes: [] });
    expect(text).toContain('also in 13 other places: dist/c01.js:1:1, dist/c02.js:1:1,');
    expect(text).toContain('dist/c10.js:1:1, and 3 more\n');
    expect(text).toContain('1 finding (1 error, 0 warnings)');
  });
});

describe('main', () => {
  it('finds a known secret of any shape from an env var without printing it', async () => {
    const secret = 'internal-' + 'Zq8'.repeat(8);
    await mkdir(path.join(project, 'known'), { recursive: true });
    await writeFile(path.join(project, 'known/app.js'), `const t=${JSON.stringify(Buffer.from(secret).toString('base64'))};`);
    const { io, out } = capture(project, { MY_SECRET: secret });
    expect(await main(['scan', 'known', '--known-secret-env', 'MY_SECRET'], io)).toBe(1);
    expect(out.stdout).toContain('no-server-secret-in-bundle');
    expect(out.stdout.includes(secret)).toBe(false);
  });

  it('exits 2 with a message when nothing is built here', async () => {
    const empty = await mkdtemp(path.join(tmpdir(), 'bo-empty-'));
    const { io, out } = capture(empty);
    expect(await main(['scan'], io)).toBe(2);
    expect(out.stderr).toContain('no client build output found. Looked for: .next/static/ (default folder), out/ (default folder), dist/ (default folder)');
  });

  it('exits 2 when every named path is missing', async () => {
    const { io, out } = capture(project);
    expect(await main(['scan', 'nope', '--format', 'json'], io)).toBe(2);
    expect(out.stderr).toContain('nope: no such file or directory');
  });

  it('exits 2 on a bad config, naming the key', async () => {
    await writeFile(path.join(project, 'bad.json'), '{"alow": []}');
    const { io, out } = capture(project);
    expect(await main(['scan', 'dist', '--config', 'bad.json'], io)).toBe(2);
    expect(out.stderr).toContain('invalid config: bad.json: unknown key "alow"');
  });

  it('honours --fail-on', async () => {
    const { io } = capture(project);
    expect(await main(['scan', 'leaky-dist', '--fail-on', 'never'], io)).toBe(0);
  });
});

describe('parseArgs', () => {
  it('rejects unknown options and bad values as usage errors', () => {
    expect(() => parseArgs(['scan', '--formt', 'json'])).toThrow(UsageError);
    expect(() => parseArgs(['scan', '--format', 'xml'])).toThrow("--format must be one of text, json, sarif (got 'xml')");
    expect(() => parseArgs(['lint'])).toThrow("unknown command 'lint'");
    expect(parseArgs(['scan', 'a', '--format=json', 'b'])).toMatchObject({ paths: ['a', 'b'], format: 'json' });
  });
});
