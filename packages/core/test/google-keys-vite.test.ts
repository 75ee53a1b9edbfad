/**
 * One real build: an app that sets up Firebase with its web config key and calls Gemini through @google/genai with
 * another `AIza…` key, both injected as VITE_ env at build time, built by the real Vite (examples/vite-clean's) and
 * scanned with source maps. The Gemini key is one error; the Firebase key, public by design, is nothing. The
 * minified chunk holds both keys side by side, which a window of words nearby cannot tell apart.
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

let root: string;
let result: ScanResult;
let built: string;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'bo-google-vite-'));
  for (const [file, content] of Object.entries(APP)) {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await writeFile(path.join(root, file), content);
  }
  const vite = (await import(pathToFileURL(VITE).href)) as { build: (config: object) => Promise<unknown> };
  await vite.build({
    root,
    configFile: false,
    logLevel: 'silent',
    // The SDK is installed for examples/next-leaky: resolve it from there.
    resolve: { alias: { '@google/genai': GENAI } },
    build: { outDir: 'dist', sourcemap: true },
  });
  const assets = path.join(root, 'dist/assets');
  const chunks = (await readdir(assets)).filter((f) => f.endsWith('.js'));
  built = (await Promise.all(chunks.map((f) => readFile(path.join(assets, f), 'utf8')))).join('\n');
  result = await scanPaths({ root, paths: ['dist'], sourceMaps: true, workers: 1 });
}, 120_000);

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('a Vite build with a Firebase config and a Gemini client', () => {
  it('inlines both keys into the client build (the premise)', () => {
    expect(built).toContain(geminiKey);
    expect(built).toContain(firebaseKey);
    // Minified, the two keys sit within a few hundred characters, and Gemini's host is far from both.
    const [gemini, firebase, host] = [built.indexOf(geminiKey), built.indexOf(firebaseKey), built.indexOf('generativelanguage.googleapis.com')];
    expect(Math.abs(gemini - firebase)).toBeLessThan(256);
    expect(Math.min(Math.abs(host - gemini), Math.abs(host - firebase))).toBeGreaterThan(10_000);
  });

  it('reports the Gemini key once, as an error, traced to its source', () => {
    const keys = result.findings.filter((f) => f.ruleId === 'no-api-key-in-bundle');
    expect(keys.map((f) => ({ provider: f.provider, severity: f.severity, evidence: f.evidence }))).toEqual([
      { provider: 'google', severity: 'error', evidence: redact(geminiKey, 'AIza') },
    ]);
    expect(keys[0]!.location.file).toMatch(/^dist\/assets\/.+\.js$/);
    expect(keys[0]!.origin?.file).toBe('src/clients.js');
  });

  it('reports nothing for the Firebase key', () => {
    const all = [...result.findings, ...result.allowed];
    expect(all.filter((f) => f.fingerprint === fingerprint('no-api-key-in-bundle', firebaseKey))).toEqual([]);
    expect(JSON.stringify(all)).not.toContain(firebaseKey.slice(4, -4));
  });

  it('never prints the Gemini key', () => {
    expect(JSON.stringify(result)).not.toContain(geminiKey);
  });
});
