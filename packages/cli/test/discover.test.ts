/**
 * `backend-only scan` with no path: where it looked, said on stderr (text) or in `discovered` (JSON), the error
 * listing every place tried when nothing is built, and a real Vite build into `public/` found by the built bin.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../src/index.js';
import { fakeKeys } from '../../core/test/helpers/fake-keys.js';

const run = promisify(execFile);
const BIN = fileURLToPath(new URL('../dist/bin.js', import.meta.url));
/** The vite the example apps build with (vite 8), linked into the temp app as an install would put it. */
const VITE_PACKAGE = fileURLToPath(new URL('../../../examples/vite-leaky/node_modules/vite', import.meta.url));

const made: string[] = [];
afterAll(async () => {
  for (const dir of made) await rm(dir, { recursive: true, force: true });
});

async function project(files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'bo-cli-discover-'));
  made.push(root);
  for (const [name, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, name)), { recursive: true });
    await writeFile(path.join(root, name), content);
  }
  return root;
}

function capture(cwd: string) {
  const out = { stdout: '', stderr: '' };
  return { out, io: { cwd, env: {}, stdout: { write: (t: string) => (out.stdout += t) }, stderr: { write: (t: string) => (out.stderr += t) } } };
}

const VITE_APP = {
  'package.json': JSON.stringify({ name: 'app', private: true, type: 'module', devDependencies: { vite: '^8' } }),
  'vite.config.ts': "import { defineConfig } from 'vite';\n\nexport default defineConfig({\n  build: { outDir: 'public', sourcemap: true },\n});\n",
};

describe('scan with no path', () => {
  it('says on stderr which folder it scans and from which config', async () => {
    const root = await project({ ...VITE_APP, 'public/app.js': 'console.log(1);\n', 'dist/old.js': 'console.log(2);\n' });
    const { io, out } = capture(root);
    expect(await main(['scan'], io)).toBe(0);
    expect(out.stderr).toBe('backend-only: scanning public/ (vite.config.ts build.outDir)\n');
    expect(out.stdout).toMatch(/^Scanned public\n/);
  });

  it('carries the places in `discovered` with --format json, and prints nothing on stderr', async () => {
    const root = await project({ ...VITE_APP, 'vite.config.ts': 'export default { build: { outDir: process.env.OUT } };\n', 'dist/app.js': 'console.log(1);\n' });
    const { io, out } = capture(root);
    expect(await main(['scan', '--format', 'json'], io)).toBe(0);
    expect(out.stderr).toBe('');
    const report = JSON.parse(out.stdout) as { discovered: unknown; stats: { files: number } };
    expect(report.stats.files).toBe(1);
    expect(report.discovered).toEqual({
      found: [{ path: 'dist', from: 'Vite default' }],
      notes: ['vite.config.ts: build.outDir is computed (process.env.OUT), not read; looking at the Vite default folders'],
    });
  });

  it('exits 2 listing every place it tried, and the hint, when nothing is built', async () => {
    const root = await project(VITE_APP);
    const { io, out } = capture(root);
    expect(await main(['scan'], io)).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr).toBe('backend-only: no client build output found. Looked for: public/ (vite.config.ts build.outDir). Run the build first, or name the folder: backend-only scan <path>.\n');
    // With no framework named, the usual folders, Next.js's prerendered pages among them.
    const bare = capture(await project({ 'README.md': 'nothing built\n' }));
    expect(await main(['scan'], bare.io)).toBe(2);
    expect(bare.out.stderr).toContain('Looked for: .next/static/ (default folder), out/ (default folder), dist/ (default folder), build/ (default folder), ');
    expect(bare.out.stderr).toContain('.next/server/app/**/*.{html,rsc,body,meta,segment.rsc} (default folder)');
  });

  it('names the build output of a sub-folder that points outside the workspace, and does not scan it', async () => {
    const root = await project({ 'web/package.json': JSON.stringify({ devDependencies: { vite: '^8' } }), 'web/vite.config.ts': "export default { build: { outDir: '../../elsewhere' } };\n" });
    const { io, out } = capture(root);
    expect(await main(['scan'], io)).toBe(2);
    expect(out.stderr).toContain('Note: ../../elsewhere (the build output of web) is outside the workspace, not scanned.');
  });
});

describe('a real Vite build into public/, scanned by the built CLI with no path', () => {
  it('finds public/ from vite.config.ts and reports the inlined key there, never printing it', async () => {
    const key = fakeKeys()[0]!.key;
    const root = await project({
      ...VITE_APP,
      'index.html': '<!doctype html><html><body><script type="module" src="/src/main.js"></script></body></html>\n',
      'src/main.js': 'const apiKey = import.meta.env.VITE_OPENAI_API_KEY;\nfetch("https://api.openai.com/v1/responses", { method: "POST", headers: { Authorization: `Bearer ${apiKey}` } });\n',
    });
    await mkdir(path.join(root, 'node_modules'));
    await symlink(await realpath(VITE_PACKAGE), path.join(root, 'node_modules/vite'), 'dir');
    await run('node', ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'silent'], { cwd: root, env: { ...process.env, VITE_OPENAI_API_KEY: key } });
    const failed = (await run('node', [BIN, 'scan'], { cwd: root }).catch((e: unknown) => e)) as { code: number; stdout: string; stderr: string };
    expect(failed.code).toBe(1);
    expect(failed.stderr).toBe('backend-only: scanning public/ (vite.config.ts build.outDir)\n');
    expect(failed.stdout).toMatch(/^error {3}no-api-key-in-bundle {2}public\/assets\/index-[\w-]+\.js:\d+:\d+$/m);
    expect(failed.stdout).toMatch(/^ {2}from src\/main\.js:2:\d+$/m);
    expect(failed.stdout.includes(key) || failed.stderr.includes(key)).toBe(false);
  });
});
