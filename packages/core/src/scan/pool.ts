/**
 * Spreads a large scan over worker threads (one per core, up to MAX_WORKERS), so both cores of a CI
 * runner match bytes. Small scans stay in-process: starting a worker costs more than it saves.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { TextMatcher } from './matcher.js';
import { scanFiles, type FilesResult } from './scan-files.js';
import type { WalkedFile } from './walk.js';

/** Below this many bytes a scan runs in-process. */
export const POOL_THRESHOLD_BYTES = 24 * 1024 * 1024;
const MAX_WORKERS = 4;

/** The compiled worker next to this module; when running from TypeScript sources (tests), the built one. */
function workerFile(): string | undefined {
  const here = new URL('./worker.js', import.meta.url);
  const candidates = import.meta.url.endsWith('.ts') ? [new URL('../../dist/scan/worker.js', import.meta.url)] : [here];
  return candidates.map((url) => fileURLToPath(url)).find((file) => existsSync(file));
}

export async function scanFilesPooled(
  files: readonly WalkedFile[],
  options: { knownSecrets?: readonly string[]; workers?: number },
): Promise<FilesResult> {
  const totalBytes = files.reduce((sum, f) => sum + f.size, 0);
  const workerCount = Math.min(options.workers ?? availableParallelism(), MAX_WORKERS, files.length);
  const script = workerCount > 1 && totalBytes >= POOL_THRESHOLD_BYTES ? workerFile() : undefined;
  if (!script) return scanFiles(files, new TextMatcher({ knownSecrets: options.knownSecrets }));

  // This thread scans the first shard itself while workers scan the rest: one worker fewer to start (each
  // costs tens of milliseconds of module loading and cold code), and this thread would otherwise just wait.
  const [ownShard, ...workerShards] = shardBySize(files, workerCount);
  const results = await Promise.all([
    scanFiles(ownShard!, new TextMatcher({ knownSecrets: options.knownSecrets })),
    ...workerShards.map(
      (shard) =>
        new Promise<FilesResult>((resolve, reject) => {
          const worker = new Worker(script, { workerData: { files: shard, knownSecrets: options.knownSecrets ?? [] } });
          worker.once('message', (message: { ok: true; result: FilesResult } | { ok: false; message: string }) => {
            void worker.terminate();
            if (message.ok) resolve(message.result);
            else reject(new Error(`scan worker failed: ${message.message}`));
          });
          worker.once('error', reject);
        }),
    ),
  ]);
  return results.reduce((all, r) => ({
    findings: all.findings.concat(r.findings),
    errors: all.errors.concat(r.errors),
    bytes: all.bytes + r.bytes,
    scanned: all.scanned + r.scanned,
    binary: all.binary + r.binary,
  }));
}

/** Largest files first into the lightest shard: shards of near-equal bytes. */
function shardBySize(files: readonly WalkedFile[], count: number): WalkedFile[][] {
  const shards = Array.from({ length: count }, () => ({ bytes: 0, files: [] as WalkedFile[] }));
  for (const file of [...files].sort((a, b) => b.size - a.size)) {
    const lightest = shards.reduce((min, s) => (s.bytes < min.bytes ? s : min));
    lightest.files.push(file);
    lightest.bytes += file.size;
  }
  return shards.filter((s) => s.files.length > 0).map((s) => s.files);
}
