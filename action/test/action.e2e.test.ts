/**
 * The built Action on real esbuild output, run as the runner runs it: annotations on the original source
 * lines through linked, hidden and inline source maps, outputs, summary, SARIF, exit codes, and no
 * secret in anything it writes.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { beforeAll, describe, expect, it } from 'vitest';
import { fakeKeys, randomChars } from '../../packages/core/test/helpers/fake-keys.js';
import { buildApp, commands, lineOf, makeWorkspace, placeOf, runAction, type MapMode } from './helpers.js';

const openAiKey = (): string => fakeKeys().find((k) => k.shapeId === 'openai-project')!.key;

/** A leaky client app: a key in a config module, the OpenAI SDK in a chat module with the browser guard off. */
function leakyApp(key: string): Record<string, string> {
  return {
    'src/config.js': ['// Settings for the chat widget.', `export const apiKey = ${JSON.stringify(key)};`, ''].join('\n'),
    'src/chat.js': [
      "import { apiKey } from './config.js';",
      "import OpenAI from 'openai';",
      '',
      'export async function ask(question) {',
      '  const client = new OpenAI({ apiKey, dangerouslyAllowBrowser: true });',
      "  return client.responses.create({ model: 'gpt-5', input: question });",
      '}',
      '',
    ].join('\n'),
    'src/main.js': ["import { ask } from './chat.js';", "document.querySelector('form')?.addEventListener('submit', () => ask('hi'));", ''].join('\n'),
  };
}

/** Validates against the SARIF 2.1.0 JSON schema (a copy under fixtures/). */
function expectValidSarif(sarif: unknown): void {
  const schema = JSON.parse(readFileSync(new URL('./fixtures/sarif-2.1.0.schema.json', import.meta.url), 'utf8'));
  const ajv = new Ajv({ allErrors: true, strict: false });
  ajv.addFormat('uri', (value: string) => URL.canParse(value));
  ajv.addFormat('uri-reference', (value: string) => URL.canParse(value, 'file:///') && !/\s/.test(value));
  const valid = ajv.validate(schema, sarif);
  expect(ajv.errors ?? []).toEqual([]);
  expect(valid).toBe(true);
}

function expectNoSecret(text: string, ...secrets: string[]): void {
  for (const secret of secrets) expect(text.includes(secret), 'a full secret appears in the output').toBe(false);
}

describe.each<MapMode>(['linked', 'external', 'inline'])('a leaky esbuild app with %s source maps', (mode) => {
  let root: string;
  let key: string;
  let run: ReturnType<typeof runAction>;

  beforeAll(async () => {
    key = openAiKey();
    root = makeWorkspace(leakyApp(key), { openai: true });
    await buildApp(root, 'src/main.js', mode);
    if (mode === 'external') {
      // A hidden map kept out of the deployed folder, as error trackers want it.
      mkdirSync(path.join(root, 'dist/maps'));
      renameSync(path.join(root, 'dist/main.js.map'), path.join(root, 'dist/maps/main.js.map'));
    }
    run = runAction(root, { paths: 'dist', 'fail-on': 'error', 'sarif-file': 'reports/backend-only.sarif' });
  });

  it('fails with an error annotation on the key line of the original source', () => {
    expect(run.status).toBe(1);
    const line = lineOf(root, 'src/config.js', 'apiKey');
    const keyAnnotation = commands(run.stdout, 'error').find((c) => c.includes('no-api-key-in-bundle'));
    expect(placeOf(keyAnnotation)).toBe(`src/config.js:${line}`);
  });

  it('names the first-party file that imports the SDK, at its import line', () => {
    const sdk = commands(run.stdout, 'error').find((c) => c.includes('no-client-ai-sdk'));
    expect(placeOf(sdk)).toBe(`src/chat.js:${lineOf(root, 'src/chat.js', "from 'openai'")}`);
    expect(sdk).toContain('Imported by src/chat.js');
  });

  it('reports the key once, though the shipped map repeats it in sourcesContent', () => {
    const sarif = JSON.parse(readFileSync(path.join(root, 'reports/backend-only.sarif'), 'utf8'));
    const keyResults = sarif.runs[0].results.filter((r: { ruleId: string }) => r.ruleId === 'no-api-key-in-bundle');
    expect(keyResults).toHaveLength(1);
    expect(keyResults[0].locations[0].physicalLocation.artifactLocation.uri).toBe('src/config.js');
  });

  it('sets outputs, ends with the blocking line, and never prints the key', () => {
    expect(Number(run.outputs.findings)).toBeGreaterThanOrEqual(3);
    expect(Number(run.outputs.errors)).toBeGreaterThanOrEqual(3);
    expect(run.outputs['sarif-file']).toBe(path.join(root, 'reports/backend-only.sarif'));
    expect(run.stdout).toMatch(/^::error::\d+ findings block this merge \(fail-on: error\)/m);
    expect(run.summary).toContain('https://platform.openai.com/api-keys');
    expect(run.summary).toContain('<code>sk-proj-…');
    expectNoSecret(run.everything, key);
  });
});

describe('an SDK split into a shared chunk', () => {
  it("names the importing files from the other chunks' maps", async () => {
    const root = makeWorkspace(
      {
        'src/a.js': "import OpenAI from 'openai';\nexport const a = () => new OpenAI({ baseURL: '/api' });\n",
        'src/b.js': "// the second page\nimport OpenAI from 'openai';\nexport const b = () => new OpenAI({ baseURL: '/api' });\n",
      },
      { openai: true },
    );
    await buildApp(root, ['src/a.js', 'src/b.js'], 'linked', {}, { splitting: true, chunkNames: 'chunks/[name]-[hash]' });
    const run = runAction(root, { paths: 'dist' });
    const sdk = commands(run.stdout, 'error').find((c) => c.includes('no-client-ai-sdk'))!;
    expect(placeOf(sdk)).toBe('src/a.js:1');
    expect(sdk).toContain('Imported by src/a.js, src/b.js.');
    expect(sdk).toMatch(/Found in built file dist\/chunks\/chunk-/); // the SDK's chunk, whose own map has no first-party source
  });
});

describe('a key inlined in several places', () => {
  it('is one annotation at its first-party origin; the log, the summary and SARIF list the other places', async () => {
    const key = openAiKey();
    const root = makeWorkspace({
      // The SDK reads the same env value: bundled first, its copy comes before the app's in the chunk.
      'src/main.js': "import { client } from 'some-sdk';\nimport { ask } from './chat.js';\nwindow.app = { ask, client };\n",
      'src/chat.js': "// the chat widget\nexport const ask = (q) => fetch('/v1/chat', { headers: { authorization: process.env.REACT_APP_OPENAI_KEY }, body: q });\n",
      'src/settings.js': '// the settings page\nexport const settings = { key: process.env.REACT_APP_OPENAI_KEY };\nconsole.log(settings);\n',
      'node_modules/some-sdk/package.json': JSON.stringify({ name: 'some-sdk', version: '1.0.0', main: 'index.js' }),
      'node_modules/some-sdk/index.js': 'exports.client = () => ({ key: process.env.REACT_APP_OPENAI_KEY });\n',
    });
    await buildApp(root, ['src/main.js', 'src/settings.js'], 'linked', { 'process.env.REACT_APP_OPENAI_KEY': JSON.stringify(key) });
    const run = runAction(root, { paths: 'dist', 'sarif-file': 'out/results.sarif' });

    expect(run.status).toBe(1);
    expect(run.outputs.findings).toBe('1');
    expect(run.stdout).toMatch(/^::error::1 finding blocks this merge/m);
    const annotations = commands(run.stdout, 'error').filter((c) => c.includes('no-api-key-in-bundle'));
    expect(annotations.map(placeOf)).toEqual([`src/chat.js:${lineOf(root, 'src/chat.js', 'REACT_APP_OPENAI_KEY')}`]);
    // The copy the bundler put into the SDK's code has no first-party origin, and no dependency is named as one.
    const others = /also in 2 other places: dist\/main\.js:1:\d+, dist\/settings\.js:1:\d+ \(from src\/settings\.js:2:\d+\)/;
    expect(annotations[0]!.replace(/%0A/g, '\n')).toMatch(others);
    expect(run.stdout).toMatch(others); // the log line
    expect(run.summary.match(/no-api-key-in-bundle\]/g)).toHaveLength(1);
    expect(run.summary).toContain('also in 2 other places: <code>dist/main.js:1:');

    const sarif = JSON.parse(readFileSync(path.join(root, 'out/results.sarif'), 'utf8'));
    expectValidSarif(sarif);
    const [result, ...more] = sarif.runs[0].results;
    expect(more).toEqual([]);
    expect(result.locations[0].physicalLocation.artifactLocation.uri).toBe('src/chat.js');
    expect(result.relatedLocations.map((r: { id: number; physicalLocation: { artifactLocation: { uri: string } } }) => [r.id, r.physicalLocation.artifactLocation.uri])).toEqual([
      [1, 'dist/main.js'],
      [2, 'dist/main.js'],
      [3, 'dist/settings.js'],
    ]);
    expectNoSecret(run.everything + JSON.stringify(sarif), key);
  });
});

describe('keys only a map can see', () => {
  it('decodes an inline map and reports a key kept only in a comment of the source', async () => {
    const key = openAiKey();
    // Comments are dropped from the bundle, so the key exists only in the inline map's base64 sourcesContent.
    const root = makeWorkspace({ 'src/legacy.js': ['export const version = 2;', `// old key: ${key}`, ''].join('\n') });
    await buildApp(root, 'src/legacy.js', 'inline');
    expect(readFileSync(path.join(root, 'dist/legacy.js'), 'latin1')).not.toContain(key);
    const run = runAction(root, { paths: 'dist' });
    expect(run.status).toBe(1);
    expect(placeOf(commands(run.stdout, 'error')[0])).toBe('src/legacy.js:2');
    expectNoSecret(run.everything, key);
  });
});

describe('without source maps', () => {
  it('annotates the built file itself', async () => {
    const key = openAiKey();
    const root = makeWorkspace(leakyApp(key), { openai: true });
    await buildApp(root, 'src/main.js', 'none');
    const run = runAction(root, { paths: 'dist/**/*.js' });
    expect(run.status).toBe(1);
    expect(placeOf(commands(run.stdout, 'error').find((c) => c.includes('no-api-key-in-bundle')))).toBe('dist/main.js:1');
    expectNoSecret(run.everything, key);
  });

  it('escapes %, : and newlines in a file name', () => {
    const key = openAiKey();
    const root = makeWorkspace({ 'dist/50%:off\nsale.js': `const k=${JSON.stringify(key)};` });
    const run = runAction(root, { paths: 'dist' });
    const annotation = commands(run.stdout, 'error')[0]!;
    expect(annotation).toContain('file=dist/50%25%3Aoff%0Asale.js,');
    expect(run.summary).not.toContain('50%:off\nsale');
    expectNoSecret(run.everything, key);
  });
});

describe('known-secrets', () => {
  it('catches a server secret of no known shape, verbatim and base64-encoded, and masks it first', async () => {
    const secret = `zq-internal-${randomChars(24)}`;
    const root = makeWorkspace({
      'src/app.js': ['export const token = process.env.INTERNAL_TOKEN;', `export const encoded = ${JSON.stringify(Buffer.from(secret).toString('base64'))};`, ''].join('\n'),
    });
    await buildApp(root, 'src/app.js', 'linked', { 'process.env.INTERNAL_TOKEN': JSON.stringify(secret) });
    const run = runAction(root, { paths: 'dist', 'known-secrets': `\n${secret}\n` });
    expect(run.status).toBe(1);
    // One secret, one finding (verbatim on line 1), its base64 copy on line 2 listed as another place.
    expect(run.outputs.errors).toBe('1');
    const errors = commands(run.stdout, 'error').filter((c) => c.includes('no-server-secret-in-bundle'));
    expect(errors.map(placeOf)).toEqual(['src/app.js:1']);
    expect(run.summary).toContain('(verbatim)');
    expect(run.summary).toMatch(/also in 1 other place: <code>dist\/app\.js:1:\d+<\/code> \(from <code>src\/app\.js:2:\d+<\/code>\)/);
    // The runner consumes ::add-mask:: before anything else is printed; no other line holds the secret.
    expect(run.stdout.indexOf(`::add-mask::${secret}`)).toBe(0);
    expectNoSecret(run.everything, secret, Buffer.from(secret).toString('base64'));
  });
});

describe('exit status and limits', () => {
  it('passes a clean build with zero findings on every event it supports', async () => {
    const root = makeWorkspace({ 'src/app.js': "export const greet = (name) => `Hello ${name}`;\nfetch('/api/chat');\n" });
    await buildApp(root, 'src/app.js', 'linked');
    for (const name of ['push', 'pull_request', 'workflow_dispatch', 'schedule', 'merge_group']) {
      const payload = name === 'pull_request' ? { number: 7, pull_request: { number: 7, head: { sha: 'a'.repeat(40) }, base: { sha: 'b'.repeat(40) } } } : {};
      const run = runAction(root, { paths: 'dist' }, { name, payload });
      expect(run.status, `${name}: ${run.stdout}`).toBe(0);
      expect(run.outputs.findings).toBe('0');
      expect(run.summary).toContain('✅');
    }
  });

  it('blocks on warnings only with fail-on: warning, and never with fail-on: never', async () => {
    const root = makeWorkspace({ 'src/app.js': "export const ask = (q) => fetch('https://api.openai.com/v1/responses', { method: 'POST', body: q });\n" });
    await buildApp(root, 'src/app.js', 'linked');
    const onError = runAction(root, { paths: 'dist', 'fail-on': 'error' });
    expect(onError.status).toBe(0);
    expect(onError.outputs.warnings).toBe('1');
    expect(placeOf(commands(onError.stdout, 'warning')[0])).toBe('src/app.js:1');
    expect(runAction(root, { paths: 'dist', 'fail-on': 'warning' }).status).toBe(1);
    const key = openAiKey();
    writeFileSync(path.join(root, 'dist/more.js'), `const k=${JSON.stringify(key)};`);
    expect(runAction(root, { paths: 'dist', 'fail-on': 'never' }).status).toBe(0);
  });

  it('annotates at most 9 errors, then one notice for the rest', () => {
    const keys = Array.from({ length: 15 }, openAiKey);
    const root = makeWorkspace({ 'dist/keys.js': keys.map((k, i) => `const k${i}=${JSON.stringify(k)};`).join('\n') });
    const run = runAction(root, { paths: 'dist' });
    expect(commands(run.stdout, 'error').filter((c) => c.includes('file='))).toHaveLength(9);
    expect(commands(run.stdout, 'error').filter((c) => c.startsWith('::error::'))).toHaveLength(1);
    expect(commands(run.stdout, 'notice').join('\n')).toContain('6 more findings not annotated');
    expect(run.outputs.findings).toBe('15');
    expect(run.summary.match(/no-api-key-in-bundle\]/g)).toHaveLength(15);
    expectNoSecret(run.everything, ...keys);
  });

  it('says it could not run on bad input, naming the input', () => {
    const root = makeWorkspace({ 'dist/app.js': 'console.log(1);\n', '.backend-only.json': '{ "ignore": [' });
    const badConfig = runAction(root, { paths: 'dist' });
    expect(badConfig.status).toBe(1);
    expect(badConfig.stdout).toMatch(/^::error::backend-only could not run: \.backend-only\.json: invalid JSON/m);
    const badFailOn = runAction(root, { paths: 'dist', 'fail-on': 'sometimes', config: 'none.json' });
    expect(badFailOn.stdout).toContain('backend-only could not run: input "fail-on": "sometimes" is not one of error, warning, never');
    const outside = runAction(root, { paths: '../elsewhere', config: 'none.json' });
    expect(outside.stdout).toContain('backend-only could not run: input "paths": "../elsewhere" is outside the workspace');
    const nothing = runAction(makeWorkspace({ 'README.md': 'no build here\n' }), {});
    expect(nothing.stdout).toContain('backend-only could not run: no client build output found');
  });

  it('with no paths, scans the output folder the Vite config names, and says so in the log and the summary', async () => {
    const key = openAiKey();
    const root = makeWorkspace({
      ...leakyApp(key),
      'package.json': JSON.stringify({ name: 'app', devDependencies: { vite: '^8' } }),
      'vite.config.ts': "export default defineConfig({ build: { outDir: 'public' } });\n",
    }, { openai: true });
    await buildApp(root, 'src/main.js', 'none');
    renameSync(path.join(root, 'dist'), path.join(root, 'public'));
    const run = runAction(root, {});
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('backend-only: scanning public/ (vite.config.ts build.outDir)');
    expect(run.summary).toContain('With no `paths` input, scanned the build output found: <code>public/ (vite.config.ts build.outDir)</code>.');
    expect(commands(run.stdout, 'error').some((c) => c.includes('file=public/main.js'))).toBe(true);
    expectNoSecret(run.everything, key);

    const unbuilt = runAction(makeWorkspace({ 'package.json': JSON.stringify({ devDependencies: { vite: '^8' } }), 'vite.config.ts': "export default { build: { outDir: 'public' } };\n" }), {});
    expect(unbuilt.status).toBe(1);
    expect(unbuilt.stdout).toMatch(/^::error::backend-only could not run: no client build output found\. Looked for: public\/ \(vite\.config\.ts build\.outDir\)\. Run the build first, or set the "paths" input\.$/m);
    expect(unbuilt.stdout).toContain('Run the build first, or set the "paths" input.');
  });

  it('uses the scan worker pool from the bundle on large output', () => {
    const key = openAiKey();
    const filler = `var a="${'x'.repeat(100)}";\n`.repeat(130_000); // ~13 MB per file, 26 MB in all: above the pool threshold
    const root = makeWorkspace({ 'dist/a.js': filler + `const k=${JSON.stringify(key)};\n`, 'dist/b.js': filler });
    const run = runAction(root, { paths: 'dist' });
    expect(run.status).toBe(1);
    expect(placeOf(commands(run.stdout, 'error')[0])).toBe('dist/a.js:130001');
    expectNoSecret(run.everything, key);
  });
});

describe('SARIF', () => {
  it('is valid SARIF 2.1.0 with rules, security-severity and fingerprints', async () => {
    const key = openAiKey();
    const root = makeWorkspace(leakyApp(key), { openai: true });
    await buildApp(root, 'src/main.js', 'linked');
    runAction(root, { paths: 'dist', 'sarif-file': 'out/results.sarif' });
    const sarif = JSON.parse(readFileSync(path.join(root, 'out/results.sarif'), 'utf8'));
    expectValidSarif(sarif);
    const rules = sarif.runs[0].tool.driver.rules;
    expect(rules.every((r: { properties: Record<string, string> }) => Number(r.properties['security-severity']) > 0)).toBe(true);
    for (const result of sarif.runs[0].results) {
      expect(result.partialFingerprints.primaryLocationLineHash).toMatch(/^[0-9a-f]{16}$/);
      expect(result.locations[0].physicalLocation.artifactLocation.uri).not.toContain('node_modules');
    }
    expectNoSecret(JSON.stringify(sarif), key);
  });
});
