/**
 * One key is one finding: the post-pass on its own (which copy is kept, what `alsoAt` holds and how far it
 * grows), then through scanPaths on a build by the real webpack 5, where a CRA-style define inlines the whole
 * env object into two first-party modules and into a dependency's code.
 */
import { mkdirSync, mkdtempSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import webpack from 'webpack';
import { describe, expect, it } from 'vitest';
import { describeOtherPlaces, MAX_PLACES_LISTED, onePerKey, scanPaths, toJsonReport, toSarif, type Finding, type Location } from '../src/index.js';
import { fakeKeys } from './helpers/fake-keys.js';

const at = (file: string, line = 1, column = 1): Location => ({ file, line, column });

function keyFinding(location: Location, origin: Location | null, overrides: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'no-api-key-in-bundle',
    severity: 'error',
    message: 'OpenAI project key in client build output.',
    location,
    origin,
    provider: 'openai',
    evidence: 'sk-proj-…ab12',
    fingerprint: 'aaaaaaaaaaaaaaaa',
    confidence: 'high',
    ...overrides,
  };
}

describe('onePerKey', () => {
  it('keeps the copy with a first-party origin, though a dependency copy comes first in the build', () => {
    const sdk = keyFinding(at('build/main.js', 1, 10), at('node_modules/openai/core.mjs', 40, 3));
    const noMap = keyFinding(at('build/index.html', 1, 5), null);
    const own = keyFinding(at('build/main.js', 1, 900), at('src/api.js', 3, 17));
    const [kept, ...rest] = onePerKey([sdk, noMap, own]);
    expect(rest).toEqual([]);
    expect(kept).toMatchObject({ location: own.location, origin: own.origin, fingerprint: own.fingerprint });
    // The others, by built file: the HTML page, then the SDK's copy with its origin.
    expect(kept!.alsoAt).toEqual({
      count: 2,
      places: [
        { location: noMap.location, origin: null },
        { location: sdk.location, origin: sdk.origin },
      ],
    });
  });

  it('without a first-party origin, keeps the first in report order (the chunk before the .map)', () => {
    const [kept] = onePerKey([keyFinding(at('dist/a.js.map'), null), keyFinding(at('dist/a.js', 1, 30), null)]);
    expect(kept!.location.file).toBe('dist/a.js');
    expect(kept!.alsoAt).toEqual({ count: 1, places: [{ location: at('dist/a.js.map'), origin: null }] });
  });

  it('merges server secrets too, keeps two keys apart, and leaves other findings untouched (even with one fingerprint)', () => {
    const sdk = (file: string): Finding => keyFinding(at(file), null, { ruleId: 'no-client-ai-sdk', fingerprint: 'bbbbbbbbbbbbbbbb', evidence: 'OpenAI SDK code' });
    const secret = (file: string): Finding => keyFinding(at(file), null, { ruleId: 'no-server-secret-in-bundle', fingerprint: 'cccccccccccccccc' });
    const other = keyFinding(at('dist/c.js'), null, { fingerprint: 'dddddddddddddddd' });
    const out = onePerKey([sdk('dist/a.js'), sdk('dist/b.js'), secret('dist/a.js'), secret('dist/b.js'), keyFinding(at('dist/a.js'), null), other]);
    expect(out.filter((f) => f.ruleId === 'no-client-ai-sdk')).toEqual([sdk('dist/a.js'), sdk('dist/b.js')]);
    expect(out.find((f) => f.ruleId === 'no-server-secret-in-bundle')!.alsoAt?.count).toBe(1);
    expect(out.filter((f) => f.ruleId === 'no-api-key-in-bundle').map((f) => [f.fingerprint, f.alsoAt])).toEqual([
      ['aaaaaaaaaaaaaaaa', undefined],
      ['dddddddddddddddd', undefined],
    ]);
  });

  it(`lists at most ${MAX_PLACES_LISTED} other places and counts them all, also when merging merged findings`, () => {
    const copies = Array.from({ length: 30 }, (_, i) => keyFinding(at(`dist/chunk-${String(i).padStart(2, '0')}.js`), null));
    const [kept] = onePerKey(copies);
    expect(kept!.location.file).toBe('dist/chunk-00.js');
    expect(kept!.alsoAt!.count).toBe(29);
    expect(kept!.alsoAt!.places.map((p) => p.location.file)).toEqual(copies.slice(1, 1 + MAX_PLACES_LISTED).map((c) => c.location.file));
    // Two scans' results put together (the CLI's several roots): counts add up, the first-party origin wins.
    const elsewhere = onePerKey([keyFinding(at('other/x.js'), at('src/x.ts')), keyFinding(at('other/y.js'), null)]);
    const [both] = onePerKey([kept!, ...elsewhere]);
    expect(both!.location.file).toBe('other/x.js');
    expect(both!.alsoAt!.count).toBe(29 + 1 + 1);
    expect(both!.alsoAt!.places).toHaveLength(MAX_PLACES_LISTED);
    expect(describeOtherPlaces(both!.alsoAt!)).toMatch(/^also in 31 other places: dist\/chunk-00\.js:1:1, .*, and 21 more$/);
  });

  it('describes the places with their origins', () => {
    const [kept] = onePerKey([keyFinding(at('b/main.js', 1, 5), at('src/a.js', 2, 3)), keyFinding(at('b/main.js', 1, 80), at('node_modules/x/i.js', 4, 1)), keyFinding(at('b/page.html', 7, 2), null)]);
    expect(describeOtherPlaces(kept!.alsoAt!)).toBe('also in 2 other places: b/main.js:1:80 (from node_modules/x/i.js:4:1), b/page.html:7:2');
  });
});

/** A workspace on disk with `files` written under it. */
function workspace(files: Record<string, string>): string {
  const root = realpathSync(mkdtempSync(path.join(tmpdir(), 'bo-once-')));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
  return root;
}

function runWebpack(config: webpack.Configuration): Promise<webpack.Stats> {
  return new Promise((resolve, reject) => {
    webpack(config, (error, stats) => {
      if (error) reject(error);
      else if (!stats || stats.hasErrors()) reject(new Error(stats?.toString('errors-only') ?? 'webpack gave no stats'));
      else resolve(stats);
    });
  });
}

describe('a key inlined by webpack wherever code reads process.env (CRA style)', () => {
  it('is one finding at its first-party origin, listing the other places, the secret never in a report', async () => {
    const key = fakeKeys()[0]!.key;
    const root = workspace({
      'src/index.js': "import { ask } from './chat.js';\nimport { settings } from './settings.js';\nimport { createClient } from 'some-sdk';\nwindow.app = { ask, settings, client: createClient() };\n",
      'src/chat.js': '// The chat widget calls the provider with the key from the build.\nexport const ask = (q) => fetch("/v1/chat", { headers: { authorization: process.env.REACT_APP_OPENAI_KEY }, body: q });\n',
      'src/settings.js': '// Every public setting, for the debug panel.\nexport const settings = { ...process.env };\n',
      // The SDK reads its options from the environment, as openai's own code does.
      'node_modules/some-sdk/package.json': JSON.stringify({ name: 'some-sdk', version: '1.0.0', main: 'index.js' }),
      'node_modules/some-sdk/index.js': "function readEnv(name) {\n  return typeof process !== 'undefined' ? process.env[name] : undefined;\n}\nexports.createClient = () => ({ key: readEnv('SOME_SDK_KEY') });\n",
    });
    // What react-scripts does: `process.env` becomes one object literal of every REACT_APP_* value.
    const env = { NODE_ENV: JSON.stringify('production'), REACT_APP_OPENAI_KEY: JSON.stringify(key) };
    await runWebpack({
      context: root,
      mode: 'production',
      entry: './src/index.js',
      output: { path: path.join(root, 'build'), filename: 'static/js/[name].js' },
      devtool: 'source-map',
      plugins: [new webpack.DefinePlugin({ 'process.env': env })],
    });

    const result = await scanPaths({ root, paths: ['build'], sourceMaps: true, workers: 0 });
    const keys = result.findings.filter((f) => f.ruleId === 'no-api-key-in-bundle');
    expect(keys).toHaveLength(1);
    const [finding] = keys;
    expect(finding!.location.file).toBe('build/static/js/main.js');
    // The SDK's copy comes first in the chunk; the one reported is the first first-party read.
    expect(finding!.origin).toMatchObject({ file: 'src/chat.js', line: 2 });
    expect(finding!.alsoAt!.count).toBe(2);
    expect(finding!.alsoAt!.places.map((p) => [p.location.file, p.origin?.file])).toEqual([
      // The SDK's copy was inlined by the bundler into a dependency that never held the key: origin unknown
      // (sourcemap/binding.ts), never a dependency's file.
      ['build/static/js/main.js', undefined],
      ['build/static/js/main.js', 'src/settings.js'],
    ]);
    expect(finding!.alsoAt!.places[0]!.location.column).toBeLessThan(finding!.location.column);

    // Allowing the key's fingerprint accepts every copy at once.
    const allowedRun = await scanPaths({ root, paths: ['build'], sourceMaps: true, workers: 0, config: { ignore: [], allow: [{ fingerprint: finding!.fingerprint, reason: 'test' }] } });
    expect(allowedRun.findings.filter((f) => f.ruleId === 'no-api-key-in-bundle')).toEqual([]);
    expect(allowedRun.allowed).toHaveLength(1);

    const json = toJsonReport(result.findings, result.errors, result.stats);
    const jsonKey = json.findings.find((f) => f.ruleId === 'no-api-key-in-bundle')!;
    expect(jsonKey.alsoAt).toMatchObject({ count: 2, places: [{ file: 'build/static/js/main.js', origin: null }, { origin: { file: 'src/settings.js', line: 2 } }] });
    const sarif = toSarif(result.findings, { toolVersion: '0.0.0' }) as { runs: { results: { ruleId: string; relatedLocations?: { id: number; physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
    const sarifKey = sarif.runs[0]!.results.filter((r) => r.ruleId === 'no-api-key-in-bundle');
    expect(sarifKey).toHaveLength(1);
    // The built file the result was read from, then the two other places.
    expect(sarifKey[0]!.relatedLocations!.map((r) => r.id)).toEqual([1, 2, 3]);
    for (const text of [JSON.stringify(json), JSON.stringify(sarif), describeOtherPlaces(finding!.alsoAt!)]) expect(text.includes(key)).toBe(false);
  }, 60_000);
});
