/**
 * Hostile input: each case has a clear outcome, no crash, bounded time and bounded memory. Peak RSS is
 * printed for the large cases, a source-map bomb among them.
 */
import { chmod, mkdir, mkdtemp, open, rm, symlink, truncate, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TextMatcher, WINDOW_BYTES, fingerprint, scanBuffer, scanPaths, walk, type ScanResult } from '../src/index.js';
import { scanFiles } from '../src/scan/scan-files.js';
import { OPENAI_MARKER, fakeKeys, randomChars } from './helpers/fake-keys.js';

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), 'backend-only-hostile-'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

const MB = 1024 * 1024;
const matcher = new TextMatcher();
const keyPrint = (key: string): string => fingerprint('no-api-key-in-bundle', key);
const keyFindings = (result: { findings: ScanResult['findings'] }) => result.findings.filter((f) => f.ruleId === 'no-api-key-in-bundle');

/** Runs `work`, sampling RSS meanwhile; prints and returns the time and the peak above the starting RSS. */
async function measured<T>(label: string, work: () => Promise<T> | T): Promise<{ value: T; ms: number; peakGrowthMb: number }> {
  const baseline = process.memoryUsage.rss();
  let peak = baseline;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 5);
  const started = performance.now();
  try {
    const value = await work();
    peak = Math.max(peak, process.memoryUsage.rss());
    const ms = performance.now() - started;
    const peakGrowthMb = (peak - baseline) / MB;
    console.log(`${label}: ${(ms / 1000).toFixed(2)} s, peak RSS ${(peak / MB).toFixed(0)} MB (+${peakGrowthMb.toFixed(0)} MB over ${(baseline / MB).toFixed(0)} MB before)`);
    return { value, ms, peakGrowthMb };
  } finally {
    clearInterval(sampler);
  }
}

describe('a 200 MB single-line file', () => {
  it('is scanned in bounded windows: every key found at its column, memory far below the file size', async () => {
    const dir = path.join(tmp, 'big');
    await mkdir(dir);
    const [project, anthropic, groq, legacy] = fakeKeys();
    const size = 200 * MB;
    // Keys at the start, straddling the first window's end, in the middle and at the very end.
    const plants = [
      { at: 100, key: project!.key },
      { at: WINDOW_BYTES - 40, key: anthropic!.key },
      { at: 100 * MB + 7, key: groq!.key },
      { at: size - legacy!.key.length - 2, key: legacy!.key },
    ];
    const filler = Buffer.alloc(MB, 'var a=b+c;function f(x){return x*2}if(!e)throw new Error("e");');
    const handle = await open(path.join(dir, 'huge.js'), 'w');
    for (let at = 0; at < size; at += MB) await handle.write(filler, 0, Math.min(MB, size - at), at);
    for (const { at, key } of plants) await handle.write(Buffer.from(`"${key}"`), 0, key.length + 2, at - 1);
    await handle.close();

    const { value: result, ms, peakGrowthMb } = await measured('200 MB single line', () => scanPaths({ root: dir, paths: ['.'] }));
    expect(result.errors).toEqual([]);
    expect(result.stats.bytes).toBe(size);
    const found = keyFindings(result);
    expect(found).toHaveLength(plants.length);
    for (const { at, key } of plants) {
      expect(found.find((f) => f.fingerprint === keyPrint(key))?.location).toMatchObject({ line: 1, column: at + 1 });
    }
    expect(ms).toBeLessThan(90_000);
    expect(peakGrowthMb).toBeLessThan(160); // a few 8 MiB windows, never the 200 MB file
  }, 180_000);
});

describe('near-miss floods', () => {
  const cases: [string, () => string, number][] = [
    ['a million `sk-` prefixes in a row', () => 'sk-'.repeat(1_000_000), 0],
    ['a million `sk-` prefixes each starting a token', () => 'sk- '.repeat(1_000_000), 0],
    ['a million `xai-`, `gsk_`, `hf_` prefixes', () => '"xai-" gsk_ (hf_)'.repeat(1_000_000), 0],
    ['100,000 project keys with unequal sides', () => `"sk-proj-${randomChars(60)}${OPENAI_MARKER}${randomChars(59)}",`.repeat(100_000), 0],
    ['100,000 legacy keys one character too long', () => `'sk-${randomChars(21)}${OPENAI_MARKER}${randomChars(20)}';`.repeat(100_000), 0],
    ['a million API hosts on one line (one finding)', () => '"https://api.openai.com/v1/chat",'.repeat(1_000_000), 1],
  ];
  it.each(cases)('%s: no key reported, linear time', async (label, build, expected) => {
    const text = Buffer.from(build());
    const { value: findings, ms } = await measured(label, () => scanBuffer(text, 'flood.js', matcher));
    expect(keyFindings({ findings })).toEqual([]);
    expect(findings).toHaveLength(expected);
    expect(ms).toBeLessThan(15_000);
  }, 60_000);
});

describe('invalid UTF-8 and NUL bytes', () => {
  const key = fakeKeys()[0]!.key;

  it('a key after invalid UTF-8 is found, its column counted as a decoder shows the bytes (one U+FFFD each)', () => {
    // A lone 0xFF, a truncated 2-byte sequence, an overlong '/', an encoded surrogate, a truncated emoji.
    const invalid = Buffer.from([0xff, 0xc3, 0x28, 0xc0, 0xaf, 0xed, 0xa0, 0x80, 0xf0, 0x9f, 0x98]);
    const bytes = Buffer.concat([invalid, Buffer.from(`k="${key}"`)]);
    const findings = keyFindings({ findings: scanBuffer(bytes, 'bad.js', matcher) });
    const column = Buffer.concat([invalid, Buffer.from('k="')]).toString('utf8').length + 1;
    expect(findings.map((f) => f.location)).toMatchObject([{ line: 1, column }]);
  });

  it('a NUL byte near the start marks a file binary (skipped); one further in does not stop the scan', async () => {
    const dir = path.join(tmp, 'nul');
    await mkdir(dir);
    await writeFile(path.join(dir, 'early.js'), Buffer.concat([Buffer.from('a\0b'), Buffer.from(`"${key}"`)]));
    await writeFile(path.join(dir, 'late.js'), Buffer.concat([Buffer.alloc(9000, 0x61), Buffer.from([0]), Buffer.from(`"${key}"`)]));
    const result = await scanPaths({ root: dir, paths: ['.'] });
    expect(result.errors).toEqual([]);
    expect(result.stats).toMatchObject({ files: 1, skipped: 1 });
    expect(keyFindings(result).map((f) => f.location.file)).toEqual(['late.js']);
  });
});

describe('links', () => {
  it('ends link loops, reads nothing outside the root, reports each bad link by name, scans the rest', async () => {
    const root = path.join(tmp, 'links', 'root');
    const outside = path.join(tmp, 'links', 'outside');
    await mkdir(path.join(root, 'dist', 'sub'), { recursive: true });
    await mkdir(outside, { recursive: true });
    const [inside, secretOutside] = fakeKeys();
    await writeFile(path.join(root, 'dist', 'a.js'), `k="${inside!.key}"`);
    await writeFile(path.join(outside, 'b.js'), `k="${secretOutside!.key}"`);
    await symlink(path.join(root, 'dist'), path.join(root, 'dist', 'loop')); // a directory that contains itself
    await symlink('../..', path.join(root, 'dist', 'sub', 'up')); // back to the root: inside, but a cycle
    await symlink(path.join(root, 'dist', 'self'), path.join(root, 'dist', 'self')); // ELOOP
    await symlink(outside, path.join(root, 'dist', 'out'));
    await symlink(path.join(outside, 'b.js'), path.join(root, 'dist', 'b.js'));
    await symlink('/etc/passwd', path.join(root, 'dist', 'passwd'));
    await symlink(path.join(root, 'nowhere'), path.join(root, 'dist', 'dangling'));

    const result = await scanPaths({ root, paths: ['dist'] });
    expect(keyFindings(result).map((f) => [f.location.file, f.fingerprint])).toEqual([['dist/a.js', keyPrint(inside!.key)]]);
    const messages = result.errors.map((e) => e.message).sort();
    expect(messages).toEqual([
      'dist/b.js: link points outside the scanned root, not followed',
      'dist/dangling: broken or looping link, skipped (ENOENT)',
      'dist/out: link points outside the scanned root, not followed',
      'dist/passwd: link points outside the scanned root, not followed',
      'dist/self: broken or looping link, skipped (ELOOP)',
    ]);

    // An input whose path runs through a link out of the root is refused as well.
    const through = await scanPaths({ root, paths: ['dist/out/b.js'] });
    expect(through.findings).toEqual([]);
    expect(through.errors.map((e) => e.message)).toEqual([expect.stringMatching(/^dist\/out\/b\.js: outside the scanned root/)]);
  });
});

describe('a 50,000-file output directory', () => {
  it('is scanned in bounded time and memory, the one key found once', async () => {
    const dir = path.join(tmp, 'many', 'out');
    await mkdir(dir, { recursive: true });
    const count = 50_000;
    const keyAt = 31_337;
    const key = fakeKeys()[5]!.key;
    const names = Array.from({ length: count }, (_, i) => `chunk-${String(i).padStart(5, '0')}.js`);
    for (let i = 0; i < count; i += 500) {
      await Promise.all(
        names.slice(i, i + 500).map((name, j) => writeFile(path.join(dir, name), i + j === keyAt ? `export const k="${key}";` : `export const n${i + j}=${i + j};`)),
      );
    }
    const { value: result, ms, peakGrowthMb } = await measured('50,000 files', () => scanPaths({ root: path.dirname(dir), paths: ['out'] }));
    expect(result.errors).toEqual([]);
    expect(result.stats.files).toBe(count);
    expect(keyFindings(result).map((f) => f.location.file)).toEqual([`out/${names[keyAt]}`]);
    expect(ms).toBeLessThan(120_000);
    expect(peakGrowthMb).toBeLessThan(400);
  }, 300_000);
});

describe('files that change under the scanner', () => {
  it('a file deleted after it was listed is reported by name; the others are scanned', async () => {
    const root = path.join(tmp, 'vanish');
    await mkdir(root);
    const key = fakeKeys()[0]!.key;
    await writeFile(path.join(root, 'gone.js'), 'x');
    await writeFile(path.join(root, 'kept.js'), `k="${key}"`);
    const listed = await walk(['.'], { root });
    await unlink(path.join(root, 'gone.js'));
    const result = await scanFiles(listed.files, matcher);
    expect(result.errors).toEqual([{ path: 'gone.js', message: 'gone.js: no such file or directory' }]);
    expect(result.findings.map((f) => f.location.file)).toEqual(['kept.js']);
  });

  it('a large file deleted or truncated while its windows are read: no crash, a clear outcome either way', async () => {
    const root = path.join(tmp, 'shrinking');
    await mkdir(root);
    const key = fakeKeys()[0]!.key;
    const size = 3 * WINDOW_BYTES;
    const body = Buffer.alloc(size, 0x61);
    body.write(`"${key}"`, size - key.length - 2);
    for (const [name, change] of [
      ['deleted.js', (file: string) => unlink(file)],
      ['truncated.js', (file: string) => truncate(file, 0)],
    ] as const) {
      const file = path.join(root, name);
      await writeFile(file, body);
      const scanning = scanPaths({ root, paths: [name] });
      await change(file);
      const result = await scanning;
      const found = keyFindings(result).length === 1;
      const reported = result.errors.some((e) => e.path === name && e.message === `${name}: no such file or directory`);
      // Deleted: scanned whole through the open handle, or gone before it was opened (reported).
      // Truncated: scanned as far as the bytes went (the key at the end may be gone), never an exception.
      if (name === 'deleted.js') expect(found !== reported).toBe(true);
      else expect(result.errors).toEqual([]);
    }
  });
});

describe('an unreadable file (chmod 000)', () => {
  it('is reported as permission denied, or read when running as root (root bypasses file modes)', async () => {
    const root = path.join(tmp, 'unreadable');
    await mkdir(root);
    const key = fakeKeys()[0]!.key;
    await writeFile(path.join(root, 'locked.js'), `k="${key}"`);
    await writeFile(path.join(root, 'open.js'), 'ok');
    await chmod(path.join(root, 'locked.js'), 0o000);
    const result = await scanPaths({ root, paths: ['.'] });
    if (process.getuid?.() === 0) {
      expect(result.errors).toEqual([]);
      expect(keyFindings(result).map((f) => f.location.file)).toEqual(['locked.js']);
    } else {
      expect(result.errors).toEqual([{ path: 'locked.js', message: 'locked.js: permission denied' }]);
      expect(result.stats.files).toBe(1);
    }
  });
});

describe('a source-map bomb', () => {
  it('huge mappings and thousands of hostile sources: the key is still reported, nothing outside is read, time and memory bounded', async () => {
    const root = path.join(tmp, 'map-bomb');
    await mkdir(path.join(root, 'dist'), { recursive: true });
    const key = fakeKeys()[0]!.key;
    await writeFile(path.join(root, 'dist/app.js'), `x="${key}";\n//# sourceMappingURL=app.js.map\n`);
    // 5,000 sources, every one climbing out of the workspace, and ~24 MB of mappings on 2,000,000 lines.
    const sources = Array.from({ length: 5000 }, (_, i) => `${'../'.repeat(12)}etc/passwd-${i}`);
    const mappings = 'AAAA,CAAC;'.repeat(2_000_000);
    await writeFile(path.join(root, 'dist/app.js.map'), JSON.stringify({ version: 3, sources, names: [], mappings }));
    const { value: result, ms, peakGrowthMb } = await measured('source-map bomb (24 MB mappings, 5,000 sources)', () =>
      scanPaths({ root, paths: ['dist'], sourceMaps: true }),
    );
    expect(keyFindings(result).map((f) => f.location.file)).toEqual(['dist/app.js']);
    // Every source is outside: no origin is named, and the map's problem is noted once, by the map's name.
    expect(keyFindings(result)[0]!.origin).toBeNull();
    expect(result.notes?.map((n) => n.message)).toEqual([expect.stringMatching(/^dist\/app\.js\.map: source .* and 4999 more outside the workspace, ignored$/)]);
    expect(ms).toBeLessThan(30_000);
    expect(peakGrowthMb).toBeLessThan(1500);
  });
});
