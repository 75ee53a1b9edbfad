/**
 * One real build: an app that sets up Firebase with its web config key and calls Gemini through @google/genai with
 * another `AIza…` key, both injected as VITE_ env at build time, built by the real Vite (examples/vite-clean's) and
 * scanned with source maps. The Gemini key is one error; the Firebase key, public by design, is nothing. The
 * minified chunk holds both keys side by side, which a window of words nearby cannot tell apart; built a second
 * time with the SDK in a vendor chunk, only the source map says the key is Gemini's.
 * The Firebase config object is written by hand (the firebase package is not installed here; its config is a plain
 * object whichever way it is passed to initializeApp).
 */
import { mkdtemp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fingerprint, redact, scanPaths, type ScanResult } from '../src/index.js';
import { randomChars } from './helpers/fake-keys.js';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const VITE = path.join(REPO, 'examples/vite-clean/node_modules/vite/dist/node/index.js');
const GENAI = path.join(REPO, 'examples/next-leaky/node_modules/@google/genai/dist/web/index.mjs');
const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';

const geminiKey = 'AI' + 'za' + randomChars(35, B64URL);
const firebaseKey = 'AI' + 'za' + randomChars(35, B64URL);

const APP: Record<string, string> = {
  'index.html': '<!doctype html><html><body><div id="app"></div><script type="module" src="/src/main.js"></script></body></html>\n',
  '.env': `VITE_FIREBASE_API_KEY=${firebaseKey}\nVITE_GEMINI_API_KEY=${geminiKey}\n`,
  // Both clients set up side by side: minified, the Gemini key lands right after the Firebase config's properties.
  'src/clients.js': [
    "import { GoogleGenAI } from '@google/genai';",
    "import { initializeApp } from './firebase.js';",
    '// Firebase web config, as the Firebase console gives it (firebase.google.com/docs/web/setup).',
    'export const app = initializeApp({',
    '  apiKey: import.meta.env.VITE_FIREBASE_API_KEY,',
    "  authDomain: 'demo-app.firebaseapp.com',",
    "  projectId: 'demo-app',",
    "  storageBucket: 'demo-app.appspot.com',",
    "  messagingSenderId: '1234567890',",
    "  appId: '1:1234567890:web:abc123def456',",
    '});',
    'export const ai = new GoogleGenAI({ apiKey: import.meta.env.VITE_GEMINI_API_KEY });',
    '',
  ].join('\n'),
  // A stand-in for firebase/app's initializeApp: the config object reaches the build the same way.
  'src/firebase.js': ['export function initializeApp(options) {', "  window.__app = { options, name: '[DEFAULT]' };", '  return window.__app;', '}', ''].join('\n'),
  // The model comes from the page, so no Gemini word sits near the key: only the SDK code, far away, tells.
  'src/main.js': [
    "import { ai, app } from './clients.js';",
    "const form = document.querySelector('form');",
    "form.addEventListener('submit', async (event) => {",
    '  event.preventDefault();',
    '  const response = await ai.models.generateContent({ model: form.model.value, contents: form.question.value });',
    '  form.answer.value = `${app.name}: ${response.text}`;',
    '});',
    '',
  ].join('\n'),
};

/** The app built into `outDir`: one chunk, or the SDK split into a vendor chunk (so the app's chunk holds no Gemini code). */
interface Build {
  name: string;
  outDir: string;
  /** The built JavaScript, every chunk. */
  text: string;
  /** The JavaScript chunk that holds the Gemini key. */
  keyChunk: string;
}

let root: string;
const builds: Build[] = [];

async function viteBuild(vite: { build: (config: object) => Promise<unknown> }, name: string, outDir: string, splitVendor: boolean): Promise<void> {
  await vite.build({
    root,
    configFile: false,
    logLevel: 'silent',
    // The SDK is installed for examples/next-leaky: resolve it from there.
    resolve: { alias: { '@google/genai': GENAI } },
    build: {
      outDir,
      sourcemap: true,
      rollupOptions: splitVendor ? { output: { manualChunks: (id: string) => (id.includes('node_modules') ? 'vendor' : undefined) } } : {},
    },
  });
  const assets = path.join(root, outDir, 'assets');
  const chunks = await Promise.all(
    (await readdir(assets)).filter((f) => f.endsWith('.js')).map(async (f) => ({ file: f, text: await readFile(path.join(assets, f), 'utf8') })),
  );
  builds.push({ name, outDir, text: chunks.map((c) => c.text).join('\n'), keyChunk: chunks.find((c) => c.text.includes(geminiKey))?.text ?? '' });
}

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'bo-google-vite-'));
  for (const [file, content] of Object.entries(APP)) {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await writeFile(path.join(root, file), content);
  }
  const vite = (await import(pathToFileURL(VITE).href)) as { build: (config: object) => Promise<unknown> };
  await viteBuild(vite, 'one chunk', 'dist', false);
  await viteBuild(vite, 'SDK in a vendor chunk', 'dist-split', true);
}, 120_000);

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const scan = (build: Build, sourceMaps: boolean): Promise<ScanResult> => scanPaths({ root, paths: [build.outDir], sourceMaps, workers: 1 });
const apiKeyFindings = (result: ScanResult) => result.findings.filter((f) => f.ruleId === 'no-api-key-in-bundle');

describe('a Vite build with a Firebase config and a Gemini client', () => {
  it('inlines both keys side by side, Gemini\'s host far from both or in another chunk (the premise)', () => {
    for (const build of builds) {
      expect(build.keyChunk, build.name).toContain(firebaseKey);
      const [gemini, firebase] = [build.keyChunk.indexOf(geminiKey), build.keyChunk.indexOf(firebaseKey)];
      expect(Math.abs(gemini - firebase), build.name).toBeLessThan(256);
      expect(build.text, build.name).toContain('generativelanguage.googleapis.com');
    }
    const [oneChunk, split] = builds;
    const host = oneChunk!.keyChunk.indexOf('generativelanguage.googleapis.com');
    expect(Math.abs(host - oneChunk!.keyChunk.indexOf(geminiKey))).toBeGreaterThan(10_000);
    expect(split!.keyChunk).not.toContain('generativelanguage.googleapis.com');
  });

  it.each(['one chunk', 'SDK in a vendor chunk'])('%s: reports the Gemini key once, as an error, traced to its source', async (name) => {
    const build = builds.find((b) => b.name === name)!;
    const result = await scan(build, true);
    const keys = apiKeyFindings(result);
    expect(keys.map((f) => ({ provider: f.provider, severity: f.severity, evidence: f.evidence }))).toEqual([
      { provider: 'google', severity: 'error', evidence: redact(geminiKey, 'AIza') },
    ]);
    expect(keys[0]!.location.file).toMatch(new RegExp(`^${build.outDir}/assets/.+\\.js$`));
    expect(keys[0]!.origin?.file).toBe('src/clients.js');
    // The Firebase key is reported nowhere, and neither key is printed.
    const all = JSON.stringify([...result.findings, ...result.allowed]);
    expect(all).not.toContain(fingerprint('no-api-key-in-bundle', firebaseKey));
    expect(all).not.toContain(firebaseKey.slice(4, -4));
    expect(JSON.stringify(result)).not.toContain(geminiKey);
  });

  it('needs the source map when the SDK is in another chunk: without it, nothing in the app chunk says Gemini', async () => {
    expect(apiKeyFindings(await scan(builds[1]!, false))).toEqual([]);
    expect(apiKeyFindings(await scan(builds[0]!, false)).map((f) => f.evidence)).toEqual([redact(geminiKey, 'AIza')]);
  });
});
