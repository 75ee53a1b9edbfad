/**
 * Finds and parses the source map of a built file: the `sourceMappingURL` comment (a file next to it or an
 * inline base64 data URL), else a hidden map found by name (`x.js.map` beside it, or in a `maps/` folder
 * above it). Maps stay inside the workspace and under MAX_MAP_BYTES; a bad one becomes a note.
 */
import { closeSync, existsSync, fstatSync, openSync, readFileSync, readSync, realpathSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import path from 'node:path';
import { AnyMap, type TraceMap } from '@jridgewell/trace-mapping';
import { isInside, toPosix } from '../scan/walk.js';

/** Larger maps are skipped with a note: a hostile `mappings` string must not exhaust memory. */
export const MAX_MAP_BYTES = 64 * 1024 * 1024;
/** Folder names that hold maps kept out of the deployed output (uploaded to an error tracker instead). */
const HIDDEN_MAP_FOLDERS = ['maps', 'sourcemaps', '.maps'];
/** The comment that names a map, as bundlers write it at the end of JS (`//# …`) and CSS (`/*# … *\/`). */
const MAP_COMMENT = 'sourceMappingURL=';
const TAIL_BYTES = 4096;

export interface MapReference {
  url: string;
  /** Byte offset of the comment in the built file (see `placeOfOffset`). */
  offset: number;
}

export interface LoadedMap {
  map: TraceMap;
  /** Shown in notes: the map file relative to the workspace, or `<bundle> (inline map)`. */
  shownAs: string;
  /** Absolute folder the map's relative sources are resolved from. */
  dir: string;
}

/**
 * The map reference on the last line of a built file, or null. Reads backwards only as far as that line
 * goes (bundlers put the comment last; an inline map can make that line megabytes long).
 */
export async function readMapReference(absolute: string): Promise<MapReference | null> {
  // Synchronous: this runs for every chunk whose map may be read, and four trips to the thread pool per file
  // left the process waiting for a tenth of a second on a 200 MB build.
  const fd = openSync(absolute, 'r');
  try {
    const { size } = fstatSync(fd);
    const floor = Math.max(0, size - MAX_MAP_BYTES * 2);
    let start = size;
    let tail = '';
    for (let chunk = TAIL_BYTES; start > floor; chunk *= 4) {
      const from = Math.max(floor, start - chunk);
      const buffer = Buffer.alloc(start - from);
      readSync(fd, buffer, 0, buffer.length, from);
      tail = buffer.toString('latin1') + tail;
      start = from;
      if (tail.trimEnd().includes('\n')) break; // the last line is whole
    }
    const lineStart = tail.trimEnd().lastIndexOf('\n') + 1;
    const at = tail.indexOf(MAP_COMMENT, lineStart);
    if (at < 2 || !/[#@]\s?$/.test(tail.slice(at - 2, at))) return null;
    const url = /^[^\s*'"]+/.exec(tail.slice(at + MAP_COMMENT.length, at + MAP_COMMENT.length + MAX_MAP_BYTES * 2))?.[0];
    if (!url) return null;
    return { url, offset: start + at };
  } finally {
    closeSync(fd);
  }
}

/**
 * 1-based line and column of a byte offset in a file, counting line breaks in chunks: where findings made
 * from an inline map's sourcesContent are placed in the built file (at its map comment).
 */
export async function placeOfOffset(absolute: string, offset: number): Promise<{ line: number; column: number }> {
  const handle = await open(absolute, 'r');
  try {
    let line = 1;
    let lineStart = 0;
    const buffer = Buffer.alloc(1024 * 1024);
    for (let at = 0; at < offset; at += buffer.length) {
      const { bytesRead } = await handle.read(buffer, 0, Math.min(buffer.length, offset - at), at);
      if (bytesRead === 0) break;
      for (let nl = buffer.indexOf(10); nl !== -1 && nl < bytesRead; nl = buffer.indexOf(10, nl + 1)) {
        line++;
        lineStart = at + nl + 1;
      }
    }
    return { line, column: offset - lineStart + 1 };
  } finally {
    await handle.close();
  }
}

/** Decodes an inline `data:application/json;base64,…` (or URL-encoded) map. */
export function decodeDataUrl(url: string): string | null {
  const comma = url.indexOf(',');
  if (!url.startsWith('data:') || comma === -1) return null;
  const meta = url.slice(5, comma);
  const data = url.slice(comma + 1);
  try {
    return meta.endsWith(';base64') ? Buffer.from(data, 'base64').toString('utf8') : decodeURIComponent(data);
  } catch {
    return null;
  }
}

/** Parses map text; throws with a short reason when it is not a version 3 source map. */
export function parseMap(text: string): TraceMap {
  const json = JSON.parse(text.replace(/^\)\]\}'[^\n]*\n/, '')) as Record<string, unknown>;
  if (typeof json !== 'object' || json === null || json.version !== 3) throw new Error('not a version 3 source map');
  if (!Array.isArray(json.sources) && !Array.isArray(json.sections)) throw new Error('no "sources" or "sections"');
  return new AnyMap(json as never);
}

export interface MapLookup {
  root: string;
  notes: { path: string; message: string }[];
}

/**
 * Says, before a map is parsed, whether the caller needs it: parsing is most of the cost of a map, and a caller that
 * looks through every chunk's map for one thing skips the maps that cannot hold it. It is given the map file's
 * absolute path (null for an inline map) and the map's text, read when asked for; the text may be decoded as latin1,
 * so only ASCII should be looked for.
 */
export type WorthParsing = (mapFile: string | null, text: () => string) => boolean;

/**
 * The map of the built file at `absolute` (inside `lookup.root`), or null with a note when it is bad; null with no
 * note when `worthParsing` turns it down.
 */
export async function loadMapFor(absolute: string, lookup: MapLookup, reference?: MapReference | null, worthParsing?: WorthParsing): Promise<LoadedMap | null> {
  const shown = toPosix(path.relative(lookup.root, absolute));
  const ref = reference === undefined ? await readMapReference(absolute).catch(() => null) : reference;
  if (ref?.url.startsWith('data:')) {
    if (ref.url.length > MAX_MAP_BYTES * 1.4) return note(lookup, shown, 'inline source map larger than the limit, not read');
    const text = decodeDataUrl(ref.url);
    if (text === null) return note(lookup, shown, 'inline source map is not a readable data URL');
    if (worthParsing && !worthParsing(null, () => text)) return null;
    return parsed(lookup, `${shown} (inline map)`, text, path.dirname(absolute));
  }
  if (ref && !/^[a-z][a-z0-9+.-]*:/i.test(ref.url)) {
    const mapFile = path.resolve(path.dirname(absolute), decodeURIComponentSafe(ref.url));
    if (!isInside(lookup.root, mapFile)) return note(lookup, shown, `sourceMappingURL points outside the workspace (${ref.url}), ignored`);
    if (existsSync(mapFile)) return loadMapFile(mapFile, lookup, undefined, worthParsing);
  }
  for (const candidate of hiddenMapCandidates(absolute, lookup.root)) {
    // A hidden map was written next to its bundle and moved: its relative sources still start from there.
    if (existsSync(candidate)) return loadMapFile(candidate, lookup, path.dirname(absolute), worthParsing);
  }
  return null;
}

/** Reads and parses a `.map` file inside the workspace (see loadMapFor for `worthParsing`). */
export async function loadMapFile(mapFile: string, lookup: MapLookup, sourcesDir = path.dirname(mapFile), worthParsing?: WorthParsing): Promise<LoadedMap | null> {
  const shown = toPosix(path.relative(lookup.root, mapFile));
  try {
    // Synchronous: the promise API decodes a file to text in chunks, which cost 0.15 s of CPU on a 200 MB build's maps.
    const real = realpathSync(mapFile);
    if (!isInside(lookup.root, real)) return note(lookup, shown, 'source map links outside the workspace, not read');
    if (statSync(real).size > MAX_MAP_BYTES) return note(lookup, shown, `source map larger than ${MAX_MAP_BYTES / 1024 / 1024} MiB, not read`);
    let bytes: Buffer | undefined;
    const read = (): Buffer => (bytes ??= readFileSync(real));
    // latin1 is a copy, where utf8 decodes: the cheap text to turn a map down from.
    if (worthParsing && !worthParsing(mapFile, () => read().toString('latin1'))) return null;
    return parsed(lookup, shown, read().toString('utf8'), sourcesDir);
  } catch (error) {
    return note(lookup, shown, `source map not readable (${(error as Error).message})`);
  }
}

function parsed(lookup: MapLookup, shownAs: string, text: string, dir: string): LoadedMap | null {
  try {
    return { map: parseMap(text), shownAs, dir };
  } catch (error) {
    // JSON.parse's message quotes the text around the error, which may hold a key: never repeat it.
    const reason = error instanceof SyntaxError ? 'not valid JSON' : (error as Error).message.slice(0, 120);
    return note(lookup, shownAs, `malformed source map (${reason}); findings keep their built-file location`);
  }
}

function note(lookup: MapLookup, file: string, message: string): null {
  lookup.notes.push({ path: file, message: `${file}: ${message}` });
  return null;
}

/** `x.js.map` beside the file, then `<ancestor>/{maps,sourcemaps,.maps}/<path below ancestor>.map` up to the root. */
function hiddenMapCandidates(absolute: string, root: string): string[] {
  const candidates = [`${absolute}.map`];
  for (let dir = path.dirname(absolute); isInside(root, dir); dir = path.dirname(dir)) {
    const below = path.relative(dir, absolute);
    for (const folder of HIDDEN_MAP_FOLDERS) candidates.push(path.join(dir, folder, `${below}.map`));
    if (dir === root) break;
  }
  return candidates;
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
