/**
 * Scans one file in bounded windows: a 200 MB single-line bundle costs WINDOW bytes of memory, not
 * 200 MB, and is never split into lines. Offsets become 1-based lines and UTF-16 columns only for hits.
 * The matcher reads the window's bytes directly (scanBytes): no latin1 string of the whole window is made.
 *
 * Reads are synchronous (open, fstat, read into reused memory, close): on a build folder of 1,300 files the
 * promise-based reads cost four thread-pool round trips per file and left the thread idle between them
 * (see bench/). Each scan thread reads one file at a time; the pool (pool.ts) runs threads side by side.
 */
import { isAscii } from 'node:buffer';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import type { Finding } from '../finding.js';
import type { ProviderId } from '../catalog/providers.js';
import { sdkImportsInMapText } from './map-imports.js';
import { MATCH_MARGIN, type Hit, type TextMatcher } from './matcher.js';
import { hitsToFindings, type PlacedHit } from './to-findings.js';

/** Bytes read per window. Large enough that most files are one window; small enough to bound memory. */
export const WINDOW_BYTES = 8 * 1024 * 1024;
/** Bytes sniffed for a NUL to tell binary files from text. */
const SNIFF_BYTES = 8000;

export type FileOutcome =
  | {
      status: 'scanned';
      findings: Finding[];
      bytes: number;
      mapComment?: MapComment;
      keysAwaitingSource?: Finding[];
      /** A `.map` file's SDK imports (map-imports.ts), when asked for and the file is one window. */
      mapImports?: ProviderId[] | null;
    }
  | { status: 'binary'; bytes: number };

/**
 * What the file's last line holds, seen while its bytes were in memory: a `sourceMappingURL=` comment with an
 * inline (`data:`) or external URL, or one that may be there (the last line began before the last window).
 * Absent: no comment. The source-map step reads the ends of only these files again (sourcemap/apply.ts).
 */
export type MapComment = 'inline' | 'external' | 'unknown';
const MAP_COMMENT = Buffer.from('sourceMappingURL=');
/** Built files that can carry a `sourceMappingURL` comment: the only ones whose last line is looked at. */
export const MAPPABLE = /\.(?:m?js|cjs|css)$/;
const DATA_URL = Buffer.from('data:');

/**
 * Memory for one file's windows, lent from file to file by a caller that scans many (scan-files.ts).
 * A fresh multi-megabyte buffer per file costs page faults on every file: on the benchmark corpus a cold
 * scan spent about twice the CPU time of a warm one until windows were reused.
 */
export class WindowMemory {
  private buffer = Buffer.alloc(0);

  /** `length` bytes (at most WINDOW_BYTES) of reused memory; its old content is overwritten by the next read. */
  take(length: number): Buffer {
    if (this.buffer.length < length) this.buffer = Buffer.allocUnsafeSlow(Math.min(WINDOW_BYTES, Math.max(length, 2 * this.buffer.length)));
    return this.buffer.subarray(0, length);
  }
}

/**
 * Scans the file at `path`, reporting locations under `displayPath`. Throws on I/O errors; the caller
 * turns them into per-file errors. `memory`, when given, holds the windows (one file at a time).
 */
export async function scanFile(path: string, displayPath: string, matcher: TextMatcher, memory?: WindowMemory): Promise<FileOutcome> {
  return scanFileSync(path, displayPath, matcher, memory);
}

/** `scanFile`, blocking: what the scan threads run, file after file; `mapImports` records a map's SDK imports. */
export function scanFileSync(path: string, displayPath: string, matcher: TextMatcher, memory?: WindowMemory, mapImports = false): FileOutcome {
  const fd = openSync(path, 'r');
  try {
    const { size } = fstatSync(fd);
    const first = readAt(fd, 0, Math.min(size, WINDOW_BYTES), memory);
    if (first.subarray(0, SNIFF_BYTES).includes(0)) return { status: 'binary', bytes: size };
    const awaiting: Finding[] = [];
    let outcome: FileOutcome & { status: 'scanned' };
    if (first.length >= size) {
      const findings = hitsToFindings(displayPath, placeInBuffer(first, matcher.scanBytes(first)), awaiting);
      // A map or JSON file is often one long line: finding its start would read the file backwards for nothing.
      outcome = withMapComment({ status: 'scanned', findings, bytes: size }, MAPPABLE.test(displayPath) ? mapCommentAtEnd(first, true) : undefined);
      if (mapImports && displayPath.endsWith('.map')) outcome.mapImports = sdkImportsInMapText(first.toString('latin1'));
    } else {
      const { placed, mapComment } = scanWindows(fd, size, first, matcher, memory);
      outcome = withMapComment({ status: 'scanned', findings: hitsToFindings(displayPath, placed, awaiting), bytes: size }, MAPPABLE.test(displayPath) ? mapComment : undefined);
    }
    if (awaiting.length > 0) outcome.keysAwaitingSource = awaiting;
    return outcome;
  } finally {
    closeSync(fd);
  }
}

function withMapComment(outcome: FileOutcome & { status: 'scanned' }, mapComment: MapComment | undefined): FileOutcome & { status: 'scanned' } {
  if (mapComment) outcome.mapComment = mapComment;
  return outcome;
}

/**
 * The map comment on the last line of `tail` (the file's last bytes; `whole` when they start the file), found as
 * the source-map step looks for it (sourcemap/load.ts readMapReference): the last line once trailing whitespace
 * is trimmed, its first `sourceMappingURL=`. A last line that may have begun before `tail` is 'unknown' if
 * `tail` has no line break.
 */
function mapCommentAtEnd(tail: Buffer, whole: boolean): MapComment | undefined {
  let end = tail.length;
  // What String.prototype.trimEnd trims from latin1 text: tab, line breaks, vertical tab, form feed, space, no-break space.
  while (end > 0 && (tail[end - 1] === 0x20 || (tail[end - 1]! >= 0x09 && tail[end - 1]! <= 0x0d) || tail[end - 1] === 0xa0)) end--;
  const lineStart = end === 0 ? 0 : tail.lastIndexOf(10, end - 1) + 1;
  if (lineStart === 0 && !whole) return 'unknown';
  const at = tail.indexOf(MAP_COMMENT, lineStart);
  if (at === -1 || at >= end) return undefined;
  const url = at + MAP_COMMENT.length;
  return tail.subarray(url, url + DATA_URL.length).equals(DATA_URL) ? 'inline' : 'external';
}

/** Scans a whole in-memory buffer (the text of a diff line, a decoded inline source map). */
export function scanBuffer(buffer: Buffer, displayPath: string, matcher: TextMatcher): Finding[] {
  return hitsToFindings(displayPath, placeInBuffer(buffer, matcher.scanBytes(buffer)));
}

function readAt(fd: number, position: number, length: number, memory?: WindowMemory): Buffer {
  const buffer = memory ? memory.take(length) : Buffer.allocUnsafe(length);
  let filled = 0;
  while (filled < length) {
    const bytesRead = readSync(fd, buffer, filled, length - filled, position + filled);
    if (bytesRead === 0) break; // the file shrank while we read it
    filled += bytesRead;
  }
  return filled < length ? buffer.subarray(0, filled) : buffer;
}

/**
 * Lines and columns for hits in one buffer that holds the whole file. Columns are counted on from the
 * previous hit on the same line, not from the line's start, so a minified line with a million hits
 * (a hostile file full of API hosts) costs one pass, not a million.
 */
function placeInBuffer(buffer: Buffer, hits: Hit[]): PlacedHit[] {
  const placed: PlacedHit[] = [];
  let line = 1;
  let lineStart = 0;
  let columnFrom = 0; // a byte offset on the current line whose column is known…
  let columnThere = 1; // …and that column
  // The next newline is looked up once and kept: searching again from every hit would scan a long last
  // line to its end once per hit.
  let nextNewline = buffer.indexOf(10);
  for (const hit of hits.sort((a, b) => a.offset - b.offset)) {
    while (nextNewline !== -1 && nextNewline < hit.offset) {
      line++;
      lineStart = nextNewline + 1;
      nextNewline = buffer.indexOf(10, lineStart);
    }
    if (lineStart > columnFrom) [columnFrom, columnThere] = [lineStart, 1];
    columnThere += utf16Length(buffer, columnFrom, hit.offset);
    columnFrom = hit.offset;
    // The matcher's hits are fresh objects: placing them in place spares a copy per hit.
    const placedHit = hit as PlacedHit;
    placedHit.line = line;
    placedHit.column = columnThere;
    placed.push(placedHit);
  }
  return placed;
}

/**
 * UTF-16 length of the UTF-8 bytes [from, to): what editors and source maps call a column. Hits start at
 * ASCII bytes, so lengths between hits add up to the length from the line's start.
 * Measured in chunks: an all-ASCII chunk (most of a bundle) is its byte count, checked natively, and only
 * other chunks are decoded. Decoding every line up to its first hit cost a third of a scan's time.
 */
function utf16Length(buffer: Buffer, from: number, to: number): number {
  if (to - from <= SHORT_SPAN_BYTES) {
    // Neighbouring hits: a byte loop costs less than a native call.
    let ascii = true;
    for (let at = from; at < to && ascii; at++) ascii = buffer[at]! < 0x80;
    if (ascii) return to - from;
  }
  let length = 0;
  for (let at = from; at < to; ) {
    let end = Math.min(to, at + COLUMN_CHUNK_BYTES);
    // End the chunk where a UTF-8 sequence starts, so no character is split between two decodes.
    while (end < to && end > at && (buffer[end]! & 0xc0) === 0x80) end--;
    if (end === at) end = Math.min(to, at + COLUMN_CHUNK_BYTES);
    length += isAscii(buffer.subarray(at, end)) ? end - at : buffer.toString('utf8', at, end).length;
    at = end;
  }
  return length;
}
const COLUMN_CHUNK_BYTES = 64 * 1024;
const SHORT_SPAN_BYTES = 256;

/**
 * The windowed path for files larger than one window. Windows overlap by MATCH_MARGIN so each hit is
 * confirmed with its full context; each hit is accepted by exactly one window. Columns are counted on
 * from the previous hit on the same line (see placeInBuffer); only the first hit on a line that began
 * in an earlier window waits for its column, which is measured at the end by reading those bytes again.
 */
function scanWindows(fd: number, size: number, first: Buffer, matcher: TextMatcher, memory?: WindowMemory): { placed: PlacedHit[]; mapComment: MapComment | undefined } {
  const placed: PlacedHit[] = [];
  /** Hits whose column is `base`'s column (1 for a line start) plus the UTF-16 length of [fromAbs, hit.offset). */
  const pendingColumns: { hit: PlacedHit; base: PlacedHit | null; fromAbs: number }[] = [];
  let line = 1;
  let countedAbs = 0; // newlines before this absolute offset are counted
  // The last place on the current line whose column is known or pending: the line's start, or a hit.
  let base: { offsetAbs: number; hit: PlacedHit | null } = { offsetAbs: 0, hit: null };
  let windowStart = 0;
  let buffer = first;
  let acceptFrom = 0;
  let nextNewline = buffer.indexOf(10); // in this window, at or after countedAbs; kept between hits (see placeInBuffer)
  const countNewlines = (uptoAbs: number): void => {
    while (nextNewline !== -1 && windowStart + nextNewline < uptoAbs) {
      line++;
      base = { offsetAbs: windowStart + nextNewline + 1, hit: null };
      nextNewline = buffer.indexOf(10, nextNewline + 1);
    }
    countedAbs = uptoAbs;
  };
  for (;;) {
    const windowEnd = windowStart + buffer.length;
    const atEnd = windowEnd >= size;
    const acceptTo = atEnd ? windowEnd : windowEnd - MATCH_MARGIN;
    const hits = matcher.scanBytes(buffer, acceptFrom - windowStart, acceptTo - windowStart).sort((a, b) => a.offset - b.offset);
    for (const hit of hits) {
      const offsetAbs = windowStart + hit.offset;
      countNewlines(offsetAbs);
      const placedHit: PlacedHit = { ...hit, offset: offsetAbs, line, column: 0 };
      const baseColumn = base.hit ? base.hit.column : 1;
      if (base.offsetAbs >= windowStart && baseColumn > 0) placedHit.column = baseColumn + utf16Length(buffer, base.offsetAbs - windowStart, hit.offset);
      else pendingColumns.push({ hit: placedHit, base: base.hit, fromAbs: base.offsetAbs });
      base = { offsetAbs, hit: placedHit };
      placed.push(placedHit);
    }
    // Count the rest of this window's newlines up to where the next window's hits start.
    countNewlines(acceptTo);
    if (atEnd) break;
    acceptFrom = acceptTo;
    windowStart = acceptTo - MATCH_MARGIN;
    // The next window may reuse this one's memory: everything kept from it (hits, columns) is already copied out.
    buffer = readAt(fd, windowStart, Math.min(WINDOW_BYTES, size - windowStart), memory);
    if (buffer.length === 0) break;
    nextNewline = buffer.indexOf(10, countedAbs - windowStart);
  }
  // The last window, before the reads below (which use fresh memory) and while it holds the file's end.
  const mapComment = buffer.length === 0 ? 'unknown' : mapCommentAtEnd(buffer, false);
  // In file order, so a pending hit's base (an earlier hit) has its column by then.
  for (const { hit, base: from, fromAbs } of pendingColumns) hit.column = (from ? from.column : 1) + utf16LengthOnDisk(fd, fromAbs, hit.offset);
  return { placed, mapComment };
}

function utf16LengthOnDisk(fd: number, from: number, to: number): number {
  const decoder = new StringDecoder('utf8');
  let length = 0;
  for (let at = from; at < to; at += WINDOW_BYTES) {
    const chunk = readAt(fd, at, Math.min(WINDOW_BYTES, to - at));
    length += decoder.write(chunk).length;
  }
  return length + decoder.end().length;
}
