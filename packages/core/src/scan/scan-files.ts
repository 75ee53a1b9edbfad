/**
 * Scans a list of files one after another, turning every per-file failure into a ScanError.
 * Used in-process and inside each worker of the pool; one window's memory is reused for every file.
 */
import type { ProviderId } from '../catalog/providers.js';
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
  /** `.map` files' SDK imports (map-imports.ts), by absolute path: those scanned once an SDK was seen (SdkSeen). */
  mapImports: [absolute: string, providers: ProviderId[] | null][];
}

/** Hands out the index of the next file to scan; threads sharing one (pool.ts) take files from one queue. */
export type NextFile = () => number;

/**
 * An Int32Array whose first entry says (non-zero) that a thread of the scan found an AI SDK in a file: from then
 * on, each `.map` file's SDK imports are recorded (map-imports.ts), for the source-map step to name the SDK's
 * importers. A scan with no SDK in it records none; the pool scans maps after the other files, so most are recorded.
 */
export type SdkSeen = Int32Array;

export async function scanFiles(files: readonly WalkedFile[], matcher: TextMatcher, nextFile?: NextFile, sdkSeen?: SdkSeen): Promise<FilesResult> {
  return scanFilesSync(files, matcher, nextFile, sdkSeen);
}

/** `scanFiles`, blocking: the thread reads and matches until the queue is empty. */
export function scanFilesSync(files: readonly WalkedFile[], matcher: TextMatcher, nextFile?: NextFile, sdkSeen?: SdkSeen): FilesResult {
  const result: FilesResult = { findings: [], errors: [], bytes: 0, scanned: 0, binary: 0, mapComments: [], keysAwaitingSource: [], mapImports: [] };
  let next = 0;
  const claim = nextFile ?? (() => next++);
  const memory = new WindowMemory();
  for (let index = claim(); index < files.length; index = claim()) {
    const file = files[index]!;
    try {
      const mapImports = sdkSeen !== undefined && Atomics.load(sdkSeen, 0) !== 0;
      const outcome = scanFileSync(file.absolute, file.display, matcher, memory, mapImports);
      result.bytes += outcome.bytes;
      if (outcome.status === 'binary') result.binary++;
      else {
        result.scanned++;
        if (outcome.mapComment) result.mapComments.push([file.display, outcome.mapComment]);
        if (outcome.keysAwaitingSource) result.keysAwaitingSource.push(...outcome.keysAwaitingSource);
        if (outcome.mapImports !== undefined) result.mapImports.push([file.absolute, outcome.mapImports]);
        for (const finding of outcome.findings) result.findings.push(finding);
        if (sdkSeen && outcome.findings.some((f) => f.ruleId === 'no-client-ai-sdk')) Atomics.store(sdkSeen, 0, 1);
      }
    } catch (error) {
      result.errors.push({ path: file.display, message: describeFsError(error, file.display) });
    }
  }
  return result;
}
