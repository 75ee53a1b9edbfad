/**
 * Source maps: bundler namespaces, hostile sources and map references that reach outside the workspace,
 * malformed and oversized maps, and findings traced to their origin. Glob inputs and Next.js detection too.
 */
import { truncateSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applySourceMaps, detectClientOutput, loadMapFor, MAX_MAP_BYTES, readMapReference, resolveSource, scanPaths, TextMatcher, walk, WINDOW_BYTES } from '../src/index.js';
import type { ProviderId } from '../src/catalog/providers.js';
import { scanFiles } from '../src/scan/scan-files.js';
import { fakeKeys } from './helpers/fake-keys.js';
import { workspace } from './helpers/workspace.js';

/** A map with one segment per listed source: generated line 1, column 0 → source i, line 1, column 0. */
function mapOf(sources: string[], sourcesContent?: string[]): string {
  // VLQ "AAAA" maps column 0 to source 0 line 0 column 0; ";ACAA" moves to the next source on the next line.
  const mappings = sources.map((_, i) => (i === 0 ? 'AAAA' : 'ACAA')).join(';');
  return JSON.stringify({ version: 3, sources, ...(sourcesContent ? { sourcesContent } : {}), names: [], mappings });
}

describe('resolveSource', () => {
  const root = workspace({ 'apps/web/package.json': '{}', 'apps/web/app/page.tsx': '', 'src/main.ts': '' });
  const mapDir = path.join(root, 'apps/web/.next/static/chunks');

  it.each([
    ['webpack://_N_E/./app/page.tsx', 'apps/web/app/page.tsx'],
    ['turbopack:///[project]/app/page.tsx', 'apps/web/app/page.tsx'],
    ['webpack:///./app/page.tsx', 'apps/web/app/page.tsx'],
    ['../../../../../src/main.ts', 'src/main.ts'],
    // Turbopack's [project] is the monorepo root: leading folders above the workspace are dropped.
    ['turbopack:///[project]/monorepo/apps/web/app/page.tsx', 'apps/web/app/page.tsx'],
    // Not on disk anywhere: relative to the workspace (and so never annotated, as it is not in the repository).
    ['webpack://_N_E/./components/Gone.tsx', 'components/Gone.tsx'],
  ])('%s → %s', (source, file) => {
    expect(resolveSource(source, { root, mapDir })).toEqual({ file });
  });

  it.each([
    '../../../../../../../../etc/passwd',
    '/etc/passwd',
    'file:///etc/passwd',
    'webpack://_N_E/../../../../../../etc/passwd',
    'webpack://_N_E/webpack/runtime/define property getters',
    'https://example.com/app.js',
    '\0commonjsHelpers.js',
  ])('drops %j', (source) => {
    expect(resolveSource(source, { root, mapDir })).toHaveProperty('dropped');
  });
});

describe('readMapReference', () => {
  it('reads the comment on the last line of JS and CSS, and only there', async () => {
    const root = workspace({
      'a.js': 'a();\n//# sourceMappingURL=a.js.map\n\n',
      'b.css': 'b{color:red}\n/*# sourceMappingURL=b.css.map */',
      'c.js': '//# sourceMappingURL=old.js.map\nc();\n',
      'd.js': `d();\n//# sourceMappingURL=data:application/json;base64,${'A'.repeat(100_000)}`,
    });
    const url = async (name: string) => (await readMapReference(path.join(root, name)))?.url;
    expect(await url('a.js')).toBe('a.js.map');
    expect(await url('b.css')).toBe('b.css.map');
    expect(await url('c.js')).toBeUndefined();
    expect((await url('d.js'))?.length).toBe('data:application/json;base64,'.length + 100_000);
  });
});

describe('loadMapFor', () => {
  it('refuses a sourceMappingURL outside the workspace, a malformed map and an oversized one, with notes', async () => {
    const root = workspace({
      'dist/out.js': 'a();\n//# sourceMappingURL=../../../../etc/app.js.map\n',
      'dist/bad.js': 'a();\n//# sourceMappingURL=bad.js.map\n',
      // Cut off after a key: JSON.parse quotes the text near the error, which must not reach the note.
      'dist/bad.js.map': `{ "version": 3, "sourcesContent": ["${fakeKeys()[0]!.key}`,
      'dist/big.js': 'a();\n//# sourceMappingURL=big.js.map\n',
      'dist/big.js.map': '',
    });
    truncateSync(path.join(root, 'dist/big.js.map'), MAX_MAP_BYTES + 1); // sparse: no disk used
    const lookup = { root, notes: [] as { path: string; message: string }[] };
    for (const file of ['out.js', 'bad.js', 'big.js']) expect(await loadMapFor(path.join(root, 'dist', file), lookup)).toBeNull();
    expect(lookup.notes.map((n) => n.message)).toEqual([
      expect.stringMatching(/^dist\/out\.js: sourceMappingURL points outside the workspace/),
      'dist/bad.js.map: malformed source map (not valid JSON); findings keep their built-file location',
      expect.stringMatching(/^dist\/big\.js\.map: source map larger than 64 MiB/),
    ]);
  });
});

describe('applySourceMaps', () => {
  const key = fakeKeys().find((k) => k.shapeId === 'groq-api')!.key;

  it('traces a finding to its source, and notes (never reads) a hostile source', async () => {
    const root = workspace({
      'src/env.ts': `export const k = ${JSON.stringify(key)};\n`,
      'dist/app.js': `var k=${JSON.stringify(key)};\n//# sourceMappingURL=app.js.map\n`,
      'dist/app.js.map': mapOf(['../src/env.ts', '../../../../../../etc/shadow']),
    });
    const result = await scanPaths({ root, paths: ['dist'], sourceMaps: true });
    const keyFindings = result.findings.filter((f) => f.ruleId === 'no-api-key-in-bundle');
    expect(keyFindings).toHaveLength(1); // the map repeats nothing here, and the bundle's finding stands alone
    expect(keyFindings[0]!.origin).toEqual({ file: 'src/env.ts', line: 1, column: 1 });
    expect(result.notes.map((n) => n.message).join('\n')).toMatch(/dist\/app\.js\.map: source \.\.\/.*etc\/shadow outside the workspace, ignored/);
  });

  it('reports a key found only in a shipped map once, at its source line', async () => {
    const root = workspace({
      'dist/app.js': 'console.log(1);\n//# sourceMappingURL=app.js.map\n',
      'dist/app.js.map': mapOf(['../src/a.ts'], [`// unused\nconst old = ${JSON.stringify(key)};\n`]),
    });
    const result = await scanPaths({ root, paths: ['dist'], sourceMaps: true });
    expect(result.findings.map((f) => [f.ruleId, f.location.file, f.origin])).toEqual([['no-api-key-in-bundle', 'dist/app.js.map', { file: 'src/a.ts', line: 2, column: 14, endLine: 2, endColumn: 14 + key.length }]]);
  });

  it("drops dangerouslyAllowBrowser when the map says it is the SDK's own text, keeps the app's", async () => {
    const bundle = 'var e={dangerouslyAllowBrowser:true};\n//# sourceMappingURL=x.js.map\n';
    const root = workspace({
      'dist/sdk/x.js': bundle,
      'dist/sdk/x.js.map': mapOf(['../../node_modules/openai/src/client.ts']),
      'dist/app/x.js': bundle,
      'dist/app/x.js.map': mapOf(['../../src/chat.ts']),
    });
    const result = await scanPaths({ root, paths: ['dist'], sourceMaps: true });
    expect(result.findings.map((f) => [f.ruleId, f.location.file, f.origin?.file])).toEqual([['no-dangerously-allow-browser', 'dist/app/x.js', 'src/chat.ts']]);
  });

  it('leaves findings alone when there is no map', async () => {
    const root = workspace({ 'dist/app.js': `var k=${JSON.stringify(key)};\n` });
    const walked = await walk(['dist'], { root });
    const finding = { ruleId: 'no-api-key-in-bundle', severity: 'error', message: '', location: { file: 'dist/app.js', line: 1, column: 8 }, origin: null, provider: 'groq', evidence: 'gsk_…', fingerprint: '0'.repeat(16), confidence: 'high' } as const;
    const result = await applySourceMaps([finding], { root, files: walked.files });
    expect(result.findings).toEqual([finding]);
    expect(result.notes).toEqual([]);
  });
});

describe('client output detection and glob inputs', () => {
  it('adds Next.js prerendered HTML and RSC payloads, never the server JS', async () => {
    const root = workspace({
      '.next/static/chunks/main.js': 'a();\n',
      '.next/server/app/index.html': '<html></html>\n',
      '.next/server/app/index.rsc': '0:[]\n',
      '.next/server/app/page.js': 'server();\n',
    });
    const detected = await detectClientOutput(root);
    expect(detected).toContain('.next/static');
    expect(detected.some((p) => p.startsWith('.next/server/app/'))).toBe(true);
    const { files } = await walk(detected, { root });
    expect(files.map((f) => f.display).sort()).toEqual(['.next/server/app/index.html', '.next/server/app/index.rsc', '.next/static/chunks/main.js']);
  });

  it('names a glob that matches nothing', async () => {
    const root = workspace({ 'dist/a.js': '' });
    const { errors } = await walk(['dist/**/*.css'], { root });
    expect(errors).toEqual([{ path: 'dist/**/*.css', message: 'dist/**/*.css: no files match this pattern' }]);
  });
});

describe('fingerprints of traced findings', () => {
  /** Base64 VLQ of one signed integer, as source maps write `mappings`. */
  const vlq = (value: number): string => {
    const digits = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
    let rest = value < 0 ? (-value << 1) | 1 : value << 1;
    let out = '';
    do {
      let digit = rest & 31;
      rest >>>= 5;
      if (rest > 0) digit |= 32;
      out += digits[digit];
    } while (rest > 0);
    return out;
  };

  it('tell apart two opt-ins on one minified line by their origins, and survive a rebuild that moves them', async () => {
    const sources = ['src/chat.ts', 'src/summary.ts'];
    const files = (pad: string) => {
      const call = 'new O({dangerouslyAllowBrowser:!0});';
      const line = `${pad}${call}${call}`;
      // Two segments on generated line 1: the first call → src/chat.ts, the second → src/summary.ts.
      const mappings = `${vlq(pad.length)}AAA,${vlq(call.length)}CAA`;
      return {
        'dist/app.js': `${line}\n//# sourceMappingURL=app.js.map\n`,
        'dist/app.js.map': JSON.stringify({ version: 3, sources: sources.map((s) => `../${s}`), names: [], mappings }),
        'src/chat.ts': '',
        'src/summary.ts': '',
      };
    };
    const prints = async (pad: string) =>
      (await scanPaths({ root: workspace(files(pad)), paths: ['dist'], sourceMaps: true })).findings
        .filter((f) => f.ruleId === 'no-dangerously-allow-browser')
        .map((f) => [f.origin?.file, f.fingerprint] as const);
    const first = await prints('');
    expect(first.map(([file]) => file)).toEqual(sources);
    expect(new Set(first.map(([, print]) => print)).size).toBe(2);
    expect(await prints('var x=1;')).toEqual(first);
  });
});

describe('map comments seen by the scan', () => {
  it("records each file's last-line comment, and the inline map's key is reported as when every file's end is read again", async () => {
    const key = fakeKeys()[0]!.key;
    const inlineMap = Buffer.from(mapOf(['../src/legacy.js'], [`// old: const k = "${key}"\n`])).toString('base64');
    const root = workspace({
      'dist/inline.js': `a();\n//# sourceMappingURL=data:application/json;base64,${inlineMap}\n\n`,
      'dist/linked.js': 'b();\n//# sourceMappingURL=linked.js.map',
      'dist/linked.js.map': mapOf(['../src/b.js']),
      'dist/none.js': 'c(); // sourceMappingURL= only in an earlier line\nd();\n',
      'dist/not-last.js': '//# sourceMappingURL=data:application/json;base64,e30=\ne();\n',
    });
    const { files } = await walk(['dist'], { root });
    const scanned = await scanFiles(files, new TextMatcher());
    expect(new Map(scanned.mapComments)).toEqual(new Map([['dist/inline.js', 'inline'], ['dist/linked.js', 'external']]));
    const seen = await applySourceMaps(scanned.findings, { root, files, mapComments: new Map(scanned.mapComments) });
    const readAgain = await applySourceMaps(scanned.findings, { root, files });
    expect(seen).toEqual(readAgain);
    expect(seen.findings.map((f) => [f.ruleId, f.location.file, f.origin?.file])).toEqual([['no-api-key-in-bundle', 'dist/inline.js', 'src/legacy.js']]);
  });

  it("the last line of a file larger than a window: whole in the window, or 'unknown' when it began before it", async () => {
    const filler = 'x'.repeat(WINDOW_BYTES + 1000);
    const root = workspace({ 'big-lines.js': `${filler}\n//# sourceMappingURL=big-lines.js.map\n`, 'big-one-line.js': `${filler}//# sourceMappingURL=x.map` });
    const { files } = await walk(['.'], { root });
    const scanned = await scanFiles(files, new TextMatcher());
    expect(new Map(scanned.mapComments)).toEqual(new Map([['big-lines.js', 'external'], ['big-one-line.js', 'unknown']]));
  });
});

describe("an SDK's importers in other chunks' maps", () => {
  // The SDK's chunk: its map names only the dependency, so the importers are looked for in the other chunks' maps.
  const sdkChunk = "var c={baseURL:'https://api.openai.com/v1'};h['OpenAI-Organization']=o;\n//# sourceMappingURL=sdk.js.map\n";
  const files = {
    'src/page.js': 'import OpenAI from "openai";\nexport const c = new OpenAI();\n',
    'dist/sdk.js': sdkChunk,
    'dist/sdk.js.map': mapOf(['../node_modules/openai/index.mjs'], ['export class OpenAI {}\n']),
    'dist/page.js': 'import{O as e}from"./sdk.js";\n//# sourceMappingURL=page.js.map\n',
    'dist/page.js.map': mapOf(['../src/page.js'], ['import OpenAI from "openai";\nexport const c = new OpenAI();\n']),
  };

  it('are named, with what the scan recorded of each map deciding which maps are parsed', async () => {
    const root = workspace(files);
    const { files: listed } = await walk(['dist'], { root });
    // The flag set, as a scan thread sets it on finding the SDK's chunk: every map scanned after it is recorded.
    const scanned = await scanFiles(listed, new TextMatcher(), undefined, new Int32Array([1]));
    const recorded = new Map(scanned.mapImports);
    expect(recorded).toEqual(new Map([[path.join(root, 'dist/page.js.map'), ['openai']], [path.join(root, 'dist/sdk.js.map'), []]]));
    const sdk = (mapImports?: Map<string, ProviderId[] | null>) =>
      applySourceMaps(scanned.findings, { root, files: listed, mapImports }).then((r) => r.findings.find((f) => f.ruleId === 'no-client-ai-sdk'));
    const named = await sdk(recorded);
    expect(named?.origin).toMatchObject({ file: 'src/page.js', line: 1 });
    expect(named?.message).toContain('Imported by src/page.js.');
    // Read from the maps' text when the scan recorded nothing: the same answer.
    expect(await sdk()).toEqual(named);
    // The record is trusted: a map said to import no SDK is not parsed, one that may lack sourcesContent is.
    const page = path.join(root, 'dist/page.js.map');
    expect((await sdk(new Map([[page, []]])))?.message).not.toContain('Imported by');
    expect(await sdk(new Map([[page, null]]))).toEqual(named);
  });

  it('are not recorded by a scan that has seen no SDK', async () => {
    const root = workspace({ 'dist/page.js.map': files['dist/page.js.map'] });
    const { files: listed } = await walk(['dist'], { root });
    expect((await scanFiles(listed, new TextMatcher(), undefined, new Int32Array(1))).mapImports).toEqual([]);
    expect((await scanFiles(listed, new TextMatcher())).mapImports).toEqual([]);
  });
});
