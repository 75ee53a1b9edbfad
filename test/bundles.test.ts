/**
 * Issue 15's shapes of build output, each a small app under test/bundles/ built by its real bundler
 * (scripts/build-examples.mjs --bundles: webpack 5 as Create React App and the Angular CLI set it up, SvelteKit,
 * Vite with a custom outDir, Vite with Firebase and Gemini), scanned by the built CLI from the app's folder:
 * - every leaked key is found, once, even when the bundler inlined it several times (`alsoAt` lists the rest);
 * - each finding's origin is the first-party file and line that put the key in, read from the source map;
 * - a Gemini key blocks the merge, a Firebase web config's key does not;
 * - `scan` with no path finds a Vite build whose outDir is not one of the usual folders;
 * - no output holds a key, even a fake one.
 * Needs `pnpm build` first (the root `pnpm test` does it); the apps build here, once, and only when stale.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUNDLES, buildExamples, ensureFakeKeys, type Example } from '../scripts/build-examples.mjs';
import { cli, findingsOf, type JsonFinding } from './helpers/cli.js';

/** `alsoAt` as the JSON report may carry it: the other places, or their count and the first few. */
type OtherPlaces = unknown[] | { count: number; places: unknown[] };
type Finding = JsonFinding & { alsoAt?: OtherPlaces };

/**
 * Each app's leaked keys by env name, with the first-party file that reads them; the line is the one
 * marked `leak: <NAME>` in that file, looked up at test time. Keys of the app not listed here are public by design.
 */
const LEAKS: Record<string, Record<string, string>> = {
  'cra-webpack': { REACT_APP_OPENAI_API_KEY: 'src/App.js' },
  'angular-style': { NG_APP_OPENAI_API_KEY: 'src/environments/environment.ts' },
  sveltekit: { PUBLIC_OPENAI_API_KEY: 'src/routes/+page.svelte' },
  'vite-outdir': { VITE_OPENAI_API_KEY: 'src/main.js' },
  'firebase-gemini': { VITE_GEMINI_API_KEY: 'src/gemini.js' },
};

const KEY_RULE = 'no-api-key-in-bundle';
const app = (name: string): Example => BUNDLES.find((b) => b.name === name)!;
/** Each app's fake keys by env name, read back from the env file the build script wrote. */
const fakeKeys = new Map<string, Record<string, string>>();
const allFakeKeys = (): string[] => [...fakeKeys.values()].flatMap((keys) => Object.values(keys));

/** The findings that carry this key (by its redacted form's last four characters). */
const findingsOfKey = (findings: readonly Finding[], key: string): Finding[] =>
  findings.filter((f) => f.ruleId === KEY_RULE && f.evidence.endsWith(`…${key.slice(-4)}`));
const otherPlaces = (f: Finding): number => (f.alsoAt === undefined ? 0 : Array.isArray(f.alsoAt) ? f.alsoAt.length : f.alsoAt.count);

/** The 1-based line of `marker` in the app's source file (so the fixtures can change without touching this test). */
async function lineOf(example: Example, file: string, marker: string): Promise<number> {
  const lines = (await readFile(path.join(example.dir, file), 'utf8')).split('\n');
  const index = lines.findIndex((line) => line.includes(marker));
  if (index < 0) throw new Error(`${example.name}/${file} has no line marked '${marker}'`);
  return index + 1;
}

/** The JavaScript files under the app's client output (source maps left out: they hold sources, not values). */
async function builtScripts(example: Example): Promise<string[]> {
  const root = path.join(example.dir, example.clientOutput);
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && /\.m?js$/.test(e.name)).map((e) => path.join(e.parentPath, e.name));
}

/** How many times the built scripts hold `key`, and the scripts that do. */
async function occurrences(example: Example, key: string): Promise<{ count: number; files: string[] }> {
  let count = 0;
  const files: string[] = [];
  for (const file of await builtScripts(example)) {
    const inFile = (await readFile(file, 'utf8')).split(key).length - 1;
    if (inFile > 0) files.push(file);
    count += inFile;
  }
  return { count, files };
}

/** Scans from the app's folder, as a user of that app would. */
const scan = (example: Example, args: readonly string[]) => cli(['scan', ...args], { cwd: example.dir });

beforeAll(async () => {
  await buildExamples({ apps: BUNDLES, log: () => {} });
  for (const example of BUNDLES) fakeKeys.set(example.name, await ensureFakeKeys(example));
}, 600_000);

describe('issue 15: real builds of each shape, scanned by the CLI', () => {
  it.each(BUNDLES)('$name: each leaked key is one blocking finding at its first-party line', async (example) => {
    const result = await scan(example, [example.clientOutput, '--format', 'json']);
    const findings = findingsOf<Finding>(result);
    for (const [env, file] of Object.entries(LEAKS[example.name]!)) {
      const key = fakeKeys.get(example.name)![env]!;
      const ofKey = findingsOfKey(findings, key);
      expect(ofKey, `${env}: one finding`).toHaveLength(1);
      const [finding] = ofKey as [Finding];
      expect(finding.severity).toBe('error');
      expect(finding.file.startsWith(`${example.clientOutput}/`)).toBe(true);
      expect(finding.origin && { file: finding.origin.file, line: finding.origin.line }, `${env}: origin`).toEqual({
        file,
        line: await lineOf(example, file, `leak: ${env}`),
      });
      // Every other copy the bundler inlined is listed on the one finding, not reported again.
      expect(otherPlaces(finding), `${env}: other places`).toBe((await occurrences(example, key)).count - 1);
    }
    expect(result.code).toBe(1);
  });

  it('cra-webpack: the key CRA inlined three times (App.js, twice in the AI SDK) is one finding', async () => {
    const example = app('cra-webpack');
    const key = fakeKeys.get(example.name)!['REACT_APP_OPENAI_API_KEY']!;
    // The fixture's premise: DefinePlugin put the whole `process.env` object into the SDK's `process.env[name]` reads.
    expect((await occurrences(example, key)).count).toBeGreaterThanOrEqual(3);
    const ofKey = findingsOfKey(findingsOf<Finding>(await scan(example, ['build', '--format', 'json'])), key);
    expect(ofKey).toHaveLength(1);
    expect(otherPlaces(ofKey[0]!)).toBeGreaterThanOrEqual(2);
    expect(ofKey[0]!.origin?.file).toBe('src/App.js');
  });

  it('firebase-gemini: the Gemini key blocks the merge; the Firebase config key is no finding', async () => {
    const example = app('firebase-gemini');
    const { VITE_GEMINI_API_KEY: gemini, VITE_FIREBASE_API_KEY: firebase } = fakeKeys.get(example.name)! as Record<string, string>;
    const result = await scan(example, ['dist', '--format', 'json']);
    const findings = findingsOf<Finding>(result);
    expect(findingsOfKey(findings, gemini!).map((f) => f.severity)).toEqual(['error']);
    expect(result.code).toBe(1);
    expect(findingsOfKey(findings, firebase!)).toEqual([]);
    expect(findings.filter((f) => f.origin?.file === 'src/firebase.js')).toEqual([]);
  });

  it('firebase-gemini: the entry chunk, holding the Firebase config alone, passes', async () => {
    const example = app('firebase-gemini');
    const { VITE_GEMINI_API_KEY: gemini, VITE_FIREBASE_API_KEY: firebase } = fakeKeys.get(example.name)! as Record<string, string>;
    // The Gemini client is imported lazily, so its key and SDK sit in another chunk than the Firebase config.
    const { files } = await occurrences(example, firebase!);
    expect(files).toHaveLength(1);
    expect((await readFile(files[0]!, 'utf8')).includes(gemini!)).toBe(false);
    const result = await scan(example, [path.relative(example.dir, files[0]!).split(path.sep).join('/'), '--format', 'json']);
    expect(findingsOf(result)).toEqual([]);
    expect(result.code).toBe(0);
  });

  it('vite-outdir: `scan` with no path finds the build in public/ (vite.config outDir)', async () => {
    const example = app('vite-outdir');
    const key = fakeKeys.get(example.name)!['VITE_OPENAI_API_KEY']!;
    const result = await scan(example, ['--format', 'json']);
    const ofKey = findingsOfKey(findingsOf<Finding>(result), key);
    expect(ofKey).toHaveLength(1);
    expect(ofKey[0]!.file.startsWith('public/')).toBe(true);
    expect(ofKey[0]!.origin?.file).toBe('src/main.js');
    expect(result.code).toBe(1);
  });

  it.each(BUNDLES)('$name: no output holds a key, in JSON or text', async (example) => {
    for (const format of ['json', 'text']) {
      const { stdout, stderr } = await scan(example, [example.clientOutput, '--format', format]);
      expect(stdout.length).toBeGreaterThan(0);
      for (const key of allFakeKeys()) expect(`${stdout}${stderr}`).not.toContain(key);
    }
  });
});
