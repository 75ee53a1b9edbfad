/**
 * Scans a list of files with bounded concurrency, turning every per-file failure into a ScanError.
 * Used in-process and inside each worker of the pool.
 */
import type { Finding } from '../finding.js';
import { WindowMemory, scanFile } from './file.js';
import type { TextMatcher } from './matcher.js';
import { describeFsError, type ScanError, type WalkedFile } from './walk.js';

/** Files open at once per thread: enough to overlap I/O with matching, few enough to bound memory. */
export const FILES_IN_FLIGHT = 4;

export interface FilesResult {
  findings: Finding[];
  errors: ScanError[];
  bytes: number;
  scanned: number;
  binary: number;
}

/** Hands out the index of the next file to scan; threads sharing one (pool.ts) take files from one queue. */
export type NextFile = () => number;

export async function scanFiles(files: readonly WalkedFile[], matcher: TextMatcher, nextFile?: NextFile): Promise<FilesResult> {
  const result: FilesResult = { findings: [], errors: [], bytes: 0, scanned: 0, binary: 0 };
  let next = 0;
  const claim = nextFile ?? (() => next++);
  async function lane(): Promise<void> {
    const memory = new WindowMemory(); // one window's memory per lane, reused for every file it scans
    for (let index = claim(); index < files.length; index = claim()) {
      const file = files[index]!;
      try {
        const outcome = await scanFile(file.absolute, file.display, matcher, memory);
        result.bytes += outcome.bytes;
        if (outcome.status === 'binary') result.binary++;
        else {
          result.scanned++;
          result.findings.push(...outcome.findings);
        }
      } catch (error) {
        result.errors.push({ path: file.display, message: describeFsError(error, file.display) });
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(FILES_IN_FLIGHT, files.length) }, lane));
  return result;
}
