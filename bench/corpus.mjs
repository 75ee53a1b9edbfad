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
const CORPUS_VERSION = 5;
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

/**
 * The corpora, each built once for a target size and cached (rebuilt when missing or stale):
 * - `folders`: build output as bundlers lay it out (Next's `out/_next/static`, Vite's `dist/assets`, CRA's
 *   `build/static`): real files taken whole (10 KB to a few MB), chunks with their `.map` beside them, some CSS
 *   and HTML. What users scan, where per-file and per-process costs show.
 * - `joined`: the same sources joined into 87-ish bundle-sized files (40 KB–20 MB, some past the 8 MiB
 *   window): the large-file path.
 */
export async function loadCorpus({ repoRoot, targetBytes, seed, log, layout = 'joined' }) {
  const name = `corpus-${layout === 'joined' ? '' : `${layout}-`}${Math.round(targetBytes / 1e6)}mb`;
  const dir = path.join(repoRoot, '.bench', name);
  const manifestFile = path.join(repoRoot, '.bench', `${name}.json`);
  const helperFile = path.join(repoRoot, 'packages/core/test/helpers/fake-keys.ts');
  const helperHash = createHash('sha256').update(await readFile(helperFile)).digest('hex').slice(0, 12);
  try {
    const manifest = JSON.parse(await readFile(manifestFile, 'utf8'));
    if (manifest.version === CORPUS_VERSION && manifest.helperHash === helperHash && manifest.seed === seed) {
      log(`corpus: cached ${path.relative(repoRoot, dir)} (${manifest.files.length} files, ${mb(manifest.bytes)} MB, ${manifest.plants.length} keys)`);
      return { dir, manifest, layout };
    }
  } catch {
    // no cached corpus yet
  }
  log(`corpus: building ${path.relative(repoRoot, dir)} (~${mb(targetBytes)} MB) from installed packages…`);
  const { fakeKeys, seededRandom, randomChars } = await loadFakeKeys(repoRoot, helperFile);
  const random = seededRandom(seed);
  const sources = await gatherSources(path.join(repoRoot, 'node_modules/.pnpm'));
  log(`corpus: ${sources.js.length} JavaScript files, ${sources.maps.length} source maps, ${sources.css.length + sources.html.length} CSS/HTML files to draw from (${mb(sources.bytes)} MB)`);

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
  /**
   * Plants keys in `body` (about one per bytesPerPlant × `density`, at least `least`), appends `suffix`, writes it
   * to `name` (posix, relative).
   */
  const emit = async (name, body, kind, least, suffix = '', density = 1) => {
    const wanted = Math.max(least, Math.floor((body.length * density) / bytesPerPlant + random()));
    const planned = [];
    for (let i = 0; i < wanted; i++) {
      const { shapeIndex, context } = queues[kind === 'map' ? 'map' : 'js'].next();
      planned.push({ ...shapes()[shapeIndex], context });
    }
    const planted = plant(body, planned, kind, random);
    const buffer = suffix ? Buffer.concat([planted.buffer, Buffer.from(suffix)]) : planted.buffer;
    const { placed } = planted;
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), buffer);
    files.push({ name, bytes: buffer.length });
    for (const p of placed) plants.push({ file: name, ...p });
    total += buffer.length;
  };
  const more = () => total < targetBytes || !queues.js.coveredAll() || !queues.map.coveredAll();
  if (layout === 'joined') {
    for (let index = 0; more(); index++) {
      const kind = index % 3 === 2 ? 'map' : 'js';
      const body = await assemble(kind === 'map' ? sources.maps : sources.js, pickFileSize(random), random);
      await emit(`${kind === 'map' ? 'chunk' : 'bundle'}-${String(index).padStart(4, '0')}.${kind === 'map' ? 'js.map' : 'js'}`, body, kind, 1);
    }
  } else {
    await buildFolders({ sources, random, more, emit });
  }
  const manifest = {
    version: CORPUS_VERSION,
    helperHash,
    seed,
    layout,
    bytes: total,
    files,
    plants,
    sources: { js: sources.js.length, maps: sources.maps.length, css: sources.css.length, html: sources.html.length, bytes: sources.bytes },
  };
  await writeFile(manifestFile, JSON.stringify(manifest));
  log(`corpus: wrote ${files.length} files, ${mb(total)} MB, ${plants.length} planted keys`);
  return { dir, manifest, layout };
}

/** Where each app's bundler writes its client output: chunks, their maps (when the app ships them), CSS, HTML. */
const APPS = [
  { js: 'shop/out/_next/static/chunks', css: 'shop/out/_next/static/css', html: 'shop/out', maps: 0.6 },
  { js: 'admin/dist/assets', css: 'admin/dist/assets', html: 'admin/dist', maps: 0.5 },
  { js: 'docs/build/static/js', css: 'docs/build/static/css', html: 'docs/build', maps: 0.3 },
  { js: 'dashboard/out/_next/static/chunks/app', css: 'dashboard/out/_next/static/css', html: 'dashboard/out', maps: 0 },
];
/** The share of files keys are planted in. */
const LEAKY_SHARE = 0.1;
/** Real files up to this size are taken whole ("a few MB"); larger ones are left to the joined corpus. */
const MAX_WHOLE_FILE_BYTES = 4 * 1024 * 1024;

/**
 * Build output: every file a real one taken whole (its own `sourceMappingURL` comment dropped), named like a
 * bundler names it. A chunk that ships its map ends with the comment naming the `.map` written beside it, as
 * bundlers write them (the map is another package's real map: positions do not match, which costs the scan
 * nothing). Keys are planted in one file in LEAKY_SHARE, as densely as the joined corpus plants them overall:
 * most files hold none, as in real builds, and only files with a finding cost source-map work.
 */
async function buildFolders({ sources, random, more, emit }) {
  // Drawn with odds growing with size^0.3: real build folders hold fewer tiny files than the
  // package store (about 1,300 files in 200 MB, median ~40 KB). Text only: a file with a NUL byte is binary to every tool.
  const drawer = (list) => {
    const cumulative = [];
    let sum = 0;
    for (const f of list) cumulative.push((sum += f.size ** 0.3));
    return async () => {
      for (;;) {
        const at = random() * sum;
        let lo = 0;
        for (let hi = cumulative.length - 1; lo < hi; ) {
          const mid = (lo + hi) >> 1;
          if (cumulative[mid] < at) lo = mid + 1;
          else hi = mid;
        }
        const content = await readFile(list[lo].file);
        if (!content.includes(0)) return content;
      }
    };
  };
  const hash = () => Math.floor(random() * 2 ** 48).toString(16).padStart(12, '0');
  const js = drawer(sources.js.filter((f) => f.size <= MAX_WHOLE_FILE_BYTES));
  const maps = drawer(sources.maps.filter((f) => f.size <= MAX_WHOLE_FILE_BYTES));
  const css = drawer(sources.css);
  const html = drawer(sources.html);
  for (let index = 0; more(); index++) {
    const app = APPS[index % APPS.length];
    const roll = random();
    const density = () => (random() < LEAKY_SHARE ? 1 / LEAKY_SHARE : 0);
    if (roll < 0.04 && sources.css.length) {
      await emit(`${app.css}/${hash()}.css`, await css(), 'js', 0, '', density());
    } else if (roll < 0.08 && sources.html.length) {
      await emit(`${app.html}/${index}.html`, await html(), 'js', 0, '', density());
    } else {
      const name = `${app.js}/${hash()}.js`;
      const withMap = random() < app.maps;
      const comment = withMap ? `\n//# sourceMappingURL=${path.posix.basename(name)}.map\n` : '\n';
      await emit(name, stripMapComment(await js()), 'js', 0, comment, density());
      if (withMap) await emit(`${name}.map`, await maps(), 'map', 0, '', density());
    }
  }
}

/** The file without a trailing `//# sourceMappingURL=…` line (it names a map that is not copied). */
function stripMapComment(buffer) {
  const text = buffer.toString('latin1');
  const at = text.lastIndexOf('//# sourceMappingURL=');
  const last = at !== -1 && !text.slice(at).trimEnd().includes('\n');
  return last && !text.startsWith('data:', at + '//# sourceMappingURL='.length) ? buffer.subarray(0, at) : buffer;
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

/**
 * Minified bundles, dist builds and source maps (with sourcesContent) from the package store, each real file
 * once, 10 KB to 16 MB; and the CSS and HTML of the prebuilt apps packages ship (Next's bundle analyzer).
 */
async function gatherSources(store) {
  const js = [];
  const maps = [];
  const css = [];
  const html = [];
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
      const isPage = /\.(?:css|html)$/.test(entry.name) && /[/\\](dist|build|out)[/\\]/.test(full);
      if (!isMap && !isBundle && !isPage) continue;
      const info = await stat(full);
      if (info.size < (isPage ? 2 * 1024 : 10 * 1024) || info.size > 16 * 1024 * 1024) continue;
      const real = await realpath(full);
      if (seen.has(real)) continue;
      seen.add(real);
      const source = { file: real, size: info.size };
      if (isMap) {
        const head = await readFile(real, 'utf8');
        if (!head.includes('"sourcesContent":["')) continue;
        maps.push(source);
      } else if (isPage) (entry.name.endsWith('.css') ? css : html).push(source);
      else js.push(source);
      bytes += info.size;
    }
  }
  await visit(store, 0);
  for (const list of [js, maps, css, html]) list.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { js, maps, css, html, bytes };
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
    const { file } = candidates[Math.floor(random() * candidates.length)];
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
