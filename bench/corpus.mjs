/**
 * The benchmark corpus: real minified JavaScript and source maps from the installed packages,
 * cut and joined into bundle-sized files, with fake keys of every shape planted at random offsets in
 * the contexts bundles carry them in. Cached under .bench/ (gitignored) with a manifest of every plant.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, realpath, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';

/** Bump when the generator changes, so a cached corpus is rebuilt. */
const CORPUS_VERSION = 4;
/** At most one planted key per this many bytes; small corpora plant denser, to cover every shape × context pair twice. */
const MAX_BYTES_PER_PLANT = 256 * 1024;

/** Stands for the key in a context snippet. */
export const KEY = '%KEY%';
/**
 * Where keys sit in a JavaScript file. %KEY% is the key. Each snippet carries its own delimiters, so it
 * may land anywhere in the minified text.
 */
export const JS_CONTEXTS = {
  'double-quote': '{apiKey:"%KEY%"}',
  'single-quote': "{apiKey:'%KEY%'}",
  'escaped-quote': 'self.__next_f.push([1,"{\\"apiKey\\":\\"%KEY%\\"}"]);',
  json: '{"apiKey":"%KEY%","organization":null}',
  template: 'fetch(u,{headers:{Authorization:`Bearer %KEY%`}})',
  'url-query': '"https://api.example.test/v1/chat?key=%KEY%&lang=en"',
  concatenation: '"Bearer "+"%KEY%"+e',
  'escaped-newline': '"# settings\\n%KEY%\\n"',
  'bare-line': '\n%KEY%\n',
};
/** Where keys sit in a source map: inside `sourcesContent`, JSON-escaped, right after a `\n` escape. */
export const MAP_CONTEXTS = {
  'sourcesContent-quoted': 'const apiKey = \\"%KEY%\\";\\n',
  'sourcesContent-line': '%KEY%\\n',
};

/** The corpus for a target size, built if missing or stale. */
export async function loadCorpus({ repoRoot, targetBytes, seed, log }) {
  const name = `corpus-${Math.round(targetBytes / 1e6)}mb`;
  const dir = path.join(repoRoot, '.bench', name);
  const manifestFile = path.join(repoRoot, '.bench', `${name}.json`);
  const helperFile = path.join(repoRoot, 'packages/core/test/helpers/fake-keys.ts');
  const helperHash = createHash('sha256').update(await readFile(helperFile)).digest('hex').slice(0, 12);
  try {
    const manifest = JSON.parse(await readFile(manifestFile, 'utf8'));
    if (manifest.version === CORPUS_VERSION && manifest.helperHash === helperHash && manifest.seed === seed) {
      log(`corpus: cached ${path.relative(repoRoot, dir)} (${manifest.files.length} files, ${mb(manifest.bytes)} MB, ${manifest.plants.length} keys)`);
      return { dir, manifest };
    }
  } catch {
    // no cached corpus yet
  }
  log(`corpus: building ${path.relative(repoRoot, dir)} (~${mb(targetBytes)} MB) from installed packages…`);
  const { fakeKeys, seededRandom, randomChars } = await loadFakeKeys(repoRoot, helperFile);
  const random = seededRandom(seed);
  const sources = await gatherSources(path.join(repoRoot, 'node_modules/.pnpm'));
  log(`corpus: ${sources.js.length} JavaScript files and ${sources.maps.length} source maps to draw from (${mb(sources.bytes)} MB)`);

  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  // A fresh random key for every plant, so each plant has its own fingerprint.
  const shapes = () => allShapes(fakeKeys, randomChars, random);
  const shapeCount = shapes().length;
  const queues = {
    js: new PlantQueue(shapeCount, Object.keys(JS_CONTEXTS), random),
    map: new PlantQueue(shapeCount, Object.keys(MAP_CONTEXTS), random),
  };
  const pairs = shapeCount * (Object.keys(JS_CONTEXTS).length + Object.keys(MAP_CONTEXTS).length);
  const bytesPerPlant = Math.min(MAX_BYTES_PER_PLANT, targetBytes / (2 * pairs));
  const files = [];
  const plants = [];
  let total = 0;
  for (let index = 0; total < targetBytes || !queues.js.coveredAll() || !queues.map.coveredAll(); index++) {
    const kind = index % 3 === 2 ? 'map' : 'js';
    const size = pickFileSize(random);
    const body = await assemble(kind === 'map' ? sources.maps : sources.js, size, random);
    const name = `${kind === 'map' ? 'chunk' : 'bundle'}-${String(index).padStart(4, '0')}.${kind === 'map' ? 'js.map' : 'js'}`;
    const wanted = Math.max(1, Math.round(body.length / bytesPerPlant));
    const planned = [];
    for (let i = 0; i < wanted; i++) {
      const { shapeIndex, context } = queues[kind].next();
      planned.push({ ...shapes()[shapeIndex], context });
    }
    const { buffer, placed } = plant(body, planned, kind, random);
    await writeFile(path.join(dir, name), buffer);
    files.push({ name, bytes: buffer.length });
    for (const p of placed) plants.push({ file: name, ...p });
    total += buffer.length;
  }
  const manifest = { version: CORPUS_VERSION, helperHash, seed, bytes: total, files, plants, sources: { js: sources.js.length, maps: sources.maps.length, bytes: sources.bytes } };
  await writeFile(manifestFile, JSON.stringify(manifest));
  log(`corpus: wrote ${files.length} files, ${mb(total)} MB, ${plants.length} planted keys`);
  return { dir, manifest };
}

/** The test helper's fake keys, compiled from TypeScript on the fly, so the bench shares its one definition. */
async function loadFakeKeys(repoRoot, helperFile) {
  const outfile = path.join(repoRoot, '.bench', 'fake-keys.mjs');
  await build({ entryPoints: [helperFile], outfile, format: 'esm', platform: 'node', logLevel: 'silent' });
  return import(`${outfile}?t=${Date.now()}`);
}

/**
 * Every shape the catalog detects: the helper's keys, plus the ones that need context words
 * (Google, DeepSeek: `lead` is written before the snippet) and the rarer prefixes.
 */
function allShapes(fakeKeys, randomChars, random) {
  const b64url = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';
  const keys = fakeKeys(random).map(({ shapeId, key }) => ({ shape: shapeId === 'openai-project' ? `${shapeId}-${key.length}` : shapeId, key, lead: '' }));
  keys.push(
    { shape: 'anthropic-oauth', key: 'sk-' + 'ant-oat01-' + randomChars(80, b64url, random), lead: '' },
    { shape: 'huggingface-org', key: 'api_' + 'org_' + randomChars(34, undefined, random), lead: '' },
    { shape: 'google-api (with gemini context)', key: 'AI' + 'za' + randomChars(35, b64url, random), lead: 'new GoogleGenerativeAI(' },
    { shape: 'deepseek-api (with context)', key: 'sk-' + randomChars(32, '0123456789abcdef', random), lead: 'deepseek.baseURL=0;' },
  );
  return keys;
}

/** Hands out (shape, context) pairs round-robin in a shuffled order, so a small corpus still covers every pair. */
class PlantQueue {
  constructor(shapeCount, contexts, random) {
    this.pairs = [];
    for (let shapeIndex = 0; shapeIndex < shapeCount; shapeIndex++) for (const context of contexts) this.pairs.push({ shapeIndex, context });
    for (let i = this.pairs.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [this.pairs[i], this.pairs[j]] = [this.pairs[j], this.pairs[i]];
    }
    this.handedOut = 0;
  }
  next() {
    return this.pairs[this.handedOut++ % this.pairs.length];
  }
  coveredAll() {
    return this.handedOut >= this.pairs.length;
  }
}

/** Minified bundles, dist builds and source maps (with sourcesContent) from the package store, each real file once. */
async function gatherSources(store) {
  const js = [];
  const maps = [];
  const seen = new Set();
  let bytes = 0;
  async function visit(dir, depth) {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory() || entry.isSymbolicLink()) {
        if (depth < 12 && entry.name !== 'test' && entry.name !== '.bin') await visit(full, depth + 1);
        continue;
      }
      if (!entry.isFile()) continue;
      const isMap = entry.name.endsWith('.map');
      const isBundle = /\.min\.[cm]?js$/.test(entry.name) || (/\.[cm]?js$/.test(entry.name) && /[/\\](dist|lib|build|bundle)[/\\]/.test(full));
      if (!isMap && !isBundle) continue;
      const info = await stat(full);
      if (info.size < 16 * 1024 || info.size > 16 * 1024 * 1024) continue;
      const real = await realpath(full);
      if (seen.has(real)) continue;
      seen.add(real);
      if (isMap) {
        const head = await readFile(real, 'utf8');
        if (!head.includes('"sourcesContent":["')) continue;
        maps.push(real);
      } else js.push(real);
      bytes += info.size;
    }
  }
  await visit(store, 0);
  js.sort();
  maps.sort();
  return { js, maps, bytes };
}

/** Bundle-like sizes: mostly small chunks, some large, a few past the scanner's 8 MiB window. */
function pickFileSize(random) {
  const r = random();
  const between = (lo, hi) => Math.round(lo + random() * (hi - lo));
  if (r < 0.6) return between(40e3, 600e3);
  if (r < 0.9) return between(600e3, 3e6);
  if (r < 0.98) return between(3e6, 8e6);
  return between(9e6, 20e6);
}

/** Joins randomly chosen source files up to `size` bytes (maps are kept whole, so each stays one JSON document). */
async function assemble(candidates, size, random) {
  const parts = [];
  let length = 0;
  while (length < size) {
    const file = candidates[Math.floor(random() * candidates.length)];
    const content = await readFile(file);
    if (content.includes(0)) continue;
    parts.push(content);
    length += content.length + 1;
    parts.push(Buffer.from('\n'));
  }
  return Buffer.concat(parts);
}

/**
 * Inserts each planned key at a random offset and records where it ended up: byte offset, UTF-16 index,
 * 1-based line and UTF-16 column (what our findings and the peers' reports use).
 */
function plant(body, planned, kind, random) {
  const inserts = [];
  for (const p of planned) {
    const snippet = (kind === 'map' ? MAP_CONTEXTS : JS_CONTEXTS)[p.context];
    const at = kind === 'map' ? mapOffset(body, random) : jsOffset(body, random);
    const [before] = snippet.split(KEY);
    inserts.push({ at, text: p.lead + snippet.replace(KEY, p.key), keyDelta: p.lead.length + before.length, plant: p });
  }
  inserts.sort((a, b) => a.at - b.at);
  const pieces = [];
  const placed = [];
  let from = 0;
  let outLength = 0;
  for (const insert of inserts) {
    pieces.push(body.subarray(from, insert.at));
    outLength += insert.at - from;
    const text = Buffer.from(insert.text);
    placed.push({ shape: insert.plant.shape, context: insert.plant.context, key: insert.plant.key, byteOffset: outLength + insert.keyDelta });
    pieces.push(text);
    outLength += text.length;
    from = insert.at;
  }
  pieces.push(body.subarray(from));
  const buffer = Buffer.concat(pieces);
  const text = buffer.toString('utf8');
  for (const p of placed) {
    p.index = text.indexOf(p.key);
    const lineStart = text.lastIndexOf('\n', p.index - 1) + 1;
    p.line = countNewlines(text, p.index) + 1;
    p.column = p.index - lineStart + 1;
  }
  return { buffer, placed };
}

function countNewlines(text, end) {
  let count = 0;
  for (let at = text.indexOf('\n'); at !== -1 && at < end; at = text.indexOf('\n', at + 1)) count++;
  return count;
}

/** A random offset on a UTF-8 character boundary, not right after a backslash (which would escape the snippet). */
function jsOffset(body, random) {
  let at = Math.floor(random() * body.length);
  while (at < body.length && ((body[at] & 0xc0) === 0x80 || body[at - 1] === 0x5c)) at++;
  return at;
}

/** A random place inside a map's sourcesContent, right after a `\n` escape. */
function mapOffset(body, random) {
  const start = body.indexOf('"sourcesContent":["');
  let at = start + Math.floor(random() * (body.length - start));
  for (;;) {
    const found = body.indexOf('\\n', at);
    if (found === -1) {
      // Nothing after the random point: wrap around once, else go just inside the first source's string.
      if (at === start) return start + '"sourcesContent":["'.length;
      at = start;
      continue;
    }
    // `\\n` is an escaped backslash followed by the letter n, not a newline escape.
    if (body[found - 1] !== 0x5c) return found + 2;
    at = found + 2;
  }
}

export const mb = (bytes) => (bytes / 1e6).toFixed(1);
