import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Worker } from 'node:worker_threads';
import { WINDOW_BYTES, detectClientOutput, scanPaths, stableBundlePath, toJsonReport, toSarif, walk, type Finding } from '../src/index.js';
import { POOL_THRESHOLD_BYTES, scanThreads, workerFile } from '../src/scan/pool.js';
import { fakeKeys, randomChars } from './helpers/fake-keys.js';

let root: string;
beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'bo-scan-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

async function put(rel: string, content: string | Buffer): Promise<void> {
  await mkdir(path.dirname(path.join(root, rel)), { recursive: true });
  await writeFile(path.join(root, rel), content);
}

const keysOf = (findings: Finding[]) => findings.filter((f) => f.ruleId === 'no-api-key-in-bundle');

describe('scanPaths', () => {
  it('reports line and UTF-16 column, counting multi-byte characters before the key', async () => {
    const key = fakeKeys()[0]!.key;
    await put('lines/a.js', `// first\nconst greeting = "héllo 👋"; const k = "${key}";\n`);
    const { findings } = await scanPaths({ root, paths: ['lines'] });
    expect(keysOf(findings)).toHaveLength(1);
    const line = `const greeting = "héllo 👋"; const k = "`;
    expect(keysOf(findings)[0]!.location).toMatchObject({ file: 'lines/a.js', line: 2, column: line.length + 1 });
  });

  it('scans a 50 MB single-line file without splitting it, including keys across window boundaries', async () => {
    const keys = fakeKeys().slice(0, 3).map((k) => k.key);
    const filler = 'a=1;'.repeat(Math.ceil((50 * 1024 * 1024) / 4));
    // One key at the start, one straddling the first window boundary, one at the very end.
    const at = [10, WINDOW_BYTES - 40, filler.length];
    let text = filler;
    for (let i = keys.length - 1; i >= 0; i--) text = `${text.slice(0, at[i])}"${keys[i]}"${text.slice(at[i])}`;
    await put('big/one-line.js', text);
    const { findings, stats } = await scanPaths({ root, paths: ['big'], workers: 1 });
    expect(stats.bytes).toBeGreaterThan(50 * 1024 * 1024);
    const found = keysOf(findings).sort((a, b) => a.location.column - b.location.column);
    expect(found.map((f) => f.location.line)).toEqual([1, 1, 1]);
    expect(found.map((f) => f.location.column)).toEqual([at[0]! + 2, at[1]! + keys[0]!.length + 2 + 2, at[2]! + keys[0]!.length + keys[1]!.length + 4 + 2]);
  });

  it('takes a Gemini key\'s file context from any window of a large chunk, and keeps the Firebase key beside it public', async () => {
    const aiza = () => 'AI' + 'za' + randomChars(35);
    const [firebaseKey, geminiKey] = [aiza(), aiza()];
    const sdk = 'var Ft="https://generativelanguage.googleapis.com/v1beta";';
    const app = `var lg=cg({apiKey:"${firebaseKey}",authDomain:"demo.firebaseapp.com",projectId:"demo"}),ug=new sg({apiKey:"${geminiKey}"});`;
    // The SDK in the first window, the app code in the last: as large chunks put vendor code first.
    await put('big/gemini.js', `${sdk}${'a=1;'.repeat(Math.ceil((WINDOW_BYTES + 1024) / 4))}${app}`);
    const { findings } = await scanPaths({ root, paths: ['big/gemini.js'], workers: 1 });
    expect(keysOf(findings).map((f) => [f.provider, f.severity, f.evidence])).toEqual([['google', 'error', `AIza…${geminiKey.slice(-4)}`]]);
  });

  it('skips binary files and reports missing paths by name while scanning the rest', async () => {
    const key = fakeKeys()[1]!.key;
    await put('mixed/image.bin', Buffer.concat([Buffer.from([0, 1, 2, 3]), Buffer.from(key)]));
    await put('mixed/logo.png', key);
    await put('mixed/app.js', `x="${key}"`);
    const { findings, errors, stats } = await scanPaths({ root, paths: ['mixed', 'does-not-exist'] });
    expect(keysOf(findings).map((f) => f.location.file)).toEqual(['mixed/app.js']);
    expect(errors).toEqual([{ path: 'does-not-exist', message: 'does-not-exist: no such file or directory' }]);
    expect(stats.skipped).toBe(2);
  });

  it('does not follow links out of the root, and ends link loops', async () => {
    const outside = await mkdtemp(path.join(tmpdir(), 'bo-outside-'));
    await writeFile(path.join(outside, 'secret.js'), `x="${fakeKeys()[0]!.key}"`);
    await mkdir(path.join(root, 'links'), { recursive: true });
    await symlink(outside, path.join(root, 'links/out'));
    await symlink(path.join(root, 'links'), path.join(root, 'links/loop'));
    const { findings, errors } = await scanPaths({ root, paths: ['links'] });
    expect(findings).toEqual([]);
    expect(errors.map((e) => e.message)).toEqual(['links/out: link points outside the scanned root, not followed']);
    await rm(outside, { recursive: true, force: true });
  });

  it('refuses inputs outside the root', async () => {
    const { errors } = await scanPaths({ root, paths: ['../'] });
    expect(errors[0]!.message).toMatch(/outside the scanned root/);
  });

  it('applies ignore globs and allowed fingerprints from the config', async () => {
    const [a, b] = fakeKeys();
    await put('cfg/keep.js', `x="${a!.key}"`);
    await put('cfg/fixtures/skip.js', `x="${b!.key}"`);
    const first = await scanPaths({ root, paths: ['cfg'] });
    expect(keysOf(first.findings)).toHaveLength(2);
    const allowed = keysOf(first.findings).find((f) => f.location.file === 'cfg/keep.js')!.fingerprint;
    const second = await scanPaths({ root, paths: ['cfg'], config: { ignore: ['cfg/fixtures/**'], allow: [{ fingerprint: allowed }] } });
    expect(second.findings).toEqual([]);
    expect(second.allowed.map((f) => f.fingerprint)).toEqual([allowed]);
  });

  it('scans in worker threads for large inputs with the same results', async () => {
    const keys = fakeKeys();
    const filler = 'function f(){return 1}\n'.repeat(400_000); // ~9 MB per file
    for (let i = 0; i < 4; i++) await put(`pool/chunk-${i}.js`, `${filler}x="${keys[i]!.key}"\n`);
    const pooled = await scanPaths({ root, paths: ['pool'], workers: 2 });
    const inline = await scanPaths({ root, paths: ['pool'], workers: 1 });
    expect(keysOf(pooled.findings)).toHaveLength(4);
    expect(pooled.findings).toEqual(inline.findings);
  });

  it('reports an SDK bundled into a chunk once, not its hosts', async () => {
    await put('sdk/chunk.js', 'var b=r("OPENAI_BASE_URL")??"https://api.openai.com/v1";h["OpenAI-Organization"]=o;');
    const { findings } = await scanPaths({ root, paths: ['sdk'] });
    expect(findings.map((f) => [f.ruleId, f.provider])).toEqual([['no-client-ai-sdk', 'openai']]);
  });

  it('reports a direct API call from client code as a warning', async () => {
    await put('call/app.js', 'fetch("https://api.anthropic.com/v1/messages",{headers:{"anthropic-dangerous-direct-browser-access":"true"}})');
    const { findings } = await scanPaths({ root, paths: ['call'] });
    expect(findings.map((f) => [f.ruleId, f.severity])).toEqual([
      ['no-dangerously-allow-browser', 'error'],
      ['no-client-ai-api-call', 'warning'],
    ]);
  });
});

describe('fingerprints', () => {
  it('ignore content hashes in chunk names', () => {
    expect(stableBundlePath('.next/static/chunks/app/page-3f2a9c1b0d7e6f5a.js')).toBe(stableBundlePath('.next/static/chunks/app/page-0123456789abcdef.js'));
    expect(stableBundlePath('dist/assets/index-BkX9aB1c.js')).toBe('dist/assets/index-[hash].js');
    expect(stableBundlePath('dist/assets/component.js')).toBe('dist/assets/component.js');
  });

  it('are the same for the same key in a rebuilt chunk', async () => {
    const key = fakeKeys()[0]!.key;
    await put('fp/a-1111aaaa.js', `x="${key}"`);
    await put('fp2/a-2222bbbb.js', `y=1;x="${key}"`);
    const one = await scanPaths({ root, paths: ['fp'] });
    const two = await scanPaths({ root, paths: ['fp2'] });
    expect(one.findings[0]!.fingerprint).toBe(two.findings[0]!.fingerprint);
  });
});

describe('no full key in any report format', () => {
  it('JSON and SARIF carry only the redacted form', async () => {
    const keys = fakeKeys();
    await put('redact/all.js', keys.map((k) => `"${k.key}"`).join(';\n'));
    const result = await scanPaths({ root, paths: ['redact'] });
    expect(keysOf(result.findings)).toHaveLength(keys.length);
    const outputs = [JSON.stringify(toJsonReport(result.findings, result.errors, result.stats)), JSON.stringify(toSarif(result.findings, { toolVersion: '0.0.0' }))];
    for (const output of outputs) for (const { key } of keys) expect(output.includes(key)).toBe(false);
  });
});

describe('detectClientOutput', () => {
  it('finds the build folders that exist, in catalog order', async () => {
    const project = await mkdtemp(path.join(tmpdir(), 'bo-detect-'));
    await mkdir(path.join(project, 'dist'));
    await mkdir(path.join(project, '.next/static'), { recursive: true });
    expect(await detectClientOutput(project)).toEqual(['.next/static', 'dist']);
    await rm(project, { recursive: true, force: true });
  });
});

describe('threads', () => {
  const sized = (sizes: number[]) => sizes.map((size, i) => ({ absolute: `/x/${i}.js`, display: `${i}.js`, size }));

  it('scans a small input on this thread, and starts workers only when the walk shows a big one', () => {
    expect(scanThreads(sized([10_000, 2_000_000, 5_000_000]), 2)).toBe(1);
    expect(scanThreads(sized([POOL_THRESHOLD_BYTES / 2, POOL_THRESHOLD_BYTES / 2]), 2)).toBe(2);
    expect(scanThreads(sized([POOL_THRESHOLD_BYTES * 4]), 2)).toBe(1); // one file: one thread reads it
    expect(scanThreads(sized([POOL_THRESHOLD_BYTES, POOL_THRESHOLD_BYTES]), 1)).toBe(1);
  });

  it('a worker scans every file it takes from the queue: each key at its line and column, as this thread does', async () => {
    const keys = fakeKeys();
    for (let i = 0; i < 3; i++) await put(`worker/chunk-${i}.js`, `${'é\n'.repeat(1000 * (i + 1))}x="${keys[i]!.key}"\n`);
    const { files } = await walk(['worker'], { root });
    const script = workerFile();
    expect(script, 'the built worker (pnpm build)').toBeDefined();
    const worker = new Worker(script!, { workerData: { files, queue: new SharedArrayBuffer(4), knownSecrets: [] } });
    const message = await new Promise<{ ok: boolean; result: { findings: Finding[]; scanned: number } }>((resolve) => worker.once('message', resolve));
    await worker.terminate();
    expect(message.ok).toBe(true);
    expect(message.result.scanned).toBe(3);
    const places = keysOf(message.result.findings).map((f) => [f.location.file, f.location.line, f.location.column]);
    expect(places).toEqual([0, 1, 2].map((i) => [`worker/chunk-${i}.js`, 1000 * (i + 1) + 1, 4]));
    expect(message.result.findings).toEqual(keysOf((await scanPaths({ root, paths: ['worker'] })).findings));
  });
});
