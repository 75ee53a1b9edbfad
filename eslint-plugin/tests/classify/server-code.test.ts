/**
 * Client or server decided from what the code does, through the real ESLint class with `recommended`: server code
 * in client-looking places is not reported, and the same provider code in real client files still is.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';
import plugin from '../../src/index.js';

const base = mkdtempSync(path.join(tmpdir(), 'backend-only-server-code-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

/** A project with `files` (path → code) and a package.json naming `dependencies`; returns its root. */
function project(name: string, dependencies: Record<string, string>, files: Record<string, string> = {}): string {
  const root = path.join(base, name);
  mkdirSync(root, { recursive: true });
  writeFileSync(path.join(root, 'package.json'), JSON.stringify({ name, dependencies }));
  for (const [file, code] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), code);
  }
  return root;
}

/** `line:column rule` for each report on `file` of `root`, linted with `code` (or the file on disk). */
async function lint(root: string, file: string, code: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: [plugin.configs.recommended] });
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? []).map((m) => `${m.line}:${m.column} ${m.ruleId ?? m.message}`);
}

const PROVIDER_CALL = "import OpenAI from 'openai';\nconst openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });\n";

describe('server code in a front-end project', () => {
  const vite = project('vite-app', { vite: '7.0.0', react: '19.0.0', express: '5.0.0' });

  it('reports the provider in Vite src code', async () => {
    expect(await lint(vite, 'src/lib/ai.ts', PROVIDER_CALL)).toEqual(['1:1 backend-only/no-client-ai-sdk', '2:37 backend-only/no-secret-env-in-client']);
  });

  it.each([
    ['an Express app', "import express from 'express';\nconst app = express();\n"],
    ['a Hono app', "import { Hono } from 'hono';\nconst app = new Hono();\nexport default app;\n"],
    ['http.createServer', "import http from 'node:http';\nhttp.createServer(() => {}).listen(3000);\n"],
    ['app.listen(PORT)', 'const port = process.env.PORT || 3001;\nexport function start(app) { app.listen(port); }\n'],
    ['a Fastify server (require)', "const fastify = require('fastify')();\nfastify.listen({ port: 3000 });\n"],
    ['Deno.serve', 'Deno.serve(async () => new Response("ok"));\n'],
    ['Electron main', "import { app, BrowserWindow } from 'electron';\napp.whenReady();\n"],
    ['Electron main (require)', "const { app, ipcMain } = require('electron');\n"],
  ])('does not report the provider next to %s', async (_, server) => {
    expect(await lint(vite, 'src/server.ts', `${PROVIDER_CALL}${server}`)).toEqual([]);
  });

  it('keeps look-alikes client code: Mirage JS createServer, a local serve(), an Electron renderer, hono/client', async () => {
    for (const lookalike of [
      "import { createServer } from 'miragejs';\ncreateServer({});\n",
      'function serve() {}\nserve();\n',
      "import { ipcRenderer } from 'electron';\nipcRenderer.send('x');\n",
      "import { hc } from 'hono/client';\nconst client = hc('/api');\n",
      "import type { Request } from 'express';\nexport type R = Request;\n",
      "const socket = { listen(cb) {} };\nsocket.listen(() => {});\n",
    ]) {
      expect(await lint(vite, 'src/lib/ai.ts', `${PROVIDER_CALL}${lookalike}`), lookalike).toContain('1:1 backend-only/no-client-ai-sdk');
    }
  });

  it.each([
    'functions/src/index.ts',
    'supabase/functions/chat/index.ts',
    'netlify/functions/chat.ts',
    'api/chat.ts',
    'src/setupProxy.js',
    'src/chat.test.ts',
    'src/__tests__/chat.tsx',
    'scripts/generate.ts',
    'vitest.config.ts',
  ])('does not report %s', async (file) => {
    expect(await lint(vite, file, PROVIDER_CALL)).toEqual([]);
  });

  it('reads SvelteKit private imports as server, and still reports them in a universal load', async () => {
    const kit = project('kit-app', { '@sveltejs/kit': '2.0.0' });
    const code = "import { OPENAI_API_KEY } from '$env/static/private';\nimport OpenAI from 'openai';\nexport const openai = new OpenAI({ apiKey: OPENAI_API_KEY });\n";
    expect(await lint(kit, 'src/lib/ai.ts', code)).toEqual([]);
    expect(await lint(kit, 'src/lib/ai.ts', "import { db } from '$lib/server/db';\nimport OpenAI from 'openai';\n")).toEqual([]);
    expect(await lint(kit, 'src/routes/+page.ts', code)).toEqual(['1:10 backend-only/no-secret-env-in-client', '2:1 backend-only/no-client-ai-sdk']);
  });

  it('reports in a hand-written extension found by its manifest.json, and not in its build scripts', async () => {
    const root = path.join(base, 'extension');
    mkdirSync(root, { recursive: true });
    writeFileSync(path.join(root, 'manifest.json'), JSON.stringify({ manifest_version: 3, name: 'x', version: '1' }));
    expect(await lint(root, 'popup/popup.js', PROVIDER_CALL)).toEqual(['1:1 backend-only/no-client-ai-sdk', '2:37 backend-only/no-secret-env-in-client']);
    expect(await lint(root, 'scripts/build.js', PROVIDER_CALL)).toEqual([]);
  });
});
