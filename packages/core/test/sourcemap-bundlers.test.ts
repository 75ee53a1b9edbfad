/**
 * Source-map origins on maps as real bundlers write them: webpack 5 built here with its Node API (its default
 * namespace, Create React App's production template, Angular CLI's `sourceRoot: "webpack:///"`, absolute paths from
 * the machine that built the map, a template that climbs above the project), and the Vite shape of a key from an env
 * module that has no mapping of its own.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import webpack from 'webpack';
import { beforeAll, describe, expect, it } from 'vitest';
import { resolveSource, scanPaths } from '../src/index.js';
import { keyUses } from '../src/sourcemap/binding.js';
import { fakeKeys } from './helpers/fake-keys.js';
import { workspace } from './helpers/workspace.js';

const key = fakeKeys().find((k) => k.shapeId === 'groq-api')!.key;

describe('webpack 5 maps', () => {
  // The key is on line 3 of the component; the SDK stand-in lives in node_modules.
  const root = workspace({
    'package.json': JSON.stringify({ name: 'my-app' }),
    'src/index.js': "import React from 'react';\nimport { run } from './app/app.component.js';\nconsole.log(React, run());\n",
    'src/app/app.component.js': `import { make } from 'fakesdk';\n// the key, inlined where it is used\nexport const key = ${JSON.stringify(key)};\nexport function run() { return make({ apiKey: key }); }\n`,
    'node_modules/fakesdk/package.json': JSON.stringify({ name: 'fakesdk', main: 'index.js' }),
    'node_modules/fakesdk/index.js': 'export function make(options) { return { options, at: Date.now() }; }\n',
  });
  /**
   * A module's path as webpack gives it to a template: absolute for files, `webpack/runtime/…` for its own modules,
   * which the templates below resolve from the project folder (the folder a real build runs in; CRA's do it with
   * `path.relative` and `path.resolve`).
   */
  const inProject = (info: { absoluteResourcePath: string }): string => path.resolve(root, info.absoluteResourcePath);
  /** Each build: its output folder (the map is `main.js.map` there) and how it names modules. */
  const builds: Record<string, { out: string; config: webpack.Configuration }> = {
    // webpack's default: `webpack://<package name>/./src/…`, and `external var "React"` for an external.
    namespaced: { out: 'dist/namespaced', config: { devtool: 'source-map' } },
    // Create React App 5, production: sources relative to src/ (`index.js`, `../node_modules/fakesdk/index.js`).
    cra: { out: 'build/static/js', config: { devtool: 'source-map', output: { devtoolModuleFilenameTemplate: (info: { absoluteResourcePath: string }) => path.relative(path.join(root, 'src'), inProject(info)).replace(/\\/g, '/') } } },
    // Angular CLI (webpack builder): `./src/app/…` with `sourceRoot: "webpack:///"`.
    angular: { out: 'dist/app/browser', config: { devtool: false, plugins: [new webpack.SourceMapDevToolPlugin({ filename: '[file].map', moduleFilenameTemplate: '[resource-path]', sourceRoot: 'webpack:///' })] } },
    // CRA's development template writes absolute paths: these are a CI runner's, from another machine.
    ci: { out: 'dist/ci', config: { devtool: 'source-map', output: { devtoolModuleFilenameTemplate: (info: { absoluteResourcePath: string }) => `/home/runner/work/app/app/${path.relative(root, inProject(info))}` } } },
    windows: { out: 'dist/windows', config: { devtool: 'source-map', output: { devtoolModuleFilenameTemplate: (info: { absoluteResourcePath: string }) => `C:\\Users\\dev\\app\\${path.relative(root, inProject(info)).replace(/\//g, '\\')}` } } },
    // A template written for another output folder (`'../../[resourcePath]'`): it climbs above the workspace from here.
    climbing: { out: 'dist/climbing', config: { devtool: false, plugins: [new webpack.SourceMapDevToolPlugin({ filename: '[file].map', moduleFilenameTemplate: '../../../[resourcePath]' })] } },
  };

  beforeAll(async () => {
    const configs = Object.values(builds).map(({ out, config }) => ({
      ...config,
      context: root,
      entry: './src/index.js',
      mode: 'production' as const,
      externals: { react: 'React' },
      output: { ...config.output, path: path.join(root, out), filename: 'main.js' },
    }));
    const stats = await new Promise<webpack.MultiStats | undefined>((resolve, reject) => webpack(configs, (error, result) => (error ? reject(error) : resolve(result))));
    expect(stats?.hasErrors()).toBe(false);
  }, 60_000);

  const mapOf = (out: string): { sources: string[]; sourceRoot?: string } => JSON.parse(readFileSync(path.join(root, out, 'main.js.map'), 'utf8'));

  it.each(Object.keys(builds))('%s: every first-party and dependency source is the file on disk', (name) => {
    const { out } = builds[name]!;
    const map = mapOf(out);
    const resolved = map.sources.map((source) => resolveSource(source, { root, mapDir: path.join(root, out), sourceRoot: map.sourceRoot }));
    const files = resolved.flatMap((r) => ('file' in r ? [r.file] : [])).sort();
    expect(files).toEqual(['node_modules/fakesdk/index.js', 'src/app/app.component.js', 'src/index.js']);
    // The rest is webpack's own (the external): dropped, never named.
    for (const r of resolved) if ('dropped' in r) expect(r.dropped).toMatch(/bundler-internal module$/);
  });

  it('shows the shapes it was written for', () => {
    expect(mapOf(builds.namespaced!.out).sources).toContain('webpack://my-app/./src/app/app.component.js');
    expect(mapOf(builds.namespaced!.out).sources).toContain('webpack://my-app/external var "React"');
    expect(mapOf(builds.cra!.out).sources).toEqual(expect.arrayContaining(['index.js', 'app/app.component.js', '../node_modules/fakesdk/index.js']));
    expect(mapOf(builds.angular!.out)).toMatchObject({ sourceRoot: 'webpack:///', sources: expect.arrayContaining(['./src/app/app.component.js']) });
    expect(mapOf(builds.climbing!.out).sources).toContain('../../.././src/app/app.component.js');
  });

  it.each(Object.keys(builds))('%s: the key in the bundle is traced to the component, line 3', async (name) => {
    const result = await scanPaths({ root, paths: [builds[name]!.out], sourceMaps: true });
    const keyFindings = result.findings.filter((f) => f.ruleId === 'no-api-key-in-bundle');
    expect(keyFindings.map((f) => [f.location.file, f.origin?.file, f.origin?.line])).toEqual([[`${builds[name]!.out}/main.js`, 'src/app/app.component.js', 3]]);
    expect(result.notes).toEqual([]);
  });
});

describe('resolveSource: shapes and fallbacks', () => {
  const root = workspace({
    'apps/web/package.json': '{}',
    'apps/web/src/App.tsx': '',
    'apps/web/src/index.js': '',
    'apps/web/index.js': '', // a server entry beside the app: CRA's `index.js` is still src/index.js
    'node_modules/openai/index.mjs': '',
  });
  const mapDir = path.join(root, 'apps/web/build/static/js');

  it.each([
    ['webpack:///src/App.tsx', undefined, 'apps/web/src/App.tsx'],
    ['webpack:///node_modules/openai/index.mjs', undefined, 'node_modules/openai/index.mjs'],
    ['src/App.tsx', 'webpack:///', 'apps/web/src/App.tsx'],
    ['./src/App.tsx', 'webpack:///', 'apps/web/src/App.tsx'],
    ['App.tsx', undefined, 'apps/web/src/App.tsx'],
    ['index.js', undefined, 'apps/web/src/index.js'],
    ['../node_modules/openai/index.mjs', undefined, 'node_modules/openai/index.mjs'],
    ['../../../../../../../src/App.tsx', undefined, 'apps/web/src/App.tsx'],
    ['/home/runner/work/web/web/src/App.tsx', undefined, 'apps/web/src/App.tsx'],
    ['webpack:///C:/Users/dev/web/src/App.tsx', undefined, 'apps/web/src/App.tsx'],
    ['C:\\Users\\dev\\web\\src\\App.tsx', undefined, 'apps/web/src/App.tsx'],
    ['file:///home/dev/web/src/App.tsx', undefined, 'apps/web/src/App.tsx'],
    ['../src/App.tsx', '../..', 'apps/web/src/App.tsx'],
    // Not on disk, but the map's own reading leaves the build output: kept (sourcesContent may hold its text).
    ['../../../src/Gone.tsx', undefined, 'apps/web/src/Gone.tsx'],
  ])('%s (sourceRoot %s) → %s', (source, sourceRoot, file) => {
    expect(resolveSource(source, { root, mapDir, sourceRoot })).toEqual({ file });
  });

  it.each([
    ['Gone.tsx', /Gone\.tsx: not found in the workspace$/], // would be build/static/js/Gone.tsx: a made-up path
    ['webpack:///(webpack)/buildin/global.js', /bundler-internal module$/],
    ['webpack://my-app/external var "React"', /bundler-internal module$/],
    ['webpack://my-app/ignored|/app/src|crypto', /bundler-internal module$/],
    ['/home/runner/work/web/web/src/Gone.tsx', /outside the workspace$/],
    ['C:\\Users\\dev\\web\\src\\Gone.tsx', /outside the workspace$/],
  ])('drops %j', (source, reason) => {
    expect(resolveSource(source, { root, mapDir })).toEqual({ dropped: expect.stringMatching(reason) });
  });

  it('touches nothing on disk when asked not to', () => {
    const exists = (): boolean => {
      throw new Error('looked on disk');
    };
    expect(resolveSource('App.tsx', { root, mapDir, exists, offDisk: true })).toEqual({ dropped: expect.stringMatching(/not found/) });
    expect(resolveSource('/home/runner/src/App.tsx', { root, mapDir, exists, offDisk: true })).toEqual({ dropped: expect.stringMatching(/outside/) });
  });
});

/** Source-map `mappings` from segments per generated line: [column] (unmapped) or [column, source, line, column], 0-based. */
function encodeMappings(lines: readonly (readonly (readonly number[])[])[]): string {
  const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const vlq = (n: number): string => {
    let value = n < 0 ? (-n << 1) | 1 : n << 1;
    let out = '';
    do {
      const digit = value & 31;
      value >>>= 5;
      out += BASE64[value ? digit | 32 : digit];
    } while (value);
    return out;
  };
  const last = [0, 0, 0];
  return lines
    .map((segments) => {
      let column = 0;
      return segments
        .map((s) => {
          let out = vlq(s[0]! - column);
          column = s[0]!;
          for (let i = 1; i < s.length; i++) {
            out += vlq(s[i]! - last[i - 1]!);
            last[i - 1] = s[i]!;
          }
          return out;
        })
        .join(',');
    })
    .join(';');
}

describe('a key from an env module with no mapping of its own (Vite and Rollup shapes)', () => {
  const sdk = 'export class Client { constructor(o) { this.apiKey = o.apiKey; } }\nexport function helper(a, b) { return [a, b].join("-"); }\n';
  const main = "import { Client, helper } from 'fakesdk';\nimport { PUBLIC_KEY } from '$env/static/public';\nconst client = new Client({ apiKey: PUBLIC_KEY });\nconsole.log(helper(1, 2));\n";
  /**
   * A minified chunk as Vite 8 writes it for a virtual env module whose map is empty: the SDK's code, then
   * `var n=\`key\`` (an unmapped segment, or none at all as Rollup leaves it, so tracing finds the SDK), then the app.
   */
  function chunk(app: string, { unmappedSegment }: { unmappedSegment: boolean }): { js: string; map: string } {
    const js = `var e=class{constructor(e){this.apiKey=e.apiKey}};function t(e,t){return[e,t].join(\`-\`)}var n=\`${key}\`,${app}\n//# sourceMappingURL=index.js.map\n`;
    const at = (text: string): number => js.indexOf(text);
    const segments = [
      [0, 0, 0, 0],
      [at('function t'), 0, 1, 0],
      [at('t(e,t)'), 0, 1, 16],
      ...(unmappedSegment ? [[at('var n=')]] : []),
      [at(app), 1, 2, 6],
      ...(app.includes('apiKey:n') ? [[at('apiKey:n'), 1, 2, 28]] : []),
      [at('console'), 1, 3, 0],
    ];
    const map = JSON.stringify({ version: 3, sources: ['../../node_modules/fakesdk/index.js', '../../src/main.js'], sourcesContent: [sdk, main], names: [], mappings: encodeMappings([segments]) });
    return { js, map };
  }

  const scanChunk = async (app: string, shape: { unmappedSegment: boolean }) => {
    const { js, map } = chunk(app, shape);
    const root = workspace({ 'src/main.js': main, 'node_modules/fakesdk/index.js': sdk, 'dist/assets/index.js': js, 'dist/assets/index.js.map': map });
    const result = await scanPaths({ root, paths: ['dist'], sourceMaps: true });
    return result.findings.filter((f) => f.ruleId === 'no-api-key-in-bundle');
  };

  it.each([true, false])('follows the binding to its use as a key, in first-party code (unmapped segment: %s)', async (unmappedSegment) => {
    const [finding, ...more] = await scanChunk('r=new e({apiKey:n});console.log(t(1,2));', { unmappedSegment });
    expect(more).toEqual([]);
    expect(finding!.origin).toEqual({ file: 'src/main.js', line: 3, column: 29 });
    expect(finding!.message).not.toMatch(/Origin unknown/);
  });

  it.each([true, false])('says the origin is unknown when no use passes it as a key (unmapped segment: %s)', async (unmappedSegment) => {
    const [finding] = await scanChunk('r=n.length;console.log(t(1,2));', { unmappedSegment });
    expect(finding!.origin).toBeNull();
    expect(finding!.message).toMatch(/Origin unknown: the source map gives this key no place of its own/);
  });

  it('keeps a dependency origin when the dependency really holds the key', async () => {
    const vendored = `export const DEFAULT_KEY = ${JSON.stringify(key)};\n`;
    const js = `var n=\`${key}\`;\n//# sourceMappingURL=index.js.map\n`;
    const map = JSON.stringify({ version: 3, sources: ['../../node_modules/fakesdk/index.js'], sourcesContent: [vendored], names: [], mappings: encodeMappings([[[0, 0, 0, 0], [6, 0, 0, 27]]]) });
    const root = workspace({ 'dist/assets/index.js': js, 'dist/assets/index.js.map': map });
    const result = await scanPaths({ root, paths: ['dist'], sourceMaps: true });
    expect(result.findings.filter((f) => f.ruleId === 'no-api-key-in-bundle').map((f) => f.origin)).toEqual([{ file: 'node_modules/fakesdk/index.js', line: 1, column: 28 }]);
  });
});

describe('keyUses: where a minified binding passes the key on', () => {
  const literal = 'KEY_LITERAL';
  /** Uses of the literal in `code`, each shown as the 12 characters from it. */
  const usesIn = (code: string): string[] => keyUses(code, code.indexOf(literal)).map((at) => code.slice(at, at + 12));

  it.each([
    ['const Xe="KEY_LITERAL";a.Xe(Xe);f({Xe:1});new e({apiKey:Xe})', ['Xe})']],
    ['let o=1,Xe=`KEY_LITERAL`;fetch(u,{headers:{Authorization:`Bearer ${Xe}`}})', ['Xe}`}})']],
    ['Xe="KEY_LITERAL";x=new GoogleGenerativeAI(Xe);', ['Xe);']],
    ['var s={PUBLIC_KEY:"KEY_LITERAL"};console.log(s.PUBLIC_KEY);c({apiKey:s.PUBLIC_KEY})', ['PUBLIC_KEY})']],
    ['var s={"PUBLIC_KEY":"KEY_LITERAL"};c({apiKey:s.PUBLIC_KEY})', ['PUBLIC_KEY})']],
    // The literal at its use (a define): the property name itself.
    ['new e({apiKey:"KEY_LITERAL"})', ['apiKey:"KEY_']],
    // Not assigned (an argument), or compared: nothing to follow.
    ['f("KEY_LITERAL")', []],
    ['a=="KEY_LITERAL"&&b(a,{apiKey:a})', []],
  ])('%s', (code, uses) => {
    expect(usesIn(code)).toEqual(uses);
  });

  it('looks at a bounded number of occurrences of a one-letter name, in linear time', () => {
    const code = `var e="${literal}";${'e(e);'.repeat(500_000)}c({apiKey:e})`;
    const started = process.cpuUsage();
    expect(usesIn(code)).toEqual([]); // the key-like use lies past the bound: not reached, never a guess
    const { user, system } = process.cpuUsage(started);
    expect((user + system) / 1000).toBeLessThan(2000);
  });
});
