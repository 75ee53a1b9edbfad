/**
 * Spreads a large scan over worker threads (one per core, up to MAX_WORKERS), so both cores of a CI
 * runner match bytes. Small scans stay in-process: starting a worker costs more than it saves.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { TextMatcher } from './matcher.js';
import { scanFiles, scanFilesSync, type FilesResult } from './scan-files.js';
import type { WalkedFile } from './walk.js';

/** Below this many bytes a scan runs in-process. */
export const POOL_THRESHOLD_BYTES = 24 * 1024 * 1024;
const MAX_WORKERS = 4;

/** The compiled worker next to this module; when running from TypeScript sources (tests), the built one. */
export function workerFile(): string | undefined {
  const here = new URL('./worker.js', import.meta.url);
  const candidates = import.meta.url.endsWith('.ts') ? [new URL('../../dist/scan/worker.js', import.meta.url)] : [here];
  return candidates.map((url) => fileURLToPath(url)).find((file) => existsSync(file));
}

/**
 * Threads that scan `files` (this one included): this one alone below POOL_THRESHOLD_BYTES, decided from the
 * walk's sizes before any worker starts; else one per core, up to MAX_WORKERS.
 */
export function scanThreads(files: readonly WalkedFile[], workers = availableParallelism()): number {
  const totalBytes = files.reduce((sum, f) => sum + f.size, 0);
  const count = Math.min(workers, MAX_WORKERS, files.length);
  return count > 1 && totalBytes >= POOL_THRESHOLD_BYTES ? count : 1;
}

export async function scanFilesPooled(
  files: readonly WalkedFile[],
  options: { knownSecrets?: readonly string[]; workers?: number; mapImports?: boolean },
): Promise<FilesResult> {
  const workerCount = scanThreads(files, options.workers);
  const script = workerCount > 1 ? workerFile() : undefined;
  // Shared by the threads when maps' SDK imports are wanted (see SdkSeen); a flag, so a plain Int32Array in-process.
  const sdkSeen = options.mapImports ? new Int32Array(script ? new SharedArrayBuffer(4) : new ArrayBuffer(4)) : undefined;
  if (!script) return scanFiles(files, new TextMatcher({ knownSecrets: options.knownSecrets }), undefined, sdkSeen);

  // Every thread takes the next file from one shared queue, largest files first, so they finish together
  // however late a worker starts (each costs tens of milliseconds of module loading and cold code). This
  // thread takes files too, after starting the workers (its scan blocks until the queue is empty): one
  // worker fewer to start, and it would otherwise just wait.
  // Source maps go last (largest first too), so an SDK found in a chunk is known before its map is read (SdkSeen).
  const isMap = (file: WalkedFile): number => (file.display.endsWith('.map') ? 1 : 0);
  const ordered = [...files].sort((a, b) => isMap(a) - isMap(b) || b.size - a.size);
  const queue = new SharedArrayBuffer(4);
  const next = new Int32Array(queue);
  const workers = Array.from(
    { length: workerCount - 1 },
    () =>
      new Promise<FilesResult>((resolve, reject) => {
        const worker = new Worker(script, { workerData: { files: ordered, queue, knownSecrets: options.knownSecrets ?? [], sdkSeen: sdkSeen?.buffer } });
        worker.once('message', (message: { ok: true; result: FilesResult } | { ok: false; message: string }) => {
          void worker.terminate();
          if (message.ok) resolve(message.result);
          else reject(new Error(`scan worker failed: ${message.message}`));
        });
        worker.once('error', reject);
      }),
  );
  const own = scanFilesSync(ordered, new TextMatcher({ knownSecrets: options.knownSecrets }), () => Atomics.add(next, 0, 1), sdkSeen);
  const results = [own, ...(await Promise.all(workers))];
  return results.reduce((all, r) => ({
    findings: all.findings.concat(r.findings),
    errors: all.errors.concat(r.errors),
    bytes: all.bytes + r.bytes,
    scanned: all.scanned + r.scanned,
    binary: all.binary + r.binary,
    mapComments: all.mapComments.concat(r.mapComments),
    keysAwaitingSource: all.keysAwaitingSource.concat(r.keysAwaitingSource),
    mapImports: all.mapImports.concat(r.mapImports),
  }));
}
