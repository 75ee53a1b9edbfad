/** A scan worker: takes files from the pool's shared queue until it is empty, posts the result back. */
import { parentPort, workerData } from 'node:worker_threads';
import { TextMatcher } from './matcher.js';
import { scanFilesSync } from './scan-files.js';
import type { WalkedFile } from './walk.js';

interface WorkerInput {
  files: WalkedFile[];
  /** One Int32: the index of the next file to take, shared by every thread of the scan. */
  queue: SharedArrayBuffer;
  knownSecrets: string[];
  /** The pool's SdkSeen flag (scan-files.ts), when maps' SDK imports are wanted. */
  sdkSeen?: SharedArrayBuffer;
}

if (parentPort) {
  const { files, queue, knownSecrets, sdkSeen } = workerData as WorkerInput;
  const next = new Int32Array(queue);
  const port = parentPort;
  try {
    port.postMessage({ ok: true, result: scanFilesSync(files, new TextMatcher({ knownSecrets }), () => Atomics.add(next, 0, 1), sdkSeen && new Int32Array(sdkSeen)) });
  } catch (error) {
    port.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
  }
}
