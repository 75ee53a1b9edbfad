/** A scan worker: receives a shard of files, scans them, posts the result back. */
import { parentPort, workerData } from 'node:worker_threads';
import { TextMatcher } from './matcher.js';
import { scanFiles } from './scan-files.js';
import type { WalkedFile } from './walk.js';

interface WorkerInput {
  files: WalkedFile[];
  knownSecrets: string[];
}

if (parentPort) {
  const { files, knownSecrets } = workerData as WorkerInput;
  const port = parentPort;
  scanFiles(files, new TextMatcher({ knownSecrets })).then(
    (result) => port.postMessage({ ok: true, result }),
    (error: unknown) => port.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) }),
  );
}
