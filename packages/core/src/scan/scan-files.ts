/**
 * Scans a list of files one after another, turning every per-file failure into a ScanError.
 * Used in-process and inside each worker of the pool; one window's memory is reused for every file.
 */
import type { Finding } from '../finding.js';
import { WindowMemory, scanFileSync, type MapComment } from './file.js';
import type { TextMatcher } from './matcher.js';
import { describeFsError, type ScanError, type WalkedFile } from './walk.js';

export interface FilesResult {
  findings: Finding[];
  errors: ScanError[];
  bytes: number;
  scanned: number;
  binary: number;
  /** Files whose last line has (or may have) a source-map comment (see MapComment); the others have none. */
  mapComments: [display: string, comment: MapComment][];
  /** Keys only a source map can settle (see hitsToFindings). */
  keysAwaitingSource: Finding[];
}

/** Hands out the index of the next file to scan; threads sharing one (pool.ts) take files from one queue. */
export type NextFile = () => number;

export async function scanFiles(files: readonly WalkedFile[], matcher: TextMatcher, nextFile?: NextFile): Promise<FilesResult> {
  return scanFilesSync(files, matcher, nextFile);
}

/** `scanFiles`, blocking: the thread reads and matches until the queue is empty. */
export function scanFilesSync(files: readonly WalkedFile[], matcher: TextMatcher, nextFile?: NextFile): FilesResult {
  const result: FilesResult = { findings: [], errors: [], bytes: 0, scanned: 0, binary: 0, mapComments: [], keysAwaitingSource: [] };
  let next = 0;
  const claim = nextFile ?? (() => next++);
  const memory = new WindowMemory();
  for (let index = claim(); index < files.length; index = claim()) {
    const file = files[index]!;
    try {
      const outcome = scanFileSync(file.absolute, file.display, matcher, memory);
      result.bytes += outcome.bytes;
      if (outcome.status === 'binary') result.binary++;
      else {
        result.scanned++;
        if (outcome.mapComment) result.mapComments.push([file.display, outcome.mapComment]);
        if (outcome.keysAwaitingSource) result.keysAwaitingSource.push(...outcome.keysAwaitingSource);
        for (const finding of outcome.findings) result.findings.push(finding);
      }
    } catch (error) {
      result.errors.push({ path: file.display, message: describeFsError(error, file.display) });
    }
  }
  return result;
}
